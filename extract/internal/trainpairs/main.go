// Command trainpairs trains the drafter's affiliation classifier on the
// development set and writes it as Go source (extract/pairweights_gen.go),
// which the binary embeds. `go generate ./extract` runs it; training is
// deterministic, so the file changes only when the drafter's rules, its
// features or the development set change.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rightsgraph/rightsgraph/extract"
)

func main() {
	dev := flag.String("dev", "testdata/eval/dev", "folder of the development set's reports and annotations")
	out := flag.String("out", "pairweights_gen.go", "the Go file to write")
	flag.Parse()
	if err := run(context.Background(), *dev, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainpairs:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dev, out string) error {
	cases, err := extract.LoadCases(os.DirFS(filepath.Clean(dev)), ".")
	if err != nil {
		return err
	}
	examples, err := extract.PairExamples(ctx, cases)
	if err != nil {
		return err
	}
	src, err := extract.TrainPairModel(examples, extract.DefaultTrain).WriteGo("extract/internal/trainpairs")
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
