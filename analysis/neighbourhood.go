package analysis

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// NeighbourhoodQuery asks for the entities within Depth relations of ID,
// of the given Kinds and through relations of the given Types (all when
// empty), at most Limit entities.
type NeighbourhoodQuery struct {
	ID    string
	Depth int
	Kinds []rightsgraph.Kind
	Types []rightsgraph.RelType
	Limit int
}

// Validate checks the query's arguments.
func (q NeighbourhoodQuery) Validate() error {
	switch {
	case q.Depth < 1 || q.Depth > MaxDepth:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "depth must be between 1 and %d, not %d", MaxDepth, q.Depth)
	case q.Limit < 1 || q.Limit > MaxLimit:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "limit must be between 1 and %d, not %d", MaxLimit, q.Limit)
	}
	for _, k := range q.Kinds {
		if !k.Valid() {
			return rightsgraph.Errorf(rightsgraph.EINVALID, "unknown kind %q", k)
		}
	}
	return validTypes(q.Types)
}

// Neighbourhood walks out from q.ID breadth first, one store call a level,
// and returns the entities reached (the centre first, then by distance and
// id) with every relation between them that passes the type filter. The
// centre is kept whatever its kind. When Limit cuts the walk, the result
// says Truncated.
func Neighbourhood(ctx context.Context, g Graph, q NeighbourhoodQuery) (*rightsgraph.Subgraph, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	found, err := mustExist(ctx, g, q.ID)
	if err != nil {
		return nil, err
	}
	passType := typeFilter(q.Types)
	order := []string{q.ID}
	reached := map[string]bool{q.ID: true}
	kinds := map[string]rightsgraph.Kind{q.ID: found[q.ID].Kind}
	edges := map[string]*rightsgraph.Relation{}
	truncated := false
	frontier := []string{q.ID}
	for depth := 1; depth <= q.Depth && len(frontier) > 0 && !truncated; depth++ {
		rels, err := g.RelationsByEntityIDs(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, id := range frontier {
			for _, r := range rels[id] {
				if !passType(r.Type) {
					continue
				}
				edges[r.ID] = r
				other := r.Other(id)
				if reached[other] || slices.Contains(next, other) {
					continue
				}
				next = append(next, other)
			}
		}
		slices.Sort(next)
		// Kinds are known only once the entities are read.
		ents, err := g.EntitiesByIDs(ctx, next)
		if err != nil {
			return nil, err
		}
		var kept []string
		for _, id := range next {
			e := ents[id]
			if e == nil || (len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind)) {
				continue
			}
			if len(order) == q.Limit {
				truncated = true
				break
			}
			order = append(order, id)
			reached[id] = true
			kinds[id] = e.Kind
			kept = append(kept, id)
			found[id] = e
		}
		frontier = kept
	}
	sub := &rightsgraph.Subgraph{Truncated: truncated}
	for _, id := range order {
		sub.Nodes = append(sub.Nodes, found[id])
	}
	for _, r := range edges {
		if reached[r.From] && reached[r.To] {
			sub.Edges = append(sub.Edges, r)
		}
	}
	slices.SortFunc(sub.Edges, func(a, b *rightsgraph.Relation) int { return compareStrings(a.ID, b.ID) })
	return sub, nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Induced returns the entities among ids and every relation between two of
// them: the subgraph a client has on screen. Unknown ids are ENOTFOUND.
func Induced(ctx context.Context, g Graph, ids []string) (*rightsgraph.Subgraph, error) {
	if len(ids) > MaxLimit {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "at most %d ids, not %d", MaxLimit, len(ids))
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	found, err := mustExist(ctx, g, ids...)
	if err != nil {
		return nil, err
	}
	rels, err := g.RelationsByEntityIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	sub := &rightsgraph.Subgraph{}
	seen := map[string]bool{}
	for _, id := range ids {
		sub.Nodes = append(sub.Nodes, found[id])
		for _, r := range rels[id] {
			if found[r.Other(id)] != nil && !seen[r.ID] {
				seen[r.ID] = true
				sub.Edges = append(sub.Edges, r)
			}
		}
	}
	return sub, nil
}
