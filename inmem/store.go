// Package inmem is the embedded Store: the whole graph in memory, guarded by
// one read-write lock. It is the zero-setup default and a real backend: it
// copies what it returns, validates what it is given and reports the same
// error codes as every other store. New makes a store that lives in memory
// only; Open one that keeps a journal in a folder and replays it at start.
package inmem

import (
	"context"
	"log/slog"
	"maps"
	"slices"
	"sync"

	"github.com/rightsgraph/rightsgraph"
)

var _ rightsgraph.Store = (*Store)(nil)

// Store is the embedded, in-memory Store.
type Store struct {
	mu        sync.RWMutex
	seq       int64 // counts changes, so the latest declaration of an entity wins
	entities  map[string]*entityRecord
	relations map[string]*rightsgraph.Relation
	byEntity  map[string]map[string]bool // entity id → ids of its relations
	lists     lists                      // the entities sorted, for pages
	names     names                      // the name index, for searches
	journal   *journal                   // nil: memory only
	readOnly  bool                       // opened by OpenReadOnly: writes refused
	tokens    map[string]*rightsgraph.Token
	redirects map[string]string                   // merged id → survivor
	retracted map[string]bool                     // relation ids editors retracted
	merges    map[string]*rightsgraph.MergeRecord // by dropped id, until undone
	audit     auditCoder                          // the audit log, and what encodes its entries

	log          *slog.Logger
	compactAfter int64          // see Options.CompactAfter
	compactMu    sync.Mutex     // one compaction at a time
	compacting   bool           // a compaction runs in the background
	closing      bool           // Close has begun: start no compaction
	bg           sync.WaitGroup // background compactions
}

// entityRecord holds every report's declaration of one entity and the
// entity they make together: the latest declaration's fields, with the
// aliases of all of them.
type entityRecord struct {
	decls   map[string]rightsgraph.Declaration // by report id
	current *rightsgraph.Entity
	keys    []rightsgraph.Key // search keys of name and aliases
	// sortName is the entity's key in the order by name (see
	// rightsgraph.SortKey), computed once rather than per comparison.
	sortName string
}

// New returns an empty store.
func New() *Store {
	return &Store{
		entities:  map[string]*entityRecord{},
		relations: map[string]*rightsgraph.Relation{},
		byEntity:  map[string]map[string]bool{},
		lists:     newLists(),
		names:     newNames(),
		tokens:    map[string]*rightsgraph.Token{},
		redirects: map[string]string{},
		retracted: map[string]bool{},
		merges:    map[string]*rightsgraph.MergeRecord{},
		audit:     auditCoder{byAfter: map[string]int{}},
		log:       slog.Default(),
	}
}

// Revision counts the changes.
func (s *Store) Revision(context.Context) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.seq, nil
}

// InProcess reports that the store runs in the process: a call costs no
// round trip, so the GraphQL layer calls it at once rather than wait to
// gather calls into batches.
func (s *Store) InProcess() bool { return true }

// Ping always succeeds: the store is in the process.
func (s *Store) Ping(context.Context) error { return nil }

// Close closes the journal of a persistent store, once a compaction
// running in the background has finished.
func (s *Store) Close() error {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	s.bg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.journal == nil {
		return nil
	}
	err := s.journal.close()
	s.journal = nil
	return err
}

// Entity returns one entity, or ENOTFOUND.
func (s *Store) Entity(_ context.Context, id string) (*rightsgraph.Entity, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.entities[s.resolve(id)]
	if !ok {
		return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no entity with id %q", id)
	}
	return r.current.Clone(), nil
}

// EntitiesByIDs returns the entities that exist among ids.
func (s *Store) EntitiesByIDs(_ context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]*rightsgraph.Entity, len(ids))
	for _, id := range ids {
		if r, ok := s.entities[s.resolve(id)]; ok {
			out[id] = r.current.Clone()
		}
	}
	return out, nil
}

// RelationsByEntityIDs returns every relation of each of ids.
func (s *Store) RelationsByEntityIDs(_ context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string][]*rightsgraph.Relation, len(ids))
	for _, id := range ids {
		rels := make([]*rightsgraph.Relation, 0, len(s.byEntity[id]))
		for rid := range s.byEntity[id] {
			rels = append(rels, s.relations[rid].Clone())
		}
		rightsgraph.SortRelations(id, rels)
		out[id] = rels
	}
	return out, nil
}

// Around reads level by level as rightsgraph.AroundByLevels does, under
// one read lock, so that what it reads and its revision are of one state,
// and copies only what it returns: the relations a selection picks, and
// lean copies for a lean read rather than whole ones made lean.
func (s *Store) Around(_ context.Context, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.around(q), nil
}

