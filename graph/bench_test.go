package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime/metrics"
	"slices"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/synth"
)

// BenchmarkSearch measures a search with a typo through the whole handler:
// parsing (cached after the first request), the store's fuzzy match over
// every name and alias, and the response.
func BenchmarkSearch(b *testing.B) {
	c := newClient(MustSeededStore(b))
	const q = `query($q: String!) { search(query: $q, first: 10) { score entity { id kind name } } }`
	var resp struct {
		Search []searchHit `json:"search"`
	}
	MustPost(b, c, q, &resp, client.Var("q", "Ponomerev"))
	if len(resp.Search) == 0 || resp.Search[0].Entity.ID != levID {
		b.Fatalf("search(Ponomerev) = %v, want %s first", resp.Search, levID)
	}
	b.ReportAllocs()
	for b.Loop() {
		MustPost(b, c, q, &resp, client.Var("q", "Ponomerev"))
	}
}

// BenchmarkEntityWithRelations measures the congress, the best connected
// entity, with every relation, the entity at its other end and its
// evidence: three levels of dataloader batches.
func BenchmarkEntityWithRelations(b *testing.B) {
	c := newClient(MustSeededStore(b))
	const q = `query($id: ID!) { entity(id: $id) { id name relations { ...rel } } }` + relFields
	var resp struct {
		Entity struct {
			ID        string     `json:"id"`
			Name      string     `json:"name"`
			Relations []relation `json:"relations"`
		} `json:"entity"`
	}
	MustPost(b, c, q, &resp, client.Var("id", congressID))
	if len(resp.Entity.Relations) < 10 {
		b.Fatalf("entity(%s) has %d relations, want many", congressID, len(resp.Entity.Relations))
	}
	b.ReportAllocs()
	for b.Loop() {
		MustPost(b, c, q, &resp, client.Var("id", congressID))
	}
}

// synthHandler returns the GraphQL handler, behind the guard as the
// server has it, over the embedded store holding a synthetic graph of
// the given size, with the store.
func synthHandler(b *testing.B, entities, relations int) (http.Handler, rightsgraph.Store) {
	b.Helper()
	s := inmem.New()
	ctx := context.Background()
	for _, g := range synth.Generate(synth.Options{Reports: 10, Entities: entities, Relations: relations, Seed: 1}) {
		if err := s.LoadReport(ctx, g); err != nil {
			b.Fatal(err)
		}
	}
	return asPrincipal(newHandler(rightsgraph.Guard(s), slog.New(slog.DiscardHandler))), s
}

// serve posts query with vars to h and fails b unless it answers 200
// without errors.
func serve(b *testing.B, h http.Handler, query string, vars map[string]any) []byte {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		b.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
		b.Fatalf("%s: %d %s", query, w.Code, w.Body.String())
	}
	return w.Body.Bytes()
}

