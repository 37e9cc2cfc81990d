// Package storetest is the conformance suite of rightsgraph.Store: every
// backend runs Run, so that all of them give the same answers.
package storetest

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// NewStore returns an empty store for one test; the suite closes it.
type NewStore func(tb testing.TB) rightsgraph.Store

// Run runs the whole suite against the stores newStore makes.
func Run(t *testing.T, newStore NewStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s rightsgraph.Store)
	}{
		{"EmptyStore", testEmptyStore},
		{"LoadAndLookUp", testLoadAndLookUp},
		{"LoadIsIdempotent", testLoadIsIdempotent},
		{"ReloadWritesNothing", testReloadWritesNothing},
		{"ReloadAfterEditsWritesNothing", testReloadAfterEditsWritesNothing},
		{"ReloadReplacesWhatTheReportSaid", testReloadReplaces},
		{"EvidenceFromTwoReports", testEvidenceFromTwoReports},
		{"RoleFollowsEvidence", testRoleFollowsEvidence},
		{"InvalidGraphChangesNothing", testInvalidGraphChangesNothing},
		{"RelationsByEntityIDs", testRelationsByEntityIDs},
		{"Around", testAround},
		{"ListAround", testListAround},
		{"Search", testSearch},
		{"SearchScripts", testSearchScripts},
		{"SearchLookAlikes", testSearchLookAlikes},
		{"SearchLongNames", testSearchLongNames},
		{"ListEntities", testListEntities},
		{"Pagination", testPagination},
		{"PageWithoutExtras", testPageWithoutExtras},
		{"Stats", testStats},
		{"ReturnsCopies", testReturnsCopies},
		{"ConcurrentReadsAndLoads", testConcurrent},
		{"SnapshotIsTheGraph", testSnapshotIsTheGraph},
		{"SnapshotsDuringEdits", testSnapshotsDuringEdits},
		{"Tokens", testTokens},
		{"TokensWhileServing", testTokensWhileServing},
		{"TokensRefused", testTokensRefused},
		// Editing (edit.go).
		{"UpsertEntity", testUpsertEntity},
		{"EditNeedsEditorRole", testEditNeedsEditorRole},
		{"ReportsAndAuditNeedTheirRoles", testReportsAndAuditNeedTheirRoles},
		{"AddRelation", testAddRelation},
		{"RetractRelation", testRetractRelation},
		{"MergeEntities", testMergeEntities},
		{"MergeKeepsRetractions", testMergeKeepsRetractions},
		// Undoing merges (unmerge.go).
		{"UnmergeRestoresExactly", testUnmergeRestoresExactly},
		{"UnmergeRefuses", testUnmergeRefuses},
		{"MergeRefusesStaleIDs", testMergeRefusesStaleIDs},
		{"UnmergeInReverseOrder", testUnmergeInReverseOrder},
		{"UnmergeKeepsLaterEdits", testUnmergeKeepsLaterEdits},
		{"UnmergeMovesRetractionsBack", testUnmergeMovesRetractionsBack},
		{"UnmergeAfterReload", testUnmergeAfterReload},
		{"UnmergeKeepsTheSurvivorDeclared", testUnmergeKeepsTheSurvivorDeclared},
		{"UnmergeLeavesTheSurvivorsRetractions", testUnmergeLeavesTheSurvivorsRetractions},
		{"AuditLog", testAuditLog},
		{"ConcurrentEdits", testConcurrentEdits},
		{"RevisionFollowsEdits", testRevisionFollowsEdits},
		// Restricted entities, relations and reports (privacy.go).
		{"RestrictedNeverLeaks", testRestrictedNeverLeaks},
		{"RestrictedCounts", testRestrictedCounts},
		{"RestrictedEvidenceInLeanReads", testRestrictedEvidenceInLeanReads},
		{"LeanReadsFollowEvidenceChanges", testLeanReadsFollowEvidenceChanges},
		{"EditsWithoutClearance", testEditsWithoutClearance},
		{"SetVisibility", testSetVisibility},
		// Drafting (draft.go).
		{"DraftLinksToTheGraph", testDraftLinks},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

// Fact is one relation of a fixture, stated by the quote.
type Fact struct {
	From  string
	Type  rightsgraph.RelType
	To    string
	Role  string
	Quote string
}

// Report builds a valid report graph: the report with the text, the
// entities, and one relation per fact with the quote's offsets computed.
// Facts of the same (from, type, to) become one relation.
func Report(tb testing.TB, id, text string, entities []*rightsgraph.Entity, facts ...Fact) *rightsgraph.ReportGraph {
	tb.Helper()
	g := &rightsgraph.ReportGraph{
		Report:   &rightsgraph.Entity{ID: id, Kind: rightsgraph.KindReport, Name: "Report " + id, Text: text, Source: "Test"},
		Entities: entities,
	}
	byID := map[string]*rightsgraph.Relation{}
	for _, f := range facts {
		start, end, _, ok := rightsgraph.Locate(text, f.Quote, 1)
		if !ok {
			tb.Fatalf("fixture: quote %q not in %q", f.Quote, text)
		}
		rid := rightsgraph.RelationID(f.From, f.Type, f.To)
		r, seen := byID[rid]
		if !seen {
			r = &rightsgraph.Relation{ID: rid, Type: f.Type, From: f.From, To: f.To, Role: f.Role}
			byID[rid] = r
			g.Relations = append(g.Relations, r)
		}
		r.Evidence = append(r.Evidence, rightsgraph.Evidence{Report: id, Quote: f.Quote, Start: start, End: end, Role: f.Role})
		r.Role = cmp.Or(r.Role, f.Role)
	}
	return g
}

// The fixture: two short reports about invented people and organisations.
const (
	textA = "Anna Petrova, head of the Open Rights Centre, raised torture in prisons. Ivan Sidorov is a member of the Open Rights Centre."
	textB = "Anna Petrova, head of the Open Rights Centre, spoke again. The Coast Watch group also raised torture in prisons."
)

func person(id, name string, aliases ...string) *rightsgraph.Entity {
	return &rightsgraph.Entity{ID: id, Kind: rightsgraph.KindPerson, Name: name, Aliases: aliases}
}

func org(id, name string, aliases ...string) *rightsgraph.Entity {
	return &rightsgraph.Entity{ID: id, Kind: rightsgraph.KindOrganisation, Name: name, Aliases: aliases}
}

func issue(id, name string) *rightsgraph.Entity {
	return &rightsgraph.Entity{ID: id, Kind: rightsgraph.KindIssue, Name: name}
}

// ReportA is the first fixture report.
func ReportA(tb testing.TB) *rightsgraph.ReportGraph {
	return Report(tb, "report/a", textA, []*rightsgraph.Entity{
		person("person/anna-petrova", "Anna Petrova", "Anna Ivanovna Petrova", "Anya Petrova"),
		person("person/ivan-sidorov", "Ivan Sidorov"),
		org("organisation/open-rights-centre", "Open Rights Centre", "ORC"),
		issue("issue/torture-in-prisons", "Torture in prisons"),
	},
		Fact{"person/anna-petrova", rightsgraph.RelLeads, "organisation/open-rights-centre", "head", "Anna Petrova, head of the Open Rights Centre"},
		Fact{"person/anna-petrova", rightsgraph.RelRaised, "issue/torture-in-prisons", "", "Anna Petrova, head of the Open Rights Centre, raised torture in prisons"},
		Fact{"organisation/open-rights-centre", rightsgraph.RelRaised, "issue/torture-in-prisons", "", "Anna Petrova, head of the Open Rights Centre, raised torture in prisons"},
		Fact{"person/ivan-sidorov", rightsgraph.RelMemberOf, "organisation/open-rights-centre", "", "Ivan Sidorov is a member of the Open Rights Centre"},
	)
}

// ReportB is the second fixture report: it repeats one fact of ReportA.
func ReportB(tb testing.TB) *rightsgraph.ReportGraph {
	return Report(tb, "report/b", textB, []*rightsgraph.Entity{
		person("person/anna-petrova", "Anna Petrova"),
		org("organisation/open-rights-centre", "Open Rights Centre"),
		org("organisation/coast-watch", "Coast Watch"),
		issue("issue/torture-in-prisons", "Torture in prisons"),
	},
		Fact{"person/anna-petrova", rightsgraph.RelLeads, "organisation/open-rights-centre", "head", "Anna Petrova, head of the Open Rights Centre"},
		Fact{"organisation/coast-watch", rightsgraph.RelRaised, "issue/torture-in-prisons", "", "The Coast Watch group also raised torture in prisons"},
	)
}

// MustLoad loads graphs into s, failing the test on error.
func MustLoad(tb testing.TB, s rightsgraph.Store, gs ...*rightsgraph.ReportGraph) {
	tb.Helper()
	for _, g := range gs {
		if err := s.LoadReport(context.Background(), g); err != nil {
			tb.Fatalf("LoadReport(%s): %v", g.Report.ID, err)
		}
	}
}

// Dump returns every entity and relation of s, in id order: two stores
// with equal dumps hold the same graph.
func Dump(tb testing.TB, s rightsgraph.Store) ([]*rightsgraph.Entity, []*rightsgraph.Relation) {
	tb.Helper()
	ctx := context.Background()
	var es []*rightsgraph.Entity
	var rs []*rightsgraph.Relation
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error { es = append(es, e); return nil }); err != nil {
		tb.Fatal(err)
	}
	if err := s.EachRelation(ctx, func(r *rightsgraph.Relation) error { rs = append(rs, r); return nil }); err != nil {
		tb.Fatal(err)
	}
	return es, rs
}

