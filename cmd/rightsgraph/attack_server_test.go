package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/introspection"

	"github.com/rightsgraph/rightsgraph/server"
)

// These tests attack the running server over real TCP, as an adversary of
// the people in the graph would, and assert the bound of each attack: time,
// memory (the resident set of a child process), bytes out, or refusal.

// attackAnswer is what the attacker saw of one GraphQL request.
type attackAnswer struct {
	status  int
	bytes   int64
	took    time.Duration
	code    string // extensions.code of the first error
	message string
	body    string // the first 2 KB
}

// attackQuery posts a query with an optional Authorization header and
// reads the whole answer, counting its bytes rather than keeping them.
func attackQuery(t *testing.T, base, auth, q string) attackAnswer {
	t.Helper()
	raw, _ := json.Marshal(map[string]string{"query": q})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(string(raw)))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var head strings.Builder
	n, err := io.Copy(io.MultiWriter(&limitedBuilder{&head, 2048}, io.Discard), resp.Body)
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	a := attackAnswer{status: resp.StatusCode, bytes: n, took: time.Since(start), body: head.String()}
	var out struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if n <= 2048 && json.Unmarshal([]byte(a.body), &out) == nil && len(out.Errors) > 0 {
		a.code, _ = out.Errors[0].Extensions["code"].(string)
		a.message = out.Errors[0].Message
	}
	return a
}

// limitedBuilder keeps the first max bytes written to it.
type limitedBuilder struct {
	b   *strings.Builder
	max int
}

func (l *limitedBuilder) Write(p []byte) (int, error) {
	if room := l.max - l.b.Len(); room > 0 {
		l.b.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// introspectionAliasBomb is the outside tester's query: about 10.7 KB of
// aliases inside __schema, each asking for every type's fields.
func introspectionAliasBomb() string {
	var b strings.Builder
	b.WriteString("{ __schema {")
	for i := 0; b.Len() < 10700; i++ {
		fmt.Fprintf(&b, " a%d: types { name fields { name args { name type { name } } type { name ofType { name } } } }", i)
	}
	b.WriteString(" } }")
	return b.String()
}

// TestAttackIntrospection sends introspection bombs: aliases, depth and
// size inside __schema and __type are refused before any work, like the
// same shapes elsewhere, while the standard introspection query of
// GraphiQL and other tools still answers.
func TestAttackIntrospection(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, nil)
	base := rssKiB(t, c.pid)
	bombs := []struct{ name, query string }{
		{"alias bomb in __schema", introspectionAliasBomb()},
		{"depth bomb in __type", `{ __type(name: "Person") { ` + strings.Repeat("ofType { ", 20) + "name" + strings.Repeat(" }", 20) + " } }"},
		{"size bomb through a fragment", "{ __schema { a: types { ...T } b: types { ...T } c: types { ...T } d: types { ...T } e: types { ...T } f: types { ...T } g: types { ...T } h: types { ...T } } }" +
			" fragment T on __Type { name fields { name args { name type { name ofType { name } } } type { name ofType { name ofType { name } } } } }"},
	}
	for _, tt := range bombs {
		t.Run(tt.name, func(t *testing.T) {
			stop := watchRSS(t, c.pid)
			a := attackQuery(t, c.base, "", tt.query)
			peak := stop()
			t.Logf("%d-byte query: status %d, %d bytes out in %v, code %q; RSS %d → %d KiB",
				len(tt.query), a.status, a.bytes, a.took.Round(time.Millisecond), a.code, base, peak)
			if !strings.HasSuffix(a.code, "_LIMIT_EXCEEDED") {
				t.Errorf("answered %.300s, want a limit error", a.body)
			}
			if a.bytes > 4096 {
				t.Errorf("%d bytes out, want a short refusal", a.bytes)
			}
		})
	}
	t.Run("the standard introspection query", func(t *testing.T) {
		q := introspection.NewQuery(introspection.QueryOptions{OneOf: true})
		a := attackQuery(t, c.base, "", q)
		if a.status != http.StatusOK || a.code != "" || a.bytes < 10000 {
			t.Errorf("status %d, %d bytes, code %q: %.300s", a.status, a.bytes, a.code, a.body)
		}
	})
}

// TestAttackQueryTimeout runs the standard introspection query on a server
// whose query timeout is over before the work begins: the work stops, and
// the client gets a short TIMEOUT error rather than the data.
func TestAttackQueryTimeout(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, map[string]string{"RIGHTSGRAPH_QUERY_TIMEOUT": "1ns"})
	q := introspection.Query
	for _, query := range []string{q, `{ persons(first: 100) { nodes { name relations { other { name } } } } }`} {
		a := attackQuery(t, c.base, "", query)
		t.Logf("status %d, %d bytes out in %v, code %q", a.status, a.bytes, a.took.Round(time.Millisecond), a.code)
		if a.code != "TIMEOUT" || a.bytes > 1024 {
			t.Errorf("%d bytes, code %q: %.300s; want a short TIMEOUT", a.bytes, a.code, a.body)
		}
	}
}

