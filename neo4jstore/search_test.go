package neo4jstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// TestNeo4jSearchParity checks that Neo4j ranks exactly as the
// embedded store over a synthetic graph whose names share most of their
// words, so that a phrase has many candidates and many ties (more than
// the hundred hits asked for): names as given, with typos, with a space
// lost or added, in other scripts, and short prefixes; both with the
// store's copy of the names and with the full-text index.
func TestNeo4jSearchParity(t *testing.T) {
	ctx := context.Background()
	neo := neo4jtest.MustOpen(t)
	mem := inmem.New()
	graphs := synth.Generate(synth.Options{Reports: 2, Entities: 1500, Relations: 3000, Seed: 7})
	// Words too long for the index to narrow: such queries rank every
	// entity.
	long := storetest.Report(t, "report/long", "Long names.", []*rightsgraph.Entity{
		{ID: "person/k1", Kind: rightsgraph.KindPerson, Name: "Konstantinopolitanischer Dudelsackpfeifer"},
		{ID: "person/k2", Kind: rightsgraph.KindPerson, Name: "Konstantinopolitanischer"},
		{ID: "organisation/k3", Kind: rightsgraph.KindOrganisation, Name: "Konstantinopolitanischerx Verein"},
	})
	graphs = append(graphs, long)
	for _, s := range []rightsgraph.Store{neo, mem} {
		for _, g := range graphs {
			if err := s.LoadReport(ctx, g); err != nil {
				t.Fatal(err)
			}
		}
	}
	var phrases []string
	for i, e := range graphs[0].Entities {
		if i%40 != 0 {
			continue
		}
		n := e.Name
		words := strings.Fields(n)
		phrases = append(phrases, n, strings.ToUpper(n), strings.Replace(n, " ", "", 1), n[:len(n)-1]+"x",
			n[1:], words[0], words[len(words)-1], words[0][:3], strings.Join(words[:2], ""))
	}
	phrases = append(phrases, "Konstantinopolitanischer", "konstantinopolitanischer dudelsack", "Konstantinopolitanischerx", "Анна", "Centre", "centre 1", "a", "and", "Rights Centre", "Justice Centr", "Vera Belova", "Boris Gusev 1",
		strings.Repeat("Konstantinopolitanischer Dudelsackpfeifer ", 5)+"x") // past the full-text index's whole names
	for _, p := range phrases {
		for _, kinds := range [][]rightsgraph.Kind{nil, {rightsgraph.KindPerson}} {
			q := rightsgraph.SearchQuery{Text: p, First: rightsgraph.MaxSearchResults, Kinds: kinds}
			want, err := mem.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for i, search := range []func(context.Context, rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error){neo.Search, neo.SearchIndexed} {
				got, err := search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if a, b := hitSummary(got), hitSummary(want); a != b {
					t.Errorf("Search(%q, %v) with %s:\nNeo4j    %s\nembedded %s", p, kinds, []string{"the names", "the full-text index"}[i], a, b)
				}
			}
		}
	}
}

func hitSummary(hits []rightsgraph.SearchHit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "%s:%.4f:%d:%d ", h.Entity.ID, h.Score, h.Relations, h.Evidence)
	}
	return b.String()
}