// around answers a valid AroundQuery; the caller holds the read lock.
func (s *Store) around(q rightsgraph.AroundQuery) *rightsgraph.Around {
	copyEntity, copyRelation := (*rightsgraph.Entity).Clone, (*rightsgraph.Relation).Clone
	if q.Lean {
		copyEntity = rightsgraph.LeanEntity
	}
	copyEnd := copyEntity
	if q.LeanEnds {
		copyEnd = rightsgraph.LeanEntity
	}
	if q.Lean || q.LeanRelations {
		copyRelation = rightsgraph.LeanRelation
	}
	out := &rightsgraph.Around{Entities: make(map[string]*rightsgraph.Entity, len(q.IDs)), Relations: make(map[string][]*rightsgraph.Relation, len(q.IDs)), Revision: s.seq}
	seen := make(map[string]bool, len(q.IDs))
	var frontier []string
	for _, id := range q.IDs {
		rec, ok := s.entities[s.resolve(id)]
		if !ok {
			continue
		}
		out.Entities[id] = copyEntity(rec.current)
		if cur := rec.current.ID; !seen[cur] {
			seen[cur] = true
			frontier = append(frontier, cur)
		}
	}
	for depth := 1; depth <= q.Depth && len(frontier) > 0; depth++ {
		var next []string
		for _, id := range frontier {
			picked := make([]*rightsgraph.Relation, 0, len(s.byEntity[id]))
			for rid := range s.byEntity[id] {
				r := s.relations[rid]
				if len(q.Select) == 0 || slices.ContainsFunc(q.Select, func(sel rightsgraph.RelSelect) bool { return sel.Picks(id, r) }) {
					picked = append(picked, r)
				}
			}
			rightsgraph.SortRelations(id, picked)
			for i, r := range picked {
				picked[i] = copyRelation(r)
				o := r.Other(id)
				if out.Entities[o] == nil {
					if rec, ok := s.entities[s.resolve(o)]; ok {
						out.Entities[o] = copyEnd(rec.current)
					}
				}
				if depth < q.Depth && (len(q.Types) == 0 || slices.Contains(q.Types, r.Type)) && !seen[o] {
					seen[o] = true
					next = append(next, o)
				}
			}
			out.Relations[id] = picked
		}
		frontier = next
	}
	return out
}

// Stats counts the graph.
func (s *Store) Stats(context.Context) (*rightsgraph.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := &rightsgraph.Stats{
		Nodes:         len(s.entities),
		Relationships: len(s.relations),
		NodesByKind:   map[rightsgraph.Kind]int{},
		RelsByType:    map[rightsgraph.RelType]int{},
	}
	for _, r := range s.entities {
		st.NodesByKind[r.current.Kind]++
	}
	for _, rel := range s.relations {
		st.RelsByType[rel.Type]++
		st.Evidence += len(rel.Evidence)
	}
	return st, nil
}

// EachEntity calls fn for every entity in id order. It works on a copy of
// the entities made under the read lock, so that fn may call the store,
// and so that a change made meanwhile never shows half or twice.
func (s *Store) EachEntity(ctx context.Context, fn func(*rightsgraph.Entity) error) error {
	s.mu.RLock()
	entities := make([]*rightsgraph.Entity, 0, len(s.entities))
	for _, r := range s.entities {
		entities = append(entities, r.current)
	}
	s.mu.RUnlock()
	return rightsgraph.NewSnapshot(0, entities, nil).EachEntity(ctx, fn)
}

// EachRelation calls fn for every relation in id order, over a copy made
// under the read lock, as EachEntity does.
func (s *Store) EachRelation(ctx context.Context, fn func(*rightsgraph.Relation) error) error {
	s.mu.RLock()
	relations := slices.Collect(maps.Values(s.relations))
	s.mu.RUnlock()
	return rightsgraph.NewSnapshot(0, nil, relations).EachRelation(ctx, fn)
}

// Snapshot copies the graph under the read lock: one state, whatever
// edits wait for the lock. The copy holds the store's own entities and
// relations, which the store never changes in place (every change
// replaces them), so that it costs a pointer each.
func (s *Store) Snapshot(context.Context) (*rightsgraph.Snapshot, error) {
	s.mu.RLock()
	entities := make([]*rightsgraph.Entity, 0, len(s.entities))
	for _, r := range s.entities {
		entities = append(entities, r.current)
	}
	relations := slices.Collect(maps.Values(s.relations))
	revision := s.seq
	s.mu.RUnlock()
	return rightsgraph.NewSnapshot(revision, entities, relations), nil
}
