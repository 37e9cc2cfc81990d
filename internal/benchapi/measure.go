package benchapi

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"
)

// Cell is what one target did for one question at one concurrency.
type Cell struct {
	Question    Question
	Target      string
	Concurrency int
	Requests    int64
	Errors      int64
	// Elapsed is the time the target was under load, over all its slices.
	Elapsed time.Duration
	// Latency holds the successful requests' latencies in microseconds.
	Latency *hdrhistogram.Histogram
	// FirstError is the first error seen, to show with the table.
	FirstError error
}

// QPS is the requests per second answered, errors included.
func (c *Cell) QPS() float64 {
	if c.Elapsed <= 0 {
		return 0
	}
	return float64(c.Requests) / c.Elapsed.Seconds()
}

// Percentile returns a latency percentile.
func (c *Cell) Percentile(p float64) time.Duration {
	return time.Duration(c.Latency.ValueAtQuantile(p)) * time.Microsecond
}

// newHistogram tracks 1 µs to 1 min with 3 significant digits.
func newHistogram() *hdrhistogram.Histogram {
	return hdrhistogram.New(1, int64(time.Minute/time.Microsecond), 3)
}

// measure runs closed-loop load on every target for one question at one
// concurrency. The targets take turns by slice, in a rotating order, so
// that whatever else the machine does hits them alike; each gets about
// perTarget of load in all.
func measure(ctx context.Context, targets []Target, q Question, params []Param, concurrency int, perTarget, slice time.Duration) []*Cell {
	cells := make([]*Cell, len(targets))
	for i, t := range targets {
		cells[i] = &Cell{Question: q, Target: t.Name(), Concurrency: concurrency, Latency: newHistogram()}
	}
	rounds := max(int((perTarget+slice-1)/slice), 1)
	var next atomic.Uint64
	for round := range rounds {
		for j := range targets {
			if ctx.Err() != nil {
				return cells
			}
			i := (round + j) % len(targets)
			runSlice(ctx, targets[i], cells[i], q, params, concurrency, slice, &next)
		}
	}
	return cells
}

// runSlice keeps concurrency requests in flight on one target for one
// slice, then waits for them to end.
func runSlice(ctx context.Context, t Target, cell *Cell, q Question, params []Param, concurrency int, slice time.Duration, next *atomic.Uint64) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(slice)
	for range concurrency {
		wg.Go(func() {
			h := newHistogram()
			var n, errs int64
			var firstErr error
			for time.Now().Before(deadline) && ctx.Err() == nil {
				p := params[next.Add(1)%uint64(len(params))]
				t0 := time.Now()
				_, err := t.Ask(ctx, q, p)
				d := time.Since(t0)
				n++
				if err != nil {
					errs++
					if firstErr == nil {
						firstErr = err
					}
					continue
				}
				h.RecordValue(max(int64(d/time.Microsecond), 1))
			}
			mu.Lock()
			cell.Requests += n
			cell.Errors += errs
			if cell.FirstError == nil {
				cell.FirstError = firstErr
			}
			cell.Latency.Merge(h)
			mu.Unlock()
		})
	}
	wg.Wait()
	cell.Elapsed += time.Since(start)
}
