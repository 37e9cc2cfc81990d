// Command seqlists rewrites gqlgen's generated executor so that every list
// of objects is marshalled through the package's marshalList (see
// graph/generated/lists.go), which marshals the elements in one goroutine
// when the request allows it; so that every object starts its group of
// deferred fields with deferredGroup (graph/generated/deferred.go), which
// costs nothing when none of its fields is deferred; so that the field
// context of a scalar or enum field is made by scalarFieldContext
// (graph/generated/fieldcontext.go), which costs one allocation rather
// than two; and so that every object is written by objectOf
// (graph/generated/object.go), which costs one allocation rather than
// five or more. It fails when it finds nothing to rewrite, so that a
// gqlgen release that generates these otherwise is noticed.
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

// rewrites are the calls (and returns) replaced, each by a call of the
// package's own.
var rewrites = []struct{ from, to string }{
	{"graphql.MarshalSliceConcurrently(", "marshalList("},
	{"graphql.NewDeferredGroup(ctx)", "deferredGroup(ctx, fields)"},
	{"graphql.NewScalarFieldContext(", "scalarFieldContext("},
	{"\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn out\n}", "\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn objectOf(fields, out)\n}"},
}

func run(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: seqlists FILE")
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		from, to := []byte(r.from), []byte(r.to)
		if bytes.Count(src, from) == 0 && bytes.Count(src, to) == 0 {
			return fmt.Errorf("%s: no call of %s to rewrite", args[0], r.from)
		}
		src = bytes.ReplaceAll(src, from, to)
	}
	return os.WriteFile(args[0], src, 0o644)
}
