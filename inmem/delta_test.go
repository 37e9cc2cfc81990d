package inmem_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func journalSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	fi, err := os.Stat(filepath.Join(dir, "journal.log"))
	if err != nil {
		tb.Fatal(err)
	}
	return fi.Size()
}

// TestUnchangedReloadWritesNothing reloads reports that say what they
// said: no journal line, no audit entry, no new revision. (Reloading A
// after B is a change when they declare the same entities: A's
// declarations become the latest.)
func TestUnchangedReloadWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
	before, size := stateOf(t, s), journalSize(t, dir)
	storetest.MustLoad(t, s, storetest.ReportB(t), storetest.ReportB(t))
	if got := stateOf(t, s); !reflect.DeepEqual(got, before) {
		t.Errorf("an unchanged reload changed the state: revision %d, %d audit entries; want %d, %d", got.Revision, len(got.Audit), before.Revision, len(before.Audit))
	}
	if got := journalSize(t, dir); got != size {
		t.Errorf("an unchanged reload wrote %d bytes", got-size)
	}
}

// TestEvidenceCostsWhatIsAdded adds evidence to one relation again and
// again: each addition costs about as much as the first, however much
// evidence the relation has.
func TestEvidenceCostsWhatIsAdded(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "ngo", Role: rightsgraph.RoleEditor})
	var costs []int64
	for _, quote := range []string{"Anna", "Anna Petrova", "Anna Petrova,", "Open Rights", "Open Rights Centre", "Centre", "spoke", "spoke again", "again", "head of"} {
		size := journalSize(t, dir)
		if _, err := rightsgraph.AddRelation(editor, s, rightsgraph.RelationInput{From: "person/anna-petrova", To: "organisation/open-rights-centre",
			Type: rightsgraph.RelLeads, Report: "report/b", Quote: quote}); err != nil {
			t.Fatalf("%q: %v", quote, err)
		}
		costs = append(costs, journalSize(t, dir)-size)
	}
	if last, first := costs[len(costs)-1], costs[0]; last > first+first/2 {
		t.Errorf("journal bytes per addition grew from %d to %d: %v", first, last, costs)
	}
	want := stateOf(t, s)
	s.Close()
	if got := stateOf(t, MustOpen(t, dir)); !reflect.DeepEqual(got, want) {
		t.Error("the reopened store differs")
	}
}
