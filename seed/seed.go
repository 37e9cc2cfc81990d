// Package seed turns reports into graph: it reads a report's text and its
// hand-curated YAML annotation, checks everything (reporting each problem as
// file:line: message), computes the offsets of every quote, and loads each
// report into a Store in one atomic write.
package seed

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// bundled holds the reports that ship with the binary.
//
//go:embed reports
var bundled embed.FS

// Bundled returns the folder of bundled reports: <slug>.txt and <slug>.yaml.
func Bundled() fs.FS {
	sub, err := fs.Sub(bundled, "reports")
	if err != nil {
		panic(err) // the folder is embedded at build time
	}
	return sub
}

// Summary tells what a load did (or, for a dry run, would do).
type Summary struct {
	Reports []ReportSummary
	DryRun  bool
}

// ReportSummary counts what one report states.
type ReportSummary struct {
	File      string
	ID        string
	Entities  int
	Relations int
	Evidence  int
}

// Options change how Load works.
type Options struct {
	// DryRun validates everything and writes nothing.
	DryRun bool
}

// LoadPaths reads every annotation among paths (YAML files, or folders
// searched for them) from the operating system's file system, validates
// them all, and loads them into s unless a problem was found or
// opts.DryRun. Problems come back as Problems; nothing is written then.
func LoadPaths(ctx context.Context, s rightsgraph.Store, paths []string, opts Options) (*Summary, error) {
	var files []string
	var problems Problems
	for _, p := range paths {
		p = filepath.Clean(p)
		dir, name := filepath.Dir(p), filepath.Base(p)
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dir, name = p, "." // "x/", "..", "/": a folder walks from itself
		}
		found, err := annotationFiles(os.DirFS(dir), name)
		if err != nil {
			problems = append(problems, Problem{File: p, Msg: err.Error()})
		}
		for _, f := range found {
			files = append(files, filepath.Join(dir, filepath.FromSlash(f)))
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if len(files) == 0 {
		return nil, Problems{{File: strings.Join(paths, " "), Msg: "no annotation (.yaml) files found"}}
	}
	return load(ctx, s, files, os.ReadFile, opts)
}

// LoadFS loads every annotation in fsys, as LoadPaths does.
func LoadFS(ctx context.Context, s rightsgraph.Store, fsys fs.FS, opts Options) (*Summary, error) {
	files, err := annotationFiles(fsys, ".")
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, Problems{{File: ".", Msg: "no annotation (.yaml) files found"}}
	}
	return load(ctx, s, files, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }, opts)
}

// annotationFiles returns name itself when it is a file, or the YAML files
// below it, sorted, when it is a folder. testdata folders inside it (broken
// fixtures) are skipped.
func annotationFiles(fsys fs.FS, name string) ([]string, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, cleanPathError(err)
	}
	if !info.IsDir() {
		return []string{name}, nil
	}
	var files []string
	err = fs.WalkDir(fsys, name, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == "testdata" && p != name:
			return fs.SkipDir
		case !d.IsDir() && (path.Ext(p) == ".yaml" || path.Ext(p) == ".yml"):
			files = append(files, p)
		}
		return nil
	})
	slices.Sort(files)
	return files, cleanPathError(err)
}

func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// load validates every file, then loads the reports one by one.
func load(ctx context.Context, s rightsgraph.Store, files []string, read func(string) ([]byte, error), opts Options) (*Summary, error) {
	var (
		graphs   []*rightsgraph.ReportGraph
		problems Problems
		sum      = &Summary{DryRun: opts.DryRun}
		byReport = map[string]string{} // report id → file
		kinds    = map[string]kindAt{} // entity id → kind and where first declared
	)
	for _, f := range files {
		g, ps := parse(f, read)
		problems = append(problems, ps...)
		if g == nil {
			continue
		}
		if prev, dup := byReport[g.Report.ID]; dup {
			problems = append(problems, Problem{File: f, Msg: fmt.Sprintf("report %q is also annotated in %s", g.Report.ID, prev)})
		}
		byReport[g.Report.ID] = f
		for _, e := range g.Entities {
			if k, ok := kinds[e.ID]; ok && k.kind != e.Kind {
				problems = append(problems, Problem{File: f, Msg: fmt.Sprintf("entity %q is a %s here but a %s in %s", e.ID, e.Kind, k.kind, k.file)})
			} else if !ok {
				kinds[e.ID] = kindAt{e.Kind, f}
			}
		}
		graphs = append(graphs, g)
		sum.Reports = append(sum.Reports, summarize(f, g))
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if opts.DryRun {
		return sum, nil
	}
	for i, g := range graphs {
		if err := s.LoadReport(ctx, g); err != nil {
			return nil, fmt.Errorf("load %s: %w", sum.Reports[i].File, err)
		}
	}
	return sum, nil
}

type kindAt struct {
	kind rightsgraph.Kind
	file string
}

func summarize(file string, g *rightsgraph.ReportGraph) ReportSummary {
	rs := ReportSummary{File: file, ID: g.Report.ID, Entities: len(g.Entities), Relations: len(g.Relations)}
	for _, r := range g.Relations {
		rs.Evidence += len(r.Evidence)
	}
	return rs
}
