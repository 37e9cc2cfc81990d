package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// SetStageAbove sets the size from which loads are staged, for a test,
// and returns what puts it back.
func SetStageAbove(n int) (restore func()) {
	old := stageAbove
	stageAbove = n
	return func() { stageAbove = old }
}

// SetBatchRows sets the rows of one UNWIND batch, for a test, and returns
// what puts it back.
func SetBatchRows(n int) (restore func()) {
	old := batchRows
	batchRows = n
	return func() { batchRows = old }
}

// SetStageHook sets what runs after each staging transaction and before
// the swap of a staged load (see stageHook), and returns what removes it.
func SetStageHook(fn func(step string) error) (restore func()) {
	stageHook = fn
	return func() { stageHook = nil }
}

// StagingLeft reports whether a load left staged items behind.
func (s *Store) StagingLeft(ctx context.Context) (bool, error) { return s.stagingLeft(ctx) }

// SearchIndexed searches as Search does while another search reads the
// names: with the full-text index.
func (s *Store) SearchIndexed(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	return s.searchIndexed(ctx, rightsgraph.NewKey(q.Text), q)
}

// SearchNames reports the revision number of the store's copy of the
// names (see searchNames), how many entities it holds indexed and how
// many changed since; -1 when it has none.
func (s *Store) SearchNames() (seq int64, indexed, changed int) {
	c := s.search.cur.Load()
	if c == nil {
		return -1, 0, 0
	}
	return c.rev.seq, len(c.ids), len(c.changed)
}

// Migrate runs the migration from format v to v+1 alone, in a transaction
// of its own, without recording the format: for a test that gives it a
// database a start would not (one with a load's marks left).
func (s *Store) Migrate(ctx context.Context, v int64) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, migrations[v](ctx, tx)
	})
	return err
}
