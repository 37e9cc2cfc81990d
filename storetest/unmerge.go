package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// The unmerge tests run on the merge fixture (edit.go): report/c and
// report/d, River Watch (keep) and River Watch Society (drop), with an
// editor's fact about the Society besides.

func mustUnmerge(tb testing.TB, ctx context.Context, s rightsgraph.Store, id string) (restored, survivor *rightsgraph.Entity) {
	tb.Helper()
	restored, survivor, err := rightsgraph.UnmergeEntities(ctx, s, id)
	if err != nil {
		tb.Fatalf("UnmergeEntities(%s): %v", id, err)
	}
	return restored, survivor
}

// unmergeFixture loads the merge fixture with the editor's fact and
// returns the graph as it is, before any merge.
func unmergeFixture(tb testing.TB, s rightsgraph.Store) ([]*rightsgraph.Entity, []*rightsgraph.Relation) {
	tb.Helper()
	MustLoad(tb, s, mergeReportC(tb), mergeReportD(tb, ""))
	mustAddRelation(tb, editorCtx, s, rightsgraph.RelationInput{From: pavelID, To: dropID, Type: rightsgraph.RelMemberOf,
		Report: reportD, Quote: quoteChaired})
	return Dump(tb, s)
}

func entityIn(es []*rightsgraph.Entity, id string) *rightsgraph.Entity {
	for _, e := range es {
		if e.ID == id {
			return e
		}
	}
	return nil
}

func testUnmergeRestoresExactly(t *testing.T, s rightsgraph.Store) {
	es, rs := unmergeFixture(t, s)
	merged := mustMerge(t, editorCtx, s, keepID, dropID)
	if !slices.Contains(merged.Aliases, "River Watch Society") {
		t.Fatalf("fixture: the survivor's aliases %q lack the dropped name", merged.Aliases)
	}
	revision := mustRevision(t, s)

	restored, survivor := mustUnmerge(t, editorCtx, s, dropID)
	assertEntity(t, restored, entityIn(es, dropID))
	assertEntity(t, survivor, entityIn(es, keepID))
	assertSameDump(t, s, es, rs)
	if e := mustEntity(t, s, dropID); e.ID != dropID {
		t.Errorf("Entity(%s) = %s after the unmerge, want itself", dropID, e.ID)
	}
	for _, name := range []string{"River Watch Society", "Society of River Watchers"} {
		assertTopHit(t, s, name, dropID)
	}
	if a := mustEntity(t, s, keepID).Aliases; slices.Contains(a, "River Watch Society") || slices.Contains(a, "Society of River Watchers") {
		t.Errorf("the survivor keeps the dropped names as aliases: %q", a)
	}
	if rev := mustRevision(t, s); rev <= revision {
		t.Errorf("Revision %d after the unmerge, want more than %d", rev, revision)
	}
	e := newestAudit(t, s)
	if e.Action != "unmergeEntities" || e.Actor != "ngo-editor" || !slices.Equal(e.Entities, []string{keepID, dropID}) || e.Before == "" || e.After == "" {
		t.Errorf("audit entry of the unmerge = %+v", e)
	}

	t.Run("reloading the reports changes nothing", func(t *testing.T) {
		MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
		assertSameDump(t, s, es, rs)
	})
	t.Run("the two merge again and unmerge again", func(t *testing.T) {
		mustMerge(t, editorCtx, s, keepID, dropID)
		mustUnmerge(t, editorCtx, s, dropID)
		assertSameDump(t, s, es, rs)
	})
}

func testUnmergeRefuses(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	tests := []struct {
		name  string
		ctx   context.Context
		id    string
		code  string
		field string
	}{
		{"anonymously", context.Background(), dropID, rightsgraph.EUNAUTHORIZED, ""},
		{"as a reader", as("analyst", rightsgraph.RoleReader), dropID, rightsgraph.EFORBIDDEN, ""},
		{"an entity that was not merged", editorCtx, keepID, rightsgraph.EINVALID, "id"},
		{"a report", editorCtx, reportC, rightsgraph.EINVALID, "id"},
		{"an unknown id", editorCtx, "organisation/nowhere", rightsgraph.ENOTFOUND, "id"},
	}
	before := takeSnapshot(t, s)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := rightsgraph.UnmergeEntities(tt.ctx, s, tt.id)
			assertError(t, err, tt.code, tt.field)
			assertUnchanged(t, s, before)
		})
	}
	t.Run("twice", func(t *testing.T) {
		mustUnmerge(t, editorCtx, s, dropID)
		before := takeSnapshot(t, s)
		_, _, err := rightsgraph.UnmergeEntities(editorCtx, s, dropID)
		assertError(t, err, rightsgraph.EINVALID, "id")
		assertUnchanged(t, s, before)
	})
}

