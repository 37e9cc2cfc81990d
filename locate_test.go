package rightsgraph_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// TestLocateOverlaps checks Locate on quotes that overlap themselves, where
// it steps by the quote's period, against a plain search over code points.
func TestLocateOverlaps(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"aaaaaa", "aa"},
		{"abababab", "abab"},
		{"aabaabaabaab", "aabaab"},
		{"abaababaabaab", "abaab"},
		{"xyzxyzxyzxy", "xyzxyz"},
		{"ééééé", "éé"},
		{"ab ab abab", "ab"},
		{"aaaabaaaab", "aaab"},
		{strings.Repeat("ab", 50) + "a", strings.Repeat("ab", 10) + "a"},
	} {
		t.Run(tt.quote+" in "+tt.text, func(t *testing.T) {
			want := naiveLocate(tt.text, tt.quote)
			for n := 1; n <= len(want)+1; n++ {
				start, end, count, ok := rightsgraph.Locate(tt.text, tt.quote, n)
				if count != len(want) || ok != (n <= len(want)) {
					t.Fatalf("Locate(%d) = count %d ok %v, want count %d", n, count, ok, len(want))
				}
				if ok && (start != want[n-1] || end != start+utf8.RuneCountInString(tt.quote)) {
					t.Errorf("Locate(%d) = [%d, %d), want start %d", n, start, end, want[n-1])
				}
			}
		})
	}
}

// naiveLocate returns where quote starts in text, in code points,
// overlapping occurrences included.
func naiveLocate(text, quote string) []int {
	runes, q := []rune(text), []rune(quote)
	var at []int
	for i := 0; i+len(q) <= len(runes); i++ {
		if slices.Equal(runes[i:i+len(q)], q) {
			at = append(at, i)
		}
	}
	return at
}

// BenchmarkLocateOverlapping is the quote that overlaps itself at every
// character of a text of one letter: linear time, where searching again
// from each occurrence took the product of the two lengths.
func BenchmarkLocateOverlapping(b *testing.B) {
	text, quote := strings.Repeat("a", 1<<20), strings.Repeat("a", 5_000)
	for b.Loop() {
		if _, _, count, _ := rightsgraph.Locate(text, quote, 1); count != len(text)-len(quote)+1 {
			b.Fatalf("count %d", count)
		}
	}
}
