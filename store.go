package rightsgraph

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"
)

// Store keeps the graph. Every implementation is safe for concurrent use,
// returns copies that callers may change, and reports user errors with the
// codes of error.go: ENOTFOUND for an unknown id, EINVALID for bad
// arguments, EUNAVAILABLE when its backend cannot be reached.
type Store interface {
	TokenStore

	// Entity returns one entity. The id of an entity merged into another
	// resolves to the survivor.
	Entity(ctx context.Context, id string) (*Entity, error)
	// EntitiesByIDs returns the entities that exist among ids, by id (the
	// id asked for: a merged id maps to its survivor).
	EntitiesByIDs(ctx context.Context, ids []string) (map[string]*Entity, error)
	// ListEntities returns one page of the entities that match q.
	ListEntities(ctx context.Context, q EntityQuery) (*EntityPage, error)
	// RelationsByEntityIDs returns, for each of ids, every relation that
	// starts or ends there, ordered by type, then other end, then id.
	RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*Relation, error)
	// Search ranks the entities whose name or an alias matches the query
	// (see MatchKey), best first; equal scores by weight of evidence, then
	// name, then id (see RankHits). Each hit carries the counts RankHits
	// weighs.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Stats counts nodes and relationships.
	Stats(ctx context.Context) (*Stats, error)
	// EachEntity calls fn for every entity, ordered by id, until fn fails.
	EachEntity(ctx context.Context, fn func(*Entity) error) error
	// EachRelation calls fn for every relation, ordered by id, until fn fails.
	EachRelation(ctx context.Context, fn func(*Relation) error) error
	// Snapshot reads the whole graph as it stands at one moment: unlike
	// an EachEntity followed by an EachRelation, it never mixes two states
	// when changes are made meanwhile. Exports read it.
	Snapshot(ctx context.Context) (*Snapshot, error)

	// LoadReport replaces, in one atomic write, everything the report said
	// before with what g says now: evidence from other reports and from
	// editors stays, relations left without evidence and entities no report
	// or editor declares any more disappear. What editors did holds: merged
	// ids are read as their survivors (see ReportGraph.Redirect) and
	// retracted relations are left out. Loading the same graph twice
	// writes nothing the second time: neither Revision nor the audit log
	// moves. A load that changes the graph is recorded in the audit log.
	// Every store's is rightsgraph.LoadReport, one logic over EditTx.
	LoadReport(ctx context.Context, g *ReportGraph) error

	// Edit runs fn as one atomic change (see EditTx): all its writes take
	// effect, durably, or none do, and no other change interleaves. It
	// takes the change's sequence number (EditTx.Seq) before fn runs; a
	// change that writes nothing spends none. fn may
	// run more than once (a store may retry a transient failure), so it
	// acts only through tx.
	Edit(ctx context.Context, fn func(tx EditTx) error) error
	// AuditLog returns a page of the audit log, newest first.
	AuditLog(ctx context.Context, q AuditQuery) (*AuditPage, error)

	// Revision returns a number that changes whenever the graph does, so
	// that derived results (analysis) can be cached per revision.
	Revision(ctx context.Context) (int64, error)

	// Ping checks that the backend answers.
	Ping(ctx context.Context) error
	// Close releases the backend.
	Close() error
}

// ReportGraph is everything one report states: the report itself, the
// entities its annotation declares, and its relations, whose evidence all
// cites the report. The seed loader builds it after validation.
type ReportGraph struct {
	Report    *Entity
	Entities  []*Entity
	Relations []*Relation
}

// SearchQuery asks for the entities best matching Text, of the given kinds
// (all when empty), at most First of them.
type SearchQuery struct {
	Text  string
	Kinds []Kind
	First int
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
}

// EntityPage is one page of an entity list. Cursors[i] is the cursor of
// Entities[i]; Total counts every match, on all pages.
type EntityPage struct {
	Entities        []*Entity
	Cursors         []string
	HasNextPage     bool
	HasPreviousPage bool
	Total           int
}

// Stats counts the graph: nodes by kind, relationships by type, pieces of
// evidence.
type Stats struct {
	Nodes         int
	Relationships int
	Evidence      int
	NodesByKind   map[Kind]int
	RelsByType    map[RelType]int
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
	b, _ := json.Marshal(cursor{Key: SortKey(e, o), ID: e.ID})
	return base64.RawURLEncoding.EncodeToString(b)
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
	return nil
}

