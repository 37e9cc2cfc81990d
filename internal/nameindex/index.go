// Package nameindex finds, among many entities' names, those a search can
// match at all, so that a store scores only these with
// rightsgraph.MatchKey: the embedded store keeps one beside its entities,
// the Neo4j store one of the names it read at a revision.
package nameindex

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// Index finds the entities that can match a search: every way
// rightsgraph.MatchKey can score a name above 0 has a part here that finds
// the names it can score so (see Candidates). Entities are numbered by
// slot, from 0, in the order Build was given them. It is never changed
// once built, so that any number of searches read it at once.
type Index struct {
	slots int // the entities
	// norms and folds are the keys' Norm and Fold forms, sorted: an exact
	// match, an equal fold and a prefix are ranges of them.
	norms, folds []keyRef
	// foldGrams and foldSkips find the Folds (by position in folds)
	// within a few edits of a query's (see nearSorted).
	foldGrams gramIndex
	foldSkips sortedSkips
	// words and normWords are the words of the keys' Fold and Norm forms,
	// sorted, each with the slots whose keys have it; wordGrams and
	// wordSkips find the words within a few edits of a query word.
	words     []wordRef
	normWords []wordRef
	wordGrams gramIndex
	wordSkips sortedSkips
}

type keyRef struct {
	s    string
	slot int32
}

type wordRef struct {
	w     string
	slots []int32
}

// Build indexes n entities, the keys of each name and alias of slot i
// being keys(i).
func Build(n int, keys func(i int) []rightsgraph.Key) *Index {
	x := &Index{slots: n}
	folded, normed := map[string][]int32{}, map[string][]int32{}
	// The keys are counted first so that the sorted forms are allocated
	// once: grown key by key they left several times their size in
	// garbage, which the searches after a build paid for in collection.
	nkeys := 0
	for i := range n {
		nkeys += len(keys(i))
	}
	x.norms, x.folds = make([]keyRef, 0, nkeys), make([]keyRef, 0, nkeys)
	for i := range n {
		sl := int32(i)
		for _, k := range keys(i) {
			x.norms = append(x.norms, keyRef{k.Norm, sl})
			x.folds = append(x.folds, keyRef{k.Fold, sl})
			for _, w := range strings.Fields(k.Fold) {
				if l := folded[w]; len(l) == 0 || l[len(l)-1] != sl {
					folded[w] = append(l, sl)
				}
			}
			for _, w := range strings.Fields(k.Norm) {
				if l := normed[w]; len(l) == 0 || l[len(l)-1] != sl {
					normed[w] = append(l, sl)
				}
			}
		}
	}
	byString := func(a, b keyRef) int { return strings.Compare(a.s, b.s) }
	slices.SortFunc(x.norms, byString)
	slices.SortFunc(x.folds, byString)
	x.words, x.normWords = sortedWords(folded), sortedWords(normed)
	x.foldGrams, x.wordGrams = newGramIndex(), newGramIndex()
	foldRunes, wordRunes := 0, 0
	for _, k := range x.folds {
		foldRunes += utf8.RuneCountInString(k.s)
	}
	for _, w := range x.words {
		wordRunes += utf8.RuneCountInString(w.w)
	}
	x.foldGrams.reserve(len(x.folds), foldRunes)
	x.wordGrams.reserve(len(x.words), wordRunes)
	for _, k := range x.folds {
		x.foldGrams.add(k.s)
	}
	for _, w := range x.words {
		x.wordGrams.add(w.w)
	}
	x.foldGrams.finish()
	x.wordGrams.finish()
	x.foldSkips = newSortedSkips(len(x.folds), x.foldAt)
	x.wordSkips = newSortedSkips(len(x.words), x.wordAt)
	return x
}

func sortedWords(m map[string][]int32) []wordRef {
	out := make([]wordRef, 0, len(m))
	for w, slots := range m {
		out = append(out, wordRef{w, slots})
	}
	slices.SortFunc(out, func(a, b wordRef) int { return strings.Compare(a.w, b.w) })
	return out
}

