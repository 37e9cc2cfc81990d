package neo4jstore

import "context"

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
