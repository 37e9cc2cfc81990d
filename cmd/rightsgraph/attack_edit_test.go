package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
)

// The attacks of this file are those an outside tester made against a
// running server: absorbing an entity into one of one's own by a merge
// (and merging through an id merged away), exporting while editors edit,
// and a leaked token that could not be revoked while serving. Each runs
// against serve on the embedded store and, with NEO4J_TEST_URI, on Neo4j.

const (
	memorialID = "organisation/memorial-human-rights-centre"
	seedReport = "report/2017-11-moscow-human-rights-congress"
	taubinaID  = "person/natalya-taubina"
	verdictID  = "organisation/public-verdict-foundation"
	quoteSeed  = "Natalya Taubina, director of the Public Verdict foundation"
)

// attackStores runs fn against a server on each store: the embedded one,
// and Neo4j when the tests have one.
func attackStores(t *testing.T, fn func(t *testing.T, base, admin string)) {
	t.Run("embedded", func(t *testing.T) {
		base, admin := attackServer(t, env(map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "0"}))
		fn(t, base, admin)
	})
	t.Run("neo4j", func(t *testing.T) {
		neo4jtest.MustOpen(t) // empties the test database
		cfg := neo4jtest.Config(t)
		base, admin := attackServer(t, env(map[string]string{
			"NEO4J_URI": cfg.URI, "NEO4J_PASSWORD": cfg.Password, "RIGHTSGRAPH_RATE_LIMIT": "0",
		}))
		fn(t, base, admin)
	})
}

// attackServer creates an admin token with the command line, as an
// operator does before the first start, then serves the seed graph.
func attackServer(t *testing.T, getenv func(string) string) (base, admin string) {
	t.Helper()
	err := run(context.Background(), []string{"token", "create", "-role", "admin", "-name", "system"}, getenv, io.Discard, io.Discard)
	if rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
		t.Errorf("token create -name system: %v, want it refused: the name is reserved", err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"token", "create", "-role", "admin", "-name", "root"}, getenv, &out, io.Discard); err != nil {
		t.Fatalf("token create: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	base, _ = startServerWith(t, getenv)
	waitReady(t, base)
	return base, lines[len(lines)-1]
}

// gqlAnswer is a GraphQL response, with its HTTP status and raw body.
type gqlAnswer struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string `json:"message"`
		Extensions struct {
			Code  string `json:"code"`
			Field string `json:"field"`
		} `json:"extensions"`
	} `json:"errors"`
	status int
	raw    string
}

// gql posts a query with a token ("" for none).
func gql(t *testing.T, base, token, query string, vars map[string]any) gqlAnswer {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := gqlAnswer{status: resp.StatusCode, raw: string(raw)}
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("GraphQL answer %d %q: %v", resp.StatusCode, raw, err)
	}
	return a
}

// mustGQL posts a query that must succeed, and decodes field of its data
// into out (when not nil).
func mustGQL(t *testing.T, base, token, query string, vars map[string]any, field string, out any) {
	t.Helper()
	a := gql(t, base, token, query, vars)
	if a.status != http.StatusOK || len(a.Errors) > 0 {
		t.Fatalf("%s: %d %s", query, a.status, a.raw)
	}
	if out != nil {
		if err := json.Unmarshal(a.Data[field], out); err != nil {
			t.Fatalf("%s: data.%s: %v", query, field, err)
		}
	}
}

// assertGQLError checks the code, and the field when given, of a refused
// request's first error.
func assertGQLError(t *testing.T, a gqlAnswer, code, field string) {
	t.Helper()
	if len(a.Errors) == 0 {
		t.Errorf("no error, want %s: %d %s", code, a.status, a.raw)
		return
	}
	if got := a.Errors[0].Extensions; got.Code != code || (field != "" && got.Field != field) {
		t.Errorf("error %s (field %q), want %s (field %q): %s", got.Code, got.Field, code, field, a.raw)
	}
}

// createToken creates a token through the API and returns its secret.
func createToken(t *testing.T, base, admin, name, role string) string {
	t.Helper()
	var p struct{ Secret string }
	mustGQL(t, base, admin, `mutation($name: String!, $role: Role!) { createToken(input: {name: $name, role: $role}) { secret token { name } } }`,
		map[string]any{"name": name, "role": role}, "createToken", &p)
	return p.Secret
}

const memorialQuery = `query($id: ID!) { entity(id: $id) { id name aliases description
  relations { id type direction role other { id } at { id } evidence { report { id } quote start end } } } }`

