package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// The merge fixture: two reports, each with its own id for one
// organisation, River Watch. Both ids are members of the Green Alliance,
// one is said to be part of the other, and each has its own leader.
const (
	reportC = "report/c"
	reportD = "report/d"
	textC   = "River Watch, led by Olga Orlova, joined the Green Alliance. River Watch Society is part of River Watch."
	textD   = "The River Watch Society, chaired by Pavel Popov, is a member of the Green Alliance."

	keepID  = "organisation/river-watch"
	dropID  = "organisation/river-watch-society"
	greenID = "organisation/green-alliance"
	olgaID  = "person/olga-orlova"
	pavelID = "person/pavel-popov"

	quoteChaired = "chaired by Pavel Popov"
)

func mergeReportC(tb testing.TB) *rightsgraph.ReportGraph {
	return Report(tb, reportC, textC, []*rightsgraph.Entity{
		org(keepID, "River Watch", "RW"),
		org(dropID, "River Watch Society"),
		org(greenID, "Green Alliance"),
		person(olgaID, "Olga Orlova"),
	},
		Fact{olgaID, rightsgraph.RelLeads, keepID, "director", "River Watch, led by Olga Orlova"},
		Fact{keepID, rightsgraph.RelMemberOf, greenID, "", "River Watch, led by Olga Orlova, joined the Green Alliance"},
		Fact{dropID, rightsgraph.RelPartOf, keepID, "", "River Watch Society is part of River Watch"},
	)
}

// mergeReportD is report/d; more adds sentences, with the facts they state.
func mergeReportD(tb testing.TB, more string, facts ...Fact) *rightsgraph.ReportGraph {
	society := org(dropID, "River Watch Society", "Society of River Watchers")
	society.Description = "Founded in 1999."
	entities := []*rightsgraph.Entity{society, org(greenID, "Green Alliance"), person(pavelID, "Pavel Popov")}
	if more != "" {
		entities = append(entities, issue("issue/water-pollution", "Water pollution"))
	}
	return Report(tb, reportD, textD+more, entities, append([]Fact{
		{pavelID, rightsgraph.RelLeads, dropID, "chair", "River Watch Society, chaired by Pavel Popov"},
		{dropID, rightsgraph.RelMemberOf, greenID, "", "River Watch Society, chaired by Pavel Popov, is a member of the Green Alliance"},
	}, facts...)...)
}

// evidenceKeys lists every piece of evidence of rs, with its relation's
// type and ends, where rename gives the id an end stands for.
func evidenceKeys(rs []*rightsgraph.Relation, rename func(string) string) []string {
	var keys []string
	for _, r := range rs {
		for _, ev := range r.Evidence {
			keys = append(keys, fmt.Sprintf("%s %s %s %+v", rename(r.From), r.Type, rename(r.To), ev))
		}
	}
	slices.Sort(keys)
	return keys
}