func assertSameDump(tb testing.TB, s rightsgraph.Store, wantE []*rightsgraph.Entity, wantR []*rightsgraph.Relation) {
	tb.Helper()
	gotE, gotR := Dump(tb, s)
	if !reflect.DeepEqual(gotE, wantE) {
		tb.Errorf("entities changed:\n got %s\nwant %s", describe(gotE), describe(wantE))
	}
	if !reflect.DeepEqual(gotR, wantR) {
		tb.Errorf("relations changed:\n got %s\nwant %s", describe(gotR), describe(wantR))
	}
}

func describe[T any](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&b, "\n  %+v", x)
	}
	return b.String()
}

func assertCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := rightsgraph.ErrorCode(err); got != code {
		tb.Errorf("error %v: code %q, want %q", err, got, code)
	}
}

func relationIDs(rs []*rightsgraph.Relation) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}

func entityIDs(es []*rightsgraph.Entity) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

func testEmptyStore(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	_, err := s.Entity(ctx, "person/nobody")
	assertCode(t, err, rightsgraph.ENOTFOUND)
	st, err := s.Stats(ctx)
	if err != nil || st.Nodes != 0 || st.Relationships != 0 {
		t.Errorf("Stats = %+v, %v; want zero", st, err)
	}
	hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: "anna"})
	if err != nil || len(hits) != 0 {
		t.Errorf("Search = %v, %v; want nothing", hits, err)
	}
}

