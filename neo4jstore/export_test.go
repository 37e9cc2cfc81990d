package neo4jstore

import (
	"context"

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
