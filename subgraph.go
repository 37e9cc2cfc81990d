package rightsgraph

import (
	"context"
	"slices"
	"strings"
)

// Subgraph is a part of the graph: entities, and relations between them.
// Truncated says a limit cut it short. It serves the same iteration as a
// Store, so that exports write a neighbourhood as they write the whole.
type Subgraph struct {
	Nodes     []*Entity
	Edges     []*Relation
	Truncated bool
}

// EachEntity calls fn for every node, in id order, once per id: two ids
// asked for may stand for one entity (a merged id and its survivor).
func (g *Subgraph) EachEntity(ctx context.Context, fn func(*Entity) error) error {
	nodes := slices.Clone(g.Nodes)
	slices.SortFunc(nodes, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	nodes = slices.CompactFunc(nodes, func(a, b *Entity) bool { return a.ID == b.ID })
	for _, e := range nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// EachRelation calls fn for every edge, in id order.
func (g *Subgraph) EachRelation(ctx context.Context, fn func(*Relation) error) error {
	edges := slices.Clone(g.Edges)
	slices.SortFunc(edges, func(a, b *Relation) int { return strings.Compare(a.ID, b.ID) })
	for _, r := range edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}
