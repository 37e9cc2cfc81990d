package inmem_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// searchOracle answers a search as the store did before it kept a name
// index: every entity scored by rightsgraph.MatchKey, ranked by
// rightsgraph.RankHits.
func searchOracle(t *testing.T, s rightsgraph.Store, q rightsgraph.SearchQuery) []rightsgraph.SearchHit {
	t.Helper()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	relations, evidence := map[string]int{}, map[string]int{}
	snap.EachRelation(context.Background(), func(r *rightsgraph.Relation) error { //nolint:errcheck // fn never fails
		for _, id := range slices.Compact([]string{r.From, r.To}) {
			relations[id]++
			evidence[id] += len(r.Evidence)
		}
		return nil
	})
	key := rightsgraph.NewKey(q.Text)
	var hits []rightsgraph.SearchHit
	snap.EachEntity(context.Background(), func(e *rightsgraph.Entity) error { //nolint:errcheck // fn never fails
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind) {
			return nil
		}
		best := 0.0
		for _, n := range e.Names() {
			best = max(best, rightsgraph.MatchKey(key, rightsgraph.NewKey(n)))
		}
		if best > 0 {
			hits = append(hits, rightsgraph.SearchHit{Entity: e, Score: best, Relations: relations[e.ID], Evidence: evidence[e.ID]})
		}
		return nil
	})
	return rightsgraph.RankHits(hits, q.First)
}

// searchNames are added to the synthetic graph: accents, Cyrillic and its
// transliterations, short names and names of one repeated letter.
var searchNames = []string{
	"Lev Ponomarev", "Лев Пономарёв", "Ponomaryov", "Svetlana Gannushkina", "Светлана Ганнушкина",
	"Oleg Orlov", "Олег Орлов", "Ök", "Li", "Aaaaaaaa", "Ánna-Mária Łukasz", "Memorial", "Мемориал",
	"Xenia Yakovleva", "Ksenia Iakovleva", "Center for Civic Dignity", "Civic Dignity Centre",
}

// TestSearchMatchesScan compares the store's searches with a scan of
// every entity, on a synthetic graph with names of many scripts and
// queries with typos, as edits change it (so that the index is read both
// fresh and with entities written since it was built).
func TestSearchMatchesScan(t *testing.T) {
	ctx := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "test", Role: rightsgraph.RoleEditor})
	s := inmem.New()
	defer s.Close()
	storetest.MustLoad(t, s, synth.Generate(synth.Options{Reports: 3, Entities: 2000, Relations: 4000, Seed: 5})...)
	rng := rand.New(rand.NewPCG(3, 9))
	var names []string
	snap, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	snap.EachEntity(ctx, func(e *rightsgraph.Entity) error { //nolint:errcheck // fn never fails
		names = append(names, e.Names()...)
		return nil
	})
	names = append(names, searchNames...)
	upsert := func(i int) {
		in := rightsgraph.EntityInput{ID: fmt.Sprintf("person/s%d", rng.IntN(40)), Kind: rightsgraph.KindPerson, Name: searchNames[i%len(searchNames)]}
		if a := searchNames[rng.IntN(len(searchNames))]; rng.IntN(2) == 0 && rightsgraph.Normalize(a) != rightsgraph.Normalize(in.Name) {
			in.Aliases = []string{a}
		}
		_, err := rightsgraph.UpsertEntity(ctx, s, in)
		if err != nil {
			in.Aliases = []string{} // none: one folds as the name does
			_, err = rightsgraph.UpsertEntity(ctx, s, in)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := range searchNames {
		upsert(i)
	}
	for round := range 600 {
		if round%5 == 0 {
			upsert(rng.IntN(len(searchNames)))
		}
		if round == 300 { // the reports say other things: most names change
			storetest.MustLoad(t, s, synth.Generate(synth.Options{Reports: 3, Entities: 1500, Relations: 3000, Seed: 6})...)
		}
		q := rightsgraph.SearchQuery{Text: typo(rng, names[rng.IntN(len(names))]), First: rng.IntN(30)}
		if rng.IntN(4) == 0 {
			q.Kinds = []rightsgraph.Kind{rightsgraph.Kinds[rng.IntN(len(rightsgraph.Kinds))]}
		}
		got, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want := searchOracle(t, s, q)
		if hitSummary(got) != hitSummary(want) {
			t.Fatalf("round %d: Search(%+v)\n got %s\nwant %s", round, q, hitSummary(got), hitSummary(want))
		}
	}
}

// typo returns a query made of name: as it is, cut to a prefix or a word,
// with up to three typos, or in another case.
func typo(rng *rand.Rand, name string) string {
	r := []rune(name)
	switch rng.IntN(6) {
	case 0:
		return name
	case 1:
		return string(r[:1+rng.IntN(len(r))])
	case 2:
		w := strings.Fields(name)
		return w[rng.IntN(len(w))]
	case 3:
		return strings.ToUpper(name)
	}
	for range 1 + rng.IntN(3) {
		i := rng.IntN(len(r) + 1)
		letters := []rune("abcdefgiklmnoprstuvyz оа")
		c := letters[rng.IntN(len(letters))]
		switch rng.IntN(4) {
		case 0: // insert
			r = slices.Insert(r, i, c)
		case 1: // delete
			if i < len(r) {
				r = slices.Delete(r, i, i+1)
			}
		case 2: // substitute
			if i < len(r) {
				r[i] = c
			}
		case 3: // swap
			if i+1 < len(r) {
				r[i], r[i+1] = r[i+1], r[i]
			}
		}
	}
	return string(r)
}

func hitSummary(hits []rightsgraph.SearchHit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "%s %.6f %d %d; ", h.Entity.ID, h.Score, h.Relations, h.Evidence)
	}
	return b.String()
}
