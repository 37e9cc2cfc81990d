package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/server"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// editors makes a token of each role, and one revoked, and returns their
// secrets by name.
func editors(tb testing.TB, s rightsgraph.Store) map[string]string {
	tb.Helper()
	ctx := context.Background()
	secrets := map[string]string{}
	for name, role := range map[string]rightsgraph.Role{
		"reader": rightsgraph.RoleReader, "editor": rightsgraph.RoleEditor, "admin": rightsgraph.RoleAdmin, "revoked": rightsgraph.RoleEditor,
	} {
		secret, hash := rightsgraph.NewSecret()
		if err := s.CreateToken(ctx, rightsgraph.Token{Name: name, Role: role, Hash: hash, CreatedAt: time.Now()}); err != nil {
			tb.Fatal(err)
		}
		secrets[name] = secret
	}
	if err := s.RevokeToken(ctx, "revoked", time.Now()); err != nil {
		tb.Fatal(err)
	}
	return secrets
}

// as sends a GraphQL request with the secret of a token ("" for none).
func as(tb testing.TB, base, secret, q string, vars map[string]any) answer {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	return postAs(tb, base, secret, body)
}

func code(a answer) any {
	if len(a.Errors) == 0 {
		return nil
	}
	return a.Errors[0].Extensions["code"]
}

const (
	memorial  = "organisation/memorial-human-rights-centre"
	seedQuote = "Natalya Taubina, director of the Public Verdict foundation"
)

var mutations = []struct {
	name string
	q    string
	vars map[string]any
}{
	{"addReport", `mutation($in: AddReportInput!) { addReport(input: $in) { report { id } relations } }`,
		map[string]any{"in": map[string]any{"text": letterText, "annotation": letterAnnotation}}},
	{"upsertEntity", `mutation { upsertEntity(input: {id: "organisation/harbour-watch", kind: ORGANISATION, name: "Harbour Watch"}) { entity { id version } } }`, nil},
	{"addRelation", `mutation($q: String!) { addRelation(input: {from: "person/natalya-taubina", to: "organisation/memorial-human-rights-centre", type: MEMBER_OF,
		evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: $q}}) { relation { id evidence { start end editor } } } }`,
		map[string]any{"q": seedQuote}},
	{"retractRelation", `mutation { retractRelation(id: "person/natalya-taubina|LEADS|organisation/public-verdict-foundation") { relation { id } } }`, nil},
	{"mergeEntities", `mutation { mergeEntities(keep: "organisation/memorial-human-rights-centre", drop: "organisation/harbour-watch") { entity { id aliases } dropped } }`, nil},
}

const letterText = "A letter from Port Elling.\nMara Quill leads the Harbour Watch Society, and has since its founding."

const letterAnnotation = `report:
  id: report/port-elling-letter
  title: A letter from Port Elling
entities:
  - id: organisation/harbour-watch-society
    kind: ORGANISATION
    name: Harbour Watch Society
  - id: person/mara-quill
    kind: PERSON
    name: Mara Quill
relations:
  - type: LEADS
    from: person/mara-quill
    to: organisation/harbour-watch-society
    quote: "Mara Quill leads the Harbour Watch Society"
`

