package storetest

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/seed"
)

// The restricted person of the privacy tests: a name found nowhere else.
const (
	secretName    = "Zhanybek Quorvasov"
	secretSurname = "Quorvasov"
	secretID      = "person/zhanybek-quorvasov"
)

// privacyText is a public report that names the restricted person beside
// public facts, so that quotes and the text itself carry the name.
const privacyText = `Round table in Bishkek
Anna Temirova, director of the Steppe Rights Centre, opened the round table. ` +
	`Zhanybek Quorvasov, a lawyer at the Steppe Rights Centre and at the Valley Watch, spoke of torture in custody. ` +
	`The Valley Watch and the Steppe Rights Centre both raised torture in custody. ` +
	`Quorvasov also works for the Open Archive, which Dmitri Lenz heads.`

const privacyAnnotation = `report:
  id: report/bishkek-round-table
  title: Round table in Bishkek
entities:
  - {id: person/anna-temirova, kind: PERSON, name: Anna Temirova}
  - {id: ` + secretID + `, kind: PERSON, name: ` + secretName + `, aliases: [` + secretSurname + `], visibility: restricted}
  - {id: person/dmitri-lenz, kind: PERSON, name: Dmitri Lenz}
  - {id: organisation/steppe-rights-centre, kind: ORGANISATION, name: Steppe Rights Centre}
  - {id: organisation/valley-watch, kind: ORGANISATION, name: Valley Watch}
  - {id: organisation/open-archive, kind: ORGANISATION, name: Open Archive}
  - {id: issue/torture-in-custody, kind: ISSUE, name: torture in custody}
relations:
  - {type: LEADS, from: person/anna-temirova, to: organisation/steppe-rights-centre, role: director, quote: "Anna Temirova, director of the Steppe Rights Centre"}
  - {type: MEMBER_OF, from: ` + secretID + `, to: organisation/steppe-rights-centre, role: lawyer, quote: "Zhanybek Quorvasov, a lawyer at the Steppe Rights Centre"}
  - {type: MEMBER_OF, from: ` + secretID + `, to: organisation/valley-watch, role: lawyer, quote: "Zhanybek Quorvasov, a lawyer at the Steppe Rights Centre and at the Valley Watch"}
  - {type: MEMBER_OF, from: ` + secretID + `, to: organisation/open-archive, quote: "Quorvasov also works for the Open Archive"}
  - {type: RAISED, from: ` + secretID + `, to: issue/torture-in-custody, quote: "Zhanybek Quorvasov, a lawyer at the Steppe Rights Centre and at the Valley Watch, spoke of torture in custody."}
  - {type: RAISED, from: organisation/valley-watch, to: issue/torture-in-custody, quote: "The Valley Watch and the Steppe Rights Centre both raised torture in custody."}
  - {type: RAISED, from: organisation/steppe-rights-centre, to: issue/torture-in-custody, quote: "The Valley Watch and the Steppe Rights Centre both raised torture in custody."}
  - {type: RAISED, from: organisation/steppe-rights-centre, to: issue/torture-in-custody, quote: "Zhanybek Quorvasov, a lawyer at the Steppe Rights Centre and at the Valley Watch, spoke of torture in custody."}
  - {type: LEADS, from: person/dmitri-lenz, to: organisation/open-archive, quote: "the Open Archive, which Dmitri Lenz heads", visibility: restricted}
`

// A restricted report: its text, and every fact only it states, stay
// hidden.
const secretReportText = `Notes of a closed meeting
Dmitri Lenz met the Kestrel Group, whose coordinator is Ilona Varga.`

const secretReportAnnotation = `report:
  id: report/closed-meeting-notes
  title: Notes of a closed meeting
  visibility: restricted
entities:
  - {id: person/dmitri-lenz, kind: PERSON, name: Dmitri Lenz}
  - {id: person/ilona-varga, kind: PERSON, name: Ilona Varga}
  - {id: organisation/kestrel-group, kind: ORGANISATION, name: Kestrel Group}
relations:
  - {type: LEADS, from: person/ilona-varga, to: organisation/kestrel-group, role: coordinator, quote: "the Kestrel Group, whose coordinator is Ilona Varga"}
`

// system is the command line's context: an admin, who sees everything.
var system = rightsgraph.AsSystem(context.Background())

