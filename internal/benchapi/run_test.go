package benchapi_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph/internal/benchapi"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
)

// TestMain lets the test binary serve as rightsgraph's servers, which Run
// starts as copies of the running executable.
func TestMain(m *testing.M) {
	benchapi.ChildMain()
	os.Exit(m.Run())
}

// TestRunEmbeddedAlone runs the harness on the embedded store alone,
// which needs no Neo4j: its server runs in a process of its own, answers,
// and writes the CPU profile of the measurement that was asked for.
func TestRunEmbeddedAlone(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	res, err := benchapi.Run(context.Background(), benchapi.Config{
		Targets: []string{benchapi.TargetEmbedded}, Entities: 200, Relations: 800, Params: 5,
		NeighbourhoodMin: 2, NeighbourhoodMax: 1000,
		Duration: 100 * time.Millisecond, Slice: 50 * time.Millisecond, Concurrency: []int{2},
		CPUProfile: prof,
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := len(benchapi.Questions); len(res.Cells) != want {
		t.Fatalf("%d cells, want %d", len(res.Cells), want)
	}
	for _, c := range res.Cells {
		if c.Target != benchapi.TargetEmbedded || c.Requests == 0 || c.Errors > 0 {
			t.Errorf("%s on %s: %d requests, %d errors (first: %v)", c.Question, c.Target, c.Requests, c.Errors, c.FirstError)
		}
	}
	st, err := os.Stat(filepath.Join(filepath.Dir(prof), "cpu.embedded.prof"))
	if err != nil {
		t.Fatalf("the embedded server wrote no profile: %v", err)
	}
	if st.Size() == 0 {
		t.Error("the embedded server's profile is empty")
	}
}

// TestRunTiny runs the whole harness on a tiny graph: the answers of every
// target must be equal (Run fails otherwise), and every cell must have
// measured requests without errors. The peer runs when its packages are
// installed (npm ci in bench/peer), and must when REQUIRE_PEER=1.
func TestRunTiny(t *testing.T) {
	neo := neo4jtest.Config(t)
	peerDir, err := filepath.Abs("../../bench/peer")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(peerDir, "node_modules", "@neo4j", "graphql")); err != nil {
		if os.Getenv("REQUIRE_PEER") == "1" {
			t.Fatalf("REQUIRE_PEER=1 but the peer is not installed: run npm ci in %s", peerDir)
		}
		t.Logf("the peer is not installed (npm ci in %s): running without it", peerDir)
		peerDir = ""
	}
	var progress bytes.Buffer
	res, err := benchapi.Run(context.Background(), benchapi.Config{
		Neo4j: benchapi.Neo4jConfig{URI: neo.URI, User: neo.User, Password: neo.Password, Database: neo.Database},
		Wipe:  true, Entities: 200, Relations: 800, Params: 20,
		NeighbourhoodMin: 2, NeighbourhoodMax: 1000,
		Duration: 200 * time.Millisecond, Slice: 50 * time.Millisecond, Concurrency: []int{1, 2},
		PeerDir: peerDir, Progress: &progress,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	targets := 3
	if peerDir != "" {
		targets = 4
	}
	for _, q := range benchapi.Questions {
		if want := 20 * targets; res.Checked[q] != want {
			t.Errorf("%s: %d answers checked, want %d", q, res.Checked[q], want)
		}
	}
	if want := len(benchapi.Questions) * 2 * targets; len(res.Cells) != want {
		t.Fatalf("%d cells, want %d", len(res.Cells), want)
	}
	for _, c := range res.Cells {
		if c.Requests == 0 || c.Errors > 0 {
			t.Errorf("%s on %s at %d: %d requests, %d errors (first: %v)", c.Question, c.Target, c.Concurrency, c.Requests, c.Errors, c.FirstError)
		}
	}
	var table bytes.Buffer
	if err := benchapi.PrintTable(&table, res); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), benchapi.TargetNeo4j+" / "+benchapi.TargetCypher) {
		t.Errorf("the table has no ratio of rightsgraph on Neo4j to raw Cypher:\n%s", table.String())
	}
}

// TestRunRefusesToWipe checks that the harness empties only a local Neo4j,
// and only when told to.
func TestRunRefusesToWipe(t *testing.T) {
	for _, tc := range []struct {
		name string
		uri  string
		wipe bool
		want string
	}{
		{"remote", "bolt://db.example.org:7687", true, "only on 127.0.0.1 or localhost"},
		{"no -wipe", "bolt://127.0.0.1:7687", false, "pass -wipe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benchapi.Run(context.Background(), benchapi.Config{Neo4j: benchapi.Neo4jConfig{URI: tc.uri}, Wipe: tc.wipe})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Run(%s, wipe=%v) = %v, want an error saying %q", tc.uri, tc.wipe, err, tc.want)
			}
		})
	}
}
