package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// env returns a getenv over a fixed map, so tests never see the machine's,
// with a data folder of its own unless the map names one.
func env(kv map[string]string) func(string) string {
	dir, err := os.MkdirTemp(testData, "data-")
	if err != nil {
		panic(err)
	}
	return func(k string) string {
		if v, ok := kv[k]; ok || k != "RIGHTSGRAPH_DATA" {
			return v
		}
		return dir
	}
}

// testData holds the tests' data folders.
var testData string

func TestMain(m *testing.M) {
	var err error
	if testData, err = os.MkdirTemp("", "rightsgraph-test-"); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(testData)
	os.Exit(code)
}

var listening = regexp.MustCompile(`listening on (http://\S+)`)

// startServer runs serve on a free port and returns its base URL, and a
// stop function that ends it and returns run's error.
func startServer(t *testing.T) (string, func() error) {
	t.Helper()
	return startServerWith(t, env(nil))
}

// startServerWith is startServer with an environment.
func startServerWith(t *testing.T, getenv func(string) string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0"}, getenv, &stdout, &stderr) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := listening.FindStringSubmatch(stdout.String()); m != nil {
			stopped := false
			stop := func() error {
				if stopped {
					return nil
				}
				stopped = true
				cancel()
				return <-done
			}
			t.Cleanup(func() { stop() })
			return m[1], stop
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s", err, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("serve did not start listening:\n%s", stderr.String())
	return "", nil
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// waitReady polls /readyz until it answers 200.
func waitReady(t *testing.T, base string) {
	t.Helper()
	// Generous: on a busy machine a first load into Neo4j takes a while.
	deadline := time.Now().Add(3 * time.Minute)
	for {
		code, body := get(t, base+"/readyz")
		if code == http.StatusOK {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz still %d after 3 minutes: %s", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestServe(t *testing.T) {
	base, stop := startServer(t)
	if code, _ := get(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d, want 200", code)
	}
	waitReady(t, base)

	t.Run("graphql over POST", func(t *testing.T) {
		resp, err := http.Post(base+"/graphql", "application/json",
			strings.NewReader(`{"query":"{ entity(id: \"person/lev-ponomarev\") { name } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || !strings.Contains(string(body), `"name":"Lev Ponomarev"`) {
			t.Errorf("POST /graphql = %d %s", resp.StatusCode, body)
		}
	})
	t.Run("graphql over GET", func(t *testing.T) {
		code, body := get(t, base+`/graphql?query=%7Bstats%7Bnodes%7D%7D`)
		if code != 200 || !strings.Contains(body, `"nodes":`) {
			t.Errorf("GET /graphql = %d %s", code, body)
		}
	})
	for _, path := range []string{"/", "/graphiql", "/metrics"} {
		t.Run(path, func(t *testing.T) {
			if code, _ := get(t, base+path); code != http.StatusOK {
				t.Errorf("%s = %d, want 200", path, code)
			}
		})
	}
	t.Run("export", func(t *testing.T) {
		code, body := get(t, base+"/export?format=graphml")
		if code != 200 || countGraphML(t, strings.NewReader(body)).nodes == 0 {
			t.Errorf("/export = %d, %d bytes", code, len(body))
		}
		if code, _ := get(t, base+"/export?format=pdf"); code != http.StatusBadRequest {
			t.Errorf("/export?format=pdf = %d, want 400", code)
		}
	})
	t.Run("health command", func(t *testing.T) {
		if err := run(context.Background(), []string{"health", "-url", base + "/readyz"}, env(nil), io.Discard, io.Discard); err != nil {
			t.Errorf("health on a ready server: %v", err)
		}
		if err := run(context.Background(), []string{"health", "-url", base + "/nowhere"}, env(nil), io.Discard, io.Discard); err == nil {
			t.Errorf("health on a 404 succeeded")
		}
	})
	t.Run("metrics count requests", func(t *testing.T) {
		_, body := get(t, base+"/metrics")
		if !strings.Contains(body, `rightsgraph_http_requests_total{code="200",route="/healthz"}`) {
			t.Errorf("/metrics lacks the request counter:\n%.500s", body)
		}
	})
	if err := stop(); err != nil {
		t.Errorf("graceful shutdown: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}

func TestSeedCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantErr  bool
		stdout   string // substring
		stderrRe string // regexp
	}{
		{"bundled reports are valid", []string{"seed", "-dry-run", "../../seed/reports"}, false, "valid (dry run, nothing written)", ""},
		{"a loaded report", []string{"seed", "../../seed/reports/2017-11-moscow-human-rights-congress.yaml"}, false, "loaded", ""},
		{"a missing path", []string{"seed", "-dry-run", "nowhere.yaml"}, true, "", `nowhere\.yaml: .*no such file`},
		{"a broken annotation", []string{"seed", "-dry-run", writeBroken(t)}, true, "", `broken\.yaml:\d+: quote not found`},
		{"no path", []string{"seed"}, true, "", `usage`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, env(nil), &stdout, &stderr)
			if (err != nil) != tt.wantErr {
				t.Fatalf("run = %v, want error %v\nstderr: %s", err, tt.wantErr, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tt.stdout)
			}
			if tt.stderrRe != "" && !regexp.MustCompile(tt.stderrRe).MatchString(stderr.String()+errString(err)) {
				t.Errorf("stderr %q does not match %q", stderr.String(), tt.stderrRe)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// writeBroken writes a copy of the bundled report whose first quote is
// changed, and returns the annotation's path.
func writeBroken(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "../../seed/reports/2017-11-moscow-human-rights-congress"
	text, err := os.ReadFile(src + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	ann, err := os.ReadFile(src + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	ann = regexp.MustCompile(`(?m)^(\s*quote: )(.*)$`).ReplaceAll(ann, []byte(`${1}"words the report never says"`))
	if err := os.WriteFile(filepath.Join(dir, "2017-11-moscow-human-rights-congress.txt"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(path, ann, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportGraphML(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"export", "-format", "graphml"}, env(nil), &stdout, &stderr); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr.String())
	}
	c := countGraphML(t, &stdout)
	if c.nodes < 50 || c.edges < 50 {
		t.Errorf("GraphML has %d nodes and %d edges, want the whole seed graph", c.nodes, c.edges)
	}
	for _, key := range []string{"kind", "name", "aliases", "type", "role", "evidence"} {
		if !c.keys[key] {
			t.Errorf("GraphML lacks key %q", key)
		}
	}
	out := filepath.Join(t.TempDir(), "graph.graphml")
	if err := run(context.Background(), []string{"export", "-format", "graphml", "-out", out}, env(nil), io.Discard, &stderr); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if c2 := countGraphML(t, f); c2.nodes != c.nodes || c2.edges != c.edges {
		t.Errorf("-out file has %d/%d nodes/edges, stdout %d/%d", c2.nodes, c2.edges, c.nodes, c.edges)
	}
	err = run(context.Background(), []string{"export", "-format", "pdf"}, env(nil), io.Discard, io.Discard)
	if !errors.Is(err, errUsage) {
		t.Errorf("export -format pdf = %v, want a usage error", err)
	}
}

type graphMLCounts struct {
	nodes, edges int
	keys         map[string]bool
}

// countGraphML reads a GraphML document with encoding/xml and counts it.
func countGraphML(t *testing.T, r io.Reader) graphMLCounts {
	t.Helper()
	var doc struct {
		Keys []struct {
			ID string `xml:"id,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct{} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	c := graphMLCounts{nodes: len(doc.Graph.Nodes), edges: len(doc.Graph.Edges), keys: map[string]bool{}}
	for _, k := range doc.Keys {
		c.keys[k.ID] = true
	}
	return c
}

func TestConfig(t *testing.T) {
	cfg, err := LoadConfig(func(string) string { return "" })
	if err != nil || cfg.Addr != DefaultAddr || cfg.DataDir != DefaultDataDir || cfg.Neo4j.URI != "" {
		t.Errorf("defaults = %+v", cfg)
	}
	cfg, err = LoadConfig(env(map[string]string{"RIGHTSGRAPH_ADDR": ":9999", "NEO4J_URI": "neo4j://db:7687", "NEO4J_DATABASE": "graph",
		"RIGHTSGRAPH_INTROSPECTION": "false", "RIGHTSGRAPH_RATE_LIMIT": "5", "RIGHTSGRAPH_QUERY_TIMEOUT": "2s"}))
	if err != nil || cfg.Introspection || cfg.RateLimit != 5 || cfg.QueryTimeout != 2*time.Second {
		t.Errorf("from environment = %+v, %v", cfg, err)
	}
	for _, bad := range []map[string]string{
		{"RIGHTSGRAPH_INTROSPECTION": "maybe"}, {"RIGHTSGRAPH_RATE_LIMIT": "-1"},
		{"RIGHTSGRAPH_MAX_BODY": "10"}, {"RIGHTSGRAPH_QUERY_TIMEOUT": "soon"},
	} {
		if _, err := LoadConfig(env(bad)); err == nil {
			t.Errorf("LoadConfig(%v) accepted it", bad)
		}
	}
	if cfg.Addr != ":9999" || cfg.Neo4j.URI != "neo4j://db:7687" || cfg.Neo4j.Database != "graph" || cfg.Neo4j.User != DefaultNeo4jUser {
		t.Errorf("from environment = %+v", cfg)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"serve", "-nope"}} {
		if err := run(context.Background(), args, env(nil), io.Discard, io.Discard); exitCode(err) != 2 {
			t.Errorf("run(%q) = %v, want exit code 2", args, err)
		}
	}
}

// TestSeedRefusesBrokenFixtures runs seed -dry-run on every broken fixture
// of the loader's tests: each is refused with a file:line message.
func TestSeedRefusesBrokenFixtures(t *testing.T) {
	fixtures, err := filepath.Glob("../../seed/testdata/broken/*.yaml")
	if err != nil || len(fixtures) < 8 {
		t.Fatalf("found %d broken fixtures (%v), want the loader's", len(fixtures), err)
	}
	fixtures = append(fixtures, "../../seed/testdata/edited-text")
	for _, f := range fixtures {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var stderr bytes.Buffer
			err := run(context.Background(), []string{"seed", "-dry-run", f}, env(nil), io.Discard, &stderr)
			if err == nil || exitCode(err) == 0 {
				t.Fatalf("seed -dry-run %s succeeded", f)
			}
			if !regexp.MustCompile(`(?m)^\S+\.yaml:\d+: `).MatchString(stderr.String()) {
				t.Errorf("stderr lacks a file:line: message:\n%s", stderr.String())
			}
		})
	}
}

func TestExportFormatsAndNeighbourhoods(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, format := range []string{"graphml", "gexf", "cyjs"} {
		out := filepath.Join(dir, "graph."+format)
		if err := run(ctx, []string{"export", "-format", format, "-out", out}, env(nil), io.Discard, io.Discard); err != nil {
			t.Errorf("export -format %s: %v", format, err)
		} else if info, err := os.Stat(out); err != nil || info.Size() < 1000 {
			t.Errorf("export -format %s wrote %v, %v", format, info, err)
		}
	}
	csvDir := filepath.Join(dir, "csv")
	if err := run(ctx, []string{"export", "-format", "csv", "-out", csvDir}, env(nil), io.Discard, io.Discard); err != nil {
		t.Fatalf("export -format csv: %v", err)
	}
	for _, name := range []string{"nodes.csv", "edges.csv"} {
		if info, err := os.Stat(filepath.Join(csvDir, name)); err != nil || info.Size() == 0 {
			t.Errorf("%s: %v, %v", name, info, err)
		}
	}
	if err := run(ctx, []string{"export", "-format", "csv"}, env(nil), io.Discard, io.Discard); !errors.Is(err, errUsage) {
		t.Errorf("csv without -out = %v, want a usage error", err)
	}

	var whole, around bytes.Buffer
	if err := run(ctx, []string{"export"}, env(nil), &whole, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"export", "-around", "person/natalya-taubina", "-depth", "1"}, env(nil), &around, io.Discard); err != nil {
		t.Fatal(err)
	}
	w, a := countGraphML(t, &whole), countGraphML(t, &around)
	if a.nodes < 2 || a.nodes >= w.nodes || a.edges < 1 {
		t.Errorf("neighbourhood export: %d nodes, %d edges (whole graph %d nodes)", a.nodes, a.edges, w.nodes)
	}
	err := run(ctx, []string{"export", "-around", "person/nobody"}, env(nil), io.Discard, io.Discard)
	if rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
		t.Errorf("export -around an unknown id = %v, want not found", err)
	}
}

func TestExportOverHTTP(t *testing.T) {
	base, _ := startServer(t)
	waitReady(t, base)
	for _, tt := range []struct {
		query, contentType string
		status             int
	}{
		{"format=gexf", "application/gexf+xml", 200},
		{"format=cyjs", "application/json", 200},
		{"format=csv", "application/zip", 200},
		{"format=graphml&around=person/natalya-taubina&depth=2", "application/graphml+xml", 200},
		{"format=graphml&around=person/nobody", "", 404},
		{"format=graphml&around=person/natalya-taubina&depth=9", "", 400},
		{"format=cyjs&ids=person/natalya-taubina,organisation/public-verdict-foundation", "application/json", 200},
		{"format=cyjs&ids=person/natalya-taubina,person/nobody", "", 404},
	} {
		t.Run(tt.query, func(t *testing.T) {
			resp, err := http.Get(base + "/export?" + tt.query)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if tt.contentType != "" && resp.Header.Get("Content-Type") != tt.contentType {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.contentType)
			}
			if tt.query == "format=csv" {
				zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
				if err != nil || len(zr.File) != 2 {
					t.Errorf("csv zip: %v, %d files", err, len(zr.File))
				}
			}
		})
	}
}

// TestDataFolder: the embedded store keeps what seed loads, serve finds it
// there, -memory writes nothing, one process holds the folder at a time,
// and a damaged data file stops the start with a clear message.
func TestDataFolder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir})
	if err := run(ctx, []string{"seed", "../../seed/reports"}, getenv, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	journal := filepath.Join(dir, "journal.log")
	if info, err := os.Stat(journal); err != nil || info.Size() == 0 {
		t.Fatalf("seed wrote no journal: %v", err)
	}

	base, stop := startServerWith(t, getenv)
	waitReady(t, base)
	if code := graphqlErrorCode(t, base, `{ entity(id: "person/lev-ponomarev") { name } }`); code != "" {
		t.Errorf("serve over the seeded folder: %s", code)
	}
	err := run(ctx, []string{"seed", "../../seed/reports"}, getenv, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("seed while serve holds the folder = %v, want in use", err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	memDir := t.TempDir()
	mem := env(map[string]string{"RIGHTSGRAPH_DATA": memDir})
	var stdout, stderr syncBuffer
	mctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- run(mctx, []string{"serve", "-memory", "-addr", "127.0.0.1:0"}, mem, &stdout, &stderr) }()
	for listening.FindStringSubmatch(stdout.String()) == nil {
		time.Sleep(10 * time.Millisecond)
	}
	waitReady(t, listening.FindStringSubmatch(stdout.String())[1])
	cancel()
	<-done
	if entries, _ := os.ReadDir(memDir); len(entries) != 0 {
		t.Errorf("serve -memory wrote %d files into the data folder", len(entries))
	}

	// A change after the report's, so that the damage is not in the last
	// line (a torn last line is cut off, not reported).
	if err := run(ctx, []string{"token", "create", "-role", "reader", "-name", "after"}, getenv, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(journal)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0xff
	if err := os.WriteFile(journal, b, 0o644); err != nil {
		t.Fatal(err)
	}
	err = run(ctx, []string{"serve", "-addr", "127.0.0.1:0"}, getenv, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "journal.log:") || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("serve over a damaged file = %v, want a file:line error saying it is damaged", err)
	}
}

// TestTokens creates, lists and revokes tokens, and uses them on a server
// that requires one: anonymous refused, reader allowed, revoked refused.
func TestTokens(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir, "RIGHTSGRAPH_ANONYMOUS_READ": "false"})
	var out bytes.Buffer
	if err := run(ctx, []string{"token", "create", "-role", "reader", "-name", "analyst"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	if !strings.HasPrefix(secret, "rg_") {
		t.Fatalf("the last line %q is not the token", secret)
	}
	if err := run(ctx, []string{"token", "create", "-role", "reader", "-name", "analyst"}, getenv, io.Discard, io.Discard); rightsgraph.ErrorCode(err) != rightsgraph.ECONFLICT {
		t.Errorf("a second token of the same name = %v, want a conflict", err)
	}
	if err := run(ctx, []string{"token", "create", "-role", "god", "-name", "x"}, getenv, io.Discard, io.Discard); rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
		t.Errorf("an unknown role = %v, want invalid", err)
	}
	out.Reset()
	if err := run(ctx, []string{"token", "list"}, getenv, &out, io.Discard); err != nil || !strings.Contains(out.String(), "analyst") || strings.Contains(out.String(), secret) {
		t.Errorf("token list = %q, %v: want the name, never the secret", out.String(), err)
	}

	base, stop := startServerWith(t, getenv)
	waitReady(t, base)
	ask := func(token string) int {
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(`{"query":"{ stats { nodes } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := ask(""); code != http.StatusUnauthorized {
		t.Errorf("anonymous: %d, want 401", code)
	}
	if code := ask(secret); code != http.StatusOK {
		t.Errorf("reader token: %d, want 200", code)
	}
	if code := ask("rg_not-a-token"); code != http.StatusUnauthorized {
		t.Errorf("unknown token: %d, want 401", code)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"token", "revoke", "analyst"}, getenv, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"token", "revoke", "nobody"}, getenv, io.Discard, io.Discard); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
		t.Errorf("revoking an unknown token = %v, want not found", err)
	}
	base, _ = startServerWith(t, getenv)
	waitReady(t, base)
	if code := ask(secret); code != http.StatusUnauthorized {
		t.Errorf("revoked token: %d, want 401", code)
	}
}
