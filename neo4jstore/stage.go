package neo4jstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// A large report is loaded in three steps, so that Neo4j's memory stays
// bounded however large the report, and the load stays all or nothing:
//
//  1. staging: the load's transaction (which holds the change lock, see
//     qNextSeq) reads what it needs, and the entities and relationships
//     the report creates or rewrites are written in many small committed
//     transactions, marked with the load's id: a new entity is a node
//     labelled StagedEntity only (no Entity label, so no read, count or
//     index of the graph sees it); a relationship carries staged, and the
//     live relationship it rewrites (its twin) replacedBy;
//  2. the swap, in the load's transaction: staged nodes get their labels,
//     the load's id joins the meta node's loads, the load's other writes
//     (deletions, changes of existing entities, the report's statements,
//     the audit entry) run, and it commits. Every read of relationships
//     keeps to liveRel: a relationship staged by a load that is not in
//     loads is not there yet, one replaced by a load in loads is gone. So
//     the commit switches the whole report at once, and costs Neo4j
//     memory for the report's new entities and the load's other writes,
//     not for its relationships;
//  3. afterwards, in small transactions again, the marks are removed and
//     the twins deleted (finishLoad), which changes nothing readers see.
//
// A failure before the commit deletes the load's staged items; a crash
// leaves them behind, unseen (their load is not in loads), until the next
// staged load or the next start, which also finish what a crash
// interrupted in step 3 (cleanStaging). Small loads and every other edit
// write in their one transaction, as before.

// stageAbove is the size (entities and relations of the report) from which
// a load is staged. Below it the one transaction costs Neo4j a few tens of
// MiB at most, and the staging's extra statements would only slow it.
var stageAbove = 5000

// stagedTxTimeout bounds the transaction of a staged load, which stays
// open, mostly idle, while the staging commits: longer than the server's
// default limit (db.transaction.timeout), which a client may raise for its
// transaction from Neo4j 5.3.
const stagedTxTimeout = time.Hour

// liveRel is the condition that keeps a read of relationships (named r) to
// the live graph: neither staged by a load that has not committed, nor
// replaced by one that has. A live relationship carries neither mark once
// its load is finished, so the subqueries run only for marked ones.
const liveRel = `((r.staged IS NULL OR r.staged IN ` + liveLoads + `)
  AND (r.replacedBy IS NULL OR NOT r.replacedBy IN ` + liveLoads + `))`

// liveLoads lists the staged loads that committed and are not finished yet.
const liveLoads = `COLLECT { MATCH (liveMeta:RightsgraphMeta {id: 'meta'}) UNWIND liveMeta.loads AS liveLoad RETURN liveLoad }`