// testMergeRefusesStaleIDs checks that a merge never acts on the survivor
// of an id its sender named: the attack of absorbing an entity through an
// id that was merged away.
func testMergeRefusesStaleIDs(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	before := takeSnapshot(t, s)
	for _, tt := range []struct{ name, keep, drop, field string }{
		{"a merged keep", dropID, greenID, "keep"},
		{"a merged drop", greenID, dropID, "drop"},
		{"the same merge again", keepID, dropID, "drop"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rightsgraph.MergeEntities(editorCtx, s, tt.keep, tt.drop)
			assertError(t, err, rightsgraph.ECONFLICT, tt.field)
			assertUnchanged(t, s, before)
		})
	}
}

// testUnmergeInReverseOrder merges a chain (drop into keep, keep into a
// third) and undoes it: the older merge waits for the newer one.
func testUnmergeInReverseOrder(t *testing.T, s rightsgraph.Store) {
	es, rs := unmergeFixture(t, s)
	const netID = "organisation/watch-network"
	mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: netID, Kind: rightsgraph.KindOrganisation, Name: "Watch Network"})
	withNet, _ := Dump(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	mustMerge(t, editorCtx, s, netID, keepID)

	before := takeSnapshot(t, s)
	_, _, err := rightsgraph.UnmergeEntities(editorCtx, s, dropID)
	assertError(t, err, rightsgraph.ECONFLICT, "id")
	assertUnchanged(t, s, before)

	restored, _ := mustUnmerge(t, editorCtx, s, keepID)
	if restored.ID != keepID {
		t.Errorf("unmerge restored %s, want %s", restored.ID, keepID)
	}
	// The Society was merged into River Watch, and is so again.
	if e := mustEntity(t, s, dropID); e.ID != keepID {
		t.Errorf("Entity(%s) = %s after unmerging %s, want %s", dropID, e.ID, keepID, keepID)
	}
	mustUnmerge(t, editorCtx, s, dropID)
	gotE, gotR := Dump(t, s)
	if !slices.Equal(entityIDs(gotE), entityIDs(withNet)) {
		t.Errorf("entities %v, want %v", entityIDs(gotE), entityIDs(withNet))
	}
	gotE = slices.DeleteFunc(gotE, func(e *rightsgraph.Entity) bool { return e.ID == netID })
	if describe(gotE) != describe(es) || describe(gotR) != describe(rs) {
		t.Errorf("after undoing both merges:%s%s\nwant%s%s", describe(gotE), describe(gotR), describe(es), describe(rs))
	}
}

// testUnmergeKeepsLaterEdits changes the merged graph before the unmerge:
// an editor's new evidence stays with the survivor, a retracted fact stays
// retracted (in the restored entity's form too, through a reload).
func testUnmergeKeepsLaterEdits(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	joined := rightsgraph.RelationID(keepID, rightsgraph.RelMemberOf, greenID)
	added := mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: keepID, To: greenID, Type: rightsgraph.RelMemberOf,
		Report: reportC, Quote: "joined the Green Alliance"})
	mustRetract(t, editorCtx, s, rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, keepID))

	mustUnmerge(t, editorCtx, s, dropID)
	assertEvidence(t, relation(t, s, joined), joined,
		annotationEvidence(t, reportC, textC, "River Watch, led by Olga Orlova, joined the Green Alliance", ""),
		editorEvidence(t, "ngo-editor", reportC, textC, "joined the Green Alliance", "", 1))
	back := rightsgraph.RelationID(dropID, rightsgraph.RelMemberOf, greenID)
	assertEvidence(t, relation(t, s, back), back,
		annotationEvidence(t, reportD, textD, "River Watch Society, chaired by Pavel Popov, is a member of the Green Alliance", ""))
	if len(added.Evidence) != 3 {
		t.Errorf("fixture: the added evidence joined %d pieces, want 3", len(added.Evidence))
	}
	MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
	for _, id := range []string{rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, keepID), rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, dropID)} {
		if r := relation(t, s, id); r != nil {
			t.Errorf("the fact retracted after the merge is back after the unmerge and a reload, as %s", describe([]*rightsgraph.Relation{r}))
		}
	}
}

