package graph

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/generated"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// Loaders batch the store look-ups of one request: every entity and every
// relation list asked for while resolving one level of a query costs one
// store call, not one per object. Over a store in the process (see
// InProcess) there is nothing to gather calls for: loaders call it at
// once, and keep what it answered for the rest of the request.
type Loaders struct {
	Entities  Loader[*rightsgraph.Entity]
	Relations Loader[[]*rightsgraph.Relation]

	selected selectedLists
	leanEnds leanEntities
}

// leanEntities holds the entities that a read ahead read lean (see
// rightsgraph.AroundQuery.LeanEnds and LeanAsked), by id: they answer
// only the fields that ask of an entity what a lean one holds (see
// otherEnd), and those read without their names (see
// rightsgraph.AroundQuery.Nameless) only the fields that do not ask for
// the name.
type leanEntities struct {
	mu   sync.Mutex
	held map[string]leanEntity
}

type leanEntity struct {
	e        *rightsgraph.Entity
	nameless bool
}

// reserve makes room for n entities before the first is held, so that a
// read ahead priming hundreds does not grow the map step by step.
func (c *leanEntities) reserve(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil {
		c.held = make(map[string]leanEntity, n)
	}
}

// prime holds e, unless an entity of that id is held already with its
// name or e too is nameless.
func (c *leanEntities) prime(id string, e *rightsgraph.Entity, nameless bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil {
		c.held = map[string]leanEntity{}
	}
	if old, ok := c.held[id]; !ok || old.nameless && !nameless {
		c.held[id] = leanEntity{e, nameless}
	}
}

func (c *leanEntities) get(id string) (e *rightsgraph.Entity, nameless, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	x, ok := c.held[id]
	return x.e, x.nameless, ok
}

func (c *leanEntities) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.held)
}

// selectedLists holds relation lists that a read ahead read in part (see
// rightsgraph.AroundQuery.Select), by entity id, each with what was
// selected. A list answers a field only when its selection covers all the
// field asks for (see covering); any other field loads the whole list.
type selectedLists struct {
	mu   sync.Mutex
	held map[string]selectedList
}

type selectedList struct {
	sel []rightsgraph.RelSelect
	// lean is true when rels are lean (rightsgraph.LeanRelation).
	lean bool
	rels []*rightsgraph.Relation
}

// reserve makes room for n lists before the first is held.
func (c *selectedLists) reserve(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil {
		c.held = make(map[string]selectedList, n)
	}
}

func (c *selectedLists) prime(id string, sel []rightsgraph.RelSelect, lean bool, rels []*rightsgraph.Relation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil {
		c.held = map[string]selectedList{}
	}
	if _, ok := c.held[id]; !ok {
		c.held[id] = selectedList{sel: sel, lean: lean, rels: rels}
	}
}

// covering returns the list held for entity id when its selection picks
// every relation of the types asked for (of every type when none) in
// direction dir, and the list is whole or lean is enough (the field asks
// only for what a lean relation holds): a list that relationsOf can
// filter down to what the whole list would give.
func (c *selectedLists) covering(id string, types []model.RelType, dir model.Direction, lean func() bool) ([]*rightsgraph.Relation, bool) {
	c.mu.Lock()
	held, ok := c.held[id]
	c.mu.Unlock()
	if !ok || held.lean && !lean() {
		return nil, false
	}
	covers := func(t rightsgraph.RelType) bool {
		return slices.ContainsFunc(held.sel, func(s rightsgraph.RelSelect) bool {
			return (s.Type == "" || s.Type == t) && (s.Dir == rightsgraph.DirBoth || string(s.Dir) == string(dir))
		})
	}
	if len(types) == 0 {
		return held.rels, covers("")
	}
	for _, t := range types {
		if !covers(rightsgraph.RelType(t)) {
			return nil, false
		}
	}
	return held.rels, true
}

func (c *selectedLists) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.held)
}

// Loader loads values by id for one request, and keeps them until
// ClearAll. Prime gives it a value read otherwise (a page of a list, a
// search hit), unless it has one already.
type Loader[V any] interface {
	Load(ctx context.Context, id string) (V, error)
	LoadAll(ctx context.Context, ids []string) ([]V, error)
	Prime(id string, v V) bool
	ClearAll()
}

// InProcess is what a store that runs in the process (the embedded one)
// implements: a call costs no round trip, so the layer does not wait to
// gather calls into batches. A store that wraps another passes it on.
type InProcess interface {
	InProcess() bool
}

