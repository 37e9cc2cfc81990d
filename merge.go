package rightsgraph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
)

// MergeEntities folds the entity drop into keep, as an editor: drop's
// relations and all their evidence move to keep (joining keep's own where
// both stated the same fact), its names become keep's aliases, and drop's
// id resolves to keep from now on, also when a report that declares it is
// loaded again. Both must be of one kind, and not reports, and both must
// be named by their own ids: an id merged away already is refused with
// ECONFLICT, never read as its survivor, so that a stale id cannot merge an
// entity its sender never saw. What the merge changed is kept in a
// MergeRecord, so that UnmergeEntities can undo it. It returns keep as it
// is now.
func MergeEntities(ctx context.Context, s Store, keep, drop string) (*Entity, error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return nil, err
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return nil, err
	}
	var out *Entity
	err = s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		byField := map[string]string{"keep": keep, "drop": drop}
		if err := refuseMergedIDs(tx, byField, view); err != nil {
			return err
		}
		ents, err := currentEntities(tx, byField, view)
		if err != nil {
			return err
		}
		k, d := ents["keep"], ents["drop"]
		switch {
		case k.ID == d.ID:
			return FieldError("drop", "%s and %s are one entity already", keep, drop)
		case k.Kind != d.Kind:
			return FieldError("drop", "%s is a %s and %s a %s: only entities of one kind merge", k.ID, k.Kind, d.ID, d.Kind)
		case k.Kind == KindReport:
			return FieldError("drop", "reports do not merge")
		}
		all, err := tx.Declarations([]string{k.ID, d.ID})
		if err != nil {
			return err
		}
		decls := foldDeclarations(seq, all[k.ID], all[d.ID], k, d)
		moving, err := tx.RelationsOf(d.ID)
		if err != nil {
			return err
		}
		moved := map[string]*Relation{}
		for _, r := range moving {
			m := r.Clone()
			m.From, m.To = swapID(m.From, d.ID, k.ID), swapID(m.To, d.ID, k.ID)
			m.ID = RelationID(m.From, m.Type, m.To)
			for i := range m.Evidence {
				m.Evidence[i].At = swapID(m.Evidence[i].At, d.ID, k.ID)
			}
			if prev, ok := moved[m.ID]; ok {
				m.Evidence = append(m.Evidence, prev.Evidence...)
				m.Visibility = joinVisibility(m.Visibility, prev.Visibility)
			}
			moved[m.ID] = m
		}
		targets, err := tx.Relations(slices.Sorted(maps.Keys(moved)))
		if err != nil {
			return err
		}
		retractions, err := tx.Retractions(d.ID)
		if err != nil {
			return err
		}
		// A retraction moves to keep's form of the relation; the record
		// notes those keep did not have, so that an unmerge lifts only them.
		var newRetractions []string
		for _, id := range retractions {
			to, ok := swapRelationID(id, d.ID, k.ID)
			if !ok {
				continue
			}
			already, err := tx.Retracted(to)
			if err != nil {
				return err
			}
			if !already {
				newRetractions = append(newRetractions, to)
			}
		}
		redirected, err := tx.RedirectedTo(d.ID)
		if err != nil {
			return err
		}
		rec := &MergeRecord{
			Seq: seq, Keep: k.ID, Drop: d.ID, DropDecls: all[d.ID],
			KeepNames: k.Names(), KeepDescription: k.Description,
			Moved: moving, Retractions: retractions, NewRetractions: newRetractions, Redirected: redirected,
		}
		if e, ok := all[k.ID][EditKey]; ok {
			rec.KeepEdit = &e
		}
		for src := range all[d.ID] {
			if _, ok := all[k.ID][src]; !ok && src != EditKey {
				rec.Folded = append(rec.Folded, src)
			}
		}
		slices.Sort(rec.Folded)
		for _, id := range slices.Sorted(maps.Keys(targets)) {
			if !slices.ContainsFunc(moving, func(r *Relation) bool { return r.ID == id }) {
				rec.Joined = append(rec.Joined, targets[id])
			}
		}

		// Writes, now that everything is read. Retractions move with the
		// relations: a report that states a retracted fact of drop, loaded
		// again, must not bring it back.
		for _, id := range retractions {
			to, ok := swapRelationID(id, d.ID, k.ID)
			if !ok {
				continue
			}
			if err := tx.SetRetracted(id, false); err != nil {
				return err
			}
			if err := tx.SetRetracted(to, true); err != nil {
				return err
			}
		}
		for _, r := range moving {
			if err := tx.DeleteRelation(r.ID); err != nil {
				return err
			}
		}
		if err := tx.PutEntity(d.ID, d.Kind, nil); err != nil {
			return err
		}
		if err := tx.PutEntity(k.ID, k.Kind, decls); err != nil {
			return err
		}
		for _, id := range slices.Sorted(maps.Keys(moved)) {
			m := moved[id]
			if t := targets[id]; t != nil && !slices.ContainsFunc(moving, func(r *Relation) bool { return r.ID == id }) {
				m.Evidence = append(m.Evidence, t.Evidence...)
				m.Visibility = joinVisibility(m.Visibility, t.Visibility)
			}
			m.Derive()
			if err := tx.PutRelation(m); err != nil {
				return err
			}
		}
		if err := tx.Redirect(d.ID, k.ID); err != nil {
			return err
		}
		if err := tx.PutMerge(rec); err != nil {
			return err
		}
		out = MergeDeclarations(decls)
		return tx.Audit(NewAuditEntry(ctx, seq, "mergeEntities", []string{k.ID, d.ID},
			fmt.Sprintf("merged %s into %s, moving %d relations", d.ID, k.ID, len(moving)),
			mergeState(k, d, len(moving)), entityState(out)))
	})
	return out, err
}

