package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// The editing fixture: one report whose text starts in Cyrillic, so that
// code-point offsets differ from byte offsets, and which says one sentence
// twice, so that a quote of it is ambiguous.
const (
	reportE = "report/e"
	textE   = "Доклад «Права человека», 2024. Anna Petrova, head of the Open Rights Centre, raised torture in prisons. " +
		"Ivan Sidorov works with the Open Rights Centre. Ivan Sidorov works with the Open Rights Centre again, says Anna Petrova."

	annaID    = "person/anna-petrova"
	ivanID    = "person/ivan-sidorov"
	orcID     = "organisation/open-rights-centre"
	tortureID = "issue/torture-in-prisons"

	quoteLeads   = "Anna Petrova, head of the Open Rights Centre"
	quoteRaised  = "Anna Petrova, head of the Open Rights Centre, raised torture in prisons"
	quoteMember  = "works with the Open Rights Centre again"
	quoteTwice   = "Ivan Sidorov works with the Open Rights Centre"
	quoteTitle   = "Доклад «Права человека»"
	quoteSays    = "says Anna Petrova"
	quoteTorture = "raised torture in prisons"
)

var (
	leadsID  = rightsgraph.RelationID(annaID, rightsgraph.RelLeads, orcID)
	raisedID = rightsgraph.RelationID(annaID, rightsgraph.RelRaised, tortureID)
	memberID = rightsgraph.RelationID(ivanID, rightsgraph.RelMemberOf, orcID)

	factLeads  = Fact{annaID, rightsgraph.RelLeads, orcID, "head", quoteLeads}
	factRaised = Fact{annaID, rightsgraph.RelRaised, tortureID, "", quoteRaised}
)

// editReport returns report/e with the given text (which must hold the
// facts' quotes), its four entities and the facts.
func editReport(tb testing.TB, text string, facts ...Fact) *rightsgraph.ReportGraph {
	tb.Helper()
	return Report(tb, reportE, text, []*rightsgraph.Entity{
		person(annaID, "Anna Petrova", "Anya Petrova"),
		person(ivanID, "Ivan Sidorov"),
		org(orcID, "Open Rights Centre", "ORC"),
		issue(tortureID, "Torture in prisons"),
	}, facts...)
}

// editFixture is report/e as it is first loaded: Anna Petrova leads the
// Centre (role head) and raised torture in prisons.
func editFixture(tb testing.TB) *rightsgraph.ReportGraph {
	tb.Helper()
	return editReport(tb, textE, factLeads, factRaised)
}

// textOnly returns a report that declares nothing and states nothing: a
// text for editors to quote.
func textOnly(tb testing.TB, id, text string) *rightsgraph.ReportGraph {
	tb.Helper()
	return Report(tb, id, text, nil)
}

// editorCtx acts as the editor the tests mostly are.
var editorCtx = as("ngo-editor", rightsgraph.RoleEditor)

// as returns a context whose principal is the token name with role.
func as(name string, role rightsgraph.Role) context.Context {
	return rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: name, Role: role})
}

func ptr[T any](v T) *T { return &v }

// span returns the code-point offsets of the n-th (1-based) occurrence of
// quote in text, found without rightsgraph.Locate, which is under test.
func span(tb testing.TB, text, quote string, n int) (start, end int) {
	tb.Helper()
	at := 0
	for i := 1; ; i++ {
		j := strings.Index(text[at:], quote)
		if j < 0 {
			tb.Fatalf("fixture: no occurrence %d of %q in %q", n, quote, text)
		}
		if i == n {
			start = utf8.RuneCountInString(text[:at+j])
			return start, start + utf8.RuneCountInString(quote)
		}
		at += j + 1
	}
}

// editorEvidence is the evidence an editor gives by quoting the n-th
// occurrence of quote in a report's text.
func editorEvidence(tb testing.TB, editor, report, text, quote, role string, n int) rightsgraph.Evidence {
	tb.Helper()
	start, end := span(tb, text, quote, n)
	return rightsgraph.Evidence{Report: report, Quote: quote, Start: start, End: end, Role: role, Editor: editor}
}

// annotationEvidence is the evidence a report's annotation gives with the
// first occurrence of quote.
func annotationEvidence(tb testing.TB, report, text, quote, role string) rightsgraph.Evidence {
	tb.Helper()
	return editorEvidence(tb, "", report, text, quote, role, 1)
}

func mustUpsert(tb testing.TB, ctx context.Context, s rightsgraph.Store, in rightsgraph.EntityInput) *rightsgraph.Entity {
	tb.Helper()
	e, err := rightsgraph.UpsertEntity(ctx, s, in)
	if err != nil {
		tb.Fatalf("UpsertEntity(%+v): %v", in, err)
	}
	return e
}

func mustAddRelation(tb testing.TB, ctx context.Context, s rightsgraph.Store, in rightsgraph.RelationInput) *rightsgraph.Relation {
	tb.Helper()
	r, err := rightsgraph.AddRelation(ctx, s, in)
	if err != nil {
		tb.Fatalf("AddRelation(%+v): %v", in, err)
	}
	return r
}

func mustRetract(tb testing.TB, ctx context.Context, s rightsgraph.Store, id string) *rightsgraph.Relation {
	tb.Helper()
	r, err := rightsgraph.RetractRelation(ctx, s, id)
	if err != nil {
		tb.Fatalf("RetractRelation(%s): %v", id, err)
	}
	return r
}

func mustMerge(tb testing.TB, ctx context.Context, s rightsgraph.Store, keep, drop string) *rightsgraph.Entity {
	tb.Helper()
	e, err := rightsgraph.MergeEntities(ctx, s, keep, drop)
	if err != nil {
		tb.Fatalf("MergeEntities(%s, %s): %v", keep, drop, err)
	}
	return e
}

func mustEntity(tb testing.TB, s rightsgraph.Store, id string) *rightsgraph.Entity {
	tb.Helper()
	e, err := s.Entity(context.Background(), id)
	if err != nil {
		tb.Fatalf("Entity(%s): %v", id, err)
	}
	return e
}

func mustStats(tb testing.TB, s rightsgraph.Store) *rightsgraph.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("Stats: %v", err)
	}
	return st
}

