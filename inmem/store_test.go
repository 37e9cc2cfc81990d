package inmem_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(testing.TB) rightsgraph.Store { return inmem.New() })
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(testing.TB) rightsgraph.Store { return inmem.New() })
}