// TestMutationsNeedAnEditor checks every mutation: refused anonymously
// (UNAUTHENTICATED), with a reader's token (FORBIDDEN) and with a revoked
// one (401); allowed to an editor; and the graph changes only then.
func TestMutationsNeedAnEditor(t *testing.T) {
	srv, store := MustServer(t, server.Options{Introspection: true})
	secrets := editors(t, store)
	ctx := context.Background()
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			before, _ := store.Revision(ctx)
			if a := as(t, srv.URL, "", m.q, m.vars); code(a) != rightsgraph.EUNAUTHORIZED {
				t.Errorf("anonymous: %s", a.Body)
			}
			if a := as(t, srv.URL, secrets["reader"], m.q, m.vars); code(a) != rightsgraph.EFORBIDDEN {
				t.Errorf("reader: %s", a.Body)
			}
			if a := as(t, srv.URL, secrets["revoked"], m.q, m.vars); a.Status != http.StatusUnauthorized || code(a) != rightsgraph.EUNAUTHORIZED {
				t.Errorf("revoked: %d %s", a.Status, a.Body)
			}
			if after, _ := store.Revision(ctx); after != before {
				t.Fatalf("a refused mutation changed the graph: revision %d → %d", before, after)
			}
			if a := as(t, srv.URL, secrets["editor"], m.q, m.vars); a.Status != http.StatusOK || len(a.Errors) > 0 {
				t.Fatalf("editor: %d %s", a.Status, a.Body)
			}
			if after, _ := store.Revision(ctx); after == before {
				t.Errorf("the editor's %s changed nothing", m.name)
			}
		})
	}
	// An admin may do what an editor may.
	a := as(t, srv.URL, secrets["admin"], `mutation { upsertEntity(input: {id: "organisation/memorial-human-rights-centre", kind: ORGANISATION, description: "Human rights centre"}) { entity { description } } }`, nil)
	if len(a.Errors) > 0 || !strings.Contains(string(a.Data), "Human rights centre") {
		t.Errorf("admin: %s", a.Body)
	}
	// Mutations are refused over GET, whoever asks.
	resp, err := http.Get(srv.URL + "/graphql?query=" + url.QueryEscape(`mutation { retractRelation(id: "a|LEADS|b") { relation { id } } }`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		t.Errorf("GET mutation: %d, want a refusal", resp.StatusCode)
	}
}

