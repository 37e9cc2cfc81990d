package inmem

import (
	"context"
	"maps"
	"reflect"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport replaces what the report said before with what g says now,
// as editors' merges and retractions have it. The graph is validated
// first, so that a bad graph changes nothing; when the report's text
// changes, the evidence editors cited from it is found again in the new
// text, or the load is refused. A persistent store writes the load to its
// journal, durably, before it applies it.
func (s *Store) LoadReport(ctx context.Context, g *rightsgraph.ReportGraph) error {
	if err := g.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	resolve := map[string]string{}
	for _, id := range g.EntityIDs() {
		resolve[id] = s.resolve(id)
	}
	g = g.Redirect(resolve).WithoutRetracted(s.retracted)
	rid := g.Report.ID
	var old *rightsgraph.Entity
	var relocated []write
	if r, ok := s.entities[rid]; ok {
		old = r.current
		if old.Text != g.Report.Text {
			for _, id := range slices.Sorted(maps.Keys(s.relations)) {
				rel := s.relations[id]
				if !slices.ContainsFunc(rel.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid && ev.Editor != "" }) {
					continue
				}
				moved, err := rightsgraph.RelocateEditorEvidence(rel, rid, g.Report.Text)
				if err != nil {
					return err
				}
				relocated = append(relocated, write{Op: wRelation, Relation: moved})
			}
		}
	}
	if err := s.checkOrphans(g); err != nil {
		return err
	}
	writes := s.loadWrites(g, relocated)
	if len(writes) == 0 {
		return nil // the report says what it said: nothing to write, nothing to audit
	}
	audit := rightsgraph.LoadAuditEntry(ctx, s.seq+1, old, g)
	return s.write(record{Op: opLoadReport, Writes: writes, Audit: &audit})
}

// loadWrites returns what loading a valid graph changes, after the
// relocated evidence, as writes: the declarations and relations that
// differ, so that the journal holds the change and a reload that changes
// nothing writes nothing. A declaration the report repeats keeps its
// sequence number while it is already the latest of its entity, as a new
// one would be. s.mu is held.
func (s *Store) loadWrites(g *rightsgraph.ReportGraph, relocated []write) []write {
	seq, rid := s.seq+1, g.Report.ID
	moved := map[string]*rightsgraph.Relation{}
	for _, w := range relocated {
		moved[w.Relation.ID] = w.Relation
	}
	current := func(id string) *rightsgraph.Relation {
		if r, ok := moved[id]; ok {
			return r
		}
		return s.relations[id]
	}

	// Relations: those the report stated before, and those it states now.
	stated := map[string]*rightsgraph.Relation{}
	for _, r := range g.Relations {
		stated[r.ID] = r
	}
	for id := range s.relations {
		if _, ok := stated[id]; !ok && slices.ContainsFunc(current(id).Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid }) {
			stated[id] = nil
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

	writes := slices.Clone(relocated)
	for _, id := range slices.Sorted(maps.Keys(declared)) {
		var old map[string]rightsgraph.Declaration
		if r, ok := s.entities[id]; ok {
			old = r.decls
		}
		decls := maps.Clone(old)
		if decls == nil {
			decls = map[string]rightsgraph.Declaration{}
		}
		if e := declared[id]; e == nil {
			delete(decls, rid)
		} else {
			d := rightsgraph.Declaration{Seq: seq, Entity: e.Clone()}
			if od, ok := old[rid]; ok && reflect.DeepEqual(od.Entity, d.Entity) && latestDeclaration(old, rid) {
				d = od
			}
			decls[rid] = d
		}
		if !sameDeclarations(old, decls) {
			writes = append(writes, write{Op: wEntity, ID: id, Decls: decls})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(stated)) {
		old := current(id)
		switch r := rightsgraph.Restate(old, rid, stated[id]); {
		case r == nil && old != nil:
			writes = append(writes, write{Op: wDeleteRelation, ID: id})
		case r != nil && !reflect.DeepEqual(r, old):
			writes = append(writes, write{Op: wRelation, Relation: r})
		}
	}
	return writes
}

// latestDeclaration reports whether the declaration of src is the latest
// of the reports' declarations, which MergeDeclarations orders by Seq.
func latestDeclaration(decls map[string]rightsgraph.Declaration, src string) bool {
	for k, d := range decls {
		if k != src && k != rightsgraph.EditKey && d.Seq > decls[src].Seq {
			return false
		}
	}
	return true
}

func sameDeclarations(a, b map[string]rightsgraph.Declaration) bool {
	if len(a) != len(b) {
		return false
	}
	for k, d := range a {
		if e, ok := b[k]; !ok || e.Seq != d.Seq || !reflect.DeepEqual(e.Entity, d.Entity) {
			return false
		}
	}
	return true
}

// checkOrphans refuses a load that would remove an entity (no report or
// editor declares it any more) that an editor's relation still joins: the
// load may not silently drop that relation. s.mu is held.
func (s *Store) checkOrphans(g *rightsgraph.ReportGraph) error {
	rid := g.Report.ID
	declared := map[string]bool{rid: true}
	for _, e := range g.Entities {
		declared[e.ID] = true
	}
	for _, id := range slices.Sorted(maps.Keys(s.entities)) {
		r := s.entities[id]
		if _, ok := r.decls[rid]; !ok || len(r.decls) > 1 || declared[id] {
			continue
		}
		for _, relID := range slices.Sorted(maps.Keys(s.byEntity[id])) {
			if slices.ContainsFunc(s.relations[relID].Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report != rid || ev.Editor != "" }) {
				return rightsgraph.Errorf(rightsgraph.ECONFLICT,
					"%s no longer declares %s, which an editor's relation %s joins: retract that relation first", rid, id, relID)
			}
		}
	}
	return nil
}

// apply loads a valid graph into memory, as the journals of version 1
// recorded loads; s.mu is held and s.seq counts this load already.
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
			s.relations[id] = r
			s.index(r.From, id)
			s.index(r.To, id)
		}
	}
}

// setDeclarations sets what declares an entity and derives the entity and
// its search keys; with no declarations the entity is gone. s.mu is held.
func (s *Store) setDeclarations(id string, decls map[string]rightsgraph.Declaration) {
	current := rightsgraph.MergeDeclarations(decls)
	if current == nil {
		delete(s.entities, id)
		return
	}
	r := &entityRecord{decls: decls, current: current}
	for _, n := range current.Names() {
		r.keys = append(r.keys, rightsgraph.NewKey(n))
	}
	s.entities[id] = r
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
