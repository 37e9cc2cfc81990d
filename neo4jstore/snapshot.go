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

// Snapshot reads the whole graph at one revision. It is bounded by ctx,
// not by the per-query time limit (TxTimeout): the background analysis
// reads the whole graph, which at hundreds of thousands of relations takes
// longer than any one request may.
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
	})
	if !errors.Is(err, errReadOnly) {
		return nil, mapError(err)
	}
	return snap, nil
}

// readGraph reads every entity and relation in one transaction, as the
// rows arrive, in no order: NewSnapshot sorts them, where an ORDER BY
// would make Neo4j hold every row in its heap first.
func readGraph(ctx context.Context, tx neo4j.ManagedTransaction, revision int64) (*rightsgraph.Snapshot, error) {
	var entities []*rightsgraph.Entity
	err := each(ctx, tx, qAllEntities, func(rec *neo4j.Record) error {
		e, err := entityFrom(rec)
		entities = append(entities, e)
		return err
	})
	if err != nil {
		return nil, err
	}
	var relations []*rightsgraph.Relation
	err = each(ctx, tx, qAllRelations, func(rec *neo4j.Record) error {
		r, err := relationFrom(rec)
		relations = append(relations, r)
		return err
	})
	if err != nil {
		return nil, err
	}
	return rightsgraph.NewSnapshot(revision, entities, relations), nil
}

// each runs a query in tx and hands each record to fn as it arrives.
func each(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, fn func(*neo4j.Record) error) error {
	res, err := tx.Run(ctx, cypher, nil)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}
