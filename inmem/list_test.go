package inmem_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// listOracle answers a list query as the store did before it kept sorted
// lists: every match filtered, sorted by rightsgraph.SortEntities and cut
// by rightsgraph.PageOf.
func listOracle(t *testing.T, s rightsgraph.Store, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	t.Helper()
	if err := q.Validate(); err != nil {
		return nil, err
	}
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	contains := rightsgraph.Normalize(q.NameContains)
	var matches []*rightsgraph.Entity
	snap.EachEntity(context.Background(), func(e *rightsgraph.Entity) error { //nolint:errcheck // fn never fails
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind) {
			return nil
		}
		if q.Report != "" && !slices.Contains(e.Reports, q.Report) {
			return nil
		}
		if contains != "" && !slices.ContainsFunc(e.Names(), func(n string) bool { return strings.Contains(rightsgraph.Normalize(n), contains) }) {
			return nil
		}
		matches = append(matches, e)
		return nil
	})
	o := q.Order
	if o == "" {
		o = rightsgraph.OrderByName
	}
	rightsgraph.SortEntities(matches, o, q.Desc)
	return rightsgraph.PageOf(matches, q)
}

// listNames are few, so that names tie, and vary in case, accents and
// punctuation, which the order by name folds away.
var listNames = []string{"Anna Belova", "anna belova", "Ánna Bélova", "Anna-Belova", "Boris Orlov", "Öleg", "oleg", "Zhukova", "Žukova", "Ivan", "ivan", "Memory", "Мемориал", "Memorial"}

// TestListMatchesPageOf compares the store's pages with PageOf's over all
// matches on a random graph, as loads, reloads, edits, merges, unmerges,
// compactions and reopening (snapshot and journal replay) change it.
func TestListMatchesPageOf(t *testing.T) {
	ctx := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "test", Role: rightsgraph.RoleEditor})
	dir := t.TempDir()
	open := func() *inmem.Store {
		s, err := inmem.OpenWith(dir, inmem.Options{CompactAfter: 2048})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open()
	defer func() { s.Close() }()
	rng := rand.New(rand.NewPCG(7, 11))
	graphs := synth.Generate(synth.Options{Reports: 3, Entities: 120, Relations: 300, Seed: 3})
	storetest.MustLoad(t, s, graphs...)

	var cursors []string // seen on earlier pages, and made up
	check := func(step string) {
		t.Helper()
		for range 40 {
			q := randomQuery(rng, cursors)
			want, wantErr := listOracle(t, s, q)
			got, err := s.ListEntities(ctx, q)
			if rightsgraph.ErrorCode(err) != rightsgraph.ErrorCode(wantErr) {
				t.Fatalf("%s: ListEntities(%+v) error %v, want %v", step, q, err, wantErr)
			}
			if err != nil {
				continue
			}
			if !reflect.DeepEqual(pageSummary(got), pageSummary(want)) {
				t.Fatalf("%s: ListEntities(%+v)\n got %v\nwant %v", step, q, pageSummary(got), pageSummary(want))
			}
			cursors = append(cursors, got.Cursors...)
			if len(cursors) > 200 {
				cursors = cursors[len(cursors)-200:]
			}
		}
	}
	check("load")
	ids := func(kind rightsgraph.Kind) []string {
		var out []string
		page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Kinds: []rightsgraph.Kind{kind}, Order: rightsgraph.OrderByID, First: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Entities {
			out = append(out, e.ID)
		}
		return out
	}
	var merged []string
	for step := range 60 {
		switch op := rng.IntN(6); op {
		case 0, 1: // an editor names an entity, new or not
			kind := []rightsgraph.Kind{rightsgraph.KindPerson, rightsgraph.KindOrganisation, rightsgraph.KindPlace}[rng.IntN(3)]
			id := kind.IDPrefix() + fmt.Sprintf("x%d", rng.IntN(30))
			if have := ids(kind); len(have) > 0 && rng.IntN(2) == 0 {
				id = have[rng.IntN(len(have))]
			}
			in := rightsgraph.EntityInput{ID: id, Kind: kind, Name: listNames[rng.IntN(len(listNames))]}
			if a := listNames[rng.IntN(len(listNames))]; rng.IntN(3) == 0 && rightsgraph.Normalize(a) != rightsgraph.Normalize(in.Name) {
				in.Aliases = []string{a}
			}
			if _, err := rightsgraph.UpsertEntity(ctx, s, in); err != nil {
				t.Fatalf("step %d: upsert %+v: %v", step, in, err)
			}
		case 2: // two persons merge
			have := ids(rightsgraph.KindPerson)
			if len(have) < 2 {
				continue
			}
			keep, drop := have[rng.IntN(len(have))], have[rng.IntN(len(have))]
			if keep == drop {
				continue
			}
			if _, err := rightsgraph.MergeEntities(ctx, s, keep, drop); err != nil {
				t.Fatalf("step %d: merge %s into %s: %v", step, drop, keep, err)
			}
			merged = append(merged, drop)
		case 3: // a merge is undone
			if len(merged) == 0 {
				continue
			}
			i := rng.IntN(len(merged))
			if _, _, err := rightsgraph.UnmergeEntities(ctx, s, merged[i]); err == nil {
				merged = slices.Delete(merged, i, i+1)
			}
		case 4: // a report is loaded again, saying less or more
			g := graphs[rng.IntN(len(graphs))]
			cut := *g
			cut.Entities = g.Entities[:rng.IntN(len(g.Entities)+1)]
			keepIDs := map[string]bool{g.Report.ID: true}
			for _, e := range cut.Entities {
				keepIDs[e.ID] = true
			}
			cut.Relations = nil
			for _, r := range g.Relations {
				if keepIDs[r.From] && keepIDs[r.To] {
					cut.Relations = append(cut.Relations, r)
				}
			}
			if rng.IntN(2) == 0 {
				cut = *g
			}
			storetest.MustLoad(t, s, &cut)
		case 5: // the store is opened again: snapshot and journal replayed
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s = open()
		}
		check(fmt.Sprintf("step %d", step))
	}
}