func testLoadAndLookUp(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	e, err := s.Entity(ctx, "person/anna-petrova")
	if err != nil {
		t.Fatal(err)
	}
	want := &rightsgraph.Entity{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Name: "Anna Petrova",
		Aliases: []string{"Anna Ivanovna Petrova", "Anya Petrova"}, Reports: []string{"report/a"}}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("Entity = %+v, want %+v", e, want)
	}
	r, err := s.Entity(ctx, "report/a")
	if err != nil || r.Text != textA || r.Kind != rightsgraph.KindReport {
		t.Errorf("Entity(report/a) = %+v, %v; want the report with its text", r, err)
	}
	got, err := s.EntitiesByIDs(ctx, []string{"person/anna-petrova", "person/nobody", "issue/torture-in-prisons"})
	if err != nil {
		t.Fatal(err)
	}
	if ids := slices.Sorted(mapsKeys(got)); !slices.Equal(ids, []string{"issue/torture-in-prisons", "person/anna-petrova"}) {
		t.Errorf("EntitiesByIDs found %v, want the two that exist", ids)
	}
	rels, err := s.RelationsByEntityIDs(ctx, []string{"person/anna-petrova"})
	if err != nil {
		t.Fatal(err)
	}
	leads := rels["person/anna-petrova"][0]
	wantLeads := &rightsgraph.Relation{
		ID: "person/anna-petrova|LEADS|organisation/open-rights-centre", Type: rightsgraph.RelLeads,
		From: "person/anna-petrova", To: "organisation/open-rights-centre", Role: "head",
		Evidence: []rightsgraph.Evidence{{Report: "report/a", Quote: "Anna Petrova, head of the Open Rights Centre", Start: 0, End: 44, Role: "head"}},
	}
	if !reflect.DeepEqual(leads, wantLeads) {
		t.Errorf("first relation = %+v, want %+v", leads, wantLeads)
	}
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func testLoadIsIdempotent(t *testing.T, s rightsgraph.Store) {
	rev0, err := s.Revision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	MustLoad(t, s, ReportA(t), ReportB(t))
	if rev1, err := s.Revision(context.Background()); err != nil || rev1 == rev0 {
		t.Errorf("Revision %d after loads, %d before (%v): want a change", rev1, rev0, err)
	}
	es, rs := Dump(t, s)
	MustLoad(t, s, ReportB(t), ReportA(t), ReportB(t))
	assertSameDump(t, s, es, rs)
}

