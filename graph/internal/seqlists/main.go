// Command seqlists rewrites gqlgen's generated executor so that every list
// of objects is marshalled through the package's marshalList (see
// graph/generated/lists.go), which marshals the elements in one goroutine
// when the request allows it. It fails when it finds nothing to rewrite,
// so that a gqlgen release that generates lists otherwise is noticed.
//
// Usage: seqlists FILE
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "seqlists:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: seqlists FILE")
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	from, to := []byte("graphql.MarshalSliceConcurrently("), []byte("marshalList(")
	n := bytes.Count(src, from)
	if n == 0 && bytes.Count(src, to) == 0 {
		return fmt.Errorf("%s: no call of graphql.MarshalSliceConcurrently to rewrite", args[0])
	}
	return os.WriteFile(args[0], bytes.ReplaceAll(src, from, to), 0o644)
}
