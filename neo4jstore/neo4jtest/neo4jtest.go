// Package neo4jtest gives tests a Neo4j store on the test server.
//
// Tests read the server's address from NEO4J_TEST_URI (and, with auth on,
// NEO4J_TEST_PASSWORD). Without it they skip, unless REQUIRE_NEO4J=1 (as in
// CI), where a missing or unreachable server fails them. Community edition
// has one database, so every test empties it first, and packages that use
// it must not run at the same time (go test -p 1).
package neo4jtest

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph/neo4jstore"
)

// Config returns the test server's configuration, skipping or failing tb
// when there is none.
func Config(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		if os.Getenv("REQUIRE_NEO4J") == "1" {
			tb.Fatal("REQUIRE_NEO4J=1 but NEO4J_TEST_URI is not set: start Neo4j with scripts/neo4j.sh start")
		}
		tb.Skip("NEO4J_TEST_URI not set: skipping the Neo4j tests")
	}
	return neo4jstore.Config{URI: uri, User: "neo4j", Password: os.Getenv("NEO4J_TEST_PASSWORD"), Database: "neo4j"}
}

// MustOpen empties the test database and opens a store on it, closed when
// the test ends.
func MustOpen(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	cfg := Config(tb)
	Wipe(tb, cfg)
	s, err := neo4jstore.Open(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.Ping(context.Background()); err != nil {
		tb.Fatalf("Neo4j at %s: %v", cfg.URI, err)
	}
	return s
}

// Driver opens a driver to the test database at cfg, closed when the test
// ends.
func Driver(tb testing.TB, cfg neo4jstore.Config) neo4j.DriverWithContext {
	tb.Helper()
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// Wipe deletes every node and relationship of the test database.
func Wipe(tb testing.TB, cfg neo4jstore.Config) {
	tb.Helper()
	ctx := context.Background()
	d := Driver(tb, cfg)
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer session.Close(ctx)
	// CALL … IN TRANSACTIONS needs an implicit transaction: session.Run.
	// Relationships go first, so that each batch of nodes stays small.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
	} {
		res, err := session.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			tb.Fatalf("empty the test database at %s: %v", cfg.URI, err)
		}
	}
}