func testReloadReplaces(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	// Report A, corrected: Ivan Sidorov and his membership are gone, and
	// Anna Petrova's leadership is no longer stated by A.
	text := "Anna Petrova raised torture in prisons, said the Open Rights Centre."
	corrected := Report(t, "report/a", text, []*rightsgraph.Entity{
		person("person/anna-petrova", "Anna Petrova"),
		org("organisation/open-rights-centre", "Open Rights Centre"),
		issue("issue/torture-in-prisons", "Torture in prisons"),
	}, Fact{"person/anna-petrova", rightsgraph.RelRaised, "issue/torture-in-prisons", "", "Anna Petrova raised torture in prisons"})
	MustLoad(t, s, corrected)

	_, err := s.Entity(ctx, "person/ivan-sidorov")
	assertCode(t, err, rightsgraph.ENOTFOUND)
	_, rs := Dump(t, s)
	want := []string{
		"organisation/coast-watch|RAISED|issue/torture-in-prisons",
		"person/anna-petrova|LEADS|organisation/open-rights-centre",
		"person/anna-petrova|RAISED|issue/torture-in-prisons",
	}
	if got := relationIDs(rs); !slices.Equal(got, want) {
		t.Errorf("relations after reload = %v, want %v", got, want)
	}
	for _, r := range rs {
		switch r.ID {
		case want[1]: // stated by B only now
			if len(r.Evidence) != 1 || r.Evidence[0].Report != "report/b" {
				t.Errorf("%s evidence = %+v, want B's only", r.ID, r.Evidence)
			}
		case want[2]: // stated anew by A, at new offsets
			if len(r.Evidence) != 1 || r.Evidence[0].Start != 0 || r.Evidence[0].Quote != "Anna Petrova raised torture in prisons" {
				t.Errorf("%s evidence = %+v, want the corrected quote", r.ID, r.Evidence)
			}
		}
	}
	anna, err := s.Entity(ctx, "person/anna-petrova")
	if err != nil {
		t.Fatal(err)
	}
	if len(anna.Aliases) != 0 || !slices.Equal(anna.Reports, []string{"report/a", "report/b"}) {
		t.Errorf("Anna after reload = %+v: want no aliases (no report gives any now), declared by a and b", anna)
	}
	report, _ := s.Entity(ctx, "report/a")
	if report.Text != text {
		t.Errorf("report text not replaced: %q", report.Text)
	}
}

