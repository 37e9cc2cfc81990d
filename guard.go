package rightsgraph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Guard returns s behind the one place that decides what a request may
// see: every read of the returned store serves a request without clearance
// (see Cleared) its View of the graph, and a cleared one everything.
// Hidden entities read as unknown ids; lists, totals, search, counts and
// whole-graph reads leave out what is hidden; every text served masks
// the names of hidden entities. Writes pass through. Guarding a guarded
// store returns it as it is.
func Guard(s Store) Store {
	for inner := s; ; {
		switch t := inner.(type) {
		case *guarded:
			return s
		case interface{ Unwrap() Store }:
			inner = t.Unwrap()
			continue
		}
		return &guarded{Store: s}
	}
}

type guarded struct {
	Store

	mu     sync.Mutex // held while a view is built, so that one request builds it
	latest *View
}

// view returns the view of ctx's request: the one it already has, or
// that of the store's revision now.
func (g *guarded) view(ctx context.Context) (*View, error) {
	return g.viewOf(ctx, func() (int64, error) { return g.Store.Revision(ctx) })
}

// viewOf returns the view of ctx's request: the one it already has, or
// that of the revision read returns. read runs only when the request has
// no view yet, so that a read that returns the revision with its data
// (Around) can be the request's first read and cost no read of the
// revision before it.
func (g *guarded) viewOf(ctx context.Context, read func() (int64, error)) (*View, error) {
	slot, _ := ctx.Value(viewSlotKey{}).(*viewSlot)
	if slot != nil {
		slot.mu.Lock()
		defer slot.mu.Unlock()
		if slot.v != nil {
			return slot.v, nil
		}
	}
	rev, err := read()
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.latest == nil || g.latest.Revision != rev {
		v, err := newView(ctx, g.Store, rev)
		if err != nil {
			return nil, err
		}
		g.latest = v
	}
	if slot != nil {
		slot.v = g.latest
	}
	return g.latest, nil
}

func (g *guarded) Entity(ctx context.Context, id string) (*Entity, error) {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return nil, err
	}
	e, err := g.Store.Entity(ctx, id)
	if err != nil || v == nil {
		return e, err
	}
	if e = v.Entity(e); e == nil {
		return nil, hiddenError(id)
	}
	return e, nil
}

func (g *guarded) EntitiesByIDs(ctx context.Context, ids []string) (map[string]*Entity, error) {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return nil, err
	}
	es, err := g.Store.EntitiesByIDs(ctx, ids)
	if err != nil || v == nil {
		return es, err
	}
	for id, e := range es {
		if es[id] = v.Entity(e); es[id] == nil {
			delete(es, id)
		}
	}
	return es, nil
}

