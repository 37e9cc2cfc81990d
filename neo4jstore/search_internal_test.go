package neo4jstore

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestSearchQueryIsComplete checks, for many queries against many names,
// that whenever MatchKey scores a name above zero, the token index query
// matches the name's tokens: the narrowing loses nothing. Queries and
// names are mutations of one another (typos, spaces inserted, deleted or
// replaced, words dropped, prefixes, other scripts), where the whole-string
// and word-by-word fuzzy matches are hardest to cover.
func TestSearchQueryIsComplete(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	bases := []string{"Anna Petrova", "Nadezhda Vasilieva 12345", "Dignity Justice Centre 4711", "torture and censorship 17",
		"Lev Ponomarev", "Лев Пономарёв", "Ihor Hrushevskyi", "Memorial", "MHG", "Ölga Åberg", "ab cd", "x", "Zoe", "Mikhail",
		"conscription and labour 99812", "Rights Help Centre 3", "anna", "Kirill Zaitsev 7"}
	letters := []rune("abcdeijklmnoprstuvz 0123 ёжп")
	mutate := func(s string, n int) string { return randomEdits(rng, letters, s, n) }
	variants := func(s string) []string {
		out := []string{s, strings.ToUpper(s)}
		for range 12 {
			out = append(out, mutate(s, 1+rng.IntN(2)))
		}
		words := strings.Fields(s)
		for i := range words {
			out = append(out, words[i], strings.Join(words[:i+1], " "), strings.Join(words[i:], ""))
			if len(words[i]) > 3 {
				out = append(out, words[i][:3], strings.Join(append(words[:i:i], words[i][:3]), " "))
			}
		}
		return out
	}
	var pool []string
	for _, b := range bases {
		pool = append(pool, variants(b)...)
	}
	checked, fallbacks := 0, 0
	for _, query := range pool {
		key := rightsgraph.NewKey(query)
		q, ok := searchQuery(key)
		if !ok {
			fallbacks++
			continue
		}
		for _, name := range pool {
			if rightsgraph.MatchKey(key, rightsgraph.NewKey(name)) == 0 {
				continue
			}
			checked++
			tokens := map[string]bool{}
			for _, tok := range strings.Fields(searchTokens([]string{name})) {
				tokens[tok] = true
			}
			if !q.matches(tokens) {
				t.Errorf("MatchKey(%q, %q) = %v, but the index query misses the name", query, name, rightsgraph.MatchKey(key, rightsgraph.NewKey(name)))
			}
		}
	}
	if checked < 1000 || fallbacks > len(pool)/10 {
		t.Errorf("%d matches checked, %d of %d queries fell back: the test no longer tests", checked, fallbacks, len(pool))
	}
}

// TestSearchQuerySyntax checks the Lucene rendering of a query.
func TestSearchQuerySyntax(t *testing.T) {
	q := anyOf(allOf(term("ab"), prefixOf("c-d")), term("_x"))
	if got, want := q.String(), `((ab AND c\-d*) OR _x)`; got != want {
		t.Errorf("String() = %s, want %s", got, want)
	}
	if !q.matches(map[string]bool{"ab": true, "c-de": true}) || q.matches(map[string]bool{"ab": true}) || !q.matches(map[string]bool{"_x": true}) {
		t.Error("matches disagrees with the query")
	}
}

// TestTyposFindEveryNearString checks the pigeonhole behind the pieces:
// for many short strings over a small alphabet (so that repeated letters
// and edits at either end are common) and many strings within one or two
// edits of them, typos matches the pieces of the near string.
func TestTyposFindEveryNearString(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	letters := []rune("aab_ж")
	random := func(n int) []rune {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = letters[rng.IntN(len(letters))]
		}
		return rs
	}
	checked := 0
	for range 200_000 {
		w := random(1 + rng.IntN(14))
		edits := 1 + rng.IntN(2)
		x := slices.Clone(w)
		for range 1 + rng.IntN(edits) {
			i := rng.IntN(len(x) + 1)
			switch op := rng.IntN(3); {
			case op == 0 || i == len(x):
				x = slices.Insert(x, i, letters[rng.IntN(len(letters))])
			case op == 1:
				x = slices.Delete(x, i, i+1)
			default:
				x[i] = letters[rng.IntN(len(letters))]
			}
		}
		if len(x) == 0 {
			continue
		}
		tokens := map[string]bool{}
		pieces(x, func(s string) { tokens[s] = true })
		if q := anyOf(typos(w, edits)...); !q.matches(tokens) {
			t.Fatalf("%q is within %d edits of %q, but %s misses its pieces %v", string(x), edits, string(w), q, tokens)
		}

		checked++
	}
	if checked < 100_000 {
		t.Errorf("only %d strings checked", checked)
	}
}

// TestSearchQueryFindsNearNames checks searchQuery against MatchKey on
// many random names of short words over a small alphabet and names a
// typo or two away, spaces among the letters typed, dropped and
// replaced: the cases where the whole-name pieces and the word counts
// must add what the words alone miss.
func TestSearchQueryFindsNearNames(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	letters := []rune("aab  ж1")
	random := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = letters[rng.IntN(len(letters))]
		}
		return string(rs)
	}
	mutate := func(s string, n int) string { return randomEdits(rng, letters, s, n) }
	checked, cases := 0, 100_000
	if raceDetector {
		cases = 20_000 // the same loop, which starts no goroutine, five times fewer
	}
	for range cases {
		query := random(1 + rng.IntN(16))
		name := mutate(query, 1+rng.IntN(2))
		key := rightsgraph.NewKey(query)
		if rightsgraph.MatchKey(key, rightsgraph.NewKey(name)) == 0 {
			continue
		}
		q, ok := searchQuery(key)
		if !ok {
			continue
		}
		tokens := map[string]bool{}
		for _, tok := range strings.Fields(searchTokens([]string{name})) {
			tokens[tok] = true
		}
		if !q.matches(tokens) {
			t.Fatalf("MatchKey(%q, %q) = %v, but the index query misses the name", query, name, rightsgraph.MatchKey(key, rightsgraph.NewKey(name)))
		}
		checked++
	}
	if checked < cases/2 {
		t.Errorf("only %d matches checked", checked)
	}
}

// randomEdits makes n random edits of s, each an insertion, a deletion or a
// replacement of one rune drawn from letters.
func randomEdits(rng *rand.Rand, letters []rune, s string, n int) string {
	rs := []rune(s)
	for range n {
		i := rng.IntN(len(rs) + 1)
		c := letters[rng.IntN(len(letters))]
		switch op := rng.IntN(3); {
		case op == 0 || i == len(rs):
			rs = slices.Insert(rs, i, c)
		case op == 1:
			rs = slices.Delete(rs, i, i+1)
		default:
			rs[i] = c
		}
	}
	return string(rs)
}