// TestAttackIntrospectionOff checks that with introspection off, __schema
// and __type answer a clean error with its own code.
func TestAttackIntrospectionOff(t *testing.T) {
	base, _ := startServerEnv(t, map[string]string{"RIGHTSGRAPH_INTROSPECTION": "false"})
	waitReady(t, base)
	for _, q := range []string{`{ __schema { queryType { name } } }`, `{ __type(name: "Person") { name } }`} {
		a := attackQuery(t, base, "", q)
		if a.code != "INTROSPECTION_DISABLED" {
			t.Errorf("%s: code %q (%s), want INTROSPECTION_DISABLED", q, a.code, a.body)
		}
	}
	if a := attackQuery(t, base, "", `{ __typename stats { nodes } }`); a.code != "" {
		t.Errorf("__typename with introspection off: %s", a.body)
	}
}

// halfSentBody opens a connection, sends the headers of a POST to /graphql
// with a body of 1 MiB and only sent bytes of that body, and returns the
// connection.
func halfSentBody(t *testing.T, base, auth string, sent int) net.Conn {
	t.Helper()
	u, _ := url.Parse(base)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	head := "POST /graphql HTTP/1.1\r\nHost: " + u.Host + "\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n"
	if auth != "" {
		head += "Authorization: " + auth + "\r\n"
	}
	body := `{"query":"{ stats { nodes } }","variables":{"pad":"` + strings.Repeat("x", sent)
	go func() {
		// The server may stop reading: the write blocks until it closes.
		conn.Write([]byte(head + "\r\n" + body)) //nolint:errcheck // closed by the server
	}()
	return conn
}

// closedWithin waits until the server closes conn, at most limit, and
// returns how long it took (or limit) and what it answered first.
func closedWithin(conn net.Conn, limit time.Duration, start time.Time) (time.Duration, string) {
	conn.SetReadDeadline(start.Add(limit)) //nolint:errcheck // a net.Conn
	var first strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := conn.Read(buf)
		if first.Len() < 64 {
			first.Write(buf[:min(n, 64)])
		}
		if err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				return limit, first.String()
			}
			return time.Since(start), first.String()
		}
	}
}

// TestAttackHalfSentBodies opens 200 connections that each send the headers
// of a 1 MiB body and half of it, then nothing: the server's memory stays
// bounded, the excess is refused at once with 503 and Retry-After, and
// every connection is closed within the read timeout.
func TestAttackHalfSentBodies(t *testing.T) {
	serveIfChild(t)
	const readTimeout = 2 * time.Second
	c := startChild(t, map[string]string{
		"RIGHTSGRAPH_READ_TIMEOUT": readTimeout.String(), "RIGHTSGRAPH_READ_HEADER_TIMEOUT": "1s",
		"RIGHTSGRAPH_IDLE_TIMEOUT": "1s", "RIGHTSGRAPH_MAX_CONCURRENT": "16",
	})
	// Warm the heap with a few ordinary requests first, so that the
	// baseline is the server at work, not the server at rest.
	for range 5 {
		attackQuery(t, c.base, "", `{ stats { nodes } }`)
	}
	baseline := rssKiB(t, c.pid)
	stop := watchRSS(t, c.pid)
	start := time.Now()
	conns := make([]net.Conn, 200)
	for i := range conns {
		conns[i] = halfSentBody(t, c.base, "", 512<<10)
	}
	limit := readTimeout + 10*time.Second
	var wg sync.WaitGroup
	took := make([]time.Duration, len(conns))
	firsts := make([]string, len(conns))
	for i, conn := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			took[i], firsts[i] = closedWithin(conn, limit, start)
			conn.Close()
		}()
	}
	wg.Wait()
	peak := stop()
	var open int
	var slowest time.Duration
	statuses := map[string]int{}
	for i := range conns {
		if took[i] >= limit {
			open++
		}
		status := "none"
		if f := strings.Fields(firsts[i]); len(f) > 1 && strings.HasPrefix(f[0], "HTTP/") {
			status = f[1]
		}
		statuses[status]++
		slowest = max(slowest, took[i])
	}
	t.Logf("200 half-sent 1 MiB bodies: RSS %d → peak %d KiB (+%d MiB); answers %v; slowest closed after %v; %d still open after %v",
		baseline, peak, (peak-baseline)>>10, statuses, slowest.Round(10*time.Millisecond), open, limit)
	if open > 0 {
		t.Errorf("%d connections still open %v after they stopped sending", open, limit)
	}
	if grown := (peak - baseline) >> 10; grown > 64 {
		t.Errorf("the server grew by %d MiB, want at most 64", grown)
	}
	// Each is refused at once (503), or taken and cut off by the read
	// timeout (400); slots free up as the first ones time out, so how many
	// of each depends on how fast the connections come.
	if statuses["503"] == 0 || statuses["503"]+statuses["400"] != len(conns) {
		t.Errorf("answers %v, want 503 for those over the limit and 400 for bodies cut off", statuses)
	}
}

