package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph/seed"
)

// seedCmd validates report annotations and loads them into the configured
// store (the embedded store keeps them in RIGHTSGRAPH_DATA). Every problem is printed as file:line: message; on any, nothing is
// written and the exit code is 1.
func seedCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("seed", stderr)
	dryRun := fs.Bool("dry-run", false, "validate only; write nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: rightsgraph seed [-dry-run] PATH...")
		return errUsage
	}
	store, _, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := seed.LoadPaths(ctx, store, fs.Args(), seed.Options{DryRun: *dryRun})
	var problems seed.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		return fmt.Errorf("%d problem(s) found; nothing was written", len(problems))
	} else if err != nil {
		return err
	}
	verb := "loaded"
	if sum.DryRun {
		verb = "valid (dry run, nothing written)"
	}
	for _, r := range sum.Reports {
		fmt.Fprintf(stdout, "%s: %s %s: %d entities, %d relations, %d pieces of evidence\n",
			r.File, r.ID, verb, r.Entities, r.Relations, r.Evidence)
	}
	return nil
}
