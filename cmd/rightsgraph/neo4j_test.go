package main

import (
	"bytes"
	"context"
	"io"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
)

// TestSeedAndExportOnNeo4j runs the commands against the Neo4j test
// server: seeding twice leaves the same stats, and the GraphML export
// from Neo4j is the same document as from the embedded store.
func TestSeedAndExportOnNeo4j(t *testing.T) {
	ctx := context.Background()
	store := neo4jtest.MustOpen(t) // empties the test database
	cfg := neo4jtest.Config(t)
	neo := env(map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_PASSWORD": cfg.Password})

	var stats [2]any
	for i := range stats {
		var stderr bytes.Buffer
		if err := run(ctx, []string{"seed", "../../seed/reports"}, neo, io.Discard, &stderr); err != nil {
			t.Fatalf("seed #%d into Neo4j: %v\n%s", i+1, err, stderr.String())
		}
		st, err := store.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stats[i] = st
	}
	if !reflect.DeepEqual(stats[0], stats[1]) {
		t.Errorf("stats after the second seed %+v differ from the first %+v", stats[1], stats[0])
	}

	var fromNeo4j, fromEmbedded bytes.Buffer
	if err := run(ctx, []string{"export", "-format", "graphml"}, neo, &fromNeo4j, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"export", "-format", "graphml"}, env(nil), &fromEmbedded, io.Discard); err != nil {
		t.Fatal(err)
	}
	if fromNeo4j.Len() == 0 || !bytes.Equal(fromNeo4j.Bytes(), fromEmbedded.Bytes()) {
		t.Errorf("GraphML from Neo4j (%d bytes) differs from the embedded store's (%d bytes)", fromNeo4j.Len(), fromEmbedded.Len())
	}
}
