package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport replaces what the report said before with what g says now, in
// one write transaction: it reads the declarations and relations the
// report touches, derives their new state with the same functions as the
// embedded store (rightsgraph.MergeDeclarations, rightsgraph.Restate), and
// writes the changes in UNWIND batches. g is read as editors left the
// graph: through their merges, without the relations they retracted, and
// keeping (and, for a new text, relocating) the evidence they gave. The
// load ends with its audit entry. The transaction function reads before it
// writes and writes with MERGE on stable ids, so the driver may retry it,
// and replaying a load that did commit changes nothing but the audit log.
func (s *Store) LoadReport(ctx context.Context, g *rightsgraph.ReportGraph) error {
	if err := g.Validate(); err != nil {
		return err
	}
	if err := s.ensureSchema(ctx); err != nil {
		return err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, loadReport(ctx, tx, g)
	})
	return mapError(err)
}

func loadReport(ctx context.Context, tx neo4j.ManagedTransaction, g *rightsgraph.ReportGraph) error {
	rid := g.Report.ID
	seq, err := single[int64](ctx, tx, qNextSeq, nil, "seq")
	if err != nil {
		return err
	}

	// The report as it was, and what it stated when last loaded.
	recs, err := run(ctx, tx, qReportStatements, map[string]any{"id": rid})
	if err != nil {
		return err
	}
	var before *rightsgraph.Entity
	var oldDeclared, oldStated []string
	if len(recs) == 1 {
		if before, err = entityFrom(recs[0]); err != nil {
			return err
		}
		ids, _ := recs[0].Get("declaredIds")
		rels, _ := recs[0].Get("relationIds")
		oldDeclared, oldStated = strs(ids), strs(rels)
	}

	// What editors did holds: the report's ids, then and now, read through
	// the merges since (so that what it stated of a merged entity is
	// replaced where it went), and retracted relations stay out.
	ids := append(g.EntityIDs(), oldDeclared...)
	for _, id := range oldStated {
		from, _, to, err := splitRelationID(id)
		if err != nil {
			return err
		}
		ids = append(ids, from, to)
	}
	resolve, err := resolveIDs(ctx, tx, ids)
	if err != nil {
		return err
	}
	// A relation retracted before a merge changed its id stays out too.
	var relIDs []string
	for _, r := range g.Relations {
		relIDs = append(relIDs, r.ID, rightsgraph.RelationID(resolve[r.From], r.Type, resolve[r.To]))
	}
	retracted, err := readRetracted(ctx, tx, relIDs)
	if err != nil {
		return err
	}
	g = g.WithoutRetracted(retracted).Redirect(resolve).WithoutRetracted(retracted)

	// What the report stated before, and what it states now.
	declared := map[string]*rightsgraph.Entity{rid: nil}
	for _, id := range oldDeclared {
		declared[resolve[id]] = nil
	}
	stated := map[string]*rightsgraph.Relation{}
	for _, id := range oldStated {
		from, t, to, _ := splitRelationID(id)
		stated[rightsgraph.RelationID(resolve[from], t, resolve[to])] = nil
	}
	for _, e := range append([]*rightsgraph.Entity{g.Report}, g.Entities...) {
		declared[e.ID] = e
	}
	for _, r := range g.Relations {
		stated[r.ID] = r
	}

	// A new text moves what editors quoted from the report: find each
	// quote again (or refuse the load), and restate those relations too.
	relocated := map[string]*rightsgraph.Relation{}
	if before != nil && before.Text != g.Report.Text {
		recs, err := run(ctx, tx, qEditorEvidenceOf, map[string]any{"id": rid})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			r, err := relationFrom(rec)
			if err != nil {
				return err
			}
			if relocated[r.ID], err = rightsgraph.RelocateEditorEvidence(r, rid, g.Report.Text); err != nil {
				return err
			}
			if _, ok := stated[r.ID]; !ok {
				stated[r.ID] = nil
			}
		}
	}

	// Entities: merge the declarations anew.
	decls, err := readDeclarations(ctx, tx, slices.Sorted(maps.Keys(declared)))
	if err != nil {
		return err
	}
	var gone []string
	upserts := map[rightsgraph.Kind][]map[string]any{}
	for id, e := range declared {
		d := decls[id]
		if d == nil {
			d = map[string]rightsgraph.Declaration{}
		}
		if e == nil {
			delete(d, rid)
		} else {
			d[rid] = rightsgraph.Declaration{Seq: seq, Entity: e}
		}
		merged := rightsgraph.MergeDeclarations(d)
		if merged == nil {
			gone = append(gone, id)
			continue
		}
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		var declaredIDs, relationIDs []string
		if id == rid {
			for _, e := range g.Entities {
				declaredIDs = append(declaredIDs, e.ID)
			}
			for _, r := range g.Relations {
				relationIDs = append(relationIDs, r.ID)
			}
		}
		upserts[merged.Kind] = append(upserts[merged.Kind], map[string]any{
			"id": id, "props": entityProps(merged, string(b), declaredIDs, relationIDs),
		})
	}

	// Relations: restate each with the report's new evidence.
	old, err := readRelations(ctx, tx, slices.Sorted(maps.Keys(stated)))
	if err != nil {
		return err
	}
	deletes := map[rightsgraph.RelType][]map[string]any{}
	writes := map[rightsgraph.RelType][]map[string]any{}
	kept := map[string]bool{} // by id, whether a restated relation stays
	for id, in := range stated {
		from, t, to, err := splitRelationID(id)
		if err != nil {
			return err
		}
		row := map[string]any{"from": from, "to": to}
		base := old[id]
		if r, ok := relocated[id]; ok {
			base = r
		}
		r := rightsgraph.Restate(base, rid, in)
		switch kept[id] = r != nil; {
		case r == nil && base != nil:
			deletes[t] = append(deletes[t], row)
		case r != nil:
			row["props"] = relationProps(r)
			writes[t] = append(writes[t], row)
		}
	}

	// An entity that goes may take with it only relations that go too: one
	// that stays has an editor's evidence (any other report that states it
	// declares both ends), which a load may not silently drop.
	if len(gone) > 0 {
		recs, err := run(ctx, tx, qRelationsTouching, map[string]any{"ids": gone})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			entity, _ := rec.Get("entity")
			id, _ := rec.Get("id")
			if stays, restated := kept[str(id)]; stays || !restated {
				return rightsgraph.Errorf(rightsgraph.ECONFLICT,
					"%s no longer declares %s, which an editor's relation %s joins: retract that relation first",
					rid, str(entity), str(id))
			}
		}
	}

	// Write: relations first gone, then entities, then relations anew.
	for _, t := range rightsgraph.RelTypes() {
		if rows := deletes[t]; len(rows) > 0 {
			if _, err := run(ctx, tx, fmt.Sprintf(qDeleteRelationsOfType, t), map[string]any{"rows": rows}); err != nil {
				return err
			}
		}
	}
	if len(gone) > 0 {
		if _, err := run(ctx, tx, qDeleteEntities, map[string]any{"ids": gone}); err != nil {
			return err
		}
	}
	for _, k := range rightsgraph.Kinds {
		if rows := upserts[k]; len(rows) > 0 {
			if _, err := run(ctx, tx, fmt.Sprintf(qUpsertEntitiesOfKind, k.Label()), map[string]any{"rows": rows}); err != nil {
				return err
			}
		}
	}
	for _, t := range rightsgraph.RelTypes() {
		if rows := writes[t]; len(rows) > 0 {
			if _, err := run(ctx, tx, fmt.Sprintf(qUpsertRelationsOfType, t), map[string]any{"rows": rows}); err != nil {
				return err
			}
		}
	}
	return writeAudit(ctx, tx, rightsgraph.LoadAuditEntry(ctx, seq, before, g))
}

