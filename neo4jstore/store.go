// Package neo4jstore is the Store over a Neo4j server, through the official
// Go driver: one driver per process, reads with ExecuteQuery routed to
// readers, each report's load one managed write transaction of UNWIND
// batches that is safe to replay; a large report's new items are staged
// in small transactions first and go live at that transaction's commit
// (stage.go), so that Neo4j's memory does not grow with the report.
//
// The graph maps onto Neo4j directly: an entity is a node labelled Entity
// and its kind's label (Person, Organisation…) with a unique id; a relation
// is a relationship of its type (LEADS, RAISED…) whose evidence is kept in
// parallel arrays (evReports, evQuotes, evStarts, evEnds, evRoles, evAts,
// evEditors), so that it round-trips exactly and stays queryable from
// Cypher.
//
// What editors did is kept beside the graph: a merged entity's id leaves a
// Redirect node naming its survivor and a MergeRecord node (until the
// merge is undone), a retracted relation a Retraction node, and every
// change an AuditEntry node. Every change, a load or an
// edit, first increments the meta node's sequence number, which
// serialises them (see qNextSeq).
package neo4jstore

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/rightsgraph/rightsgraph"
)

var _ rightsgraph.Store = (*Store)(nil)

// Config says how to reach Neo4j.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
	// TxTimeout bounds each read transaction on the server; 0 leaves the
	// server's own limit.
	TxTimeout time.Duration
}

// Store is the Neo4j Store.
type Store struct {
	driver    neo4j.DriverWithContext
	database  string
	txTimeout time.Duration

	schemaMu    sync.Mutex
	schemaReady atomic.Bool
	schemaRun   *schemaRun // the setup under way, if any (see ensureSchema)

	search searchCache // the names searches rank (see searchNames)
}

// Open returns a store over the Neo4j server at cfg.URI. It does not need
// the server to be up: the schema is created on first use, and every call
// made while the server is down fails with EUNAVAILABLE.
func Open(cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		// Fail fast when the server is down: callers see EUNAVAILABLE
		// within seconds rather than hanging on retries.
		c.SocketConnectTimeout = 2 * time.Second
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.MaxTransactionRetryTime = readRetryTime
	})
	if err != nil {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "NEO4J_URI %q: %v", cfg.URI, err)
	}
	return &Store{driver: driver, database: cfg.Database, txTimeout: cfg.TxTimeout}, nil
}

// Close closes the driver.
func (s *Store) Close() error { return s.driver.Close(context.Background()) }

// Ping checks that Neo4j answers a query and the schema is in place.
func (s *Store) Ping(ctx context.Context) error {
	if _, err := s.read(ctx, qPing, nil); err != nil {
		return err
	}
	return nil
}

// Revision is the count of changes (loads, and edits that wrote), kept in
// Neo4j, so that every process using the database sees the same revision.
func (s *Store) Revision(ctx context.Context) (int64, error) {
	recs, err := s.read(ctx, qRevision, nil)
	if err != nil {
		return 0, err
	}
	seq, _, err := neo4j.GetRecordValue[int64](recs[0], "seq")
	return seq, err
}

