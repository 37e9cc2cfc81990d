package inmem

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// Edit runs fn under the write lock, so that edits never interleave, then
// journals what it wrote, durably, and applies it. A failing fn changes
// nothing.
func (s *Store) Edit(_ context.Context, fn func(rightsgraph.EditTx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly { // refused even when fn would write nothing
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the store was opened read-only")
	}
	tx := &editTx{s: s}
	if err := fn(tx); err != nil {
		return err
	}
	if len(tx.writes) == 0 {
		return nil
	}
	return s.write(record{Op: opEdit, Writes: tx.writes})
}

// write is one change an edit or a load makes; a record lists them in
// order. Its journal form is writeV2 (format.go).
type write struct {
	Op        string
	ID        string
	Kind      rightsgraph.Kind
	Decls     map[string]rightsgraph.Declaration
	Relation  *rightsgraph.Relation
	To        string
	Retracted bool
	Merge     *rightsgraph.MergeRecord
	Token     *rightsgraph.Token
	Audit     *rightsgraph.AuditEntry
}

// The writes of an edit.
const (
	wEntity         = "entity"
	wRelation       = "relation"
	wDeleteRelation = "delete-relation"
	wRedirect       = "redirect"
	wRetracted      = "retracted"
	wUnredirect     = "unredirect"
	wMerge          = "merge"        // a merge record kept
	wDeleteMerge    = "delete-merge" // a merge record undone
	wToken          = "token"        // a new token, or one revoked
	wAudit          = "audit"
)

// editTx reads the store as it is (s.mu is held) and collects writes.
type editTx struct {
	s      *Store
	writes []write
}

// Seq is the number the change will have: the write lock is held.
func (tx *editTx) Seq() int64 { return tx.s.seq + 1 }

func (tx *editTx) Resolve(ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		out[id] = tx.s.resolve(id)
	}
	return out, nil
}

func (tx *editTx) Declarations(ids []string) (map[string]map[string]rightsgraph.Declaration, error) {
	out := map[string]map[string]rightsgraph.Declaration{}
	for _, id := range ids {
		if r, ok := tx.s.entities[id]; ok {
			d := make(map[string]rightsgraph.Declaration, len(r.decls))
			for k, v := range r.decls {
				d[k] = rightsgraph.Declaration{Seq: v.Seq, Entity: v.Entity.Clone()}
			}
			out[id] = d
		}
	}
	return out, nil
}

func (tx *editTx) Relations(ids []string) (map[string]*rightsgraph.Relation, error) {
	out := map[string]*rightsgraph.Relation{}
	for _, id := range ids {
		if r, ok := tx.s.relations[id]; ok {
			out[id] = r.Clone()
		}
	}
	return out, nil
}

func (tx *editTx) RelationsOf(id string) ([]*rightsgraph.Relation, error) {
	var out []*rightsgraph.Relation
	for _, r := range tx.s.byEntity.of(id) {
		out = append(out, r.Clone())
	}
	// Only a congress can be Evidence.At; finding those scans every relation.
	if e, ok := tx.s.entities[id]; ok && e.current.Kind == rightsgraph.KindCongress {
		for _, r := range tx.s.relations {
			if r.From != id && r.To != id && slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return ev.At == id }) {
				out = append(out, r.Clone())
			}
		}
	}
	slices.SortFunc(out, func(a, b *rightsgraph.Relation) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (tx *editTx) Retracted(id string) (bool, error) { return tx.s.retracted[id], nil }

func (tx *editTx) Retractions(id string) ([]string, error) {
	var out []string
	for rid := range tx.s.retracted {
		if from, _, to, ok := rightsgraph.SplitRelationID(rid); ok && (from == id || to == id) {
			out = append(out, rid)
		}
	}
	slices.Sort(out)
	return out, nil
}

func (tx *editTx) RedirectedTo(id string) ([]string, error) {
	var out []string
	for from, to := range tx.s.redirects {
		if to == id {
			out = append(out, from)
		}
	}
	slices.Sort(out)
	return out, nil
}

func (tx *editTx) Merge(drop string) (*rightsgraph.MergeRecord, error) {
	return tx.s.merges[drop].Clone(), nil
}

// ReportStatements finds what report rid declares and states: the
// entities with its declaration, the relations with its evidence.
func (tx *editTx) ReportStatements(rid string) (entities, relations []string, err error) {
	for id, r := range tx.s.entities {
		if _, ok := r.decls[rid]; ok {
			entities = append(entities, id)
		}
	}
	for id, r := range tx.s.relations {
		if slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid }) {
			relations = append(relations, id)
		}
	}
	slices.Sort(entities)
	slices.Sort(relations)
	return entities, relations, nil
}

func (tx *editTx) RetractedAmong(ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, id := range ids {
		if tx.s.retracted[id] {
			out[id] = true
		}
	}
	return out, nil
}

func (tx *editTx) EditorEvidenceFrom(rid string) ([]*rightsgraph.Relation, error) {
	var out []*rightsgraph.Relation
	for _, id := range slices.Sorted(maps.Keys(tx.s.relations)) {
		r := tx.s.relations[id]
		if slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return ev.Report == rid && ev.Editor != "" }) {
			out = append(out, r.Clone())
		}
	}
	return out, nil
}