func mustRevision(tb testing.TB, s rightsgraph.Store) int64 {
	tb.Helper()
	rev, err := s.Revision(context.Background())
	if err != nil {
		tb.Fatalf("Revision: %v", err)
	}
	return rev
}

// relation returns the relation id as RelationsByEntityIDs lists it at
// its start, or nil when there is none. It fails on a relation listed twice.
func relation(tb testing.TB, s rightsgraph.Store, id string) *rightsgraph.Relation {
	tb.Helper()
	from, _, _ := strings.Cut(id, "|")
	rels, err := s.RelationsByEntityIDs(context.Background(), []string{from})
	if err != nil {
		tb.Fatalf("RelationsByEntityIDs(%s): %v", from, err)
	}
	var found *rightsgraph.Relation
	for _, r := range rels[from] {
		if r.ID == id {
			if found != nil {
				tb.Errorf("RelationsByEntityIDs(%s) lists %s twice", from, id)
			}
			found = r
		}
	}
	return found
}

// auditAll returns every entry of the audit log that q selects, newest
// first, reading pages of q.First (100 when 0).
func auditAll(tb testing.TB, s rightsgraph.Store, q rightsgraph.AuditQuery) []rightsgraph.AuditEntry {
	tb.Helper()
	if q.First == 0 {
		q.First = rightsgraph.MaxAuditPage
	}
	var all []rightsgraph.AuditEntry
	for range 1000 {
		page, err := s.AuditLog(context.Background(), q)
		if err != nil {
			tb.Fatalf("AuditLog(%+v): %v", q, err)
		}
		if len(page.Entries) > q.First {
			tb.Fatalf("AuditLog(%+v): %d entries, more than asked for", q, len(page.Entries))
		}
		all = append(all, page.Entries...)
		if !page.HasNextPage {
			return all
		}
		if len(page.Entries) == 0 || page.EndCursor == "" {
			tb.Fatalf("AuditLog(%+v): a next page, but no entries or no end cursor: %+v", q, page)
		}
		q.After = page.EndCursor
	}
	tb.Fatalf("AuditLog(%+v): more than 1000 pages", q)
	return nil
}

func auditSeqs(es []rightsgraph.AuditEntry) []int64 {
	seqs := make([]int64, len(es))
	for i, e := range es {
		seqs[i] = e.Seq
	}
	return seqs
}

// newestAudit returns the newest entry of the audit log.
func newestAudit(tb testing.TB, s rightsgraph.Store) rightsgraph.AuditEntry {
	tb.Helper()
	page, err := s.AuditLog(context.Background(), rightsgraph.AuditQuery{First: 1})
	if err != nil || len(page.Entries) != 1 {
		tb.Fatalf("AuditLog(first 1) = %+v, %v; want one entry", page, err)
	}
	return page.Entries[0]
}

// snapshot is what a refused or empty edit must leave as it was: the
// graph, the audit log and the revision.
type snapshot struct {
	entities  []*rightsgraph.Entity
	relations []*rightsgraph.Relation
	audit     []int64
	revision  int64
}

func takeSnapshot(tb testing.TB, s rightsgraph.Store) snapshot {
	tb.Helper()
	es, rs := Dump(tb, s)
	return snapshot{es, rs, auditSeqs(auditAll(tb, s, rightsgraph.AuditQuery{})), mustRevision(tb, s)}
}

func assertUnchanged(tb testing.TB, s rightsgraph.Store, before snapshot) {
	tb.Helper()
	assertSameDump(tb, s, before.entities, before.relations)
	if got := auditSeqs(auditAll(tb, s, rightsgraph.AuditQuery{})); !slices.Equal(got, before.audit) {
		tb.Errorf("audit log changed: entries %v, want %v", got, before.audit)
	}
	if rev := mustRevision(tb, s); rev != before.revision {
		tb.Errorf("Revision changed: %d, want %d", rev, before.revision)
	}
}

// assertError checks an error's code and, when field is set, the input
// field it names.
func assertError(tb testing.TB, err error, code, field string) {
	tb.Helper()
	assertCode(tb, err, code)
	if got := rightsgraph.ErrorField(err); field != "" && got != field {
		tb.Errorf("error %v: field %q, want %q", err, got, field)
	}
}

// editable shows what an editor may change of an entity, and the reports
// that declare it; nil and empty lists show alike.
func editable(e *rightsgraph.Entity) string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s %s name=%q aliases=%q description=%q reports=%q", e.ID, e.Kind, e.Name, e.Aliases, e.Description, e.Reports)
}

func assertEntity(tb testing.TB, got, want *rightsgraph.Entity) {
	tb.Helper()
	if editable(got) != editable(want) {
		tb.Errorf("entity:\n got %s\nwant %s", editable(got), editable(want))
	}
}

// assertTopHit checks that a search for text finds id first, exactly.
func assertTopHit(tb testing.TB, s rightsgraph.Store, text, id string) {
	tb.Helper()
	hits, err := s.Search(context.Background(), rightsgraph.SearchQuery{Text: text})
	if err != nil {
		tb.Fatalf("Search(%q): %v", text, err)
	}
	if len(hits) == 0 || hits[0].Entity.ID != id || hits[0].Score != rightsgraph.ScoreExact {
		tb.Errorf("Search(%q) = %v, want %s first, exactly", text, hits, id)
	}
}

// assertEvidence checks that a relation exists with exactly the evidence
// want, in any order.
func assertEvidence(tb testing.TB, r *rightsgraph.Relation, id string, want ...rightsgraph.Evidence) {
	tb.Helper()
	if r == nil {
		tb.Errorf("relation %s missing; want evidence %+v", id, want)
		return
	}
	got := rightsgraph.SortEvidence(slices.Clone(r.Evidence))
	if w := rightsgraph.SortEvidence(slices.Clone(want)); !reflect.DeepEqual(got, w) {
		tb.Errorf("evidence of %s:\n got %s\nwant %s", id, describe(got), describe(w))
	}
}