// UnmergeEntities undoes the merge that dropped id, as an editor: the
// dropped entity comes back with its declarations, its names leave the
// survivor's aliases, and each piece of evidence the merge moved goes back
// to the relation it came from, split out of the survivor's relations it
// had joined (those keep what the survivor had before). Retractions and the
// ids merged into the dropped entity before go back too. What was changed
// since the merge holds: evidence retracted or reloaded away since stays
// away, evidence added to the survivor since stays with it. An id that was
// not merged away is refused (EINVALID, or ENOTFOUND when unknown), and so
// is a merge whose survivor was merged on since (ECONFLICT: undo that
// first). It returns the restored entity and the survivor, as they are now.
func UnmergeEntities(ctx context.Context, s Store, id string) (restored, survivor *Entity, err error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return nil, nil, err
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	err = s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		rec, err := tx.Merge(id)
		if err != nil {
			return err
		}
		if rec == nil {
			return notMerged(tx, id, view)
		}
		if view != nil {
			keep, err := tx.Declarations([]string{rec.Keep})
			if err != nil {
				return err
			}
			if view.hides(MergeDeclarations(rec.DropDecls)) || view.hides(MergeDeclarations(keep[rec.Keep])) {
				return &Error{Code: ENOTFOUND, Field: "id", Message: fmt.Sprintf("no entity with id %q", id)}
			}
		}
		u, err := planUnmerge(tx, rec)
		if err != nil {
			return err
		}
		if err := u.write(tx); err != nil {
			return err
		}
		restored, survivor = MergeDeclarations(u.dropDecls), MergeDeclarations(u.keepDecls)
		return tx.Audit(NewAuditEntry(ctx, seq, "unmergeEntities", []string{rec.Keep, rec.Drop},
			fmt.Sprintf("unmerged %s from %s, restoring %d relations", rec.Drop, rec.Keep, u.restoredRelations),
			entityState(u.keepBefore), unmergeState(survivor, restored, u.restoredRelations)))
	})
	if err != nil {
		return nil, nil, err
	}
	return restored, survivor, nil
}

// refuseMergedIDs refuses, with ECONFLICT naming the field, an id that
// was merged away: an edit that must name entities as they are. An id
// merged into an entity the view v hides reads as an unknown id, so that
// the refusal never names what the request may not see.
func refuseMergedIDs(tx EditTx, byField map[string]string, v *View) error {
	ids, err := tx.Resolve(slices.Collect(maps.Values(byField)))
	if err != nil {
		return err
	}
	for _, field := range slices.Sorted(maps.Keys(byField)) {
		asked := byField[field]
		if ids[asked] == asked {
			continue
		}
		if hidden, err := hiddenIn(tx, v, ids[asked]); err != nil || hidden {
			return cmp.Or(err, error(&Error{Code: ENOTFOUND, Field: field, Message: fmt.Sprintf("no entity with id %q", asked)}))
		}
		return &Error{Code: ECONFLICT, Field: field, Message: fmt.Sprintf(
			"%s was merged into %s: name %s, or unmerge %s first", asked, ids[asked], ids[asked], asked)}
	}
	return nil
}

