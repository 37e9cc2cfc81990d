package rightsgraph

import (
	"context"
	"slices"
	"strings"
)

// MaxAroundDepth caps AroundQuery.Depth: beyond it the entities within
// Depth-1 relations of a few ids can be much of the graph.
const MaxAroundDepth = 3

// AroundQuery asks for entities with what surrounds them, in one read:
// the entities IDs, the relations of every entity within Depth-1
// relations of them, and the entities at the other ends of those. Depth 1
// is the entities with their relations and their other ends (an entity
// page with its relations); Depth 2 adds their neighbours' relations and
// ends (a 2-hop neighbourhood). Types, when given, limits the relations
// walked to reach the entities whose relations are read; those
// entities' relations are read whole, of every type.
//
// Lean asks for entities and relations as LeanEntity and LeanRelation
// have them: enough to walk, filter and hide them, and to serve ids,
// kinds, names, types and ends, without texts, quotes or offsets.
//
// LeanRelations asks for relations as LeanRelation has them and for
// entities whole: what a page asks when it serves of relations only what
// a lean relation holds (ids, types, directions, other ends, visibility).
// Lean implies it.
//
// LeanEnds asks for the entities reached, those not asked for by IDs,
// as LeanEntity has them, and for those asked for whole: what a page asks
// when it serves of the other ends of its relations only ids, kinds,
// names and visibility. Lean implies it.
//
// LeanAsked asks for the entities asked for by IDs as LeanEntity has
// them, and in a list for the page's entities too (which Lean leaves
// whole): what a query asks that serves of them only ids, kinds, names
// and visibility besides their relations, so that a store reads none of
// their texts. Lean implies it for the entities asked for.
//
// Nameless, with Lean or LeanEnds, lets a store leave out the names of
// the lean entities reached (those not asked for by IDs): what a client
// that draws ids asks, when reading names would only cost the store. A
// store may read them all the same; nothing but the name is left out, so
// that the guard decides as it always does.
//
// Select, when given, asks only for the relations that one of its
// selections picks (see RelSelect.Picks), and for the other ends of
// those: what a page asks of its entities when it asks only for some
// types of relation (a page of persons with what they lead). It needs
// Depth 1, since a walk further follows whole lists.
type AroundQuery struct {
	IDs           []string
	Depth         int
	Types         []RelType
	Lean          bool
	LeanRelations bool
	LeanEnds      bool
	LeanAsked     bool
	Nameless      bool
	Select        []RelSelect
}

// RelDirection says which relations of an entity a RelSelect picks: those
// that start there (DirOut), end there (DirIn), or either (DirBoth).
type RelDirection string

// The directions of RelSelect, named as the GraphQL Direction has them.
const (
	DirOut  RelDirection = "OUT"
	DirIn   RelDirection = "IN"
	DirBoth RelDirection = "BOTH"
)

// RelSelect picks among an entity's relations those of Type (of every
// type when Type is empty) in direction Dir, as the GraphQL field
// relations(types: [Type], direction: Dir) does: a relation from an
// entity to itself goes both ways.
type RelSelect struct {
	Type RelType
	Dir  RelDirection
}

// Picks reports whether s picks r among the relations of entity id.
func (s RelSelect) Picks(id string, r *Relation) bool {
	if s.Type != "" && r.Type != s.Type {
		return false
	}
	switch s.Dir {
	case DirOut:
		return r.From == id
	case DirIn:
		return r.To == id
	}
	return true
}

// SelectRelations returns the relations of entity id among rels that one
// of sel picks, in their order; all of rels when sel is empty.
func SelectRelations(id string, rels []*Relation, sel []RelSelect) []*Relation {
	if len(sel) == 0 {
		return rels
	}
	out := make([]*Relation, 0, len(rels))
	for _, r := range rels {
		if slices.ContainsFunc(sel, func(s RelSelect) bool { return s.Picks(id, r) }) {
			out = append(out, r)
		}
	}
	return out
}

// LeanEntity is e as a lean Around reads it: its id, kind, name,
// reports and visibility, which are all a View needs to hide and mask it.
func LeanEntity(e *Entity) *Entity {
	c := new(Entity)
	leanEntity(c, e, slices.Clone(e.Reports))
	return c
}

// leanEntity makes c the lean e, with reports (a copy of e.Reports).
func leanEntity(c, e *Entity, reports []string) {
	*c = Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, Reports: reports, Visibility: e.Visibility}
}

// LeanRelation is r as a lean Around reads it: its id, type, ends,
// visibility and the report of each piece of evidence, which are all a
// View needs to hide it.
func LeanRelation(r *Relation) *Relation {
	c := new(Relation)
	leanRelation(c, r, nil)
	return c
}

