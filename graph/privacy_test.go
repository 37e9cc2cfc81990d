package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// entityFields reads every field of an entity, its relations with their
// evidence and report texts, and its reports.
const entityFields = `id kind name aliases description version visibility
  reports { id title text url source attribution }
  relations { id type direction role visibility other { id name aliases description } at { id name }
    evidence { quote start end editor report { id title text } } }
  ... on Congress { startDate endDate }
  ... on Report { title text url publishedAt source attribution }`

const edgeFields = `id type source target role weight evidence { quote start end report { id text } }`

// selectedFields reads some types of relation of an entity, and no other:
// a read ahead then reads only those (see rightsgraph.AroundQuery.Select).
const selectedFields = `id name
  ... on Person { leads { id role visibility other { id name aliases } evidence { quote report { id title } } } memberOf { other { id name } } }
  ... on Organisation { leaders { id other { id name aliases } } members { id other { id name ... on Person { leads { other { id name } } } } } }
  in: relations(direction: IN) { id type other { id name } }
  raised: relations(types: [RAISED, MEMBER_OF], direction: OUT, first: 2) { id type other { id name } }`

// everything asks every query field of the API, given the ids, names and
// organisations a cleared reader knows, so that a request without
// clearance asks about restricted things too.
func everything(ids, names, orgs []string) []string {
	var qs []string
	lists := []string{"entities", "persons", "organisations", "issues", "congresses", "resolutions", "reports", "places", "laws"}
	for _, l := range lists {
		qs = append(qs, fmt.Sprintf(`{ %s(first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { %s } } } }`, l, entityFields),
			fmt.Sprintf(`{ %s(first: 100) { nodes { %s } } }`, l, selectedFields))
	}
	qs = append(qs, `{ stats { nodes relationships evidence nodesByKind { kind count } relationshipsByType { type count } } }`,
		fmt.Sprintf(`{ allianceNetwork { nodes { %s } edges { %s } truncated } }`, entityFields, edgeFields),
		`{ communities { id size members { id name aliases } } }`)
	for _, m := range []string{"DEGREE", "PAGERANK", "BETWEENNESS"} {
		qs = append(qs, fmt.Sprintf(`{ centrality(measure: %s, first: 100) { score entity { id name aliases description } } }`, m))
	}
	for _, n := range names {
		qs = append(qs, fmt.Sprintf(`{ search(query: %q, first: 100) { score relationCount evidenceCount entity { %s } } }`, n, entityFields))
		qs = append(qs, fmt.Sprintf(`{ entities(filter: {nameContains: %q}, first: 100) { totalCount edges { node { id name } } } }`, n))
	}
	for _, id := range ids {
		qs = append(qs, fmt.Sprintf(`{ entity(id: %q) { %s } node(id: %q) { id } }`, id, entityFields, id),
			fmt.Sprintf(`{ entity(id: %q) { %s } }`, id, selectedFields),
			fmt.Sprintf(`{ neighbourhood(id: %q, depth: 3) { nodes { %s } edges { %s } truncated } }`, id, entityFields, edgeFields),
			fmt.Sprintf(`{ neighbourhood(id: %q, depth: 2) { nodes { id kind name visibility } edges { id type source target } truncated } }`, id))
		for _, to := range ids {
			if to > id {
				qs = append(qs, fmt.Sprintf(`{ allShortestPaths(from: %q, to: %q, maxDepth: 6, first: 10) { length nodes { id name } edges { %s } } shortestPath(from: %q, to: %q) { length nodes { id name } } }`, id, to, edgeFields, id, to))
			}
		}
	}
	for _, o := range orgs {
		qs = append(qs, fmt.Sprintf(`{ alliances(organisation: %q, first: 100) { weight organisation { id name } reasons { how via { id name aliases } evidence { quote report { id text } } } } }`, o))
	}
	return qs
}

// quoted finds the string arguments of a query.
var quoted = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// asPrincipal serves h to requests acting as the principal named in the
// X-Test-Principal header: anonymous, reader, editor, cleared, admin.
func asPrincipal(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		switch r.Header.Get("X-Test-Principal") {
		case "reader":
			ctx = rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "reader", Role: rightsgraph.RoleReader})
		case "editor":
			ctx = rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "editor", Role: rightsgraph.RoleEditor})
		case "cleared":
			ctx = rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "cleared", Role: rightsgraph.RoleReader, Cleared: true})
		case "admin":
			ctx = rightsgraph.AsSystem(ctx)
		}
		h.ServeHTTP(w, r.WithContext(rightsgraph.WithRequestView(ctx)))
	})
}

