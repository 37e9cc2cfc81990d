package neo4jstore

import (
	"math/rand/v2"
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
	mutate := func(s string, n int) string {
		rs := []rune(s)
		for range n {
			i := rng.IntN(len(rs) + 1)
			c := letters[rng.IntN(len(letters))]
			switch op := rng.IntN(3); {
			case op == 0 || len(rs) == 0 || i == len(rs):
				rs = append(rs[:i], append([]rune{c}, rs[i:]...)...)
			case op == 1:
				rs = append(rs[:i], rs[i+1:]...)
			default:
				rs[i] = c
			}
		}
		return string(rs)
	}
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
