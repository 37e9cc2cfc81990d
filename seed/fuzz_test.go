package seed_test

import (
	"bytes"
	"context"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// FuzzParseAnnotation loads any bytes as an annotation beside the text of
// testdata/valid. A load must end, without panic, in a consistent summary
// or in Problems that point into the file.
func FuzzParseAnnotation(f *testing.F) {
	valid := []byte(MustRead(f, "testdata/valid/report.yaml"))
	text := []byte(MustRead(f, "testdata/valid/report.txt"))
	f.Add(valid)
	f.Add(valid[:len(valid)/2]) // truncated inside the entities
	// Edits of the fixture: old, new, old, new…
	for _, edits := range [][]string{
		{"\n", "\r\n"},
		{"    name: Mara Quill", "    name: Mara Quill\n    aliases: [M. Quill, Mara Quill]"},
		{"  - id: person/mara-quill", "  - &mara\n    id: person/mara-quill", "relations:", "  - *mara\nrelations:"},
		{"role: head", "role: head\n    occurrence: 2"},
		{"role: head", "role: head\n    occurrence: -1"},
		{"role: head", "role: head\n    occurrence: 99999999999999999999"},
		{"role: head", "role: head\n    at: place/port-elling"},
		{"quote: \"Mara Quill leads", "qoute: \"Mara Quill leads"},
		{"quote: \"Tomas Vey is a member of the Harbour Watch Society.\"", "quote: \"the Harbour Watch Society\""},
		{"text: report.txt", "text: missing.txt"},
		{"publishedAt: \"2024-04-03\"", "publishedAt: 2024-04-31"},
		{"type: BASED_IN", "type: LEADS"},
		{"  - type: BASED_IN", "  - type: BASED_IN\n    type: PART_OF"},
		{"kind: PLACE", "kind: REPORT"},
	} {
		mutated := valid
		for i := 0; i+1 < len(edits); i += 2 {
			next := bytes.ReplaceAll(mutated, []byte(edits[i]), []byte(edits[i+1]))
			if bytes.Equal(next, mutated) {
				f.Fatalf("edit %q: not in the fixture", edits[i])
			}
			mutated = next
		}
		f.Add(mutated)
	}
	for _, s := range []string{"", "~", "- a\n- list\n", "report: ~\n", "report:\n  text: report.txt\n", "\t", "report: &r {}\nentities: [*r]\n"} {
		f.Add([]byte(s))
	}

	// One folder for all inputs: a fresh one each would cost several times
	// the load. Inputs run one at a time, each overwriting the annotation.
	dir := f.TempDir()
	MustWrite(f, filepath.Join(dir, "report.txt"), text)
	file := filepath.Join(dir, "report.yaml")

	f.Fuzz(func(t *testing.T, data []byte) {
		if escapes(dir, data) {
			t.Skip("the report text is outside the folder: LoadPaths would read any file")
		}
		MustWrite(t, file, data)

		sum, err := loadWithin(t, file, seed.Options{DryRun: true})
		if err != nil {
			CheckProblems(t, file, data, err)
			return
		}
		want := counts(t, data)
		if sum == nil || !sum.DryRun || len(sum.Reports) != 1 {
			t.Fatalf("summary = %+v, want a dry run of one report", sum)
		}
		r := sum.Reports[0]
		if r.File != file || !strings.HasPrefix(r.ID, "report/") ||
			r.Entities != want.entities || r.Evidence != want.relations || r.Relations > r.Evidence || (r.Relations == 0) != (r.Evidence == 0) {
			t.Fatalf("summary = %+v, want file %s, a report id, %d entities, %d pieces of evidence and at most as many relations",
				r, file, want.entities, want.relations)
		}

		// What a dry run accepts, a store takes, with every quote where
		// its offsets say.
		s := inmem.New()
		if _, err := seed.LoadPaths(t.Context(), s, []string{file}, seed.Options{}); err != nil {
			t.Fatalf("dry run passed, load failed: %v", err)
		}
		st := MustStats(t, s)
		if st.Nodes != r.Entities+1 || st.Relationships != r.Relations || st.Evidence != r.Evidence {
			t.Errorf("store holds %d nodes, %d relationships, %d evidence; the summary said %+v", st.Nodes, st.Relationships, st.Evidence, r)
		}
		CheckEvidence(t, s)
	})
}

// loadWithin loads file and fails the test if that takes more than 10s:
// inputs are small, so a slow load is a hang.
func loadWithin(tb testing.TB, file string, opts seed.Options) (*seed.Summary, error) {
	tb.Helper()
	type result struct {
		sum *seed.Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := seed.LoadPaths(context.Background(), inmem.New(), []string{file}, opts)
		done <- result{sum, err}
	}()
	select {
	case r := <-done:
		return r.sum, r.err
	case <-time.After(10 * time.Second):
		tb.Fatalf("LoadPaths(%s) still runs after 10s", file)
		return nil, nil
	}
}

// CheckProblems checks that err is Problems, each in file, at a line of
// data (or 0, for the file as a whole), with a message.
func CheckProblems(tb testing.TB, file string, data []byte, err error) {
	tb.Helper()
	ps, ok := err.(seed.Problems)
	if !ok || len(ps) == 0 {
		tb.Fatalf("err = %v (%T), want seed.Problems", err, err)
	}
	last := lineCount(data)
	for _, p := range ps {
		if p.File != file || p.Line < 0 || p.Line > last || strings.TrimSpace(p.Msg) == "" {
			tb.Errorf("problem %+v: want file %s, a line in [0, %d] and a message", p, file, last)
		}
	}
}

// lineCount is the number of the last line of data, as YAML counts lines:
// \r\n, \r, \n, NEL, LS and PS each end one. An error at the end of the
// input may point at the line after the last break.
func lineCount(data []byte) int {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	n := 1
	for _, br := range []string{"\r", "\n", "\u0085", "\u2028", "\u2029"} {
		n += strings.Count(s, br)
	}
	return n
}

type listCounts struct{ entities, relations int }

// counts counts the entities and relations that data lists. Empty items
// ("-" alone) do not count: the YAML library drops them from a list of
// structs.
func counts(tb testing.TB, data []byte) listCounts {
	tb.Helper()
	var doc struct {
		Entities  []yaml.Node `yaml:"entities"`
		Relations []yaml.Node `yaml:"relations"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		tb.Fatalf("the loader took it, but yaml: %v", err)
	}
	return listCounts{items(doc.Entities), items(doc.Relations)}
}

func items(list []yaml.Node) int {
	n := 0
	for _, item := range list {
		if item.Kind == yaml.AliasNode {
			item = *item.Alias
		}
		if item.ShortTag() != "!!null" {
			n++
		}
	}
	return n
}

// escapes reports whether the report text that data names lies outside
// dir, as "../../dev/zero" does. The loader reads the text beside the
// annotation with os.ReadFile, which would follow it.
func escapes(dir string, data []byte) bool {
	var doc struct {
		Report struct {
			Text string `yaml:"text"`
		} `yaml:"report"`
	}
	if yaml.Unmarshal(data, &doc) != nil {
		return false // the loader reads no text either
	}
	slash := filepath.ToSlash(dir)
	p := path.Join(slash, doc.Report.Text)
	return p != slash && !strings.HasPrefix(p, slash+"/")
}

// MustWrite writes a file.
func MustWrite(tb testing.TB, name string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}
