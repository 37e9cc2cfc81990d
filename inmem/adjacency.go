package inmem

import (
	"cmp"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// adjacency keeps, by entity id, the entity's relations in the order
// RelationsByEntityIDs returns them (rightsgraph.SortRelations: by type,
// then other end, then id), so that a read of an entity's relations costs
// no sort and no look-up per relation, and a read of one type of them
// (a page of persons with what they lead) a binary search and the
// relations of that type, not all of them. It holds the store's own
// relations, which are never changed in place: a change replaces one
// (see put).
type adjacency map[string]adjList

// adjList is one entity's relations in order, with their types alongside,
// so that finding a type's part reads one array rather than a relation
// per step of the search.
type adjList struct {
	rels  []*rightsgraph.Relation
	types []rightsgraph.RelType
}

// compareAt orders the relations of entity id as SortRelations does.
func compareAt(id string, a, b *rightsgraph.Relation) int {
	return cmp.Or(
		strings.Compare(string(a.Type), string(b.Type)),
		strings.Compare(a.Other(id), b.Other(id)),
		strings.Compare(a.ID, b.ID),
	)
}

// put adds r to the lists of both its ends (once when it joins an entity
// to itself), in place of the relation with its id that old is (nil:
// none).
func (adj adjacency) put(old, r *rightsgraph.Relation) {
	if old != nil {
		adj.remove(old)
	}
	adj.insert(r.From, r)
	if r.To != r.From {
		adj.insert(r.To, r)
	}
}

func (adj adjacency) insert(id string, r *rightsgraph.Relation) {
	l := adj[id]
	i, found := slices.BinarySearchFunc(l.rels, r, func(x, r *rightsgraph.Relation) int { return compareAt(id, x, r) })
	if found {
		l.rels[i] = r
		return
	}
	l.rels, l.types = slices.Insert(l.rels, i, r), slices.Insert(l.types, i, r.Type)
	adj[id] = l
}

// remove takes r out of the lists of its ends.
func (adj adjacency) remove(r *rightsgraph.Relation) {
	for _, id := range []string{r.From, r.To} {
		l := adj[id]
		i, found := slices.BinarySearchFunc(l.rels, r, func(x, r *rightsgraph.Relation) int { return compareAt(id, x, r) })
		if !found {
			continue
		}
		if len(l.rels) == 1 {
			delete(adj, id)
			continue
		}
		l.rels, l.types = slices.Delete(l.rels, i, i+1), slices.Delete(l.types, i, i+1)
		adj[id] = l
	}
}

// of returns every relation of entity id, in order.
func (adj adjacency) of(id string) []*rightsgraph.Relation { return adj[id].rels }

// ofType returns the relations of entity id of type t, in order: the
// part of its list that holds them.
func (adj adjacency) ofType(id string, t rightsgraph.RelType) []*rightsgraph.Relation {
	l := adj[id]
	lo, _ := slices.BinarySearch(l.types, t)
	hi := lo
	for hi < len(l.types) && l.types[hi] == t {
		hi++
	}
	return l.rels[lo:hi]
}

// selected returns the relations of entity id that one of sel picks, in
// order; all of them when sel is empty. A selection of types reads only
// the parts of the list that hold those types. What it returns may be
// the store's own list: the caller changes none of it.
func (adj adjacency) selected(id string, sel []rightsgraph.RelSelect) []*rightsgraph.Relation {
	switch {
	case len(sel) == 0:
		return adj.of(id)
	case slices.ContainsFunc(sel, func(s rightsgraph.RelSelect) bool { return s.Type == "" }):
		return rightsgraph.SelectRelations(id, adj.of(id), sel)
	case len(sel) == 1: // a typed field, such as what a person leads
		part := adj.ofType(id, sel[0].Type)
		if sel[0].Dir == rightsgraph.DirBoth || !slices.ContainsFunc(part, func(r *rightsgraph.Relation) bool { return !sel[0].Picks(id, r) }) {
			return part
		}
		return rightsgraph.SelectRelations(id, part, sel)
	}
	// Each type's part once, in the order of types, which is the list's.
	types := make([]rightsgraph.RelType, 0, len(sel))
	for _, s := range sel {
		types = append(types, s.Type)
	}
	slices.Sort(types)
	var out []*rightsgraph.Relation
	for _, t := range slices.Compact(types) {
		out = append(out, rightsgraph.SelectRelations(id, adj.ofType(id, t), sel)...)
	}
	return out
}
