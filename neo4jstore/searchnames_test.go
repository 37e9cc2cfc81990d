package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestSearchSeesOtherProcessesChanges keeps two stores on one database,
// as two processes would: what one writes, the other's next search finds
// (or no longer finds), though that one read the names before; and so
// when the database is emptied and loaded again up to the revision number
// it had.
func TestSearchSeesOtherProcessesChanges(t *testing.T) {
	ctx := context.Background()
	writer := neo4jtest.MustOpen(t)
	reader, err := neo4jstore.Open(neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	editor := rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "t", Role: rightsgraph.RoleEditor})
	person := func(id, name string) *rightsgraph.Entity {
		return &rightsgraph.Entity{ID: id, Kind: rightsgraph.KindPerson, Name: name}
	}
	top := func(text string) string {
		t.Helper()
		hits, err := reader.Search(ctx, rightsgraph.SearchQuery{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Score != rightsgraph.ScoreExact {
			return ""
		}
		return hits[0].Entity.ID
	}
	load := func(g *rightsgraph.ReportGraph) {
		t.Helper()
		if err := writer.LoadReport(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	memo := &rightsgraph.Entity{ID: "organisation/memo", Kind: rightsgraph.KindOrganisation, Name: "Memo Centre"}
	load(storetest.Report(t, "report/one", "Anna Petrova spoke for Memo Centre.", []*rightsgraph.Entity{person("person/anna", "Anna Petrova"), memo}))
	if got := top("Anna Petrova"); got != "person/anna" {
		t.Fatalf("before any change: top hit %q, want person/anna", got)
	}
	_, indexed, _ := reader.SearchNames()
	if _, err := rightsgraph.UpsertEntity(editor, writer, rightsgraph.EntityInput{ID: "person/zinaida", Kind: rightsgraph.KindPerson, Name: "Zinaida Kovalenko"}); err != nil {
		t.Fatal(err)
	}
	if got := top("Zinaida Kovalenko"); got != "person/zinaida" {
		t.Errorf("after another store added an entity: top hit %q, want person/zinaida", got)
	}
	if _, err := rightsgraph.UpsertEntity(editor, writer, rightsgraph.EntityInput{ID: "person/anna", Kind: rightsgraph.KindPerson, Name: "Olga Ivanova"}); err != nil {
		t.Fatal(err)
	}
	if got := top("Anna Petrova"); got != "" {
		t.Errorf("after another store renamed the entity: top hit %q, want none", got)
	}
	if got := top("Olga Ivanova"); got != "person/anna" {
		t.Errorf("after another store renamed the entity: top hit %q for its new name, want person/anna", got)
	}
	if seq, n, changed := reader.SearchNames(); seq != 3 || n != indexed || changed != 2 {
		t.Errorf("after two edits: names at %d, %d indexed and %d changed; want the edits' entities read alone (3, %d, 2)", seq, n, changed, indexed)
	}
	// Merges and their undoing, visibility and relations: the names read
	// as the full-text index finds them.
	phrases := []string{"Anna Petrova", "Olga Ivanova", "Zinaida Kovalenko", "Zinaida", "Olga", "Ivanova Olga", "Memo Centre", "Report report/one"}
	same := func(when string) {
		t.Helper()
		for _, p := range phrases {
			q := rightsgraph.SearchQuery{Text: p}
			got, err := reader.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			want, err := reader.SearchIndexed(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := hitSummary(got), hitSummary(want); a != b {
				t.Errorf("after %s, Search(%q):\nnames     %s\nfull-text %s", when, p, a, b)
			}
		}
	}
	if _, err := rightsgraph.MergeEntities(editor, writer, "person/anna", "person/zinaida"); err != nil {
		t.Fatal(err)
	}
	same("a merge")
	if _, _, err := rightsgraph.UnmergeEntities(editor, writer, "person/zinaida"); err != nil {
		t.Fatal(err)
	}
	same("the merge undone")
	if got := top("Zinaida Kovalenko"); got != "person/zinaida" {
		t.Errorf("after the merge undone: top hit %q, want person/zinaida", got)
	}
	if _, err := rightsgraph.SetVisibility(rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "t", Role: rightsgraph.RoleAdmin}), writer, "person/anna", rightsgraph.VisibilityRestricted); err != nil {
		t.Fatal(err)
	}
	same("a change of visibility")
	if _, err := rightsgraph.AddRelation(editor, writer, rightsgraph.RelationInput{From: "person/zinaida", To: memo.ID, Type: rightsgraph.RelMemberOf,
		Report: "report/one", Quote: "Memo Centre"}); err != nil {
		t.Fatal(err)
	}
	same("a relation added")
	if seq, n, changed := reader.SearchNames(); n != indexed || changed == 0 {
		t.Errorf("after edits: names at %d, %d indexed and %d changed; want the edits' entities read alone", seq, n, changed)
	}
	load(storetest.Report(t, "report/three", "Vera Belova spoke.", []*rightsgraph.Entity{person("person/vera", "Vera Belova")}))
	if got := top("Vera Belova"); got != "person/vera" {
		t.Errorf("after a load: top hit %q, want person/vera", got)
	}
	same("a load")
	if seq, indexed, changed := reader.SearchNames(); changed != 0 {
		t.Errorf("after a load: names at %d, %d indexed and %d changed; want all read again", seq, indexed, changed)
	}

	// Emptied and loaded again: the revision number is 1 again, as when
	// the reader first read the names.
	neo4jtest.Wipe(t, neo4jtest.Config(t))
	load(storetest.Report(t, "report/one", "Anna Petrova spoke.", []*rightsgraph.Entity{person("person/anna", "Anna Petrova")}))
	if got := top("Anna Petrova"); got != "person/anna" {
		t.Fatalf("after emptying: top hit %q, want person/anna", got)
	}
	neo4jtest.Wipe(t, neo4jtest.Config(t))
	load(storetest.Report(t, "report/two", "Boris Orlov spoke.", []*rightsgraph.Entity{person("person/boris", "Boris Orlov")}))
	if got := top("Boris Orlov"); got != "person/boris" {
		t.Errorf("after emptying and loading as many times: top hit %q, want person/boris", got)
	}
	if got := top("Anna Petrova"); got != "" {
		t.Errorf("after emptying and loading as many times: top hit %q for a name gone, want none", got)
	}
}