func (tx *editTx) RelationIDsOf(ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, id := range ids {
		if rels := tx.s.byEntity.of(id); len(rels) > 0 {
			rids := make([]string, len(rels))
			for i, r := range rels {
				rids[i] = r.ID
			}
			slices.Sort(rids)
			out[id] = rids
		}
	}
	return out, nil
}

func (tx *editTx) PutEntities(es []rightsgraph.EntityWrite) error {
	for _, e := range es {
		tx.PutEntity(e.ID, e.Kind, e.Decls) //nolint:errcheck // collecting a write cannot fail
	}
	return nil
}

func (tx *editTx) PutRelations(rs []*rightsgraph.Relation) error {
	for _, r := range rs {
		tx.PutRelation(r) //nolint:errcheck // collecting a write cannot fail
	}
	return nil
}

func (tx *editTx) DeleteRelations(ids []string) error {
	for _, id := range ids {
		tx.DeleteRelation(id) //nolint:errcheck // collecting a write cannot fail
	}
	return nil
}

// SetReportStatements writes nothing: ReportStatements scans the graph.
func (tx *editTx) SetReportStatements(string, []string, []string) error { return nil }

func (tx *editTx) PutEntity(id string, kind rightsgraph.Kind, decls map[string]rightsgraph.Declaration) error {
	tx.writes = append(tx.writes, write{Op: wEntity, ID: id, Kind: kind, Decls: maps.Clone(decls)})
	return nil
}

func (tx *editTx) PutRelation(r *rightsgraph.Relation) error {
	tx.writes = append(tx.writes, write{Op: wRelation, Relation: r.Clone()})
	return nil
}

func (tx *editTx) DeleteRelation(id string) error {
	tx.writes = append(tx.writes, write{Op: wDeleteRelation, ID: id})
	return nil
}

func (tx *editTx) Redirect(from, to string) error {
	tx.writes = append(tx.writes, write{Op: wRedirect, ID: from, To: to})
	return nil
}

func (tx *editTx) Unredirect(from string) error {
	tx.writes = append(tx.writes, write{Op: wUnredirect, ID: from})
	return nil
}

func (tx *editTx) PutMerge(m *rightsgraph.MergeRecord) error {
	tx.writes = append(tx.writes, write{Op: wMerge, ID: m.Drop, Merge: m.Clone()})
	return nil
}

func (tx *editTx) DeleteMerge(drop string) error {
	tx.writes = append(tx.writes, write{Op: wDeleteMerge, ID: drop})
	return nil
}

func (tx *editTx) SetRetracted(id string, retracted bool) error {
	tx.writes = append(tx.writes, write{Op: wRetracted, ID: id, Retracted: retracted})
	return nil
}

func (tx *editTx) Audit(e rightsgraph.AuditEntry) error {
	tx.writes = append(tx.writes, write{Op: wAudit, Audit: &e})
	return nil
}

// applyWrite applies one write of an edit; s.mu is held.
func (s *Store) applyWrite(w write) {
	switch w.Op {
	case wEntity:
		if len(w.Decls) == 0 {
			for _, r := range slices.Clone(s.byEntity.of(w.ID)) {
				s.deleteRelation(r)
			}
		}
		s.setDeclarations(w.ID, w.Decls)
	case wRelation:
		r := w.Relation.Clone()
		s.putRelation(r)
	case wDeleteRelation:
		if old, ok := s.relations[w.ID]; ok {
			s.deleteRelation(old)
		}
	case wRedirect:
		for from, to := range s.redirects {
			if to == w.ID {
				s.redirects[from] = w.To
			}
		}
		s.redirects[w.ID] = w.To
	case wRetracted:
		if w.Retracted {
			s.retracted[w.ID] = true
		} else {
			delete(s.retracted, w.ID)
		}
	case wUnredirect:
		delete(s.redirects, w.ID)
	case wMerge:
		s.merges[w.ID] = w.Merge.Clone()
	case wDeleteMerge:
		delete(s.merges, w.ID)
	case wToken:
		t := *w.Token
		s.tokens[t.Name] = &t
	case wAudit:
		s.audit.add(*w.Audit)
	}
}

// resolve returns the id an entity id stands for after merges; s.mu is held.
func (s *Store) resolve(id string) string {
	if to, ok := s.redirects[id]; ok {
		return to
	}
	return id
}

// AuditLog returns a page of the audit log, newest first.
func (s *Store) AuditLog(_ context.Context, q rightsgraph.AuditQuery) (*rightsgraph.AuditPage, error) {
	after, err := q.Validate()
	if err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []rightsgraph.AuditEntry
	for i := len(s.audit.log) - 1; i >= 0 && len(out) <= q.First; i-- {
		e := s.audit.log[i]
		if (after > 0 && e.Seq >= after) || (q.Entity != "" && !slices.Contains(e.Entities, q.Entity)) {
			continue
		}
		e.Entities = slices.Clone(e.Entities)
		out = append(out, e)
	}
	return rightsgraph.NewAuditPage(out, q.First), nil
}