// leanRelation makes c the lean r, its evidence appended to evs (which
// has room for all of r's, or is nil).
func leanRelation(c, r *Relation, evs []Evidence) {
	*c = Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To, Visibility: r.Visibility}
	// Evidence as Derive leaves it: each report once, in order. A stored
	// relation's evidence is sorted by report already, so that dropping
	// repeats of the report before is enough; anything else is sorted.
	for _, ev := range r.Evidence {
		if n := len(c.Evidence); n == 0 || c.Evidence[n-1].Report != ev.Report {
			if c.Evidence == nil {
				if evs == nil {
					evs = make([]Evidence, 0, len(r.Evidence))
				}
				c.Evidence = evs
			}
			c.Evidence = append(c.Evidence, Evidence{Report: ev.Report})
		}
	}
	if !slices.IsSortedFunc(c.Evidence, func(a, b Evidence) int { return strings.Compare(a.Report, b.Report) }) {
		c.Derive()
	}
}

// Copier makes copies of a store's entities and relations, whole or lean
// (see LeanEntity, LeanRelation), for one answer: it takes their memory
// in blocks rather than one allocation per copy, which a page or a
// neighbourhood of hundreds of them would cost. Each copy is the caller's
// to change, as one made alone is; a copy keeps its block alive as long
// as it lives. The zero Copier is ready to use; Grow sizes its next
// blocks when the caller knows how many copies it will make.
type Copier struct {
	entities  []Entity
	relations []Relation
	strs      []string
	evs       []Evidence
	block     int // the size of the next block, when Grow has not said
}

// Grow makes room for at least the given numbers of entities and
// relations, so that copying as many takes one block of each.
func (c *Copier) Grow(entities, relations int) {
	if entities > len(c.entities) {
		c.entities = make([]Entity, entities)
		c.strs = make([]string, 0, 3*entities) // names and reports, a few each
	}
	if relations > len(c.relations) {
		c.relations = make([]Relation, relations)
		c.evs = make([]Evidence, 0, relations)
	}
}

// nextBlock returns the size of the next block made without Grow: small
// at first, so that an answer of a few copies costs little, then larger.
func (c *Copier) nextBlock() int {
	c.block = min(max(2*c.block, 8), 256)
	return c.block
}

// Entity returns a whole copy of e, as e.Clone does.
func (c *Copier) Entity(e *Entity) *Entity {
	x := c.entity()
	*x = *e
	x.Aliases, x.Reports = c.strings(e.Aliases), c.strings(e.Reports)
	return x
}

// LeanEntity returns a lean copy of e, as LeanEntity does.
func (c *Copier) LeanEntity(e *Entity) *Entity {
	x := c.entity()
	leanEntity(x, e, c.strings(e.Reports))
	return x
}

// Relation returns a whole copy of r, as r.Clone does.
func (c *Copier) Relation(r *Relation) *Relation {
	x := c.relation()
	*x = *r
	if len(r.Evidence) > 0 {
		x.Evidence = append(c.evidence(len(r.Evidence)), r.Evidence...)
	} else {
		x.Evidence = r.Evidence[:0:0] // nil or empty, as r's is
	}
	return x
}

// LeanRelation returns a lean copy of r, as LeanRelation does.
func (c *Copier) LeanRelation(r *Relation) *Relation {
	x := c.relation()
	var evs []Evidence
	if len(r.Evidence) > 0 {
		evs = c.evidence(len(r.Evidence))
	}
	leanRelation(x, r, evs)
	return x
}

func (c *Copier) entity() *Entity {
	if len(c.entities) == 0 {
		c.entities = make([]Entity, c.nextBlock())
	}
	x := &c.entities[0]
	c.entities = c.entities[1:]
	return x
}

func (c *Copier) relation() *Relation {
	if len(c.relations) == 0 {
		c.relations = make([]Relation, c.nextBlock())
	}
	x := &c.relations[0]
	c.relations = c.relations[1:]
	return x
}

// strings returns a copy of s (nil for nil), capped at its length, so
// that appending to it never writes into the next copy's.
func (c *Copier) strings(s []string) []string {
	if len(s) == 0 {
		return s[:0:0] // nil or empty, as s is
	}
	if len(s) > cap(c.strs)-len(c.strs) {
		c.strs = make([]string, 0, max(len(s), c.nextBlock()))
	}
	n := len(c.strs)
	c.strs = append(c.strs, s...)
	return c.strs[n : n+len(s) : n+len(s)]
}

// evidence returns an empty slice with room for n pieces, capped there.
func (c *Copier) evidence(n int) []Evidence {
	if n > cap(c.evs)-len(c.evs) {
		c.evs = make([]Evidence, 0, max(n, c.nextBlock()))
	}
	k := len(c.evs)
	c.evs = c.evs[:k+n]
	return c.evs[k : k : k+n]
}

// lean returns a as a lean q reads it: its entities lean (q.Lean), or
// those not asked for (q.LeanEnds), and its relations lean (q.Lean or
// q.LeanRelations).
func (a *Around) lean(q AroundQuery) *Around {
	if q.Lean || q.LeanEnds {
		for id, e := range a.Entities {
			if q.Lean || !slices.Contains(q.IDs, id) {
				a.Entities[id] = LeanEntity(e)
			}
		}
	}
	if q.Lean || q.LeanRelations {
		for id, list := range a.Relations {
			for i, r := range list {
				list[i] = LeanRelation(r)
			}
			a.Relations[id] = list
		}
	}
	return a
}