// TestAttackMergeAbsorbsAnEntity has an editor absorb Memorial into an
// entity of theirs, then tries stale ids, and undoes the merge: Memorial
// comes back exactly as it was.
func TestAttackMergeAbsorbsAnEntity(t *testing.T) {
	attackStores(t, func(t *testing.T, base, admin string) {
		intruder := createToken(t, base, admin, "intruder", "EDITOR")
		var before json.RawMessage
		mustGQL(t, base, "", memorialQuery, map[string]any{"id": memorialID}, "entity", &before)

		mustGQL(t, base, intruder, `mutation { upsertEntity(input: {id: "organisation/friendly-front", kind: ORGANISATION, name: "Friendly Front"}) { entity { id } } }`, nil, "", nil)
		mustGQL(t, base, intruder, `mutation { mergeEntities(keep: "organisation/friendly-front", drop: "`+memorialID+`") { dropped } }`, nil, "", nil)
		var absorbed struct{ ID string }
		mustGQL(t, base, "", memorialQuery, map[string]any{"id": memorialID}, "entity", &absorbed)
		if absorbed.ID != "organisation/friendly-front" {
			t.Fatalf("after the merge, %s reads as %s", memorialID, absorbed.ID)
		}

		t.Run("an export of a merged id and its survivor lists it once", func(t *testing.T) {
			code, body := get(t, base+"/export?format=graphml&ids=organisation/friendly-front,"+memorialID)
			if c := checkGraphML(t, []byte(body)); code != http.StatusOK || c.nodes != 1 || c.duplicates > 0 {
				t.Errorf("/export of both ids = %d, %+v; want one node", code, c)
			}
		})
		t.Run("a merged id is stale, never its survivor", func(t *testing.T) {
			a := gql(t, base, intruder, `mutation { mergeEntities(keep: "`+memorialID+`", drop: "organisation/civic-assistance-committee") { dropped } }`, nil)
			assertGQLError(t, a, rightsgraph.ECONFLICT, "keep")
			a = gql(t, base, intruder, `mutation { mergeEntities(keep: "organisation/civic-assistance-committee", drop: "`+memorialID+`") { dropped } }`, nil)
			assertGQLError(t, a, rightsgraph.ECONFLICT, "drop")
			var civic struct{ ID string }
			mustGQL(t, base, "", memorialQuery, map[string]any{"id": "organisation/civic-assistance-committee"}, "entity", &civic)
			if civic.ID != "organisation/civic-assistance-committee" {
				t.Errorf("the refused merges moved the Civic Assistance Committee: it reads as %s", civic.ID)
			}
		})

		var undone struct {
			Entity   struct{ ID, Name string }
			Survivor struct {
				ID      string
				Aliases []string
			}
		}
		mustGQL(t, base, admin, `mutation { unmergeEntities(id: "`+memorialID+`") { entity { id name } survivor { id aliases } } }`,
			nil, "unmergeEntities", &undone)
		if undone.Entity.ID != memorialID || undone.Survivor.ID != "organisation/friendly-front" || len(undone.Survivor.Aliases) != 0 {
			t.Errorf("unmergeEntities = %+v, want Memorial back and the Friendly Front without its names", undone)
		}
		var after json.RawMessage
		mustGQL(t, base, "", memorialQuery, map[string]any{"id": memorialID}, "entity", &after)
		if !bytes.Equal(before, after) {
			t.Errorf("Memorial after the unmerge:\n%s\nwant as before the merge:\n%s", after, before)
		}
		var hits []struct{ Entity struct{ ID string } }
		mustGQL(t, base, "", `{ search(query: "Memorial Human Rights Centre", first: 1) { entity { id } } }`, nil, "search", &hits)
		if len(hits) != 1 || hits[0].Entity.ID != memorialID {
			t.Errorf("search for Memorial finds %+v", hits)
		}
		a := gql(t, base, admin, `mutation { unmergeEntities(id: "`+memorialID+`") { entity { id } } }`, nil)
		assertGQLError(t, a, rightsgraph.EINVALID, "id")

		var log struct {
			Nodes []struct{ Action, Actor string }
		}
		mustGQL(t, base, admin, `{ auditLog(first: 2, entity: "`+memorialID+`") { nodes { action actor } } }`, nil, "auditLog", &log)
		if len(log.Nodes) != 2 || log.Nodes[0].Action != "unmergeEntities" || log.Nodes[0].Actor != "root" ||
			log.Nodes[1].Action != "mergeEntities" || log.Nodes[1].Actor != "intruder" {
			t.Errorf("audit log of Memorial = %+v, want the unmerge by root over the merge by intruder", log.Nodes)
		}
	})
}

