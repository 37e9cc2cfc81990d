package inmem

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// Search ranks the entities whose names match q.Text, weighing ties by
// their relations and evidence (see rightsgraph.RankHits). An index of
// the names narrows the entities to those that can match at all, and
// rightsgraph.MatchKey scores those as a scan of every entity would: the
// answers are the same, ties included.
func (s *Store) Search(_ context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	key := rightsgraph.NewKey(q.Text)
	s.mu.RLock()
	if s.names.stale(len(s.entities)) {
		// Built under the write lock, rarely: after many changes.
		s.mu.RUnlock()
		s.mu.Lock()
		if s.names.stale(len(s.entities)) {
			s.names.build(s.entities)
		}
		s.mu.Unlock()
		s.mu.RLock()
	}
	var hits []rightsgraph.SearchHit
	score := func(r *entityRecord) {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, r.current.Kind) {
			return
		}
		best := 0.0
		for _, k := range r.keys {
			best = max(best, rightsgraph.MatchKey(key, k))
		}
		if best > 0 {
			h := rightsgraph.SearchHit{Entity: r.current, Score: best, Relations: len(s.byEntity[r.current.ID])}
			for rid := range s.byEntity[r.current.ID] {
				h.Evidence += len(s.relations[rid].Evidence)
			}
			hits = append(hits, h)
		}
	}
	if slots, ok := s.names.idx.candidates(key); ok {
		for _, slot := range slots {
			e := s.names.idx.slots[slot]
			if _, changed := s.names.dirty[e.id]; !changed {
				score(e.rec)
			}
		}
		// Entities written since the index was built are read as they
		// are now (or not at all when gone).
		for id := range s.names.dirty {
			if r, ok := s.entities[id]; ok {
				score(r)
			}
		}
	} else {
		for _, r := range s.entities {
			score(r)
		}
	}
	s.mu.RUnlock()
	hits = rightsgraph.RankHits(contenders(hits, q.First), q.First)
	for i := range hits {
		hits[i].Entity = hits[i].Entity.Clone()
	}
	return hits, nil
}

// contenders returns the hits that can be among RankHits' first n: those
// no worse by score, relations and evidence than the n-th best by those,
// ties kept, so that RankHits breaks them by name and id as it would
// among all hits. RankHits folds every hit's name, which costs more than
// this cut.
func contenders(hits []rightsgraph.SearchHit, n int) []rightsgraph.SearchHit {
	if n == 0 {
		n = 10 // as RankHits
	}
	if len(hits) <= 2*n {
		return hits
	}
	weight := func(a, b rightsgraph.SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Relations, a.Relations), cmp.Compare(b.Evidence, a.Evidence))
	}
	slices.SortFunc(hits, weight)
	end := n
	for end < len(hits) && weight(hits[end], hits[n-1]) == 0 {
		end++
	}
	return hits[:end]
}

// names is the store's name index and the entities written since it was
// built. Writers (under the write lock) only note which entities they
// wrote; the index is built again, under the write lock, by the first
// search that finds too many of those.
type names struct {
	idx   *nameIndex
	dirty map[string]struct{}
}

func newNames() names {
	return names{idx: &nameIndex{}, dirty: map[string]struct{}{}}
}

// touch notes that entity id was written (added, changed or removed).
func (n *names) touch(id string) { n.dirty[id] = struct{}{} }

// stale reports whether so many entities changed since the index was
// built that reading them one by one costs more than building it again.
func (n *names) stale(entities int) bool {
	return len(n.dirty) > max(256, entities/32)
}

func (n *names) build(entities map[string]*entityRecord) {
	n.idx = buildNameIndex(entities)
	clear(n.dirty)
}

