package nameindex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestWithinEditsFindsExactlyTheClose compares withinEdits with the
// distance of every string of random sorted lists, over Latin, Cyrillic
// and empty strings, near misses included, some sharing long stems (so
// that the walk skips deep in the list) and some not valid UTF-8.
func TestWithinEditsFindsExactlyTheClose(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcдж é")
	stems := []string{"", "", "ab", "abcдж ab", "abcдж abcд", "a\xffb"}
	valid := false // whether the round's strings are all valid UTF-8
	word := func(n int) string {
		var b strings.Builder
		if k := rng.IntN(len(stems)); n > 0 && (k < len(stems)-1 || !valid) {
			b.WriteString(stems[k])
		}
		for range n {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := range 300 {
		valid = round%4 != 0
		list := make([]string, rng.IntN(60))
		for i := range list {
			list[i] = word(rng.IntN(9))
		}
		slices.Sort(list)
		q := word(rng.IntN(8))
		if len(list) > 0 && round%3 == 0 {
			q = list[rng.IntN(len(list))] // an exact hit, and its neighbours
		}
		for edits := 1; edits <= 2; edits++ {
			var got []int
			at := func(i int) string { return list[i] }
			sk := newSortedSkips(len(list), at)
			withinEdits(len(list), at, &sk, q, edits, func(i int) { got = append(got, i) })
			var want []int
			for i, s := range list {
				if levenshtein(q, s) <= edits {
					want = append(want, i)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("q %q, edits %d, list %q: got %v, want %v", q, edits, list, got, want)
			}
		}
	}
}

// levenshtein is the textbook edit distance over code points, the oracle.
func levenshtein(a, b string) int {
	ar, br := []rune(a), []rune(b)
	prev := make([]int, len(br)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ar); i++ {
		cur := make([]int, len(br)+1)
		cur[0] = i
		for j := 1; j <= len(br); j++ {
			sub := prev[j-1]
			if ar[i-1] != br[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(br)]
}

// TestPastAgreesWithPastPrefix checks that the skip by common prefix
// lengths lands where comparing the strings does, for every string of
// random sorted lists and every prefix of it, over long shared prefixes
// and multi-byte code points.
func TestPastAgreesWithPastPrefix(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abд é")
	for range 200 {
		stem := strings.Repeat("memory truth centre ", rng.IntN(3))
		list := make([]string, rng.IntN(40))
		for i := range list {
			var b strings.Builder
			b.WriteString(stem[:rng.IntN(len(stem)+1)])
			for range rng.IntN(6) {
				b.WriteRune(alphabet[rng.IntN(len(alphabet))])
			}
			list[i] = b.String()
		}
		slices.Sort(list)
		at := func(i int) string { return list[i] }
		sk := newSortedSkips(len(list), at)
		for i, s := range list {
			for end := 1; end <= len(s); end++ {
				if got, want := sk.past(len(list), at, i, s[:end]), pastPrefix(len(list), at, i, s[:end]); got != want {
					t.Fatalf("list %q, string %d, prefix %q: got %d, want %d", list, i, s[:end], got, want)
				}
			}
		}
	}
}