// LoadRestrictedGraph loads, as the system, a public report naming a
// restricted person and a restricted relation, and a restricted report,
// into s; it returns s guarded. RestrictedSecrets lists what of them no
// request without clearance may ever read.
func LoadRestrictedGraph(t *testing.T, s rightsgraph.Store) rightsgraph.Store {
	t.Helper()
	g := rightsgraph.Guard(s)
	for _, in := range []seed.ReportInput{
		{Text: privacyText, Annotation: []byte(privacyAnnotation)},
		{Text: secretReportText, Annotation: []byte(secretReportAnnotation)},
	} {
		rg, problems := seed.ParseReport(in)
		if problems != nil {
			t.Fatalf("annotation: %v", problems)
		}
		if err := g.LoadReport(system, rg); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// RestrictedSecrets are what no request without clearance may ever read.
var RestrictedSecrets = []string{secretSurname, "quorvasov", "Kestrel", "kestrel", "Ilona", "ilona-varga", "closed meeting", "closed-meeting"}

// leaks returns the RestrictedSecrets found in what a request read.
func leaks(what any) []string {
	b, err := json.Marshal(what)
	if err != nil {
		panic(err)
	}
	var found []string
	for _, s := range RestrictedSecrets {
		if bytes.Contains(b, []byte(s)) {
			found = append(found, s)
		}
	}
	return found
}

// readEverything reads all a request can reach through the store, the
// analysis and the exports, as one value to search for RestrictedSecrets.
func readEverything(t *testing.T, ctx context.Context, s rightsgraph.Store) map[string]any {
	t.Helper()
	got := map[string]any{}
	must := func(name string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name] = v
	}
	var all []*rightsgraph.Entity
	err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error { all = append(all, e); return nil })
	must("EachEntity", all, err)
	var ids []string
	for _, e := range all {
		ids = append(ids, e.ID)
		one, err := s.Entity(ctx, e.ID)
		must("Entity "+e.ID, one, err)
	}
	var rels []*rightsgraph.Relation
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error { rels = append(rels, r); return nil })
	must("EachRelation", rels, err)
	byID, err := s.RelationsByEntityIDs(ctx, append(ids, secretID, "person/ilona-varga"))
	must("RelationsByEntityIDs", byID, err)
	es, err := s.EntitiesByIDs(ctx, append(ids, secretID, "person/ilona-varga", "report/closed-meeting-notes"))
	must("EntitiesByIDs", es, err)
	page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{First: 100})
	must("ListEntities", page, err)
	for depth := 1; depth <= rightsgraph.MaxAroundDepth; depth++ {
		asked := append(slices.Clone(ids), secretID, "person/ilona-varga", "report/closed-meeting-notes")
		a, err := s.Around(ctx, rightsgraph.AroundQuery{IDs: asked, Depth: depth})
		must(fmt.Sprintf("Around %d", depth), a, err)
		a, err = s.Around(ctx, rightsgraph.AroundQuery{IDs: []string{"organisation/open-archive"}, Depth: depth,
			Types: []rightsgraph.RelType{rightsgraph.RelLeads, rightsgraph.RelMemberOf}})
		must(fmt.Sprintf("Around typed %d", depth), a, err)
		a, err = s.Around(ctx, rightsgraph.AroundQuery{IDs: asked, Depth: depth, Lean: true})
		must(fmt.Sprintf("Around lean %d", depth), a, err)
	}
	for _, sel := range [][]rightsgraph.RelSelect{
		{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirIn}},
		{{Dir: rightsgraph.DirIn}}, {{Dir: rightsgraph.DirOut}}, {{Type: rightsgraph.RelRaised, Dir: rightsgraph.DirBoth}},
	} {
		asked := append(slices.Clone(ids), secretID, "person/ilona-varga", "report/closed-meeting-notes")
		a, err := s.Around(ctx, rightsgraph.AroundQuery{IDs: asked, Depth: 1, Select: sel})
		must(fmt.Sprintf("Around select %v", sel), a, err)
		a, err = s.Around(ctx, rightsgraph.AroundQuery{IDs: asked, Depth: 1, Select: sel, Lean: true})
		must(fmt.Sprintf("Around lean select %v", sel), a, err)
	}
	for _, q := range []string{secretName, secretSurname, "Kestrel", "Ilona Varga", "closed meeting", "Квор"} {
		hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q, First: 100})
		must("Search "+q, hits, err)
	}
	st, err := s.Stats(ctx)
	must("Stats", st, err)
	snap, err := s.Snapshot(ctx)
	must("Snapshot", snap, err)
	res, err := analysis.Analyze(ctx, s)
	must("Analyze", map[string]any{"scores": res.Scores, "communities": res.Communities, "links": res.Links}, err)
	for _, id := range ids {
		n, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: id, Depth: 2, Limit: analysis.MaxLimit})
		must("Neighbourhood "+id, n, err)
	}
	al, err := analysis.Alliances(ctx, s, "organisation/steppe-rights-centre", analysis.MaxFirst)
	must("Alliances", al, err)
	for name, write := range export.Formats {
		var b bytes.Buffer
		src, err := export.Consistent(ctx, s)
		if err == nil {
			err = write(ctx, &b, src)
		}
		must("export "+name, b.String(), err)
		n, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: "organisation/valley-watch", Depth: 2, Limit: analysis.MaxLimit})
		if err == nil {
			b.Reset()
			err = write(ctx, &b, n)
		}
		must("export around "+name, b.String(), err)
	}
	var nodes, edges bytes.Buffer
	err = export.CSV(ctx, &nodes, &edges, s)
	must("export csv", nodes.String()+edges.String(), err)
	return got
}

