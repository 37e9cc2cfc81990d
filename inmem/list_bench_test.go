package inmem_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// benchSizes are the synthetic graphs the list and search benchmarks run
// on: the default of the API benchmark and its -large one.
var benchSizes = []synth.Options{
	{Reports: 10, Entities: 20_000, Relations: 100_000, Seed: 1},
	{Reports: 10, Entities: 100_000, Relations: 500_000, Seed: 1},
}

func benchStore(b *testing.B, o synth.Options) *inmem.Store {
	b.Helper()
	s := inmem.New()
	storetest.MustLoad(b, s, synth.Generate(o)...)
	// The first search builds the name index: the benchmarks measure what
	// follows.
	if _, err := s.Search(context.Background(), rightsgraph.SearchQuery{Text: "warm"}); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkListPage reads pages of 50: persons by name after a cursor in
// the middle of the list, alone and with what they lead (the API
// benchmark's Q4), backwards before it, every kind by id, and persons
// whose name contains a word (a filter that must look at every person).
func BenchmarkListPage(b *testing.B) {
	ctx := context.Background()
	for _, o := range benchSizes {
		b.Run(fmt.Sprintf("%dk", o.Entities/1000), func(b *testing.B) {
			s := benchStore(b, o)
			defer s.Close()
			persons := []rightsgraph.Kind{rightsgraph.KindPerson}
			all, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Kinds: persons, First: o.Entities})
			if err != nil {
				b.Fatal(err)
			}
			middle := all.Cursors[len(all.Cursors)/2]
			for _, c := range []struct {
				name string
				q    rightsgraph.EntityQuery
			}{
				{"PersonsAfter", rightsgraph.EntityQuery{Kinds: persons, First: 50, After: middle}},
				// What the API's page of persons with what they lead asks.
				{"PersonsAfterWithLeads", rightsgraph.EntityQuery{Kinds: persons, First: 50, After: middle, Around: &rightsgraph.AroundQuery{
					Depth: 1, Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}}, LeanRelations: true, LeanEnds: true,
				}}},
				{"PersonsBefore", rightsgraph.EntityQuery{Kinds: persons, Last: 50, Before: middle, Desc: true}},
				{"AllByID", rightsgraph.EntityQuery{Order: rightsgraph.OrderByID, First: 50}},
				{"PersonsNameContains", rightsgraph.EntityQuery{Kinds: persons, NameContains: "orlov", First: 50}},
			} {
				b.Run(c.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						page, err := s.ListEntities(ctx, c.q)
						if err != nil || len(page.Entities) == 0 {
							b.Fatalf("ListEntities(%+v) = %v, %v", c.q, page, err)
						}
					}
				})
			}
		})
	}
}

// BenchmarkSearch searches names: a first and last name, one with a typo, a
// whole synthetic name with its number (as make bench-api's Q3 asks), a
// word that many names share, a prefix, and a phrase that matches nothing.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	for _, o := range benchSizes {
		b.Run(fmt.Sprintf("%dk", o.Entities/1000), func(b *testing.B) {
			s := benchStore(b, o)
			defer s.Close()
			for _, c := range []struct{ name, text string }{
				{"Name", "Anna Abramova"},
				{"Typo", "Anna Abramvoa"},
				{"Numbered", "Boris Orlov 4242"},
				{"Word", "Orlov"},
				{"Prefix", "Svetl"},
				{"Nothing", "Quetzalcoatl"},
			} {
				b.Run(c.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if _, err := s.Search(ctx, rightsgraph.SearchQuery{Text: c.text, First: 10}); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}