// randomQuery draws a list query: kinds, filters, order, direction, page
// size and cursors, some of them from earlier pages.
func randomQuery(rng *rand.Rand, cursors []string) rightsgraph.EntityQuery {
	var q rightsgraph.EntityQuery
	for range rng.IntN(4) {
		q.Kinds = append(q.Kinds, rightsgraph.Kinds[rng.IntN(len(rightsgraph.Kinds))])
	}
	if rng.IntN(6) == 0 {
		q.NameContains = []string{"an", "OV", "ö", "mem", "x"}[rng.IntN(5)]
	}
	if rng.IntN(6) == 0 {
		q.Report = fmt.Sprintf("report/synthetic-%d", rng.IntN(3)+1)
	}
	if rng.IntN(2) == 0 {
		q.Order = rightsgraph.OrderByID
	} else if rng.IntN(2) == 0 {
		q.Order = rightsgraph.OrderByName
	}
	q.Desc = rng.IntN(2) == 0
	switch rng.IntN(3) {
	case 0:
		q.First = rng.IntN(12)
	case 1:
		q.Last = 1 + rng.IntN(12)
	}
	cursor := func() string {
		switch {
		case len(cursors) > 0 && rng.IntN(3) > 0:
			return cursors[rng.IntN(len(cursors))]
		case rng.IntN(20) == 0:
			return "not-a-cursor"
		case rng.IntN(2) == 0:
			return rightsgraph.CursorAt(strings.ToLower(listNames[rng.IntN(len(listNames))]), fmt.Sprintf("person/%d", rng.IntN(50)))
		default:
			return rightsgraph.CursorAt(fmt.Sprintf("person/%d", rng.IntN(50)), "organisation/1")
		}
	}
	if rng.IntN(2) == 0 {
		q.After = cursor()
	}
	if rng.IntN(3) == 0 {
		q.Before = cursor()
		if q.After != "" && rng.IntN(3) == 0 {
			q.Before = q.After // an empty range, at an item or not
		}
	}
	return q
}

type summary struct {
	IDs, Cursors       []string
	HasNext, HasPrev   bool
	Total              int
	NamesAsDeclaredToo []string
}

func pageSummary(p *rightsgraph.EntityPage) summary {
	out := summary{Cursors: p.Cursors, HasNext: p.HasNextPage, HasPrev: p.HasPreviousPage, Total: p.Total}
	for _, e := range p.Entities {
		out.IDs = append(out.IDs, e.ID)
		out.NamesAsDeclaredToo = append(out.NamesAsDeclaredToo, e.Name)
	}
	return out
}