func testUpsertEntity(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	orgKind := rightsgraph.KindOrganisation
	personKind := rightsgraph.KindPerson

	t.Run("creates an entity", func(t *testing.T) {
		before := mustStats(t, s)
		in := rightsgraph.EntityInput{ID: "organisation/river-watch", Kind: orgKind, Name: "River Watch",
			Aliases: []string{"RW", "Речной дозор"}, Description: ptr("Watches rivers.")}
		want := &rightsgraph.Entity{ID: in.ID, Kind: orgKind, Name: "River Watch", Aliases: []string{"RW", "Речной дозор"}, Description: "Watches rivers."}
		assertEntity(t, mustUpsert(t, editorCtx, s, in), want)
		assertEntity(t, mustEntity(t, s, in.ID), want)
		for _, name := range []string{"River Watch", "rw", "Речной дозор"} {
			assertTopHit(t, s, name, in.ID)
		}
		after := mustStats(t, s)
		if after.Nodes != before.Nodes+1 || after.NodesByKind[orgKind] != before.NodesByKind[orgKind]+1 {
			t.Errorf("Stats after creating = %+v, before %+v: want one more organisation", after, before)
		}
	})

	corrected := &rightsgraph.Entity{ID: ivanID, Kind: personKind, Name: "Ivan A. Sidorov", Aliases: []string{"Vanya Sidorov"},
		Description: "A lawyer.", Reports: []string{reportE}}
	t.Run("corrects a declared entity", func(t *testing.T) {
		got := mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: personKind, Name: "Ivan A. Sidorov",
			Aliases: []string{"Vanya Sidorov"}, Description: ptr("A lawyer.")})
		assertEntity(t, got, corrected)
		assertEntity(t, mustEntity(t, s, ivanID), corrected)
		assertTopHit(t, s, "Vanya Sidorov", ivanID)
		assertTopHit(t, s, "Ivan A. Sidorov", ivanID)
	})

	t.Run("reloading the report keeps the editor's word", func(t *testing.T) {
		changed := editReport(t, textE+" Ivan Sidorov is a member of the Centre.", factLeads, factRaised)
		for _, e := range changed.Entities {
			if e.ID == ivanID {
				e.Name, e.Aliases, e.Description = "Ivan Petrovich Sidorov", []string{"I. P. Sidorov"}, "A member of the Centre."
			}
		}
		tests := []struct {
			name string
			g    *rightsgraph.ReportGraph
		}{
			{"same graph", editFixture(t)},
			{"changed graph", changed},
			{"same graph again", editFixture(t)},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				MustLoad(t, s, tt.g)
				assertEntity(t, mustEntity(t, s, ivanID), corrected)
			})
		}
	})

	t.Run("an entity an editor corrected outlives the reports that declared it", func(t *testing.T) {
		without := editFixture(t)
		without.Entities = slices.DeleteFunc(without.Entities, func(e *rightsgraph.Entity) bool { return e.ID == ivanID })
		MustLoad(t, s, without)
		orphan := corrected.Clone()
		orphan.Reports = nil
		assertEntity(t, mustEntity(t, s, ivanID), orphan)
		MustLoad(t, s, editFixture(t))
		assertEntity(t, mustEntity(t, s, ivanID), corrected)
	})

	t.Run("nil keeps, empty clears", func(t *testing.T) {
		steps := []struct {
			name string
			in   rightsgraph.EntityInput
			want rightsgraph.Entity
		}{
			{"nothing given keeps all", rightsgraph.EntityInput{},
				rightsgraph.Entity{Name: "Ivan A. Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer."}},
			{"a name keeps aliases and description", rightsgraph.EntityInput{Name: "Ivan Sidorov"},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer."}},
			{"a description keeps name and aliases", rightsgraph.EntityInput{Description: ptr("A lawyer in Moscow.")},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer in Moscow."}},
			{"aliases keep name and description", rightsgraph.EntityInput{Aliases: []string{"Vanya", "I. Sidorov"}},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya", "I. Sidorov"}, Description: "A lawyer in Moscow."}},
			{"empty aliases clear them", rightsgraph.EntityInput{Aliases: []string{}},
				rightsgraph.Entity{Name: "Ivan Sidorov", Description: "A lawyer in Moscow."}},
			{"an empty description clears it", rightsgraph.EntityInput{Description: ptr("")},
				rightsgraph.Entity{Name: "Ivan Sidorov"}},
		}
		for _, st := range steps {
			t.Run(st.name, func(t *testing.T) {
				in := st.in
				in.ID, in.Kind = ivanID, personKind
				want := st.want
				want.ID, want.Kind, want.Reports = ivanID, personKind, []string{reportE}
				assertEntity(t, mustUpsert(t, editorCtx, s, in), &want)
				assertEntity(t, mustEntity(t, s, ivanID), &want)
			})
		}
	})

	t.Run("ifVersion", func(t *testing.T) {
		// Anna has aliases, the issue none: a version must not depend on
		// how a store keeps an empty list.
		for _, id := range []string{annaID, tortureID} {
			t.Run(id, func(t *testing.T) {
				read := mustEntity(t, s, id)
				got := mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: id, Kind: read.Kind,
					Description: ptr("Read, then written."), IfVersion: read.Version()})
				now := mustEntity(t, s, id)
				if got.Description != "Read, then written." || got.Version() != now.Version() {
					t.Errorf("UpsertEntity returned %s (version %s); Entity gives %s (version %s): want the same",
						editable(got), got.Version(), editable(now), now.Version())
				}
				before := takeSnapshot(t, s)
				_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: id, Kind: read.Kind,
					Description: ptr("Lost update."), IfVersion: read.Version()})
				assertCode(t, err, rightsgraph.ECONFLICT)
				assertUnchanged(t, s, before)
			})
		}
		t.Run("of an entity that does not exist", func(t *testing.T) {
			before := takeSnapshot(t, s)
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: "organisation/new", Kind: orgKind,
				Name: "New", IfVersion: mustEntity(t, s, orcID).Version()})
			assertCode(t, err, rightsgraph.ECONFLICT)
			assertUnchanged(t, s, before)
		})
	})

	t.Run("refuses bad input", func(t *testing.T) {
		tests := []struct {
			name  string
			in    rightsgraph.EntityInput
			field string
		}{
			{"a new entity without a name", rightsgraph.EntityInput{ID: "organisation/nameless", Kind: orgKind}, "input.name"},
			{"unknown kind", rightsgraph.EntityInput{ID: "robot/r2", Kind: "ROBOT", Name: "R2"}, "input.kind"},
			{"no kind", rightsgraph.EntityInput{ID: "organisation/x", Name: "X"}, "input.kind"},
			{"kind REPORT", rightsgraph.EntityInput{ID: "report/new", Kind: rightsgraph.KindReport, Name: "New report"}, "input.kind"},
			{"an id of another kind", rightsgraph.EntityInput{ID: "person/river", Kind: orgKind, Name: "River"}, "input.id"},
			{"a malformed id", rightsgraph.EntityInput{ID: "organisation/River Watch", Kind: orgKind, Name: "River"}, "input.id"},
			{"no id", rightsgraph.EntityInput{Kind: orgKind, Name: "River"}, "input.id"},
			// An id's prefix fixes its kind, so a kind other than the
			// existing entity's is refused on the id.
			{"a kind other than the existing entity's", rightsgraph.EntityInput{ID: ivanID, Kind: orgKind, Name: "Ivan"}, "input.id"},
			{"a name without a letter", rightsgraph.EntityInput{ID: "organisation/dots", Kind: orgKind, Name: "..."}, "input.name"},
			{"an alias repeating the name", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Aliases: []string{"anna petrova"}}, "input.aliases"},
			{"an empty alias", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Aliases: []string{" "}}, "input.aliases"},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.UpsertEntity(editorCtx, s, tt.in)
				assertError(t, err, rightsgraph.EINVALID, tt.field)
				assertUnchanged(t, s, before)
			})
		}
	})

	t.Run("a change to nothing writes nothing", func(t *testing.T) {
		anna := mustEntity(t, s, annaID)
		tests := []struct {
			name string
			in   rightsgraph.EntityInput
		}{
			{"the same fields", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Name: anna.Name, Aliases: anna.Aliases,
				Description: ptr(anna.Description), IfVersion: anna.Version()}},
			{"no fields", rightsgraph.EntityInput{ID: annaID, Kind: personKind}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := takeSnapshot(t, s)
				assertEntity(t, mustUpsert(t, editorCtx, s, tt.in), anna)
				assertUnchanged(t, s, before)
			})
		}
	})
}

