package graph_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"
)

type gqlEdge struct {
	ID, Type, Source, Target string
	Role                     *string
	Weight                   *float64
	Evidence                 []struct {
		Quote      string
		Start, End int
		Report     struct{ ID string }
	}
}

func TestNeighbourhoodQuery(t *testing.T) {
	c := newClient(MustSeededStore(t))
	var resp struct {
		Neighbourhood struct {
			Nodes     []struct{ ID, Kind string }
			Edges     []gqlEdge
			Truncated bool
		}
	}
	MustPost(t, c, `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) {
		nodes { id kind } edges { id type source target role evidence { quote start end report { id } } } truncated } }`,
		&resp, client.Var("id", "person/natalya-taubina"))
	n := resp.Neighbourhood
	if len(n.Nodes) < 3 || n.Nodes[0].ID != "person/natalya-taubina" || n.Truncated {
		t.Fatalf("neighbourhood: %d nodes, first %v, truncated %v", len(n.Nodes), n.Nodes[0], n.Truncated)
	}
	in := map[string]bool{}
	for _, node := range n.Nodes {
		in[node.ID] = true
	}
	for _, e := range n.Edges {
		if !in[e.Source] || !in[e.Target] || len(e.Evidence) == 0 {
			t.Errorf("edge %s: ends in the subgraph %v/%v, %d pieces of evidence", e.ID, in[e.Source], in[e.Target], len(e.Evidence))
		}
	}
}

type gqlPath struct {
	Length int
	Nodes  []struct{ ID string }
	Edges  []gqlEdge
}

func TestShortestPathQuery(t *testing.T) {
	c := newClient(MustSeededStore(t))
	var resp struct {
		ShortestPath     *gqlPath
		AllShortestPaths []gqlPath
	}
	MustPost(t, c, `{
		shortestPath(from: "person/natalya-taubina", to: "person/oleg-orlov") { length nodes { id } edges { id source target } }
		allShortestPaths(from: "person/natalya-taubina", to: "person/oleg-orlov", first: 50) { length nodes { id } edges { id source target } }
	}`, &resp)
	p := resp.ShortestPath
	if p == nil || p.Length > 4 || len(p.Nodes) != p.Length+1 || len(p.Edges) != p.Length {
		t.Fatalf("shortestPath = %+v, want a path of length ≤ 4", p)
	}
	if p.Nodes[0].ID != "person/natalya-taubina" || p.Nodes[p.Length].ID != "person/oleg-orlov" {
		t.Errorf("path runs %s → %s", p.Nodes[0].ID, p.Nodes[p.Length].ID)
	}
	for i, e := range p.Edges {
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		if !(e.Source == a && e.Target == b) && !(e.Source == b && e.Target == a) {
			t.Errorf("edge %d (%s) does not join %s and %s", i, e.ID, a, b)
		}
	}
	if len(resp.AllShortestPaths) == 0 || !reflect.DeepEqual(resp.AllShortestPaths[0], *p) {
		t.Errorf("allShortestPaths does not start with shortestPath")
	}
	for _, q := range resp.AllShortestPaths {
		if q.Length != p.Length {
			t.Errorf("allShortestPaths has a path of length %d, want %d", q.Length, p.Length)
		}
	}
}

func TestAlliancesQuery(t *testing.T) {
	c := newClient(MustSeededStore(t))
	var resp struct {
		Alliances []struct {
			Organisation struct{ ID, Kind string }
			Weight       float64
			Reasons      []struct {
				Via      struct{ ID string }
				How      string
				Evidence []struct{ Quote string }
			}
		}
		AllianceNetwork struct {
			Nodes []struct{ ID, Kind string }
			Edges []gqlEdge
		}
	}
	MustPost(t, c, `{
		alliances(organisation: "organisation/memorial-human-rights-centre") {
			organisation { id kind } weight reasons { via { id } how evidence { quote } } }
		allianceNetwork(minWeight: 0.25) { nodes { id kind } edges { id type source target role weight evidence { quote } } }
	}`, &resp)
	if len(resp.Alliances) < 3 {
		t.Fatalf("Memorial has %d alliances, want at least 3", len(resp.Alliances))
	}
	for _, a := range resp.Alliances {
		if a.Organisation.Kind != "ORGANISATION" || a.Weight <= 0 || len(a.Reasons) == 0 {
			t.Errorf("alliance %+v", a)
		}
		for _, r := range a.Reasons {
			if r.How == "" || len(r.Evidence) == 0 {
				t.Errorf("reason via %s without how or evidence", r.Via.ID)
			}
		}
	}
	if len(resp.AllianceNetwork.Edges) == 0 {
		t.Fatal("the alliance network is empty")
	}
	for _, e := range resp.AllianceNetwork.Edges {
		if e.Type != "ALLIED_WITH" || e.Weight == nil || *e.Weight < 0.25 || len(e.Evidence) == 0 {
			t.Errorf("alliance edge %+v", e)
		}
	}
	for _, n := range resp.AllianceNetwork.Nodes {
		if n.Kind != "ORGANISATION" {
			t.Errorf("alliance network node %s is a %s", n.ID, n.Kind)
		}
	}
}