// Candidates returns the slots of the entities that have a name or alias
// MatchKey may score above 0 for query, each once; false when the index
// cannot narrow the search soundly and every entity must be read.
//
// MatchKey scores a name above 0 only when one of these holds, and each
// finds its names here:
//   - the Norm or Fold forms are equal, or the name's starts with the
//     query's: a range of the sorted forms;
//   - the whole Folds are within AllowedEdits of each other: their
//     bigrams or a walk of the sorted Folds find them (see nearSorted);
//   - every query word matches a word of the name (equal, a prefix of it,
//     or within its edits), on the Fold words or the Norm words: then any
//     one query word does, and the words that it matches are found as
//     above, in the sorted words.
func (x *Index) Candidates(query rightsgraph.Key) ([]int32, bool) {
	if query.Norm == "" {
		return nil, true // MatchKey scores nothing
	}
	qWords, qNormWords := strings.Fields(query.Fold), strings.Fields(query.Norm)
	if len(qWords) == 0 || len(qNormWords) == 0 {
		return nil, false // every name's words "match" no words at all
	}
	seen := getSeen(x.slots)
	var out []int32
	defer func() {
		for _, sl := range out {
			seen[sl] = false
		}
		seenPool.Put(&seen)
	}()
	add := func(sl int32) {
		if !seen[sl] {
			seen[sl] = true
			out = append(out, sl)
		}
	}
	// Equal and prefix, on both forms.
	for _, f := range []struct {
		sorted []keyRef
		q      string
	}{{x.norms, query.Norm}, {x.folds, query.Fold}} {
		i := sort.Search(len(f.sorted), func(i int) bool { return f.sorted[i].s >= f.q })
		for ; i < len(f.sorted) && strings.HasPrefix(f.sorted[i].s, f.q); i++ {
			add(f.sorted[i].slot)
		}
	}
	// The whole Fold within its edits.
	if edits := rightsgraph.AllowedEdits(len(query.Fold)); edits > 0 {
		nearSorted(&x.foldGrams, len(x.folds), x.foldAt, &x.foldSkips, query.Fold, edits, func(i int) { add(x.folds[i].slot) })
	}
	if len(qWords) > rightsgraph.MaxQueryWords || len(qNormWords) > rightsgraph.MaxQueryWords {
		return out, true // MatchKey matches no word by word then
	}
	// Words: every query word must match a word of the name, on the Fold
	// words (equal, prefix, within edits) or on the Norm words (equal,
	// prefix), so the entities that have a match of each are enough: the
	// fewest matches first, then kept where each other word matches too.
	for _, f := range []struct {
		words []wordRef
		query []string
		fuzzy bool
	}{{x.words, qWords, true}, {x.normWords, qNormWords, false}} {
		type match struct {
			words []int
			size  int
		}
		var ms []match
		for _, w := range f.query {
			words := x.wordMatches(f.words, w, f.fuzzy)
			ms = append(ms, match{words, x.slotsOf(f.words, words)})
		}
		slices.SortFunc(ms, func(a, b match) int { return a.size - b.size })
		common := getMarks(x.slots)
		for _, i := range ms[0].words {
			for _, sl := range f.words[i].slots {
				common.set(sl)
			}
		}
		kept := common.touched
		for _, m := range ms[1:] {
			if len(kept) == 0 {
				break
			}
			also := getMarks(x.slots)
			for _, i := range m.words {
				for _, sl := range f.words[i].slots {
					also.set(sl)
				}
			}
			kept = slices.DeleteFunc(kept, func(sl int32) bool { return !also.on[sl] })
			putMarks(also)
		}
		for _, sl := range kept {
			add(sl)
		}
		// kept filtered common.touched in place, so that it no longer
		// lists every mark set: clear them all.
		clear(common.on)
		common.touched = common.touched[:0]
		marksPool.Put(common)
	}
	return out, true
}

// wordMatches returns the words (by position in words) that query word w
// matches: equal, starting with it (of 3 bytes or more), and with fuzzy
// also within its edits (words must then be x.words); some maybe twice.
func (x *Index) wordMatches(words []wordRef, w string, fuzzy bool) []int {
	var out []int
	i := sort.Search(len(words), func(i int) bool { return words[i].w >= w })
	for ; i < len(words) && (words[i].w == w || len(w) >= 3 && strings.HasPrefix(words[i].w, w)); i++ {
		out = append(out, i)
	}
	if edits := rightsgraph.AllowedEdits(len(w)); fuzzy && edits > 0 {
		nearSorted(&x.wordGrams, len(x.words), x.wordAt, &x.wordSkips, w, edits, func(i int) { out = append(out, i) })
	}
	return out
}

func (x *Index) foldAt(i int) string { return x.folds[i].s }
func (x *Index) wordAt(i int) string { return x.words[i].w }

// slotsOf counts the slots that words (by position) list, some maybe
// twice.
func (x *Index) slotsOf(words []wordRef, matched []int) int {
	n := 0
	for _, i := range matched {
		n += len(words[i].slots)
	}
	return n
}

// marks marks slots, and remembers which, so that clearing them costs
// what marking did.
type marks struct {
	on      []bool
	touched []int32
}

// set marks id and reports whether it was unmarked.
func (m *marks) set(id int32) bool {
	if m.on[id] {
		return false
	}
	m.on[id] = true
	m.touched = append(m.touched, id)
	return true
}

var marksPool sync.Pool

func getMarks(size int) *marks {
	if m, ok := marksPool.Get().(*marks); ok && len(m.on) >= size {
		return m
	}
	return &marks{on: make([]bool, size)}
}

func putMarks(m *marks) {
	for _, i := range m.touched {
		m.on[i] = false
	}
	m.touched = m.touched[:0]
	marksPool.Put(m)
}

// seenPool holds the marks of candidates, one per slot, between searches;
// a search clears the marks it set before it puts them back.
var seenPool sync.Pool

func getSeen(n int) []bool {
	if b, ok := seenPool.Get().(*[]bool); ok && len(*b) >= n {
		return (*b)[:n]
	}
	return make([]bool, n)
}
