package neo4jstore_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestSeedParity loads the bundled reports into Neo4j and into the
// embedded store and checks that both hold the same graph and answer
// searches alike.
func TestSeedParity(t *testing.T) {
	ctx := context.Background()
	neo := neo4jtest.MustOpen(t)
	mem := inmem.New()
	for _, s := range []rightsgraph.Store{neo, mem} {
		if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	wantE, wantR := storetest.Dump(t, mem)
	gotE, gotR := storetest.Dump(t, neo)
	if !reflect.DeepEqual(gotE, wantE) {
		t.Errorf("entities differ: Neo4j has %d, embedded %d", len(gotE), len(wantE))
		for i := range min(len(gotE), len(wantE)) {
			if !reflect.DeepEqual(gotE[i], wantE[i]) {
				t.Errorf("first difference:\n neo4j %+v\n inmem %+v", gotE[i], wantE[i])
				break
			}
		}
	}
	if !reflect.DeepEqual(gotR, wantR) {
		t.Errorf("relations differ: Neo4j has %d, embedded %d", len(gotR), len(wantR))
	}
	for _, q := range []string{"Len Ponomarev", "Liudmila Mikhailovna Alekseeva", "Lyudmila Alexeyeva", "ONK", "POC",
		"Taubina", "memorial", "Chechnya", "torture", "Sergei", "Ponomarv", "foreign agent", "Centre E", "cherkasov"} {
		t.Run(q, func(t *testing.T) {
			want, err := mem.Search(ctx, rightsgraph.SearchQuery{Text: q, First: 20})
			if err != nil {
				t.Fatal(err)
			}
			got, err := neo.Search(ctx, rightsgraph.SearchQuery{Text: q, First: 20})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("Neo4j finds %d, embedded %d: %v vs %v", len(got), len(want), hitIDs(got), hitIDs(want))
			}
			for i := range want {
				if got[i].Entity.ID != want[i].Entity.ID || got[i].Score != want[i].Score {
					t.Errorf("hit %d: Neo4j %s %.3f, embedded %s %.3f", i, got[i].Entity.ID, got[i].Score, want[i].Entity.ID, want[i].Score)
				}
			}
		})
	}
	// Loading again changes nothing.
	if _, err := seed.LoadFS(ctx, neo, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	againE, againR := storetest.Dump(t, neo)
	if !reflect.DeepEqual(againE, gotE) || !reflect.DeepEqual(againR, gotR) {
		t.Errorf("a second load of the same reports changed the Neo4j graph")
	}
}

func hitIDs(hits []rightsgraph.SearchHit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Entity.ID
	}
	return ids
}
