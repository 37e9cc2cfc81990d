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
	"io"
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
//
// Only regular files inside the folder of a path are read: a symbolic
// link, a pipe or a device is refused, not followed or opened (a link
// could make any file of the machine a public report text, a pipe would
// hang the load), and a file larger than MaxAnnotationBytes (an
// annotation) or rightsgraph.MaxTextBytes (a text) is refused unread.
func LoadPaths(ctx context.Context, s rightsgraph.Store, paths []string, opts Options) (*Summary, error) {
	var srcs []source
	var problems Problems
	for _, p := range paths {
		p = filepath.Clean(p)
		dir, name := filepath.Dir(p), filepath.Base(p)
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dir, name = p, "." // "x/", "..", "/": a folder walks from itself
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			problems = append(problems, Problem{File: p, Msg: cleanPathError(err).Error()})
			continue
		}
		defer root.Close()
		found, err := annotationFiles(root.FS(), name)
		if err != nil {
			problems = append(problems, Problem{File: p, Msg: err.Error()})
		}
		for _, f := range found {
			srcs = append(srcs, source{file: filepath.Join(dir, filepath.FromSlash(f)), name: f,
				read: func(name string, limit int64) ([]byte, error) { return readRoot(root, name, limit) }})
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if len(srcs) == 0 {
		return nil, Problems{{File: strings.Join(paths, " "), Msg: "no annotation (.yaml) files found"}}
	}
	return load(ctx, s, srcs, opts)
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
	srcs := make([]source, len(files))
	for i, f := range files {
		srcs[i] = source{file: f, name: f, read: func(name string, limit int64) ([]byte, error) { return readFS(fsys, name, limit) }}
	}
	return load(ctx, s, srcs, opts)
}

// source is an annotation to load: its name for messages, its name in the
// file system read reads, and read, which reads a file of that file system
// refusing any larger than limit.
type source struct {
	file, name string
	read       func(name string, limit int64) ([]byte, error)
}

// annotationFiles returns name itself when it is not a folder, or the YAML
// files below it, sorted, when it is. testdata folders inside it (broken
// fixtures) are skipped, and links are not followed.
func annotationFiles(fsys fs.FS, name string) ([]string, error) {
	info, err := fs.Lstat(fsys, name)
	if err != nil {
		return nil, cleanPathError(err)
	}
	if !info.IsDir() {
		return []string{name}, nil // refused when read unless a regular file
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

// errNotRegular refuses a file that is not a regular one.
var errNotRegular = errors.New("not a regular file (a link, folder, pipe or device): refused")

// readRoot reads a regular file of root of at most limit bytes, following
// no link: its mode is checked before it is opened, so that a pipe or a
// device is never opened, and again once open, in case it was swapped.
func readRoot(root *os.Root, name string, limit int64) ([]byte, error) {
	info, err := root.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	f, err := root.OpenFile(name, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readRegular(f, limit)
}

// readFS reads a regular file of fsys of at most limit bytes, as readRoot.
func readFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	info, err := fs.Lstat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readRegular(f, limit)
}

func readRegular(f fs.File, limit int64) ([]byte, error) {
	if info, err := f.Stat(); err != nil {
		return nil, err
	} else if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1)) // the size may change after Stat
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes: refused", limit)
	}
	return b, nil
}

func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// load validates every file, then loads the reports one by one.
func load(ctx context.Context, s rightsgraph.Store, srcs []source, opts Options) (*Summary, error) {
	var (
		graphs   []*rightsgraph.ReportGraph
		problems Problems
		sum      = &Summary{DryRun: opts.DryRun}
		byReport = map[string]string{} // report id → file
		kinds    = map[string]kindAt{} // entity id → kind and where first declared
	)
	for _, src := range srcs {
		if len(problems) >= MaxProblems {
			problems = append(problems, Problem{File: src.file, Msg: "and more files not checked: fix the problems above first"})
			break
		}
		f := src.file
		g, ps := parse(f, src.name, func(name string) ([]byte, error) {
			if name == src.name {
				return src.read(name, MaxAnnotationBytes)
			}
			return src.read(name, rightsgraph.MaxTextBytes)
		})
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