// nameIndex finds the entities that can match a search: every way
// rightsgraph.MatchKey can score a name above 0 has a part here that finds
// the names it can score so (see candidates). It is never changed once
// built, so that searches read it under the read lock.
type nameIndex struct {
	slots []slot // the entities, by slot
	// norms and folds are the keys' Norm and Fold forms, sorted: an exact
	// match, an equal fold and a prefix are ranges of them.
	norms, folds []keyRef
	// keySlot is the slot of each key; keyLen is its Fold's length in code
	// points; grams lists the keys holding each bigram of the Fold
	// (padded), sorted by keyLen, for fuzzy matches of the whole name.
	keySlot []int32
	keyLen  []int32
	grams   map[bigram][]int32
	// words and normWords are the words of the keys' Fold and Norm forms,
	// sorted, each with the slots whose keys have it; wordGrams indexes the
	// words (by position in words) by bigram, as grams does the keys.
	words     []wordRef
	normWords []wordRef
	wordLen   []int32
	wordGrams map[bigram][]int32
}

type slot struct {
	id  string
	rec *entityRecord
}

type keyRef struct {
	s    string
	slot int32
}

type wordRef struct {
	w     string
	slots []int32
}

// bigram is two code points of a padded string ("\x00ab\x00"), packed.
type bigram uint64

