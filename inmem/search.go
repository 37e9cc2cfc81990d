package inmem

import (
	"cmp"
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/internal/nameindex"
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
			hits = append(hits, rightsgraph.SearchHit{Entity: r.current, Score: best, Relations: len(s.byEntity.of(r.current.ID))})
		}
	}
	if slots, ok := s.names.idx.Candidates(key); ok {
		for _, slot := range slots {
			e := s.names.slots[slot]
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
		for _, r := range s.byEntity.of(hits[i].Entity.ID) {
			hits[i].Evidence += len(r.Evidence)
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
	idx   *nameindex.Index
	slots []slot // the indexed entities, by slot
	dirty map[string]struct{}
}

type slot struct {
	id  string
	rec *entityRecord
}

func newNames() names {
	return names{idx: nameindex.Build(0, nil), dirty: map[string]struct{}{}}
}

// touch notes that entity id was written (added, changed or removed).
func (n *names) touch(id string) { n.dirty[id] = struct{}{} }

// stale reports whether so many entities changed since the index was
// built that reading them one by one costs more than building it again.
func (n *names) stale(entities int) bool {
	return len(n.dirty) > max(256, entities/32)
}

func (n *names) build(entities map[string]*entityRecord) {
	n.slots = n.slots[:0]
	for id, r := range entities {
		n.slots = append(n.slots, slot{id, r})
	}
	n.idx = nameindex.Build(len(n.slots), func(i int) []rightsgraph.Key { return n.slots[i].rec.keys })
	clear(n.dirty)
}
