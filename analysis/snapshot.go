package analysis

import (
	"context"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/rightsgraph/rightsgraph"
)

// Snapshot is the whole graph at one revision, held in memory: entities,
// relations by entity, and the same as a gonum graph whose node ids index
// IDs. It serves the walks as a Graph, without touching the store.
type Snapshot struct {
	Revision  int64
	IDs       []string // sorted; node i of the gonum graphs is IDs[i]
	index     map[string]int64
	entities  map[string]*rightsgraph.Entity
	relations map[string][]*rightsgraph.Relation
	// undirected joins two entities when any relation does.
	undirected *simple.UndirectedGraph
}

var _ Graph = (*Snapshot)(nil)

// TakeSnapshot reads the whole graph of s at one revision
// (rightsgraph.Store.Snapshot).
func TakeSnapshot(ctx context.Context, store rightsgraph.Store) (*Snapshot, error) {
	s, err := store.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	snap := &Snapshot{
		Revision:   s.Revision,
		index:      map[string]int64{},
		entities:   map[string]*rightsgraph.Entity{},
		relations:  map[string][]*rightsgraph.Relation{},
		undirected: simple.NewUndirectedGraph(),
	}
	err = s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		e.Text = "" // report texts are not needed here, and can be large
		snap.index[e.ID] = int64(len(snap.IDs))
		snap.IDs = append(snap.IDs, e.ID)
		snap.entities[e.ID] = e
		snap.undirected.AddNode(simple.Node(snap.index[e.ID]))
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		from, okFrom := snap.index[r.From]
		to, okTo := snap.index[r.To]
		if !okFrom || !okTo {
			return nil // a store's snapshot never has one; this is a second line of defence
		}
		snap.relations[r.From] = append(snap.relations[r.From], r)
		if r.To != r.From {
			snap.relations[r.To] = append(snap.relations[r.To], r)
			snap.undirected.SetEdge(simple.Edge{F: simple.Node(from), T: simple.Node(to)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for id, rels := range snap.relations {
		rightsgraph.SortRelations(id, rels)
	}
	return snap, nil
}

// EntitiesByIDs returns the entities among ids. They are shared: callers
// must not change them.
func (s *Snapshot) EntitiesByIDs(_ context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
	out := make(map[string]*rightsgraph.Entity, len(ids))
	for _, id := range ids {
		if e, ok := s.entities[id]; ok {
			out[id] = e
		}
	}
	return out, nil
}

// RelationsByEntityIDs returns the relations of each of ids, shared.
func (s *Snapshot) RelationsByEntityIDs(_ context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
	out := make(map[string][]*rightsgraph.Relation, len(ids))
	for _, id := range ids {
		out[id] = s.relations[id]
	}
	return out, nil
}

// ordered presents an undirected graph with its nodes and neighbours in id
// order, so that algorithms that walk them (Louvain, Brandes) give the same
// result, to the last bit, on every run.
type ordered struct{ *simple.UndirectedGraph }

func (g ordered) Nodes() graph.Nodes { return sortedNodes(g.UndirectedGraph.Nodes()) }

func (g ordered) From(id int64) graph.Nodes { return sortedNodes(g.UndirectedGraph.From(id)) }

// orderedDirected is ordered for a directed graph (PageRank).
type orderedDirected struct{ *simple.DirectedGraph }

func (g orderedDirected) Nodes() graph.Nodes { return sortedNodes(g.DirectedGraph.Nodes()) }

func (g orderedDirected) From(id int64) graph.Nodes { return sortedNodes(g.DirectedGraph.From(id)) }

func (g orderedDirected) To(id int64) graph.Nodes { return sortedNodes(g.DirectedGraph.To(id)) }

func sortedNodes(it graph.Nodes) graph.Nodes {
	nodes := graph.NodesOf(it)
	slices.SortFunc(nodes, func(a, b graph.Node) int { return int(a.ID() - b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}