// BenchmarkSynthNeighbourhood measures the 2-hop neighbourhood of about
// a hundred entities, ids only, over the embedded store holding 20,000
// entities and 100,000 relations (the API benchmark's Q2).
func BenchmarkSynthNeighbourhood(b *testing.B) {
	h, s := synthHandler(b, 20_000, 100_000)
	ctx := context.Background()
	var centres []string
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		if len(centres) < 20 && e.Kind != rightsgraph.KindReport {
			n, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: e.ID, Depth: 2, Limit: 1000, Lean: true})
			if err != nil {
				return err
			}
			if len(n.Nodes) >= 100 && len(n.Nodes) <= 150 {
				centres = append(centres, e.ID)
			}
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	if len(centres) == 0 {
		b.Fatal("no entity with a neighbourhood of 100-150")
	}
	const q = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 1000) { truncated nodes { id } } }`
	b.ReportAllocs()
	defer reportCPU(b)()
	i := 0
	for b.Loop() {
		serve(b, h, q, map[string]any{"id": centres[i%len(centres)]})
		i++
	}
}

// reportCPU starts counting the process's CPU time, garbage collection
// included; the function it returns reports it per operation, as
// cpu-ns/op: on a busy machine, a figure that waiting for a core does not
// inflate as it does ns/op. It reports too the goroutines started per
// operation (goroutines/op), each of which grows its stack through
// gqlgen's calls.
func reportCPU(b *testing.B) func() {
	start, goroutines := cpuTime(), readMetric("/sched/goroutines-created:goroutines")
	return func() {
		if b.N > 0 && start > 0 {
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			b.ReportMetric((readMetric("/sched/goroutines-created:goroutines")-goroutines)/float64(b.N), "goroutines/op")
		}
	}
}

// readMetric reads one runtime metric, a count or a float, as a float.
func readMetric(name string) float64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	switch s[0].Value.Kind() {
	case metrics.KindUint64:
		return float64(s[0].Value.Uint64())
	case metrics.KindFloat64:
		return s[0].Value.Float64()
	}
	return 0
}

// BenchmarkSynthPersonsPage measures a page of 50 persons by name after
// a cursor, with what they lead, over the embedded store holding 20,000
// entities and 100,000 relations (the API benchmark's Q4).
func BenchmarkSynthPersonsPage(b *testing.B) {
	h, _ := synthHandler(b, 20_000, 100_000)
	const q = `query($after: String) { persons(first: 50, after: $after, orderBy: {field: NAME}) { pageInfo { endCursor } nodes { id leads { other { id } } } } }`
	var cursors []string
	var after any
	for range 20 {
		var resp struct {
			Data struct {
				Persons struct {
					PageInfo struct{ EndCursor string } `json:"pageInfo"`
				} `json:"persons"`
			} `json:"data"`
		}
		if err := json.Unmarshal(serve(b, h, q, map[string]any{"after": after}), &resp); err != nil {
			b.Fatal(err)
		}
		after = resp.Data.Persons.PageInfo.EndCursor
		cursors = append(cursors, resp.Data.Persons.PageInfo.EndCursor)
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	i := 0
	for b.Loop() {
		serve(b, h, q, map[string]any{"after": cursors[i%len(cursors)]})
		i++
	}
}

// BenchmarkSynthEntity measures an entity with its relations and the
// names at their other ends, over the embedded store holding 20,000
// entities and 100,000 relations (the API benchmark's Q1).
func BenchmarkSynthEntity(b *testing.B) {
	h, s := synthHandler(b, 20_000, 100_000)
	var ids []string
	if err := s.EachEntity(context.Background(), func(e *rightsgraph.Entity) error {
		if len(ids) < 200 {
			ids = append(ids, e.ID)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	const q = `query($id: ID!) { entity(id: $id) { id name relations { id type other { id name } } } }`
	b.ReportAllocs()
	defer reportCPU(b)()
	i := 0
	for b.Loop() {
		serve(b, h, q, map[string]any{"id": ids[i%len(ids)]})
		i++
	}
}

// BenchmarkSynthLatency serves the API benchmark's four questions one
// request at a time over the embedded store holding a synthetic graph of
// 20,000 entities / 100,000 relations and of 100,000 / 500,000, and
// reports the median and 99th percentile of their times (p50-ms, p99-ms)
// with the CPU time and memory each takes.
func BenchmarkSynthLatency(b *testing.B) {
	for _, size := range []struct{ entities, relations int }{{20_000, 100_000}, {100_000, 500_000}} {
		b.Run(fmt.Sprintf("%dk", size.entities/1000), func(b *testing.B) {
			h, s := synthHandler(b, size.entities, size.relations)
			params := latencyParams(b, s)
			for _, q := range []struct {
				name, query string
				vars        func(i int) map[string]any
			}{
				{"Q1", `query($id: ID!) { entity(id: $id) { id name relations { id type other { id name } } } }`,
					func(i int) map[string]any { return map[string]any{"id": params.ids[i%len(params.ids)]} }},
				{"Q2", `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 1000) { truncated nodes { id } } }`,
					func(i int) map[string]any { return map[string]any{"id": params.centres[i%len(params.centres)]} }},
				{"Q3", `query($q: String!) { search(query: $q, first: 10) { entity { id } } }`,
					func(i int) map[string]any { return map[string]any{"q": params.names[i%len(params.names)]} }},
				{"Q4", `query($after: String) { persons(first: 50, after: $after, orderBy: {field: NAME}) { nodes { id leads { other { id } } } } }`,
					func(i int) map[string]any { return map[string]any{"after": params.cursors[i%len(params.cursors)]} }},
			} {
				b.Run(q.name, func(b *testing.B) {
					b.ReportAllocs()
					defer reportCPU(b)()
					var times []time.Duration
					i := 0
					for b.Loop() {
						start := time.Now()
						serve(b, h, q.query, q.vars(i))
						times = append(times, time.Since(start))
						i++
					}
					slices.Sort(times)
					at := func(p float64) float64 {
						return float64(times[min(int(p*float64(len(times))), len(times)-1)]) / float64(time.Millisecond)
					}
					b.ReportMetric(at(0.50), "p50-ms")
					b.ReportMetric(at(0.99), "p99-ms")
				})
			}
		})
	}
}

// synthParams are the parameters of the API benchmark's questions, drawn
// from a synthetic graph as the benchmark draws them: entities at random
// (Q1), entities whose 2-hop neighbourhood holds 100-150 nodes (Q2), names
// of synthetic entities (Q3), and persons a page of persons by name
// starts after (Q4).
type synthParams struct {
	ids, centres, names, cursors []string
}

func latencyParams(b *testing.B, s rightsgraph.Store) synthParams {
	b.Helper()
	ctx := context.Background()
	var all, persons []*rightsgraph.Entity
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		if e.Kind != rightsgraph.KindReport {
			all = append(all, e)
		}
		if e.Kind == rightsgraph.KindPerson {
			persons = append(persons, e)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	rightsgraph.SortEntities(persons, rightsgraph.OrderByName, false)
	rng := rand.New(rand.NewPCG(1, 7))
	var p synthParams
	for range 200 {
		p.ids = append(p.ids, all[rng.IntN(len(all))].ID)
		p.names = append(p.names, all[rng.IntN(len(all))].Name)
		p.cursors = append(p.cursors, rightsgraph.EncodeCursor(persons[rng.IntN(len(persons)-50)], rightsgraph.OrderByName))
	}
	for tries := 0; len(p.centres) < 50; tries++ {
		if tries > 100_000 {
			b.Fatalf("found only %d entities with a 2-hop neighbourhood of 100-150", len(p.centres))
		}
		id := all[rng.IntN(len(all))].ID
		n, err := analysis.Neighbourhood(ctx, s, analysis.NeighbourhoodQuery{ID: id, Depth: 2, Limit: 1000, Lean: true})
		if err != nil {
			b.Fatal(err)
		}
		if len(n.Nodes) >= 100 && len(n.Nodes) <= 150 {
			p.centres = append(p.centres, id)
		}
	}
	return p
}