// anEdit is one call of an editing function.
type anEdit struct {
	name string
	do   func(ctx context.Context) error
}

func testEditNeedsEditorRole(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	// edits returns one call of each editing function, which an editor may
	// make in this order; tag keeps the ids apart.
	edits := func(tag string) []anEdit {
		id := "organisation/" + tag + "-group"
		rel := rightsgraph.RelationID(ivanID, rightsgraph.RelMemberOf, id)
		return []anEdit{
			{"upsertEntity", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: id, Kind: rightsgraph.KindOrganisation, Name: tag + " group"})
				return err
			}},
			{"addRelation", func(ctx context.Context) error {
				_, err := rightsgraph.AddRelation(ctx, s, rightsgraph.RelationInput{From: ivanID, To: id, Type: rightsgraph.RelMemberOf,
					Report: reportE, Quote: quoteMember})
				return err
			}},
			{"retractRelation", func(ctx context.Context) error {
				_, err := rightsgraph.RetractRelation(ctx, s, rel)
				return err
			}},
			{"mergeEntities", func(ctx context.Context) error {
				_, err := rightsgraph.MergeEntities(ctx, s, orcID, id)
				return err
			}},
		}
	}
	refused := []struct {
		name string
		ctx  context.Context
		code string
	}{
		{"anonymous", context.Background(), rightsgraph.EUNAUTHORIZED},
		{"a name without a role", rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "someone"}), rightsgraph.EUNAUTHORIZED},
		{"reader", as("ngo-reader", rightsgraph.RoleReader), rightsgraph.EFORBIDDEN},
		{"unknown role", as("ngo-god", "god"), rightsgraph.EFORBIDDEN},
	}
	before := takeSnapshot(t, s)
	for _, who := range refused {
		for _, e := range edits("refused") {
			t.Run(who.name+"/"+e.name, func(t *testing.T) {
				assertCode(t, e.do(who.ctx), who.code)
				assertUnchanged(t, s, before)
			})
		}
	}
	allowed := []struct {
		name  string
		token string
		role  rightsgraph.Role
	}{
		{"editor", "ngo-editor", rightsgraph.RoleEditor},
		{"admin", "ngo-admin", rightsgraph.RoleAdmin},
	}
	for _, who := range allowed {
		for _, e := range edits(who.name) {
			t.Run(who.name+"/"+e.name, func(t *testing.T) {
				if err := e.do(as(who.token, who.role)); err != nil {
					t.Fatal(err)
				}
				if got := newestAudit(t, s); got.Actor != who.token || got.Action != e.name {
					t.Errorf("newest audit entry: %s by %q, want %s by %q", got.Action, got.Actor, e.name, who.token)
				}
			})
		}
	}
}