// testRestrictedNeverLeaks reads everything a request without clearance
// can reach and finds no restricted name, while a cleared one finds it.
func testRestrictedNeverLeaks(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	reader := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "reader", Role: rightsgraph.RoleReader})
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "editor", Role: rightsgraph.RoleEditor})
	for name, ctx := range map[string]context.Context{"anonymous": context.Background(), "reader": reader, "editor": editor} {
		for what, v := range readEverything(t, ctx, s) {
			if found := leaks(v); len(found) > 0 {
				t.Errorf("%s read %v in %s", name, found, what)
			}
		}
		// Around hides and masks as the reads it stands for.
		for _, q := range []rightsgraph.AroundQuery{
			{IDs: []string{"organisation/steppe-rights-centre"}, Depth: 1},
			{IDs: []string{"organisation/valley-watch", "person/dmitri-lenz"}, Depth: 2},
			{IDs: []string{"issue/torture-in-custody", secretID, "person/ilona-varga"}, Depth: 3},
			{IDs: []string{"organisation/valley-watch", secretID, "person/ilona-varga"}, Depth: 2, Lean: true},
		} {
			a := CheckAround(t, ctx, s, q)
			if a.Entities[secretID] != nil || a.Relations[secretID] != nil || a.Relations["person/ilona-varga"] != nil {
				t.Errorf("%s: Around(%+v) serves a hidden entity or its relations", name, q)
			}
		}
		// A restricted entity reads as an unknown id, word for word.
		_, hidden := s.Entity(ctx, secretID)
		_, unknown := s.Entity(ctx, "person/nobody-at-all")
		if rightsgraph.ErrorCode(hidden) != rightsgraph.ENOTFOUND ||
			strings.ReplaceAll(hidden.Error(), secretID, "X") != strings.ReplaceAll(unknown.Error(), "person/nobody-at-all", "X") {
			t.Errorf("%s: restricted entity gives %v; an unknown one %v", name, hidden, unknown)
		}
	}
	cleared := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "cleared", Role: rightsgraph.RoleReader, Cleared: true})
	for name, ctx := range map[string]context.Context{"cleared": cleared, "admin": system} {
		var values []any
		for _, v := range readEverything(t, ctx, s) {
			values = append(values, v)
		}
		found := leaks(values)
		if len(found) != len(RestrictedSecrets) {
			t.Errorf("%s found only %v of %v", name, found, RestrictedSecrets)
		}
	}
}

// testRestrictedCounts checks what totals, search and stats say without
// clearance, that masked texts keep their length, and that a path and an
// alliance reason through the restricted person are gone.
func testRestrictedCounts(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	ctx := context.Background()
	all, err := s.Stats(system)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Hidden: the person, the secret report, Ilona Varga and the Kestrel
	// Group (declared only by it); relations: the person's four, the
	// restricted LEADS, the secret report's LEADS.
	if all.Nodes-pub.Nodes != 4 || all.Relationships-pub.Relationships != 6 || pub.NodesByKind[rightsgraph.KindPerson] != 2 {
		t.Errorf("stats: all %+v, public %+v", all, pub)
	}
	page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}, First: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 || len(page.Entities) != 1 || !page.HasNextPage {
		t.Fatalf("first person page: %+v", page)
	}
	next, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}, First: 1, After: page.Cursors[0]})
	if err != nil {
		t.Fatal(err)
	}
	if len(next.Entities) != 1 || next.HasNextPage || !next.HasPreviousPage || next.Entities[0].ID != "person/dmitri-lenz" {
		t.Errorf("second person page: %+v", next)
	}

	// Search weighs only what the request may see.
	for _, c := range []struct {
		ctx                 context.Context
		relations, evidence int
	}{{system, 3, 4}, {ctx, 2, 3}} {
		hits, err := s.Search(c.ctx, rightsgraph.SearchQuery{Text: "Steppe Rights Centre", First: 1})
		if err != nil || len(hits) != 1 || hits[0].Relations != c.relations || hits[0].Evidence != c.evidence {
			t.Errorf("search hit: %+v, %v; want %d relations, %d pieces of evidence", hits, err, c.relations, c.evidence)
		}
	}

	// Masked texts keep their length, and "show in report" still marks
	// the same span.
	report, err := s.Entity(ctx, "report/bishkek-round-table")
	if err != nil {
		t.Fatal(err)
	}
	if utf8.RuneCountInString(report.Text) != utf8.RuneCountInString(privacyText) || !strings.Contains(report.Text, "██████████████████, a lawyer") || !strings.Contains(report.Text, " █████████ also") {
		t.Errorf("masked text:\n%s", report.Text)
	}
	rels, err := s.RelationsByEntityIDs(ctx, []string{"organisation/steppe-rights-centre"})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(report.Text)
	pieces := 0
	for _, r := range rels["organisation/steppe-rights-centre"] {
		for _, ev := range r.Evidence {
			pieces++
			if string(text[ev.Start:ev.End]) != ev.Quote {
				t.Errorf("%s: quote %q is not the text's %q", r.ID, ev.Quote, string(text[ev.Start:ev.End]))
			}
		}
	}
	if pieces != 3 { // LEADS, and RAISED twice; the person's MEMBER_OF is gone
		t.Errorf("%d pieces of evidence, want 3: %+v", pieces, rels)
	}

	// A path between the two organisations ran only through the person.
	q := analysis.PathQuery{From: "organisation/open-archive", To: "organisation/valley-watch", MaxDepth: 4, First: 5}
	if paths, err := analysis.ShortestPaths(system, s, q); err != nil || len(paths) == 0 {
		t.Errorf("cleared paths: %v, %v", paths, err)
	}
	if paths, err := analysis.ShortestPaths(ctx, s, q); err != nil || len(paths) != 0 {
		t.Errorf("public paths: %+v, %v", paths, err)
	}

	// The alliance of the Centre and the Watch loses its shared member.
	weight := func(ctx context.Context) float64 {
		al, err := analysis.Alliances(ctx, s, "organisation/steppe-rights-centre", analysis.MaxFirst)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range al {
			if a.Organisation.ID == "organisation/valley-watch" {
				for _, r := range a.Reasons {
					if r.Via != nil && r.Via.ID == secretID && ctx != system {
						t.Errorf("public reason through the person: %+v", r)
					}
				}
				return a.Weight
			}
		}
		return 0
	}
	full, public := weight(system), weight(ctx)
	if public <= 0 || public >= full {
		t.Errorf("alliance weight: cleared %v, public %v", full, public)
	}
}

