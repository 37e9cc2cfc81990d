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
type adjacency map[string][]*rightsgraph.Relation

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
	list := adj[id]
	i, found := slices.BinarySearchFunc(list, r, func(x, r *rightsgraph.Relation) int { return compareAt(id, x, r) })
	if found {
		list[i] = r
		return
	}
	adj[id] = slices.Insert(list, i, r)
}

// remove takes r out of the lists of its ends.
func (adj adjacency) remove(r *rightsgraph.Relation) {
	for _, id := range []string{r.From, r.To} {
		list := adj[id]
		i, found := slices.BinarySearchFunc(list, r, func(x, r *rightsgraph.Relation) int { return compareAt(id, x, r) })
		if !found {
			continue
		}
		if list = slices.Delete(list, i, i+1); len(list) == 0 {
			delete(adj, id)
		} else {
			adj[id] = list
		}
	}
}

// ofType returns the relations of entity id of type t, in order: the
// part of its list that holds them.
func (adj adjacency) ofType(id string, t rightsgraph.RelType) []*rightsgraph.Relation {
	list := adj[id]
	lo, _ := slices.BinarySearchFunc(list, t, func(x *rightsgraph.Relation, t rightsgraph.RelType) int {
		return strings.Compare(string(x.Type), string(t))
	})
	hi := lo
	for hi < len(list) && list[hi].Type == t {
		hi++
	}
	return list[lo:hi]
}

// selected returns the relations of entity id that one of sel picks, in
// order; all of them when sel is empty. A selection of types reads only
// the parts of the list that hold those types.
func (adj adjacency) selected(id string, sel []rightsgraph.RelSelect) []*rightsgraph.Relation {
	list := adj[id]
	if len(sel) == 0 {
		return list
	}
	if slices.ContainsFunc(sel, func(s rightsgraph.RelSelect) bool { return s.Type == "" }) {
		return rightsgraph.SelectRelations(id, list, sel)
	}
	// Each type's part once, in the order of types, which is the list's.
	types := make([]rightsgraph.RelType, 0, len(sel))
	for _, s := range sel {
		types = append(types, s.Type)
	}
	slices.Sort(types)
	var out []*rightsgraph.Relation
	for _, t := range slices.Compact(types) {
		for _, r := range adj.ofType(id, t) {
			if slices.ContainsFunc(sel, func(s rightsgraph.RelSelect) bool { return s.Picks(id, r) }) {
				out = append(out, r)
			}
		}
	}
	return out
}
