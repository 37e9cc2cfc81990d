package neo4jstore_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
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
	storetest.Run(t, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
}
