package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// The Cypher of editTx beside that of loads (queries.go).
const (
	// qRelationsOf reads the relations of an entity: those that touch it,
	// and, for a congress, those with evidence placed at it (only a
	// congress can be Evidence.At, and finding those scans every
	// relationship).
	qRelationsOf = `MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WHERE ` + liveRel + `
  RETURN r
  UNION
  WITH n WHERE n.kind = $congress
  MATCH ()-[r]->()
  WHERE n.id IN r.evAts AND ` + liveRel + `
  RETURN r
}
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN ` + relationColumns + `
ORDER BY r.id`

	qRetract = `MERGE (:Retraction {id: $id})`

	qUnretract = `MATCH (x:Retraction {id: $id}) DELETE x`

	// qRedirect points from at to; qRepoint then points the ids that
	// pointed at from at to, so that redirects never chain.
	qRedirect = `MERGE (x:Redirect {id: $from}) SET x.to = $to`

	qRepoint = `MATCH (x:Redirect {to: $from}) SET x.to = $to`

	qUnredirect = `MATCH (x:Redirect {id: $id}) DELETE x`

	qRedirectedTo = `MATCH (x:Redirect {to: $id}) WHERE x.id <> $id RETURN x.id AS id ORDER BY x.id`

	// A merge's record is kept, as JSON, by its dropped id until undone.
	qMergeRecord = `MATCH (x:MergeRecord {drop: $drop}) RETURN x.record AS record`

	qPutMerge = `MERGE (x:MergeRecord {drop: $drop}) SET x.keep = $keep, x.seq = $seq, x.record = $record`

	qDeleteMerge = `MATCH (x:MergeRecord {drop: $drop}) DELETE x`

	// qNoteDeclared and qNoteStated keep a report's declaredIds and
	// relationIds a superset of the entities it declares and the
	// relations it gives evidence for, which a reload of the report
	// replaces. An edit can put a report's declaration or evidence where
	// the report's last load did not (an unmerge gives it back to the
	// entity it came from), and the reload must find it there.
	//
	// Each report's list is rewritten once per batch, through a
	// DISTINCT that hashes: adding ids one by one, each checked with IN,
	// would cost the square of a large report's size. A list that holds
	// them all already is not rewritten: a load restates entities that
	// many reports declare, and rewriting each of their lists would cost
	// a transaction memory that grows with the number of reports.
	qNoteDeclared = `UNWIND $rows AS row
UNWIND row.reports AS rid
WITH rid, collect(row.id) AS ids
MATCH (r:Entity {id: rid})
WHERE r.declaredIds IS NOT NULL
CALL (r, ids) {
  UNWIND r.declaredIds + ids AS id
  RETURN collect(DISTINCT id) AS merged
}
CALL (r) {
  UNWIND r.declaredIds AS id
  RETURN count(DISTINCT id) AS had
}
WITH r, merged WHERE size(merged) > had
SET r.declaredIds = merged`

	qNoteStated = `UNWIND $rows AS row
UNWIND row.reports AS rid
WITH rid, collect(row.id) AS ids
MATCH (r:Entity {id: rid})
WHERE r.relationIds IS NOT NULL
CALL (r, ids) {
  UNWIND r.relationIds + ids AS id
  RETURN collect(DISTINCT id) AS merged
}
CALL (r) {
  UNWIND r.relationIds AS id
  RETURN count(DISTINCT id) AS had
}
WITH r, merged WHERE size(merged) > had
SET r.relationIds = merged`

	// qReportStatementIDs reads what a report declared and stated when
	// last loaded, as the load wrote it (qSetReportStatements) and edits
	// added to it since.
	qReportStatementIDs = `MATCH (n:Entity {id: $id})
RETURN coalesce(n.declaredIds, []) AS declaredIds, coalesce(n.relationIds, []) AS relationIds`

	qSetReportStatements = `MATCH (n:Entity {id: $id})
SET n.declaredIds = $declared, n.relationIds = $stated`
)

