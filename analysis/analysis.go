// Package analysis computes what the network says beyond single facts:
// neighbourhoods, shortest paths, alliances between organisations,
// centrality and communities.
//
// Neighbourhoods, paths and one organisation's alliances walk the store
// level by level, one batched call a level. Whole-graph measures run on a
// Snapshot with gonum's graph algorithms; an Analyzer keeps them per
// graph revision and recomputes them in the background after a change.
package analysis

import (
	"context"

	"github.com/rightsgraph/rightsgraph"
)

// Graph is what the walks read: batched look-ups, as every
// rightsgraph.Store and every Snapshot offers.
type Graph interface {
	EntitiesByIDs(ctx context.Context, ids []string) (map[string]*rightsgraph.Entity, error)
	RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*rightsgraph.Relation, error)
}

// Limits of the walks' arguments.
const (
	MaxDepth     = 3
	MaxPathDepth = 10
	MaxLimit     = 5000
	MaxFirst     = 1000
)

// mustExist returns ENOTFOUND for ids that name no entity.
func mustExist(ctx context.Context, g Graph, ids ...string) (map[string]*rightsgraph.Entity, error) {
	found, err := g.EntitiesByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if found[id] == nil {
			return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no entity with id %q", id)
		}
	}
	return found, nil
}

// typeFilter returns whether a relation type passes a filter (all pass an
// empty one).
func typeFilter(types []rightsgraph.RelType) func(rightsgraph.RelType) bool {
	if len(types) == 0 {
		return func(rightsgraph.RelType) bool { return true }
	}
	set := map[rightsgraph.RelType]bool{}
	for _, t := range types {
		set[t] = true
	}
	return func(t rightsgraph.RelType) bool { return set[t] }
}

func validTypes(types []rightsgraph.RelType) error {
	for _, t := range types {
		if !t.Valid() {
			return rightsgraph.Errorf(rightsgraph.EINVALID, "unknown relationship type %q", t)
		}
	}
	return nil
}