// hiddenIn reports whether the view v (nil: none) hides the entity id as
// the transaction's declarations make it.
func hiddenIn(tx EditTx, v *View, id string) (bool, error) {
	if v == nil {
		return false, nil
	}
	decls, err := tx.Declarations([]string{id})
	if err != nil {
		return false, err
	}
	e := MergeDeclarations(decls[id])
	return e != nil && v.hides(e), nil
}

// notMerged is the error for unmerging an id without a merge record.
func notMerged(tx EditTx, id string, v *View) error {
	ids, err := tx.Resolve([]string{id})
	if err != nil {
		return err
	}
	unknown := &Error{Code: ENOTFOUND, Field: "id", Message: fmt.Sprintf("no entity with id %q", id)}
	if hidden, err := hiddenIn(tx, v, ids[id]); err != nil || hidden {
		return cmp.Or(err, error(unknown))
	}
	if to := ids[id]; to != id {
		return &Error{Code: ECONFLICT, Field: "id", Message: fmt.Sprintf(
			"%s was merged into %s before merges were recorded: it cannot be unmerged", id, to)}
	}
	decls, err := tx.Declarations([]string{id})
	if err != nil {
		return err
	}
	if len(decls[id]) == 0 {
		return unknown
	}
	return FieldError("id", "%s is not merged into another entity: there is nothing to unmerge", id)
}

// unmerge is what undoing one merge writes.
type unmerge struct {
	rec                  *MergeRecord
	keepKind             Kind
	keepBefore           *Entity
	dropDecls, keepDecls map[string]Declaration
	relations            map[string]*Relation // by id; no evidence: delete
	unretract, retract   []string
	restoredRelations    int
}

