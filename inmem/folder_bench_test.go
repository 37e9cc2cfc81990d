package inmem_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// BenchmarkFolder measures, for a data folder made in several ways, how
// long opening it takes (ns/op) and how large it is (folder-bytes), as
// the journal alone and after a compaction.
func BenchmarkFolder(b *testing.B) {
	ctx := context.Background()
	reload := func(n int) func(testing.TB, *inmem.Store) {
		return func(tb testing.TB, s *inmem.Store) {
			for range n {
				if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	cases := []struct {
		name string
		make func(testing.TB, *inmem.Store)
	}{
		{"bundled report loaded once", reload(1)},
		{"bundled report loaded 100 times", reload(100)},
		{"bundled report corrected 100 times", func(tb testing.TB, s *inmem.Store) {
			for i := range 100 {
				if err := s.LoadReport(ctx, corrected(tb, i)); err != nil {
					tb.Fatal(err)
				}
			}
		}},
		{"1000 pieces of evidence added to one relation", func(tb testing.TB, s *inmem.Store) {
			reload(1)(tb, s)
			var rel *rightsgraph.Relation
			s.EachRelation(ctx, func(r *rightsgraph.Relation) error { //nolint:errcheck // never fails
				if rel == nil && r.Type == rightsgraph.RelMemberOf {
					rel = r
				}
				return nil
			})
			editor := rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "bench", Role: rightsgraph.RoleEditor})
			added := 0 // distinct quotes: each occurrence of common words
			for _, word := range strings.Fields("the of and in to a for that was on with by human rights is as at from were be") {
				for occurrence := 1; added < 1000; occurrence++ {
					if _, err := rightsgraph.AddRelation(editor, s, rightsgraph.RelationInput{From: rel.From, To: rel.To, Type: rel.Type,
						Report: rel.Evidence[0].Report, Quote: word, Occurrence: occurrence}); err != nil {
						break // no more of this word
					}
					added++
				}
			}
			if added < 1000 {
				tb.Fatalf("only %d pieces of evidence", added)
			}
		}},
		{"100000 relations in 10 reports", func(tb testing.TB, s *inmem.Store) {
			for _, g := range synth.Generate(synth.Options{Reports: 10, Entities: 20000, Relations: 100000, Seed: 1}) {
				if err := s.LoadReport(ctx, g); err != nil {
					tb.Fatal(err)
				}
			}
		}},
	}
	for _, c := range cases {
		for _, compacted := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/compacted=%v", c.name, compacted), func(b *testing.B) {
				dir := b.TempDir()
				s, err := inmem.OpenWith(dir, inmem.Options{CompactAfter: -1})
				if err != nil {
					b.Fatal(err)
				}
				c.make(b, s)
				if compacted {
					if err := s.Compact(); err != nil {
						b.Fatal(err)
					}
				}
				s.Close()
				size := folderBytes(b, dir)
				cpu := cpuTime(b)
				for b.Loop() {
					s, err := inmem.OpenWith(dir, inmem.Options{CompactAfter: -1})
					if err != nil {
						b.Fatal(err)
					}
					s.Close()
				}
				b.ReportMetric(float64(size), "folder-bytes")
				// The machine may be busy: the process's CPU time says more
				// than the wall-clock time.
				b.ReportMetric(float64(cpuTime(b)-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

func folderBytes(tb testing.TB, dir string) int64 {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		fi, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		n += fi.Size()
	}
	return n
}

// cpuTime returns the CPU time the process has used, in nanoseconds.
func cpuTime(tb testing.TB) int64 {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
