package graph

import (
	"context"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/generated"
)

// sequentialLists tells the generated code when the elements of a list
// may be marshalled one after another (see generated.WithSequentialLists).
// Over a store in the process, always: its loaders call it at once and
// never wait to gather a batch. Over another store, when nothing under
// the list is resolved by a resolver, the only fields that may load: the
// elements then hold all they serve, and nothing waits for a sibling; or
// when every resolver under it answers from what its root field read
// ahead (see primedByReadAhead).
func sequentialLists(s rightsgraph.Store) generated.SequentialFunc {
	if p, ok := s.(InProcess); ok && p.InProcess() {
		return func(context.Context) bool { return true }
	}
	return func(ctx context.Context) bool {
		fc := graphql.GetFieldContext(ctx)
		return fc != nil && (!selectsResolver(fc.Field.Selections) || primedByReadAhead(fc))
	}
}

// readAheadRoots are the root fields whose resolvers read ahead, in one
// store call, the relations their entities are asked for and the other
// ends of those (see readsAhead), and prime the loaders with them.
var readAheadRoots = map[string]bool{
	"entity": true, "node": true, "entities": true, "persons": true, "organisations": true, "issues": true,
	"congresses": true, "resolutions": true, "reports": true, "places": true, "laws": true,
}

// primedByReadAhead reports whether every resolver under the list field
// fc answers from what the read ahead of its root field primed, so that
// none waits for a batch: fc is the list of a read-ahead root field's
// entities (through a connection's nodes or edges) or a relation field of
// those entities, and the only resolvers under it are those relation
// fields, the other ends of their relations, and version, which loads
// nothing.
func primedByReadAhead(fc *graphql.FieldContext) bool {
	var path []*graphql.FieldContext // from fc up to the root, without list indexes
	for f := fc; f != nil; f = f.Parent {
		if f.Field.Field != nil {
			path = append(path, f)
		}
	}
	root := path[len(path)-1]
	if !readAheadRoots[root.Field.Name] || root.Object != "Query" {
		return false
	}
	level := entityLevel
	for i, f := range path[:len(path)-1] {
		switch {
		case connectionHop[f.Field.Name] && !resolved[strings.ToLower(f.Field.Name)]:
		case i == 0 && isRelationField(f.Field.Field):
			level = relationLevel
		default:
			return false
		}
	}
	return primedUnder(fc.Field.Selections, level)
}

// connectionHop names the fields of a connection that lead to its
// entities.
var connectionHop = map[string]bool{"nodes": true, "edges": true, "node": true}

// Levels of a selection under a read ahead (see primedUnder).
const (
	entityLevel   = iota // the fields of an entity read ahead
	relationLevel        // the fields of one of its relations
	endLevel             // the fields of the other end of one
)

// primedUnder reports whether every resolver in set, a selection at the
// given level under a read ahead, answers from what it primed.
func primedUnder(set ast.SelectionSet, level int) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.InlineFragment:
			if !primedUnder(s.SelectionSet, level) {
				return false
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || !primedUnder(s.Definition.SelectionSet, level) {
				return false
			}
		case *ast.Field:
			var ok bool
			switch {
			case s.Name == "version" && level != relationLevel:
				ok = true
			case level == entityLevel && isRelationField(s):
				ok = primedUnder(s.SelectionSet, relationLevel)
			case level == entityLevel && connectionHop[s.Name] && !resolved[strings.ToLower(s.Name)]:
				ok = primedUnder(s.SelectionSet, entityLevel)
			case level == relationLevel && s.Name == "other":
				ok = primedUnder(s.SelectionSet, endLevel)
			default:
				ok = !resolved[strings.ToLower(s.Name)] && primedUnder(s.SelectionSet, endLevel)
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// isRelationField reports whether f returns relations of an entity.
func isRelationField(f *ast.Field) bool {
	return f != nil && f.Definition != nil && f.Definition.Type.Name() == "Relation" && f.ObjectDefinition != nil &&
		f.ObjectDefinition.Name != "Query"
}

// resolved holds the names of the fields that a resolver resolves, on any
// type but the roots: a field of that name anywhere is taken as one that
// may load.
var resolved = func() map[string]bool {
	names := map[string]bool{}
	root := reflect.TypeFor[generated.ResolverRoot]()
	for i := range root.NumMethod() {
		m := root.Method(i)
		if m.Name == "Query" || m.Name == "Mutation" {
			continue
		}
		t := m.Type.Out(0)
		for j := range t.NumMethod() {
			names[strings.ToLower(t.Method(j).Name)] = true
		}
	}
	return names
}()

// selectsResolver reports whether set selects, at any depth and through
// any fragment, a field that a resolver resolves.
func selectsResolver(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if resolved[strings.ToLower(s.Name)] || selectsResolver(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if selectsResolver(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || selectsResolver(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}