// MaxSearchResults caps SearchQuery.First.
const MaxSearchResults = 100

// Validate checks the query's arguments.
func (q *SearchQuery) Validate() error {
	switch {
	case q.First < 0:
		return Errorf(EINVALID, "first must not be negative")
	case q.First > MaxSearchResults:
		return Errorf(EINVALID, "first must be at most %d", MaxSearchResults)
	}
	for _, k := range q.Kinds {
		if !k.Valid() {
			return Errorf(EINVALID, "unknown kind %q", k)
		}
	}
	return nil
}

// RankHits sorts hits best first and keeps the first n (10 when n is 0).
// Equal scores go by weight of evidence: more relations first, then more
// pieces of evidence, and only then by name and id. So an entity the
// reports speak of outranks a look-alike an editor made up with the same
// name, whatever its id.
func RankHits(hits []SearchHit, n int) []SearchHit {
	if n == 0 {
		n = 10
	}
	type ranked struct {
		SearchHit
		name string
	}
	rs := make([]ranked, len(hits))
	for i, h := range hits {
		rs[i] = ranked{h, SortKey(h.Entity, OrderByName)} // once, not per comparison
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.Relations, a.Relations),
			cmp.Compare(b.Evidence, a.Evidence),
			strings.Compare(a.name, b.name),
			strings.Compare(a.Entity.ID, b.Entity.ID),
		)
	})
	for i := range rs {
		hits[i] = rs[i].SearchHit
	}
	return hits[:min(n, len(hits))]
}

// SortRelations sorts the relations of entity id by type, then the id at
// their other end, then their own id.
func SortRelations(id string, rels []*Relation) {
	slices.SortFunc(rels, func(a, b *Relation) int {
		return cmp.Or(
			strings.Compare(string(a.Type), string(b.Type)),
			strings.Compare(a.Other(id), b.Other(id)),
			strings.Compare(a.ID, b.ID),
		)
	})
}

// Validate checks that the graph hangs together, whatever built it: valid
// entities with distinct ids, relations between declared entities of kinds
// their type allows, with their derived id, and evidence that cites this
// report and quotes its text at the offsets given. The seed loader checks
// more, with file and line; this is the store's own guard.
func (g *ReportGraph) Validate() error {
	if g.Report == nil || g.Report.Kind != KindReport {
		return Errorf(EINVALID, "report graph without a report")
	}
	if err := g.Report.Validate(); err != nil {
		return err
	}
	kinds := map[string]Kind{g.Report.ID: KindReport}
	for _, e := range g.Entities {
		if err := e.Validate(); err != nil {
			return err
		}
		if _, dup := kinds[e.ID]; dup {
			return Errorf(EINVALID, "duplicate entity id %q", e.ID)
		}
		kinds[e.ID] = e.Kind
	}
	text := []rune(g.Report.Text)
	relIDs := map[string]bool{}
	for _, r := range g.Relations {
		if relIDs[r.ID] {
			return Errorf(EINVALID, "duplicate relation %q", r.ID)
		}
		relIDs[r.ID] = true
		rule, ok := r.Type.Rule()
		if !ok {
			return Errorf(EINVALID, "unknown relationship type %q", r.Type)
		}
		from, okFrom := kinds[r.From]
		to, okTo := kinds[r.To]
		if !okFrom || !okTo {
			return Errorf(EINVALID, "relation %q joins an entity the report does not declare", r.ID)
		}
		if !rule.Allows(from, to) {
			return Errorf(EINVALID, "relation %q: %s may not go from %s to %s", r.ID, r.Type, from, to)
		}
		if r.At != "" && kinds[r.At] != KindCongress {
			return Errorf(EINVALID, "relation %q: at %q is not a congress of this report", r.ID, r.At)
		}
		if r.ID != RelationID(r.From, r.Type, r.To) {
			return Errorf(EINVALID, "relation %q: id must be %q", r.ID, RelationID(r.From, r.Type, r.To))
		}
		if len(r.Evidence) == 0 {
			return Errorf(EINVALID, "relation %q has no evidence", r.ID)
		}
		for _, ev := range r.Evidence {
			if err := CheckStatement(ev.Role, ev.Quote); err != nil {
				return Errorf(EINVALID, "relation %q: %s", r.ID, ErrorMessage(err))
			}
			if ev.Report != g.Report.ID {
				return Errorf(EINVALID, "relation %q cites %q, not this report", r.ID, ev.Report)
			}
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || string(text[ev.Start:ev.End]) != ev.Quote {
				return Errorf(EINVALID, "relation %q: quote %q is not at [%d,%d) of the report", r.ID, ev.Quote, ev.Start, ev.End)
			}
		}
	}
	return nil
}