// errNothingWritten rolls back an edit that changed nothing.
var errNothingWritten = errors.New("the edit wrote nothing")

// Edit runs fn in one managed write transaction. The driver retries fn on
// transient failures after rolling back, which the editing functions allow:
// they act only through tx. Errors of fn reach the caller as they are. An
// edit that writes nothing is rolled back, so that it spends no sequence
// number and Revision stays.
func (s *Store) Edit(ctx context.Context, fn func(tx rightsgraph.EditTx) error) error {
	return s.edit(ctx, false, fn)
}

// edit is Edit, staged or not (see stage.go). A staged edit's attempt
// first cleans what earlier loads left (it holds the change lock: no other
// load is staging), so that a retried attempt starts clean; once it ends,
// the load is finished or its staging deleted.
func (s *Store) edit(ctx context.Context, staged bool, fn func(tx rightsgraph.EditTx) error) error {
	if err := s.ensureSchema(ctx); err != nil {
		return err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	var config []func(*neo4j.TransactionConfig)
	if staged {
		config = append(config, neo4j.WithTxTimeout(stagedTxTimeout))
	}
	var st *stager
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		// The sequence number first: incrementing it takes the meta
		// node's write lock, which serialises changes (see qNextSeq).
		seq, err := single[int64](ctx, tx, qNextSeq, nil, "seq")
		if err != nil {
			return struct{}{}, err
		}
		etx := &editTx{ctx: ctx, tx: tx, seq: seq}
		if staged {
			if err := s.cleanStaging(ctx, tx); err != nil {
				return struct{}{}, err
			}
			if st, err = newStager(s); err != nil {
				return struct{}{}, err
			}
			etx.stage = st
		}
		if err := fn(etx); err != nil {
			return struct{}{}, err
		}
		if !etx.wrote {
			return struct{}{}, errNothingWritten
		}
		if st != nil {
			return struct{}{}, st.swap(etx)
		}
		return struct{}{}, nil
	}, config...)
	if st != nil {
		// Whatever the outcome (a commit whose outcome is unknown may
		// have made the load live: afterLoad asks). Should this fail, the
		// marks left change nothing readers see, and the next staged load
		// or start finishes them (cleanStaging).
		_ = st.afterLoad(context.WithoutCancel(ctx))
	}
	if errors.Is(err, errNothingWritten) {
		return nil
	}
	return mapError(err)
}

// editTx is a rightsgraph.EditTx over a managed transaction. Its reads see
// its own writes (Neo4j's do), which the interface allows.
type editTx struct {
	ctx   context.Context
	tx    neo4j.ManagedTransaction
	seq   int64
	wrote bool    // the sequence number aside: its increment alone is rolled back
	stage *stager // a staged load's, which holds back the transaction's writes until its swap
}

var _ rightsgraph.EditTx = (*editTx)(nil)

// write runs one of the change's writes, or, in a staged load, holds it
// back until the swap: the staging transactions must meet no lock of this
// one, and the report's node may be staged until then.
func (t *editTx) write(cypher string, params map[string]any) error {
	t.wrote = true
	if t.stage != nil {
		t.stage.deferred = append(t.stage.deferred, func() error {
			_, err := run(t.ctx, t.tx, cypher, params)
			return err
		})
		return nil
	}
	_, err := run(t.ctx, t.tx, cypher, params)
	return err
}

// batchRows is how many rows one UNWIND of a change writes: a large load
// is many such statements in its one transaction, so that no statement's
// parameters and plan state grow with the report (set by measurement,
// see the loading figures in the README).
var batchRows = 2000

// writeBatches runs a write once per batchRows of rows, passed as the
// parameter key.
func writeBatches[T any](t *editTx, cypher, key string, rows []T) error {
	for start := 0; start < len(rows); start += batchRows {
		if err := t.write(cypher, map[string]any{key: rows[start:min(start+batchRows, len(rows))]}); err != nil {
			return err
		}
	}
	return nil
}

