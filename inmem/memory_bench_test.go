package inmem_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/synth"
)

// heapAfter returns the live heap after load, collected.
func heapAfter(tb testing.TB, o synth.Options) (uint64, *inmem.Store) {
	tb.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s := inmem.New()
	for _, g := range synth.Generate(o) {
		if err := s.LoadReport(context.Background(), g); err != nil {
			tb.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	return after.HeapAlloc - before.HeapAlloc, s
}

// BenchmarkMemory measures what the embedded store holds in memory per
// entity and per relation of a synthetic graph: two graphs of 100,000
// entities, with 250,000 and 500,000 relations, tell the two apart.
func BenchmarkMemory(b *testing.B) {
	const entities = 100_000
	for b.Loop() {
		small, s1 := heapAfter(b, synth.Options{Reports: 50, Entities: entities, Relations: 250_000, Seed: 1})
		s1.Close()
		big, s2 := heapAfter(b, synth.Options{Reports: 50, Entities: entities, Relations: 500_000, Seed: 1})
		perRelation := float64(big-small) / 250_000
		b.ReportMetric(perRelation, "B/relation")
		b.ReportMetric((float64(big)-perRelation*500_000)/entities, "B/entity")
		b.ReportMetric(float64(big)/(1<<20), "MiB@100k/500k")
		s2.Close()
	}
}