// planUnmerge reads what undoing rec needs and works out its writes.
func planUnmerge(tx EditTx, rec *MergeRecord) (*unmerge, error) {
	// Ids as they stand now: the survivor must be one still, and each id
	// the record names is read through the merges made since (now), or,
	// for the dropped one, as itself (back).
	ids := []string{rec.Keep, rec.Drop}
	for _, r := range slices.Concat(rec.Moved, rec.Joined) {
		ids = append(ids, r.From, r.To)
		for _, ev := range r.Evidence {
			if ev.At != "" {
				ids = append(ids, ev.At)
			}
		}
	}
	for _, rid := range slices.Concat(rec.Retractions, rec.NewRetractions) {
		if from, _, to, ok := SplitRelationID(rid); ok {
			ids = append(ids, from, to)
		}
	}
	resolved, err := tx.Resolve(ids)
	if err != nil {
		return nil, err
	}
	if to := resolved[rec.Keep]; to != rec.Keep {
		return nil, &Error{Code: ECONFLICT, Field: "id", Message: fmt.Sprintf(
			"%s was merged into %s, which was merged into %s since: unmerge %s first", rec.Drop, rec.Keep, to, rec.Keep)}
	}
	if resolved[rec.Drop] != rec.Keep {
		return nil, fmt.Errorf("merge record of %s: it resolves to %s, not %s", rec.Drop, resolved[rec.Drop], rec.Keep)
	}
	now := func(id string) string { return cmp.Or(resolved[id], id) }
	back := func(id string) string {
		if id == rec.Drop {
			return id
		}
		return now(id)
	}
	relID := func(r *Relation, ends func(string) string) string {
		return RelationID(ends(r.From), r.Type, ends(r.To))
	}
	piece := func(ev Evidence, ends func(string) string) Evidence {
		if ev.At != "" {
			ev.At = ends(ev.At)
		}
		return ev
	}

	all, err := tx.Declarations([]string{rec.Keep})
	if err != nil {
		return nil, err
	}
	keepDecls := maps.Clone(all[rec.Keep])
	keep := MergeDeclarations(keepDecls)
	if keep == nil {
		return nil, &Error{Code: ECONFLICT, Field: "id", Message: fmt.Sprintf(
			"%s was merged into %s, which no longer exists: there is nothing to split it from", rec.Drop, rec.Keep)}
	}
	u := &unmerge{rec: rec, keepKind: keep.Kind, keepBefore: keep, relations: map[string]*Relation{}}
	u.planDeclarations(keepDecls)
	if MergeDeclarations(u.keepDecls) == nil {
		// Only what the merge brought declares the survivor now: taking it
		// back would delete the survivor with its relations.
		return nil, &Error{Code: ECONFLICT, Field: "id", Message: fmt.Sprintf(
			"only what %s brought still declares %s: upsert %s first, or leave the merge", rec.Drop, rec.Keep, rec.Keep)}
	}

	// Relations: read those the moved evidence went to, as they are now.
	var nowIDs []string
	for _, r := range rec.Moved {
		nowIDs = append(nowIDs, relID(r, now))
	}
	current, err := tx.Relations(nowIDs)
	if err != nil {
		return nil, err
	}
	// What the survivor's relations held before the merge stays with it.
	own := map[string][]Evidence{}
	for _, r := range rec.Joined {
		id := relID(r, now)
		for _, ev := range r.Evidence {
			own[id] = append(own[id], piece(ev, now))
		}
	}
	state := func(id string, like *Relation, ends func(string) string) *Relation {
		if r, ok := u.relations[id]; ok {
			return r
		}
		r := current[id].Clone()
		if r == nil {
			r = &Relation{ID: id, Type: like.Type, From: ends(like.From), To: ends(like.To), Visibility: like.Visibility}
		}
		u.relations[id] = r
		return r
	}
	// Each piece the merge moved that is still there goes back; it leaves
	// the survivor's relation unless that held it before the merge.
	type restore struct {
		id       string
		like     *Relation
		evidence []Evidence
	}
	var restores []restore
	leaving := map[string][]Evidence{}
	for _, r := range rec.Moved {
		id := relID(r, now)
		var restored []Evidence
		for _, ev := range r.Evidence {
			p := piece(ev, now)
			if cur := current[id]; cur == nil || !slices.Contains(cur.Evidence, p) {
				continue // retracted or reloaded away since: it stays away
			}
			restored = append(restored, piece(ev, back))
			if !slices.Contains(own[id], p) {
				leaving[id] = append(leaving[id], p)
			}
		}
		if len(restored) > 0 {
			restores = append(restores, restore{relID(r, back), r, restored})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(leaving)) {
		r := state(id, nil, now)
		r.Evidence = slices.DeleteFunc(r.Evidence, func(e Evidence) bool { return slices.Contains(leaving[id], e) })
	}
	for _, r := range restores {
		at := state(r.id, r.like, back)
		at.Evidence = append(at.Evidence, r.evidence...)
		u.restoredRelations++
	}

	// A moved relation retracted since (gone, and marked) stays retracted
	// in the dropped entity's form too, so that reloading its report does
	// not bring it back.
	for _, r := range rec.Moved {
		if current[relID(r, now)] != nil {
			continue
		}
		retracted, err := tx.Retracted(relID(r, now))
		if err != nil {
			return nil, err
		}
		if retracted {
			u.retract = append(u.retract, relID(r, back))
		}
	}
	// Retractions go back to the dropped entity's form; keep's form is
	// lifted only where the merge set it.
	for _, rid := range rec.Retractions {
		from, t, to, ok := SplitRelationID(rid)
		if !ok {
			continue
		}
		u.retract = append(u.retract, RelationID(back(from), t, back(to)))
	}
	for _, rid := range rec.NewRetractions {
		from, t, to, ok := SplitRelationID(rid)
		if !ok {
			continue
		}
		id := RelationID(now(from), t, now(to))
		retracted, err := tx.Retracted(id)
		if err != nil {
			return nil, err
		}
		if retracted && !slices.Contains(u.retract, id) {
			u.unretract = append(u.unretract, id)
		}
	}
	return u, nil
}

// planDeclarations works out the declarations of both entities: the
// dropped one gets back those it had, with the reports' declarations the
// merge gave the survivor (as they are now, for a report loaded since);
// the survivor gets back its editor's declaration when no one edited it
// since, and otherwise loses the names the merge added to its aliases.
func (u *unmerge) planDeclarations(keepDecls map[string]Declaration) {
	rec := u.rec
	drop := cloneDeclarations(rec.DropDecls)
	for _, src := range rec.Folded {
		if d, ok := keepDecls[src]; ok {
			e := d.Entity.Clone()
			e.ID = rec.Drop
			drop[src] = Declaration{Seq: d.Seq, Entity: e}
			delete(keepDecls, src)
		}
	}
	had := map[string]bool{}
	for _, n := range rec.KeepNames {
		had[Normalize(n)] = true
	}
	var dropNames []string
	if d := MergeDeclarations(rec.DropDecls); d != nil {
		dropNames = d.Names()
	}
	strip := func(d Declaration) Declaration {
		e := d.Entity.Clone()
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool {
			n := Normalize(a)
			return !had[n] && slices.ContainsFunc(dropNames, func(dn string) bool { return Normalize(dn) == n })
		})
		return Declaration{Seq: d.Seq, Entity: e}
	}
	if e, ok := keepDecls[EditKey]; ok {
		switch {
		case e.Seq == rec.Seq && rec.KeepEdit != nil:
			keepDecls[EditKey] = cloneDeclarations(map[string]Declaration{EditKey: *rec.KeepEdit})[EditKey]
		case e.Seq == rec.Seq:
			delete(keepDecls, EditKey)
		default: // edited since: keep the edit, without what the merge added
			e = strip(e)
			if d := MergeDeclarations(rec.DropDecls); rec.KeepDescription == "" && d != nil && e.Entity.Description == d.Description {
				e.Entity.Description = ""
			}
			keepDecls[EditKey] = e
		}
	}
	for src := range rec.DropDecls {
		if d, ok := keepDecls[src]; ok && src != EditKey {
			keepDecls[src] = strip(d)
		}
	}
	u.dropDecls, u.keepDecls = drop, keepDecls
}