// read runs one read query and returns its records, after making sure the
// schema exists.
//
// It runs the query in an auto-commit transaction, one exchange with the
// server (the query and its records), where a managed transaction
// (ExecuteQuery) costs a second one to commit, and both sides the work of
// the begin and the commit: a read has nothing to commit, and every
// request of the API is one read. Auto-commit transactions are not
// retried by the driver, so read retries what the driver would have
// retried (a stale pooled connection, a leader change), within the same
// time (readRetryTime): a read is safe to repeat.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	start, wait := time.Now(), readRetryWait
	for {
		recs, err := s.readOnce(ctx, cypher, params)
		if err == nil || !neo4j.IsRetryable(err) || ctx.Err() != nil || time.Since(start)+wait > readRetryTime {
			return recs, mapError(err)
		}
		select {
		case <-ctx.Done():
			return nil, mapError(err)
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// readRetryTime bounds the retries of a read, as the driver's
// MaxTransactionRetryTime bounds those of a managed transaction (see
// Open); readRetryWait is the first wait between two tries, doubled at
// each.
const (
	readRetryTime = 5 * time.Second
	readRetryWait = 50 * time.Millisecond
)

// readOnce runs one read query in an auto-commit transaction, with the
// driver's bookmarks of ExecuteQuery, as the reads used before.
func (s *Store) readOnce(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
	defer session.Close(ctx)
	res, err := session.Run(ctx, cypher, params, s.txConfig()...)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// txConfig applies the read timeout, when there is one.
func (s *Store) txConfig() []func(*neo4j.TransactionConfig) {
	if s.txTimeout <= 0 {
		return nil
	}
	return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(s.txTimeout)}
}

// Entity returns one entity, or ENOTFOUND. The id of an entity merged
// into another reads as the survivor.
func (s *Store) Entity(ctx context.Context, id string) (*rightsgraph.Entity, error) {
	recs, err := s.read(ctx, qEntity, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no entity with id %q", id)
	}
	return entityFrom(recs[0])
}

// EntitiesByIDs returns the entities that exist among ids, by the id asked
// for: a merged id maps to its survivor.
func (s *Store) EntitiesByIDs(ctx context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
	recs, err := s.read(ctx, qEntitiesByIDs, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*rightsgraph.Entity, len(recs))
	for _, rec := range recs {
		e, err := entityFrom(rec)
		if err != nil {
			return nil, err
		}
		asked, _ := rec.Get("asked")
		out[str(asked)] = e
	}
	return out, nil
}

// RelationsByEntityIDs returns every relation of each of ids.
func (s *Store) RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
	recs, err := s.read(ctx, qRelationsByEntityIDs, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]*rightsgraph.Relation, len(ids))
	for _, id := range ids {
		out[id] = []*rightsgraph.Relation{}
	}
	seen := map[[2]string]bool{}
	for _, rec := range recs {
		entity, _ := rec.Get("entity")
		r, err := relationFrom(rec)
		if err != nil {
			return nil, err
		}
		key := [2]string{str(entity), r.ID}
		if seen[key] { // a relation from an entity to itself matches twice
			continue
		}
		seen[key] = true
		out[key[0]] = append(out[key[0]], r)
	}
	for id, rels := range out {
		rightsgraph.SortRelations(id, rels)
	}
	return out, nil
}

// Stats counts the graph.
func (s *Store) Stats(ctx context.Context) (*rightsgraph.Stats, error) {
	st := &rightsgraph.Stats{NodesByKind: map[rightsgraph.Kind]int{}, RelsByType: map[rightsgraph.RelType]int{}}
	recs, err := s.read(ctx, qCountEntities, nil)
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		kind, _ := rec.Get("kind")
		n, _ := rec.Get("count")
		st.NodesByKind[rightsgraph.Kind(str(kind))] = int(n.(int64))
		st.Nodes += int(n.(int64))
	}
	recs, err = s.read(ctx, qCountRelations, nil)
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		t, _ := rec.Get("type")
		n, _ := rec.Get("count")
		ev, _ := rec.Get("evidence")
		st.RelsByType[rightsgraph.RelType(str(t))] = int(n.(int64))
		st.Relationships += int(n.(int64))
		st.Evidence += int(ev.(int64))
	}
	return st, nil
}

// EachEntity streams every entity in id order.
func (s *Store) EachEntity(ctx context.Context, fn func(*rightsgraph.Entity) error) error {
	return s.stream(ctx, qEachEntity, func(rec *neo4j.Record) error {
		e, err := entityFrom(rec)
		if err != nil {
			return err
		}
		return fn(e)
	})
}

// EachRelation streams every relation in id order.
func (s *Store) EachRelation(ctx context.Context, fn func(*rightsgraph.Relation) error) error {
	return s.stream(ctx, qEachRelation, func(rec *neo4j.Record) error {
		r, err := relationFrom(rec)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

// stream runs a read query in an auto-commit transaction and hands each
// record to fn as it arrives, so that memory stays constant. It is not
// retried: fn has effects.
func (s *Store) stream(ctx context.Context, cypher string, fn func(*neo4j.Record) error) error {
	if err := s.ensureSchema(ctx); err != nil {
		return err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	res, err := session.Run(ctx, cypher, nil, s.txConfig()...)
	if err != nil {
		return mapError(err)
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return mapError(res.Err())
}
