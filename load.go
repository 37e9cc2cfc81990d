package rightsgraph

import (
	"context"
	"maps"
	"reflect"
	"slices"
)

// LoadReport loads a report graph into s as one edit (see Store.Edit):
// everything the report said before is replaced with what g says now.
// Evidence from other reports and from editors stays; relations left
// without evidence, and entities no report or editor declares any more,
// disappear. What editors did holds: g is read through their merges (see
// ReportGraph.Redirect), without the relations they retracted, and when
// the report's text changes the evidence they cited from it is found again
// in the new text, or the load is refused. A load may not silently drop a
// relation an editor gave evidence for either: it is refused when it would
// remove an end of one. Loading the same graph again writes nothing, so
// that neither Revision nor the audit log moves; any other load ends with
// its audit entry. Every store's LoadReport is this function, so that all
// of them load alike.
func LoadReport(ctx context.Context, s Store, g *ReportGraph) error {
	if err := g.Validate(); err != nil {
		return err
	}
	return s.Edit(ctx, func(tx EditTx) error { return loadReport(ctx, tx, g) })
}

// AddReport loads a report sent by a user (the addReport mutation): an
// editor's change like the others, so it needs the editor role.
func AddReport(ctx context.Context, s Store, g *ReportGraph) error {
	if err := Require(ctx, RoleEditor); err != nil {
		return err
	}
	// A request without clearance names only what it may see, and does not
	// replace a report that states what it may not: the load would drop
	// restricted facts its sender never saw, or bring a hidden entity into
	// view under a public report.
	ids := g.EntityIDs()
	for _, r := range g.Relations {
		ids = append(ids, r.From, r.To)
	}
	if err := CheckVisible(ctx, s, ids...); err != nil {
		return err
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return err
	}
	if view.states(g.Report.ID) {
		return Errorf(EFORBIDDEN, "%s states restricted facts: only an editor with clearance may replace it", g.Report.ID)
	}
	err = s.LoadReport(ctx, g)
	if err != nil && view.tells(ErrorMessage(err)) {
		// A refusal that quotes what others cited, or names their
		// relations, would read out what the view hides.
		return Errorf(ErrorCode(err), "%s: the load would change facts that only an editor with clearance may see", g.Report.ID)
	}
	return err
}

