package neo4jstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// BenchmarkLoad measures loads into Neo4j: many reports of 100,000 and
// 500,000 relations in all, and one report of 200,000 and of 300,000
// relations, and the report of 50,000 in one transaction, unstaged, as
// before staging. Besides the time it reports relations/s and the largest
// transaction memory Neo4j estimated while loading (txMiB, polled from
// SHOW TRANSACTIONS), the figure that bounds what one report may hold.
// Run one at a time, with a long -timeout: go test -run '^$' -bench 'Load/Report200k' -benchtime 1x.
func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct {
		name   string
		graphs func() []*rightsgraph.ReportGraph
		oneTx  bool // unstaged, as every load was before staging
	}{
		{"Reports100k", func() []*rightsgraph.ReportGraph {
			return synth.Generate(synth.Options{Reports: 10, Entities: 20_000, Relations: 100_000, Seed: 1})
		}, false},
		{"Reports500k", func() []*rightsgraph.ReportGraph {
			return synth.Generate(synth.Options{Reports: 50, Entities: 100_000, Relations: 500_000, Seed: 1})
		}, false},
		{"Report50k", func() []*rightsgraph.ReportGraph { return []*rightsgraph.ReportGraph{largeReport(50_000)} }, false},
		{"Report50kOneTransaction", func() []*rightsgraph.ReportGraph { return []*rightsgraph.ReportGraph{largeReport(50_000)} }, true},
		{"Report100k", func() []*rightsgraph.ReportGraph { return []*rightsgraph.ReportGraph{largeReport(100_000)} }, false},
		{"Report200k", func() []*rightsgraph.ReportGraph { return []*rightsgraph.ReportGraph{largeReport(200_000)} }, false},
		{"Report300k", func() []*rightsgraph.ReportGraph { return []*rightsgraph.ReportGraph{largeReport(300_000)} }, false},
	} {
		b.Run(c.name, func(b *testing.B) {
			if c.oneTx {
				defer neo4jstore.SetStageAbove(1 << 30)()
			}
			graphs := c.graphs()
			relations := 0
			for _, g := range graphs {
				relations += len(g.Relations)
			}
			var peak int64
			for b.Loop() {
				b.StopTimer()
				s := neo4jtest.MustOpen(b)
				stop := watchTxMemory(b, &peak)
				b.StartTimer()
				for _, g := range graphs {
					if err := s.LoadReport(context.Background(), g); err != nil {
						b.Fatalf("LoadReport(%s): %v", g.Report.ID, err)
					}
				}
				b.StopTimer()
				stop()
				b.StartTimer()
			}
			b.ReportMetric(float64(relations), "relations/op")
			b.ReportMetric(float64(relations)*float64(b.N)/b.Elapsed().Seconds(), "relations/s")
			b.ReportMetric(float64(peak)/(1<<20), "txMiB")
		})
	}
}

// largeReport is one synthetic report of about n relations (a few repeat,
// and count once) whose text stays within rightsgraph.MaxTextBytes: each
// relation quotes its own 60 characters of the text, the quotes
// overlapping, as the limit allows no sentence of its own per relation.
func largeReport(n int) *rightsgraph.ReportGraph {
	g := synth.Generate(synth.Options{Reports: 1, Entities: n / 5, Relations: n, Seed: 7})[0]
	const quote = 60
	step := min(40, (rightsgraph.MaxTextBytes-quote)/n)
	src := []rune(g.Report.Text)
	var evidence int
	for _, r := range g.Relations {
		evidence += len(r.Evidence)
	}
	text := src[:min(len(src), evidence*step+quote)]
	i := 0
	for _, r := range g.Relations {
		for j := range r.Evidence {
			start := i * step
			r.Evidence[j].Start, r.Evidence[j].End, r.Evidence[j].Quote = start, start+quote, string(text[start:start+quote])
			i++
		}
	}
	g.Report.Text = string(text)
	return g
}

// watchTxMemory polls Neo4j's estimate of the heap each transaction uses
// until stop is called, keeping the largest in peak.
func watchTxMemory(b *testing.B, peak *int64) (stop func()) {
	cfg := neo4jtest.Config(b)
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer driver.Close(context.Background())
		for ctx.Err() == nil {
			res, err := neo4j.ExecuteQuery(ctx, driver,
				"SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, currentQuery AS q RETURN heap, q",
				nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
			if err == nil {
				for _, rec := range res.Records {
					if h, ok := rec.Values[0].(int64); ok && h > *peak {
						*peak = h
						if testing.Verbose() {
							q := fmt.Sprint(rec.Values[1])
							fmt.Printf("txMiB %.1f: %.60q\n", float64(h)/(1<<20), q)
						}
					}
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	return func() { cancel(); wg.Wait() }
}
