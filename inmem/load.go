package inmem

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport replaces what the report said before with what g says now.
// The graph is validated first, so that a bad graph changes nothing.
func (s *Store) LoadReport(_ context.Context, g *rightsgraph.ReportGraph) error {
	if err := g.Validate(); err != nil {
		return err
	}
	rid := g.Report.ID
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++

	// Forget what the report said before.
	for id := range s.reportRelations(rid) {
		rel := s.relations[id]
		rel.Evidence = slices.DeleteFunc(rel.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid })
		if len(rel.Evidence) == 0 {
			s.deleteRelation(rel)
		}
	}
	for id, r := range s.entities {
		if _, ok := r.decls[rid]; ok {
			delete(r.decls, rid)
			if len(r.decls) == 0 {
				delete(s.entities, id)
			} else {
				r.rebuild()
			}
		}
	}

	// Say it anew.
	for _, e := range append([]*rightsgraph.Entity{g.Report}, g.Entities...) {
		r, ok := s.entities[e.ID]
		if !ok {
			r = &entityRecord{decls: map[string]declaration{}}
			s.entities[e.ID] = r
		}
		r.decls[rid] = declaration{seq: s.seq, entity: e.Clone()}
		r.rebuild()
	}
	for _, in := range g.Relations {
		rel, ok := s.relations[in.ID]
		if !ok {
			rel = &rightsgraph.Relation{ID: in.ID, Type: in.Type, From: in.From, To: in.To}
			s.relations[in.ID] = rel
			s.index(in.From, in.ID)
			s.index(in.To, in.ID)
		}
		// The latest report to state a fact sets its role and place.
		rel.Role, rel.At = in.Role, in.At
		rel.Evidence = append(rel.Evidence, in.Evidence...)
		rel.Evidence = rightsgraph.SortEvidence(rel.Evidence)
	}
	return nil
}

// reportRelations returns the ids of the relations with evidence from the
// report.
func (s *Store) reportRelations(rid string) map[string]bool {
	ids := map[string]bool{}
	for id, rel := range s.relations {
		if slices.ContainsFunc(rel.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid }) {
			ids[id] = true
		}
	}
	return ids
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

// rebuild derives the entity from its declarations: the fields of the
// latest, the aliases of all, minus any that equal the name.
func (r *entityRecord) rebuild() {
	reports := slices.Sorted(maps.Keys(r.decls))
	latest := slices.MaxFunc(reports, func(a, b string) int { return cmp.Compare(r.decls[a].seq, r.decls[b].seq) })
	e := r.decls[latest].entity.Clone()
	e.Reports = reports
	name := rightsgraph.Normalize(e.Name)
	seen := map[string]bool{name: true}
	e.Aliases = nil
	for _, rid := range reports {
		for _, a := range r.decls[rid].entity.Aliases {
			if n := rightsgraph.Normalize(a); !seen[n] {
				seen[n] = true
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	r.current = e
	r.keys = r.keys[:0]
	for _, n := range e.Names() {
		r.keys = append(r.keys, rightsgraph.NewKey(n))
	}
}
