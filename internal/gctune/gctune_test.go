package gctune_test

import (
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/rightsgraph/rightsgraph/internal/gctune"
)

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		name           string
		live, headroom uint64
		want           int
	}{
		{"small heap, room to grow", 16 << 20, 256 << 20, 1600},
		{"heap as large as the room", 256 << 20, 256 << 20, 100},
		{"heap larger than the room: Go's default", 4 << 30, 256 << 20, 100},
		{"nothing live yet", 0, 256 << 20, 25600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := gctune.Percent(tc.live, tc.headroom); got != tc.want {
				t.Errorf("Percent(%d, %d) = %d, want %d", tc.live, tc.headroom, got, tc.want)
			}
		})
	}
}

// TestStartStop checks that a tuner raises GOGC over a small heap, keeps
// tuning across collections, and that Stop restores Go's default.
func TestStartStop(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tn := gctune.Start(1 << 30)
	runtime.GC()
	runtime.GC()
	if p := debug.SetGCPercent(-1); p <= 100 {
		t.Errorf("GOGC while tuning = %d, want more than 100 over a small heap", p)
	}
	debug.SetGCPercent(200) // as the tuner left it, for Stop to restore from
	tn.Stop()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GOGC after Stop = %d, want 100", p)
	}
}

// TestStartLeavesGOGC checks that a GOGC other than Go's default (set in
// the environment) wins over the tuner.
func TestStartLeavesGOGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	tn := gctune.Start(1 << 30)
	defer tn.Stop()
	runtime.GC()
	if p := debug.SetGCPercent(50); p != 50 {
		t.Errorf("GOGC = %d, want the 50 set before Start", p)
	}
}