// TestRestrictedNeverLeaksThroughGraphQL asks every query field, about
// every entity a cleared reader knows, as each principal, on both stores:
// a request without clearance reads no restricted name, id or title; a
// cleared one reads all of them.
func TestRestrictedNeverLeaksThroughGraphQL(t *testing.T) {
	t.Run("embedded", func(t *testing.T) { askEverything(t, inmem.New()) })
	t.Run("embedded, reading ahead", func(t *testing.T) { askEverything(t, overNetwork{inmem.New()}) })
	t.Run("neo4j", func(t *testing.T) { askEverything(t, neo4jtest.MustOpen(t)) })
}

// overNetwork is a store that does not say it runs in the process, as
// Neo4j does not: resolvers then read ahead with Around and prime the
// loaders, where over the embedded store they call it level by level.
type overNetwork struct{ rightsgraph.Store }

// TestReadAheadAnswersAlike asks every query field as each principal of
// the same graph read ahead (Around, primed loaders) and level by level
// (loaders alone): the answers, errors included, are the same.
func TestReadAheadAnswersAlike(t *testing.T) {
	raw := inmem.New()
	levels := storetest.LoadRestrictedGraph(t, raw)
	ahead := rightsgraph.Guard(overNetwork{raw})
	byLevels := client.New(asPrincipal(newHandler(levels, slog.New(slog.DiscardHandler))))
	reading := client.New(asPrincipal(newHandler(ahead, slog.New(slog.DiscardHandler))))
	var ids, names, orgs []string
	if err := levels.EachEntity(rightsgraph.AsSystem(context.Background()), func(e *rightsgraph.Entity) error {
		ids, names = append(ids, e.ID), append(names, e.Name)
		if e.Kind == rightsgraph.KindOrganisation {
			orgs = append(orgs, e.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	queries := everything(append(ids, "person/nobody-at-all"), names, orgs)
	for _, who := range []string{"anonymous", "reader", "cleared", "admin"} {
		for _, q := range queries {
			want, err := byLevels.RawPost(q, client.AddHeader("X-Test-Principal", who))
			if err != nil {
				t.Fatal(err)
			}
			got, err := reading.RawPost(q, client.AddHeader("X-Test-Principal", who))
			if err != nil {
				t.Fatal(err)
			}
			if asJSON(got.Data) != asJSON(want.Data) || sortedErrors(t, got.Errors) != sortedErrors(t, want.Errors) {
				t.Errorf("%s: %s\nread ahead: %s %s\nby levels:  %s %s", who, q, asJSON(got.Data), got.Errors, asJSON(want.Data), want.Errors)
			}
		}
	}
}

func askEverything(t *testing.T, raw rightsgraph.Store) {
	s := storetest.LoadRestrictedGraph(t, raw)
	c := client.New(asPrincipal(newHandler(s, slog.New(slog.DiscardHandler))))

	// What a cleared reader knows: every id, name and organisation.
	var ids, names, orgs []string
	ctx := rightsgraph.AsSystem(context.Background())
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		ids, names = append(ids, e.ID), append(names, e.Names()...)
		if e.Kind == rightsgraph.KindOrganisation {
			orgs = append(orgs, e.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	ids = append(ids, "person/nobody-at-all")
	queries := everything(ids, names, orgs)

	for _, who := range []string{"anonymous", "reader", "editor", "cleared", "admin"} {
		found := map[string]int{}
		for _, q := range queries {
			resp, err := c.RawPost(q, client.AddHeader("X-Test-Principal", who))
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			// What the answer says beyond echoing the ids and names asked.
			body := asJSON(resp.Data) + string(resp.Errors)
			for _, asked := range quoted.FindAllStringSubmatch(q, -1) {
				body = strings.ReplaceAll(body, asked[1], "")
			}
			for _, secret := range storetest.RestrictedSecrets {
				if n := strings.Count(body, secret); n > 0 {
					found[secret] += n
					if who != "cleared" && who != "admin" {
						t.Errorf("%s read %q in the answer to %s:\n%s", who, secret, q, body)
					}
				}
			}
		}
		if who == "cleared" || who == "admin" {
			for _, secret := range storetest.RestrictedSecrets {
				if found[secret] == 0 {
					t.Errorf("%s never read %q", who, secret)
				}
			}
		}
		t.Logf("%s: %d queries, secrets read %v", who, len(queries), found)
	}

	// A cleared reader sees what is restricted as such.
	var seen struct {
		Secret struct{ Visibility string }
		Lenz   struct {
			Relations []struct{ ID, Visibility string }
		}
		Temirova struct {
			Relations []struct{ ID, Visibility string }
		}
	}
	MustPost(t, c, `{ secret: entity(id: "person/zhanybek-quorvasov") { visibility }
  lenz: entity(id: "person/dmitri-lenz") { relations { id visibility } }
  temirova: entity(id: "person/anna-temirova") { relations { id visibility } } }`, &seen, client.AddHeader("X-Test-Principal", "cleared"))
	vis := map[string]string{}
	for _, r := range append(seen.Lenz.Relations, seen.Temirova.Relations...) {
		vis[r.ID] = r.Visibility
	}
	if seen.Secret.Visibility != "RESTRICTED" || vis["person/dmitri-lenz|LEADS|organisation/open-archive"] != "RESTRICTED" ||
		vis["person/anna-temirova|LEADS|organisation/steppe-rights-centre"] != "PUBLIC" {
		t.Errorf("visibility as a cleared reader sees it: %+v", seen)
	}

	// A restricted id answers as an unknown one, error and all.
	hidden, err := c.RawPost(`{ entity(id: "person/zhanybek-quorvasov") { id } node(id: "person/zhanybek-quorvasov") { id } }`)
	if err != nil {
		t.Fatal(err)
	}
	unknown, err := c.RawPost(`{ entity(id: "person/zhanybek-quorvasoff") { id } node(id: "person/zhanybek-quorvasoff") { id } }`)
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(hidden.Data) != asJSON(unknown.Data) ||
		string(hidden.Errors) != strings.ReplaceAll(string(unknown.Errors), "quorvasoff", "quorvasov") {
		t.Errorf("restricted: %s %s; unknown: %s %s", hidden.Data, hidden.Errors, unknown.Data, unknown.Errors)
	}
}

// TestLeanNeighbourhoodAnswersAlike asks neighbourhoods for what a lean
// read holds (ids, kinds, names; edges' types and ends) and for the same
// with evidence, which needs the whole read, as each principal, read
// ahead and level by level: the lean answers are the whole ones without
// the evidence.
func TestLeanNeighbourhoodAnswersAlike(t *testing.T) {
	raw := inmem.New()
	levels := storetest.LoadRestrictedGraph(t, raw)
	for name, s := range map[string]rightsgraph.Store{"level by level": levels, "read ahead": rightsgraph.Guard(overNetwork{raw})} {
		c := client.New(asPrincipal(newHandler(s, slog.New(slog.DiscardHandler))))
		var ids []string
		if err := s.EachEntity(rightsgraph.AsSystem(context.Background()), func(e *rightsgraph.Entity) error {
			ids = append(ids, e.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for _, who := range []string{"anonymous", "cleared"} {
			for _, id := range ids {
				for _, depth := range []int{1, 2, 3} {
					const q = `query($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) { nodes { id kind name visibility } edges { id type source target %s } truncated } }`
					lean, err := c.RawPost(fmt.Sprintf(q, ""), client.Var("id", id), client.Var("depth", depth), client.AddHeader("X-Test-Principal", who))
					if err != nil {
						t.Fatal(err)
					}
					whole, err := c.RawPost(fmt.Sprintf(q, "evidence { quote }"), client.Var("id", id), client.Var("depth", depth), client.AddHeader("X-Test-Principal", who))
					if err != nil {
						t.Fatal(err)
					}
					var w map[string]any
					if err := json.Unmarshal([]byte(asJSON(whole.Data)), &w); err != nil {
						t.Fatal(err)
					}
					if n, ok := w["neighbourhood"].(map[string]any); ok {
						for _, e := range n["edges"].([]any) {
							delete(e.(map[string]any), "evidence")
						}
					}
					if asJSON(lean.Data) != asJSON(w) || sortedErrors(t, lean.Errors) != sortedErrors(t, whole.Errors) {
						t.Errorf("%s, %s, %s depth %d: lean %s %s\nwhole %s %s", name, who, id, depth, asJSON(lean.Data), lean.Errors, asJSON(w), whole.Errors)
					}
				}
			}
		}
	}
}

// sortedErrors lists the errors of an answer in a fixed order: root
// fields resolve side by side, so their errors come in any order.
func sortedErrors(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	if len(raw) == 0 {
		return ""
	}
	var errs []any
	if err := json.Unmarshal(raw, &errs); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = asJSON(e)
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

func asJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