// of returns a with only what surrounds es: a read around more entities
// (a wider page) cut down to those of a page. It holds only depth 1.
func (a *Around) of(es []*Entity) *Around {
	out := &Around{Entities: make(map[string]*Entity, len(es)), Relations: make(map[string][]*Relation, len(es)), Revision: a.Revision}
	for _, e := range es {
		if x := a.Entities[e.ID]; x != nil {
			out.Entities[e.ID] = x
		}
		list, ok := a.Relations[e.ID]
		if !ok {
			continue
		}
		out.Relations[e.ID] = list
		for _, r := range list {
			if o := r.Other(e.ID); a.Entities[o] != nil {
				out.Entities[o] = a.Entities[o]
			}
		}
	}
	return out
}

// LeanIDs reports whether the entities asked for are read lean (see
// LeanAsked).
func (q AroundQuery) LeanIDs() bool { return q.Lean || q.LeanAsked }

// Validate checks the query's arguments.
func (q AroundQuery) Validate() error {
	if q.Depth < 1 || q.Depth > MaxAroundDepth {
		return Errorf(EINVALID, "depth must be between 1 and %d, not %d", MaxAroundDepth, q.Depth)
	}
	for _, t := range q.Types {
		if !t.Valid() {
			return Errorf(EINVALID, "unknown relationship type %q", t)
		}
	}
	if len(q.Select) > 0 && q.Depth != 1 {
		return Errorf(EINVALID, "a selection of relations needs depth 1, not %d", q.Depth)
	}
	for _, s := range q.Select {
		if s.Type != "" && !s.Type.Valid() {
			return Errorf(EINVALID, "unknown relationship type %q", s.Type)
		}
		if s.Dir != DirOut && s.Dir != DirIn && s.Dir != DirBoth {
			return Errorf(EINVALID, "unknown direction %q", s.Dir)
		}
	}
	return nil
}

// Around is what Store.Around read. Entities holds the entities asked
// for by the id asked (a merged id maps to its survivor, as
// EntitiesByIDs has it) and every other end of a relation in Relations,
// by its own id. Relations holds, by entity id, every relation of the
// entities asked for and, below Depth, of the entities reached, each list
// as RelationsByEntityIDs orders it: a store answers with it exactly what
// EntitiesByIDs and RelationsByEntityIDs would for those ids. With a
// Select, each list is only what SelectRelations keeps of it.
//
// Revision is the store's Revision, read with the rest (in the same
// query, over Neo4j) or just before it, so that the guard can take the
// view of a request that starts with Around from it rather than ask the
// store for its revision first (see guarded.Around).
type Around struct {
	Entities  map[string]*Entity
	Relations map[string][]*Relation
	Revision  int64
}

// aroundReader is what AroundByLevels needs: the batched look-ups.
type aroundReader interface {
	EntitiesByIDs(ctx context.Context, ids []string) (map[string]*Entity, error)
	RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*Relation, error)
}

// AroundByLevels answers q with one EntitiesByIDs and, per level, one
// RelationsByEntityIDs and one EntitiesByIDs: what a store whose calls
// cost no round trip (the embedded one) or a snapshot answers with. It
// leaves Revision for the caller to set.
func AroundByLevels(ctx context.Context, s aroundReader, q AroundQuery) (*Around, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if q.Lean || q.LeanRelations || q.LeanEnds {
		lean := q
		q.Lean, q.LeanRelations, q.LeanEnds = false, false, false
		a, err := AroundByLevels(ctx, s, q)
		if err != nil {
			return nil, err
		}
		return a.lean(lean), nil
	}
	found, err := s.EntitiesByIDs(ctx, q.IDs)
	if err != nil {
		return nil, err
	}
	out := &Around{Entities: found, Relations: map[string][]*Relation{}}
	pass := map[RelType]bool{}
	for _, t := range q.Types {
		pass[t] = true
	}
	seen := map[string]bool{}
	var frontier []string
	for _, e := range found {
		if !seen[e.ID] {
			seen[e.ID] = true
			frontier = append(frontier, e.ID)
		}
	}
	for depth := 1; depth <= q.Depth && len(frontier) > 0; depth++ {
		rels, err := s.RelationsByEntityIDs(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var others, next []string
		for _, id := range frontier {
			out.Relations[id] = SelectRelations(id, rels[id], q.Select)
			for _, r := range out.Relations[id] {
				o := r.Other(id)
				if out.Entities[o] == nil {
					others = append(others, o)
				}
				if depth < q.Depth && (len(pass) == 0 || pass[r.Type]) && !seen[o] {
					seen[o] = true
					next = append(next, o)
				}
			}
		}
		ends, err := s.EntitiesByIDs(ctx, others)
		if err != nil {
			return nil, err
		}
		for id, e := range ends {
			out.Entities[id] = e
		}
		frontier = next
	}
	return out, nil
}
