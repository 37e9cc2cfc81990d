package graph_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
)

// BenchmarkSearch measures a search with a typo through the whole handler:
// parsing (cached after the first request), the store's fuzzy match over
// every name and alias, and the response.
func BenchmarkSearch(b *testing.B) {
	c := newClient(MustSeededStore(b))
	const q = `query($q: String!) { search(query: $q, first: 10) { score entity { id kind name } } }`
	var resp struct {
		Search []searchHit `json:"search"`
	}
	MustPost(b, c, q, &resp, client.Var("q", "Ponomerev"))
	if len(resp.Search) == 0 || resp.Search[0].Entity.ID != levID {
		b.Fatalf("search(Ponomerev) = %v, want %s first", resp.Search, levID)
	}
	b.ReportAllocs()
	for b.Loop() {
		MustPost(b, c, q, &resp, client.Var("q", "Ponomerev"))
	}
}

// BenchmarkEntityWithRelations measures the congress, the best connected
// entity, with every relation, the entity at its other end and its
// evidence: three levels of dataloader batches.
func BenchmarkEntityWithRelations(b *testing.B) {
	c := newClient(MustSeededStore(b))
	const q = `query($id: ID!) { entity(id: $id) { id name relations { ...rel } } }` + relFields
	var resp struct {
		Entity struct {
			ID        string     `json:"id"`
			Name      string     `json:"name"`
			Relations []relation `json:"relations"`
		} `json:"entity"`
	}
	MustPost(b, c, q, &resp, client.Var("id", congressID))
	if len(resp.Entity.Relations) < 10 {
		b.Fatalf("entity(%s) has %d relations, want many", congressID, len(resp.Entity.Relations))
	}
	b.ReportAllocs()
	for b.Loop() {
		MustPost(b, c, q, &resp, client.Var("id", congressID))
	}
}
