package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
)

// TestSchemaRecreatesWhatIsMissing: a store opened on a database that
// lacks one of its indexes and one of its constraints creates them again,
// although it skips what exists.
func TestSchemaRecreatesWhatIsMissing(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.MustOpen(t) // Ping has set up the schema
	cfg := neo4jtest.Config(t)
	d := neo4jtest.Driver(t, cfg)
	exec := func(q string) *neo4j.EagerResult {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return res
	}
	exec("DROP INDEX rightsgraph_entity_kind")
	exec("DROP CONSTRAINT rightsgraph_person_id")
	s.Close()

	again, err := neo4jstore.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if err := again.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	for q, name := range map[string]string{"SHOW INDEXES YIELD name": "rightsgraph_entity_kind", "SHOW CONSTRAINTS YIELD name": "rightsgraph_person_id"} {
		found := false
		for _, rec := range exec(q).Records {
			if n, _ := rec.Get("name"); n == name {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is missing after the store was opened again", name)
		}
	}
}
