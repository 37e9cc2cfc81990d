package rightsgraph

import (
	"encoding/base64"
	"encoding/json"
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

// EntityOrder is the order of an entity list.
type EntityOrder string

// The orders of entity lists: by name (case- and accent-insensitive, then
// id) or by id.
const (
	OrderByName EntityOrder = "NAME"
	OrderByID   EntityOrder = "ID"
)

// EntityQuery selects a page of entities. Kinds, Report and NameContains
// filter (all must hold); Order and Desc sort; First/After page forwards and
// Last/Before backwards with cursors from earlier pages (Relay style).
//
// Around, when set, asks for what surrounds the page's entities too, in
// EntityPage.Around: what Store.Around answers for Around with the ids of
// the page's entities (its own IDs are ignored). A store whose calls cost
// a round trip reads both in one.
type EntityQuery struct {
	Kinds        []Kind
	NameContains string // matches name or alias, after Normalize
	Report       string // only entities this report declares
	Order        EntityOrder
	Desc         bool
	First        int
	After        string
	Last         int
	Before       string
	Around       *AroundQuery
	// NoTotal, NoPrevious and NoCursors say that the caller will read
	// neither the page's Total, nor its HasPreviousPage, nor its Cursors:
	// a store may then leave them zero (Cursors nil) rather than compute
	// them. The entities and HasNextPage are the same either way.
	NoTotal, NoPrevious, NoCursors bool
}

// EntityPage is one page of an entity list. Cursors[i] is the cursor of
// Entities[i]; Total counts every match, on all pages.
type EntityPage struct {
	Entities        []*Entity
	Cursors         []string
	HasNextPage     bool
	HasPreviousPage bool
	Total           int
	// Around is what surrounds Entities, when the query asked for it
	// (EntityQuery.Around), read with the page: its Revision is that of
	// the page.
	Around *Around
}

// SortKey returns the key an entity sorts by in the given order. Stores sort
// by (SortKey, ID), so that pages are stable and equal across stores.
func SortKey(e *Entity, o EntityOrder) string {
	if o == OrderByID {
		return e.ID
	}
	return Normalize(e.Name)
}

// cursor is what an opaque cursor encodes: the sort key and id of the
// entity it points at.
type cursor struct {
	Key string `json:"k"`
	ID  string `json:"i"`
}

// EncodeCursor returns the opaque cursor of an entity in an order.
func EncodeCursor(e *Entity, o EntityOrder) string {
	return CursorAt(SortKey(e, o), e.ID)
}

// CursorAt returns the opaque cursor of the entity id whose sort key is
// key: EncodeCursor for a store that keeps the sort keys it computed.
func CursorAt(key, id string) string {
	// A page makes one cursor per entity: plain text is written as
	// json.Marshal writes it, without its reflection, and encoded in
	// buffers on the stack, so that the cursor is the one allocation.
	var jsonBuf [128]byte
	var b []byte
	if plainJSON(key) && plainJSON(id) {
		b = append(append(append(append(append(jsonBuf[:0], `{"k":"`...), key...), `","i":"`...), id...), `"}`...)
	} else {
		b, _ = json.Marshal(cursor{Key: key, ID: id})
	}
	var encBuf [192]byte
	var out []byte
	if n := base64.RawURLEncoding.EncodedLen(len(b)); n <= len(encBuf) {
		out = encBuf[:n]
	} else {
		out = make([]byte, n)
	}
	base64.RawURLEncoding.Encode(out, b)
	return string(out)
}

// plainJSON reports whether json.Marshal writes s as it is between
// quotes: printable ASCII with nothing it escapes.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// DecodeCursor returns the sort key and id a cursor points at, or an
// EINVALID error for a cursor this package did not make.
func DecodeCursor(s string) (key, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.ID == "" {
		return "", "", Errorf(EINVALID, "invalid cursor %q", s)
	}
	return c.Key, c.ID, nil
}

// Validate checks the query's arguments.
func (q *EntityQuery) Validate() error {
	switch {
	case q.First < 0 || q.Last < 0:
		return Errorf(EINVALID, "first and last must not be negative")
	case q.First > 0 && q.Last > 0:
		return Errorf(EINVALID, "use first or last, not both")
	case q.Order != "" && q.Order != OrderByName && q.Order != OrderByID:
		return Errorf(EINVALID, "unknown order %q", q.Order)
	}
	for _, k := range q.Kinds {
		if !k.Valid() {
			return Errorf(EINVALID, "unknown kind %q", k)
		}
	}
	if q.Around != nil {
		return q.Around.Validate()
	}
	return nil
}
