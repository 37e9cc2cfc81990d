package inmem

import (
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// encode returns the journal form of a change about to be applied: each
// write as the difference from the state it changes (the declarations
// that changed, the evidence appended), and audit entries as changes to
// texts the log already holds. s.mu is held.
func (s *Store) encode(rec record) recordV2 {
	out := recordV2{Op: rec.Op, Next: rec.Next}
	if rec.Graph != nil {
		out.Graph = toGraphV2(rec.Graph)
	}
	if rec.Audit != nil {
		out.Audit = s.audit.encode(*rec.Audit)
	}
	en := encoder{s: s, rels: map[string]*rightsgraph.Relation{}, decls: map[string]map[string]rightsgraph.Declaration{}}
	for _, w := range rec.Writes {
		if v, ok := en.write(w); ok {
			out.Writes = append(out.Writes, v)
		}
	}
	return out
}

// encoder follows the writes of one record, so that each is encoded
// against the state the writes before it leave.
type encoder struct {
	s       *Store
	rels    map[string]*rightsgraph.Relation // written by this record; nil: deleted
	decls   map[string]map[string]rightsgraph.Declaration
	noDelta bool // a write removed relations the encoder does not follow
}

func (en *encoder) relation(id string) *rightsgraph.Relation {
	if r, ok := en.rels[id]; ok {
		return r
	}
	return en.s.relations[id]
}

func (en *encoder) declarations(id string) map[string]rightsgraph.Declaration {
	if d, ok := en.decls[id]; ok {
		return d
	}
	if r, ok := en.s.entities[id]; ok {
		return r.decls
	}
	return nil
}

// write encodes one write; false: it changes nothing.
func (en *encoder) write(w write) (writeV2, bool) {
	v := writeV2{Op: w.Op, ID: w.ID, Kind: string(w.Kind), To: w.To, Retracted: w.Retracted, Merge: w.Merge}
	switch w.Op {
	case wEntity:
		old := en.declarations(w.ID)
		en.decls[w.ID] = w.Decls
		if len(w.Decls) == 0 {
			en.noDelta = true // its relations go too
			v.Decls = map[string]*declarationV2{}
			return v, true
		}
		v.Op, v.Set = wDeclare, map[string]declarationV2{}
		for src, d := range w.Decls {
			od, ok := old[src]
			if ok && od.Seq == d.Seq && reflect.DeepEqual(od.Entity, d.Entity) {
				continue
			}
			dv := toDeclarationV2(d)
			if ok && len(d.Entity.Text) > 1024 && od.Entity.Text != d.Entity.Text {
				if diff := diffText(od.Entity.Text, d.Entity.Text); len(diff.Text) < len(d.Entity.Text)/2 {
					diff.Self = true
					dv.Entity.Text, dv.TextDiff = "", diff
				}
			}
			v.Set[src] = dv
		}
		for _, src := range slices.Sorted(maps.Keys(old)) {
			if _, ok := w.Decls[src]; !ok {
				v.Drop = append(v.Drop, src)
			}
		}
		if len(old) == 0 {
			v.Drop = nil
		}
		return v, len(v.Set) > 0 || len(v.Drop) > 0 || len(old) == 0
	case wRelation:
		r := w.Relation
		old := en.relation(r.ID)
		en.rels[r.ID] = r
		if old != nil && !en.noDelta {
			if reflect.DeepEqual(old, r) {
				return v, false
			}
			if added, at, ok := addedEvidence(old, r); ok {
				v.Op, v.ID, v.Role, v.At, v.Evidence, v.Index = wEvidenceAdd, r.ID, r.Role, r.At, toEvidenceV2(added), at
				return v, true
			}
		}
		rv := toRelationV2(r)
		v.Relation = &rv
	case wDeleteRelation:
		en.rels[w.ID] = nil
	case wToken:
		v.Token = toTokenV2(*w.Token)
	case wAudit:
		v.Audit = en.s.audit.encode(*w.Audit)
	}
	return v, true
}

// applyV2 applies a version 2 record read from the journal, decoding
// each write against the state the writes before it left. s.mu is held
// or the store is not yet shared.
func (s *Store) applyV2(v recordV2) error {
	switch v.Op {
	case opLoadReport, opEdit:
	default:
		return fmt.Errorf("unknown change %q", v.Op)
	}
	var g *rightsgraph.ReportGraph
	if v.Graph != nil {
		g = v.Graph.graph()
		if err := g.Validate(); err != nil {
			return err
		}
	}
	s.seq++
	for _, wv := range v.Writes {
		// A delta is relative to the state the writes before it left.
		w, err := s.decodeWrite(wv)
		if err != nil {
			return err
		}
		if w.Op == wAudit {
			e, err := s.audit.decode(wv.Audit)
			if err != nil {
				return err
			}
			w.Audit = &e
		}
		s.applyWrite(w)
	}
	if g != nil {
		s.apply(g)
	}
	if v.Audit != nil {
		e, err := s.audit.decode(v.Audit)
		if err != nil {
			return err
		}
		s.audit.add(e)
	}
	return nil
}

// decodeWrite returns the write a version 2 write stands for in the
// store's present state, and checks what it carries.
func (s *Store) decodeWrite(v writeV2) (write, error) {
	w := write{Op: v.Op, ID: v.ID, Kind: rightsgraph.Kind(v.Kind), To: v.To, Retracted: v.Retracted, Merge: v.Merge}
	switch v.Op {
	case wEntity:
		w.Decls = map[string]rightsgraph.Declaration{}
		for src, d := range v.Decls {
			if d != nil {
				w.Decls[src] = d.declaration()
			}
		}
	case wDeclare:
		w.Op = wEntity
		w.Decls = map[string]rightsgraph.Declaration{}
		if r, ok := s.entities[v.ID]; ok {
			maps.Copy(w.Decls, r.decls)
		}
		for _, src := range v.Drop {
			delete(w.Decls, src)
		}
		for src, d := range v.Set {
			decl := d.declaration()
			if d.TextDiff != nil {
				base, ok := w.Decls[src]
				if !ok {
					return w, fmt.Errorf("declaration of %s by %s: a change to a text that is not there", v.ID, src)
				}
				t := d.TextDiff
				if t.Head < 0 || t.Tail < 0 || t.Head+t.Tail > len(base.Entity.Text) {
					return w, fmt.Errorf("declaration of %s by %s: keeps %d+%d bytes of %d", v.ID, src, t.Head, t.Tail, len(base.Entity.Text))
				}
				decl.Entity.Text = base.Entity.Text[:t.Head] + t.Text + base.Entity.Text[len(base.Entity.Text)-t.Tail:]
			}
			w.Decls[src] = decl
		}
		if len(w.Decls) == 0 {
			return w, fmt.Errorf("declarations of %s: none left", v.ID)
		}
	case wRelation:
		if v.Relation == nil {
			return w, fmt.Errorf("a relation write without its relation")
		}
		w.Relation = v.Relation.relation()
	case wEvidenceAdd:
		old, ok := s.relations[v.ID]
		if !ok {
			return w, fmt.Errorf("evidence added to %s, which is not there", v.ID)
		}
		if len(v.Index) != len(v.Evidence) {
			return w, fmt.Errorf("evidence added to %s: %d places for %d pieces", v.ID, len(v.Index), len(v.Evidence))
		}
		r := old.Clone()
		r.Role, r.At = v.Role, v.At
		r.Evidence = make([]rightsgraph.Evidence, 0, len(old.Evidence)+len(v.Evidence))
		added, kept := evidenceOf(v.Evidence), old.Evidence
		for i, k := 0, 0; i < len(old.Evidence)+len(added); i++ {
			if k < len(added) && v.Index[k] == i {
				r.Evidence = append(r.Evidence, added[k])
				k++
			} else if len(kept) > 0 {
				r.Evidence, kept = append(r.Evidence, kept[0]), kept[1:]
			} else {
				return w, fmt.Errorf("evidence added to %s: a place out of range", v.ID)
			}
		}
		w.Op, w.Relation = wRelation, r
	case wDeleteRelation, wRedirect, wUnredirect, wRetracted, wDeleteMerge:
	case wMerge:
		if v.Merge == nil {
			return w, fmt.Errorf("a merge write without its record")
		}
	case wToken:
		if v.Token == nil {
			return w, fmt.Errorf("a token write without its token")
		}
		t := v.Token.token()
		if err := t.Validate(); err != nil {
			return w, err
		}
		w.Token = &t
	case wAudit:
		if v.Audit == nil {
			return w, fmt.Errorf("an audit write without its entry")
		}
	default:
		return w, fmt.Errorf("unknown write %q", v.Op)
	}
	return w, nil
}

// addedEvidence reports whether r is old with evidence added (and its
// role and congress, which derive from its evidence, as they may be), and
// returns the evidence added with its places in r's.
func addedEvidence(old, r *rightsgraph.Relation) (added []rightsgraph.Evidence, at []int, ok bool) {
	if old.Type != r.Type || old.From != r.From || old.To != r.To || old.Visibility != r.Visibility || len(old.Evidence) >= len(r.Evidence) {
		return nil, nil, false
	}
	k := 0
	for i, ev := range r.Evidence {
		if k < len(old.Evidence) && old.Evidence[k] == ev {
			k++
			continue
		}
		added, at = append(added, ev), append(at, i)
	}
	return added, at, k == len(old.Evidence)
}