// testSetVisibility restricts and lifts as editors may, audited.
func testSetVisibility(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "editor", Role: rightsgraph.RoleEditor})
	clearedEditor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "cleared", Role: rightsgraph.RoleEditor, Cleared: true})
	if _, err := rightsgraph.SetVisibility(editor, s, "person/anna-temirova", rightsgraph.VisibilityRestricted); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity(editor, "person/anna-temirova"); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
		t.Errorf("restricted by an editor, still read: %v", err)
	}
	// Around takes its view from the revision it reads with the data:
	// the change shows at once, as the first read of a request too.
	around := rightsgraph.AroundQuery{IDs: []string{"person/anna-temirova", "organisation/steppe-rights-centre"}, Depth: 2}
	for name, ctx := range map[string]context.Context{"alone": editor, "first of a request": rightsgraph.WithRequestView(editor)} {
		a := CheckAround(t, ctx, s, around)
		if a.Entities["person/anna-temirova"] != nil || a.Relations["person/anna-temirova"] != nil ||
			slices.ContainsFunc(a.Relations["organisation/steppe-rights-centre"], func(r *rightsgraph.Relation) bool { return r.From == "person/anna-temirova" }) {
			t.Errorf("%s: restricted by an editor, still read through Around: %v", name, a.Relations["organisation/steppe-rights-centre"])
		}
	}
	if _, err := rightsgraph.SetVisibility(editor, s, "person/anna-temirova", rightsgraph.VisibilityPublic); rightsgraph.ErrorCode(err) != rightsgraph.EFORBIDDEN {
		t.Errorf("an editor without clearance made public: %v", err)
	}
	if _, err := rightsgraph.SetVisibility(editor, s, secretID, rightsgraph.VisibilityPublic); rightsgraph.ErrorCode(err) != rightsgraph.EFORBIDDEN {
		t.Errorf("an editor without clearance made public: %v", err)
	}
	if _, err := rightsgraph.SetVisibility(editor, s, secretID, rightsgraph.VisibilityRestricted); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
		t.Errorf("an editor without clearance touched a restricted entity: %v", err)
	}
	if _, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{ID: secretID, Kind: rightsgraph.KindPerson, Name: "X"}); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
		t.Errorf("an editor without clearance edited a restricted entity: %v", err)
	}
	// A description that names the restricted person is shown masked: an
	// editor without clearance may not write the mask back over it.
	desc := "Works with Zhanybek Quorvasov on custody cases."
	if _, err := rightsgraph.UpsertEntity(system, s, rightsgraph.EntityInput{ID: "person/dmitri-lenz", Kind: rightsgraph.KindPerson, Description: &desc}); err != nil {
		t.Fatal(err)
	}
	shown, err := s.Entity(editor, "person/dmitri-lenz")
	if err != nil || strings.Contains(shown.Description, secretSurname) || utf8.RuneCountInString(shown.Description) != utf8.RuneCountInString(desc) {
		t.Fatalf("description shown: %+v, %v", shown, err)
	}
	if _, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{ID: "person/dmitri-lenz", Kind: rightsgraph.KindPerson, Description: &shown.Description}); rightsgraph.ErrorCode(err) != rightsgraph.EFORBIDDEN {
		t.Errorf("an editor without clearance wrote a masked description back: %v", err)
	}
	if _, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{ID: "person/dmitri-lenz", Kind: rightsgraph.KindPerson, Aliases: []string{"D. Lenz"}}); err != nil {
		t.Errorf("an editor without clearance could not add an alias: %v", err)
	}
	if e, _ := s.Entity(system, "person/dmitri-lenz"); e == nil || e.Description != desc {
		t.Errorf("description now: %+v", e)
	}
	if _, err := rightsgraph.SetVisibility(clearedEditor, s, "person/anna-temirova", rightsgraph.VisibilityPublic); err != nil {
		t.Fatal(err)
	}
	e, err := s.Entity(editor, "person/anna-temirova")
	if err != nil || e.Visibility.Restricted() {
		t.Fatalf("made public: %+v, %v", e, err)
	}
	for name, ctx := range map[string]context.Context{"alone": editor, "first of a request": rightsgraph.WithRequestView(editor)} {
		if a := CheckAround(t, ctx, s, around); a.Entities["person/anna-temirova"] == nil {
			t.Errorf("%s: made public, not read through Around", name)
		}
	}
	// A relation, and a reload that keeps the editor's word.
	rel := "person/anna-temirova|LEADS|organisation/steppe-rights-centre"
	if _, err := rightsgraph.SetVisibility(editor, s, rel, rightsgraph.VisibilityRestricted); err != nil {
		t.Fatal(err)
	}
	rg, _ := seed.ParseReport(seed.ReportInput{Text: privacyText, Annotation: []byte(privacyAnnotation)})
	if err := s.LoadReport(system, rg); err != nil {
		t.Fatal(err)
	}
	rels, err := s.RelationsByEntityIDs(editor, []string{"person/anna-temirova"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels["person/anna-temirova"]) != 0 {
		t.Errorf("restricted relation read after a reload: %+v", rels)
	}
	log, err := s.AuditLog(system, rightsgraph.AuditQuery{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range log.Entries {
		if e.Action == "setVisibility" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d setVisibility entries in the audit log, want 3", n)
	}
}

// A restricted memo that states, alone, a relation between two public
// entities, and adds a piece of evidence to a relation public reports
// state.
const (
	memoText = `Memo on the Valley Watch
Dmitri Lenz is a member of the Valley Watch. The Steppe Rights Centre raised torture in custody again.`
	memoAnnotation = `report:
  id: report/valley-memo
  title: Memo on the Valley Watch
  visibility: restricted
entities:
  - {id: person/dmitri-lenz, kind: PERSON, name: Dmitri Lenz}
  - {id: organisation/valley-watch, kind: ORGANISATION, name: Valley Watch}
  - {id: organisation/steppe-rights-centre, kind: ORGANISATION, name: Steppe Rights Centre}
  - {id: issue/torture-in-custody, kind: ISSUE, name: torture in custody}
relations:
  - {type: MEMBER_OF, from: person/dmitri-lenz, to: organisation/valley-watch, quote: "Dmitri Lenz is a member of the Valley Watch"}
  - {type: RAISED, from: organisation/steppe-rights-centre, to: issue/torture-in-custody, quote: "The Steppe Rights Centre raised torture in custody again"}
`
)

// testRestrictedEvidenceInLeanReads checks that the reads that leave out
// the quotes, offsets and roles of evidence (Around with Lean or
// LeanRelations, and a page read with such an Around) hide, from a request
// without clearance, a relation between public entities whose every piece
// of evidence comes from a restricted report, and serve one with public
// evidence besides without the restricted report: as the whole reads do,
// whether the read is the first of its request (its view then comes from
// the revision read with the data) or not.
func testRestrictedEvidenceInLeanReads(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	rg, problems := seed.ParseReport(seed.ReportInput{Text: memoText, Annotation: []byte(memoAnnotation)})
	if problems != nil {
		t.Fatalf("annotation: %v", problems)
	}
	if err := s.LoadReport(system, rg); err != nil {
		t.Fatal(err)
	}
	const lenz, valley, steppe = "person/dmitri-lenz", "organisation/valley-watch", "organisation/steppe-rights-centre"
	hidden := rightsgraph.RelationID(lenz, rightsgraph.RelMemberOf, valley)
	mixed := rightsgraph.RelationID(steppe, rightsgraph.RelRaised, "issue/torture-in-custody")
	memberOrRaised := []rightsgraph.RelSelect{{Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirBoth}, {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut}}
	arounds := []rightsgraph.AroundQuery{
		{Depth: 1, LeanRelations: true},
		{Depth: 1, LeanRelations: true, Select: memberOrRaised},
		{Depth: 2, Lean: true},
		{Depth: 1}, // the whole read, for comparison
	}
	// check fails t unless a, read for a request without clearance,
	// hides the memo's own relation and the memo's evidence.
	check := func(what string, a *rightsgraph.Around) {
		t.Helper()
		sawMixed := false
		for id, list := range a.Relations {
			for _, r := range list {
				if r.ID == hidden {
					t.Errorf("%s serves %s, which only the restricted memo states, in the relations of %s", what, hidden, id)
				}
				if slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == "report/valley-memo" }) {
					t.Errorf("%s serves evidence from the restricted memo on %s", what, r.ID)
				}
				sawMixed = sawMixed || r.ID == mixed
			}
		}
		if _, ok := a.Relations[steppe]; ok && !sawMixed {
			t.Errorf("%s hides %s, which public reports state too", what, mixed)
		}
	}
	for _, first := range []bool{false, true} {
		ctx := func() context.Context {
			if first {
				return rightsgraph.WithRequestView(context.Background())
			}
			return context.Background()
		}
		for _, aq := range arounds {
			what := fmt.Sprintf("Around(%+v) (first read of a request: %v)", aq, first)
			q := aq
			q.IDs = []string{lenz, valley, steppe}
			a, err := s.Around(ctx(), q)
			if err != nil {
				t.Fatal(err)
			}
			check(what, a)
			c := ctx()
			checkAroundRead(t, c, s, q, a)
			for _, list := range []rightsgraph.EntityQuery{
				{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson, rightsgraph.KindOrganisation}, First: 10},
				{First: 4},                                                                 // every kind: the guard leaves out the hidden ones
				{NameContains: "lenz"}, {Kinds: []rightsgraph.Kind{rightsgraph.KindIssue}}, // nothing hidden matches
			} {
				list.Around = &aq
				what := fmt.Sprintf("ListEntities(%+v) with Around(%+v) (first read of a request: %v)", list, aq, first)
				page, err := s.ListEntities(ctx(), list)
				if err != nil {
					t.Fatal(err)
				}
				if page.Around == nil {
					t.Fatalf("%s read nothing around the page", what)
				}
				check(what, page.Around)
				if found := leaks([]any{page.Entities, page.Around}); len(found) > 0 {
					t.Errorf("%s reads %v", what, found)
				}
				list.Around = nil
				want, err := s.ListEntities(ctx(), list)
				if err != nil {
					t.Fatal(err)
				}
				if got := entityIDs(page.Entities); !slices.Equal(got, entityIDs(want.Entities)) || page.Total != want.Total ||
					page.HasNextPage != want.HasNextPage || page.HasPreviousPage != want.HasPreviousPage {
					t.Errorf("%s = %v (total %d), without Around %v (total %d)", what, got, page.Total, entityIDs(want.Entities), want.Total)
				}
				pq := aq
				pq.IDs = entityIDs(page.Entities)
				checkAroundRead(t, c, s, pq, page.Around)
			}
		}
	}
	// A cleared request sees the memo's relation, through every read.
	cleared := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "cleared", Role: rightsgraph.RoleReader, Cleared: true})
	for _, aq := range arounds {
		q := aq
		q.IDs = []string{lenz}
		a, err := s.Around(cleared, q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(a.Relations[lenz], func(r *rightsgraph.Relation) bool { return r.ID == hidden }) {
			t.Errorf("cleared: Around(%+v) hides %s", q, hidden)
		}
	}
}

