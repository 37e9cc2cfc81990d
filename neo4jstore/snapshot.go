package neo4jstore

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// Neo4j transactions read committed data, not a snapshot: two queries of
// one transaction may see two states, and reading the revision before and
// after is no proof of one state either (the conformance suite caught
// relations of an entity the same read lacked, at an unchanged revision,
// while a change was being committed). A snapshot is therefore read while
// holding the write lock of the meta node, which every change takes first
// (see qNextSeq): a change committing finishes before the read starts, and
// the next waits until it ends. The lock is held only while the graph is
// read into memory, never while it is written out to a client.
const qLockChanges = `MERGE (m:RightsgraphMeta {id: 'meta'})
SET m.snapshotLock = true
RETURN coalesce(m.seq, 0) AS seq`

// errReadOnly rolls back the transaction of a snapshot, which wrote only
// to take the lock.
var errReadOnly = errors.New("a snapshot writes nothing")

// Snapshot reads the whole graph at one revision.
func (s *Store) Snapshot(ctx context.Context) (*rightsgraph.Snapshot, error) {
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	var snap *rightsgraph.Snapshot
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		seq, err := single[int64](ctx, tx, qLockChanges, nil, "seq")
		if err != nil {
			return struct{}{}, err
		}
		if snap, err = readGraph(ctx, tx, seq); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, errReadOnly
	}, s.txConfig()...)
	if !errors.Is(err, errReadOnly) {
		return nil, mapError(err)
	}
	return snap, nil
}

// readGraph reads every entity and relation in one transaction.
func readGraph(ctx context.Context, tx neo4j.ManagedTransaction, revision int64) (*rightsgraph.Snapshot, error) {
	recs, err := run(ctx, tx, qEachEntity, nil)
	if err != nil {
		return nil, err
	}
	entities := make([]*rightsgraph.Entity, len(recs))
	for i, rec := range recs {
		if entities[i], err = entityFrom(rec); err != nil {
			return nil, err
		}
	}
	recs, err = run(ctx, tx, qEachRelation, nil)
	if err != nil {
		return nil, err
	}
	relations := make([]*rightsgraph.Relation, len(recs))
	for i, rec := range recs {
		if relations[i], err = relationFrom(rec); err != nil {
			return nil, err
		}
	}
	return rightsgraph.NewSnapshot(revision, entities, relations), nil
}
