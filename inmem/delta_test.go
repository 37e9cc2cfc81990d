package inmem_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
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

// capture is a store that keeps the graphs loaded into it.
type capture struct {
	rightsgraph.Store
	graphs []*rightsgraph.ReportGraph
}

func (c *capture) LoadReport(_ context.Context, g *rightsgraph.ReportGraph) error {
	c.graphs = append(c.graphs, g)
	return nil
}

// bundled returns the graph of the bundled report.
func bundled(tb testing.TB) *rightsgraph.ReportGraph {
	tb.Helper()
	c := &capture{Store: inmem.New()}
	if _, err := seed.LoadFS(context.Background(), c, seed.Bundled(), seed.Options{}); err != nil || len(c.graphs) != 1 {
		tb.Fatalf("the bundled report: %v, %d graphs", err, len(c.graphs))
	}
	return c.graphs[0]
}

// corrected returns the bundled report with a line added to its text.
func corrected(tb testing.TB, n int) *rightsgraph.ReportGraph {
	g := bundled(tb)
	g.Report.Text += fmt.Sprintf("\nCorrection %d.", n)
	return g
}

// TestCorrectedReportCostsTheCorrection reloads the bundled report with a
// line added to its text: the journal grows by about that line and the
// load's audit entry, not by the text again.
func TestCorrectedReportCostsTheCorrection(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, bundled(t))
	size := journalSize(t, dir)
	storetest.MustLoad(t, s, corrected(t, 1))
	if grown := journalSize(t, dir) - size; grown > 4096 {
		t.Errorf("a corrected report wrote %d bytes", grown)
	}
	want := stateOf(t, s)
	s.Close()
	again := MustOpen(t, dir)
	if got := stateOf(t, again); !reflect.DeepEqual(got, want) {
		t.Error("the reopened store differs")
	}
	if e, err := again.Entity(context.Background(), bundled(t).Report.ID); err != nil || !strings.HasSuffix(e.Text, "\nCorrection 1.") {
		t.Errorf("the corrected text after reopening: %v", err)
	}
}