func testAddRelation(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	const editor = "ngo-editor"
	member := func(quote string) rightsgraph.RelationInput {
		return rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: quote}
	}

	t.Run("the server finds the quote, in code points", func(t *testing.T) {
		tests := []struct {
			name  string
			quote string
		}{
			{"after Cyrillic text", quoteMember},
			{"Cyrillic", quoteTitle},
		}
		var want []rightsgraph.Evidence
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ev := editorEvidence(t, editor, reportE, textE, tt.quote, "", 1)
				if byteStart := strings.Index(textE, tt.quote); ev.Start == byteStart && ev.End == byteStart+len(tt.quote) {
					t.Fatalf("fixture: %q has the same offsets in bytes and code points", tt.quote)
				}
				if got := string([]rune(textE)[ev.Start:ev.End]); got != tt.quote {
					t.Fatalf("fixture: offsets [%d,%d) give %q", ev.Start, ev.End, got)
				}
				want = append(want, ev)
				got := mustAddRelation(t, editorCtx, s, member(tt.quote))
				assertEvidence(t, got, memberID, want...)
				stored := relation(t, s, memberID)
				assertEvidence(t, stored, memberID, want...)
				if stored != nil && (stored.From != ivanID || stored.To != orcID || stored.Type != rightsgraph.RelMemberOf) {
					t.Errorf("relation = %+v, want %s", stored, memberID)
				}
			})
		}
	})

	t.Run("refuses bad input", func(t *testing.T) {
		tests := []struct {
			name  string
			in    rightsgraph.RelationInput
			code  string
			field string
		}{
			{"a quote not in the report", member("works for the Coast Watch"), rightsgraph.EINVALID, "input.evidence.quote"},
			{"an empty quote", member(""), rightsgraph.EINVALID, "input.evidence.quote"},
			{"a quote there twice, without occurrence", member(quoteTwice), rightsgraph.EINVALID, "input.evidence.quote"},
			{"an occurrence beyond the last", func() rightsgraph.RelationInput {
				in := member(quoteTwice)
				in.Occurrence = 3
				return in
			}(), rightsgraph.EINVALID, "input.evidence.occurrence"},
			{"a negative occurrence", func() rightsgraph.RelationInput {
				in := member(quoteMember)
				in.Occurrence = -1
				return in
			}(), rightsgraph.EINVALID, "input.evidence.occurrence"},
			{"kinds the type does not allow", rightsgraph.RelationInput{From: orcID, To: annaID, Type: rightsgraph.RelLeads,
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"an unknown type", rightsgraph.RelationInput{From: annaID, To: orcID, Type: "ADMIRES",
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"ALLIED_WITH", rightsgraph.RelationInput{From: orcID, To: orcID, Type: rightsgraph.RelAlliedWith,
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"an unknown from", rightsgraph.RelationInput{From: "person/nobody", To: orcID, Type: rightsgraph.RelMemberOf,
				Report: reportE, Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.from"},
			{"an unknown to", rightsgraph.RelationInput{From: ivanID, To: "organisation/nowhere", Type: rightsgraph.RelMemberOf,
				Report: reportE, Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.to"},
			{"an unknown report", rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf,
				Report: "report/nowhere", Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.evidence.report"},
			{"a report that is not a report", rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf,
				Report: orcID, Quote: quoteMember}, rightsgraph.EINVALID, "input.evidence.report"},
			{"an unknown congress", rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
				At: "congress/nowhere", Report: reportE, Quote: quoteTorture}, rightsgraph.ENOTFOUND, "input.at"},
			{"a congress that is not a congress", rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
				At: orcID, Report: reportE, Quote: quoteTorture}, rightsgraph.EINVALID, "input.at"},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.AddRelation(editorCtx, s, tt.in)
				assertError(t, err, tt.code, tt.field)
				assertUnchanged(t, s, before)
			})
		}
	})

	leadsAnnotation := annotationEvidence(t, reportE, textE, quoteLeads, "head")
	leadsEditor := editorEvidence(t, editor, reportE, textE, quoteSays, "chair", 1)
	addLeads := rightsgraph.RelationInput{From: annaID, To: orcID, Type: rightsgraph.RelLeads, Role: "chair", Report: reportE, Quote: quoteSays}
	t.Run("evidence joins an annotated relation, and the editor's role wins", func(t *testing.T) {
		got := mustAddRelation(t, editorCtx, s, addLeads)
		assertEvidence(t, got, leadsID, leadsAnnotation, leadsEditor)
		stored := relation(t, s, leadsID)
		assertEvidence(t, stored, leadsID, leadsAnnotation, leadsEditor)
		if stored != nil && stored.Role != "chair" {
			t.Errorf("role %q, want the editor's, chair", stored.Role)
		}
	})

	t.Run("the same evidence again changes nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		got := mustAddRelation(t, editorCtx, s, addLeads)
		assertEvidence(t, got, leadsID, leadsAnnotation, leadsEditor)
		assertUnchanged(t, s, before)
	})

	memberEvidence := []rightsgraph.Evidence{
		editorEvidence(t, editor, reportE, textE, quoteMember, "", 1),
		editorEvidence(t, editor, reportE, textE, quoteTitle, "", 1),
	}
	t.Run("reloading the report keeps the editor's evidence", func(t *testing.T) {
		es, rs := Dump(t, s)
		MustLoad(t, s, editFixture(t))
		assertSameDump(t, s, es, rs)
	})

	t.Run("a report that no longer states the relation leaves the editor's evidence", func(t *testing.T) {
		MustLoad(t, s, editReport(t, textE, factRaised))
		stored := relation(t, s, leadsID)
		assertEvidence(t, stored, leadsID, leadsEditor)
		if stored != nil && stored.Role != "chair" {
			t.Errorf("role %q, want chair", stored.Role)
		}
		assertEvidence(t, relation(t, s, memberID), memberID, memberEvidence...)
		MustLoad(t, s, editFixture(t))
		assertEvidence(t, relation(t, s, leadsID), leadsID, leadsAnnotation, leadsEditor)
	})

	newText := "Новая редакция. " + textE
	t.Run("a new text that has the quote once relocates it", func(t *testing.T) {
		MustLoad(t, s, editReport(t, newText, factLeads, factRaised))
		assertEvidence(t, relation(t, s, leadsID), leadsID,
			annotationEvidence(t, reportE, newText, quoteLeads, "head"), editorEvidence(t, editor, reportE, newText, quoteSays, "chair", 1))
		assertEvidence(t, relation(t, s, memberID), memberID,
			editorEvidence(t, editor, reportE, newText, quoteMember, "", 1), editorEvidence(t, editor, reportE, newText, quoteTitle, "", 1))
	})

	t.Run("a new text without the quote once is refused", func(t *testing.T) {
		tests := []struct {
			name string
			text string
		}{
			{"the quote is gone", strings.Replace(newText, quoteMember, "works there", 1)},
			{"the quote is there twice", newText + " Ivan Sidorov " + quoteMember + "."},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := s.LoadReport(context.Background(), editReport(t, tt.text, factLeads, factRaised))
				assertCode(t, err, rightsgraph.ECONFLICT)
				assertUnchanged(t, s, before)
			})
		}
	})

	const (
		reportTwice = "report/twice"
		textTwice   = "Ivan Sidorov signed for the Centre. A year later, Ivan Sidorov signed for the Centre."
		quoteSigned = "Ivan Sidorov signed for the Centre"
	)
	signed := func(n int) rightsgraph.RelationInput {
		return rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportTwice, Quote: quoteSigned, Occurrence: n}
	}
	twiceEvidence := []rightsgraph.Evidence{
		editorEvidence(t, editor, reportTwice, textTwice, quoteSigned, "", 2),
		editorEvidence(t, editor, reportTwice, textTwice, quoteSigned, "", 1),
	}
	t.Run("an occurrence picks one of a quote's places", func(t *testing.T) {
		MustLoad(t, s, textOnly(t, reportTwice, textTwice))
		for i, n := range []int{2, 1} {
			got := mustAddRelation(t, editorCtx, s, signed(n))
			if !slices.Contains(got.Evidence, twiceEvidence[i]) {
				t.Errorf("occurrence %d: evidence %s, want it to hold %+v", n, describe(got.Evidence), twiceEvidence[i])
			}
		}
		assertEvidence(t, relation(t, s, memberID), memberID, append(twiceEvidence,
			editorEvidence(t, editor, reportE, newText, quoteMember, "", 1), editorEvidence(t, editor, reportE, newText, quoteTitle, "", 1))...)
	})

	t.Run("a quote that occurs twice survives reloading its unchanged report", func(t *testing.T) {
		es, rs := Dump(t, s)
		if err := s.LoadReport(context.Background(), textOnly(t, reportTwice, textTwice)); err != nil {
			t.Fatalf("reloading %s unchanged: %v (code %s)", reportTwice, err, rightsgraph.ErrorCode(err))
		}
		assertSameDump(t, s, es, rs)
	})

	t.Run("an end that no report declares any more", func(t *testing.T) {
		const (
			reportSolo = "report/solo"
			textSolo   = "Maria Ivanova works with the Open Rights Centre, the report says."
			mariaID    = "person/maria-ivanova"
		)
		MustLoad(t, s, Report(t, reportSolo, textSolo, []*rightsgraph.Entity{person(mariaID, "Maria Ivanova")}))
		mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: mariaID, To: orcID, Type: rightsgraph.RelMemberOf,
			Report: reportSolo, Quote: "Maria Ivanova works with the Open Rights Centre"})
		before := takeSnapshot(t, s)
		// The report no longer declares Maria Ivanova, whom the editor's
		// relation joins: the store may refuse the load or keep her, but
		// must not leave the relation dangling.
		err := s.LoadReport(context.Background(), textOnly(t, reportSolo, textSolo))
		if err != nil {
			assertCode(t, err, rightsgraph.ECONFLICT)
			assertUnchanged(t, s, before)
			return
		}
		es, rs := Dump(t, s)
		ids := entityIDs(es)
		for _, r := range rs {
			if !slices.Contains(ids, r.From) || !slices.Contains(ids, r.To) {
				t.Errorf("relation %s joins an entity that is gone", r.ID)
			}
		}
		if r := relation(t, s, rightsgraph.RelationID(mariaID, rightsgraph.RelMemberOf, orcID)); r == nil {
			t.Errorf("the editor's relation of Maria Ivanova is gone")
		}
	})
}

