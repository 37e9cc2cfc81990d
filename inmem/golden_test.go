package inmem_test

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

var writeGolden = flag.Bool("write-golden", false, "write the golden data folder of the current format, if it is not there yet")

// golden is a data folder written in format 2 (a snapshot, and a tail
// with every kind of change after it), with what it holds described in
// golden.txt. Later releases must open it to the same description:
// never regenerate it.
const golden = "testdata/2026-11-format2"

// TestGoldenFormat2 opens a copy of the format 2 folder and describes it.
func TestGoldenFormat2(t *testing.T) {
	if *writeGolden {
		if _, err := os.Stat(golden); err == nil {
			t.Fatalf("%s exists: a golden folder is never regenerated", golden)
		}
		makeGolden(t)
	}
	want, err := os.ReadFile(filepath.Join(golden, "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"FORMAT", "snapshot", "journal-000001.log"} {
		b, err := os.ReadFile(filepath.Join(golden, "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := MustOpen(t, dir)
	if got := describe(t, s); got != string(want) {
		t.Errorf("the golden folder reads as\n%s\nwant\n%s", got, want)
	}
	ro, err := inmem.OpenReadOnly(filepath.Join(golden, "data"))
	if err != nil {
		t.Fatal(err)
	}
	if got := describe(t, ro); got != string(want) {
		t.Error("the golden folder reads otherwise read-only")
	}
}

func makeGolden(t *testing.T) {
	dir := filepath.Join(golden, "data")
	s, err := inmem.OpenWith(dir, inmem.Options{CompactAfter: -1})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	if err := s.Compact(); err != nil {
		t.Fatal(err)
	}
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "ngo", Role: rightsgraph.RoleEditor})
	steps := []func() error{
		func() error { // evidence added to a relation: a delta
			_, err := rightsgraph.AddRelation(editor, s, rightsgraph.RelationInput{From: "person/ivan-sidorov", To: "organisation/coast-watch",
				Type: rightsgraph.RelMemberOf, Report: "report/b", Quote: "The Coast Watch group"})
			return err
		},
		func() error { // a declaration changed: a delta
			desc := "Corrected."
			_, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Description: &desc})
			return err
		},
		func() error {
			_, _, err := rightsgraph.UnmergeEntities(editor, s, "organisation/orc")
			return err
		},
		func() error { return s.LoadReport(rightsgraph.AsSystem(context.Background()), storetest.ReportA(t)) },
		func() error { return s.LoadReport(rightsgraph.AsSystem(context.Background()), storetest.ReportB(t)) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "LOCK"))
	ro, err := inmem.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(golden, "golden.txt"), []byte(describe(t, ro)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// describe writes what a store holds in a form of its own, with names
// that do not follow the domain types', so that the golden file stays
// as it is when they change.
func describe(tb testing.TB, s rightsgraph.Store) string {
	tb.Helper()
	st := stateOf(tb, s)
	var b strings.Builder
	fmt.Fprintf(&b, "revision %d\n", st.Revision)
	for _, e := range st.Entities {
		fmt.Fprintf(&b, "entity %s %s %q aliases=%q description=%q reports=%q text=%s\n", e.ID, e.Kind, e.Name, e.Aliases, e.Description, e.Reports, digest(e.Text))
	}
	for _, r := range st.Relations {
		fmt.Fprintf(&b, "relation %s role=%q at=%q\n", r.ID, r.Role, r.At)
		for _, ev := range r.Evidence {
			fmt.Fprintf(&b, "  evidence %s %d-%d %q role=%q at=%q editor=%q\n", ev.Report, ev.Start, ev.End, ev.Quote, ev.Role, ev.At, ev.Editor)
		}
	}
	for _, t := range st.Tokens {
		fmt.Fprintf(&b, "token %s %s hash=%s created=%s revoked=%s\n", t.Name, t.Role, t.Hash, t.CreatedAt.UTC().Format("2006-01-02T15:04:05.999999999Z"), t.RevokedAt.UTC().Format("2006-01-02T15:04:05.999999999Z"))
	}
	for _, a := range st.Audit {
		fmt.Fprintf(&b, "audit %d %s %s %s %q %q before=%s after=%s\n", a.Seq, a.At.UTC().Format("2006-01-02T15:04:05.999999999Z"), a.Actor, a.Action, a.Entities, a.Summary, digest(a.Before), digest(a.After))
	}
	return b.String()
}

func digest(s string) string {
	if s == "" {
		return "-"
	}
	return fmt.Sprintf("%x/%d", sha256.Sum256([]byte(s)), len(s))
}