const (
	// qStageEntities writes new entities as staged nodes. MERGE on the id
	// and a whole SET, so that a retried batch, or a node left by a
	// failed load, ends as this load's.
	qStageEntities = `UNWIND $rows AS row
MERGE (n:StagedEntity {id: row.id})
SET n = row.props, n.id = row.id, n.staged = $load`

	// qExistingEntities returns which of the ids are live entities.
	qExistingEntities = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id`

	// qSwapEntitiesOfKind (with the kind's label spliced in) makes a
	// load's staged entities of one kind live; finishLoads removes their
	// mark later, as removing it here would cost as much as writing them.
	qSwapEntitiesOfKind = `MATCH (n:StagedEntity)
WHERE n.staged = $load AND n.kind = $kind
SET n:Entity:%s
REMOVE n:StagedEntity
RETURN count(n) AS count`

	// qCountStagedOfType counts a load's staged relationships of a type.
	qCountStagedOfType = `MATCH ()-[r:%s]->()
WHERE r.staged = $load
RETURN count(r) AS count`

	// qGoLive makes the load's relationships live and their twins gone.
	qGoLive = `MATCH (m:RightsgraphMeta {id: 'meta'})
SET m.loads = coalesce(m.loads, []) + $load`

	// qLiveLoads reads the committed loads not finished yet; qForgetLoads
	// forgets them once finished, in the next staged load's transaction.
	qLiveLoads = `MATCH (m:RightsgraphMeta {id: 'meta'}) RETURN coalesce(m.loads, []) AS loads`

	qForgetLoads = `MATCH (m:RightsgraphMeta {id: 'meta'}) SET m.loads = [l IN m.loads WHERE NOT l IN $loads]`

	// qFinish… finish a committed load, and qDrop… delete the staging of
	// a load that did not commit (of every such load with %s true), each
	// in batches of their own transactions (CALL … IN TRANSACTIONS). The
	// conditions are spelled for the staged and replacedBy indexes.
	qFinishEntities = `MATCH (n:Entity)
WHERE n.staged = $load
CALL (n) { REMOVE n.staged } IN TRANSACTIONS OF 2000 ROWS`

	qFinishTwinsOfType = `MATCH ()-[r:%s]->()
WHERE r.replacedBy = $load
CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS`

	qDropStagedEntities = `MATCH (n:StagedEntity)
WHERE %s
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`

	qDropStagedRelationsOfType = `MATCH ()-[r:%s]->()
WHERE %s
CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS`
)

// The statements that mark relationships, or remove their marks, write
// their lean again in the same statement, after the mark (see
// relationLean): Cypher, spliced with the variable each names them by.
var (
	// qStageRelationsOfType (with the type spliced in) writes relations
	// as staged relationships, between live entities or this load's
	// staged ones (a missing end fails the batch: CREATE refuses a null
	// node), over one a retried batch wrote, and marks the live twin each
	// replaces. When the load begins no committed load is left unfinished
	// (cleanStaging), so a live relationship carries no staged mark. The
	// staged condition is spelled so that the planner expands from the
	// two ends rather than scan the staged index for every row (which
	// MERGE on {staged: $load} does).
	qStageRelationsOfType = `UNWIND $rows AS row
OPTIONAL MATCH (la:Entity {id: row.from})
OPTIONAL MATCH (sa:StagedEntity {id: row.from, staged: $load})
OPTIONAL MATCH (lb:Entity {id: row.to})
OPTIONAL MATCH (sb:StagedEntity {id: row.to, staged: $load})
WITH row, coalesce(la, sa) AS a, coalesce(lb, sb) AS b
OPTIONAL MATCH (a)-[r:%[1]s]->(b)
WHERE coalesce(r.staged, '') = $load
FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[n:%[1]s]->(b) SET n = row.props, n.staged = $load SET n.lean = ` + leanOfRel("n") + `)
SET r += row.props
SET r.lean = ` + leanOfRel("r") + `
WITH a, b
OPTIONAL MATCH (a)-[old:%[1]s]->(b)
WHERE old.staged IS NULL
SET old.replacedBy = $load
SET old.lean = ` + leanOfRel("old")

	// qFinishRelationsOfType and qDropTwinMarksOfType are of qFinish… and
	// qDrop… above.
	qFinishRelationsOfType = `MATCH ()-[r:%s]->()
WHERE r.staged = $load
CALL (r) { REMOVE r.staged SET r.lean = ` + leanOfRel("r") + ` } IN TRANSACTIONS OF 2000 ROWS`

	qDropTwinMarksOfType = `MATCH ()-[r:%s]->()
