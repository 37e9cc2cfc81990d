package analysis

import (
	"context"
	"maps"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// NeighbourhoodQuery asks for the entities within Depth relations of ID,
// of the given Kinds and through relations of the given Types (all when
// empty), at most Limit entities.
//
// Lean asks for nodes and edges as a lean Around reads them (see
// rightsgraph.LeanEntity and LeanRelation): for a client that draws ids,
// kinds, names and the ends of edges, without texts and evidence.
// Nameless, with Lean, lets the store leave out the names of the nodes
// other than the centre (see rightsgraph.AroundQuery.Nameless): for a
// client that asks for no name.
//
// NoEdges leaves the result's Edges empty, for a client that asks only
// for the nodes: gathering, sorting and deduplicating the relations
// walked was most of the cost of such a walk. The nodes and Truncated
// are the same either way.
type NeighbourhoodQuery struct {
	ID       string
	Depth    int
	Kinds    []rightsgraph.Kind
	Types    []rightsgraph.RelType
	Limit    int
	Lean     bool
	Nameless bool
	NoEdges  bool
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

// Neighbourhood walks out from q.ID breadth first and returns the
// entities reached (the centre first, then by distance and id) with every
// relation between them that passes the type filter. The centre is kept
// whatever its kind. When Limit cuts the walk, the result says Truncated.
// It reads what it walks with Around (one store call for a walk of up to
// two levels, see around), and walks it here, so that the kind and type
// filters, the limit and what the store hides apply exactly as they do
// level by level.
func Neighbourhood(ctx context.Context, g Graph, q NeighbourhoodQuery) (*rightsgraph.Subgraph, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var known *rightsgraph.Around
	read := func(ids []string, levels int) error {
		a, err := around(ctx, g, rightsgraph.AroundQuery{IDs: ids, Depth: min(levels, aroundLevels), Types: q.Types, Lean: q.Lean, Nameless: q.Lean && q.Nameless})
		if err != nil {
			return err
		}
		if known == nil { // the first read: what it returned is ours
			known = a
			return nil
		}
		maps.Copy(known.Entities, a.Entities)
		maps.Copy(known.Relations, a.Relations)
		return nil
	}
	if err := read([]string{q.ID}, q.Depth); err != nil {
		return nil, err
	}
	centre := known.Entities[q.ID]
	if centre == nil {
		return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no entity with id %q", q.ID)
	}
	size := len(known.Entities)
	nodes := make([]*rightsgraph.Entity, 1, size) // in the order reached
	nodes[0] = centre
	passType := typeFilter(q.Types)
	reached := make(map[string]bool, size)
	reached[q.ID] = true
	var edges []*rightsgraph.Relation // each once or twice, once per end walked from
	truncated := false
	frontier := []string{q.ID}
	for depth := 1; depth <= q.Depth && len(frontier) > 0 && !truncated; depth++ {
		var unread []string
		for _, id := range frontier {
			if _, ok := known.Relations[id]; !ok {
				unread = append(unread, id)
			}
		}
		// Beyond what the first read reached: read on from there. (At
		// depth 1 the frontier is the centre, whose relations the first
		// read has, unless q.ID is merged away: a walk from a merged id
		// reads as from an id with no relations, as it always has.)
		if len(unread) > 0 && depth > 1 {
			if err := read(unread, q.Depth-depth+1); err != nil {
				return nil, err
			}
		}
		n := 0 // the relations walked at this depth, at most as many entities reached
		for _, id := range frontier {
			n += len(known.Relations[id])
		}
		next := make([]string, 0, n)
		for _, id := range frontier {
			for _, r := range known.Relations[id] {
				if !passType(r.Type) {
					continue
				}
				if !q.NoEdges {
					edges = append(edges, r)
				}
				if other := r.Other(id); !reached[other] {
					next = append(next, other)
				}
			}
		}
		slices.Sort(next)
		next = slices.Compact(next)
		kept := make([]string, 0, len(next))
		for _, id := range next {
			e := known.Entities[id]
			if e == nil || (len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind)) {
				continue
			}
			if len(nodes) == q.Limit {
				truncated = true
				break
			}
			nodes = append(nodes, e)
			reached[id] = true
			kept = append(kept, id)
		}
		frontier = kept
	}
	sub := &rightsgraph.Subgraph{Truncated: truncated, Nodes: nodes}
	for _, r := range edges {
		if reached[r.From] && reached[r.To] {
			sub.Edges = append(sub.Edges, r)
		}
	}
	// By id, each once: a relation between two entities of one level was
	// walked from both, as a copy from each one's list. The last one
	// walked is kept, as a map by id kept it.
	slices.SortStableFunc(sub.Edges, func(a, b *rightsgraph.Relation) int { return compareStrings(a.ID, b.ID) })
	sub.Edges = compactLast(sub.Edges)
	return sub, nil
}

// compactLast drops from rels, sorted by id, every relation but the last
// of each id.
func compactLast(rels []*rightsgraph.Relation) []*rightsgraph.Relation {
	out := rels[:0]
	for i, r := range rels {
		if i+1 < len(rels) && rels[i+1].ID == r.ID {
			continue
		}
		out = append(out, r)
	}
	return out
}

// aroundLevels is how many levels a walk reads in one call: two cover
// the neighbourhoods clients draw, and keep a read from a hub from
// reaching much of the graph when a limit would stop the walk sooner.
const aroundLevels = 2

// around reads with g's Around when it has one (a Store), else level by
// level (a Snapshot).
func around(ctx context.Context, g Graph, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	if s, ok := g.(interface {
		Around(context.Context, rightsgraph.AroundQuery) (*rightsgraph.Around, error)
	}); ok {
		return s.Around(ctx, q)
	}
	return rightsgraph.AroundByLevels(ctx, g, q)
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