// TestAttackSlowAndIdleConnections trickles a body a byte at a time, and
// holds a keep-alive connection idle: the server closes each after its
// timeout.
func TestAttackSlowAndIdleConnections(t *testing.T) {
	base, _ := startServerEnv(t, map[string]string{
		"RIGHTSGRAPH_READ_TIMEOUT": "2s", "RIGHTSGRAPH_READ_HEADER_TIMEOUT": "1s", "RIGHTSGRAPH_IDLE_TIMEOUT": "1s",
	})
	waitReady(t, base)
	u, _ := url.Parse(base)
	limit := 15 * time.Second

	t.Run("slow body", func(t *testing.T) {
		conn, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		start := time.Now()
		fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n", u.Host)
		go func() {
			for range 1000 {
				if _, err := conn.Write([]byte(" ")); err != nil {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		}()
		took, _ := closedWithin(conn, limit, start)
		t.Logf("slow body closed after %v", took.Round(10*time.Millisecond))
		if took >= limit {
			t.Errorf("a body sent a byte at a time kept its connection open for %v", limit)
		}
	})
	t.Run("slow headers", func(t *testing.T) {
		conn, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		start := time.Now()
		fmt.Fprintf(conn, "GET /healthz HTTP/1.1\r\nHost: %s\r\n", u.Host)
		took, _ := closedWithin(conn, limit, start)
		t.Logf("half-sent headers closed after %v", took.Round(10*time.Millisecond))
		if took >= limit {
			t.Errorf("half-sent headers kept their connection open for %v", limit)
		}
	})
	t.Run("idle keep-alive", func(t *testing.T) {
		conn, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "GET /healthz HTTP/1.1\r\nHost: %s\r\n\r\n", u.Host)
		r := bufio.NewReader(conn)
		resp, err := http.ReadResponse(r, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body) //nolint:errcheck // a short answer
		resp.Body.Close()
		start := time.Now()
		conn.SetReadDeadline(start.Add(limit)) //nolint:errcheck // a net.Conn
		_, err = r.ReadByte()
		took := time.Since(start)
		t.Logf("idle keep-alive closed after %v (%v)", took.Round(10*time.Millisecond), err)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Errorf("an idle keep-alive connection stayed open for %v", limit)
		}
	})
}

