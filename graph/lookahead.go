package graph

import (
	"context"

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

// readsAhead reports whether resolvers should read what a query asks of
// the entities they return in one store call (Store.Around) rather than
// leave it to the loaders, level by level: over a store whose calls cost
// a round trip, when the query asks for relations.
func readsAhead(ctx context.Context, s rightsgraph.Store) bool {
	if p, ok := s.(InProcess); ok && p.InProcess() {
		return false
	}
	return selectsRelations(ctx)
}

// readAround reads ids with their relations and those relations' other
// ends in one store call, and gives the request's loaders all of it, so
// that the nested resolvers (relations, other, and typed fields such as
// leads) ask the store nothing more. It returns the entities by the id
// asked.
func readAround(ctx context.Context, s rightsgraph.Store, ids []string) (map[string]*rightsgraph.Entity, error) {
	a, err := s.Around(ctx, rightsgraph.AroundQuery{IDs: ids, Depth: 1})
	if err != nil {
		return nil, err
	}
	primeAround(ctx, a)
	return a.Entities, nil
}

// primeAround gives the request's loaders what Around read: the entities
// by the id they were asked for or reached by, the relation lists by
// entity id. Hidden entities are absent from a and stay unprimed, so a
// later load asks the store, which hides them again.
func primeAround(ctx context.Context, a *rightsgraph.Around) {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		return
	}
	for id, e := range a.Entities {
		l.Entities.Prime(id, e)
	}
	for id, rels := range a.Relations {
		l.Relations.Prime(id, rels)
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