func testEvidenceFromTwoReports(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	rels, err := s.RelationsByEntityIDs(ctx, []string{"organisation/open-rights-centre"})
	if err != nil {
		t.Fatal(err)
	}
	var leads *rightsgraph.Relation
	for _, r := range rels["organisation/open-rights-centre"] {
		if r.Type == rightsgraph.RelLeads {
			leads = r
		}
	}
	if leads == nil || len(leads.Evidence) != 2 || leads.Evidence[0].Report != "report/a" || leads.Evidence[1].Report != "report/b" {
		t.Fatalf("LEADS = %+v, want one relation with evidence from a and b", leads)
	}
	anna, _ := s.Entity(ctx, "person/anna-petrova")
	if !slices.Equal(anna.Reports, []string{"report/a", "report/b"}) {
		t.Errorf("Anna declared by %v, want both reports", anna.Reports)
	}
	// B loaded last gives no aliases, but A's stay: aliases are the union.
	if !slices.Equal(anna.Aliases, []string{"Anna Ivanovna Petrova", "Anya Petrova"}) {
		t.Errorf("Anna's aliases = %v, want A's", anna.Aliases)
	}
}

func testRoleFollowsEvidence(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	leads := func() *rightsgraph.Relation {
		t.Helper()
		rels, err := s.RelationsByEntityIDs(ctx, []string{"person/anna-petrova"})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rels["person/anna-petrova"] {
			if r.Type == rightsgraph.RelLeads {
				return r
			}
		}
		t.Fatal("no LEADS relation")
		return nil
	}
	// B states the leadership without a role: A's role stays, whatever the order.
	withoutRole := ReportB(t)
	withoutRole.Relations[0].Evidence[0].Role = ""
	withoutRole.Relations[0].Role = ""
	MustLoad(t, s, ReportA(t), withoutRole)
	if r := leads(); r.Role != "head" {
		t.Errorf("role after A then B = %q, want head", r.Role)
	}
	// A, corrected, no longer gives the role: it is gone.
	noRole := ReportA(t)
	noRole.Relations[0].Evidence[0].Role = ""
	noRole.Relations[0].Role = ""
	MustLoad(t, s, noRole)
	if r := leads(); r.Role != "" || len(r.Evidence) != 2 {
		t.Errorf("after A without role: role %q with %d pieces of evidence, want none with 2", r.Role, len(r.Evidence))
	}
}

func testInvalidGraphChangesNothing(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	es, rs := Dump(t, s)
	bad := []struct {
		name   string
		break_ func(g *rightsgraph.ReportGraph)
	}{
		{"quote not at its offsets", func(g *rightsgraph.ReportGraph) { g.Relations[0].Evidence[0].Start++ }},
		{"unknown entity", func(g *rightsgraph.ReportGraph) {
			g.Relations[0].To = "organisation/nowhere"
			g.Relations[0].ID = rightsgraph.RelationID(g.Relations[0].From, g.Relations[0].Type, "organisation/nowhere")
		}},
		{"wrong kinds", func(g *rightsgraph.ReportGraph) {
			r := g.Relations[0]
			r.From, r.To = r.To, r.From
			r.ID = rightsgraph.RelationID(r.From, r.Type, r.To)
		}},
		{"duplicate entity", func(g *rightsgraph.ReportGraph) { g.Entities = append(g.Entities, g.Entities[0]) }},
		{"no evidence", func(g *rightsgraph.ReportGraph) { g.Relations[0].Evidence = nil }},
		{"evidence of another report", func(g *rightsgraph.ReportGraph) { g.Relations[0].Evidence[0].Report = "report/b" }},
		{"bad entity id", func(g *rightsgraph.ReportGraph) { g.Entities[0].ID = "Anna Petrova" }},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			g := ReportA(t)
			g.Report.Text += " More text."
			tt.break_(g)
			assertCode(t, s.LoadReport(ctx, g), rightsgraph.EINVALID)
			assertSameDump(t, s, es, rs)
		})
	}
}