// TestEditingOverHTTP walks an editor's session: the answers carry what
// changed, bad input names its field and changes nothing, a merge keeps
// every relation and piece of evidence, and the admin's audit log has an
// entry for each change.
func TestEditingOverHTTP(t *testing.T) {
	srv, store := MustServer(t, server.Options{Introspection: true})
	secrets := editors(t, store)
	ed := func(q string, vars map[string]any) answer {
		t.Helper()
		return as(t, srv.URL, secrets["editor"], q, vars)
	}

	// addRelation: offsets come from the server, the editor is named.
	a := ed(mutations[2].q, mutations[2].vars)
	var added struct {
		AddRelation struct {
			Relation struct {
				Evidence []struct {
					Start, End int
					Editor     *string
				}
			}
		}
	}
	json.Unmarshal(a.Data, &added) //nolint:errcheck // checked below
	evs := added.AddRelation.Relation.Evidence
	if len(a.Errors) > 0 || len(evs) != 1 || evs[0].Editor == nil || *evs[0].Editor != "editor" || evs[0].End-evs[0].Start != len([]rune(seedQuote)) {
		t.Fatalf("addRelation: %s", a.Body)
	}

	// Bad input: a clear error naming the field; nothing changes.
	stats := func() string {
		a := query(t, srv.URL, `{ stats { nodes relationships evidence } }`, nil)
		return string(a.Data)
	}
	before := stats()
	for _, tt := range []struct {
		name, q, code, field string
	}{
		{"quote not in the report", `mutation { addRelation(input: {from: "person/natalya-taubina", to: "organisation/memorial-human-rights-centre", type: MEMBER_OF,
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: "no such words' OR 1=1 //"}}) { relation { id } } }`, rightsgraph.EINVALID, "input.evidence.quote"},
		{"kinds the type does not join", `mutation { addRelation(input: {from: "organisation/memorial-human-rights-centre", to: "person/natalya-taubina", type: LEADS,
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: "Memorial"}}) { relation { id } } }`, rightsgraph.EINVALID, "input.type"},
		{"unknown entity", `mutation { addRelation(input: {from: "person/x\") DETACH DELETE n //", to: "organisation/memorial-human-rights-centre", type: MEMBER_OF,
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: "Memorial"}}) { relation { id } } }`, rightsgraph.ENOTFOUND, "input.from"},
		{"id of another kind", `mutation { upsertEntity(input: {id: "person/memorial", kind: ORGANISATION, name: "x"}) { entity { id } } }`, rightsgraph.EINVALID, "input.id"},
		{"stale version", `mutation { upsertEntity(input: {id: "organisation/memorial-human-rights-centre", kind: ORGANISATION, name: "M", ifVersion: "0000"}) { entity { id } } }`, rightsgraph.ECONFLICT, ""},
		{"merge of two kinds", `mutation { mergeEntities(keep: "organisation/memorial-human-rights-centre", drop: "person/natalya-taubina") { dropped } }`, rightsgraph.EINVALID, "drop"},
		{"unknown relation", `mutation { retractRelation(id: "person/a|LEADS|organisation/b") { relation { id } } }`, rightsgraph.ENOTFOUND, ""},
		{"annotation with a bad quote", `mutation($in: AddReportInput!) { addReport(input: $in) { report { id } } }`, rightsgraph.EINVALID, "input.annotation"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]any{"in": map[string]any{"text": "Nothing here.", "annotation": letterAnnotation}}
			a := ed(tt.q, vars)
			if code(a) != tt.code || (tt.field != "" && a.Errors[0].Extensions["field"] != tt.field) {
				t.Errorf("got %s, want %s on %q", a.Body, tt.code, tt.field)
			}
			if tt.field == "input.annotation" {
				ps, _ := a.Errors[0].Extensions["problems"].([]any)
				if len(ps) == 0 || ps[0].(map[string]any)["line"].(float64) != 15 {
					t.Errorf("problems: %v, want the quote's line 15", a.Errors[0].Extensions["problems"])
				}
			}
			if after := stats(); after != before {
				t.Errorf("graph changed: %s → %s", before, after)
			}
		})
	}

	// A merge keeps every relation and all evidence.
	ed(mutations[0].q, mutations[0].vars)
	countOf := func(id string) (rels, evidence int) {
		a := query(t, srv.URL, `query($id: ID!) { entity(id: $id) { relations { evidence { quote } } } }`, map[string]any{"id": id})
		var got struct {
			Entity struct {
				Relations []struct{ Evidence []struct{ Quote string } }
			}
		}
		json.Unmarshal(a.Data, &got) //nolint:errcheck // zero counts fail below
		for _, r := range got.Entity.Relations {
			rels++
			evidence += len(r.Evidence)
		}
		return rels, evidence
	}
	keepRels, keepEv := countOf(memorial)
	dropRels, dropEv := countOf("organisation/harbour-watch-society")
	if dropRels == 0 {
		t.Fatal("the report the editor added has no relation")
	}
	a = ed(`mutation { mergeEntities(keep: "organisation/memorial-human-rights-centre", drop: "organisation/harbour-watch-society") { entity { id aliases } dropped } }`, nil)
	if len(a.Errors) > 0 || !strings.Contains(string(a.Data), "Harbour Watch Society") {
		t.Fatalf("merge: %s", a.Body)
	}
	if rels, ev := countOf(memorial); rels != keepRels+dropRels || ev != keepEv+dropEv {
		t.Errorf("after the merge memorial has %d relations, %d evidence; want %d, %d", rels, ev, keepRels+dropRels, keepEv+dropEv)
	}
	a = query(t, srv.URL, `{ entity(id: "organisation/harbour-watch-society") { id } }`, nil)
	if !strings.Contains(string(a.Data), memorial) {
		t.Errorf("the dropped id does not resolve to the survivor: %s", a.Body)
	}

	// The audit log: admins only, one entry per change, newest first.
	if a := as(t, srv.URL, secrets["editor"], `{ auditLog { nodes { id } } }`, nil); code(a) != rightsgraph.EFORBIDDEN {
		t.Errorf("editor reads the audit log: %s", a.Body)
	}
	a = as(t, srv.URL, secrets["admin"], `{ auditLog(first: 100) { nodes { actor action entities before after summary at } pageInfo { hasNextPage } } }`, nil)
	var log struct {
		AuditLog struct {
			Nodes []struct {
				Actor, Action, Summary, At string
				Entities                   []string
				Before, After              *string
			}
		}
	}
	if err := json.Unmarshal(a.Data, &log); err != nil || len(a.Errors) > 0 {
		t.Fatalf("auditLog: %s", a.Body)
	}
	var actions []string
	for _, e := range log.AuditLog.Nodes {
		if e.Actor == "editor" {
			actions = append(actions, e.Action)
		}
		if _, err := time.Parse(time.RFC3339Nano, e.At); err != nil || e.Summary == "" || e.After == nil && e.Action != "retractRelation" {
			t.Errorf("entry %+v", e)
		}
	}
	want := []string{"mergeEntities", "loadReport", "addRelation"}
	if strings.Join(actions, " ") != strings.Join(want, " ") {
		t.Errorf("the editor's entries, newest first: %v, want %v", actions, want)
	}
}