// exportCheck is what one export showed.
type exportCheck struct {
	nodes, edges      int
	duplicates, loose int // node ids seen twice; edge ends not among the nodes
}

// checkGraphML parses a GraphML export and checks that it is one graph.
func checkGraphML(t *testing.T, body []byte) exportCheck {
	t.Helper()
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GraphML export does not parse: %v", err)
	}
	c := exportCheck{nodes: len(doc.Graph.Nodes), edges: len(doc.Graph.Edges)}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if ids[n.ID] {
			c.duplicates++
		}
		ids[n.ID] = true
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			c.loose++
		}
	}
	return c
}

// checkCytoscape parses a Cytoscape.js export and checks the same.
func checkCytoscape(t *testing.T, body []byte) exportCheck {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data struct{ ID string } `json:"data"`
			} `json:"nodes"`
			Edges []struct {
				Data struct{ Source, Target string } `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("Cytoscape.js export does not parse: %v", err)
	}
	c := exportCheck{nodes: len(doc.Elements.Nodes), edges: len(doc.Elements.Edges)}
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		if ids[n.Data.ID] {
			c.duplicates++
		}
		ids[n.Data.ID] = true
	}
	for _, e := range doc.Elements.Edges {
		if !ids[e.Data.Source] || !ids[e.Data.Target] {
			c.loose++
		}
	}
	return c
}

// TestAttackExportsDuringEdits exports the whole graph again and again
// while editors add entities with relations, merge and unmerge: every
// export must be one graph.
func TestAttackExportsDuringEdits(t *testing.T) {
	attackStores(t, func(t *testing.T, base, admin string) {
		editor := createToken(t, base, admin, "busy-editor", "EDITOR")
		const rounds = 15
		var wg sync.WaitGroup
		edit := func(q string) bool {
			a := gql(t, base, editor, q, nil)
			if a.status != http.StatusOK || len(a.Errors) > 0 {
				t.Errorf("%s: %d %s", q, a.status, a.raw)
				return false
			}
			return true
		}
		wg.Add(3)
		go func() { // new entities, each with a relation
			defer wg.Done()
			for i := range rounds {
				id := fmt.Sprintf("person/volunteer-%d", i)
				if !edit(fmt.Sprintf(`mutation { upsertEntity(input: {id: %q, kind: PERSON, name: "Volunteer %d"}) { entity { id } } }`, id, i)) ||
					!edit(fmt.Sprintf(`mutation { addRelation(input: {from: %q, to: %q, type: MEMBER_OF, evidence: {report: %q, quote: %q}}) { relation { id } } }`,
						id, memorialID, seedReport, quoteSeed)) {
					return
				}
			}
		}()
		go func() { // duplicates merged away
			defer wg.Done()
			for i := range rounds {
				id := fmt.Sprintf("organisation/memorial-copy-%d", i)
				if !edit(fmt.Sprintf(`mutation { upsertEntity(input: {id: %q, kind: ORGANISATION, name: "Memorial copy %d"}) { entity { id } } }`, id, i)) ||
					!edit(fmt.Sprintf(`mutation { mergeEntities(keep: %q, drop: %q) { dropped } }`, memorialID, id)) {
					return
				}
			}
		}()
		go func() { // an entity with relations that goes and comes back
			defer wg.Done()
			for range rounds {
				if !edit(fmt.Sprintf(`mutation { mergeEntities(keep: %q, drop: %q) { dropped } }`, taubinaID, "person/lev-ponomarev")) ||
					!edit(`mutation { unmergeEntities(id: "person/lev-ponomarev") { entity { id } } }`) {
					return
				}
			}
		}()
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()

		var exports, bad int
		formats := []string{"graphml", "cyjs"}
		for running := true; running || exports < 4; exports++ {
			select {
			case <-done:
				running = false
			default:
			}
			format := formats[exports%len(formats)]
			code, body := get(t, base+"/export?format="+format)
			if code != http.StatusOK {
				t.Fatalf("/export?format=%s = %d %s", format, code, body)
			}
			var c exportCheck
			if format == "graphml" {
				c = checkGraphML(t, []byte(body))
			} else {
				c = checkCytoscape(t, []byte(body))
			}
			if c.nodes == 0 || c.duplicates > 0 || c.loose > 0 {
				bad++
				t.Errorf("export %d (%s): %d nodes, %d edges; %d node ids twice, %d edges to missing nodes",
					exports, format, c.nodes, c.edges, c.duplicates, c.loose)
			}
		}
		t.Logf("%d exports during %d edits: %d not one graph", exports, 5*rounds, bad)
	})
}

// TestAttackTokensWhileServing manages tokens through the API while the
// server runs: a new token works at once, a revoked one is refused on its
// next request, the name system is reserved, and token names are not
// shown to readers.
func TestAttackTokensWhileServing(t *testing.T) {
	attackStores(t, func(t *testing.T, base, admin string) {
		leaked := createToken(t, base, admin, "field-editor", "EDITOR")
		reader := createToken(t, base, admin, "analyst", "READER")
		// The new token works at once.
		mustGQL(t, base, leaked, `mutation($r: ID!, $q: String!) { addRelation(input: {from: "`+taubinaID+`", to: "`+verdictID+`", type: MEMBER_OF,
			evidence: {report: $r, quote: $q}}) { relation { id } } }`, map[string]any{"r": seedReport, "q": quoteSeed}, "", nil)

		t.Run("token names only for editors", func(t *testing.T) {
			const q = `{ entity(id: "` + taubinaID + `") { relations(types: [MEMBER_OF]) { evidence { editor } } } }`
			for _, tt := range []struct {
				who, token string
				want       bool
			}{{"anonymous", "", false}, {"a reader", reader, false}, {"an editor", leaked, true}, {"an admin", admin, true}} {
				a := gql(t, base, tt.token, q, nil)
				if got := strings.Contains(a.raw, `"editor":"field-editor"`); got != tt.want || len(a.Errors) > 0 {
					t.Errorf("%s sees the token name: %v, want %v: %s", tt.who, got, tt.want, a.raw)
				}
			}
		})
		t.Run("refused", func(t *testing.T) {
			const create = `mutation($n: String!) { createToken(input: {name: $n, role: ADMIN}) { secret } }`
			assertGQLError(t, gql(t, base, "", create, map[string]any{"n": "mine"}), rightsgraph.EUNAUTHORIZED, "")
			assertGQLError(t, gql(t, base, leaked, create, map[string]any{"n": "mine"}), rightsgraph.EFORBIDDEN, "")
			assertGQLError(t, gql(t, base, leaked, `{ tokens { name } }`, nil), rightsgraph.EFORBIDDEN, "")
			assertGQLError(t, gql(t, base, leaked, `mutation { revokeToken(name: "root") { token { name } } }`, nil), rightsgraph.EFORBIDDEN, "")
			for _, name := range []string{"system", "SYSTEM"} {
				assertGQLError(t, gql(t, base, admin, create, map[string]any{"n": name}), rightsgraph.EINVALID, "input.name")
			}
			assertGQLError(t, gql(t, base, admin, create, map[string]any{"n": "field-editor"}), rightsgraph.ECONFLICT, "input.name")
		})

		a := gql(t, base, admin, `{ tokens { name role createdAt revokedAt revoked } }`, nil)
		if len(a.Errors) > 0 || !strings.Contains(a.raw, `"name":"field-editor","role":"EDITOR"`) {
			t.Errorf("tokens = %s", a.raw)
		}
		if strings.Contains(a.raw, rightsgraph.HashSecret(leaked)) || strings.Contains(a.raw, leaked) {
			t.Errorf("tokens shows a secret or its hash: %s", a.raw)
		}

		// The leak is found: revoke the token while serving.
		var revoked struct {
			Token struct{ Revoked bool }
		}
		mustGQL(t, base, admin, `mutation { revokeToken(name: "field-editor") { token { revoked revokedAt } } }`, nil, "revokeToken", &revoked)
		if !revoked.Token.Revoked {
			t.Errorf("revokeToken = %+v", revoked)
		}
		a = gql(t, base, leaked, `{ stats { nodes } }`, nil)
		if a.status != http.StatusUnauthorized {
			t.Errorf("the revoked token's next request = %d %s, want 401", a.status, a.raw)
		}
		assertGQLError(t, a, rightsgraph.EUNAUTHORIZED, "")
		assertGQLError(t, gql(t, base, admin, `mutation { revokeToken(name: "nobody") { token { name } } }`, nil), rightsgraph.ENOTFOUND, "")

		var log struct {
			Nodes []struct{ Action, Actor, Summary string }
		}
		mustGQL(t, base, admin, `{ auditLog(first: 20) { nodes { action actor summary } } }`, nil, "auditLog", &log)
		var actions []string
		for _, n := range log.Nodes {
			if n.Actor == "root" && strings.Contains(n.Summary, "field-editor") {
				actions = append(actions, n.Action)
			}
		}
		if !slices.Equal(actions, []string{"revokeToken", "createToken"}) {
			t.Errorf("audit log of the token by root = %v, want its revocation over its creation", actions)
		}
	})
}
