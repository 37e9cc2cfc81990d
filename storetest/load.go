package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// assertNothingWritten runs load and checks that it wrote nothing: the
// graph, Revision and the audit log are as they were.
func assertNothingWritten(tb testing.TB, s rightsgraph.Store, load func() error) {
	tb.Helper()
	es, rs := Dump(tb, s)
	rev := mustRevision(tb, s)
	log := auditAll(tb, s, rightsgraph.AuditQuery{})
	if err := load(); err != nil {
		tb.Fatal(err)
	}
	assertSameDump(tb, s, es, rs)
	if now := mustRevision(tb, s); now != rev {
		tb.Errorf("Revision %d after a reload that changes nothing, was %d", now, rev)
	}
	if got := auditAll(tb, s, rightsgraph.AuditQuery{}); !reflect.DeepEqual(got, log) {
		tb.Errorf("the audit log grew by a reload that changes nothing: %d entries, was %d", len(got), len(log))
	}
}

// testReloadWritesNothing loads two reports, then the last one again.
func testReloadWritesNothing(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, ReportA(t), ReportB(t))
	assertNothingWritten(t, s, func() error { return s.LoadReport(context.Background(), ReportB(t)) })
	// A report loaded again with a new text writes once, then nothing.
	const id = "report/texts"
	MustLoad(t, s, textOnly(t, id, "The first text."))
	rev := mustRevision(t, s)
	MustLoad(t, s, textOnly(t, id, "The second text."))
	if mustRevision(t, s) == rev {
		t.Error("a new text left Revision as it was")
	}
	assertNothingWritten(t, s, func() error { return s.LoadReport(context.Background(), textOnly(t, id, "The second text.")) })
}

// testReloadAfterEditsWritesNothing reloads a report after editors
// corrected, added, retracted and merged what it says: read through
// their edits, the report says what the graph holds, so nothing is written.
func testReloadAfterEditsWritesNothing(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson, Name: "Anna P. Petrova"})
	mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: quoteMember})
	mustRetract(t, editorCtx, s, raisedID)
	mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: "organisation/orc", Kind: rightsgraph.KindOrganisation, Name: "ORC"})
	mustMerge(t, editorCtx, s, "organisation/orc", orcID)
	assertNothingWritten(t, s, func() error { return s.LoadReport(context.Background(), editFixture(t)) })
}