// write makes the unmerge's writes, after all its reads.
func (u *unmerge) write(tx EditTx) error {
	rec := u.rec
	for _, id := range u.unretract {
		if err := tx.SetRetracted(id, false); err != nil {
			return err
		}
	}
	for _, id := range u.retract {
		if err := tx.SetRetracted(id, true); err != nil {
			return err
		}
	}
	if err := tx.Unredirect(rec.Drop); err != nil {
		return err
	}
	for _, id := range rec.Redirected {
		if err := tx.Redirect(id, rec.Drop); err != nil {
			return err
		}
	}
	if err := tx.PutEntity(rec.Drop, u.keepKind, u.dropDecls); err != nil {
		return err
	}
	if err := tx.PutEntity(rec.Keep, u.keepKind, u.keepDecls); err != nil {
		return err
	}
	for _, id := range slices.Sorted(maps.Keys(u.relations)) {
		r := u.relations[id]
		if len(r.Evidence) == 0 {
			if err := tx.DeleteRelation(id); err != nil {
				return err
			}
			continue
		}
		r.Derive()
		if err := tx.PutRelation(r); err != nil {
			return err
		}
	}
	return tx.DeleteMerge(rec.Drop)
}

// foldDeclarations returns keep's declarations with drop's folded in: each
// report that declared drop and not keep now declares keep (so that keep
// lists it, and a reload of it replaces that declaration), and an editor's
// declaration pins keep's name and description, with every name of both as
// aliases, so that drop's declarations never rename keep.
func foldDeclarations(seq int64, keepDecls, dropDecls map[string]Declaration, keep, drop *Entity) map[string]Declaration {
	out := maps.Clone(keepDecls)
	if out == nil {
		out = map[string]Declaration{}
	}
	for src, d := range dropDecls {
		if _, ok := out[src]; !ok && src != EditKey {
			e := d.Entity.Clone()
			e.ID, e.Kind = keep.ID, keep.Kind
			out[src] = Declaration{Seq: d.Seq, Entity: e}
		}
	}
	out[EditKey] = Declaration{Seq: seq, Entity: &Entity{
		ID: keep.ID, Kind: keep.Kind, Name: keep.Name,
		Aliases:     append(slices.Clone(keep.Aliases), drop.Names()...),
		Description: cmp.Or(keep.Description, drop.Description),
		Visibility:  joinVisibility(keep.Visibility, drop.Visibility),
	}}
	return out
}

func cloneDeclarations(decls map[string]Declaration) map[string]Declaration {
	out := make(map[string]Declaration, len(decls))
	for k, d := range decls {
		out[k] = Declaration{Seq: d.Seq, Entity: d.Entity.Clone()}
	}
	return out
}

// joinVisibility is the visibility of what two things become together:
// restricted if either was, so that a merge never makes anything public.
func joinVisibility(a, b Visibility) Visibility {
	if a.Restricted() || b.Restricted() {
		return VisibilityRestricted
	}
	return ""
}

// swapID returns to for from, and id otherwise.
func swapID(id, from, to string) string {
	if id == from {
		return to
	}
	return id
}

// swapRelationID returns the id of relation id with entity from replaced
// by to at either end.
func swapRelationID(id, from, to string) (string, bool) {
	a, t, b, ok := SplitRelationID(id)
	if !ok {
		return "", false
	}
	return RelationID(swapID(a, from, to), t, swapID(b, from, to)), true
}
