package seed_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// BenchmarkLoadBundled parses, validates and loads the bundled reports into
// a fresh store, as the server does at start-up.
func BenchmarkLoadBundled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := seed.LoadFS(b.Context(), inmem.New(), seed.Bundled(), seed.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseBundled parses and validates the bundled reports without
// writing them (a dry run), to tell the loader's cost from the store's.
func BenchmarkParseBundled(b *testing.B) {
	b.ReportAllocs()
	s := inmem.New()
	for b.Loop() {
		if _, err := seed.LoadFS(b.Context(), s, seed.Bundled(), seed.Options{DryRun: true}); err != nil {
			b.Fatal(err)
		}
	}
}