func testMergeEntities(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
	mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: pavelID, To: dropID, Type: rightsgraph.RelMemberOf,
		Report: reportD, Quote: quoteChaired})

	t.Run("refuses", func(t *testing.T) {
		tests := []struct {
			name       string
			keep, drop string
			code       string
			field      string
		}{
			{"entities of different kinds", keepID, olgaID, rightsgraph.EINVALID, "drop"},
			{"reports", reportC, reportD, rightsgraph.EINVALID, "drop"},
			{"an entity with itself", keepID, keepID, rightsgraph.EINVALID, "drop"},
			{"an unknown keep", "organisation/nowhere", dropID, rightsgraph.ENOTFOUND, "keep"},
			{"an unknown drop", keepID, "organisation/nowhere", rightsgraph.ENOTFOUND, "drop"},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.MergeEntities(editorCtx, s, tt.keep, tt.drop)
				assertError(t, err, tt.code, tt.field)
				assertUnchanged(t, s, before)
			})
		}
	})

	_, rs := Dump(t, s)
	toKeep := func(id string) string { return swap(id, dropID, keepID) }
	wantEvidence := evidenceKeys(rs, toKeep)
	if len(wantEvidence) != 6 {
		t.Fatalf("fixture: %d pieces of evidence before the merge, want 6: %v", len(wantEvidence), wantEvidence)
	}
	statsBefore := mustStats(t, s)
	survivor := func(tb testing.TB, e *rightsgraph.Entity) {
		tb.Helper()
		if e.ID != keepID || e.Name != "River Watch" || !slices.Equal(e.Reports, []string{reportC, reportD}) {
			tb.Errorf("survivor = %s, want River Watch declared by c and d", editable(e))
		}
		for _, a := range []string{"RW", "River Watch Society", "Society of River Watchers"} {
			if !slices.Contains(e.Aliases, a) {
				tb.Errorf("survivor's aliases %q lack %q", e.Aliases, a)
			}
		}
	}
	// assertMerged checks what holds after the merge, and after reloads.
	assertMerged := func(tb testing.TB, wantEvidence []string) {
		tb.Helper()
		survivor(tb, mustEntity(tb, s, keepID))
		survivor(tb, mustEntity(tb, s, dropID))
		got, err := s.EntitiesByIDs(ctx, []string{dropID})
		if err != nil {
			tb.Fatal(err)
		}
		if e := got[dropID]; e == nil {
			tb.Errorf("EntitiesByIDs([%s]) = %v, want the survivor under the id asked for", dropID, got)
		} else {
			survivor(tb, e)
		}
		for _, name := range []string{"River Watch Society", "Society of River Watchers"} {
			assertTopHit(tb, s, name, keepID)
			hits, _ := s.Search(ctx, rightsgraph.SearchQuery{Text: name})
			for _, h := range hits {
				if h.Entity.ID == dropID {
					tb.Errorf("Search(%q) finds the dropped id", name)
				}
			}
		}
		es, rs := Dump(tb, s)
		if slices.Contains(entityIDs(es), dropID) {
			tb.Errorf("EachEntity lists the dropped id")
		}
		for _, r := range rs {
			if r.From == dropID || r.To == dropID || r.At == dropID {
				tb.Errorf("relation %s still joins the dropped id", r.ID)
			}
		}
		if got := evidenceKeys(rs, toKeep); !slices.Equal(got, wantEvidence) {
			tb.Errorf("evidence after the merge:%s\nwant%s", describe(got), describe(wantEvidence))
		}
		if st := mustStats(tb, s); st.Evidence != len(wantEvidence) {
			tb.Errorf("Stats count %d pieces of evidence, want %d", st.Evidence, len(wantEvidence))
		}
		page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Report: reportD, First: 100})
		if err != nil {
			tb.Fatal(err)
		}
		if ids := entityIDs(page.Entities); !slices.Contains(ids, keepID) || slices.Contains(ids, dropID) {
			tb.Errorf("entities of report/d = %v, want the survivor, not the dropped id", ids)
		}
	}

	t.Run("merges", func(t *testing.T) {
		survivor(t, mustMerge(t, editorCtx, s, keepID, dropID))
		assertMerged(t, wantEvidence)
		st := mustStats(t, s)
		if st.Nodes != statsBefore.Nodes-1 || st.Relationships != statsBefore.Relationships-1 {
			t.Errorf("Stats after the merge = %+v, before %+v: want one node and one relation less (two joined)", st, statsBefore)
		}
		joined := rightsgraph.RelationID(keepID, rightsgraph.RelMemberOf, greenID)
		assertEvidence(t, relation(t, s, joined), joined,
			annotationEvidence(t, reportC, textC, "River Watch, led by Olga Orlova, joined the Green Alliance", ""),
			annotationEvidence(t, reportD, textD, "River Watch Society, chaired by Pavel Popov, is a member of the Green Alliance", ""))
		// The relation between the two becomes one of the survivor with
		// itself, so that its evidence is not lost.
		loop := rightsgraph.RelationID(keepID, rightsgraph.RelPartOf, keepID)
		assertEvidence(t, relation(t, s, loop), loop, annotationEvidence(t, reportC, textC, "River Watch Society is part of River Watch", ""))
		moved := rightsgraph.RelationID(pavelID, rightsgraph.RelMemberOf, keepID)
		assertEvidence(t, relation(t, s, moved), moved, editorEvidence(t, "ngo-editor", reportD, textD, quoteChaired, "", 1))
	})

	t.Run("refuses to merge again", func(t *testing.T) {
		before := takeSnapshot(t, s)
		// The dropped id is stale: it never stands for the survivor here.
		for _, tt := range []struct{ keep, drop, field string }{{keepID, dropID, "drop"}, {dropID, keepID, "keep"}} {
			_, err := rightsgraph.MergeEntities(editorCtx, s, tt.keep, tt.drop)
			assertError(t, err, rightsgraph.ECONFLICT, tt.field)
		}
		assertUnchanged(t, s, before)
	})

	t.Run("reloading the reports keeps the merge", func(t *testing.T) {
		es, rs := Dump(t, s)
		for _, g := range []*rightsgraph.ReportGraph{mergeReportD(t, ""), mergeReportC(t)} {
			MustLoad(t, s, g)
			assertSameDump(t, s, es, rs)
		}
	})

	t.Run("a changed report that declares the dropped id states its facts of the survivor", func(t *testing.T) {
		const sentence = "The River Watch Society raised water pollution."
		MustLoad(t, s, mergeReportD(t, " "+sentence, Fact{dropID, rightsgraph.RelRaised, "issue/water-pollution", "", sentence}))
		raised := rightsgraph.RelationID(keepID, rightsgraph.RelRaised, "issue/water-pollution")
		assertEvidence(t, relation(t, s, raised), raised, annotationEvidence(t, reportD, textD+" "+sentence, sentence, ""))
		_, rs := Dump(t, s)
		assertMerged(t, evidenceKeys(rs, toKeep))
		if got := len(evidenceKeys(rs, toKeep)); got != len(wantEvidence)+1 {
			t.Errorf("%d pieces of evidence, want %d", got, len(wantEvidence)+1)
		}
	})

	t.Run("merging the survivor on redirects the dropped id too", func(t *testing.T) {
		const netID = "organisation/watch-network"
		mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: netID, Kind: rightsgraph.KindOrganisation, Name: "Watch Network"})
		_, rs := Dump(t, s)
		toNet := func(id string) string { return swap(toKeep(id), keepID, netID) }
		want := evidenceKeys(rs, toNet)
		got := mustMerge(t, editorCtx, s, netID, keepID)
		for _, id := range []string{netID, keepID, dropID} {
			if e := mustEntity(t, s, id); e.ID != netID {
				t.Errorf("Entity(%s) = %s, want %s", id, e.ID, netID)
			}
		}
		byID, err := s.EntitiesByIDs(ctx, []string{keepID, dropID})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{keepID, dropID} {
			if byID[id] == nil || byID[id].ID != netID {
				t.Errorf("EntitiesByIDs[%s] = %s, want %s", id, editable(byID[id]), netID)
			}
		}
		for _, a := range []string{"River Watch", "River Watch Society"} {
			if !slices.Contains(got.Aliases, a) {
				t.Errorf("aliases %q lack %q", got.Aliases, a)
			}
		}
		_, rs = Dump(t, s)
		if ev := evidenceKeys(rs, toNet); !slices.Equal(ev, want) {
			t.Errorf("evidence after the second merge:%s\nwant%s", describe(ev), describe(want))
		}
	})
}