// readDeclarations returns the declarations of the entities among ids that
// exist, by entity id and then report id.
func readDeclarations(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]map[string]rightsgraph.Declaration, error) {
	recs, err := run(ctx, tx, qDeclarations, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]rightsgraph.Declaration{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		raw, _ := rec.Get("declarations")
		var d map[string]rightsgraph.Declaration
		if err := json.Unmarshal([]byte(str(raw)), &d); err != nil {
			return nil, fmt.Errorf("entity %q: declarations: %w", str(id), err)
		}
		out[str(id)] = d
	}
	return out, nil
}

// readRelations returns the relations among ids that exist, one query per
// type: the type is part of the id, and Cypher needs it spelled out.
func readRelations(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*rightsgraph.Relation, error) {
	byType := map[rightsgraph.RelType][]map[string]any{}
	for _, id := range ids {
		from, t, to, err := splitRelationID(id)
		if err != nil {
			return nil, err
		}
		byType[t] = append(byType[t], map[string]any{"from": from, "to": to})
	}
	out := map[string]*rightsgraph.Relation{}
	for _, t := range rightsgraph.RelTypes() {
		rows := byType[t]
		if len(rows) == 0 {
			continue
		}
		recs, err := run(ctx, tx, fmt.Sprintf(qRelationsOfType, t), map[string]any{"rows": rows})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			r, err := relationFrom(rec)
			if err != nil {
				return nil, err
			}
			out[r.ID] = r
		}
	}
	return out, nil
}

// splitRelationID takes a relation id apart (see rightsgraph.RelationID),
// checking the type against the known ones before it goes into Cypher.
func splitRelationID(id string) (from string, t rightsgraph.RelType, to string, err error) {
	from, t, to, ok := rightsgraph.SplitRelationID(id)
	if !ok {
		return "", "", "", fmt.Errorf("malformed relation id %q", id)
	}
	return from, t, to, nil
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func single[T neo4j.RecordValue](ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, key string) (T, error) {
	var zero T
	recs, err := run(ctx, tx, cypher, params)
	if err != nil {
		return zero, err
	}
	if len(recs) != 1 {
		return zero, fmt.Errorf("%d records, want 1", len(recs))
	}
	v, _, err := neo4j.GetRecordValue[T](recs[0], key)
	return v, err
}