// Seq is the number Edit took when the change began.
func (t *editTx) Seq() int64 { return t.seq }

// Resolve maps ids through the Redirect nodes.
func (t *editTx) Resolve(ids []string) (map[string]string, error) {
	return resolveIDs(t.ctx, t.tx, ids)
}

// Declarations reads the declarations of the entities among ids.
func (t *editTx) Declarations(ids []string) (map[string]map[string]rightsgraph.Declaration, error) {
	return readDeclarations(t.ctx, t.tx, ids)
}

// Relations reads the relations among ids.
func (t *editTx) Relations(ids []string) (map[string]*rightsgraph.Relation, error) {
	return readRelations(t.ctx, t.tx, ids)
}

// RelationsOf reads the relations that touch entity id or are placed at it.
func (t *editTx) RelationsOf(id string) ([]*rightsgraph.Relation, error) {
	recs, err := run(t.ctx, t.tx, qRelationsOf, map[string]any{"id": id, "congress": string(rightsgraph.KindCongress)})
	if err != nil {
		return nil, err
	}
	return relationsFrom(recs)
}

// Retracted reports whether a Retraction node names the relation id.
func (t *editTx) Retracted(id string) (bool, error) {
	retracted, err := readRetracted(t.ctx, t.tx, []string{id})
	return retracted[id], err
}

// Retractions lists the retracted relation ids with an end at entity id.
func (t *editTx) Retractions(id string) ([]string, error) {
	recs, err := run(t.ctx, t.tx, qRetractionsOf, map[string]any{"prefix": id + "|", "suffix": "|" + id})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("id")
		out = append(out, str(v))
	}
	return out, nil
}

// PutEntity writes the entity merged from decls, with its declarations, or
// deletes it (and its relationships) when there are none.
func (t *editTx) PutEntity(id string, kind rightsgraph.Kind, decls map[string]rightsgraph.Declaration) error {
	return t.PutEntities([]rightsgraph.EntityWrite{{ID: id, Kind: kind, Decls: decls}})
}

// PutEntities writes entities in one batch per kind, after deleting those
// left without declarations in one more.
func (t *editTx) PutEntities(es []rightsgraph.EntityWrite) error {
	var gone []string
	upserts := map[rightsgraph.Kind][]map[string]any{}
	var notes []map[string]any
	for _, w := range es {
		if !w.Kind.Valid() {
			return fmt.Errorf("entity %q: unknown kind %q", w.ID, w.Kind)
		}
		e := rightsgraph.MergeDeclarations(w.Decls)
		if e == nil {
			gone = append(gone, w.ID)
			continue
		}
		decls, err := encodeDeclarations(w.Decls)
		if err != nil {
			return err
		}
		props := entityProps(e, decls, nil, nil)
		// What a report stated is the load's to say (SetReportStatements).
		delete(props, "declaredIds")
		delete(props, "relationIds")
		upserts[w.Kind] = append(upserts[w.Kind], map[string]any{"id": w.ID, "props": props})
		reports := []string{}
		for src := range w.Decls {
			if src != rightsgraph.EditKey {
				reports = append(reports, src)
			}
		}
		notes = append(notes, map[string]any{"id": w.ID, "reports": reports})
	}
	if len(gone) > 0 {
		if err := writeBatches(t, qDeleteEntities, "ids", gone); err != nil {
			return err
		}
	}
	if t.stage != nil {
		var err error
		if upserts, err = t.stage.stageEntities(t, upserts); err != nil {
			return err
		}
	}
	for _, k := range rightsgraph.Kinds {
		if rows := upserts[k]; len(rows) > 0 {
			if err := writeBatches(t, fmt.Sprintf(qUpsertEntitiesOfKind, k.Label()), "rows", rows); err != nil {
				return err
			}
		}
	}
	if len(notes) == 0 {
		return nil
	}
	return writeBatches(t, qNoteDeclared, "rows", notes)
}