func swap(id, from, to string) string {
	if id == from {
		return to
	}
	return id
}

func testMergeKeepsRetractions(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, mergeReportC(t), mergeReportD(t, ""))
	reload := func(tb testing.TB) {
		tb.Helper()
		MustLoad(tb, s, mergeReportC(tb), mergeReportD(tb, ""))
	}
	t.Run("a retraction made before the merge", func(t *testing.T) {
		mustRetract(t, editorCtx, s, rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, dropID))
		mustMerge(t, editorCtx, s, keepID, dropID)
		reload(t)
		for _, id := range []string{rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, keepID), rightsgraph.RelationID(pavelID, rightsgraph.RelLeads, dropID)} {
			if r := relation(t, s, id); r != nil {
				t.Errorf("the retracted fact is back after the merge and a reload, as %s", describe([]*rightsgraph.Relation{r}))
			}
		}
	})
	t.Run("a retraction made after the merge", func(t *testing.T) {
		id := rightsgraph.RelationID(keepID, rightsgraph.RelMemberOf, greenID)
		mustRetract(t, editorCtx, s, id)
		reload(t)
		if r := relation(t, s, id); r != nil {
			t.Errorf("the retracted fact is back after a reload: %s", describe([]*rightsgraph.Relation{r}))
		}
	})
}
