package inmem

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

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
			hits = append(hits, rightsgraph.SearchHit{Entity: r.current, Score: best, Relations: len(s.byEntity[r.current.ID])})
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
	// Evidence only breaks ties of score and relations: it is counted for
	// the hits that can still be among the first once those are weighed.
	hits = contenders(hits, q.First)
	for i := range hits {
		for rid := range s.byEntity[hits[i].Entity.ID] {
			hits[i].Evidence += len(s.relations[rid].Evidence)
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

func buildNameIndex(entities map[string]*entityRecord) *nameIndex {
	x := &nameIndex{}
	folded, normed := map[string][]int32{}, map[string][]int32{}
	for id, r := range entities {
		sl := int32(len(x.slots))
		x.slots = append(x.slots, slot{id, r})
		for _, k := range r.keys {
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

// candidates returns the slots of the entities that have a name or alias
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
		common := getMarks(len(x.slots))
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
			also := getMarks(len(x.slots))
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
func (x *nameIndex) wordMatches(words []wordRef, w string, fuzzy bool) []int {
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

func (x *nameIndex) foldAt(i int) string { return x.folds[i].s }
func (x *nameIndex) wordAt(i int) string { return x.words[i].w }

// slotsOf counts the slots that words (by position) list, some maybe
// twice.
func (x *nameIndex) slotsOf(words []wordRef, matched []int) int {
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
