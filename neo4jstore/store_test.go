package neo4jstore_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(tb testing.TB) rightsgraph.Store { return neo4jtest.MustOpen(tb) })
}
