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
	byEntity  adjacency // entity id → its relations, in order
	lists     lists     // the entities sorted, for pages
	names     names     // the name index, for searches
	journal   *journal  // nil: memory only
	readOnly  bool      // opened by OpenReadOnly: writes refused
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
		byEntity:  adjacency{},
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
		list := s.byEntity.of(id)
		rels := make([]*rightsgraph.Relation, len(list))
		for i, r := range list {
			rels[i] = r.Clone()
		}
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
	return s.around(q, new(rightsgraph.Copier)), nil
}

// around answers a valid AroundQuery with copies cp makes; the caller
// holds the read lock. Each entity's relations are its list in
// s.byEntity, already in order, or the parts of it of the types a
// selection asks for.
func (s *Store) around(q rightsgraph.AroundQuery, cp *rightsgraph.Copier) *rightsgraph.Around {
	copyEntity, copyEnd, copyRelation := cp.Entity, cp.Entity, cp.Relation
	if q.LeanIDs() {
		copyEntity = cp.LeanEntity
	}
	if q.Lean || q.LeanEnds {
		copyEnd = cp.LeanEntity
	}
	if q.Lean || q.LeanRelations {
		copyRelation = cp.LeanRelation
	}
	out := &rightsgraph.Around{Relations: make(map[string][]*rightsgraph.Relation, len(q.IDs)), Revision: s.seq}
	seen := make(map[string]bool, len(q.IDs))
	frontier := make([]string, 0, len(q.IDs))
	asked := make([]*entityRecord, 0, len(q.IDs)) // by q.IDs, nil for an unknown id
	for _, id := range q.IDs {
		rec := s.entities[s.resolve(id)]
		asked = append(asked, rec)
		if rec != nil && !seen[rec.current.ID] {
			seen[rec.current.ID] = true
			frontier = append(frontier, rec.current.ID)
		}
	}
	var endIDs []string // the entities a level reaches first, and their records
	var ends []*entityRecord
	for depth := 1; depth <= q.Depth && len(frontier) > 0; depth++ {
		// Each level picks its relations and finds the entities they reach
		// first, so that its copies take one block of each (cp.Grow) and
		// the map of entities is made at a size that holds them.
		stored := make([][]*rightsgraph.Relation, len(frontier))
		n := 0
		for i, id := range frontier {
			stored[i] = s.byEntity.selected(id, q.Select)
			n += len(stored[i])
		}
		found := 0 // the entities asked for that exist, copied on the first level
		if depth == 1 {
			out.Entities = make(map[string]*rightsgraph.Entity, len(q.IDs)+n)
			for i, id := range q.IDs {
				if asked[i] != nil {
					out.Entities[id] = nil // copied below
					found++
				}
			}
		} else if n > len(out.Entities) {
			// A level further out mostly reaches entities not met yet, and
			// can reach many more than the level before (a hub's
			// neighbours): one map at the size that may need, rather than
			// the map doubling once or twice as it fills.
			grown := make(map[string]*rightsgraph.Entity, len(out.Entities)+n)
			maps.Copy(grown, out.Entities)
			out.Entities = grown
		}
		endIDs, ends = slices.Grow(endIDs[:0], n), slices.Grow(ends[:0], n)
		for i, id := range frontier {
			for _, r := range stored[i] {
				o := r.Other(id)
				if _, ok := out.Entities[o]; ok {
					continue
				}
				if rec, ok := s.entities[s.resolve(o)]; ok {
					out.Entities[o] = nil // copied below
					endIDs, ends = append(endIDs, o), append(ends, rec)
				}
			}
		}
		cp.Grow(found+len(ends), n)
		if depth == 1 {
			for i, id := range q.IDs {
				if asked[i] != nil {
					out.Entities[id] = copyEntity(asked[i].current)
				}
			}
		}
		for k, rec := range ends {
			out.Entities[endIDs[k]] = copyEnd(rec.current)
		}
		var next []string
		if depth < q.Depth {
			next = make([]string, 0, n)
		}
		lists := make([]*rightsgraph.Relation, n) // every list of the level, capped each
		for i, id := range frontier {
			k := len(stored[i])
			picked := lists[:k:k]
			lists = lists[k:]
			for j, r := range stored[i] {
				picked[j] = copyRelation(r)
				if o := r.Other(id); depth < q.Depth && (len(q.Types) == 0 || slices.Contains(q.Types, r.Type)) && !seen[o] {
					seen[o] = true
					next = append(next, o)
				}
			}
			out.Relations[id] = picked
		}
		frontier = next
	}
	if out.Entities == nil {
		out.Entities = map[string]*rightsgraph.Entity{}
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
