package nameindex

import (
	"slices"
	"sort"
	"unicode/utf8"
)

// bigram is two code points of a padded string ("\x00ab\x00"), packed.
type bigram uint64

// bigrams returns the distinct bigrams of s padded with a code point 0 at
// each end.
func bigrams(s string) []bigram {
	var out []bigram
	prev := rune(0)
	add := func(r rune) {
		g := bigram(uint64(uint32(prev))<<32 | uint64(uint32(r)))
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
		prev = r
	}
	for _, r := range s {
		add(r)
	}
	add(0)
	return out
}

// gramIndex finds the strings within a few edits of a query by their
// bigrams (padded: see bigrams). Strings are numbered in the order added.
type gramIndex struct {
	lens  []int32            // each string's length in code points
	grams []bigram           // each string's distinct bigrams, sorted, one string after another
	start []int32            // where each string's bigrams start in grams; one more at the end
	post  map[bigram][]int32 // the strings that have each bigram, shortest first
}

func newGramIndex() gramIndex {
	return gramIndex{start: []int32{0}, post: map[bigram][]int32{}}
}

func (g *gramIndex) add(s string) {
	id := int32(len(g.lens))
	g.lens = append(g.lens, int32(utf8.RuneCountInString(s)))
	gs := bigrams(s)
	slices.Sort(gs)
	g.grams = append(g.grams, gs...)
	g.start = append(g.start, int32(len(g.grams)))
	for _, b := range gs {
		g.post[b] = append(g.post[b], id)
	}
}

// finish sorts the postings by length, so that a search reads only the
// strings whose length is within the edits allowed.
func (g *gramIndex) finish() {
	for _, p := range g.post {
		slices.SortStableFunc(p, func(a, b int32) int { return int(g.lens[a] - g.lens[b]) })
	}
}

// near returns the strings that can be within edits of q, each once:
// those whose length is within edits of q's and that share at least
// need = (q's distinct bigrams − 2·edits) bigrams with it, for an edit
// changes at most two bigrams (the q-gram lemma). Such a string lacks at
// most 2·edits of q's bigrams, so it has one of any 2·edits+1 of them:
// the strings of the 2·edits+1 rarest are read (a prefix filter), and
// their bigrams counted. False, having read nothing, when need ≤ 0 (no
// bigram can tell then: a short query, or one of few distinct bigrams)
// or when those strings number more than budget.
func (g *gramIndex) near(q string, edits, budget int) ([]int32, bool) {
	qGrams := bigrams(q)
	need := len(qGrams) - 2*edits
	if need <= 0 {
		return nil, false
	}
	slices.Sort(qGrams)
	n := int32(utf8.RuneCountInString(q))
	lo, hi := n-int32(edits), n+int32(edits)
	// The postings of each bigram within the lengths, rarest first.
	spans := make([][]int32, len(qGrams))
	for i, b := range qGrams {
		p := g.post[b]
		from := sort.Search(len(p), func(i int) bool { return g.lens[p[i]] >= lo })
		to := from + sort.Search(len(p)-from, func(i int) bool { return g.lens[p[from+i]] > hi })
		spans[i] = p[from:to]
	}
	slices.SortFunc(spans, func(a, b []int32) int { return len(a) - len(b) })
	total := 0
	for _, p := range spans[:2*edits+1] {
		total += len(p)
	}
	if total > budget {
		return nil, false
	}
	read := getMarks(len(g.lens))
	defer putMarks(read)
	var out []int32
	for _, p := range spans[:2*edits+1] {
		for _, id := range p {
			if read.set(id) && shared(qGrams, g.grams[g.start[id]:g.start[id+1]]) >= need {
				out = append(out, id)
			}
		}
	}
	return out, true
}

// shared counts the bigrams two sorted lists of distinct bigrams share.
func shared(a, b []bigram) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			n++
			a, b = a[1:], b[1:]
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}
