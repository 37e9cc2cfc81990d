package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
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