// PutRelation writes a relation over the one with its id.
func (t *editTx) PutRelation(r *rightsgraph.Relation) error {
	return t.PutRelations([]*rightsgraph.Relation{r})
}

// PutRelations writes relations in one batch per type.
func (t *editTx) PutRelations(rs []*rightsgraph.Relation) error {
	byType := map[rightsgraph.RelType][]map[string]any{}
	var notes []map[string]any
	for _, r := range rs {
		from, typ, to, err := splitRelationID(r.ID)
		if err != nil {
			return err
		}
		byType[typ] = append(byType[typ], map[string]any{"from": from, "to": to, "props": relationProps(r)})
		reports := []string{}
		for _, ev := range r.Evidence {
			if ev.Editor == "" && !slices.Contains(reports, ev.Report) {
				reports = append(reports, ev.Report)
			}
		}
		notes = append(notes, map[string]any{"id": r.ID, "reports": reports})
	}
	if t.stage != nil {
		if err := t.stage.stageRelations(t, byType); err != nil {
			return err
		}
	} else {
		for _, typ := range rightsgraph.RelTypes() {
			if rows := byType[typ]; len(rows) > 0 {
				if err := writeBatches(t, fmt.Sprintf(qUpsertRelationsOfType, typ), "rows", rows); err != nil {
					return err
				}
			}
		}
	}
	if len(notes) == 0 {
		return nil
	}
	return writeBatches(t, qNoteStated, "rows", notes)
}

// DeleteRelation deletes the relation id if it exists.
func (t *editTx) DeleteRelation(id string) error {
	return t.DeleteRelations([]string{id})
}

