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
func bigrams(s string) []bigram { return appendBigrams(nil, s) }

// appendBigrams appends the distinct bigrams of s (see bigrams) to out,
// which must be empty: so that Build reuses one buffer.
func appendBigrams(out []bigram, s string) []bigram {
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
	lens    []int32            // each string's length in code points
	grams   []bigram           // each string's distinct bigrams, sorted, one string after another
	start   []int32            // where each string's bigrams start in grams; one more at the end
	post    map[bigram][]int32 // the strings that have each bigram, shortest first
	scratch []bigram           // add's buffer
}

func newGramIndex() gramIndex {
	return gramIndex{start: []int32{0}, post: map[bigram][]int32{}}
}

// reserve makes room for n strings more of runes code points in all, so
// that adding them grows no slice: the bigrams of a large index, grown
// string by string, left several times their size in garbage.
func (g *gramIndex) reserve(n, runes int) {
	g.lens = slices.Grow(g.lens, n)
	g.start = slices.Grow(g.start, n)
	g.grams = slices.Grow(g.grams, runes+n) // a string has at most one more bigram than code points
}

func (g *gramIndex) add(s string) {
	g.lens = append(g.lens, int32(utf8.RuneCountInString(s)))
	g.scratch = appendBigrams(g.scratch[:0], s)
	slices.Sort(g.scratch)
	g.grams = append(g.grams, g.scratch...)
	g.start = append(g.start, int32(len(g.grams)))
}

// finish makes the postings, in the order the strings were added, then
// sorts them by length, so that a search reads only the strings whose
// length is within the edits allowed. The postings are cut from one
// array, counted first: growing a slice per bigram, string by string,
// left the garbage of several indexes behind each build, and the
// collection of it slowed the searches that followed.
func (g *gramIndex) finish() {
	g.scratch = nil
	count := map[bigram]int32{}
	for _, b := range g.grams {
		count[b]++
	}
	all := make([]int32, 0, len(g.grams))
	for b, n := range count {
		g.post[b] = all[len(all) : len(all) : len(all)+int(n)]
		all = all[:len(all)+int(n)]
	}
	for id := range g.lens {
		for _, b := range g.grams[g.start[id]:g.start[id+1]] {
			p := g.post[b]
			g.post[b] = append(p, int32(id)) // within its capacity, in all
		}
	}
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