// testLeanReadsFollowEvidenceChanges checks that lean reads (Around with
// Lean, LeanRelations or LeanAsked, alone and with a page) hide what
// changes made hidden and serve what changes made visible, as the whole
// reads do: a relation whose public evidence a reload took away, leaving
// only a restricted report's, and an entity that a reload left declared
// only by a restricted report, are hidden from a request without
// clearance; the relation is served again once an editor cites a public
// report for it. A store that keeps what the guard needs apart from the
// lists of reports (Neo4j's leanReports) must keep it with every write.
func testLeanReadsFollowEvidenceChanges(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	load := func(text, annotation string) {
		t.Helper()
		rg, problems := seed.ParseReport(seed.ReportInput{Text: text, Annotation: []byte(annotation)})
		if problems != nil {
			t.Fatalf("annotation: %v", problems)
		}
		if err := s.LoadReport(system, rg); err != nil {
			t.Fatal(err)
		}
	}
	load(memoText, memoAnnotation)
	const steppe, valley, torture, anna = "organisation/steppe-rights-centre", "organisation/valley-watch", "issue/torture-in-custody", "person/anna-temirova"
	mixed := rightsgraph.RelationID(steppe, rightsgraph.RelRaised, torture)
	// The round table again, without the Valley Watch and without the
	// centre's raising torture: the memo, restricted, alone states both.
	var kept []string
	for _, line := range strings.Split(privacyAnnotation, "\n") {
		if !strings.Contains(line, valley) && !strings.Contains(line, "from: "+steppe+", to: "+torture) {
			kept = append(kept, line)
		}
	}
	load(privacyText, strings.Join(kept, "\n"))

	arounds := []rightsgraph.AroundQuery{
		{Depth: 1, LeanRelations: true, LeanEnds: true, LeanAsked: true},
		{Depth: 1, LeanRelations: true, LeanEnds: true, Nameless: true, Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut}}},
		{Depth: 2, Lean: true, Nameless: true},
		{Depth: 1}, // the whole read, for comparison
	}
	cleared := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "cleared", Role: rightsgraph.RoleReader, Cleared: true})
	// read returns, for each read, whether it serves mixed and valley.
	type served struct{ mixed, valley bool }
	read := func(ctx context.Context) map[string]served {
		t.Helper()
		out := map[string]served{}
		note := func(what string, a *rightsgraph.Around, es []*rightsgraph.Entity) {
			var got served
			for id, list := range a.Relations {
				got.valley = got.valley || id == valley
				for _, r := range list {
					got.mixed = got.mixed || r.ID == mixed
					got.valley = got.valley || r.From == valley || r.To == valley
				}
			}
			got.valley = got.valley || a.Entities[valley] != nil || slices.ContainsFunc(es, func(e *rightsgraph.Entity) bool { return e.ID == valley })
			out[what] = got
		}
		for _, aq := range arounds {
			q := aq
			q.IDs = []string{steppe, valley, torture, anna}
			a, err := s.Around(rightsgraph.WithRequestView(ctx), q)
			if err != nil {
				t.Fatal(err)
			}
			note(fmt.Sprintf("Around(%+v)", aq), a, nil)
			if aq.Depth > 1 {
				continue
			}
			page, err := s.ListEntities(rightsgraph.WithRequestView(ctx), rightsgraph.EntityQuery{
				Kinds: []rightsgraph.Kind{rightsgraph.KindOrganisation}, First: 10, Around: &aq})
			if err != nil {
				t.Fatal(err)
			}
			note(fmt.Sprintf("ListEntities with Around(%+v)", aq), page.Around, page.Entities)
		}
		return out
	}
	for what, got := range read(context.Background()) {
		if got.mixed || got.valley {
			t.Errorf("after the reload, %s serves a request without clearance what only the restricted memo states: %+v", what, got)
		}
	}
	for what, got := range read(cleared) {
		if !got.mixed || !got.valley {
			t.Errorf("after the reload, %s hides from a cleared request what the memo states: %+v", what, got)
		}
	}
	if _, err := rightsgraph.AddRelation(system, s, rightsgraph.RelationInput{From: steppe, To: torture, Type: rightsgraph.RelRaised,
		Report: "report/bishkek-round-table", Quote: "the Steppe Rights Centre both raised torture in custody"}); err != nil {
		t.Fatal(err)
	}
	for what, got := range read(context.Background()) {
		if !got.mixed || got.valley {
			t.Errorf("after an editor cited the public round table, %s serves %+v, want only the centre's raising torture", what, got)
		}
	}
}

