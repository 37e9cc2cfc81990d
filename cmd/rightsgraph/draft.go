package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/reportfile"
)

// draftCmd drafts the annotation of a report: its names linked to the
// configured store's entities, its relations each with the quote that
// states it, in the loader's YAML. It reads the store and never writes to
// it. With -out the annotation goes to that file and the report's plain
// text beside it; without, the annotation goes to stdout, which only a .txt
// report allows: its text: then names that file, to be saved beside it.
func draftCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("draft", stderr)
	out := fs.String("out", "", "write the annotation to this .yaml file, and the report's text beside it")
	title := fs.String("title", "", "the report's title (default: the file's own, or its first line)")
	url := fs.String("url", "", "where the report was published (http or https)")
	published := fs.String("published", "", "when it was published, YYYY-MM-DD")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: rightsgraph draft [-out FILE.yaml] [-title T] [-url U] [-published YYYY-MM-DD] REPORT (.txt, .md, .html, .pdf, or - for stdin)")
		return errUsage
	}
	src := fs.Arg(0)
	doc, raw, err := readReport(src, stdin)
	if err != nil {
		return err
	}
	meta := extract.Meta{
		Title: firstOf(*title, doc.DisplayTitle()), URL: firstOf(*url, doc.URL),
		PublishedAt: firstOf(*published, doc.PublishedAt), Source: doc.Author,
	}
	if *out != "" && !strings.HasSuffix(*out, ".yaml") {
		return fmt.Errorf("%w: -out %s: want a .yaml file (the report's text is written beside it)", errUsage, *out)
	}
	// The text the loader will read must be exactly the text drafted. A
	// text file that is its text but for white space at its end is drafted
	// as it is, so that it can be loaded as it is.
	isText := src != "-" && strings.EqualFold(filepath.Ext(src), ".txt") && verbatim(raw, doc.Text)
	if isText {
		doc.Text = string(raw)
	}
	switch {
	case *out != "":
		meta.TextFile = strings.TrimSuffix(filepath.Base(*out), ".yaml") + ".txt"
	case isText:
		meta.TextFile = filepath.Base(src) // the annotation is to be saved beside it
	default:
		return fmt.Errorf("%w: drafting %s needs -out FILE.yaml: its plain text is written beside the annotation", errUsage, displayName(src))
	}
	meta.ID = "report/" + extract.Slug(strings.TrimSuffix(filepath.Base(firstOf(*out, src, meta.Title)), filepath.Ext(firstOf(*out, src))))
	if src == "-" && *out == "" {
		meta.ID = "report/" + extract.Slug(meta.Title)
	}

	store, err := openStoreReadOnly(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	d, err := extract.Draft(ctx, doc.Text, extract.StoreKnown(store))
	if err != nil {
		return fmt.Errorf("%s: %s", displayName(src), rightsgraph.ErrorMessage(err))
	}
	yaml, err := d.YAML(meta)
	if err != nil {
		return err
	}
	if len(d.Entities) == 0 {
		fmt.Fprintf(stderr, "draft: %s names no one the drafter recognises: the draft is empty\n", displayName(src))
	}
	if *out == "" {
		_, err := stdout.Write(yaml)
		return err
	}
	textPath := filepath.Join(filepath.Dir(*out), meta.TextFile)
	if err := writeBeside(textPath, []byte(doc.Text), src); err != nil {
		return err
	}
	if err := os.WriteFile(*out, yaml, 0o644); err != nil {
		return err
	}
	linked := 0
	for _, e := range d.Entities {
		if e.Existing != nil {
			linked++
		}
	}
	fmt.Fprintf(stdout, "%s: %d entities (%d linked to the graph), %d relations; text in %s\n",
		*out, len(d.Entities), linked, len(d.Relations), textPath)
	return nil
}

// verbatim reports whether a text file's bytes are the text read from
// them but for white space after it.
func verbatim(raw []byte, text string) bool {
	rest, ok := bytes.CutPrefix(raw, []byte(text))
	return ok && len(bytes.TrimSpace(rest)) == 0
}

// readReport reads a report file, or standard input for "-" (as plain text
// or Markdown by its content), into its text and metadata.
func readReport(src string, stdin io.Reader) (*reportfile.Document, []byte, error) {
	name := src
	var data []byte
	var err error
	if src == "-" {
		name = "stdin.txt"
		data, err = io.ReadAll(io.LimitReader(stdin, reportfile.MaxSize+1))
	} else {
		data, err = readRegularFile(src, reportfile.MaxSize)
	}
	if err != nil {
		return nil, nil, err
	}
	doc, err := reportfile.Read(name, data)
	if err != nil {
		return nil, nil, err
	}
	return doc, data, nil
}

// readRegularFile reads a regular file of at most limit bytes: never a
// device, a FIFO or a folder, which could hang or exhaust the command.
func readRegularFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not a regular file", path)
	}
	if info.Size() > limit {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: %d bytes, more than the %d a report may have", path, info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// writeBeside writes the report's text beside the annotation, refusing to
// overwrite a different file there unless it is the report itself.
func writeBeside(path string, text []byte, src string) error {
	if old, err := os.ReadFile(path); err == nil {
		if bytes.Equal(old, text) {
			return nil
		}
		if same, _ := sameFile(path, src); !same {
			return fmt.Errorf("%s exists and holds another text: move it away or choose another -out", path)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return os.WriteFile(path, text, 0o644)
}

func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// openStoreReadOnly opens the configured store for reading only: the
// embedded store's folder is read without its lock, so drafting works while
// a server holds it.
func openStoreReadOnly(ctx context.Context, cfg Config) (rightsgraph.Store, error) {
	if cfg.Neo4j.URI != "" {
		s, err := neo4jstore.Open(neo4jstore.Config{
			URI: cfg.Neo4j.URI, User: cfg.Neo4j.User, Password: cfg.Neo4j.Password,
			Database: cfg.Neo4j.Database, TxTimeout: cfg.QueryTimeout,
		})
		if err != nil {
			return nil, err
		}
		return rightsgraph.Guard(s), nil
	}
	s, err := inmem.OpenReadOnly(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	return rightsgraph.Guard(s), nil
}

func displayName(src string) string {
	if src == "-" {
		return "standard input"
	}
	return src
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
