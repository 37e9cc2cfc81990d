package rightsgraph

import (
	"testing"
	"unicode/utf8"
)

// levenshtein is the plain quadratic edit distance over code points, the
// reference distanceWithin must agree with.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func checkDistanceWithin(tb testing.TB, a, b string, limit int) {
	tb.Helper()
	want := levenshtein(a, b)
	d, ok := distanceWithin(a, b, limit)
	if ok != (want <= limit) || (ok && d != want) {
		tb.Errorf("distanceWithin(%q, %q, %d) = %d, %v; the distance is %d", a, b, limit, d, ok, want)
	}
}

// TestDistanceWithinExhaustive compares the banded distance with the
// reference on every pair of strings of up to five letters of "abc".
func TestDistanceWithinExhaustive(t *testing.T) {
	words := []string{""}
	for n, frontier := 0, []string{""}; n < 5; n++ {
		var next []string
		for _, w := range frontier {
			for _, c := range "abc" {
				next = append(next, w+string(c))
			}
		}
		words, frontier = append(words, next...), next
	}
	for _, a := range words {
		for _, b := range words {
			for limit := range 4 {
				checkDistanceWithin(t, a, b, limit)
			}
		}
	}
}

func FuzzDistanceWithin(f *testing.F) {
	for _, s := range [][2]string{
		{"ponomarev", "ponomarov"}, {"lev", "len"}, {"kitten", "sitting"},
		{"café", "cafe"}, {"абв", "абг"}, {"", "ab"}, {"ab", "ba"}, {"\xff", "x"},
	} {
		f.Add(s[0], s[1], 2)
	}
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		if limit < 0 || limit > 4 || utf8.RuneCountInString(a) > 64 || utf8.RuneCountInString(b) > 64 {
			return // keep the quadratic reference cheap
		}
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return // it compares Normalize forms, always UTF-8
		}
		checkDistanceWithin(t, a, b, limit)
	})
}
