package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph"
)

// selectsRelations reports whether the field being resolved asks for
// relations of the entities it returns: a field of type Relation among
// its selections, through fragments and a connection's nodes and edges.
// A selection under @skip counts too: reading too much is only slower.
func selectsRelations(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Field.Field != nil && relationsIn(fc.Field.Selections)
}

func relationsIn(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Definition != nil && s.Definition.Type.Name() == "Relation" {
				return true
			}
			if (s.Name == "nodes" || s.Name == "edges" || s.Name == "node") && relationsIn(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if relationsIn(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && relationsIn(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// typedRelations maps the typed relation fields of each entity type
// (Person.leads, Organisation.leaders…) to the relations they return: the
// resolvers answer from it (see typed), and a read ahead asks the store
// for just those.
var typedRelations = map[string]map[string]rightsgraph.RelSelect{
	"Congress": {
		"heldIn":      {Type: rightsgraph.RelHeldIn, Dir: rightsgraph.DirOut},
		"organisers":  {Type: rightsgraph.RelOrganised, Dir: rightsgraph.DirIn},
		"chairs":      {Type: rightsgraph.RelChaired, Dir: rightsgraph.DirIn},
		"speakers":    {Type: rightsgraph.RelSpokeAt, Dir: rightsgraph.DirIn},
		"attendees":   {Type: rightsgraph.RelAttended, Dir: rightsgraph.DirIn},
		"resolutions": {Type: rightsgraph.RelPassed, Dir: rightsgraph.DirOut},
		"discussed":   {Type: rightsgraph.RelDiscussed, Dir: rightsgraph.DirOut},
	},
	"Issue": {
		"raisedBy":    {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirIn},
		"addressedBy": {Type: rightsgraph.RelAddresses, Dir: rightsgraph.DirIn},
		"discussedAt": {Type: rightsgraph.RelDiscussed, Dir: rightsgraph.DirIn},
	},
	"Law": {
		"addressedBy": {Type: rightsgraph.RelAddresses, Dir: rightsgraph.DirIn},
	},
	"Organisation": {
		"leaders":   {Type: rightsgraph.RelLeads, Dir: rightsgraph.DirIn},
		"members":   {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirIn},
		"memberOf":  {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirOut},
		"raised":    {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut},
		"partOf":    {Type: rightsgraph.RelPartOf, Dir: rightsgraph.DirOut},
		"units":     {Type: rightsgraph.RelPartOf, Dir: rightsgraph.DirIn},
		"organised": {Type: rightsgraph.RelOrganised, Dir: rightsgraph.DirOut},
	},
	"Person": {
		"leads":    {Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut},
		"memberOf": {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirOut},
		"raised":   {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut},
		"spokeAt":  {Type: rightsgraph.RelSpokeAt, Dir: rightsgraph.DirOut},
		"chaired":  {Type: rightsgraph.RelChaired, Dir: rightsgraph.DirOut},
	},
	"Resolution": {
		"passedBy":  {Type: rightsgraph.RelPassed, Dir: rightsgraph.DirIn},
		"addresses": {Type: rightsgraph.RelAddresses, Dir: rightsgraph.DirOut},
	},
}

// selectedRelations returns what the field being resolved asks of its
// entities' relations, through fragments and a connection's nodes and
// edges: the selection of each relation field (relations with its types
// and direction, a typed field such as leads), or nil when one of them
// asks for every relation or is not known here. first does not narrow a
// selection: it keeps the first of what the selection picks.
func selectedRelations(ctx context.Context) []rightsgraph.RelSelect {
	sel, _ := relationSelection(ctx)
	return sel
}

// relationSelection returns what selectedRelations does, and whether
// every relation field of the field being resolved asks only for what a
// lean relation holds (see leanRelationFields).
func relationSelection(ctx context.Context) (sel []rightsgraph.RelSelect, lean bool) {
	c := collectRelations(ctx)
	return c.sel, c.lean
}

// collectRelations returns what the relation fields of the field being
// resolved ask for (see collector): its sel is nil when one of them asks
// for every relation.
func collectRelations(ctx context.Context) collector {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return collector{}
	}
	var vars map[string]any
	if graphql.HasOperationContext(ctx) {
		vars = graphql.GetOperationContext(ctx).Variables
	}
	c := collector{vars: vars, lean: true, leanEnds: true, nameless: true}
	if !c.collect(fc.Field.Selections) {
		c.sel = nil
	}
	return c
}

// collector gathers what the relation fields of a selection set ask for.
type collector struct {
	vars map[string]any
	sel  []rightsgraph.RelSelect
	// whole is true once one field selects every relation; lean is false
	// once one asks for more of a relation than a lean one holds, leanEnds
	// once one asks for more of an other end than a lean entity holds.
	whole, lean, leanEnds bool
	// nameless is false once one asks for the name of an other end.
	nameless bool
}

// collect adds what the relation fields of set select, and reports false
// when one of them selects every relation.
func (c *collector) collect(set ast.SelectionSet) bool {
	for _, x := range set {
		switch s := x.(type) {
		case *ast.Field:
			switch {
			case s.Definition != nil && s.Definition.Type.Name() == "Relation":
				c.lean = c.lean && leanRelationFields(s.SelectionSet)
				c.leanEnds = c.leanEnds && leanEndFields(s.SelectionSet)
				c.nameless = c.nameless && !otherNameFields(s.SelectionSet)
				if !c.whole && !fieldSelection(s, c.vars, &c.sel) {
					c.whole = true
				}
			case s.Name == "nodes" || s.Name == "edges" || s.Name == "node":
				c.collect(s.SelectionSet)
			}
		case *ast.InlineFragment:
			c.collect(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				c.collect(s.Definition.SelectionSet)
			}
		}
	}
	return !c.whole
}

// leanRelationFields reports whether set, the selection of a Relation
// field, asks only for what a lean relation holds (rightsgraph.LeanRelation):
// its id, type, direction, visibility and other end. The other end is read
// whole, so that anything may be asked of it, unless every relation field
// asks of it only what a lean entity holds (see leanEndFields). A role,
// congress or evidence needs the whole relation.
func leanRelationFields(set ast.SelectionSet) bool {
	return everyField(set, func(f *ast.Field) bool {
		switch f.Name {
		case "id", "type", "direction", "visibility", "other", "__typename":
			return true
		}
		return false
	})
}

// leanEndFields reports whether set, the selection of a Relation field,
// asks of its other end only for what a lean entity holds
// (rightsgraph.LeanEntity): its id, kind, name and visibility.
func leanEndFields(set ast.SelectionSet) bool {
	return everyField(set, func(f *ast.Field) bool { return f.Name != "other" || leanEntityFields(f.SelectionSet) })
}

// otherNameFields reports whether set, the selection of a Relation field,
// may ask for the name of its other end: it does when a selection of the
// other end names name or spreads a fragment the query does not define.
func otherNameFields(set ast.SelectionSet) bool {
	return !everyField(set, func(f *ast.Field) bool { return f.Name != "other" || !nameIn(f.SelectionSet) })
}

// nameIn reports whether set, the selection of an entity, may ask for its
// name.
func nameIn(set ast.SelectionSet) bool {
	return !everyField(set, func(f *ast.Field) bool { return f.Name != "name" })
}

// asksName reports whether the entity field being resolved may ask for
// the entity's name.
func asksName(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc == nil || fc.Field.Field == nil || nameIn(fc.Field.Selections)
}

// leanEntityFields reports whether set, the selection of an entity, asks
// only for what a lean entity holds.
func leanEntityFields(set ast.SelectionSet) bool {
	return everyField(set, func(f *ast.Field) bool {
		switch f.Name {
		case "id", "kind", "name", "visibility", "__typename":
			return true
		}
		return false
	})
}

// everyField reports whether ok holds for every field of set, those of
// its fragments included. A spread of a fragment the query does not
// define fails: what it asks for is unknown.
func everyField(set ast.SelectionSet, ok func(*ast.Field) bool) bool {
	for _, x := range set {
		switch s := x.(type) {
		case *ast.Field:
			if !ok(s) {
				return false
			}
		case *ast.InlineFragment:
			if !everyField(s.SelectionSet, ok) {
				return false
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || !everyField(s.Definition.SelectionSet, ok) {
				return false
			}
		}
	}
	return true
}

// leanAskedFields reports whether set, the selection of an entity read
// ahead, asks of it only for what a lean entity holds, besides its
// relations (read ahead too).
func leanAskedFields(set ast.SelectionSet) bool {
	return everyField(set, func(f *ast.Field) bool {
		return f.Definition != nil && f.Definition.Type.Name() == "Relation" || leanEntityFields(ast.SelectionSet{f})
	})
}

// leanPageFields reports whether set, the selection of a connection,
// asks of its entities only for what leanAskedFields allows.
func leanPageFields(set ast.SelectionSet) bool {
	return everyField(set, func(f *ast.Field) bool {
		switch f.Name {
		case "nodes":
			return leanAskedFields(f.SelectionSet)
		case "edges":
			return everyField(f.SelectionSet, func(g *ast.Field) bool {
				return g.Name == "cursor" || g.Name == "__typename" || g.Name == "node" && leanAskedFields(g.SelectionSet)
			})
		case "pageInfo", "totalCount", "__typename":
			return true
		}
		return false
	})
}

// asksLeanEntity reports whether the entity field being resolved (a
// relation's other end) asks only for what a lean entity holds.
func asksLeanEntity(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Field.Field != nil && leanEntityFields(fc.Field.Selections)
}

// asksLean reports whether the relation field being resolved asks only
// for what a lean relation holds: whether a list read lean answers it.
func asksLean(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Field.Field != nil && leanRelationFields(fc.Field.Selections)
}

// fieldSelection adds to sel what one relation field selects, and reports
// false when it selects every relation or is not one it knows.
func fieldSelection(f *ast.Field, vars map[string]any, sel *[]rightsgraph.RelSelect) bool {
	if f.ObjectDefinition != nil {
		if t, ok := typedRelations[f.ObjectDefinition.Name][f.Name]; ok {
			*sel = append(*sel, t)
			return true
		}
	}
	if f.Name != "relations" {
		return false
	}
	args := f.ArgumentMap(vars)
	dir := rightsgraph.DirBoth
	if d, ok := args["direction"].(string); ok {
		dir = rightsgraph.RelDirection(d)
	}
	if dir != rightsgraph.DirOut && dir != rightsgraph.DirIn && dir != rightsgraph.DirBoth {
		return false
	}
	types, _ := args["types"].([]any)
	if len(types) == 0 { // every type
		if dir == rightsgraph.DirBoth {
			return false
		}
		*sel = append(*sel, rightsgraph.RelSelect{Dir: dir})
		return true
	}
	for _, t := range types {
		name, ok := t.(string)
		if !ok {
			return false
		}
		*sel = append(*sel, rightsgraph.RelSelect{Type: rightsgraph.RelType(name), Dir: dir})
	}
	return true
}

// readsAhead reports whether resolvers should read what a query asks of
// the entities they return in one store call (Store.Around) rather than
// leave it to the loaders, level by level: when the query asks for
// relations. Over a store whose calls cost a round trip it saves those;
// over the embedded one, which reads Around under one lock, it saves a
// loader call and a copy of every relation list per entity of a page, and
// reads only the types asked for.
func readsAhead(ctx context.Context) bool {
	return selectsRelations(ctx)
}

// readAround reads ids with their relations and those relations' other
// ends in one store call, and gives the request's loaders all of it, so
// that the nested resolvers (relations, other, and typed fields such as
// leads) ask the store nothing more. When the field being resolved asks
// only for some types of relation (see selectedRelations), it reads only
// those. It returns the entities by the id asked.
func readAround(ctx context.Context, s rightsgraph.Store, ids []string) (map[string]*rightsgraph.Entity, error) {
	q := aroundAhead(ctx, false)
	q.IDs = ids
	a, err := s.Around(ctx, q)
	if err != nil {
		return nil, err
	}
	primeAround(ctx, a, q)
	return a.Entities, nil
}

// aroundAhead is the AroundQuery (without ids) of a read ahead for the
// field being resolved: depth 1, the relations its relation fields select
// (see selectedRelations), lean when every one of them asks only for
// what a lean relation holds, with lean other ends when every one asks
// only for what a lean entity holds of them (and without their names when
// none asks for those). The entities asked for are
// read lean when the field asks of them only what a lean entity holds
// besides their relations; page says whether the field is a list's
// connection or an entity.
func aroundAhead(ctx context.Context, page bool) rightsgraph.AroundQuery {
	c := collectRelations(ctx)
	q := rightsgraph.AroundQuery{Depth: 1, Select: c.sel, LeanRelations: c.lean, LeanEnds: c.leanEnds, Nameless: c.leanEnds && c.nameless}
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil {
		if page {
			q.LeanAsked = leanPageFields(fc.Field.Selections)
		} else {
			q.LeanAsked = leanAskedFields(fc.Field.Selections)
		}
	}
	return q
}

// primeAround gives the request's loaders what Around read with the
// selection sel: the entities by the id they were asked for or reached
// by, the relation lists by entity id. A list read in part (sel is not
// empty) goes to the selected lists, which answer only the fields it
// covers, never to the Relations loader, which answers for every relation
// of an entity. A list read lean (q.LeanRelations) goes to the selected
// lists too, marked lean, which answer only the fields that ask for what
// a lean relation holds. Hidden entities are absent from a and stay
// unprimed, so a later load asks the store, which hides them again.
func primeAround(ctx context.Context, a *rightsgraph.Around, q rightsgraph.AroundQuery) {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		return
	}
	if q.LeanEnds && !q.Lean || q.LeanAsked {
		l.leanEnds.reserve(len(a.Entities))
	}
	for id, e := range a.Entities {
		asked := slices.Contains(q.IDs, id)
		if q.LeanEnds && !q.Lean && !asked || q.LeanAsked && asked {
			// A lean entity answers only fields that ask for what it holds
			// (see otherEnd), never the loader, which answers all.
			l.leanEnds.prime(id, e, q.Nameless && !asked)
			continue
		}
		l.Entities.Prime(id, e)
	}
	lean := q.Lean || q.LeanRelations
	sel := q.Select
	if lean && len(sel) == 0 {
		sel = []rightsgraph.RelSelect{{Dir: rightsgraph.DirBoth}} // every relation
	}
	if len(sel) > 0 {
		l.selected.reserve(len(a.Relations))
	}
	for id, rels := range a.Relations {
		if len(sel) == 0 {
			l.Relations.Prime(id, rels)
		} else {
			l.selected.prime(id, sel, lean, rels)
		}
	}
}

// leanSubgraph reports whether the subgraph being resolved is asked only
// for what a lean read holds (see rightsgraph.AroundQuery.Lean): of its
// nodes their id, kind, name and visibility, of its edges their id, type
// and ends. Anything else, fragments included, needs the whole read.
func leanSubgraph(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return false
	}
	allowed := map[string]map[string]bool{
		"nodes": {"id": true, "kind": true, "name": true, "visibility": true, "__typename": true},
		"edges": {"id": true, "type": true, "source": true, "target": true, "__typename": true},
	}
	for _, sel := range fc.Field.Selections {
		f, ok := sel.(*ast.Field)
		if !ok {
			return false
		}
		if f.Name == "truncated" || f.Name == "__typename" {
			continue
		}
		fields := allowed[f.Name]
		if fields == nil {
			return false
		}
		for _, sub := range f.SelectionSet {
			g, ok := sub.(*ast.Field)
			if !ok || !fields[g.Name] {
				return false
			}
		}
	}
	return true
}

// subgraphAsksNames reports whether the subgraph being resolved may ask
// for the names of its nodes: it does when a selection of its nodes names
// name, or is a fragment, which is not looked into.
func subgraphAsksNames(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return true
	}
	for _, sel := range fc.Field.Selections {
		f, ok := sel.(*ast.Field)
		if !ok {
			return true
		}
		if f.Name != "nodes" {
			continue
		}
		for _, sub := range f.SelectionSet {
			if g, ok := sub.(*ast.Field); !ok || g.Name == "name" {
				return true
			}
		}
	}
	return false
}