func testRetractRelation(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, editFixture(t))
	annotation := annotationEvidence(t, reportE, textE, quoteRaised, "")
	editor := editorEvidence(t, "ngo-editor", reportE, textE, quoteTorture, "", 1)

	t.Run("the relation is gone", func(t *testing.T) {
		before := mustStats(t, s)
		got := mustRetract(t, editorCtx, s, raisedID)
		assertEvidence(t, got, raisedID, annotation)
		rels, err := s.RelationsByEntityIDs(ctx, []string{annaID, tortureID})
		if err != nil {
			t.Fatal(err)
		}
		for id, rs := range rels {
			if slices.Contains(relationIDs(rs), raisedID) {
				t.Errorf("RelationsByEntityIDs(%s) still lists %s", id, raisedID)
			}
		}
		after := mustStats(t, s)
		if after.Relationships != before.Relationships-1 || after.Evidence != before.Evidence-1 ||
			after.RelsByType[rightsgraph.RelRaised] != before.RelsByType[rightsgraph.RelRaised]-1 || after.Nodes != before.Nodes {
			t.Errorf("Stats after retracting = %+v, before %+v: want one relation and its evidence less, the same nodes", after, before)
		}
	})

	t.Run("reloading the report does not bring it back", func(t *testing.T) {
		es, rs := Dump(t, s)
		MustLoad(t, s, editFixture(t))
		assertSameDump(t, s, es, rs)
		if r := relation(t, s, raisedID); r != nil {
			t.Errorf("retracted relation back: %+v", r)
		}
	})

	t.Run("retracting it again finds nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		_, err := rightsgraph.RetractRelation(editorCtx, s, raisedID)
		assertCode(t, err, rightsgraph.ENOTFOUND)
		assertUnchanged(t, s, before)
	})

	t.Run("adding it brings it back with the editor's evidence", func(t *testing.T) {
		got := mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
			Report: reportE, Quote: quoteTorture})
		assertEvidence(t, got, raisedID, editor)
		assertEvidence(t, relation(t, s, raisedID), raisedID, editor)
	})

	t.Run("then reloading the report restates the annotation's evidence", func(t *testing.T) {
		MustLoad(t, s, editFixture(t))
		assertEvidence(t, relation(t, s, raisedID), raisedID, annotation, editor)
	})

	t.Run("refuses", func(t *testing.T) {
		tests := []struct {
			name string
			id   string
			code string
		}{
			{"an unknown end", rightsgraph.RelationID("person/nobody", rightsgraph.RelRaised, tortureID), rightsgraph.ENOTFOUND},
			{"a relation that does not exist", rightsgraph.RelationID(ivanID, rightsgraph.RelLeads, orcID), rightsgraph.ENOTFOUND},
			{"an empty id", "", rightsgraph.EINVALID},
			{"no separators", "not-a-relation", rightsgraph.EINVALID},
			{"two parts", annaID + "|RAISED", rightsgraph.EINVALID},
			{"four parts", raisedID + "|x", rightsgraph.EINVALID},
			{"an unknown type", annaID + "|ADMIRES|" + tortureID, rightsgraph.EINVALID},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.RetractRelation(editorCtx, s, tt.id)
				field := ""
				if tt.code == rightsgraph.EINVALID {
					field = "id"
				}
				assertError(t, err, tt.code, field)
				assertUnchanged(t, s, before)
			})
		}
	})
}

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