// TestAttackBadTokens sends a burst of bad tokens from one address: they
// count against its rate limit, and the burst gets 429. A lower-case
// "bearer" is accepted.
func TestAttackBadTokens(t *testing.T) {
	getenv := env(map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "5"})
	var out syncBuffer
	if err := run(context.Background(), []string{"token", "create", "-role", "reader", "-name", "analyst"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	base, _ := startServerWith(t, getenv)
	waitReady(t, base)

	if a := attackQuery(t, base, "bearer "+secret, `{ stats { nodes } }`); a.status != http.StatusOK || a.code != "" {
		t.Errorf("lower-case bearer: %d %s", a.status, a.body)
	}
	statuses := map[int]int{}
	for i := range 20 {
		statuses[attackQuery(t, base, fmt.Sprintf("Bearer rg_guess%d", i), `{ stats { nodes } }`).status]++
	}
	t.Logf("20 bad tokens: %v", statuses)
	if statuses[http.StatusTooManyRequests] < 15 {
		t.Errorf("statuses %v, want 429 once the address's 5 a minute are spent", statuses)
	}
	// The good token has its own budget.
	if a := attackQuery(t, base, "Bearer "+secret, `{ stats { nodes } }`); a.status != http.StatusOK {
		t.Errorf("the good token after the burst: %d", a.status)
	}
}

// TestAttackAnonymousOff checks what an anonymous client learns when
// anonymous reading is off: /metrics and /graphiql need a token, /readyz
// tells its status without the reason, and the same with a token tell all.
func TestAttackAnonymousOff(t *testing.T) {
	const readTimeout = 10 * time.Second
	getenv := env(map[string]string{"RIGHTSGRAPH_ANONYMOUS_READ": "false", "RIGHTSGRAPH_READ_TIMEOUT": readTimeout.String()})
	var out syncBuffer
	if err := run(context.Background(), []string{"token", "create", "-role", "reader", "-name", "analyst"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	base, _ := startServerWith(t, getenv)
	waitReady(t, base)
	ask := func(path, auth string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	for _, path := range []string{"/metrics", "/graphiql"} {
		if code, body := ask(path, ""); code != http.StatusUnauthorized {
			t.Errorf("anonymous %s: %d %.100s, want 401", path, code, body)
		}
		if code, body := ask(path, "Bearer "+secret); code != http.StatusOK {
			t.Errorf("%s with a token: %d %.100s", path, code, body)
		}
	}
	if code, body := ask("/readyz", ""); code != http.StatusOK || strings.TrimSpace(body) != "ready" {
		t.Errorf("anonymous /readyz: %d %q, want 200 \"ready\" and nothing more", code, body)
	}
	if code, body := ask("/readyz", "Bearer "+secret); code != http.StatusOK || !strings.Contains(body, "nodes") {
		t.Errorf("/readyz with a token: %d %q, want the size of the graph", code, body)
	}
	if code, _ := ask("/readyz", "Bearer rg_nope"); code != http.StatusUnauthorized {
		t.Errorf("/readyz with a bad token: %d, want 401", code)
	}
	if code, _ := ask("/healthz", ""); code != http.StatusOK {
		t.Errorf("/healthz needs no token: %d", code)
	}
	// A half-sent body without a token, or with a bad one, is refused on
	// its headers: the answer does not wait for the body (nor for the read
	// timeout), and the connection closes.
	for _, auth := range []string{"", "Bearer rg_guess"} {
		start := time.Now()
		conn := halfSentBody(t, base, auth, 1024)
		took, first := closedWithin(conn, readTimeout, start)
		conn.Close()
		if !strings.Contains(first, " 401 ") || took >= readTimeout {
			t.Errorf("half-sent body with %q: %q, closed after %v; want 401 at once", auth, first, took)
		}
	}
}

// TestAttackHeaders checks the security headers of every kind of answer,
// and that a client's X-Request-Id is kept only when it is safe.
func TestAttackHeaders(t *testing.T) {
	base, _ := startServer(t)
	waitReady(t, base)
	for _, path := range []string{"/", "/graphiql", "/graphql?query=%7Bstats%7Bnodes%7D%7D", "/healthz", "/readyz", "/metrics", "/export?format=nope", "/no-such-page"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		for header, want := range map[string]string{
			"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
		} {
			if got := resp.Header.Get(header); got != want {
				t.Errorf("%s: %s %q, want %q", path, header, got, want)
			}
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
	}
	for _, tt := range []struct {
		sent string
		kept bool
	}{
		{"trace-42.a_b:c", true},
		{"x\" level=ERROR msg=forged", false},
		{strings.Repeat("a", 65), false},
		{"<script>alert(1)</script>", false},
		{"", false},
	} {
		req, _ := http.NewRequest(http.MethodGet, base+"/healthz", nil)
		req.Header.Set("X-Request-Id", tt.sent)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		got := resp.Header.Get("X-Request-Id")
		if (got == tt.sent) != tt.kept || got == "" || len(got) > 64 {
			t.Errorf("X-Request-Id %q came back as %q; want it kept: %v", tt.sent, got, tt.kept)
		}
	}
}

// TestAttackReportURL sends a report whose url would run script in a
// reader's browser: addReport refuses it, naming the field, and adds
// nothing.
func TestAttackReportURL(t *testing.T) {
	getenv := env(nil)
	var out syncBuffer
	if err := run(context.Background(), []string{"token", "create", "-role", "editor", "-name", "editor"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	base, _ := startServerWith(t, getenv)
	waitReady(t, base)
	for _, u := range []string{"javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>"} {
		annotation := "report:\n  id: report/bad-link\n  title: A bad link\n  url: " + quoteJSON(u) + "\nentities: []\nrelations: []\n"
		raw, _ := json.Marshal(map[string]any{
			"query":     `mutation($in: AddReportInput!) { addReport(input: $in) { report { id } } }`,
			"variables": map[string]any{"in": map[string]any{"text": "Some text.", "annotation": annotation}},
		})
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(string(raw)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(body), "BAD_USER_INPUT") || !strings.Contains(string(body), "url") || !strings.Contains(string(body), "want an http or https address") {
			t.Errorf("url %q: %s, want BAD_USER_INPUT naming the url", u, body)
		}
	}
	a := attackQuery(t, base, "", `{ entity(id: "report/bad-link") { id } }`)
	if !strings.Contains(a.body, `"entity":null`) {
		t.Errorf("the refused report is there: %s", a.body)
	}
}

// assetRef finds what a page loads: scripts, style sheets, anything.
var assetRef = regexp.MustCompile(`(?:src|href)="([^"]+)"`)

// TestAttackGraphiQLOffline checks that GraphiQL loads all its code from
// this server (a CDN would see who uses the API, and could serve them
// anything), or, in a binary built without it, says how to build it.
// REQUIRE_GRAPHIQL=1 (make test) fails the test when it is not built.
func TestAttackGraphiQLOffline(t *testing.T) {
	base, _ := startServer(t)
	code, page := get(t, base+"/graphiql")
	if code != http.StatusOK {
		t.Fatalf("/graphiql: %d", code)
	}
	if !server.GraphiQLBuilt() {
		if os.Getenv("REQUIRE_GRAPHIQL") != "" {
			t.Fatal("GraphiQL is not built (make web)")
		}
		if !strings.Contains(page, "make web") {
			t.Errorf("/graphiql without GraphiQL built does not say how to build it: %s", page)
		}
		t.Skip("GraphiQL is not built into this test binary (make web)")
	}
	refs := assetRef.FindAllStringSubmatch(page, -1)
	if len(refs) < 2 {
		t.Fatalf("the page loads %v, want its script and style sheet", refs)
	}
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue // the icon, inline
		}
		if !strings.HasPrefix(ref, "/graphiql/assets/") {
			t.Errorf("the page loads %q, not from this server's /graphiql/assets/", ref)
			continue
		}
		resp, err := http.Get(base + ref)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		ct := resp.Header.Get("Content-Type")
		if resp.StatusCode != http.StatusOK || !(strings.Contains(ct, "javascript") || strings.Contains(ct, "css")) {
			t.Errorf("%s: %d %s", ref, resp.StatusCode, ct)
		}
	}
}

// TestConnectionLimitsConfig checks the defaults of the connection limits,
// their variables, and that a malformed one is refused by name.
func TestConnectionLimitsConfig(t *testing.T) {
	cfg, err := LoadConfig(func(string) string { return "" })
	if err != nil || cfg.ReadHeaderTimeout != DefaultReadHeaderTimeout || cfg.ReadTimeout != DefaultReadTimeout ||
		cfg.IdleTimeout != DefaultIdleTimeout || cfg.MaxConcurrent != DefaultMaxConcurrent {
		t.Errorf("defaults = %+v, %v", cfg, err)
	}
	cfg, err = LoadConfig(env(map[string]string{"RIGHTSGRAPH_READ_HEADER_TIMEOUT": "1s", "RIGHTSGRAPH_READ_TIMEOUT": "3s",
		"RIGHTSGRAPH_IDLE_TIMEOUT": "4s", "RIGHTSGRAPH_MAX_CONCURRENT": "0"}))
	if err != nil || cfg.ReadHeaderTimeout != time.Second || cfg.ReadTimeout != 3*time.Second || cfg.IdleTimeout != 4*time.Second || cfg.MaxConcurrent != 0 {
		t.Errorf("from environment = %+v, %v", cfg, err)
	}
	for key, bad := range map[string]string{
		"RIGHTSGRAPH_READ_HEADER_TIMEOUT": "0s", "RIGHTSGRAPH_READ_TIMEOUT": "soon", "RIGHTSGRAPH_IDLE_TIMEOUT": "-1s", "RIGHTSGRAPH_MAX_CONCURRENT": "-2",
	} {
		if _, err := LoadConfig(env(map[string]string{key: bad})); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s=%s: %v, want an error naming it", key, bad, err)
		}
	}
}
