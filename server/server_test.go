package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/server"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func MustServer(tb testing.TB, opts server.Options) (*httptest.Server, rightsgraph.Store) {
	tb.Helper()
	s := inmem.New()
	if _, err := seed.LoadFS(context.Background(), s, seed.Bundled(), seed.Options{}); err != nil {
		tb.Fatal(err)
	}
	if opts.MaxBody == 0 {
		opts.MaxBody = 1 << 20
	}
	srv := httptest.NewServer(server.New(s, slog.New(slog.DiscardHandler), opts).Handler())
	tb.Cleanup(srv.Close)
	return srv, s
}

type answer struct {
	Status int
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
	Body string
}

func post(tb testing.TB, url string, body []byte) answer {
	tb.Helper()
	return postAs(tb, url, "", body)
}

// postAs posts a body to /graphql with the secret of a token ("" for none).
func postAs(tb testing.TB, url, secret string, body []byte) answer {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := answer{Status: resp.StatusCode, Body: string(raw)}
	json.Unmarshal(raw, &a) //nolint:errcheck // non-JSON answers are checked by status
	return a
}

func query(tb testing.TB, url, q string, vars map[string]any) answer {
	tb.Helper()
	return as(tb, url, "", q, vars)
}

// TestAttacks sends the shapes of denial-of-service and injection attacks:
// each is refused or handled cleanly, nothing internal leaks, and the
// graph is unchanged.
func TestAttacks(t *testing.T) {
	srv, store := MustServer(t, server.Options{Introspection: true})
	beforeE, beforeR := storetest.Dump(t, store)

	deep := "{ entity(id: \"person/lev-ponomarev\") { " + strings.Repeat("relations { other { ", 10) + "id" + strings.Repeat(" } }", 10) + " } }"
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 100 {
		fmt.Fprintf(&aliases, " a%d: stats { nodes }", i)
	}
	aliases.WriteString(" }")
	// Six levels of four spreads: 4,096 copies of the last fragment.
	fragmentBomb := `query { ...A } fragment A on Query { ...B ...B ...B ...B } fragment B on Query { ...C ...C ...C ...C }
		fragment C on Query { ...D ...D ...D ...D } fragment D on Query { ...E ...E ...E ...E }
		fragment E on Query { ...F ...F ...F ...F } fragment F on Query { ...G ...G ...G ...G }
		fragment G on Query { stats { nodes relationships } search(query: "a") { score } }`

	for _, tt := range []struct {
		name, query, code string
	}{
		{"depth bomb", deep, "DEPTH_LIMIT_EXCEEDED"},
		{"alias flood", aliases.String(), "ALIAS_LIMIT_EXCEEDED"},
		{"first: 1000000 on a list", `{ persons(first: 1000000) { totalCount } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"first: 1000000 on search", `{ search(query: "lev", first: 1000000) { score } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"first: 1000 on a list", `{ persons(first: 1000) { totalCount } }`, "BAD_USER_INPUT"},
		{"first: 1000 on search", `{ search(query: "lev", first: 1000) { score } }`, "BAD_USER_INPUT"},
		{"first: 1000000 on relations", `{ entity(id: "congress/2017-moscow-human-rights-congress") { relations(first: 1000000) { id } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"limit: 1000000 on a neighbourhood", `{ neighbourhood(id: "person/lev-ponomarev", limit: 1000000) { truncated } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := query(t, srv.URL, tt.query, nil)
			if len(a.Errors) == 0 {
				t.Fatalf("accepted: %.300s", a.Body)
			}
			if code := a.Errors[0].Extensions["code"]; code != tt.code {
				t.Errorf("code %v, want %s (%s)", code, tt.code, a.Errors[0].Message)
			}
		})
	}
	t.Run("fragment bomb", func(t *testing.T) {
		a := query(t, srv.URL, fragmentBomb, nil)
		if len(a.Errors) == 0 || a.Errors[0].Extensions["code"] != "FIELD_LIMIT_EXCEEDED" {
			t.Fatalf("answer %.300s, want FIELD_LIMIT_EXCEEDED", a.Body)
		}
	})

	t.Run("10 MB body", func(t *testing.T) {
		body := []byte(`{"query": "{ stats { nodes } }", "variables": {"pad": "` + strings.Repeat("x", 10<<20) + `"}}`)
		if a := post(t, srv.URL, body); a.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", a.Status)
		}
	})

	injections := []string{
		`' OR 1=1 //`, `") MATCH (n) DETACH DELETE n //`, `x'}) DETACH DELETE n RETURN 1 //`,
		"person/lev-ponomarev\" }) { id } mutation { x }", `\u0000`, `*:*`, `name:"lev" OR *`, strings.Repeat("a", 5000),
	}
	for _, inj := range injections {
		for _, q := range []string{
			`query($s: String!) { search(query: $s) { score } }`,
			`query($s: ID!) { entity(id: $s) { id } }`,
			`query($s: ID!) { node(id: $s) { id } }`,
			`query($s: String!) { persons(filter: {nameContains: $s}) { totalCount } }`,
			`query($s: String!) { persons(after: $s) { totalCount } }`,
			`query($s: ID!) { neighbourhood(id: $s) { truncated } }`,
			`query($s: ID!) { alliances(organisation: $s) { weight } }`,
			`query($s: ID!) { shortestPath(from: $s, to: "person/lev-ponomarev") { length } }`,
		} {
			a := query(t, srv.URL, q, map[string]any{"s": inj})
			if a.Status >= 500 {
				t.Errorf("%q in %s: status %d", inj, q, a.Status)
			}
			for _, e := range a.Errors {
				if e.Extensions["code"] == rightsgraph.EINTERNAL || strings.Contains(strings.ToLower(e.Message), "cypher") {
					t.Errorf("%q in %s: %s (%v)", inj, q, e.Message, e.Extensions["code"])
				}
			}
		}
	}
	afterE, afterR := storetest.Dump(t, store)
	if !reflect.DeepEqual(beforeE, afterE) || !reflect.DeepEqual(beforeR, afterR) {
		t.Error("the graph changed")
	}
}

