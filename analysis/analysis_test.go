package analysis_test

import (
	"context"
	"io"
	"log/slog"
	"reflect"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

const (
	congress = "congress/2017-moscow-human-rights-congress"
	memorial = "organisation/memorial-human-rights-centre"
	taubina  = "person/natalya-taubina"
	orlov    = "person/oleg-orlov"
)

func MustSeeded(tb testing.TB) *inmem.Store {
	tb.Helper()
	s := inmem.New()
	if _, err := seed.LoadFS(context.Background(), s, seed.Bundled(), seed.Options{}); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestAnalyzeEmptyGraph analyses a store with nothing in it (a fresh data
// folder, or a graph its viewer may see none of) without failing.
func TestAnalyzeEmptyGraph(t *testing.T) {
	res, err := analysis.Analyze(context.Background(), inmem.New())
	if err != nil {
		t.Fatal(err)
	}
	for m, scores := range res.Scores {
		if len(scores) != 0 {
			t.Errorf("%v of an empty graph: %v", m, scores)
		}
	}
}

func TestShortestPath(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	paths, err := analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 6, First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no path from Taubina to Orlov")
	}
	for _, p := range paths {
		if p.Length() > 4 || p.Length() != paths[0].Length() {
			t.Errorf("path of length %d, want all of the shortest length ≤ 4", p.Length())
		}
		// The path runs from → to, each edge joining its neighbours.
		if p.Nodes[0].ID != taubina || p.Nodes[len(p.Nodes)-1].ID != orlov || len(p.Nodes) != p.Length()+1 {
			t.Fatalf("path nodes %v", p.Nodes)
		}
		for i, e := range p.Edges {
			a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
			if !(e.From == a && e.To == b) && !(e.From == b && e.To == a) {
				t.Errorf("edge %s does not join %s and %s", e.ID, a, b)
			}
		}
	}
	again, _ := analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 6, First: 10})
	if !reflect.DeepEqual(paths, again) {
		t.Errorf("two runs give different paths")
	}
	// One shortest path is what shortestPath returns: the first.
	one, _ := analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 6, First: 1})
	if len(one) != 1 || !reflect.DeepEqual(one[0].Edges, paths[0].Edges) && one[0].Length() != paths[0].Length() {
		t.Errorf("first path differs")
	}
	none, err := analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 1, First: 1})
	if err != nil || len(none) != 0 {
		t.Errorf("maxDepth 1: %v, %v; want no path", none, err)
	}
}

func TestAlliances(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	allies, err := analysis.Alliances(ctx, s, memorial, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(allies) < 3 {
		t.Fatalf("Memorial has %d alliances, want at least 3", len(allies))
	}
	text := reportText(t, s)
	for _, a := range allies {
		if a.Organisation.Kind != rightsgraph.KindOrganisation || a.Organisation.ID == memorial || a.Weight <= 0 || len(a.Reasons) == 0 {
			t.Errorf("alliance %+v", a)
		}
		for _, r := range a.Reasons {
			if r.How == "" || len(r.Evidence) < 2 {
				t.Errorf("%s via %s: how %q with %d pieces of evidence, want both sides'", a.Organisation.ID, r.Via.ID, r.How, len(r.Evidence))
			}
			for _, ev := range r.Evidence {
				if string([]rune(text)[ev.Start:ev.End]) != ev.Quote {
					t.Errorf("evidence %q is not at its offsets", ev.Quote)
				}
			}
		}
	}
	for i := 1; i < len(allies); i++ {
		if allies[i].Weight > allies[i-1].Weight {
			t.Errorf("alliances not strongest first")
		}
	}
}

func reportText(t *testing.T, s rightsgraph.Store) string {
	t.Helper()
	r, err := s.Entity(context.Background(), "report/2017-11-moscow-human-rights-congress")
	if err != nil {
		t.Fatal(err)
	}
	return r.Text
}

func TestCentralityAndCommunities(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	res, err := analysis.Analyze(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []analysis.Measure{analysis.Degree, analysis.PageRank, analysis.Betweenness} {
		top, err := res.Rank(m, nil, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(top, func(r analysis.Ranked) bool { return r.Entity.ID == congress }) && m != analysis.Betweenness {
			t.Errorf("%s top five %v lack the congress", m, top)
		}
		for i := 1; i < len(top); i++ {
			if top[i].Score > top[i-1].Score {
				t.Errorf("%s not ranked highest first", m)
			}
		}
	}
	people, _ := res.Rank(analysis.Degree, []rightsgraph.Kind{rightsgraph.KindPerson}, 100)
	for _, r := range people {
		if r.Entity.Kind != rightsgraph.KindPerson {
			t.Errorf("kinds filter let %s through", r.Entity.ID)
		}
	}
	if len(res.Communities) < 2 {
		t.Errorf("%d communities, want more than one", len(res.Communities))
	}
	covered := 0
	for _, c := range res.Communities {
		covered += len(c)
	}
	st, _ := s.Stats(ctx)
	if covered != st.Nodes {
		t.Errorf("communities cover %d nodes, the graph has %d", covered, st.Nodes)
	}
	again, _ := analysis.Analyze(ctx, s)
	if !reflect.DeepEqual(res.Communities, again.Communities) {
		t.Errorf("communities differ between two runs")
	}
	if !reflect.DeepEqual(res.Scores, again.Scores) {
		t.Errorf("scores differ between two runs")
	}
	nodes, links := res.Network(0)
	if len(links) == 0 || len(nodes) < 2 {
		t.Errorf("alliance network: %d nodes, %d links", len(nodes), len(links))
	}
}

func TestNeighbourhood(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	one, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: taubina, Depth: 1, Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	if one.Nodes[0].ID != taubina || !slices.ContainsFunc(one.Nodes, func(e *rightsgraph.Entity) bool { return e.ID == "organisation/public-verdict-foundation" }) {
		t.Errorf("depth 1 around Taubina: %d nodes, want her and Public Verdict", len(one.Nodes))
	}
	two, _ := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: taubina, Depth: 2, Limit: 200})
	if len(two.Nodes) <= len(one.Nodes) {
		t.Errorf("depth 2 has %d nodes, depth 1 %d", len(two.Nodes), len(one.Nodes))
	}
	in := map[string]bool{}
	for _, n := range two.Nodes {
		in[n.ID] = true
	}
	for _, e := range two.Edges {
		if !in[e.From] || !in[e.To] {
			t.Errorf("edge %s leaves the neighbourhood", e.ID)
		}
	}
	cut, _ := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: congress, Depth: 2, Limit: 5})
	if len(cut.Nodes) != 5 || !cut.Truncated {
		t.Errorf("limit 5: %d nodes, truncated %v", len(cut.Nodes), cut.Truncated)
	}
	orgs, _ := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: congress, Depth: 1, Limit: 200,
		Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}, Types: []rightsgraph.RelType{rightsgraph.RelSpokeAt}})
	for _, n := range orgs.Nodes[1:] {
		if n.Kind != rightsgraph.KindPerson {
			t.Errorf("kinds filter let %s through", n.ID)
		}
	}
	for _, e := range orgs.Edges {
		if e.Type != rightsgraph.RelSpokeAt {
			t.Errorf("types filter let %s through", e.ID)
		}
	}
}

