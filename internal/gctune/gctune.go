// Package gctune gives the garbage collector room: a process whose live
// heap is small collects, by Go's default (GOGC=100), each time it has
// allocated as much again, which for a server of small requests over a
// small heap is every few requests, and spends much of its CPU there. A
// Tuner lets the heap grow by a fixed headroom above the live heap
// before a collection instead, and by Go's default once the live heap is
// larger than the headroom: the memory it adds is bounded by the
// headroom, whatever the size of the graph.
package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// DefaultHeadroom is the headroom of a server unless configured.
const DefaultHeadroom = 256 << 20

// floor is the GOGC the tuner never goes below: Go's default.
const floor = 100

// Percent is the GOGC that lets a live heap of live bytes grow by
// headroom before the next collection: Go's default when that is more.
func Percent(live, headroom uint64) int {
	if live == 0 {
		live = 1 << 20
	}
	p := headroom * 100 / live
	if p < floor {
		return floor
	}
	return int(min(p, 1<<20))
}

// Tuner sets GOGC after each collection from the live heap it left.
type Tuner struct {
	headroom uint64
	mu       sync.Mutex
	stopped  bool
	percent  int
	previous int // GOGC before Start, restored by Stop
}

// Start sets GOGC from the live heap now and again after every
// collection, until Stop, so that the heap may grow by headroom bytes
// above the live heap (see Percent). It does nothing when GOGC is not
// Go's default: whoever set it (the environment's GOGC) wins.
func Start(headroom uint64) *Tuner {
	t := &Tuner{headroom: headroom, percent: Percent(liveHeap(), headroom)}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.previous = debug.SetGCPercent(t.percent); t.previous != floor {
		debug.SetGCPercent(t.previous)
		t.stopped = true
		return t
	}
	t.arm()
	return t
}

// Stop stops tuning and restores the GOGC from before Start.
func (t *Tuner) Stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.stopped {
		t.stopped = true
		debug.SetGCPercent(t.previous)
	}
}

// arm has the next collection call tune: a cleanup runs once the
// collector finds its object unreachable, after the collection that does.
func (t *Tuner) arm() {
	runtime.AddCleanup(new(sentinel), func(t *Tuner) { t.tune() }, t)
}

// sentinel is the object of arm's cleanup: 16 bytes, so that the
// allocator does not pack it with others (it packs smaller objects
// without pointers), which would keep it reachable with them.
type sentinel [16]byte

func (t *Tuner) tune() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	// A change of less than a tenth is not worth the collector's
	// recomputing its goal.
	if p := Percent(liveHeap(), t.headroom); p*10 < t.percent*9 || p*10 > t.percent*11 {
		debug.SetGCPercent(p)
		t.percent = p
	}
	t.arm()
}

// liveHeap is the heap the last collection found live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