func buildNameIndex(entities map[string]*entityRecord) *nameIndex {
	x := &nameIndex{grams: map[bigram][]int32{}, wordGrams: map[bigram][]int32{}}
	folded, normed := map[string][]int32{}, map[string][]int32{}
	for id, r := range entities {
		sl := int32(len(x.slots))
		x.slots = append(x.slots, slot{id, r})
		for _, k := range r.keys {
			x.norms = append(x.norms, keyRef{k.Norm, sl})
			x.folds = append(x.folds, keyRef{k.Fold, sl})
			kid := int32(len(x.keySlot))
			x.keySlot = append(x.keySlot, sl)
			x.keyLen = append(x.keyLen, int32(utf8.RuneCountInString(k.Fold)))
			for _, g := range bigrams(k.Fold) {
				x.grams[g] = append(x.grams[g], kid)
			}
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
	for i, w := range x.words {
		x.wordLen = append(x.wordLen, int32(utf8.RuneCountInString(w.w)))
		for _, g := range bigrams(w.w) {
			x.wordGrams[g] = append(x.wordGrams[g], int32(i))
		}
	}
	// Postings sorted by length, so that a fuzzy match reads only the
	// strings whose length is within the edits allowed.
	for _, p := range x.grams {
		slices.SortStableFunc(p, func(a, b int32) int { return int(x.keyLen[a] - x.keyLen[b]) })
	}
	for _, p := range x.wordGrams {
		slices.SortStableFunc(p, func(a, b int32) int { return int(x.wordLen[a] - x.wordLen[b]) })
	}
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

// candidates returns the slots of the entities that have a name or alias
// MatchKey may score above 0 for query, each once; false when the index
// cannot narrow the search soundly and every entity must be read.
//
// MatchKey scores a name above 0 only when one of these holds, and each
// finds its names here:
//   - the Norm or Fold forms are equal, or the name's starts with the
//     query's: a range of the sorted forms;
//   - the whole Folds are within AllowedEdits of each other: they then
//     share at least (the query's distinct bigrams − 2·edits) bigrams, for
//     an edit changes at most two of them (the q-gram lemma), and their
//     lengths differ by at most the edits (see near);
//   - every query word matches a word of the name (equal, a prefix of it,
//     or within its edits), on the Fold words or the Norm words: then any
//     one query word does, and the words that it matches are found as
//     above, in the sorted words and their bigrams.
func (x *nameIndex) candidates(query rightsgraph.Key) ([]int32, bool) {
	if query.Norm == "" {
		return nil, true // MatchKey scores nothing
	}
	qWords, qNormWords := strings.Fields(query.Fold), strings.Fields(query.Norm)
	if len(qWords) == 0 || len(qNormWords) == 0 {
		return nil, false // every name's words "match" no words at all
	}
	seen := getSeen(len(x.slots))
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
		keys, ok := near(query.Fold, edits, x.grams, x.keyLen)
		if !ok {
			return nil, false
		}
		for _, k := range keys {
			add(x.keySlot[k])
		}
	}
	if len(qWords) > rightsgraph.MaxQueryWords || len(qNormWords) > rightsgraph.MaxQueryWords {
		return out, true // MatchKey matches no word by word then
	}
	// Words: every query word must match, so the one whose matches are
	// fewest narrows most; on the Fold words (equal, prefix, within
	// edits) and on the Norm words (equal, prefix).
	var best []int
	bestSize := -1
	for _, w := range qWords {
		words, ok := x.wordMatches(x.words, w, true)
		if !ok {
			return nil, false
		}
		if size := x.slotsOf(x.words, words); bestSize < 0 || size < bestSize {
			best, bestSize = words, size
		}
	}
	for _, i := range best {
		for _, sl := range x.words[i].slots {
			add(sl)
		}
	}
	best, bestSize = nil, -1
	for _, w := range qNormWords {
		words, _ := x.wordMatches(x.normWords, w, false)
		if size := x.slotsOf(x.normWords, words); bestSize < 0 || size < bestSize {
			best, bestSize = words, size
		}
	}
	for _, i := range best {
		for _, sl := range x.normWords[i].slots {
			add(sl)
		}
	}
	return out, true
}

// wordMatches returns the words (by position in words) that query word w
// matches: equal, starting with it (of 3 bytes or more), and with fuzzy
// also within its edits (words must then be x.words, which wordGrams
// indexes); false when no count of bigrams can find those.
func (x *nameIndex) wordMatches(words []wordRef, w string, fuzzy bool) ([]int, bool) {
	var out []int
	i := sort.Search(len(words), func(i int) bool { return words[i].w >= w })
	for ; i < len(words) && (words[i].w == w || len(w) >= 3 && strings.HasPrefix(words[i].w, w)); i++ {
		out = append(out, i)
	}
	if edits := rightsgraph.AllowedEdits(len(w)); fuzzy && edits > 0 {
		near, ok := near(w, edits, x.wordGrams, x.wordLen)
		if !ok {
			return nil, false
		}
		for _, j := range near {
			out = append(out, int(j))
		}
	}
	return out, true
}

// slotsOf counts the slots that words (by position) list, some maybe
// twice.
func (x *nameIndex) slotsOf(words []wordRef, matched []int) int {
	n := 0
	for _, i := range matched {
		n += len(words[i].slots)
	}
	return n
}

// near returns the strings (by id, in grams' postings) that can be within
// edits of q: those whose length in code points (lens) is within edits of
// q's and that share at least (q's distinct bigrams − 2·edits) bigrams
// with it, each once. False when that bound is not above 0: no count of
// bigrams can tell then (a short query, or one of few distinct bigrams).
func near(q string, edits int, grams map[bigram][]int32, lens []int32) ([]int32, bool) {
	qGrams := bigrams(q)
	need := int32(len(qGrams) - 2*edits)
	if need <= 0 {
		return nil, false
	}
	n := int32(utf8.RuneCountInString(q))
	lo, hi := n-int32(edits), n+int32(edits)
	counts := getCounts(len(lens))
	defer putCounts(counts)
	var out []int32
	for _, g := range qGrams {
		p := grams[g]
		i := sort.Search(len(p), func(i int) bool { return lens[p[i]] >= lo })
		for ; i < len(p) && lens[p[i]] <= hi; i++ {
			c := counts.n[p[i]] + 1
			counts.n[p[i]] = c
			if c == 1 {
				counts.touched = append(counts.touched, p[i])
			}
			if c == need {
				out = append(out, p[i])
			}
		}
	}
	return out, true
}

// counts counts shared bigrams per string for near, and remembers which
// it touched, so that clearing them costs what counting did.
type counts struct {
	n       []int32
	touched []int32
}

var countsPool sync.Pool

func getCounts(size int) *counts {
	if c, ok := countsPool.Get().(*counts); ok && len(c.n) >= size {
		return c
	}
	return &counts{n: make([]int32, size)}
}

func putCounts(c *counts) {
	for _, i := range c.touched {
		c.n[i] = 0
	}
	c.touched = c.touched[:0]
	countsPool.Put(c)
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