func TestCentralityAndCommunitiesQueries(t *testing.T) {
	c := newClient(MustSeededStore(t))
	for _, m := range []string{"DEGREE", "PAGERANK"} {
		var resp struct {
			Centrality []struct {
				Entity struct{ ID string }
				Score  float64
			}
		}
		MustPost(t, c, `query($m: Measure!) { centrality(measure: $m, first: 5) { entity { id } score } }`, &resp, client.Var("m", m))
		if !slices.ContainsFunc(resp.Centrality, func(r struct {
			Entity struct{ ID string }
			Score  float64
		}) bool {
			return r.Entity.ID == "congress/2017-moscow-human-rights-congress"
		}) {
			t.Errorf("%s top five %v lack the congress", m, resp.Centrality)
		}
	}
	type communities struct {
		Communities []struct {
			ID      string
			Size    int
			Members []struct{ ID string }
		}
		Stats struct{ Nodes int }
	}
	var first, second communities
	q := `{ communities { id size members { id } } stats { nodes } }`
	MustPost(t, c, q, &first)
	MustPost(t, c, q, &second)
	if len(first.Communities) < 2 || !reflect.DeepEqual(first, second) {
		t.Errorf("%d communities; equal across two runs: %v", len(first.Communities), reflect.DeepEqual(first, second))
	}
	seen := map[string]bool{}
	for _, com := range first.Communities {
		if com.Size != len(com.Members) {
			t.Errorf("%s: size %d, %d members", com.ID, com.Size, len(com.Members))
		}
		for _, m := range com.Members {
			if seen[m.ID] {
				t.Errorf("%s is in two communities", m.ID)
			}
			seen[m.ID] = true
		}
	}
	if len(seen) != first.Stats.Nodes {
		t.Errorf("communities cover %d of %d nodes", len(seen), first.Stats.Nodes)
	}
}

func TestAnalysisBadArguments(t *testing.T) {
	c := newClient(MustSeededStore(t))
	for _, tt := range []struct{ name, query, code string }{
		{"unknown id", `{ neighbourhood(id: "person/nobody") { truncated } }`, "NOT_FOUND"},
		{"depth 9", `{ neighbourhood(id: "person/natalya-taubina", depth: 9) { truncated } }`, "BAD_USER_INPUT"},
		{"from = to", `{ shortestPath(from: "person/natalya-taubina", to: "person/natalya-taubina") { length } }`, "BAD_USER_INPUT"},
		{"unknown from", `{ shortestPath(from: "person/x", to: "person/oleg-orlov") { length } }`, "NOT_FOUND"},
		{"negative first", `{ alliances(organisation: "organisation/memorial-human-rights-centre", first: -1) { weight } }`, "BAD_USER_INPUT"},
		{"alliances of a person", `{ alliances(organisation: "person/oleg-orlov") { weight } }`, "BAD_USER_INPUT"},
		{"centrality negative first", `{ centrality(measure: DEGREE, first: -1) { score } }`, "BAD_USER_INPUT"},
		{"communities negative first", `{ communities(first: -1) { id } }`, "BAD_USER_INPUT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := MustErrors(t, c, tt.query)
			if got := errs[0].code(); got != tt.code {
				t.Errorf("code %v, want %s (%s)", got, tt.code, errs[0].Message)
			}
		})
	}
}
