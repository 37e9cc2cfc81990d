package storetest

import (
	"context"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
)

// testDraftLinks drafts a new report against the store: names the graph
// holds (by name, alias, acronym or transliteration) reuse their ids and
// keep their names; new names get new ids; nothing is written.
func testDraftLinks(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	rev, _ := s.Revision(ctx)
	known := extract.StoreKnown(s)
	for _, tt := range []struct {
		kind rightsgraph.Kind
		name string
		want string // "" when nothing should link
	}{
		{rightsgraph.KindPerson, "Anna Petrova", "person/anna-petrova"},
		{rightsgraph.KindPerson, "Anya Petrova", "person/anna-petrova"},
		{rightsgraph.KindPerson, "ANNA  PETROVA", "person/anna-petrova"},
		{rightsgraph.KindOrganisation, "ORC", "organisation/open-rights-centre"},
		{rightsgraph.KindPerson, "Open Rights Centre", ""},
		{rightsgraph.KindPerson, "Ivan Sidorova", ""},
		{rightsgraph.KindPerson, "Boris Kuznetsov", ""},
	} {
		link, ok, err := known.Lookup(ctx, tt.kind, tt.name)
		if err != nil {
			t.Fatalf("Lookup(%s %q): %v", tt.kind, tt.name, err)
		}
		if got := map[bool]string{true: link.ID}[ok]; got != tt.want {
			t.Errorf("Lookup(%s %q) = %q, want %q", tt.kind, tt.name, got, tt.want)
		}
	}

	text := "Anna Petrova, head of the Open Rights Centre, met Boris Kuznetsov, director of the Coast Guard Society, in Samara."
	d, err := extract.Draft(ctx, text, known)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]extract.Entity{}
	for _, e := range d.Entities {
		byID[e.ID] = e
	}
	anna, ok := byID["person/anna-petrova"]
	if !ok || anna.Existing == nil || anna.Name != "Anna Petrova" {
		t.Errorf("Anna Petrova not linked: %+v", d.Entities)
	}
	if orc, ok := byID["organisation/open-rights-centre"]; !ok || orc.Existing == nil {
		t.Errorf("the Open Rights Centre not linked: %+v", d.Entities)
	}
	for _, e := range d.Entities {
		if e.Name == "Boris Kuznetsov" && e.Existing != nil {
			t.Errorf("a new person linked to %+v", e.Existing)
		}
	}
	if after, _ := s.Revision(ctx); after != rev {
		t.Error("drafting changed the store")
	}
}
