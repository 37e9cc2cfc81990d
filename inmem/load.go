package inmem

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport loads g as one edit, by the rules of rightsgraph.LoadReport:
// its writes are journalled, durably, before they apply.
func (s *Store) LoadReport(ctx context.Context, g *rightsgraph.ReportGraph) error {
	return rightsgraph.LoadReport(ctx, s, g)
}

// apply replays a load journalled before loads were edits (a
// "load-report" record, which holds the report graph as editors' merges
// and retractions had it): s.mu is held and s.seq counts this load
// already. New loads journal their writes as edits do.
func (s *Store) apply(g *rightsgraph.ReportGraph) {
	rid := g.Report.ID

	// Relations: those the report stated before, and those it states now.
	stated := map[string]*rightsgraph.Relation{}
	for _, r := range g.Relations {
		stated[r.ID] = r
	}
	for id, r := range s.relations {
		if slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid }) {
			if _, ok := stated[id]; !ok {
				stated[id] = nil
			}
		}
	}
	// Entities: those the report declared before, and those it declares now.
	declared := map[string]*rightsgraph.Entity{}
	for _, e := range append([]*rightsgraph.Entity{g.Report}, g.Entities...) {
		declared[e.ID] = e
	}
	for id, r := range s.entities {
		if _, ok := r.decls[rid]; ok {
			if _, ok := declared[id]; !ok {
				declared[id] = nil
			}
		}
	}

	for id, e := range declared {
		decls := map[string]rightsgraph.Declaration{}
		if r, ok := s.entities[id]; ok {
			decls = r.decls
		}
		if e == nil {
			delete(decls, rid)
		} else {
			decls[rid] = rightsgraph.Declaration{Seq: s.seq, Entity: e.Clone()}
		}
		s.setDeclarations(id, decls)
	}
	for id, in := range stated {
		old := s.relations[id]
		switch r := rightsgraph.Restate(old, rid, in); {
		case r == nil && old != nil:
			s.deleteRelation(old)
		case r != nil:
			s.putRelation(r)
		}
	}
}

// setDeclarations sets what declares an entity and derives the entity and
// its search keys; with no declarations the entity is gone. s.mu is held.
func (s *Store) setDeclarations(id string, decls map[string]rightsgraph.Declaration) {
	old := s.entities[id]
	s.names.touch(id)
	current := rightsgraph.MergeDeclarations(decls)
	if current == nil {
		if old != nil {
			s.lists.put(old, nil)
		}
		delete(s.entities, id)
		return
	}
	r := &entityRecord{decls: decls, current: current, sortName: rightsgraph.SortKey(current, rightsgraph.OrderByName)}
	for _, n := range current.Names() {
		r.keys = append(r.keys, rightsgraph.NewKey(n))
	}
	s.lists.put(old, r)
	s.entities[id] = r
}

// putRelation stores r in place of the relation with its id, if any,
// and in the lists of its ends; s.mu is held.
func (s *Store) putRelation(r *rightsgraph.Relation) {
	old := s.relations[r.ID]
	s.relations[r.ID] = r
	s.byEntity.put(old, r)
}

// deleteRelation drops a stored relation; s.mu is held.
func (s *Store) deleteRelation(rel *rightsgraph.Relation) {
	delete(s.relations, rel.ID)
	s.byEntity.remove(rel)
}
