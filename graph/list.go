package graph

import (
	"context"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// MaxPageSize caps first and last on every list.
const MaxPageSize = 100

// listArgs are the arguments every entity list takes.
type listArgs struct {
	filter  *model.EntityFilter
	orderBy *model.EntityOrder
	first   *int
	after   *string
	last    *int
	before  *string
}

// list fetches one page of entities of the given kinds.
func (r *Resolver) list(ctx context.Context, kinds []rightsgraph.Kind, a listArgs) (*rightsgraph.EntityPage, error) {
	q := rightsgraph.EntityQuery{Kinds: kinds, Order: rightsgraph.OrderByName}
	if a.filter != nil {
		q.NameContains = deref(a.filter.NameContains)
		q.Report = deref(a.filter.Report)
	}
	if a.orderBy != nil {
		q.Order = rightsgraph.EntityOrder(a.orderBy.Field)
		q.Desc = a.orderBy.Direction == model.OrderDirectionDesc
	}
	q.After, q.Before = deref(a.after), deref(a.before)
	if a.first != nil {
		q.First = *a.first
	}
	if a.last != nil {
		q.Last = *a.last
	}
	if q.First > MaxPageSize || q.Last > MaxPageSize {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "first and last must be at most %d", MaxPageSize)
	}
	if (a.first != nil && *a.first == 0) || (a.last != nil && *a.last == 0) {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "first and last must be at least 1")
	}
	// What the connection does not select, the store need not work out.
	info := asks(ctx, "pageInfo")
	q.NoTotal, q.NoPrevious, q.NoCursors = !asks(ctx, "totalCount"), !info, !info && !asks(ctx, "edges")
	if readsAhead(ctx) {
		// The page with what the query asks of its entities, in one read.
		aq := aroundAhead(ctx, true)
		q.Around = &aq
	}
	page, err := r.Store.ListEntities(ctx, q)
	if err != nil {
		return nil, err
	}
	if q.Around == nil || !q.Around.LeanAsked { // lean ones answer only what the query asks of them
		prime(ctx, page.Entities...)
	}
	if page.Around != nil {
		aq := *q.Around
		for _, e := range page.Entities {
			aq.IDs = append(aq.IDs, e.ID)
		}
		primeAround(ctx, page.Around, aq)
	}
	return page, nil
}

// entity reads the entity of a root field (entity, node), or nil for an
// unknown or hidden id. When the query asks for its relations, it reads
// them and their other ends with it (see readAround).
func (r *Resolver) entity(ctx context.Context, id string) (*rightsgraph.Entity, error) {
	if readsAhead(ctx) {
		found, err := readAround(ctx, r.Store, []string{id})
		if err != nil {
			return nil, err
		}
		return found[id], nil
	}
	e, err := r.Store.Entity(ctx, id)
	if rightsgraph.ErrorCode(err) == rightsgraph.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	prime(ctx, e)
	return e, nil
}

// typedPage turns a page into the nodes and edges of a typed connection;
// the edges only when the connection being resolved asks for them.
func typedPage[N model.Entity, E any](ctx context.Context, page *rightsgraph.EntityPage, edge func(cursor string, n N) E) ([]N, []E) {
	nodes, edges := make([]N, len(page.Entities)), []E{}
	for i, e := range page.Entities {
		nodes[i] = toEntity(e).(N)
	}
	if asks(ctx, "edges") {
		edges = make([]E, len(nodes))
		for i, n := range nodes {
			edges[i] = edge(page.Cursors[i], n)
		}
	}
	return nodes, edges
}

func pageInfo(p *rightsgraph.EntityPage) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPreviousPage}
	if n := len(p.Cursors); n > 0 {
		info.StartCursor, info.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return info
}

// toKinds turns GraphQL kinds into domain kinds: both are their names.
func toKinds(ks []model.Kind) []rightsgraph.Kind { return convertNames[rightsgraph.Kind](ks) }

// toRelTypes turns GraphQL relationship types into domain ones.
func toRelTypes(ts []model.RelType) []rightsgraph.RelType {
	return convertNames[rightsgraph.RelType](ts)
}

// convertNames converts between string types that share their values.
func convertNames[To, From ~string](in []From) []To {
	out := make([]To, len(in))
	for i, v := range in {
		out[i] = To(v)
	}
	return out
}

// deref returns *p, or the zero value for nil.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}
