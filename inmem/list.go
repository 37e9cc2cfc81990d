package inmem

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/google/btree"

	"github.com/rightsgraph/rightsgraph"
)

// listItem is an entity's place in a sorted list: its sort key in the
// list's order, its id, and its record. Lists sort by (key, id), as
// rightsgraph.SortEntities does.
type listItem struct {
	key string
	id  string
	rec *entityRecord // nil in an item that only marks a place (a cursor)
}

func lessItem(a, b listItem) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.id < b.id
}

func compareItems(a, b listItem) int {
	return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.id, b.id))
}

// listKey names one sorted list: the entities of one kind ("" for all
// kinds) in one order.
type listKey struct {
	kind  rightsgraph.Kind
	order rightsgraph.EntityOrder
}

// lists keeps every entity sorted, per kind and for all kinds, in both
// orders, so that a page costs its own size and a few seeks, not a sort
// of every match. The sort keys are computed once, when an entity is
// written.
type lists struct {
	trees map[listKey]*btree.BTreeG[listItem]
}

var orders = []rightsgraph.EntityOrder{rightsgraph.OrderByName, rightsgraph.OrderByID}

// listDegree is the B-tree's degree: wide nodes keep the tree shallow and
// the walks along a page within few nodes.
const listDegree = 32

func newLists() lists {
	l := lists{trees: map[listKey]*btree.BTreeG[listItem]{}}
	for _, o := range orders {
		l.trees[listKey{"", o}] = btree.NewG(listDegree, lessItem)
		for _, k := range rightsgraph.Kinds {
			l.trees[listKey{k, o}] = btree.NewG(listDegree, lessItem)
		}
	}
	return l
}

// sortKey returns the record's key in an order: its id, or its name as
// rightsgraph.SortKey folds it (computed once, in setDeclarations).
func (r *entityRecord) sortKey(o rightsgraph.EntityOrder) string {
	if o == rightsgraph.OrderByID {
		return r.current.ID
	}
	return r.sortName
}

// tree returns the list of a kind in an order, making one for a kind
// this release does not know (a journal is read as it is); the write lock
// is held.
func (l lists) tree(k rightsgraph.Kind, o rightsgraph.EntityOrder) *btree.BTreeG[listItem] {
	t, ok := l.trees[listKey{k, o}]
	if !ok {
		t = btree.NewG(listDegree, lessItem)
		l.trees[listKey{k, o}] = t
	}
	return t
}

// put replaces old (nil: none) by r (nil: the entity is gone) in every list.
func (l lists) put(old, r *entityRecord) {
	for _, o := range orders {
		if old != nil {
			it := listItem{key: old.sortKey(o), id: old.current.ID}
			if r == nil || r.current.Kind != old.current.Kind || r.sortKey(o) != it.key {
				l.tree(old.current.Kind, o).Delete(it)
				l.tree("", o).Delete(it)
			}
		}
		if r != nil {
			it := listItem{key: r.sortKey(o), id: r.current.ID, rec: r}
			l.tree(r.current.Kind, o).ReplaceOrInsert(it)
			l.tree("", o).ReplaceOrInsert(it)
		}
	}
}

