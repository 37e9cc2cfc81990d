package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// The search fixture: people and organisations of a report written in
// English, with Latin names, that Cyrillic queries must find.
const textS = "Lev Ponomarev chaired the congress. Liudmila Alekseeva spoke for the Moscow Helsinki Group. " +
	"Memorial was represented. Ihor Hrushevskyi came from Kyiv."

func searchReport(tb testing.TB) *rightsgraph.ReportGraph {
	return Report(tb, "report/s", textS, []*rightsgraph.Entity{
		person("person/lev-ponomarev", "Lev Ponomarev", "Ponomarev"),
		person("person/liudmila-alekseeva", "Liudmila Alekseeva"),
		person("person/ihor-hrushevskyi", "Ihor Hrushevskyi"),
		org("organisation/moscow-helsinki-group", "Moscow Helsinki Group", "MHG"),
		org("organisation/memorial", "Memorial Human Rights Centre", "Memorial"),
		{ID: "place/kyiv", Kind: rightsgraph.KindPlace, Name: "Kyiv"},
	},
		Fact{"person/liudmila-alekseeva", rightsgraph.RelMemberOf, "organisation/moscow-helsinki-group", "", "Liudmila Alekseeva spoke for the Moscow Helsinki Group"},
	)
}

// testSearchScripts checks that Cyrillic queries find the entities the
// reports name in Latin, as their transliterations would.
func testSearchScripts(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, searchReport(t))
	tests := []struct {
		query, top string
		score      float64
	}{
		{"Лев Пономарёв", "person/lev-ponomarev", rightsgraph.ScoreTranslit},
		{"лев пономарев", "person/lev-ponomarev", rightsgraph.ScoreTranslit},
		{"Пономарёв", "person/lev-ponomarev", rightsgraph.ScoreTranslit},
		{"Людмила Алексеева", "person/liudmila-alekseeva", rightsgraph.ScoreTranslit},
		{"Мемориал", "organisation/memorial", rightsgraph.ScoreTranslit},
		{"Ігор Грушевський", "person/ihor-hrushevskyi", rightsgraph.ScoreTranslit},
		{"Київ", "place/kyiv", rightsgraph.ScoreTranslit},
		{"Lyudmila Alexeyeva", "person/liudmila-alekseeva", rightsgraph.ScoreTranslit},
		{"Lev Ponomarëv", "person/lev-ponomarev", rightsgraph.ScoreExact},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), rightsgraph.SearchQuery{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].Entity.ID != tt.top {
				t.Fatalf("Search(%q) = %v, want %s first", tt.query, hits, tt.top)
			}
			if tt.score > 0 && hits[0].Score != tt.score {
				t.Errorf("Search(%q): score %v, want %v", tt.query, hits[0].Score, tt.score)
			}
		})
	}
}

// testSearchLookAlikes checks that entities an editor makes to look like
// a real one neither keep what makes them differ invisibly nor outrank
// the real one, whose relations and evidence weigh ties.
func testSearchLookAlikes(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t))
	real := "person/anna-petrova"
	impostors := []struct{ id, name, stored string }{
		{"person/a-anna-petrova", "Anna Petrova", "Anna Petrova"},
		{"person/a-zwsp", "Anna Pet\u200brova", "Anna Petrova"},
		{"person/a-nbsp", "Anna\u00a0Petrova", "Anna Petrova"},
		{"person/a-bidi", "\u202aAnna Petrova\u202c\ufeff", "Anna Petrova"},
		{"person/a-soft-hyphen", "Anna Pe\u00adtrova", "Anna Petrova"},
		{"person/a-accent", "Anna Petrova\u0301", "Anna Petrová"},
		{"person/a-spaces", "  Anna \t Petrova ", "Anna Petrova"},
	}
	for _, im := range impostors {
		got := mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: im.id, Kind: rightsgraph.KindPerson, Name: im.name,
			Aliases: []string{"A.\u200bPetrova"}})
		if got.Name != im.stored || !slices.Equal(got.Aliases, []string{"A.Petrova"}) {
			t.Errorf("upsert %q: stored name %q, aliases %q; want %q, [A.Petrova]", im.name, got.Name, got.Aliases, im.stored)
		}
		if e := mustEntity(t, s, im.id); e.Name != im.stored {
			t.Errorf("entity %s: name %q, want %q", im.id, e.Name, im.stored)
		}
	}
	// The impostor with a relation of its own outranks the bare ones.
	mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: "person/a-zwsp", To: "organisation/coast-watch",
		Type: rightsgraph.RelMemberOf, Report: "report/b", Quote: "The Coast Watch group", Role: "mem\u200bber"})

	for _, q := range []string{"Anna Petrova", "anna petrova", "Petrova"} {
		t.Run(q, func(t *testing.T) {
			hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q, First: 20})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.Entity.ID)
			}
			if len(hits) == 0 || hits[0].Entity.ID != real {
				t.Fatalf("Search(%q) = %v, want the real %s first", q, ids, real)
			}
			if hits[0].Relations != 2 || hits[0].Evidence != 3 {
				t.Errorf("Search(%q): the real one has %d relations, %d pieces of evidence; want 2, 3", q, hits[0].Relations, hits[0].Evidence)
			}
			if q != "Anna Petrova" {
				return
			}
			// Equal scores: more relations, then more evidence, then name
			// (all alike once normalized, "Petrová" too), then id.
			want := []string{real, "person/a-zwsp", "person/a-accent", "person/a-anna-petrova", "person/a-bidi",
				"person/a-nbsp", "person/a-soft-hyphen", "person/a-spaces"}
			if !slices.Equal(ids, want) {
				t.Errorf("Search(%q) = %v, want %v", q, ids, want)
			}
		})
	}
	t.Run("role of a relation is cleaned", func(t *testing.T) {
		r := relation(t, s, rightsgraph.RelationID("person/a-zwsp", rightsgraph.RelMemberOf, "organisation/coast-watch"))
		if r.Role != "member" {
			t.Errorf("role %q, want %q", r.Role, "member")
		}
	})
}

