package analysis

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// Path is a walk from one entity to another: Nodes in order, and Edges[i]
// joining Nodes[i] and Nodes[i+1], in either direction.
type Path struct {
	Nodes []*rightsgraph.Entity
	Edges []*rightsgraph.Relation
}

// Length is the number of relations on the path.
func (p Path) Length() int { return len(p.Edges) }

// PathQuery asks for the shortest paths between two entities, at most
// MaxDepth relations long, through relations of Types (all when empty);
// First bounds how many paths come back.
type PathQuery struct {
	From, To string
	MaxDepth int
	Types    []rightsgraph.RelType
	First    int
}

// Validate checks the query's arguments.
func (q PathQuery) Validate() error {
	switch {
	case q.From == q.To:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "from and to are the same entity %q", q.From)
	case q.MaxDepth < 1 || q.MaxDepth > MaxPathDepth:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "maxDepth must be between 1 and %d, not %d", MaxPathDepth, q.MaxDepth)
	case q.First < 1 || q.First > MaxFirst:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "first must be between 1 and %d, not %d", MaxFirst, q.First)
	}
	return validTypes(q.Types)
}

// ShortestPaths returns up to q.First shortest paths from q.From to q.To,
// in a stable order, or none when they are further apart than q.MaxDepth.
// It walks breadth first from both ends at once, one store call a level,
// so that it reads the smaller of the two neighbourhoods.
func ShortestPaths(ctx context.Context, g Graph, q PathQuery) ([]Path, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if _, err := mustExist(ctx, g, q.From, q.To); err != nil {
		return nil, err
	}
	passType := typeFilter(q.Types)
	// parents[side][id] lists the relations by which id was first reached
	// from that side, at its distance.
	dist := [2]map[string]int{{q.From: 0}, {q.To: 0}}
	parents := [2]map[string][]*rightsgraph.Relation{{}, {}}
	frontier := [2][]string{{q.From}, {q.To}}
	var meet []string
	for depth := 0; depth < q.MaxDepth && len(meet) == 0; depth++ {
		// Expand the smaller frontier.
		side := 0
		if len(frontier[1]) < len(frontier[0]) {
			side = 1
		}
		if len(frontier[side]) == 0 {
			break
		}
		rels, err := g.RelationsByEntityIDs(ctx, frontier[side])
		if err != nil {
			return nil, err
		}
		d := dist[side][frontier[side][0]] + 1
		var next []string
		for _, id := range frontier[side] {
			for _, r := range rels[id] {
				if !passType(r.Type) {
					continue
				}
				other := r.Other(id)
				if od, seen := dist[side][other]; seen && od < d {
					continue
				}
				if _, seen := dist[side][other]; !seen {
					dist[side][other] = d
					next = append(next, other)
				}
				parents[side][other] = append(parents[side][other], r)
			}
		}
		slices.Sort(next)
		frontier[side] = next
		for _, id := range next {
			if _, ok := dist[1-side][id]; ok {
				meet = append(meet, id)
			}
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}
	// Keep the meeting points on shortest paths only.
	best := -1
	for _, m := range meet {
		if l := dist[0][m] + dist[1][m]; best == -1 || l < best {
			best = l
		}
	}
	var paths []Path
	for _, m := range meet {
		if dist[0][m]+dist[1][m] != best {
			continue
		}
		for _, left := range walks(parents[0], m, q.From, q.First) {
			for _, right := range walks(parents[1], m, q.To, q.First) {
				if len(paths) == q.First {
					break
				}
				// left runs from the meeting point back to From, right
				// from the meeting point on to To.
				paths = append(paths, Path{Edges: append(reversed(left), right...)})
			}
		}
	}
	// Fill in the nodes, in order.
	var ids []string
	for i := range paths {
		at := q.From
		ids = append(ids, at)
		for _, e := range paths[i].Edges {
			at = e.Other(at)
			ids = append(ids, at)
		}
	}
	ents, err := g.EntitiesByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range paths {
		at := q.From
		paths[i].Nodes = []*rightsgraph.Entity{ents[at]}
		for _, e := range paths[i].Edges {
			at = e.Other(at)
			paths[i].Nodes = append(paths[i].Nodes, ents[at])
		}
	}
	slices.SortStableFunc(paths, func(a, b Path) int { return compareStrings(pathKey(a), pathKey(b)) })
	return paths, nil
}

// walks returns up to n chains of relations from id back to root along
// parents: each chain starts at id's parent relation and ends at root.
func walks(parents map[string][]*rightsgraph.Relation, id, root string, n int) [][]*rightsgraph.Relation {
	if id == root {
		return [][]*rightsgraph.Relation{nil}
	}
	var out [][]*rightsgraph.Relation
	for _, r := range parents[id] {
		for _, rest := range walks(parents, r.Other(id), root, n-len(out)) {
			out = append(out, append([]*rightsgraph.Relation{r}, rest...))
			if len(out) == n {
				return out
			}
		}
	}
	return out
}

func reversed(rs []*rightsgraph.Relation) []*rightsgraph.Relation {
	out := slices.Clone(rs)
	slices.Reverse(out)
	return out
}

func pathKey(p Path) string {
	key := ""
	for _, e := range p.Edges {
		key += e.ID + "\n"
	}
	return key
}