func testAuditLog(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	const riverID = "organisation/river-watch"
	steps := []struct {
		name     string
		do       func() error
		actor    string
		action   string
		entities []string
		created  bool // Before is ""
		removed  bool // After is ""
	}{
		{"load", func() error { return s.LoadReport(ctx, editFixture(t)) },
			"system", "loadReport", []string{reportE}, true, false},
		{"reload by a principal", func() error {
			return s.LoadReport(as("seed-admin", rightsgraph.RoleAdmin), editReport(t, textE+" Конец.", factLeads, factRaised))
		}, "seed-admin", "loadReport", []string{reportE}, false, false},
		{"create an entity", func() error {
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: riverID, Kind: rightsgraph.KindOrganisation, Name: "River Watch"})
			return err
		}, "ngo-editor", "upsertEntity", []string{riverID}, true, false},
		{"correct an entity", func() error {
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: rightsgraph.KindPerson, Name: "Ivan A. Sidorov"})
			return err
		}, "ngo-editor", "upsertEntity", []string{ivanID}, false, false},
		{"add a relation", func() error {
			_, err := rightsgraph.AddRelation(as("other-editor", rightsgraph.RoleEditor), s, rightsgraph.RelationInput{
				From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: quoteMember})
			return err
		}, "other-editor", "addRelation", []string{ivanID, orcID}, true, false},
		{"add evidence", func() error {
			_, err := rightsgraph.AddRelation(editorCtx, s, rightsgraph.RelationInput{
				From: annaID, To: orcID, Type: rightsgraph.RelLeads, Report: reportE, Quote: quoteSays})
			return err
		}, "ngo-editor", "addRelation", []string{annaID, orcID}, false, false},
		{"retract", func() error {
			_, err := rightsgraph.RetractRelation(editorCtx, s, memberID)
			return err
		}, "ngo-editor", "retractRelation", []string{ivanID, orcID}, false, true},
		{"merge", func() error {
			_, err := rightsgraph.MergeEntities(as("ngo-admin", rightsgraph.RoleAdmin), s, orcID, riverID)
			return err
		}, "ngo-admin", "mergeEntities", []string{orcID, riverID}, false, false},
	}
	var prev []rightsgraph.AuditEntry
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			start := time.Now()
			if err := st.do(); err != nil {
				t.Fatal(err)
			}
			all := auditAll(t, s, rightsgraph.AuditQuery{})
			if len(all) != len(prev)+1 || !slices.Equal(auditSeqs(all[1:]), auditSeqs(prev)) {
				t.Fatalf("audit log %v after the step, %v before: want one new entry first", auditSeqs(all), auditSeqs(prev))
			}
			prev = all
			e := all[0]
			if e.Actor != st.actor || e.Action != st.action {
				t.Errorf("entry: %s by %q, want %s by %q", e.Action, e.Actor, st.action, st.actor)
			}
			if got, want := slices.Sorted(slices.Values(e.Entities)), slices.Sorted(slices.Values(st.entities)); !slices.Equal(got, want) {
				t.Errorf("entry touched %v, want %v", e.Entities, st.entities)
			}
			if e.Summary == "" {
				t.Errorf("entry without a summary")
			}
			if (e.Before == "") != st.created || (e.Before != "" && !json.Valid([]byte(e.Before))) {
				t.Errorf("Before = %q; want empty: %v, else JSON", e.Before, st.created)
			}
			if (e.After == "") != st.removed || (e.After != "" && !json.Valid([]byte(e.After))) {
				t.Errorf("After = %q; want empty: %v, else JSON", e.After, st.removed)
			}
			if e.At.Before(start.Add(-time.Second)) || e.At.After(time.Now().Add(time.Second)) {
				t.Errorf("At = %v, want between %v and now", e.At, start)
			}
		})
	}
	all := auditAll(t, s, rightsgraph.AuditQuery{})
	if len(all) != len(steps) {
		t.Fatalf("%d entries, want %d", len(all), len(steps))
	}
	seqs := auditSeqs(all)
	for i := 1; i < len(seqs); i++ {
		if seqs[i] >= seqs[i-1] {
			t.Errorf("entries not newest first: %v", seqs)
		}
	}

	t.Run("paging", func(t *testing.T) {
		for _, first := range []int{1, 3, len(steps), rightsgraph.MaxAuditPage} {
			t.Run(fmt.Sprint(first), func(t *testing.T) {
				if got := auditSeqs(auditAll(t, s, rightsgraph.AuditQuery{First: first})); !slices.Equal(got, seqs) {
					t.Errorf("pages of %d: %v, want %v", first, got, seqs)
				}
			})
		}
		page, err := s.AuditLog(ctx, rightsgraph.AuditQuery{})
		if err != nil || len(page.Entries) != len(steps) || page.HasNextPage {
			t.Errorf("AuditLog with First 0 = %d entries, next %v, %v; want all %d (default 20)", len(page.Entries), page.HasNextPage, err, len(steps))
		}
	})

	t.Run("entity filter", func(t *testing.T) {
		for _, id := range []string{ivanID, orcID, reportE, riverID, "person/nobody"} {
			t.Run(id, func(t *testing.T) {
				var want []int64
				for _, e := range all {
					if slices.Contains(e.Entities, id) {
						want = append(want, e.Seq)
					}
				}
				if got := auditSeqs(auditAll(t, s, rightsgraph.AuditQuery{First: 1, Entity: id})); !slices.Equal(got, want) {
					t.Errorf("entries of %s: %v, want %v", id, got, want)
				}
			})
		}
	})

	t.Run("refuses bad queries", func(t *testing.T) {
		for _, q := range []rightsgraph.AuditQuery{
			{First: rightsgraph.MaxAuditPage + 1}, {First: -1}, {After: "!!"}, {After: "bm90LWEtbnVtYmVy"}, {After: rightsgraph.AuditCursor(0)},
		} {
			_, err := s.AuditLog(ctx, q)
			assertCode(t, err, rightsgraph.EINVALID)
		}
	})

	t.Run("refused and empty edits write nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		for _, e := range []anEdit{
			{"anonymous", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(context.Background(), s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson, Name: "X"})
				return err
			}},
			{"stale version", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson, Name: "X", IfVersion: "0000000000000000"})
				return err
			}},
			{"unknown relation", func(ctx context.Context) error {
				_, err := rightsgraph.RetractRelation(ctx, s, memberID)
				return err
			}},
			{"bad quote", func(ctx context.Context) error {
				_, err := rightsgraph.AddRelation(ctx, s, rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: "nowhere"})
				return err
			}},
			{"an invalid load", func(ctx context.Context) error {
				g := editFixture(t)
				g.Relations[0].Evidence[0].Start++
				return s.LoadReport(ctx, g)
			}},
		} {
			if e.do(editorCtx) == nil {
				t.Errorf("%s: succeeded, want an error", e.name)
			}
		}
		if _, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: rightsgraph.KindPerson}); err != nil {
			t.Errorf("an empty upsert: %v", err)
		}
		assertUnchanged(t, s, before)
	})
}

