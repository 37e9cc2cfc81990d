package inmem

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport replaces what the report said before with what g says now.
// The graph is validated first, so that a bad graph changes nothing; a
// persistent store writes it to its journal, durably, before it applies it.
func (s *Store) LoadReport(_ context.Context, g *rightsgraph.ReportGraph) error {
	if err := g.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.write(record{Op: opLoadReport, Graph: g})
}

// apply loads a valid graph into memory; s.mu is held.
func (s *Store) apply(g *rightsgraph.ReportGraph) {
	rid := g.Report.ID
	s.seq++

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
		r, ok := s.entities[id]
		if !ok {
			r = &entityRecord{decls: map[string]rightsgraph.Declaration{}}
			s.entities[id] = r
		}
		if e == nil {
			delete(r.decls, rid)
		} else {
			r.decls[rid] = rightsgraph.Declaration{Seq: s.seq, Entity: e.Clone()}
		}
		if r.current = rightsgraph.MergeDeclarations(r.decls); r.current == nil {
			delete(s.entities, id)
			continue
		}
		r.keys = r.keys[:0]
		for _, n := range r.current.Names() {
			r.keys = append(r.keys, rightsgraph.NewKey(n))
		}
	}
	for id, in := range stated {
		old := s.relations[id]
		switch r := rightsgraph.Restate(old, rid, in); {
		case r == nil && old != nil:
			s.deleteRelation(old)
		case r != nil:
			s.relations[id] = r
			s.index(r.From, id)
			s.index(r.To, id)
		}
	}
}

func (s *Store) index(entityID, relID string) {
	if s.byEntity[entityID] == nil {
		s.byEntity[entityID] = map[string]bool{}
	}
	s.byEntity[entityID][relID] = true
}

func (s *Store) deleteRelation(rel *rightsgraph.Relation) {
	delete(s.relations, rel.ID)
	for _, id := range []string{rel.From, rel.To} {
		delete(s.byEntity[id], rel.ID)
		if len(s.byEntity[id]) == 0 {
			delete(s.byEntity, id)
		}
	}
}