// testEditsWithoutClearance sends, as an editor without clearance, every
// edit that names something hidden, or quotes a masked name: each fails
// as the same edit of an unknown id or an absent quote fails, word for
// word, and changes nothing. A report stating restricted facts is not
// replaced by such an editor, who would drop what they never saw.
func testEditsWithoutClearance(t *testing.T, raw rightsgraph.Store) {
	s := LoadRestrictedGraph(t, raw)
	// A public entity merged into the restricted person: its id is stale,
	// and the refusal must not say where it went.
	rg, problems := seed.ParseReport(seed.ReportInput{Text: "Z. Q. spoke.", Annotation: []byte(`report:
  id: report/short-note
  title: A short note
entities:
  - {id: person/z-q, kind: PERSON, name: Z. Q.}
`)})
	if problems != nil {
		t.Fatal(problems)
	}
	if err := s.LoadReport(system, rg); err != nil {
		t.Fatal(err)
	}
	if _, err := rightsgraph.MergeEntities(system, s, secretID, "person/z-q"); err != nil {
		t.Fatal(err)
	}
	// A public report that names the restricted person in passing, quoted
	// by a cleared editor for a public fact.
	const passing = "report/osh-note"
	rg, problems = seed.ParseReport(seed.ReportInput{Text: "Anna Temirova met Zhanybek Quorvasov in Osh.", Annotation: []byte(`report:
  id: ` + passing + `
  title: A note from Osh
entities:
  - {id: person/anna-temirova, kind: PERSON, name: Anna Temirova}
`)})
	if problems != nil {
		t.Fatal(problems)
	}
	if err := s.LoadReport(system, rg); err != nil {
		t.Fatal(err)
	}
	if _, err := rightsgraph.AddRelation(system, s, rightsgraph.RelationInput{From: "person/anna-temirova", To: "organisation/valley-watch",
		Type: rightsgraph.RelMemberOf, Report: passing, Quote: "Anna Temirova met Zhanybek Quorvasov"}); err != nil {
		t.Fatal(err)
	}
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "editor", Role: rightsgraph.RoleEditor})
	entities, relations := Dump(t, raw)
	rev, err := s.Revision(system)
	if err != nil {
		t.Fatal(err)
	}

	const round = "report/bishkek-round-table"
	relation := func(in rightsgraph.RelationInput) error {
		in.Type = rightsgraph.RelMemberOf
		in.From = cmp.Or(in.From, "person/anna-temirova")
		in.To = "organisation/valley-watch"
		in.Report = cmp.Or(in.Report, round)
		in.Quote = cmp.Or(in.Quote, "The Valley Watch and the Steppe Rights Centre")
		_, err := rightsgraph.AddRelation(editor, s, in)
		return err
	}
	report := func(id, declares string) error {
		rg, problems := seed.ParseReport(seed.ReportInput{Text: "Z spoke.", Annotation: []byte(
			"report:\n  id: " + id + "\n  title: T\nentities:\n  - {id: " + declares + ", kind: PERSON, name: Z}\n")})
		if problems != nil {
			t.Fatal(problems)
		}
		return rightsgraph.AddReport(editor, s, rg)
	}
	// Each edit is sent with the argument naming what is hidden, then with
	// one naming nothing: the second fails too, and alike.
	for _, c := range []struct {
		name            string
		hidden, unknown string
		edit            func(arg string) error
	}{
		{"addRelation from a hidden person", secretID, "person/zhanybek-quorvasoff",
			func(a string) error { return relation(rightsgraph.RelationInput{From: a}) }},
		{"addRelation from an id merged into a hidden one", "person/z-q", "person/z-qq",
			func(a string) error { return relation(rightsgraph.RelationInput{From: a}) }},
		{"addRelation quoting a masked name", "Zhanybek Quorvasov, a lawyer", "Zhanybek Quorvasoff, a lawyer",
			func(a string) error { return relation(rightsgraph.RelationInput{Quote: a}) }},
		{"addRelation quoting a masked word", secretSurname, "Quorvasoff",
			func(a string) error { return relation(rightsgraph.RelationInput{Quote: a}) }},
		{"addRelation citing a hidden report", "report/closed-meeting-notes", "report/closed-meeting-notez",
			func(a string) error { return relation(rightsgraph.RelationInput{Report: a}) }},
		{"retractRelation of a hidden relation", "person/dmitri-lenz|LEADS|organisation/open-archive", "person/dmitri-lenz|LEADS|organisation/open-archivf",
			func(a string) error { _, err := rightsgraph.RetractRelation(editor, s, a); return err }},
		{"mergeEntities of a hidden person", secretID, "person/zhanybek-quorvasoff",
			func(a string) error {
				_, err := rightsgraph.MergeEntities(editor, s, "person/anna-temirova", a)
				return err
			}},
		{"mergeEntities of an id merged into a hidden one", "person/z-q", "person/z-qq",
			func(a string) error {
				_, err := rightsgraph.MergeEntities(editor, s, "person/anna-temirova", a)
				return err
			}},
		{"unmergeEntities of a hidden person", secretID, "person/zhanybek-quorvasoff",
			func(a string) error { _, _, err := rightsgraph.UnmergeEntities(editor, s, a); return err }},
		{"unmergeEntities out of a hidden person", "person/z-q", "person/z-qq",
			func(a string) error { _, _, err := rightsgraph.UnmergeEntities(editor, s, a); return err }},
		{"setVisibility of a hidden person", secretID, "person/zhanybek-quorvasoff",
			func(a string) error {
				_, err := rightsgraph.SetVisibility(editor, s, a, rightsgraph.VisibilityRestricted)
				return err
			}},
	} {
		hidden, unknown := c.edit(c.hidden), c.edit(c.unknown)
		switch {
		case hidden == nil:
			t.Errorf("%s: accepted", c.name)
		case unknown == nil:
			t.Errorf("%s: the same edit of an unknown id was accepted: make it fail", c.name)
		case hidden.Error() != strings.ReplaceAll(unknown.Error(), c.unknown, c.hidden),
			rightsgraph.ErrorCode(hidden) != rightsgraph.ErrorCode(unknown):
			t.Errorf("%s: %v (%s), but for an unknown id %v (%s)", c.name, hidden, rightsgraph.ErrorCode(hidden), unknown, rightsgraph.ErrorCode(unknown))
		}
	}
	// Declaring a hidden entity in a report would bring it into view; the
	// refusal is the one upsertEntity gives for its id. A hidden report is
	// unknown.
	for _, c := range []struct{ report, declares, hidden string }{
		{"report/new-note", secretID, secretID},
		{"report/new-note", "person/ilona-varga", "person/ilona-varga"},
		{"report/closed-meeting-notes", "person/zz", "report/closed-meeting-notes"},
	} {
		err := report(c.report, c.declares)
		if want := fmt.Sprintf("no entity with id %q", c.hidden); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND || rightsgraph.ErrorMessage(err) != want {
			t.Errorf("addReport %s declaring %s: %v; want %s", c.report, c.declares, err, want)
		}
	}
	// Replacing a report that states restricted facts would drop them.
	if err := report(round, "person/zz"); rightsgraph.ErrorCode(err) != rightsgraph.EFORBIDDEN || len(leaks(err.Error())) > 0 {
		t.Errorf("addReport replacing %s, which states restricted facts: %v", round, err)
	}
	// Its new text drops what the cleared editor quoted: the refusal must
	// not quote it.
	rg, problems = seed.ParseReport(seed.ReportInput{Text: "Anna Temirova spoke in Osh.", Annotation: []byte("report:\n  id: " + passing +
		"\n  title: A note from Osh\nentities:\n  - {id: person/anna-temirova, kind: PERSON, name: Anna Temirova}\n")})
	if problems != nil {
		t.Fatal(problems)
	}
	if err := rightsgraph.AddReport(editor, s, rg); rightsgraph.ErrorCode(err) != rightsgraph.ECONFLICT || len(leaks(err.Error())) > 0 {
		t.Errorf("addReport dropping a quote that names the restricted person: %v", err)
	}
	if now, err := s.Revision(system); err != nil || now != rev {
		t.Errorf("revision %d → %d (%v): edits without clearance changed the store", rev, now, err)
	}
	if e, r := Dump(t, raw); !reflect.DeepEqual(e, entities) || !reflect.DeepEqual(r, relations) {
		t.Error("edits without clearance changed what the store holds")
	}
}