// batchWait is how long a loader waits to gather a batch. It must outlast
// the resolution of a page's siblings, or a batch splits under load. The
// common shapes never wait on it: an entity, a page or a neighbourhood
// whose relations are asked for is read ahead in one call that primes
// the loaders (see readAround), so that only what that read does not
// hold (the reports of evidence, a second level of relations) is batched.
const batchWait = 3 * time.Millisecond

// NewLoaders returns loaders over s for one request.
func NewLoaders(s rightsgraph.Store) *Loaders {
	entities := func(ctx context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
		return s.EntitiesByIDs(ctx, ids)
	}
	relations := func(ctx context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
		return s.RelationsByEntityIDs(ctx, ids)
	}
	if p, ok := s.(InProcess); ok && p.InProcess() {
		return &Loaders{
			Entities:  &directLoader[*rightsgraph.Entity]{fetch: entities},
			Relations: &directLoader[[]*rightsgraph.Relation]{fetch: relations},
		}
	}
	return &Loaders{
		Entities: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*rightsgraph.Entity, []error) {
			found, err := entities(ctx, ids)
			return inOrder(ids, found, err)
		}, dataloadgen.WithWait(batchWait)),
		Relations: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]*rightsgraph.Relation, []error) {
			found, err := relations(ctx, ids)
			return inOrder(ids, found, err)
		}, dataloadgen.WithWait(batchWait)),
	}
}

// directLoader calls the store at once for what it does not hold yet.
// Resolvers run side by side: it holds its lock across the call, so that
// two of them asking for one id at once cost one store call (an
// in-process call takes microseconds, so nothing waits long).
type directLoader[V any] struct {
	fetch func(ctx context.Context, ids []string) (map[string]V, error)
	mu    sync.Mutex
	held  map[string]V
}

func (l *directLoader[V]) Load(ctx context.Context, id string) (V, error) {
	l.mu.Lock()
	v, ok := l.held[id]
	l.mu.Unlock()
	if ok { // most loads, once a read ahead has primed the loader
		return v, nil
	}
	vs, err := l.LoadAll(ctx, []string{id})
	if err != nil {
		var zero V
		return zero, err
	}
	return vs[0], nil
}

func (l *directLoader[V]) LoadAll(ctx context.Context, ids []string) ([]V, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var missing []string
	asked := map[string]bool{}
	for _, id := range ids {
		if _, ok := l.held[id]; !ok && !asked[id] {
			asked[id] = true
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		found, err := l.fetch(ctx, missing)
		if err != nil {
			return nil, err
		}
		if l.held == nil {
			l.held = make(map[string]V, len(found))
		}
		for _, id := range missing {
			l.held[id] = found[id]
		}
	}
	out := make([]V, len(ids))
	for i, id := range ids {
		out[i] = l.held[id]
	}
	return out, nil
}

func (l *directLoader[V]) Prime(id string, v V) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.held[id]; ok {
		return false
	}
	if l.held == nil {
		l.held = map[string]V{}
	}
	l.held[id] = v
	return true
}

func (l *directLoader[V]) ClearAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	clear(l.held)
}

// inOrder lays a map of results out in the order of keys; a missing key
// gets the zero value, and an error goes to every key.
func inOrder[V any](keys []string, found map[string]V, err error) ([]V, []error) {
	vals := make([]V, len(keys))
	var errs []error
	if err != nil {
		errs = make([]error, len(keys))
	}
	for i, k := range keys {
		vals[i] = found[k]
		if err != nil {
			errs[i] = err
		}
	}
	return vals, errs
}

type loadersKey struct{}

// WithLoaders gives every request its own loaders, so that nothing cached
// outlives the request, and tells how to marshal its lists (see
// sequentialLists).
func WithLoaders(s rightsgraph.Store, next http.Handler) http.Handler {
	sequential := sequentialLists(s)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(s))
		ctx = generated.WithSequentialLists(ctx, sequential)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// prime gives the request's entity loader entities a resolver has read
// already (an entity asked for by id, a page, search hits), so that their
// fields, and relations that lead back to them, do not read them again.
func prime(ctx context.Context, es ...*rightsgraph.Entity) {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		return
	}
	for _, e := range es {
		l.Entities.Prime(e.ID, e)
	}
}

// loadersFrom returns the request's loaders.
func loadersFrom(ctx context.Context) *Loaders {
	return ctx.Value(loadersKey{}).(*Loaders)
}