// testSearchLongNames checks that a pathological name or query is matched
// like any other: found when it matches, without the cost of comparing it
// in full with every name (see rightsgraph.MatchKey; the speed itself is
// measured by the benchmarks).
func testSearchLongNames(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t))
	long := strings.Repeat("petrova ", 5000)[:39_999]
	_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: "person/long", Kind: rightsgraph.KindPerson, Name: long})
	// A store may refuse so long a name (a cap on names, or Neo4j's limit
	// on indexed values); queries of that length must still be cheap.
	stored := err == nil
	if !stored {
		t.Logf("the store refused a name of %d bytes: %v", len(long), err)
		if _, err := s.Entity(ctx, "person/long"); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
			t.Fatalf("after a refused upsert, Entity = %v, want ENOTFOUND", err)
		}
	}
	for _, q := range []struct{ name, text string }{
		{"short query", "Anna Petrova"},
		{"the long name", long},
		{"the long name with typos at both ends", "q" + long[1:len(long)-1] + "q"},
		{"many words", strings.Repeat("anna ", 8000)},
	} {
		t.Run(q.name, func(t *testing.T) {
			hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q.text, First: 5})
			if err != nil {
				t.Fatal(err)
			}
			found := slices.ContainsFunc(hits, func(h rightsgraph.SearchHit) bool { return h.Entity.ID == "person/long" })
			switch q.name {
			case "short query":
				if len(hits) == 0 || hits[0].Entity.ID != "person/anna-petrova" {
					t.Errorf("hits %v, want person/anna-petrova first", hits)
				}
			case "the long name":
				if stored && (len(hits) == 0 || hits[0].Entity.ID != "person/long" || hits[0].Score != rightsgraph.ScoreExact) {
					t.Errorf("hits %v, want person/long first, exact", hits)
				}
			case "the long name with typos at both ends":
				if stored && !found {
					t.Errorf("hits %v, want person/long among them", hits)
				}
			}
		})
	}
}

// benchSearchLongNames measures searches with a name of 40,000 bytes in
// the store (when the store takes it) and queries as long: their cost must
// stay that of reading them, not grow with their square.
func benchSearchLongNames(b *testing.B, s rightsgraph.Store) {
	ctx := context.Background()
	long := strings.Repeat("ponomarev ", 4000)
	if _, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{
		ID: "person/long-name", Kind: rightsgraph.KindPerson, Name: long,
	}); err != nil {
		b.Logf("the store refused a name of %d bytes (%v): only the queries are long", len(long), err)
	}
	for _, q := range []struct{ name, text string }{
		{"SearchLongNameShortQuery", "Lev Ponomarev"},
		{"SearchLongNameLongQuery", long},
		{"SearchLongNameLongTypoQuery", "q" + long[1:len(long)-2] + "q"},
		{"SearchLongNameLongWordQuery", strings.Repeat("q", 40_000)},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Search(ctx, rightsgraph.SearchQuery{Text: q.text, First: 10}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