// TestNeighbourhoodNoEdges checks that a walk that gathers no edges
// reaches the same nodes, in the same order, and is cut the same way.
func TestNeighbourhoodNoEdges(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	for _, id := range []string{taubina, congress, memorial, orlov} {
		for depth := 1; depth <= 3; depth++ {
			for _, limit := range []int{5, 200} {
				q := analysis.NeighbourhoodQuery{ID: id, Depth: depth, Limit: limit}
				want, err := analysis.Neighbourhood(ctx, s, q)
				if err != nil {
					t.Fatal(err)
				}
				q.NoEdges = true
				got, err := analysis.Neighbourhood(ctx, s, q)
				if err != nil {
					t.Fatal(err)
				}
				ids := func(sub *rightsgraph.Subgraph) []string {
					var out []string
					for _, n := range sub.Nodes {
						out = append(out, n.ID)
					}
					return out
				}
				if !slices.Equal(ids(got), ids(want)) || got.Truncated != want.Truncated || len(got.Edges) != 0 {
					t.Errorf("%s depth %d limit %d: nodes %v truncated %v, %d edges; want nodes %v truncated %v, no edges",
						id, depth, limit, ids(got), got.Truncated, len(got.Edges), ids(want), want.Truncated)
				}
				if len(want.Edges) == 0 && depth > 1 {
					t.Errorf("%s depth %d: no edges at all, the test compares nothing", id, depth)
				}
			}
		}
	}
}

func TestBadArguments(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	tests := []struct {
		name string
		err  error
		code string
	}{
		{"unknown id", second(analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: "person/nobody", Depth: 1, Limit: 10})), rightsgraph.ENOTFOUND},
		{"depth 9", second(analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: taubina, Depth: 9, Limit: 10})), rightsgraph.EINVALID},
		{"limit 0", second(analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: taubina, Depth: 1, Limit: 0})), rightsgraph.EINVALID},
		{"from = to", second(analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: taubina, MaxDepth: 6, First: 1})), rightsgraph.EINVALID},
		{"unknown to", second(analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: "person/x", MaxDepth: 6, First: 1})), rightsgraph.ENOTFOUND},
		{"maxDepth 0", second(analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 0, First: 1})), rightsgraph.EINVALID},
		{"alliances of a person", second(analysis.Alliances(ctx, s, taubina, 10)), rightsgraph.EINVALID},
		{"negative first", second(analysis.Alliances(ctx, s, memorial, -1)), rightsgraph.EINVALID},
	}
	res, _ := analysis.Analyze(ctx, s)
	_, rankErr := res.Rank(analysis.Degree, nil, -1)
	tests = append(tests, struct {
		name string
		err  error
		code string
	}{"rank with negative first", rankErr, rightsgraph.EINVALID})
	for _, tt := range tests {
		if got := rightsgraph.ErrorCode(tt.err); got != tt.code {
			t.Errorf("%s: %v (code %q), want %s", tt.name, tt.err, got, tt.code)
		}
	}
}