// EntityIDs returns the ids of the entities g declares and places
// statements at, the report's first.
func (g *ReportGraph) EntityIDs() []string {
	ids := []string{g.Report.ID}
	for _, e := range g.Entities {
		ids = append(ids, e.ID)
	}
	for _, r := range g.Relations {
		for _, ev := range r.Evidence {
			if ev.At != "" {
				ids = append(ids, ev.At)
			}
		}
	}
	return ids
}

// Redirect returns g as it reads after the merges editors made: each
// entity id that resolve maps elsewhere is replaced by its survivor. Two
// declarations that become one combine (the survivor's fields, both
// names), as do the relations that become one. g itself is not changed;
// when nothing is redirected, g is returned.
func (g *ReportGraph) Redirect(resolve map[string]string) *ReportGraph {
	to := func(id string) string {
		if r, ok := resolve[id]; ok && r != "" {
			return r
		}
		return id
	}
	if !slices.ContainsFunc(g.EntityIDs(), func(id string) bool { return to(id) != id }) {
		return g
	}
	out := &ReportGraph{Report: g.Report}
	byID := map[string]*Entity{}
	for _, e := range g.Entities {
		id := to(e.ID)
		if prev, ok := byID[id]; ok {
			names := e.Names()
			if id == e.ID { // e is the survivor: its fields win
				names = prev.Names()
				prev.Name, prev.Description = e.Name, e.Description
				prev.Aliases = slices.Clone(e.Aliases)
			}
			prev.Aliases = append(prev.Aliases, names...)
			continue
		}
		c := e.Clone()
		c.ID = id
		byID[id] = c
		out.Entities = append(out.Entities, c)
	}
	for _, e := range out.Entities {
		e.Aliases = DistinctAliases(e.Name, e.Aliases)
	}
	rels := map[string]*Relation{}
	for _, r := range g.Relations {
		c := r.Clone()
		c.From, c.To = to(r.From), to(r.To)
		c.ID = RelationID(c.From, c.Type, c.To)
		for i := range c.Evidence {
			if c.Evidence[i].At != "" {
				c.Evidence[i].At = to(c.Evidence[i].At)
			}
		}
		if prev, ok := rels[c.ID]; ok {
			prev.Evidence = append(prev.Evidence, c.Evidence...)
			prev.Derive()
			continue
		}
		rels[c.ID] = c
		out.Relations = append(out.Relations, c)
	}
	return out
}

// WithoutRetracted returns g without the relations editors retracted; g
// itself when there are none.
func (g *ReportGraph) WithoutRetracted(retracted map[string]bool) *ReportGraph {
	if !slices.ContainsFunc(g.Relations, func(r *Relation) bool { return retracted[r.ID] }) {
		return g
	}
	out := *g
	out.Relations = slices.DeleteFunc(slices.Clone(g.Relations), func(r *Relation) bool { return retracted[r.ID] })
	return &out
}

// RelocateEditorEvidence returns r with the evidence editors gave from
// report rid found again in the report's new text, or ECONFLICT when a
// quote is no longer in it exactly once: a corrected report may not
// silently orphan what an editor cited.
func RelocateEditorEvidence(r *Relation, rid, text string) (*Relation, error) {
	out := r.Clone()
	for i, ev := range out.Evidence {
		if ev.Report != rid || ev.Editor == "" {
			continue
		}
		start, end, count, _ := Locate(text, ev.Quote, 1)
		if count != 1 {
			return nil, Errorf(ECONFLICT, "the new text of %s has the quote %q, which %s cited for %s, %d times, not once: retract that relation or quote it anew first",
				rid, ev.Quote, ev.Editor, r.ID, count)
		}
		out.Evidence[i].Start, out.Evidence[i].End = start, end
	}
	out.Derive()
	return out, nil
}