func testRelationsByEntityIDs(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	got, err := s.RelationsByEntityIDs(ctx, []string{"organisation/open-rights-centre", "issue/torture-in-prisons", "person/nobody"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"organisation/open-rights-centre": {
			"person/anna-petrova|LEADS|organisation/open-rights-centre",
			"person/ivan-sidorov|MEMBER_OF|organisation/open-rights-centre",
			"organisation/open-rights-centre|RAISED|issue/torture-in-prisons",
		},
		"issue/torture-in-prisons": {
			"organisation/coast-watch|RAISED|issue/torture-in-prisons",
			"organisation/open-rights-centre|RAISED|issue/torture-in-prisons",
			"person/anna-petrova|RAISED|issue/torture-in-prisons",
		},
	}
	for id, wantIDs := range want {
		if ids := relationIDs(got[id]); !slices.Equal(ids, wantIDs) {
			t.Errorf("relations of %s = %v, want %v (by type, then other end)", id, ids, wantIDs)
		}
	}
	if len(got["person/nobody"]) != 0 {
		t.Errorf("relations of an unknown id = %v, want none", got["person/nobody"])
	}
}

func testSearch(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	tests := []struct {
		name  string
		q     rightsgraph.SearchQuery
		top   string
		score float64
		count int // -1: any
	}{
		{"exact name", rightsgraph.SearchQuery{Text: "anna petrova"}, "person/anna-petrova", rightsgraph.ScoreExact, -1},
		{"alias", rightsgraph.SearchQuery{Text: "ORC"}, "organisation/open-rights-centre", rightsgraph.ScoreExact, -1},
		{"patronymic", rightsgraph.SearchQuery{Text: "Anna Ivanovna Petrova"}, "person/anna-petrova", rightsgraph.ScoreExact, -1},
		{"typo", rightsgraph.SearchQuery{Text: "Ana Petrowa"}, "person/anna-petrova", 0, -1},
		{"word", rightsgraph.SearchQuery{Text: "Sidorov"}, "person/ivan-sidorov", rightsgraph.ScoreWords, 1},
		{"kinds", rightsgraph.SearchQuery{Text: "open rights", Kinds: []rightsgraph.Kind{rightsgraph.KindIssue}}, "", 0, 0},
		{"first", rightsgraph.SearchQuery{Text: "o", First: 1}, "", 0, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if tt.count >= 0 && len(hits) != tt.count {
				t.Errorf("%d hits, want %d: %v", len(hits), tt.count, hits)
			}
			if tt.q.First > 0 && len(hits) > tt.q.First {
				t.Errorf("%d hits, want at most %d", len(hits), tt.q.First)
			}
			if tt.top == "" {
				return
			}
			if len(hits) == 0 || hits[0].Entity.ID != tt.top {
				t.Fatalf("hits = %v, want %s first", hits, tt.top)
			}
			if tt.score > 0 && hits[0].Score != tt.score {
				t.Errorf("score %v, want %v", hits[0].Score, tt.score)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("hits not ranked best first: %v", hits)
				}
			}
		})
	}
	t.Run("ranks exact over prefix over fuzzy", func(t *testing.T) {
		hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: "Open Rights Centre"})
		if err != nil || len(hits) == 0 || hits[0].Entity.ID != "organisation/open-rights-centre" || hits[0].Score != rightsgraph.ScoreExact {
			t.Errorf("hits = %v, %v", hits, err)
		}
	})
	t.Run("negative first", func(t *testing.T) {
		_, err := s.Search(ctx, rightsgraph.SearchQuery{Text: "anna", First: -1})
		assertCode(t, err, rightsgraph.EINVALID)
	})
}

