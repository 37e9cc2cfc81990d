package seed

import (
	"index/suffixarray"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// maxOccurrences is how many times a quote may occur in a report's text.
const maxOccurrences = rightsgraph.MaxQuoteOccurrences

// quoteIndex finds the quotes of one report's text. The text is indexed
// once (a suffix array, linear in its length), so that each quote costs a
// search of the index, not a pass over the whole text: a report of many
// relations over a long text stays linear in its size. Its answers are
// those of rightsgraph.Locate, for quotes that occur at most
// maxOccurrences times.
type quoteIndex struct {
	text     string
	sa       *suffixarray.Index
	marks    []runeMark       // every runeStride bytes, for byte → code point offsets
	found    map[string][]int // quote → its byte offsets, in order
	squashed *string          // the text squashed, once needed
}

// runeMark is a rune boundary of the text and the code points before it.
type runeMark struct{ at, runes int }

const runeStride = 256

func newQuoteIndex(text string) *quoteIndex {
	return &quoteIndex{text: text, found: map[string][]int{}}
}

// locate returns the code-point offsets of the n-th occurrence of quote,
// and how many times it occurs; tooMany when more than maxOccurrences.
func (x *quoteIndex) locate(quote string, n int) (start, end, count int, ok, tooMany bool) {
	if quote == "" || !utf8.ValidString(quote) {
		return 0, 0, 0, false, false
	}
	at, seen := x.found[quote]
	if !seen {
		if x.sa == nil {
			x.sa = suffixarray.New([]byte(x.text))
		}
		at = x.sa.Lookup([]byte(quote), maxOccurrences+1)
		slices.Sort(at)
		x.found[quote] = at
	}
	if len(at) > maxOccurrences {
		return 0, 0, len(at), false, true
	}
	if n < 1 || n > len(at) {
		return 0, 0, len(at), false, false
	}
	start = x.runes(at[n-1])
	return start, start + utf8.RuneCountInString(quote), len(at), true, false
}

// runes returns how many code points the text holds before byte offset b,
// a rune boundary.
func (x *quoteIndex) runes(b int) int {
	if x.marks == nil {
		x.marks = []runeMark{{0, 0}}
		n := 0
		for i := range x.text {
			if i >= len(x.marks)*runeStride {
				x.marks = append(x.marks, runeMark{i, n})
			}
			n++
		}
	}
	k := min(b/runeStride, len(x.marks)-1)
	for x.marks[k].at > b {
		k--
	}
	return x.marks[k].runes + utf8.RuneCountInString(x.text[x.marks[k].at:b])
}

// nearMiss reports whether quote is in the text once spaces, line breaks
// and quotation marks are folded: the hint for a quote not found. The
// folded text is made once.
func (x *quoteIndex) nearMiss(quote string) bool {
	if x.squashed == nil {
		s := squash(x.text)
		x.squashed = &s
	}
	return strings.Contains(*x.squashed, squash(quote))
}
