package neo4jstore_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, openChecked)
}

// openChecked opens a store for one test of the conformance suite and,
// when the test ends, checks that what it wrote keeps the properties for
// lean reads as the properties they repeat say (see neo4jtest.CheckLean):
// the suite loads, reloads, edits, merges and unmerges.
func openChecked(tb testing.TB) rightsgraph.Store {
	s := neo4jtest.MustOpen(tb)
	tb.Cleanup(func() { neo4jtest.CheckLean(tb, neo4jtest.Config(tb)) })
	return s
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
}

// TestConformanceStaged runs the conformance suite with every load staged
// in batches of three rows, so that each rule of a load holds through the
// staging and its swap too.
func TestConformanceStaged(t *testing.T) {
	defer neo4jstore.SetStageAbove(0)()
	defer neo4jstore.SetBatchRows(3)()
	storetest.Run(t, openChecked)
}