// loadReport is the load as one transaction: it reads all it needs, in
// batches, then writes only what changes.
func loadReport(ctx context.Context, tx EditTx, in *ReportGraph) error {
	seq := tx.Seq()
	rid := in.Report.ID
	oldDeclared, oldStated, err := tx.ReportStatements(rid)
	if err != nil {
		return err
	}

	// The report's ids, then and now, read through the merges since (so
	// that what it stated of a merged entity is replaced where it went).
	ids := append(in.EntityIDs(), oldDeclared...)
	for _, id := range oldStated {
		from, _, to, ok := SplitRelationID(id)
		if !ok {
			return Errorf(EINTERNAL, "report %s states a malformed relation id %q", rid, id)
		}
		ids = append(ids, from, to)
	}
	resolve, err := tx.Resolve(ids)
	if err != nil {
		return err
	}
	to := func(id string) string {
		if r := resolve[id]; r != "" {
			return r
		}
		return id
	}
	// Retracted relations stay out, including one retracted before a
	// merge changed its id.
	var relIDs []string
	for _, r := range in.Relations {
		relIDs = append(relIDs, r.ID, RelationID(to(r.From), r.Type, to(r.To)))
	}
	retracted, err := tx.RetractedAmong(relIDs)
	if err != nil {
		return err
	}
	g := in.WithoutRetracted(retracted).Redirect(resolve).WithoutRetracted(retracted)

	// What the report declared and stated before (nil), and now.
	declared := map[string]*Entity{rid: nil}
	for _, id := range oldDeclared {
		declared[to(id)] = nil
	}
	stated := map[string]*Relation{}
	for _, id := range oldStated {
		from, t, end, _ := SplitRelationID(id)
		stated[RelationID(to(from), t, to(end))] = nil
	}
	for _, e := range append([]*Entity{g.Report}, g.Entities...) {
		declared[e.ID] = e
	}
	for _, r := range g.Relations {
		stated[r.ID] = r
	}

	decls, err := tx.Declarations(slices.Sorted(maps.Keys(declared)))
	if err != nil {
		return err
	}
	before := MergeDeclarations(decls[rid])

	// A new text moves what editors quoted from the report: find each
	// quote again (or refuse the load), and restate those relations too.
	relocated := map[string]*Relation{}
	if before != nil && before.Text != g.Report.Text {
		cited, err := tx.EditorEvidenceFrom(rid)
		if err != nil {
			return err
		}
		for _, r := range cited {
			if relocated[r.ID], err = RelocateEditorEvidence(r, rid, g.Report.Text); err != nil {
				return err
			}
			if _, ok := stated[r.ID]; !ok {
				stated[r.ID] = nil
			}
		}
	}

	// Entities: the report's declaration replaced, the others kept.
	var puts []EntityWrite
	var gone []string
	for _, id := range slices.Sorted(maps.Keys(declared)) {
		e, old := declared[id], decls[id]
		prev, had := old[rid]
		d := maps.Clone(old)
		if d == nil {
			d = map[string]Declaration{}
		}
		if e == nil {
			if !had {
				continue // no longer the report's, and not since
			}
			delete(d, rid)
		} else {
			d[rid] = Declaration{Seq: seq, Entity: e.Clone()}
			if had && SameEntity(prev.Entity, e) && SameEntity(MergeDeclarations(old), MergeDeclarations(d)) {
				continue // declared as before: keep the declaration as it was
			}
		}
		kind := MergeDeclarations(old)
		merged := MergeDeclarations(d)
		if merged == nil {
			gone = append(gone, id)
			d = nil // an editor's visibility alone keeps nothing alive
		} else {
			kind = merged
		}
		puts = append(puts, EntityWrite{ID: id, Kind: kind.Kind, Decls: d})
	}

	// Relations: each restated with the report's new evidence.
	old, err := tx.Relations(slices.Sorted(maps.Keys(stated)))
	if err != nil {
		return err
	}
	var deletes []string
	var writes []*Relation
	kept := map[string]bool{} // by id, whether a restated relation stays
	for _, id := range slices.Sorted(maps.Keys(stated)) {
		base := old[id]
		if r, ok := relocated[id]; ok {
			base = r
		}
		r := Restate(base, rid, stated[id])
		switch kept[id] = r != nil; {
		case r == nil && old[id] != nil:
			deletes = append(deletes, id)
		case r != nil && !SameRelation(r, old[id]):
			writes = append(writes, r)
		}
	}

	// An entity that goes may take with it only relations that go too: one
	// that stays has an editor's evidence (any other report that states it
	// declares both ends), which a load may not silently drop.
	if len(gone) > 0 {
		touching, err := tx.RelationIDsOf(gone)
		if err != nil {
			return err
		}
		for _, id := range gone {
			for _, relID := range slices.Sorted(slices.Values(touching[id])) {
				if stays, restated := kept[relID]; stays || !restated {
					return Errorf(ECONFLICT, "%s no longer declares %s, which an editor's relation %s joins: retract that relation first",
						rid, id, relID)
				}
			}
		}
	}

	if len(puts) == 0 && len(deletes) == 0 && len(writes) == 0 {
		return nil // loaded before as it is now
	}
	if err := tx.DeleteRelations(deletes); err != nil {
		return err
	}
	if err := tx.PutEntities(puts); err != nil {
		return err
	}
	if err := tx.PutRelations(writes); err != nil {
		return err
	}
	var declaredIDs, relationIDs []string
	for _, e := range g.Entities {
		declaredIDs = append(declaredIDs, e.ID)
	}
	for _, r := range g.Relations {
		relationIDs = append(relationIDs, r.ID)
	}
	if err := tx.SetReportStatements(rid, declaredIDs, relationIDs); err != nil {
		return err
	}
	return tx.Audit(LoadAuditEntry(ctx, seq, before, g))
}

// EntityWrite is one entity that PutEntities writes: its declarations, by
// report id (or EditKey), or none to delete it.
type EntityWrite struct {
	ID    string
	Kind  Kind
	Decls map[string]Declaration
}

// SameEntity reports whether a and b hold the same fields, taking a nil
// list for an empty one (as stores may give them back).
func SameEntity(a, b *Entity) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := a.Clone(), b.Clone()
	for _, l := range []*[]string{&x.Aliases, &y.Aliases, &x.Reports, &y.Reports} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return reflect.DeepEqual(x, y)
}

// SameRelation reports whether a and b hold the same fields and evidence,
// in the same order.
func SameRelation(a, b *Relation) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.ID == b.ID && a.Type == b.Type && a.From == b.From && a.To == b.To && a.Role == b.Role && a.At == b.At &&
		a.Visibility == b.Visibility && slices.Equal(a.Evidence, b.Evidence)
}