func testListEntities(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	tests := []struct {
		name string
		q    rightsgraph.EntityQuery
		want []string
	}{
		{"kind by name", rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}},
			[]string{"person/anna-petrova", "person/ivan-sidorov"}},
		{"two kinds by id desc", rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{rightsgraph.KindOrganisation, rightsgraph.KindIssue}, Order: rightsgraph.OrderByID, Desc: true},
			[]string{"organisation/open-rights-centre", "organisation/coast-watch", "issue/torture-in-prisons"}},
		{"name contains matches aliases", rightsgraph.EntityQuery{NameContains: "ivanovna"}, []string{"person/anna-petrova"}},
		{"declared by a report", rightsgraph.EntityQuery{Report: "report/b", Kinds: []rightsgraph.Kind{rightsgraph.KindOrganisation}},
			[]string{"organisation/coast-watch", "organisation/open-rights-centre"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.ListEntities(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := entityIDs(page.Entities); !slices.Equal(got, tt.want) || page.Total != len(tt.want) {
				t.Errorf("ListEntities = %v (total %d), want %v", got, page.Total, tt.want)
			}
		})
	}
	for _, q := range []rightsgraph.EntityQuery{
		{First: -1}, {First: 1, Last: 1}, {After: "not-a-cursor"}, {Kinds: []rightsgraph.Kind{"ROBOT"}},
	} {
		_, err := s.ListEntities(ctx, q)
		assertCode(t, err, rightsgraph.EINVALID)
	}
}

