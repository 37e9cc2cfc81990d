package server

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph"
	"github.com/rightsgraph/rightsgraph/inmem"
)

// notInProcess hides the embedded store's InProcess, as a store reached
// over the network has none.
type notInProcess struct{ rightsgraph.Store }

// TestInstrumentedPassesInProcess checks that timing the store's calls
// does not hide that it runs in the process: the GraphQL layer would
// otherwise wait to batch calls to the embedded store.
func TestInstrumentedPassesInProcess(t *testing.T) {
	for _, tt := range []struct {
		name  string
		store rightsgraph.Store
		want  bool
	}{
		{"embedded", inmem.New(), true},
		{"remote", notInProcess{inmem.New()}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := instrument(tt.store, newMetrics()).(graph.InProcess)
			if got := ok && p.InProcess(); got != tt.want {
				t.Errorf("InProcess() = %v, want %v", got, tt.want)
			}
		})
	}
}