// TestInjectionInMutations sends Cypher- and Lucene-injection strings in
// every string argument of the mutations: each is refused cleanly or, where
// it is just text (a name, a description), stored exactly as sent; nothing
// else in the graph changes.
func TestInjectionInMutations(t *testing.T) {
	srv, store := MustServer(t, server.Options{Introspection: true})
	secrets := editors(t, store)
	beforeE, beforeR := storetest.Dump(t, store)
	injections := []string{
		`' OR 1=1 //`, `") MATCH (n) DETACH DELETE n //`, `x'}) DETACH DELETE n RETURN 1 //`,
		"person/lev-ponomarev\" }) { id } mutation { x }", `*:*`, `name:"lev" OR *`, "person/a|LEADS|organisation/b' OR 1=1",
	}
	created := 0
	for i, inj := range injections {
		vars := map[string]any{"s": inj, "a": inj + " (alias)", "id": fmt.Sprintf("person/injected-%d", i)}
		for _, q := range []string{
			`mutation($s: ID!) { upsertEntity(input: {id: $s, kind: PERSON, name: "x"}) { entity { id } } }`,
			`mutation($s: String!, $a: String!, $id: ID!) { upsertEntity(input: {id: $id, kind: PERSON, name: $s, aliases: [$a], description: $s}) { entity { name description } } }`,
			`mutation($s: ID!) { addRelation(input: {from: $s, to: $s, type: LEADS, evidence: {report: $s, quote: $s}}) { relation { id } } }`,
			`mutation($s: String!) { addRelation(input: {from: "person/natalya-taubina", to: "organisation/public-verdict-foundation", type: LEADS, role: $s,
				evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: $s}}) { relation { id } } }`,
			`mutation($s: ID!) { retractRelation(id: $s) { relation { id } } }`,
			`mutation($s: ID!) { mergeEntities(keep: $s, drop: $s) { dropped } }`,
			`mutation($s: String!) { addReport(input: {title: $s, text: $s, annotation: $s}) { report { id } } }`,
		} {
			a := as(t, srv.URL, secrets["editor"], q, vars)
			if a.Status >= 500 {
				t.Errorf("%q in %s: status %d", inj, q, a.Status)
			}
			for _, e := range a.Errors {
				if c := e.Extensions["code"]; c == rightsgraph.EINTERNAL || c == nil || strings.Contains(strings.ToLower(e.Message), "cypher") {
					t.Errorf("%q in %s: %s (%v)", inj, q, e.Message, c)
				}
			}
			if strings.Contains(q, "$id") && len(a.Errors) == 0 {
				created++
				if !strings.Contains(a.Body, mustJSON(inj)) {
					t.Errorf("%q stored as %s", inj, a.Body)
				}
			}
		}
		a := as(t, srv.URL, secrets["admin"], `query($s: String!, $e: ID!) { auditLog(after: $s, entity: $e) { nodes { id } } }`, map[string]any{"s": inj, "e": inj})
		if a.Status >= 500 || (len(a.Errors) > 0 && a.Errors[0].Extensions["code"] != rightsgraph.EINVALID) {
			t.Errorf("%q in auditLog: %s", inj, a.Body)
		}
	}
	afterE, afterR := storetest.Dump(t, store)
	if !reflect.DeepEqual(beforeR, afterR) {
		t.Error("relations changed")
	}
	if len(afterE) != len(beforeE)+created || created == 0 {
		t.Errorf("%d entities → %d, with %d created by name", len(beforeE), len(afterE), created)
	}
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return strings.Trim(string(b), `"`)
}
