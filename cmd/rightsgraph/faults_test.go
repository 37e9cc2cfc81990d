package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// TestNeo4jOwnServer runs a Neo4j server of its own, which the tests
// stop, kill and fill with neo4j-admin. They share it, in this order,
// because a new server's first minute goes to warming up its JVM.
func TestNeo4jOwnServer(t *testing.T) {
	srv := neo4jtest.NewServer(t)
	t.Run("import", func(t *testing.T) { testNeo4jImport(t, srv) })
	testNeo4jFaults(t, srv)
}

// testNeo4jFaults breaks the server: serve starts while it is down and
// recovers when it comes up, and a load cut by a crash leaves nothing
// partial and completes when run again. The database may hold anything
// but must not be empty.
func testNeo4jFaults(t *testing.T, srv *neo4jtest.Server) {
	t.Run("serve starts while Neo4j is down and recovers", func(t *testing.T) {
		srv.Stop()
		base, _ := startServerEnv(t, map[string]string{"NEO4J_URI": srv.URI})
		if code, _ := get(t, base+"/healthz"); code != http.StatusOK {
			t.Errorf("/healthz = %d, want 200 while Neo4j is down", code)
		}
		// The first attempt to reach Neo4j takes a few seconds to give up.
		deadline := time.Now().Add(20 * time.Second)
		for {
			code, body := get(t, base+"/readyz")
			if code == http.StatusServiceUnavailable && strings.Contains(body, "unavailable") {
				break
			}
			if code != http.StatusServiceUnavailable || time.Now().After(deadline) {
				t.Fatalf("/readyz = %d %q, want 503 saying the store is unavailable", code, body)
			}
			time.Sleep(100 * time.Millisecond)
		}
		if code := graphqlErrorCode(t, base, `{ stats { nodes } }`); code != rightsgraph.EUNAVAILABLE {
			t.Errorf("GraphQL error code = %q, want %s", code, rightsgraph.EUNAVAILABLE)
		}

		srv.Start()
		waitReady(t, base)
		if code := graphqlErrorCode(t, base, `{ entity(id: "person/lev-ponomarev") { name } }`); code != "" {
			t.Errorf("GraphQL after recovery: error %q", code)
		}
	})

	t.Run("a load cut by a crash leaves nothing and completes when run again", func(t *testing.T) {
		ctx := context.Background()
		store, err := neo4jstore.Open(neo4jstore.Config{URI: srv.URI, Database: "neo4j"})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		before, err := store.Stats(ctx)
		if err != nil || before.Nodes == 0 {
			t.Fatalf("Stats before = %+v, %v; want the graph of the subtests before", before, err)
		}
		// Big enough to be staged (see neo4jstore's stageAbove): its
		// first rows are written, and visible, long before it commits.
		big := apart(synth.Generate(synth.Options{Reports: 1, Entities: 2_000, Relations: 6_000, Seed: 3})[0], "crash")

		done := make(chan error, 1)
		go func() { done <- store.LoadReport(ctx, big) }()
		waitStaging(t, srv.URI, done)
		srv.Kill()
		if err := <-done; err == nil {
			t.Fatal("LoadReport succeeded although Neo4j was killed during it")
		} else if code := rightsgraph.ErrorCode(err); code != rightsgraph.EUNAVAILABLE {
			t.Logf("LoadReport failed with %s: %v", code, err)
		}

		srv.Start()
		after, err := store.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Nodes != before.Nodes || after.Relationships != before.Relationships || after.Evidence != before.Evidence {
			t.Errorf("after the crash: %d nodes, %d relationships, %d evidence; want %d, %d, %d as before",
				after.Nodes, after.Relationships, after.Evidence, before.Nodes, before.Relationships, before.Evidence)
		}
		if _, err := store.Entity(ctx, big.Report.ID); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
			t.Errorf("the cut report is visible: %v", err)
		}

		if err := store.LoadReport(ctx, big); err != nil {
			t.Fatalf("the load run again: %v", err)
		}
		again, err := store.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if again.Relationships != before.Relationships+len(big.Relations) {
			t.Errorf("after the load run again: %d relationships, want %d", again.Relationships, before.Relationships+len(big.Relations))
		}
		// The bundled reports are still whole.
		if _, err := seed.LoadFS(ctx, store, seed.Bundled(), seed.Options{DryRun: true}); err != nil {
			t.Error(err)
		}
	})
}

// apart renames a synthetic report's ids with a suffix, so that it shares
// nothing with other synthetic graphs the database holds.
func apart(g *rightsgraph.ReportGraph, suffix string) *rightsgraph.ReportGraph {
	g.Report.ID += "-" + suffix
	for _, e := range g.Entities {
		e.ID += "-" + suffix
	}
	for _, r := range g.Relations {
		r.From += "-" + suffix
		r.To += "-" + suffix
		r.ID = rightsgraph.RelationID(r.From, r.Type, r.To)
		for i := range r.Evidence {
			r.Evidence[i].Report = g.Report.ID
		}
	}
	return g
}

// startServerEnv is startServer with an environment.
func startServerEnv(t *testing.T, kv map[string]string) (string, func() error) {
	t.Helper()
	return startServerWith(t, env(kv))
}

// graphqlErrorCode posts a query and returns the code of its first error,
// or "" when it has none.
func graphqlErrorCode(t *testing.T, base, query string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("GraphQL answer %q: %v", raw, errors.Unwrap(err))
	}
	if len(out.Errors) == 0 {
		return ""
	}
	code, _ := out.Errors[0].Extensions["code"].(string)
	t.Logf("GraphQL error: %s (%s)", out.Errors[0].Message, code)
	return code
}

// waitStaging returns once the load running into the server at uri has
// staged its first entities, and fails the test if the load ends first.
func waitStaging(t *testing.T, uri string, done <-chan error) {
	t.Helper()
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	for {
		select {
		case err := <-done:
			t.Fatalf("the load ended (%v) before the crash: make the synthetic report bigger", err)
		default:
		}
		res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n:StagedEntity) RETURN count(n) > 0 AS staging", nil,
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatal(err)
		}
		if staging, _ := res.Records[0].Get("staging"); staging == true {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