// ListEntities returns one page of the entities that match q, with the
// same pages, cursors and totals as rightsgraph.PageOf over all matches
// sorted by rightsgraph.SortEntities.
func (s *Store) ListEntities(_ context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	o := cmp.Or(q.Order, rightsgraph.OrderByName)
	var after, before *listItem
	for _, c := range []struct {
		cursor string
		to     **listItem
	}{{q.After, &after}, {q.Before, &before}} {
		if c.cursor == "" {
			continue
		}
		key, id, err := rightsgraph.DecodeCursor(c.cursor)
		if err != nil {
			return nil, err
		}
		*c.to = &listItem{key: key, id: id}
	}
	kinds := slices.Compact(slices.Sorted(slices.Values(q.Kinds)))
	if len(kinds) == len(rightsgraph.Kinds) {
		kinds = nil // all of them: the list of all kinds holds them in one
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var trees []*btree.BTreeG[listItem]
	if len(kinds) == 0 {
		kinds = []rightsgraph.Kind{""}
	}
	for _, k := range kinds {
		// Read only: every valid kind has its lists from the start.
		if t, ok := s.lists.trees[listKey{k, o}]; ok {
			trees = append(trees, t)
		}
	}
	var page *rightsgraph.EntityPage
	if q.NameContains != "" || q.Report != "" {
		page = cut(s.scan(trees, q), q, after, before)
	} else {
		page = keyset(trees, q, after, before)
	}
	cp := new(rightsgraph.Copier)
	// The page's entities are Around's when it reads them as the page
	// has them: whole, or lean when LeanAsked asks so.
	fromAround := q.Around != nil && (!q.Around.Lean || q.Around.LeanAsked)
	if !fromAround {
		cp.Grow(len(page.Entities), 0)
	}
	if q.Around != nil {
		aq := *q.Around
		aq.IDs = make([]string, len(page.Entities))
		for i, e := range page.Entities {
			aq.IDs[i] = e.ID
		}
		page.Around = s.around(aq, cp) // under the read lock the page was cut with
	}
	// The store's entities are never changed in place, but callers may
	// change what they get: the page holds copies, those Around made of
	// its entities when it made them whole rather than second ones.
	for i, e := range page.Entities {
		if fromAround && page.Around.Entities[e.ID] != nil {
			page.Entities[i] = page.Around.Entities[e.ID]
		} else {
			page.Entities[i] = cp.Entity(e)
		}
	}
	return page, nil
}

// scan returns, in the list's order, the items of trees that match the
// query's name and report filters: a walk over the sorted lists, with no
// sort.
func (s *Store) scan(trees []*btree.BTreeG[listItem], q rightsgraph.EntityQuery) []listItem {
	contains := rightsgraph.Normalize(q.NameContains)
	var out []listItem
	for _, t := range trees {
		t.Ascend(func(it listItem) bool {
			r := it.rec
			if q.Report != "" && !slices.Contains(r.current.Reports, q.Report) {
				return true
			}
			if contains != "" && !slices.ContainsFunc(r.keys, func(k rightsgraph.Key) bool { return strings.Contains(k.Norm, contains) }) {
				return true
			}
			out = append(out, it)
			return true
		})
	}
	if len(trees) > 1 {
		slices.SortFunc(out, compareItems) // merge the kinds' lists
	}
	if q.Desc {
		slices.Reverse(out)
	}
	return out
}

// cut cuts the page q asks for out of all matching items, in the list's
// order, as rightsgraph.PageOf does.
func cut(items []listItem, q rightsgraph.EntityQuery, after, before *listItem) *rightsgraph.EntityPage {
	order := func(a, b listItem) int {
		if q.Desc {
			return compareItems(b, a)
		}
		return compareItems(a, b)
	}
	lo, hi := 0, len(items)
	if after != nil {
		i, _ := slices.BinarySearchFunc(items, *after, order)
		if i < len(items) && items[i].id == after.id {
			i++
		}
		lo = i
	}
	if before != nil {
		i, _ := slices.BinarySearchFunc(items, *before, order)
		hi = max(i, lo)
	}
	page := &rightsgraph.EntityPage{Total: len(items), HasPreviousPage: lo > 0, HasNextPage: hi < len(items)}
	if q.Last > 0 {
		if hi-lo > q.Last {
			lo = hi - q.Last
			page.HasPreviousPage = true
		}
	} else if first := cmp.Or(q.First, rightsgraph.DefaultPageSize); hi-lo > first {
		hi = lo + first
		page.HasNextPage = true
	}
	fill(page, items[lo:hi], q)
	return page
}

func fill(page *rightsgraph.EntityPage, items []listItem, q rightsgraph.EntityQuery) {
	page.Entities = make([]*rightsgraph.Entity, 0, len(items))
	for _, it := range items {
		page.Entities = append(page.Entities, it.rec.current)
	}
	if !q.NoCursors { // the one part of a page that costs work per entity
		page.Cursors = make([]string, 0, len(items))
		for _, it := range items {
			page.Cursors = append(page.Cursors, rightsgraph.CursorAt(it.key, it.id))
		}
	}
	if len(items) == 0 { // as PageOf leaves them
		page.Entities, page.Cursors = nil, nil
	}
}

// keyset cuts the page q asks for out of the sorted lists of trees, with
// no filter but the kinds: a few seeks and a walk as long as the page.
// In the list's order (ascending, or descending with q.Desc) PageOf's
// page is the items from a lower bound (at or after the after cursor,
// and past the first of those when it has the cursor's id) up to before
// the before cursor.
func keyset(trees []*btree.BTreeG[listItem], q rightsgraph.EntityQuery, after, before *listItem) *rightsgraph.EntityPage {
	w := walker{trees: trees, desc: q.Desc}
	page := &rightsgraph.EntityPage{}
	for _, t := range trees {
		page.Total += t.Len()
	}
	// lower is the first item of the page's range, open when the item at
	// the after cursor is left out.
	var lower *listItem
	lowerOpen := false
	if after != nil {
		lower = after
		if first, ok := w.first(*after, false); ok && first.id == after.id {
			lower, lowerOpen = &first, true
		}
	}
	inRange := func(it listItem) bool { return before == nil || w.order(it, *before) < 0 }
	// HasPreviousPage: something lies before the range; HasNextPage:
	// something lies at or after both its start and the before cursor.
	page.HasPreviousPage = lowerOpen || lower != nil && w.any(func(t *btree.BTreeG[listItem]) bool { return w.existsBefore(t, *lower) })
	switch {
	case before == nil:
		page.HasNextPage = false
	case lower == nil || w.order(*before, *lower) > 0:
		_, page.HasNextPage = w.first(*before, false)
	default:
		_, page.HasNextPage = w.first(*lower, lowerOpen)
	}
	var items []listItem
	if q.Last > 0 {
		// Backwards from the before cursor (or the end), within the range.
		items = w.collectBack(before, q.Last+1, func(it listItem) bool {
			return lower == nil || w.order(it, *lower) > 0 || !lowerOpen && w.order(it, *lower) == 0
		})
		if len(items) > q.Last {
			items = items[:q.Last]
			page.HasPreviousPage = true
		}
		slices.Reverse(items)
	} else {
		first := cmp.Or(q.First, rightsgraph.DefaultPageSize)
		items = w.collect(lower, lowerOpen, first+1, inRange)
		if len(items) > first {
			items = items[:first]
			page.HasNextPage = true
		}
	}
	fill(page, items, q)
	return page
}

// walker walks sorted lists in a list's order: ascending, or descending.
type walker struct {
	trees []*btree.BTreeG[listItem]
	desc  bool
}

func (w walker) order(a, b listItem) int {
	if w.desc {
		return compareItems(b, a)
	}
	return compareItems(a, b)
}

func (w walker) any(f func(*btree.BTreeG[listItem]) bool) bool {
	return slices.ContainsFunc(w.trees, f)
}

// forward calls fn on the items of t from pivot on (all with nil; past
// it when open) in the list's order, until fn returns false.
func (w walker) forward(t *btree.BTreeG[listItem], pivot *listItem, open bool, fn func(listItem) bool) {
	iter := func(it listItem) bool {
		if open && compareItems(it, *pivot) == 0 {
			return true
		}
		return fn(it)
	}
	switch {
	case pivot == nil && !w.desc:
		t.Ascend(iter)
	case pivot == nil:
		t.Descend(iter)
	case !w.desc:
		t.AscendGreaterOrEqual(*pivot, iter)
	default:
		t.DescendLessOrEqual(*pivot, iter)
	}
}

// backward calls fn on the items of t before pivot (all with nil), the
// nearest first, until fn returns false.
func (w walker) backward(t *btree.BTreeG[listItem], pivot *listItem, fn func(listItem) bool) {
	switch {
	case pivot == nil && !w.desc:
		t.Descend(fn)
	case pivot == nil:
		t.Ascend(fn)
	case !w.desc:
		t.DescendLessOrEqual(*pivot, func(it listItem) bool {
			if compareItems(it, *pivot) == 0 {
				return true
			}
			return fn(it)
		})
	default:
		t.AscendGreaterOrEqual(*pivot, func(it listItem) bool {
			if compareItems(it, *pivot) == 0 {
				return true
			}
			return fn(it)
		})
	}
}

// first returns the first item, over all trees, at pivot or after it
// (past it when open) in the list's order.
func (w walker) first(pivot listItem, open bool) (listItem, bool) {
	var best listItem
	found := false
	for _, t := range w.trees {
		w.forward(t, &pivot, open, func(it listItem) bool {
			if !found || w.order(it, best) < 0 {
				best, found = it, true
			}
			return false
		})
	}
	return best, found
}

// existsBefore reports whether t holds an item before pivot in the list's
// order.
func (w walker) existsBefore(t *btree.BTreeG[listItem], pivot listItem) bool {
	found := false
	w.backward(t, &pivot, func(listItem) bool {
		found = true
		return false
	})
	return found
}

// collect returns the first n items from pivot on over all trees, in the
// list's order, that keep satisfies; it stops at the first that does not.
func (w walker) collect(pivot *listItem, open bool, n int, keep func(listItem) bool) []listItem {
	var out []listItem
	for _, t := range w.trees {
		taken := 0
		w.forward(t, pivot, open, func(it listItem) bool {
			if taken == n || !keep(it) {
				return false
			}
			out = append(out, it)
			taken++
			return true
		})
	}
	if len(w.trees) > 1 {
		slices.SortFunc(out, w.order)
	}
	return out[:min(n, len(out))]
}

// collectBack returns the last n items before pivot over all trees, the
// nearest first, that keep satisfies; it stops at the first that does not.
func (w walker) collectBack(pivot *listItem, n int, keep func(listItem) bool) []listItem {
	var out []listItem
	for _, t := range w.trees {
		taken := 0
		w.backward(t, pivot, func(it listItem) bool {
			if taken == n || !keep(it) {
				return false
			}
			out = append(out, it)
			taken++
			return true
		})
	}
	if len(w.trees) > 1 {
		slices.SortFunc(out, func(a, b listItem) int { return w.order(b, a) })
	}
	return out[:min(n, len(out))]
}
