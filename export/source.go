package export

import (
	"context"

	"github.com/rightsgraph/rightsgraph"
)

// snapshotter is a Source that can read itself at one moment: every
// rightsgraph.Store.
type snapshotter interface {
	Snapshot(ctx context.Context) (*rightsgraph.Snapshot, error)
}

// Consistent returns s as one state of the graph: a store's snapshot
// (rightsgraph.Store.Snapshot), or s itself when it is already held in
// memory (a subgraph, a snapshot). Reading a store's entities and then its
// relations while editors change it would write a file with a node twice,
// or an edge to a node it lacks; every format reads through this first.
func Consistent(ctx context.Context, s Source) (Source, error) {
	if st, ok := s.(snapshotter); ok {
		snap, err := st.Snapshot(ctx)
		if err != nil {
			return nil, err
		}
		return snap, nil
	}
	return s, nil
}