// ListEntities asks the store for as many more entities as the view hides
// among the matches, so that a page is full and its flags exact.
//
// A page read with what surrounds it (q.Around) can be the request's first
// read, as Around can: the view is then that of the revision read with
// the page (see Around), and the page is read again, wider, only when
// that view hides some of the matches.
func (g *guarded) ListEntities(ctx context.Context, q EntityQuery) (*EntityPage, error) {
	if Cleared(ctx) {
		return g.Store.ListEntities(ctx, q)
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var page *EntityPage
	read := func() (int64, error) { return g.Store.Revision(ctx) }
	if q.Around != nil {
		read = func() (int64, error) {
			var err error
			if page, err = g.Store.ListEntities(ctx, q); err != nil {
				return 0, err
			}
			if page.Around == nil {
				return 0, fmt.Errorf("the store's page has nothing around it")
			}
			return page.Around.Revision, nil
		}
	}
	v, err := g.viewOf(ctx, read)
	if err != nil {
		return nil, err
	}
	hidden := 0
	contains := Normalize(q.NameContains)
	for _, e := range v.hiddenEntities {
		if matchesQuery(e, q, contains) {
			hidden++
		}
	}
	if hidden == 0 { // nothing to leave out: the store's page, masked
		if page == nil {
			if page, err = g.Store.ListEntities(ctx, q); err != nil {
				return nil, err
			}
		}
		read := len(page.Entities)
		// Only what was loaded since the view can be hidden here.
		es, cursors := visibleOf(v, page)
		page.Entities, page.Cursors = es, cursors
		if page.Around != nil {
			page.Around = v.around(page.Around)
			if len(es) < read && q.Around.Depth == 1 { // nothing around what was left out
				page.Around = page.Around.of(es)
			}
		}
		return page, nil
	}
	backward := q.Last > 0
	n := q.First
	if backward {
		n = q.Last
	} else if n == 0 {
		n = DefaultPageSize
	}
	wide := q
	if backward {
		wide.Last = n + hidden + 1
	} else {
		wide.First = n + hidden + 1
	}
	page, err = g.Store.ListEntities(ctx, wide)
	if err != nil {
		return nil, err
	}
	out := &EntityPage{Total: max(page.Total-hidden, 0)}
	es, cursors := visibleOf(v, page)
	if len(es) == 0 {
		es, cursors = nil, nil
	}
	more := len(es) > n
	if backward {
		if more {
			es = es[len(es)-n:]
			if cursors != nil {
				cursors = cursors[len(cursors)-n:]
			}
		}
		out.HasPreviousPage = more
		out.HasNextPage, err = g.anyVisible(ctx, v, q, hidden, false)
	} else {
		if more {
			es = es[:n]
			if cursors != nil {
				cursors = cursors[:n]
			}
		}
		out.HasNextPage = more
		out.HasPreviousPage, err = g.anyVisible(ctx, v, q, hidden, true)
	}
	out.Entities, out.Cursors = es, cursors
	switch {
	case q.Around == nil || err != nil:
	case q.Around.Depth == 1 && page.Around != nil:
		out.Around = v.around(page.Around).of(es)
	default: // what the wider page read further out is not the page's
		aq := *q.Around
		aq.IDs = make([]string, len(es))
		for i, e := range es {
			aq.IDs[i] = e.ID
		}
		out.Around, err = g.Around(ctx, aq)
	}
	return out, err
}

// visibleOf returns, in place of the page's own, the entities of page that
// v shows, masked, with their cursors: none when the store made none
// (EntityQuery.NoCursors).
func visibleOf(v *View, page *EntityPage) ([]*Entity, []string) {
	es, cursors := page.Entities[:0], page.Cursors[:0]
	for i, e := range page.Entities {
		if e = v.Entity(e); e == nil {
			continue
		}
		es = append(es, e)
		if page.Cursors != nil {
			cursors = append(cursors, page.Cursors[i])
		}
	}
	return es, cursors
}

// anyVisible reports whether a visible entity matches q before its After
// cursor (before is true) or after its Before cursor: the flag a page in
// the other direction shows, exact so that it tells nothing of hidden
// entities.
func (g *guarded) anyVisible(ctx context.Context, v *View, q EntityQuery, hidden int, before bool) (bool, error) {
	other := EntityQuery{Kinds: q.Kinds, NameContains: q.NameContains, Report: q.Report, Order: q.Order, Desc: q.Desc}
	switch {
	case before && q.After != "":
		other.Before, other.Last = q.After, hidden+1
	case !before && q.Before != "":
		other.After, other.First = q.Before, hidden+1
	default:
		return false, nil
	}
	page, err := g.Store.ListEntities(ctx, other)
	if err != nil {
		return false, err
	}
	if slices.ContainsFunc(page.Entities, func(e *Entity) bool { return v.Entity(e) != nil }) {
		return true, nil
	}
	// The entity at the cursor itself counts, as the stores count it.
	_, id, err := DecodeCursor(cmp.Or(other.Before, other.After))
	if err != nil {
		return false, err
	}
	at, err := g.Store.EntitiesByIDs(ctx, []string{id})
	if err != nil {
		return false, err
	}
	e := at[id]
	return e != nil && e.ID == id && v.Entity(e) != nil && matchesQuery(e, q, Normalize(q.NameContains)), nil
}

// matchesQuery reports whether e matches q's filters, as the stores match
// them (contains is q.NameContains normalized).
func matchesQuery(e *Entity, q EntityQuery, contains string) bool {
	switch {
	case len(q.Kinds) > 0 && !slices.Contains(q.Kinds, e.Kind):
		return false
	case q.Report != "" && !slices.Contains(e.Reports, q.Report):
		return false
	case contains != "":
		return slices.ContainsFunc(e.Names(), func(n string) bool { return strings.Contains(NewKey(n).Norm, contains) })
	}
	return true
}

func (g *guarded) RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*Relation, error) {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return nil, err
	}
	rels, err := g.Store.RelationsByEntityIDs(ctx, ids)
	if err != nil || v == nil {
		return rels, err
	}
	for id, list := range rels {
		if v.hiddenEntities[id] != nil {
			delete(rels, id)
			continue
		}
		rels[id], _ = v.relations(list)
	}
	return rels, nil
}