WHERE %s
CALL (r) { REMOVE r.replacedBy SET r.lean = ` + leanOfRel("r") + ` } IN TRANSACTIONS OF 2000 ROWS`
)

// stager is the staging of one load: its id, what it staged, and the
// writes of the load's own transaction, held back until the swap.
type stager struct {
	store    *Store
	load     string
	touched  bool                  // whether it wrote (perhaps only part of a failed batch)
	nodes    int                   // staged nodes
	rels     int                   // staged relationships
	types    []rightsgraph.RelType // of the staged relationships
	deferred []func() error
}

func newStager(s *Store) (*stager, error) {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	return &stager{store: s, load: hex.EncodeToString(b)}, nil
}

// write runs one staging statement in a transaction of its own, which the
// driver may retry: every staging statement is idempotent.
func (st *stager) write(ctx context.Context, cypher string, params map[string]any) error {
	st.touched = true
	params["load"] = st.load
	session := st.store.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: st.store.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := run(ctx, tx, cypher, params)
		return struct{}{}, err
	})
	return err
}

// stageHook, when set (by tests), runs after each staging transaction
// commits ("entities", "relations"), before the swap ("swap") and, once
// the load committed, before its marks are removed ("finish"); an error
// fails the load there (or, at "finish", leaves the marks).
var stageHook func(step string) error

// stageBatches stages rows, batchRows per transaction.
func stageBatches[T any](ctx context.Context, st *stager, step, cypher string, rows []T) error {
	for start := 0; start < len(rows); start += batchRows {
		if err := st.write(ctx, cypher, map[string]any{"rows": rows[start:min(start+batchRows, len(rows))]}); err != nil {
			return err
		}
		if stageHook != nil {
			if err := stageHook(step); err != nil {
				return err
			}
		}
	}
	return nil
}

// stageEntities stages the upserts (by kind) of entities that do not exist yet
// and returns the others, which the load's transaction writes.
func (st *stager) stageEntities(t *editTx, upserts map[rightsgraph.Kind][]map[string]any) (map[rightsgraph.Kind][]map[string]any, error) {
	var ids []string
	for _, rows := range upserts {
		for _, row := range rows {
			ids = append(ids, row["id"].(string))
		}
	}
	live := map[string]bool{}
	for start := 0; start < len(ids); start += batchRows {
		recs, err := run(t.ctx, t.tx, qExistingEntities, map[string]any{"ids": ids[start:min(start+batchRows, len(ids))]})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			id, _ := rec.Get("id")
			live[str(id)] = true
		}
	}
	existing := map[rightsgraph.Kind][]map[string]any{}
	var staged []map[string]any
	for _, k := range rightsgraph.Kinds {
		for _, row := range upserts[k] {
			if live[row["id"].(string)] {
				existing[k] = append(existing[k], row)
			} else {
				staged = append(staged, row)
			}
		}
	}
	if err := stageBatches(t.ctx, st, "entities", qStageEntities, staged); err != nil {
		return nil, err
	}
	st.nodes += len(staged)
	return existing, nil
}

// stageRelations stages the upserts of relations by type.
func (st *stager) stageRelations(t *editTx, byType map[rightsgraph.RelType][]map[string]any) error {
	for _, typ := range rightsgraph.RelTypes() {
		rows := byType[typ]
		if len(rows) == 0 {
			continue
		}
		if !slices.Contains(st.types, typ) {
			st.types = append(st.types, typ) // before the first batch: a failed one may have committed
		}
		if err := stageBatches(t.ctx, st, "relations", fmt.Sprintf(qStageRelationsOfType, typ), rows); err != nil {
			return err
		}
		st.rels += len(rows)
	}
	return nil
}

// swap makes the staged items live in the load's transaction, checks
// that they are all there, and then runs its held-back writes.
func (st *stager) swap(t *editTx) error {
	if stageHook != nil {
		if err := stageHook("swap"); err != nil {
			return err
		}
	}
	entities, rels := 0, 0
	params := map[string]any{"load": st.load}
	if st.nodes > 0 {
		for _, k := range rightsgraph.Kinds {
			params["kind"] = string(k)
			n, err := single[int64](t.ctx, t.tx, fmt.Sprintf(qSwapEntitiesOfKind, k.Label()), params, "count")
			if err != nil {
				return err
			}
			entities += int(n)
		}
	}
	if st.rels > 0 {
		for _, typ := range st.types {
			n, err := single[int64](t.ctx, t.tx, fmt.Sprintf(qCountStagedOfType, typ), params, "count")
			if err != nil {
				return err
			}
			rels += int(n)
		}
	}
	// Another process's start (cleanStaging) may have deleted staging
	// that this load wrote: never commit a part of a report.
	if entities != st.nodes || rels != st.rels {
		return fmt.Errorf("staged load %s: %d of %d entities and %d of %d relations found at the swap",
			st.load, entities, st.nodes, rels, st.rels)
	}
	if _, err := run(t.ctx, t.tx, qGoLive, params); err != nil {
		return err
	}
	held := st.deferred
	st.deferred = nil
	for _, w := range held {
		if err := w(); err != nil {
			return err
		}
	}
	return nil
}

// autoCommit runs statements with CALL … IN TRANSACTIONS, which need an
// auto-commit transaction (session.Run), with $load.
func (s *Store) autoCommit(ctx context.Context, load string, stmts []string) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	for _, q := range stmts {
		res, err := session.Run(ctx, q, map[string]any{"load": load})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// finishLoad removes the marks of a committed load and deletes the twins
// it replaced, of the relationship types given. Readers see the same graph
// before, during and after.
func (s *Store) finishLoad(ctx context.Context, load string, types []rightsgraph.RelType) error {
	stmts := []string{qFinishEntities}
	for _, t := range types {
		stmts = append(stmts, fmt.Sprintf(qFinishRelationsOfType, t), fmt.Sprintf(qFinishTwinsOfType, t))
	}
	if err := s.autoCommit(ctx, load, stmts); err != nil {
		return fmt.Errorf("finish staged load %s: %w", load, err)
	}
	return nil
}

// dropStaging deletes the staging of a load that did not commit, or of
// every such load when load is empty (only under the change lock, after
// finishing the loads that did), of the relationship types given.
func (s *Store) dropStaging(ctx context.Context, load string, types []rightsgraph.RelType) error {
	nodes, rels, twins := "n.staged = $load", "r.staged = $load", "r.replacedBy = $load"
	if load == "" {
		nodes, rels, twins = "true", "r.staged IS NOT NULL", "r.replacedBy IS NOT NULL"
	}
	stmts := []string{fmt.Sprintf(qDropStagedEntities, nodes)} // with their relationships
	for _, t := range types {
		stmts = append(stmts, fmt.Sprintf(qDropStagedRelationsOfType, t, rels), fmt.Sprintf(qDropTwinMarksOfType, t, twins))
	}
	if err := s.autoCommit(ctx, load, stmts); err != nil {
		return fmt.Errorf("drop staging: %w", err)
	}
	return nil
}

// cleanStaging, under the change lock held by tx (so that no load is
// staging or going live meanwhile), finishes the committed loads that are
// not finished and deletes every other staging, and forgets the finished
// loads in tx (so, at its commit).
func (s *Store) cleanStaging(ctx context.Context, tx neo4j.ManagedTransaction) error {
	recs, err := run(ctx, tx, qLiveLoads, nil)
	if err != nil {
		return err
	}
	var loads []string
	if len(recs) == 1 {
		v, _ := recs[0].Get("loads")
		loads = strs(v)
	}
	for _, load := range loads {
		if err := s.finishLoad(ctx, load, rightsgraph.RelTypes()); err != nil {
			return err
		}
	}
	left, err := s.stagingLeft(ctx)
	if err != nil {
		return err
	}
	if left {
		if err := s.dropStaging(ctx, "", rightsgraph.RelTypes()); err != nil {
			return err
		}
	}
	if len(loads) == 0 {
		return nil
	}
	_, err = run(ctx, tx, qForgetLoads, map[string]any{"loads": loads})
	return err
}

// afterLoad finishes a load that committed, or drops its staging if it did
// not. It is not under the change lock, and need not be: it touches only
// this load's marks. A failure leaves them for cleanStaging.
func (st *stager) afterLoad(ctx context.Context) error {
	s, load := st.store, st.load
	if !st.touched {
		return nil // a load that staged nothing
	}
	recs, err := s.read(ctx, qLiveLoads, nil)
	if err != nil {
		return err
	}
	if len(recs) == 1 {
		v, _ := recs[0].Get("loads")
		for _, l := range strs(v) {
			if l != load {
				continue
			}
			if stageHook != nil {
				if err := stageHook("finish"); err != nil {
					return err
				}
			}
			return s.finishLoad(ctx, load, st.types)
		}
	}
	return s.dropStaging(ctx, load, st.types)
}

// stagingLeft reports whether a load left staging behind, in one query
// that asks each index.
func (s *Store) stagingLeft(ctx context.Context) (bool, error) {
	q := "RETURN EXISTS { MATCH (n:StagedEntity) } OR EXISTS { MATCH (n:Entity) WHERE n.staged IS NOT NULL }"
	for _, t := range rightsgraph.RelTypes() {
		q += fmt.Sprintf("\n  OR EXISTS { MATCH ()-[r:%s]->() WHERE r.staged IS NOT NULL } OR EXISTS { MATCH ()-[r:%s]->() WHERE r.replacedBy IS NOT NULL }", t, t)
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, q+" AS left", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return false, err
	}
	left, _ := res.Records[0].Get("left")
	return left == true, nil
}

// recoverStaging finishes, at start, what a crashed load left (see
// cleanStaging). It holds the change lock while it does, so that it never
// deletes the staging of a load that another process is running (which
// holds the lock until its swap): it waits for that load to end instead.
func (s *Store) recoverStaging(ctx context.Context) error {
	left, err := s.stagingLeft(ctx)
	if err != nil || !left {
		return err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err = neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		if _, err := run(ctx, tx, qLockChanges, nil); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, s.cleanStaging(ctx, tx)
	})
	return err
}