func TestRateLimit(t *testing.T) {
	srv, _ := MustServer(t, server.Options{Introspection: true, RateLimit: 5})
	codes := map[int]int{}
	for range 8 {
		codes[query(t, srv.URL, `{ stats { nodes } }`, nil).Status]++
	}
	if codes[http.StatusOK] != 5 || codes[http.StatusTooManyRequests] != 3 {
		t.Errorf("statuses %v, want 5×200 then 3×429", codes)
	}
	// Probes are not limited.
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz under the limit: %v, %v", resp, err)
	}
}

func TestIntrospectionOff(t *testing.T) {
	srv, _ := MustServer(t, server.Options{Introspection: false})
	a := query(t, srv.URL, `{ __schema { types { name } } }`, nil)
	if len(a.Errors) == 0 {
		t.Errorf("introspection answered: %.200s", a.Body)
	}
	a = query(t, srv.URL, `{ stat { nodes } }`, nil)
	if len(a.Errors) == 0 || strings.Contains(a.Errors[0].Message, "Did you mean") {
		t.Errorf("a misspelt field got %v: suggestions must be off with introspection", a.Errors)
	}
	resp, err := http.Get(srv.URL + "/graphiql")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK && resp.Header.Get("Content-Type") != "" && strings.Contains(resp.Header.Get("Content-Type"), "html") {
		body, _ := io.ReadAll(resp.Body)
		if strings.Contains(string(body), "graphiql") {
			t.Errorf("GraphiQL is served with introspection off")
		}
	}
	on, _ := MustServer(t, server.Options{Introspection: true})
	if a := query(t, on.URL, `{ __schema { queryType { name } } }`, nil); len(a.Errors) > 0 {
		t.Errorf("introspection on: %v", a.Errors)
	}
}

