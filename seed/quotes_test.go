package seed

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestQuoteIndexAgreesWithLocate checks that the index gives the answers
// of rightsgraph.Locate, on texts of few letters (many overlapping
// occurrences) and of many (few), multi-byte ones included.
func TestQuoteIndexAgreesWithLocate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, alphabet := range []string{"ab", "abc", "aé€", "a b\ncdéf€😀"} {
		letters := []rune(alphabet)
		word := func(n int) string {
			var b strings.Builder
			for range n {
				b.WriteRune(letters[r.IntN(len(letters))])
			}
			return b.String()
		}
		for range 50 {
			text := word(1 + r.IntN(700))
			x := newQuoteIndex(text)
			for range 20 {
				quote := word(1 + r.IntN(6))
				if r.IntN(3) == 0 { // a quote taken from the text
					runes := []rune(text)
					i := r.IntN(len(runes))
					quote = string(runes[i:min(len(runes), i+1+r.IntN(8))])
				}
				for _, n := range []int{1, 2, 3, 7} {
					wantStart, wantEnd, wantCount, wantOK := rightsgraph.Locate(text, quote, n)
					start, end, count, ok, tooMany := x.locate(quote, n)
					if wantCount > maxOccurrences {
						if !tooMany {
							t.Fatalf("locate(%q in %q) = count %d, want too many", quote, text, count)
						}
						continue
					}
					if tooMany || start != wantStart || end != wantEnd || count != wantCount || ok != wantOK {
						t.Fatalf("locate(%q, %d) in %q = %d %d %d %v %v, want %d %d %d %v", quote, n, text,
							start, end, count, ok, tooMany, wantStart, wantEnd, wantCount, wantOK)
					}
				}
			}
		}
	}
}

// TestQuoteIndexTooMany checks the bound on occurrences.
func TestQuoteIndexTooMany(t *testing.T) {
	x := newQuoteIndex(strings.Repeat("ab", maxOccurrences) + "b")
	if _, _, count, ok, tooMany := x.locate("ab", maxOccurrences); !ok || tooMany || count != maxOccurrences {
		t.Errorf("ab ×%d: count %d ok %v tooMany %v, want all found", maxOccurrences, count, ok, tooMany)
	}
	if _, _, _, ok, tooMany := x.locate("b", 1); ok || !tooMany {
		t.Errorf("b ×%d: ok %v tooMany %v, want too many", maxOccurrences+1, ok, tooMany)
	}
}
