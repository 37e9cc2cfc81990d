package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/rightsgraph/rightsgraph"
)

// Loaders batch the store look-ups of one request: every entity and every
// relation list asked for while resolving one level of a query costs one
// store call, not one per object.
type Loaders struct {
	Entities  *dataloadgen.Loader[string, *rightsgraph.Entity]
	Relations *dataloadgen.Loader[string, []*rightsgraph.Relation]
}

// batchWait is how long a loader waits to gather a batch. It must outlast
// the resolution of a page's siblings, or a batch splits under load.
const batchWait = 3 * time.Millisecond

// NewLoaders returns loaders over s for one request.
func NewLoaders(s rightsgraph.Store) *Loaders {
	return &Loaders{
		Entities: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*rightsgraph.Entity, []error) {
			found, err := s.EntitiesByIDs(ctx, ids)
			return inOrder(ids, found, err)
		}, dataloadgen.WithWait(batchWait)),
		Relations: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]*rightsgraph.Relation, []error) {
			found, err := s.RelationsByEntityIDs(ctx, ids)
			return inOrder(ids, found, err)
		}, dataloadgen.WithWait(batchWait)),
	}
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
// outlives the request.
func WithLoaders(s rightsgraph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders.
func loadersFrom(ctx context.Context) *Loaders {
	return ctx.Value(loadersKey{}).(*Loaders)
}
