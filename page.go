package rightsgraph

import (
	"slices"
	"strings"
)

// DefaultPageSize is the page size of a list asked for without first or last.
const DefaultPageSize = 20

// SortEntities sorts entities in place by (SortKey, ID) in the query's order.
func SortEntities(es []*Entity, o EntityOrder, desc bool) {
	slices.SortFunc(es, func(a, b *Entity) int {
		c := strings.Compare(SortKey(a, o), SortKey(b, o))
		if c == 0 {
			c = strings.Compare(a.ID, b.ID)
		}
		if desc {
			c = -c
		}
		return c
	})
}

// PageOf cuts the page q asks for out of all matching entities, already
// sorted by SortEntities. Cursors point at (sort key, id), so a page stays
// right when entities before it are added or removed.
func PageOf(sorted []*Entity, q EntityQuery) (*EntityPage, error) {
	o := q.Order
	if o == "" {
		o = OrderByName
	}
	// position returns the index of the first entity after (or, with
	// strict=false, at or after) the cursor in the list's order.
	position := func(c string) (int, error) {
		key, id, err := DecodeCursor(c)
		if err != nil {
			return 0, err
		}
		i, _ := slices.BinarySearchFunc(sorted, cursor{key, id}, func(e *Entity, t cursor) int {
			c := strings.Compare(SortKey(e, o), t.Key)
			if c == 0 {
				c = strings.Compare(e.ID, t.ID)
			}
			if q.Desc {
				c = -c
			}
			return c
		})
		return i, nil
	}
	lo, hi := 0, len(sorted)
	if q.After != "" {
		i, err := position(q.After)
		if err != nil {
			return nil, err
		}
		if i < len(sorted) && sorted[i].ID == mustID(q.After) {
			i++
		}
		lo = i
	}
	if q.Before != "" {
		i, err := position(q.Before)
		if err != nil {
			return nil, err
		}
		hi = max(i, lo)
	}
	page := &EntityPage{Total: len(sorted), HasPreviousPage: lo > 0, HasNextPage: hi < len(sorted)}
	switch {
	case q.Last > 0:
		if hi-lo > q.Last {
			lo = hi - q.Last
			page.HasPreviousPage = true
		}
	default:
		first := q.First
		if first == 0 {
			first = DefaultPageSize
		}
		if hi-lo > first {
			hi = lo + first
			page.HasNextPage = true
		}
	}
	for _, e := range sorted[lo:hi] {
		page.Entities = append(page.Entities, e)
		page.Cursors = append(page.Cursors, EncodeCursor(e, o))
	}
	return page, nil
}

func mustID(c string) string {
	_, id, _ := DecodeCursor(c)
	return id
}