func testPagination(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	all, err := s.ListEntities(ctx, rightsgraph.EntityQuery{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	want := entityIDs(all.Entities)
	if len(want) != 7 {
		t.Fatalf("%d entities, want 7: %v", len(want), want)
	}
	// Forwards, two at a time.
	var got []string
	q := rightsgraph.EntityQuery{First: 2}
	for {
		page, err := s.ListEntities(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, entityIDs(page.Entities)...)
		if page.Total != len(want) {
			t.Errorf("total %d, want %d", page.Total, len(want))
		}
		if !page.HasNextPage {
			break
		}
		q.After = page.Cursors[len(page.Cursors)-1]
	}
	if !slices.Equal(got, want) {
		t.Errorf("forwards: %v, want %v", got, want)
	}
	// Backwards, three at a time.
	got = nil
	q = rightsgraph.EntityQuery{Last: 3}
	for {
		page, err := s.ListEntities(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(entityIDs(page.Entities), got...)
		if !page.HasPreviousPage {
			break
		}
		q.Before = page.Cursors[0]
	}
	if !slices.Equal(got, want) {
		t.Errorf("backwards: %v, want %v", got, want)
	}
}

// testPageWithoutExtras checks that a page asked without its total, its
// previous-page flag and its cursors holds the entities, next-page flag
// and surroundings of the whole page, on every kind of cursor.
func testPageWithoutExtras(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	all, err := s.ListEntities(ctx, rightsgraph.EntityQuery{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	last := all.Cursors[len(all.Cursors)-1]
	lists := []rightsgraph.EntityQuery{{First: 2}, {Last: 2}, {NameContains: "watch"}}
	for _, c := range all.Cursors {
		lists = append(lists,
			rightsgraph.EntityQuery{First: 2, After: c},
			rightsgraph.EntityQuery{First: 2, After: c, Order: rightsgraph.OrderByID, Desc: true},
			rightsgraph.EntityQuery{Last: 2, Before: c},
			rightsgraph.EntityQuery{First: 3, After: c, Before: last},
			rightsgraph.EntityQuery{Last: 1, After: all.Cursors[0], Before: c})
	}
	for _, around := range []*rightsgraph.AroundQuery{nil, {Depth: 1}} {
		for _, q := range lists {
			q.Around = around
			want, err := s.ListEntities(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			bare := q
			bare.NoTotal, bare.NoPrevious, bare.NoCursors = true, true, true
			got, err := s.ListEntities(ctx, bare)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(entityIDs(got.Entities), entityIDs(want.Entities)) || got.HasNextPage != want.HasNextPage ||
				!reflect.DeepEqual(got.Around, want.Around) {
				t.Errorf("ListEntities(%+v) = %v (next %v), want %v (next %v)",
					bare, entityIDs(got.Entities), got.HasNextPage, entityIDs(want.Entities), want.HasNextPage)
			}
		}
	}
}

func testStats(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, ReportA(t), ReportB(t))
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := &rightsgraph.Stats{
		Nodes: 7, Relationships: 5, Evidence: 6,
		NodesByKind: map[rightsgraph.Kind]int{rightsgraph.KindPerson: 2, rightsgraph.KindOrganisation: 2, rightsgraph.KindIssue: 1, rightsgraph.KindReport: 2},
		RelsByType:  map[rightsgraph.RelType]int{rightsgraph.RelLeads: 1, rightsgraph.RelRaised: 3, rightsgraph.RelMemberOf: 1},
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func testReturnsCopies(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	e, _ := s.Entity(ctx, "person/anna-petrova")
	e.Name, e.Aliases[0] = "changed", "changed"
	rels, _ := s.RelationsByEntityIDs(ctx, []string{"person/anna-petrova"})
	rels["person/anna-petrova"][0].Evidence[0].Quote = "changed"
	again, _ := s.Entity(ctx, "person/anna-petrova")
	relsAgain, _ := s.RelationsByEntityIDs(ctx, []string{"person/anna-petrova"})
	if again.Name != "Anna Petrova" || again.Aliases[0] != "Anna Ivanovna Petrova" || relsAgain["person/anna-petrova"][0].Evidence[0].Quote == "changed" {
		t.Errorf("a caller's change reached the store")
	}
}

func testConcurrent(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				if i%2 == 0 {
					if err := s.LoadReport(ctx, ReportB(t)); err != nil {
						t.Error(err)
					}
				} else {
					if _, err := s.Search(ctx, rightsgraph.SearchQuery{Text: "anna"}); err != nil {
						t.Error(err)
					}
					if _, err := s.RelationsByEntityIDs(ctx, []string{"organisation/open-rights-centre"}); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	st, err := s.Stats(ctx)
	if err != nil || st.Nodes != 7 {
		t.Errorf("after concurrent loads: %+v, %v; want 7 nodes", st, err)
	}
}

func testTokens(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	created := time.Date(2026, 11, 27, 1, 2, 3, 0, time.UTC)
	_, hash := rightsgraph.NewSecret()
	tok := rightsgraph.Token{Name: "ngo-editor", Role: rightsgraph.RoleEditor, Hash: hash, CreatedAt: created}
	if err := s.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	_, other := rightsgraph.NewSecret()
	assertCode(t, s.CreateToken(ctx, rightsgraph.Token{Name: "ngo-editor", Role: rightsgraph.RoleReader, Hash: other, CreatedAt: created}), rightsgraph.ECONFLICT)
	assertCode(t, s.CreateToken(ctx, rightsgraph.Token{Name: "bad name!", Role: rightsgraph.RoleReader, Hash: other}), rightsgraph.EINVALID)
	assertCode(t, s.CreateToken(ctx, rightsgraph.Token{Name: "x", Role: "god", Hash: other}), rightsgraph.EINVALID)

	got, err := s.TokenByHash(ctx, hash)
	if err != nil || got.Name != "ngo-editor" || got.Role != rightsgraph.RoleEditor || !got.CreatedAt.Equal(created) || got.Revoked() {
		t.Fatalf("TokenByHash = %+v, %v", got, err)
	}
	_, err = s.TokenByHash(ctx, other)
	assertCode(t, err, rightsgraph.ENOTFOUND)

	revoked := created.Add(time.Hour)
	if err := s.RevokeToken(ctx, "ngo-editor", revoked); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeToken(ctx, "ngo-editor", revoked.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	assertCode(t, s.RevokeToken(ctx, "nobody", revoked), rightsgraph.ENOTFOUND)
	list, err := s.Tokens(ctx)
	if err != nil || len(list) != 1 || !list[0].RevokedAt.Equal(revoked) {
		t.Errorf("Tokens = %+v, %v; want the one token, revoked at the first revocation", list, err)
	}
	// Tokens are not part of the graph.
	if st, _ := s.Stats(ctx); st.Nodes != 0 {
		t.Errorf("tokens show in the graph's stats: %+v", st)
	}
}
