package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/seed"
)

// exportCmd writes the whole graph of the configured store in one format,
// to stdout or a file. The embedded store is loaded with the bundled
// reports first, as serve does.
func exportCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	format := fs.String("format", "graphml", "format: "+strings.Join(slices.Sorted(maps.Keys(export.Formats)), ", "))
	out := fs.String("out", "", "file to write (default: stdout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	write, ok := export.Formats[*format]
	if !ok {
		return fmt.Errorf("%w: unknown format %q", errUsage, *format)
	}
	store, embedded, err := openStore(cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if embedded {
		if _, err := seed.LoadFS(ctx, store, seed.Bundled(), seed.Options{}); err != nil {
			return fmt.Errorf("loading the bundled reports: %w", err)
		}
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := write(ctx, w, store); err != nil {
		return err
	}
	if f, ok := w.(*os.File); ok && *out != "" {
		return f.Close()
	}
	return nil
}