func testConcurrentEdits(t *testing.T, s rightsgraph.Store) {
	const n = 8
	MustLoad(t, s, editFixture(t))

	t.Run("aliases by version", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx := as(fmt.Sprintf("editor-%d", i), rightsgraph.RoleEditor)
				alias := fmt.Sprintf("Petrova %c", 'A'+i)
				for range 200 {
					e, err := s.Entity(ctx, annaID)
					if err != nil {
						t.Error(err)
						return
					}
					_, err = rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson,
						Aliases: append(slices.Clone(e.Aliases), alias), IfVersion: e.Version()})
					if rightsgraph.ErrorCode(err) == rightsgraph.ECONFLICT {
						continue
					}
					if err != nil {
						t.Errorf("editor %d: %v", i, err)
					}
					return
				}
				t.Errorf("editor %d: still in conflict after 200 attempts", i)
			}()
		}
		wg.Wait()
		anna := mustEntity(t, s, annaID)
		want := []string{"Anya Petrova"}
		for i := range n {
			want = append(want, fmt.Sprintf("Petrova %c", 'A'+i))
		}
		if got := slices.Sorted(slices.Values(anna.Aliases)); !slices.Equal(got, want) {
			t.Errorf("aliases %q, want %q: an update was lost", got, want)
		}
		upserts := 0
		for _, e := range auditAll(t, s, rightsgraph.AuditQuery{Entity: annaID}) {
			if e.Action == "upsertEntity" {
				upserts++
			}
		}
		if upserts != n {
			t.Errorf("%d upsertEntity entries, want %d", upserts, n)
		}
	})

	t.Run("evidence for one relation", func(t *testing.T) {
		const reportChorus = "report/chorus"
		ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
		var text strings.Builder
		text.WriteString("Anna Petrova raised torture in prisons")
		for _, o := range ordinals {
			fmt.Fprintf(&text, ", a %s time", o)
		}
		text.WriteString(".")
		MustLoad(t, s, textOnly(t, reportChorus, text.String()))
		want := []rightsgraph.Evidence{annotationEvidence(t, reportE, textE, quoteRaised, "")}
		var wg sync.WaitGroup
		for i, o := range ordinals {
			name := fmt.Sprintf("editor-%d", i)
			quote := "a " + o + " time"
			want = append(want, editorEvidence(t, name, reportChorus, text.String(), quote, "", 1))
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := rightsgraph.AddRelation(as(name, rightsgraph.RoleEditor), s, rightsgraph.RelationInput{
					From: annaID, To: tortureID, Type: rightsgraph.RelRaised, Report: reportChorus, Quote: quote})
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
			}()
		}
		wg.Wait()
		assertEvidence(t, relation(t, s, raisedID), raisedID, want...)
		if st := mustStats(t, s); st.Evidence != 2+n {
			t.Errorf("Stats count %d pieces of evidence, want %d", st.Evidence, 2+n)
		}
	})
}

func testRevisionFollowsEdits(t *testing.T, s rightsgraph.Store) {
	const riverID = "organisation/river-watch"
	upsert := func(ctx context.Context, name string) func() error {
		return func() error {
			_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: riverID, Kind: rightsgraph.KindOrganisation, Name: name})
			return err
		}
	}
	add := func(rel rightsgraph.RelType, from, to, quote string) func() error {
		return func() error {
			_, err := rightsgraph.AddRelation(editorCtx, s, rightsgraph.RelationInput{From: from, To: to, Type: rel, Report: reportE, Quote: quote})
			return err
		}
	}
	retract := func() error {
		_, err := rightsgraph.RetractRelation(editorCtx, s, memberID)
		return err
	}
	steps := []struct {
		name    string
		do      func() error
		code    string // of the error; "" for success
		changes bool
	}{
		{"load", func() error { return s.LoadReport(context.Background(), editFixture(t)) }, "", true},
		{"create an entity", upsert(editorCtx, "River Watch"), "", true},
		{"correct it", upsert(editorCtx, "River Watchers"), "", true},
		{"the same correction", upsert(editorCtx, "River Watchers"), "", false},
		{"a refused edit", upsert(context.Background(), "River"), rightsgraph.EUNAUTHORIZED, false},
		{"add a relation", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", true},
		{"the same evidence", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", false},
		{"add evidence", add(rightsgraph.RelLeads, annaID, orcID, quoteSays), "", true},
		{"retract", retract, "", true},
		{"retract again", retract, rightsgraph.ENOTFOUND, false},
		{"add it again", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", true},
		{"merge", func() error {
			_, err := rightsgraph.MergeEntities(editorCtx, s, orcID, riverID)
			return err
		}, "", true},
	}
	rev := mustRevision(t, s)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			assertCode(t, st.do(), st.code)
			now := mustRevision(t, s)
			if changed := now != rev; changed != st.changes {
				t.Errorf("Revision %d, was %d: changed %v, want %v", now, rev, changed, st.changes)
			}
			rev = now
		})
	}
}