// Around hides and masks as EntitiesByIDs and RelationsByEntityIDs do:
// what it reads through hidden entities and relations is read by the
// store, but served only where a read of those would serve it.
//
// When it is the first read of a request, the request's view is that of
// the revision the store read with the data (Around.Revision), not of one
// read before: the store reads both in one query, and the view is
// computed for that revision (or is the latest, when it is of that
// revision), so that no read of the revision goes before. Whichever the
// store reads first, the two are never further apart than a revision read
// before the data, as every other first read has them: a view older than
// the data misses only what changed in between, as the view of a request
// that began just before the change would; a newer one hides what is
// restricted in either, each entity and relation also by its own
// visibility.
func (g *guarded) Around(ctx context.Context, q AroundQuery) (*Around, error) {
	if Cleared(ctx) {
		return g.Store.Around(ctx, q)
	}
	var a *Around
	v, err := g.viewOf(ctx, func() (int64, error) {
		var err error
		if a, err = g.Store.Around(ctx, q); err != nil {
			return 0, err
		}
		return a.Revision, nil
	})
	if err != nil {
		return nil, err
	}
	if a == nil { // the request had its view already
		if a, err = g.Store.Around(ctx, q); err != nil {
			return nil, err
		}
	}
	return v.around(a), nil
}

// around returns a as the view shows it: without the entities and
// relations it hides, the rest masked, as EntitiesByIDs and
// RelationsByEntityIDs serve them, and without the entities it holds only
// as the other ends of hidden relations.
func (v *View) around(a *Around) *Around {
	for id, e := range a.Entities {
		switch shown := v.Entity(e); {
		case shown == nil:
			delete(a.Entities, id)
		case shown != e: // masked: most views change nothing, and cost no write
			a.Entities[id] = shown
		}
	}
	dropped := false
	for id, list := range a.Relations {
		if v.hiddenEntities[id] != nil {
			delete(a.Relations, id)
			continue
		}
		var lost bool
		a.Relations[id], lost = v.relations(list)
		dropped = dropped || lost
	}
	if dropped {
		// What remains reaches: the entities whose relations were read
		// (those asked for among them, under the id asked) and the other
		// ends of the relations kept.
		reached := map[string]bool{}
		for id, list := range a.Relations {
			reached[id] = true
			for _, r := range list {
				reached[r.Other(id)] = true
			}
		}
		for id, e := range a.Entities {
			if !reached[id] && !reached[e.ID] {
				delete(a.Entities, id)
			}
		}
	}
	return a
}

// relations returns list, a store's answer the caller owns, as the view
// shows it: without the relations it hides, the rest as Relation shows
// them, nil when none is left; and whether it hid any. It filters list in
// place rather than copy it: most views hide nothing of most lists.
func (v *View) relations(list []*Relation) (kept []*Relation, dropped bool) {
	kept = list[:0]
	for _, r := range list {
		if r = v.Relation(r); r != nil {
			kept = append(kept, r)
		} else {
			dropped = true
		}
	}
	if len(kept) == 0 {
		return nil, dropped
	}
	return kept, dropped
}