// testUnmergeMovesRetractionsBack retracts a fact of the dropped entity
// before the merge: after the unmerge, a reload keeps it out, and the
// survivor's form of it is not retracted.
func testUnmergeMovesRetractionsBack(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	leads := rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, dropID)
	mustRetract(t, editorCtx, s, leads)
	es, rs := Dump(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	mustUnmerge(t, editorCtx, s, dropID)
	MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
	assertSameDump(t, s, es, rs)
	// The survivor's form may be stated: a report that says Pavel leads
	// River Watch brings it.
	const sentence = "Pavel Popov leads River Watch."
	MustLoad(t, s, Report(t, "report/f", sentence, []*rightsgraph.Entity{org(keepID, "River Watch"), person(pavelID, "Pavel Popov")},
		Fact{pavelID, rightsgraph.RelLeads, keepID, "", sentence}))
	if id := rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, keepID); relation(t, s, id) == nil {
		t.Errorf("%s stays retracted after the unmerge", id)
	}
}

// testUnmergeAfterReload reloads a report of the dropped entity while it
// is merged, unmerges, and loads a version of the report that no longer
// states one of its facts: every store must drop that fact's evidence.
func testUnmergeAfterReload(t *testing.T, s rightsgraph.Store) {
	es, rs := unmergeFixture(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	MustLoad(t, s, mergeReportD(t, ""))
	mustUnmerge(t, editorCtx, s, dropID)
	assertSameDump(t, s, es, rs)

	society := org(dropID, "River Watch Society", "Society of River Watchers")
	society.Description = "Founded in 1999."
	MustLoad(t, s, Report(t, reportD, textD, []*rightsgraph.Entity{society, org(greenID, "Green Alliance"), person(pavelID, "Pavel Popov")},
		Fact{dropID, rightsgraph.RelMemberOf, greenID, "", "River Watch Society, chaired by Pavel Popov, is a member of the Green Alliance"}))
	if id := rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, dropID); relation(t, s, id) != nil {
		t.Errorf("%s is still there after its report stopped stating it", id)
	}
	if id := rightsgraph.RelationID(dropID, rightsgraph.RelMemberOf, greenID); relation(t, s, id) == nil {
		t.Errorf("%s is gone, though its report states it", id)
	}
}

// testUnmergeKeepsTheSurvivorDeclared refuses an unmerge after which
// nothing would declare the survivor: its own report stopped declaring it
// while only the merge kept it.
func testUnmergeKeepsTheSurvivorDeclared(t *testing.T, s rightsgraph.Store) {
	const (
		alphaID = "organisation/alpha-group"
		betaID  = "organisation/beta-group"
		textX   = "The Alpha Group works here."
		textY   = "The Beta Group works there."
	)
	MustLoad(t, s,
		Report(t, "report/x", textX, []*rightsgraph.Entity{org(alphaID, "Alpha Group")}),
		Report(t, "report/y", textY, []*rightsgraph.Entity{org(betaID, "Beta Group")}))
	mustMerge(t, editorCtx, s, alphaID, betaID)
	MustLoad(t, s, textOnly(t, "report/x", textX))
	before := takeSnapshot(t, s)
	_, _, err := rightsgraph.UnmergeEntities(editorCtx, s, betaID)
	assertError(t, err, rightsgraph.ECONFLICT, "id")
	assertUnchanged(t, s, before)
	// Once an editor declares the survivor, the unmerge goes through.
	mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: alphaID, Kind: rightsgraph.KindOrganisation, Description: ptr("A group")})
	restored, survivor := mustUnmerge(t, editorCtx, s, betaID)
	if restored.ID != betaID || survivor.ID != alphaID || len(survivor.Aliases) != 0 {
		t.Errorf("unmerge = %s and %s", editable(restored), editable(survivor))
	}
}

// testUnmergeLeavesTheSurvivorsRetractions retracts a fact of the
// survivor that the dropped entity also stated: after the merge and the
// unmerge, the dropped entity's fact is whole, through a reload too.
func testUnmergeLeavesTheSurvivorsRetractions(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	mustRetract(t, editorCtx, s, rightsgraph.RelationID(keepID, rightsgraph.RelMemberOf, greenID))
	es, rs := Dump(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	mustUnmerge(t, editorCtx, s, dropID)
	assertSameDump(t, s, es, rs)
	MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
	assertSameDump(t, s, es, rs)
}
