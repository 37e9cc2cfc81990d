package analysis_test

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
)

// slowSnapshots is a store whose snapshots wait until their context ends,
// as a read of a large graph would, and which counts the reads after it
// was closed.
type slowSnapshots struct {
	rightsgraph.Store
	started     chan struct{}
	closed      atomic.Bool
	readsClosed atomic.Int32
}

func (s *slowSnapshots) Snapshot(ctx context.Context) (*rightsgraph.Snapshot, error) {
	if s.closed.Load() {
		s.readsClosed.Add(1)
	}
	select {
	case s.started <- struct{}{}:
	default:
	}
	<-ctx.Done()
	return nil, ctx.Err()
}

func (s *slowSnapshots) Revision(ctx context.Context) (int64, error) {
	if s.closed.Load() {
		s.readsClosed.Add(1)
	}
	return s.Store.Revision(ctx)
}

// TestAnalyzerCloseWaitsForItsWork starts the analysis in the background
// and closes the analyzer: Close ends the computation under way and
// returns only once it has, and nothing reads the store afterwards, so
// that a server may close its store right after.
func TestAnalyzerCloseWaitsForItsWork(t *testing.T) {
	store := &slowSnapshots{Store: MustSeeded(t), started: make(chan struct{}, 1)}
	a := analysis.NewAnalyzer(store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	a.WarmUp()
	<-store.started // the snapshot is under way
	a.Close()
	store.closed.Store(true)
	a.WarmUp()
	if _, err := a.Results(context.Background()); err == nil {
		t.Error("Results after Close = nil error, want the analysis unavailable")
	}
	if n := store.readsClosed.Load(); n > 1 {
		t.Errorf("%d reads of the store after Close, want at most Results' own revision read", n)
	}
}