// DeleteRelations deletes relations in one batch per type.
func (t *editTx) DeleteRelations(ids []string) error {
	byType := map[rightsgraph.RelType][]map[string]any{}
	for _, id := range ids {
		from, typ, to, err := splitRelationID(id)
		if err != nil {
			return err
		}
		byType[typ] = append(byType[typ], map[string]any{"from": from, "to": to})
	}
	for _, typ := range rightsgraph.RelTypes() {
		if rows := byType[typ]; len(rows) > 0 {
			if err := writeBatches(t, fmt.Sprintf(qDeleteRelationsOfType, typ), "rows", rows); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetReportStatements replaces the report node's declaredIds and
// relationIds.
func (t *editTx) SetReportStatements(rid string, entities, relations []string) error {
	return t.write(qSetReportStatements, map[string]any{"id": rid, "declared": nonNil(entities), "stated": nonNil(relations)})
}

// ReportStatements reads the report node's declaredIds and relationIds.
func (t *editTx) ReportStatements(rid string) (entities, relations []string, err error) {
	recs, err := run(t.ctx, t.tx, qReportStatementIDs, map[string]any{"id": rid})
	if err != nil || len(recs) == 0 {
		return nil, nil, err
	}
	ids, _ := recs[0].Get("declaredIds")
	rels, _ := recs[0].Get("relationIds")
	return strs(ids), strs(rels), nil
}

// RetractedAmong reads the Retraction nodes among ids.
func (t *editTx) RetractedAmong(ids []string) (map[string]bool, error) {
	return readRetracted(t.ctx, t.tx, ids)
}

// EditorEvidenceFrom reads the relations with an editor's evidence from
// report rid.
func (t *editTx) EditorEvidenceFrom(rid string) ([]*rightsgraph.Relation, error) {
	recs, err := run(t.ctx, t.tx, qEditorEvidenceOf, map[string]any{"id": rid})
	if err != nil {
		return nil, err
	}
	return relationsFrom(recs)
}

// RelationIDsOf reads the ids of the relationships of entities.
func (t *editTx) RelationIDsOf(ids []string) (map[string][]string, error) {
	recs, err := run(t.ctx, t.tx, qRelationsTouching, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, rec := range recs {
		entity, _ := rec.Get("entity")
		id, _ := rec.Get("id")
		out[str(entity)] = append(out[str(entity)], str(id))
	}
	return out, nil
}

// Redirect makes from, and the ids that resolved to from, resolve to to.
func (t *editTx) Redirect(from, to string) error {
	params := map[string]any{"from": from, "to": to}
	if err := t.write(qRedirect, params); err != nil {
		return err
	}
	return t.write(qRepoint, params)
}

// Unredirect deletes the Redirect node of from.
func (t *editTx) Unredirect(from string) error {
	return t.write(qUnredirect, map[string]any{"id": from})
}

// RedirectedTo lists the ids whose Redirect node names id.
func (t *editTx) RedirectedTo(id string) ([]string, error) {
	recs, err := run(t.ctx, t.tx, qRedirectedTo, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("id")
		out = append(out, str(v))
	}
	return out, nil
}

// Merge reads the MergeRecord node of the merge that dropped id.
func (t *editTx) Merge(drop string) (*rightsgraph.MergeRecord, error) {
	recs, err := run(t.ctx, t.tx, qMergeRecord, map[string]any{"drop": drop})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	raw, _ := recs[0].Get("record")
	var m rightsgraph.MergeRecord
	if err := json.Unmarshal([]byte(str(raw)), &m); err != nil {
		return nil, fmt.Errorf("merge record of %q: %w", drop, err)
	}
	return &m, nil
}

// PutMerge writes the MergeRecord node of a merge.
func (t *editTx) PutMerge(m *rightsgraph.MergeRecord) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return t.write(qPutMerge, map[string]any{"drop": m.Drop, "keep": m.Keep, "seq": m.Seq, "record": string(b)})
}

// DeleteMerge deletes the MergeRecord node of the merge that dropped id.
func (t *editTx) DeleteMerge(drop string) error {
	return t.write(qDeleteMerge, map[string]any{"drop": drop})
}

// SetRetracted creates or deletes the Retraction node of relation id.
func (t *editTx) SetRetracted(id string, retracted bool) error {
	q := qUnretract
	if retracted {
		q = qRetract
	}
	return t.write(q, map[string]any{"id": id})
}

// Audit creates the change's AuditEntry node.
func (t *editTx) Audit(e rightsgraph.AuditEntry) error {
	t.wrote = true
	if t.stage != nil {
		t.stage.deferred = append(t.stage.deferred, func() error { return writeAudit(t.ctx, t.tx, e) })
		return nil
	}
	return writeAudit(t.ctx, t.tx, e)
}

// resolveIDs maps each of ids to the id it stands for now.
func resolveIDs(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]string, error) {
	recs, err := run(ctx, tx, qResolve, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(recs))
	for _, rec := range recs {
		id, _ := rec.Get("id")
		to, _ := rec.Get("to")
		out[str(id)] = str(to)
	}
	return out, nil
}

// readRetracted returns which of the relation ids editors retracted.
func readRetracted(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]bool, error) {
	recs, err := run(ctx, tx, qRetracted, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(recs))
	for _, rec := range recs {
		id, _ := rec.Get("id")
		out[str(id)] = true
	}
	return out, nil
}

// writeAudit creates an AuditEntry node. The time is kept as RFC 3339 in
// UTC with nanoseconds, which parses back to an equal time.Time (a
// DateTime would come back in a zone of the driver's making).
func writeAudit(ctx context.Context, tx neo4j.ManagedTransaction, e rightsgraph.AuditEntry) error {
	_, err := run(ctx, tx, qCreateAuditEntry, map[string]any{
		"seq": e.Seq, "at": e.At.UTC().Format(time.RFC3339Nano), "actor": e.Actor, "action": e.Action,
		"entities": nonNil(e.Entities), "summary": e.Summary, "before": e.Before, "after": e.After,
	})
	return err
}
