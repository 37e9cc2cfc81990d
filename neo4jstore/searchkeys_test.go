package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestOlderSearchKeysAreRecomputed opens a database whose search keys an
// older build wrote (Cyrillic kept as Cyrillic, zero-width spaces as word
// breaks, no version): a store opened on it recomputes them, so that a
// Latin query finds a Cyrillic name and an invisible character parts no
// words.
func TestOlderSearchKeysAreRecomputed(t *testing.T) {
	ctx := context.Background()
	cfg := neo4jtest.Config(t)
	first := neo4jtest.MustOpen(t)
	text := "Лев Пономарёв chaired it. Anna Petrova spoke."
	storetest.MustLoad(t, first, storetest.Report(t, "report/old", text, []*rightsgraph.Entity{
		{ID: "person/lev-ponomarev", Kind: rightsgraph.KindPerson, Name: "Лев Пономарёв"},
		{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Name: "Anna Petrova"},
	}))

	// What the build before version 2 stored.
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if cfg.Password == "" {
		d, err = neo4j.NewDriverWithContext(cfg.URI, neo4j.NoAuth())
	}
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	for id, old := range map[string]map[string]any{
		"person/lev-ponomarev": {"name": "Лев Пономарёв", "nameKey": "лев пономарев", "searchNorms": []string{"лев пономарев"},
			"searchText": "лев пономарев \n лев пономарев"},
		"person/anna-petrova": {"name": "Anna Pet\u200brova", "nameKey": "anna pet rova", "searchNorms": []string{"anna pet rova"},
			"searchText": "anna pet rova \n anna pet rova"},
	} {
		if _, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n:Entity {id: $id}) SET n += $props REMOVE n.searchKeys",
			map[string]any{"id": id, "props": old}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
			t.Fatal(err)
		}
	}

	s, err := neo4jstore.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for q, want := range map[string]string{
		"Lev Ponomarev": "person/lev-ponomarev",
		"Ponomarev":     "person/lev-ponomarev",
		"Petrova":       "person/anna-petrova",
	} {
		hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Entity.ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, hits, want)
		}
	}
	page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{NameContains: "petrova"})
	if err != nil || len(page.Entities) != 1 {
		t.Errorf("ListEntities(NameContains petrova) = %v, %v; want Anna Petrova", page, err)
	}
}
