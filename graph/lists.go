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
// elements then hold all they serve, and nothing waits for a sibling.
func sequentialLists(s rightsgraph.Store) generated.SequentialFunc {
	if p, ok := s.(InProcess); ok && p.InProcess() {
		return func(context.Context) bool { return true }
	}
	return func(ctx context.Context) bool {
		fc := graphql.GetFieldContext(ctx)
		return fc != nil && !selectsResolver(fc.Field.Selections)
	}
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