func TestMetricsPerOperationAndStoreCall(t *testing.T) {
	srv, _ := MustServer(t, server.Options{Introspection: true})
	query(t, srv.URL, `query Leaders { persons(first: 3) { nodes { leads { role } } } }`, nil)
	query(t, srv.URL, `query Broken { persons(first: -1) { totalCount } }`, nil)
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, want := range []string{
		`rightsgraph_graphql_operation_duration_seconds_count{operation="Leaders"} 1`,
		`rightsgraph_graphql_operation_errors_total{operation="Broken"} 1`,
		`rightsgraph_store_call_duration_seconds_count{method="ListEntities",outcome="ok"}`,
		`rightsgraph_store_call_duration_seconds_count{method="ListEntities",outcome="BAD_USER_INPUT"}`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestAuthentication(t *testing.T) {
	srv, store := MustServer(t, server.Options{Introspection: true, RequireToken: true, RateLimit: 3})
	ctx := context.Background()
	tokens := map[string]string{}
	for _, name := range []string{"a", "b"} {
		secret, hash := rightsgraph.NewSecret()
		if err := store.CreateToken(ctx, rightsgraph.Token{Name: name, Role: rightsgraph.RoleReader, Hash: hash, CreatedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
		tokens[name] = secret
	}
	ask := func(auth string) answer {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{ stats { nodes } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		a := answer{Status: resp.StatusCode, Body: string(raw)}
		json.Unmarshal(raw, &a) //nolint:errcheck // checked by status
		return a
	}
	for _, tt := range []struct{ name, auth string }{
		{"anonymous", ""}, {"not bearer", "Basic " + tokens["a"]}, {"unknown token", "Bearer rg_nope"},
	} {
		a := ask(tt.auth)
		if a.Status != http.StatusUnauthorized || len(a.Errors) == 0 || a.Errors[0].Extensions["code"] != rightsgraph.EUNAUTHORIZED {
			t.Errorf("%s: %d %s, want 401 UNAUTHENTICATED", tt.name, a.Status, a.Body)
		}
	}
	// Each token has its own budget of 3 a minute.
	for _, name := range []string{"a", "b"} {
		for i := range 4 {
			want := http.StatusOK
			if i == 3 {
				want = http.StatusTooManyRequests
			}
			if a := ask("Bearer " + tokens[name]); a.Status != want {
				t.Errorf("token %s, request %d: %d, want %d", name, i+1, a.Status, want)
			}
		}
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz needs no token: %v %v", resp, err)
	}
}

// TestCompressesOnlyLargeAnswers checks that an answer of a few hundred
// bytes goes out as it is, and a large one compressed for a client that
// accepts gzip, and whole once read back.
func TestCompressesOnlyLargeAnswers(t *testing.T) {
	srv, _ := MustServer(t, server.Options{})
	ask := func(q string) (encoding string, body []byte) {
		t.Helper()
		raw, _ := json.Marshal(map[string]any{"query": q})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Encoding", "gzip") // set by hand: the client then leaves the body as sent
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r io.Reader = resp.Body
		if resp.Header.Get("Content-Encoding") == "gzip" {
			if r, err = gzip.NewReader(resp.Body); err != nil {
				t.Fatal(err)
			}
		}
		body, err = io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || !json.Valid(body) {
			t.Fatalf("status %d, body %.200s", resp.StatusCode, body)
		}
		return resp.Header.Get("Content-Encoding"), body
	}
	if enc, body := ask(`{ entity(id: "person/lev-ponomarev") { id name } }`); enc != "" || len(body) >= 1024 {
		t.Errorf("a small answer (%d bytes) went out as %q", len(body), enc)
	}
	if enc, body := ask(`{ persons(first: 100) { nodes { id name aliases description } } }`); enc != "gzip" || len(body) < 1024 {
		t.Errorf("a large answer (%d bytes) went out as %q", len(body), enc)
	}
}