func second[T any](_ T, err error) error { return err }

func TestAnalyzerFollowsRevisions(t *testing.T) {
	ctx := context.Background()
	s := MustSeeded(t)
	a := analysis.NewAnalyzer(s, slog.New(slog.DiscardHandler))
	first, err := a.Results(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range synth.Generate(synth.Options{Reports: 1, Entities: 50, Relations: 100, Seed: 1}) {
		if err := s.LoadReport(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	// The change is seen in the background: the stale results come first.
	stale, err := a.Results(ctx)
	if err != nil || stale.Snapshot.Revision != first.Snapshot.Revision {
		t.Fatalf("right after a change: revision %d, %v; want the previous results", stale.Snapshot.Revision, err)
	}
	if err := a.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	fresh, _ := a.Results(ctx)
	rev, _ := s.Revision(ctx)
	if fresh.Snapshot.Revision != rev || len(fresh.Snapshot.IDs) <= len(first.Snapshot.IDs) {
		t.Errorf("after Refresh: revision %d of %d, %d nodes", fresh.Snapshot.Revision, rev, len(fresh.Snapshot.IDs))
	}
}

func BenchmarkAnalysis(b *testing.B) {
	benchAnalysis(b, func(tb testing.TB) rightsgraph.Store { return inmem.New() })
}

func BenchmarkAnalysisNeo4j(b *testing.B) {
	benchAnalysis(b, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
}

// benchAnalysis measures the walks, the exports and the whole-graph analysis on the
// seed graph and on a synthetic one of 100,000 entities and 500,000
// relations, loaded into stores that newStore makes.
func benchAnalysis(b *testing.B, newStore func(testing.TB) rightsgraph.Store) {
	ctx := context.Background()
	for _, size := range []struct {
		name string
		o    synth.Options
	}{
		{"seed", synth.Options{}},
		{"synthetic100k", synth.Options{Reports: 50, Entities: 100_000, Relations: 500_000, Seed: 1}},
	} {
		s := newStore(b)
		if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
			b.Fatal(err)
		}
		if size.o.Entities > 0 {
			for _, g := range synth.Generate(size.o) {
				if err := s.LoadReport(ctx, g); err != nil {
					b.Fatal(err)
				}
			}
		}
		center, to := congress, orlov
		if size.o.Entities > 0 {
			center, to = "person/0", "person/99996" // synthetic people have ids i with i % 6 < 3
		}
		b.Run(size.name+"/Neighbourhood2", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: center, Depth: 2, Limit: 200}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(size.name+"/ShortestPath", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: center, To: to, MaxDepth: 6, First: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(size.name+"/Alliances", func(b *testing.B) {
			org := memorial
			if size.o.Entities > 0 {
				org = "organisation/3"
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analysis.Alliances(ctx, s, org, 10); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, format := range []string{"graphml", "gexf", "cyjs"} {
			b.Run(size.name+"/Export/"+format, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := export.Formats[format](ctx, io.Discard, s); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(size.name+"/Analyze", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analysis.Analyze(ctx, s); err != nil {
					b.Fatal(err)
				}
			}
		})
		// The same behind the guard, with a hundred people restricted: the
		// analysis a request without clearance gets, and a cleared one's.
		guarded := rightsgraph.Guard(s)
		editor := rightsgraph.AsSystem(ctx)
		people, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}, First: 100})
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range people.Entities {
			if _, err := rightsgraph.SetVisibility(editor, guarded, p.ID, rightsgraph.VisibilityRestricted); err != nil {
				b.Fatal(err)
			}
		}
		for name, ctx := range map[string]context.Context{"public": ctx, "cleared": editor} {
			b.Run(size.name+"/AnalyzeRestricted/"+name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := analysis.Analyze(ctx, guarded); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		s.Close()
	}
}

// TestNeo4jGivesTheSameAnswers runs every analysis on the seed graph in
// Neo4j and in the embedded store: the answers must be equal.
func TestNeo4jGivesTheSameAnswers(t *testing.T) {
	ctx := context.Background()
	neo := neo4jtest.MustOpen(t)
	if _, err := seed.LoadFS(ctx, neo, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	mem := MustSeeded(t)
	for _, tt := range []struct {
		name string
		run  func(s rightsgraph.Store) (any, error)
	}{
		{"neighbourhood", func(s rightsgraph.Store) (any, error) {
			return analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: taubina, Depth: 2, Limit: 200})
		}},
		{"paths", func(s rightsgraph.Store) (any, error) {
			return analysis.ShortestPaths(ctx, s, analysis.PathQuery{From: taubina, To: orlov, MaxDepth: 6, First: 20})
		}},
		{"alliances", func(s rightsgraph.Store) (any, error) { return analysis.Alliances(ctx, s, memorial, 20) }},
		{"measures", func(s rightsgraph.Store) (any, error) {
			res, err := analysis.Analyze(ctx, s)
			if err != nil {
				return nil, err
			}
			return []any{res.Scores, res.Communities, len(res.Links)}, nil
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := tt.run(mem)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.run(neo)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Neo4j and the embedded store disagree")
			}
		})
	}
}
