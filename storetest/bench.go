package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// SyntheticOptions is the synthetic graph of the benchmarks: 20,000
// entities and 100,000 relations over 10 reports.
var SyntheticOptions = synth.Options{Reports: 10, Entities: 20_000, Relations: 100_000, Seed: 1}

// Bench runs the store benchmarks: loading the bundled reports, loading
// the synthetic graph, searching (with names and queries of 40,000 bytes
// too), reading an entity with its relations, and
// two edits over the loaded graph.
func Bench(b *testing.B, newStore NewStore) {
	ctx := context.Background()
	b.Run("LoadSeed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			s := newStore(b)
			b.StartTimer()
			if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
	})
	graphs := synth.Generate(SyntheticOptions)
	b.Run("LoadSynthetic100k", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			s := newStore(b)
			b.StartTimer()
			MustLoad(b, s, graphs...)
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(SyntheticOptions.Relations), "relations/op")
	})

	s := newStore(b)
	defer s.Close()
	if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
		b.Fatal(err)
	}
	MustLoad(b, s, graphs...)
	for _, q := range []struct{ name, text string }{
		{"SearchExact", "Lev Ponomarev"},
		{"SearchTypo", "Len Ponomarev"},
		{"SearchSyntheticWord", "Abramova"},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q.text, First: 10})
				if err != nil || len(hits) == 0 {
					b.Fatalf("Search(%q) = %d hits, %v", q.text, len(hits), err)
				}
			}
		})
	}
	benchSearchLongNames(b, s)
	for _, id := range []string{"congress/2017-moscow-human-rights-congress", "organisation/3"} {
		b.Run("EntityWithRelations/"+id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Entity(ctx, id); err != nil {
					b.Fatal(err)
				}
				rels, err := s.RelationsByEntityIDs(ctx, []string{id})
				if err != nil || len(rels[id]) == 0 {
					b.Fatalf("relations of %s: %d, %v", id, len(rels[id]), err)
				}
				others := make([]string, 0, len(rels[id]))
				for _, r := range rels[id] {
					others = append(others, r.Other(id))
				}
				if _, err := s.EntitiesByIDs(ctx, others); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	editor := rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "bench", Role: rightsgraph.RoleEditor})
	b.Run("EditUpsertEntity", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			i++
			desc := fmt.Sprintf("revision %d", i)
			if _, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{
				ID: "organisation/memorial-human-rights-centre", Kind: rightsgraph.KindOrganisation, Description: &desc,
			}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("EditAddRelation", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			i++
			if _, err := rightsgraph.AddRelation(editor, s, rightsgraph.RelationInput{
				From: "person/natalya-taubina", To: "organisation/public-verdict-foundation", Type: rightsgraph.RelLeads,
				Role: fmt.Sprintf("role %d", i), Report: "report/2017-11-moscow-human-rights-congress",
				Quote: "Natalya Taubina, director of the Public Verdict foundation",
			}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