// Search asks the store for as many more hits as could be hidden or fall
// behind once the hidden relations no longer weigh, then ranks again.
//
// When it is the first read of a request and the store reads the revision
// with the hits (RevisionSearcher), the request's view is that of the
// revision read with them, as Around's is: the hits are asked for as
// many more as the latest view would need, and asked for again, wider,
// only when the view of that revision needs more.
func (g *guarded) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	if Cleared(ctx) {
		return g.Store.Search(ctx, q)
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	n := q.First
	if n == 0 {
		n = 10
	}
	widen := func(v *View) SearchQuery {
		wide := q
		wide.First = n
		if v != nil {
			wide.First += len(v.hiddenEntities) + len(v.lessEvidence)
		}
		wide.wide = true
		return wide
	}
	var hits []SearchHit
	var asked SearchQuery
	read := func() (int64, error) { return g.Store.Revision(ctx) }
	if rs, ok := g.Store.(RevisionSearcher); ok {
		read = func() (int64, error) {
			g.mu.Lock()
			latest := g.latest
			g.mu.Unlock()
			asked = widen(latest)
			var rev int64
			var err error
			hits, rev, err = rs.SearchRevision(ctx, asked)
			return rev, err
		}
	}
	v, err := g.viewOf(ctx, read)
	if err != nil {
		return nil, err
	}
	if wide := widen(v); asked.First < wide.First {
		if hits, err = g.Store.Search(ctx, wide); err != nil {
			return nil, err
		}
	}
	var kept []SearchHit
	for _, h := range hits {
		if v.entityHidden(h.Entity) {
			continue
		}
		h.Relations -= v.lessRelations[h.Entity.ID]
		h.Evidence -= v.lessEvidence[h.Entity.ID]
		kept = append(kept, h)
	}
	kept = RankHits(kept, n)
	for i := range kept {
		kept[i].Entity = v.Entity(kept[i].Entity)
	}
	return kept, nil
}

func (g *guarded) Stats(ctx context.Context) (*Stats, error) {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return nil, err
	}
	st, err := g.Store.Stats(ctx)
	if err != nil || v == nil {
		return st, err
	}
	for _, e := range v.hiddenEntities {
		st.Nodes--
		st.NodesByKind[e.Kind]--
	}
	for _, r := range v.hiddenRelations {
		st.Relationships--
		st.RelsByType[r.Type]--
		st.Evidence -= len(r.Evidence)
	}
	st.Evidence -= v.hiddenPieces
	return st, nil
}

func (g *guarded) EachEntity(ctx context.Context, fn func(*Entity) error) error {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return err
	}
	return g.Store.EachEntity(ctx, func(e *Entity) error {
		if v != nil {
			if e = v.Entity(e); e == nil {
				return nil
			}
		}
		return fn(e)
	})
}

func (g *guarded) EachRelation(ctx context.Context, fn func(*Relation) error) error {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return err
	}
	return g.Store.EachRelation(ctx, func(r *Relation) error {
		if v != nil {
			if r = v.Relation(r); r == nil {
				return nil
			}
		}
		return fn(r)
	})
}

func (g *guarded) Snapshot(ctx context.Context) (*Snapshot, error) {
	v, err := ViewOf(ctx, g)
	if err != nil {
		return nil, err
	}
	snap, err := g.Store.Snapshot(ctx)
	if err != nil || v == nil {
		return snap, err
	}
	var es []*Entity
	var rs []*Relation
	snap.EachEntity(ctx, func(e *Entity) error { //nolint:errcheck // fn never fails
		if e = v.Entity(e); e != nil {
			es = append(es, e)
		}
		return nil
	})
	snap.EachRelation(ctx, func(r *Relation) error { //nolint:errcheck // fn never fails
		if r = v.Relation(r); r != nil {
			rs = append(rs, r)
		}
		return nil
	})
	return NewSnapshot(snap.Revision, es, rs), nil
}

// Restricted tells a request without clearance of nothing.
func (g *guarded) Restricted(ctx context.Context) (*Restrictions, error) {
	if !Cleared(ctx) {
		return &Restrictions{}, nil
	}
	return g.Store.Restricted(ctx)
}

// LoadReport loads, then forgets the request's view: what it reads next
// must see what it wrote.
func (g *guarded) LoadReport(ctx context.Context, rg *ReportGraph) error {
	defer forgetView(ctx)
	return g.Store.LoadReport(ctx, rg)
}

// Edit edits, then forgets the request's view (see LoadReport).
func (g *guarded) Edit(ctx context.Context, fn func(tx EditTx) error) error {
	defer forgetView(ctx)
	return g.Store.Edit(ctx, fn)
}

// forgetView drops the view a request keeps (WithRequestView).
func forgetView(ctx context.Context) {
	if slot, _ := ctx.Value(viewSlotKey{}).(*viewSlot); slot != nil {
		slot.mu.Lock()
		slot.v = nil
		slot.mu.Unlock()
	}
}

// InProcess passes on whether the guarded store runs in the process (the
// GraphQL layer then calls it at once rather than batch).
func (g *guarded) InProcess() bool {
	p, ok := g.Store.(interface{ InProcess() bool })
	return ok && p.InProcess()
}
