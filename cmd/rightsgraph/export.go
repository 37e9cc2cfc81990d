package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// exportCmd writes the graph of the configured store, or the neighbourhood
// of one entity, in one format: to stdout or a file, or for csv to
// nodes.csv and edges.csv in a folder. An embedded store that holds no
// report yet exports the bundled reports, as serve would load them.
func exportCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	formats := append(slices.Sorted(maps.Keys(export.Formats)), "csv")
	fs := newFlags("export", stderr)
	format := fs.String("format", "graphml", "format: "+strings.Join(formats, ", "))
	out := fs.String("out", "", "file to write (default: stdout); for csv, the folder for nodes.csv and edges.csv")
	around := fs.String("around", "", "export only the neighbourhood of this entity id")
	depth := fs.Int("depth", 1, "with -around: how many relations away (1-3)")
	restricted := fs.Bool("restricted", false, "include restricted entities, relations and reports (by default the export is what anyone may see)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	write, ok := export.Formats[*format]
	if !ok && *format != "csv" {
		return fmt.Errorf("%w: unknown format %q (want one of %s)", errUsage, *format, strings.Join(formats, ", "))
	}
	if *format == "csv" && *out == "" {
		return fmt.Errorf("%w: -format csv needs -out FOLDER for nodes.csv and edges.csv", errUsage)
	}
	store, empty, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	if empty {
		// Nothing loaded yet: export the bundled reports, as serve would
		// show them, without writing them anywhere.
		store = rightsgraph.Guard(inmem.New())
		if _, err := seed.LoadFS(rightsgraph.AsSystem(ctx), store, seed.Bundled(), seed.Options{}); err != nil {
			return fmt.Errorf("loading the bundled reports: %w", err)
		}
	}
	if *restricted {
		ctx = rightsgraph.AsSystem(ctx)
	}
	src, err := exportSource(ctx, store, *around, *depth)
	if err != nil {
		return err
	}
	if *format == "csv" {
		return writeCSV(ctx, *out, src)
	}
	if *out == "" {
		return write(ctx, stdout, src)
	}
	return writeFile(*out, func(w io.Writer) error { return write(ctx, w, src) })
}

// exportSource is the whole store, read at one moment, or the
// neighbourhood of around.
func exportSource(ctx context.Context, s rightsgraph.Store, around string, depth int) (export.Source, error) {
	if around == "" {
		return export.Consistent(ctx, s)
	}
	return analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: around, Depth: depth, Limit: analysis.MaxLimit})
}

// writeCSV writes nodes.csv and edges.csv into dir, creating it.
func writeCSV(ctx context.Context, dir string, src export.Source) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "nodes.csv"), func(nodes io.Writer) error {
		return writeFile(filepath.Join(dir, "edges.csv"), func(edges io.Writer) error {
			return export.CSV(ctx, nodes, edges, src)
		})
	})
}

// writeFile creates path, lets write fill it, and closes it, reporting the
// first error.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
