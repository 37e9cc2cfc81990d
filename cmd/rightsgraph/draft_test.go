package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
)

// draftReportText is an invented report in the genre: a known name (Lev
// Ponomarev, of the bundled report) and new ones.
const draftReportText = `Round table on prison monitoring in Kazan

On 14 March 2019 a round table on prison monitoring took place in Kazan. It was organised by the Volga Prison Watch Foundation.

Irina Sabitova, director of the Volga Prison Watch Foundation, spoke of the torture of prisoners in penal colonies. Lev Ponomarev, head of the movement "For Human Rights", raised the persecution of human rights defenders. Timur Gareev, a lawyer at the Kazan Legal Aid Centre, described the lack of access to lawyers.

Sabitova called for independent inspections of every colony in the region.
`

// seededData returns a data folder holding the bundled reports.
func seededData(t *testing.T) func(string) string {
	t.Helper()
	getenv := env(nil)
	if err := run(context.Background(), []string{"seed", "../../seed/reports"}, getenv, new(bytes.Buffer), new(bytes.Buffer)); err != nil {
		t.Fatal(err)
	}
	return getenv
}

// draftDoc is the part of a drafted annotation the tests read.
type draftDoc struct {
	Report struct {
		ID, Title, Text string
	}
	Entities []struct {
		ID, Kind, Name, Rule string
		Aliases              []string
		Confidence           float64
	}
	Relations []struct {
		Type, From, To, Quote, Rule string
		Confidence                  float64
	}
}

func TestDraftCommand(t *testing.T) {
	ctx := context.Background()
	getenv := seededData(t)
	journal := filepath.Join(getenv("RIGHTSGRAPH_DATA"), "journal.log")
	before, err := os.ReadFile(journal)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "kazan.txt")
	if err := os.WriteFile(src, []byte(draftReportText), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "drafts", "kazan-round-table.yaml")
	os.MkdirAll(filepath.Dir(out), 0o755)
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"draft", "-out", out, "-url", "https://example.org/kazan", "-published", "2019-03-15", src}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr.String())
	}
	after, _ := os.ReadFile(journal)
	if !bytes.Equal(before, after) {
		t.Error("draft wrote to the store")
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc draftDoc
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Report.ID != "report/kazan-round-table" || doc.Report.Text != "kazan-round-table.txt" || doc.Report.Title == "" {
		t.Errorf("report block %+v", doc.Report)
	}
	if text, _ := os.ReadFile(filepath.Join(filepath.Dir(out), "kazan-round-table.txt")); string(text) != draftReportText {
		t.Error("the text beside the annotation is not the report's text")
	}
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
		if e.Rule == "" || e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("entity %s: rule %q confidence %v", e.ID, e.Rule, e.Confidence)
		}
		if e.ID == "person/lev-ponomarev" && e.Name != "Lev Ponomarev" {
			t.Errorf("a linked entity is renamed to %q", e.Name)
		}
	}
	if !ids["person/lev-ponomarev"] {
		t.Errorf("Lev Ponomarev is not linked to the graph's entity: %v", ids)
	}
	if len(doc.Relations) == 0 {
		t.Fatal("no relations drafted")
	}

	// The draft is valid as written, and loads.
	if err := run(ctx, []string{"seed", "-dry-run", filepath.Dir(out)}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("seed -dry-run refuses the draft: %v\n%s", err, stderr.String())
	}
	if err := run(ctx, []string{"seed", out}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("seed refuses the draft: %v\n%s", err, stderr.String())
	}
	s, err := inmem.OpenReadOnly(getenv("RIGHTSGRAPH_DATA"))
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(draftReportText)
	found := 0
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		for _, ev := range r.Evidence {
			if ev.Report != "report/kazan-round-table" {
				continue
			}
			found++
			if string(runes[ev.Start:ev.End]) != ev.Quote {
				t.Errorf("%s: evidence [%d,%d) is not its quote %q", r.ID, ev.Start, ev.End, ev.Quote)
			}
		}
		return nil
	})
	if err != nil || found == 0 {
		t.Errorf("served evidence of the drafted report: %d, %v", found, err)
	}
}

// TestDraftWhileServing drafts against a folder a server holds.
func TestDraftWhileServing(t *testing.T) {
	getenv := seededData(t)
	startServerWith(t, getenv)
	var stdout, stderr bytes.Buffer
	src := filepath.Join(t.TempDir(), "kazan.txt")
	os.WriteFile(src, []byte(draftReportText), 0o644)
	if err := run(context.Background(), []string{"draft", src}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "id: person/lev-ponomarev") {
		t.Errorf("no link to the served graph in\n%s", stdout.String())
	}
}

func TestDraftBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantErr bool
		msg     string // in stderr or the error
	}{
		{"empty file", []string{"draft", write("empty.txt", nil)}, "", true, "empty.txt"},
		{"binary file", []string{"draft", write("binary.txt", []byte("\x00\x01\x02\x03PK\x03\x04\x00\x00"))}, "", true, "binary.txt"},
		{"invalid UTF-8", []string{"draft", write("latin1.txt", []byte("Caf\xe9 au lait, na\xefve"))}, "", true, "latin1.txt"},
		{"a folder", []string{"draft", dir}, "", true, "not a regular file"},
		{"no names", []string{"draft", write("plain.txt", []byte("it rained all day and nobody came to the meeting.\n"))}, "", false, "draft is empty"},
		{"unknown format", []string{"draft", write("report.docx", []byte("hello"))}, "", true, "report.docx"},
		{"stdin needs -out", []string{"draft", "-"}, draftReportText, true, "needs -out"},
		{"no report", []string{"draft"}, "", true, "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin = strings.NewReader(tt.stdin)
			t.Cleanup(func() { stdin = os.Stdin })
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, env(nil), &stdout, &stderr)
			if (err != nil) != tt.wantErr {
				t.Fatalf("run = %v, want error %v\nstderr: %s", err, tt.wantErr, stderr.String())
			}
			if !strings.Contains(stderr.String()+errString(err), tt.msg) {
				t.Errorf("output %q lacks %q", stderr.String()+errString(err), tt.msg)
			}
		})
	}
}

func TestDraftFromStdin(t *testing.T) {
	stdin = strings.NewReader(draftReportText)
	t.Cleanup(func() { stdin = os.Stdin })
	out := filepath.Join(t.TempDir(), "from-stdin.yaml")
	var stdout, stderr bytes.Buffer
	getenv := env(nil)
	if err := run(context.Background(), []string{"draft", "-out", out, "-"}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr.String())
	}
	if err := run(context.Background(), []string{"seed", "-dry-run", out}, getenv, &stdout, &stderr); err != nil {
		t.Fatalf("seed -dry-run: %v\n%s", err, stderr.String())
	}
}
