package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph/graph/generated"
)

// TestSelectsResolver checks which selections let a list over a store
// out of the process marshal its elements in one goroutine: none that
// reaches a field a resolver resolves, however deep or through whatever
// fragment.
func TestSelectsResolver(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	for _, tc := range []struct {
		name, query string
		want        bool
	}{
		{"ids", `{ neighbourhood(id: "x") { nodes { id } } }`, false},
		{"plain fields", `{ neighbourhood(id: "x") { nodes { id kind name } edges { id type source target } } }`, false},
		{"inline fragment", `{ neighbourhood(id: "x") { nodes { ... on Person { id name } } } }`, false},
		{"relations", `{ neighbourhood(id: "x") { nodes { id relations { id } } } }`, true},
		{"other end", `{ persons(first: 2) { nodes { id leads { other { id } } } } }`, true},
		{"in a fragment", `{ neighbourhood(id: "x") { nodes { ...F } } } fragment F on Person { leads { id } }`, true},
		{"in an inline fragment", `{ neighbourhood(id: "x") { nodes { ... on Person { version } } } }`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tc.query)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			top := doc.Operations[0].SelectionSet[0].(*ast.Field)
			nodes := top.SelectionSet[0].(*ast.Field)
			if got := selectsResolver(nodes.SelectionSet); got != tc.want {
				t.Errorf("selectsResolver(%s) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

// TestPrimedByReadAhead checks which lists over a store out of the
// process marshal their elements in one goroutine because everything
// their resolvers load was read ahead by the root field: the entities of
// a page or an entity, and their relations, with nothing under the other
// ends that loads.
func TestPrimedByReadAhead(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	for _, tc := range []struct {
		name, query string
		list        []string // the path of field names to the list
		want        bool
	}{
		{"page", `{ persons(first: 2) { nodes { id leads { other { id } } } } }`, []string{"persons", "nodes"}, true},
		{"relations of a page", `{ persons(first: 2) { nodes { id leads { other { id } } } } }`, []string{"persons", "nodes", "leads"}, true},
		{"version", `{ persons(first: 2) { nodes { version leads { id } } } }`, []string{"persons", "nodes"}, true},
		{"edges", `{ persons(first: 2) { edges { cursor node { leads { other { name } } } } } }`, []string{"persons", "edges"}, true},
		{"entity", `{ entity(id: "x") { relations { id type other { id name } } } }`, []string{"entity", "relations"}, true},
		{"relations of the other end", `{ entity(id: "x") { relations { other { ... on Person { leads { id } } } } } }`, []string{"entity", "relations"}, false},
		{"list under the other end", `{ entity(id: "x") { relations { other { ... on Person { leads { other { id } } } } } } }`,
			[]string{"entity", "relations", "other", "leads"}, false},
		{"congress of a relation", `{ entity(id: "x") { relations { at { id } } } }`, []string{"entity", "relations"}, false},
		{"reports of a page", `{ persons(first: 2) { nodes { reports { id } } } }`, []string{"persons", "nodes"}, false},
		{"no read ahead", `{ neighbourhood(id: "x") { nodes { relations { id } } } }`, []string{"neighbourhood", "nodes"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tc.query)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			// The field contexts gqlgen makes down to the list: the
			// operation's, then one per field, and one per list index.
			fc := &graphql.FieldContext{Object: "Query"}
			set := doc.Operations[0].SelectionSet
			for i, name := range tc.list {
				var f *ast.Field
				for _, sel := range set {
					if g, ok := sel.(*ast.Field); ok && g.Name == name {
						f = g
					} else if in, ok := sel.(*ast.InlineFragment); ok {
						for _, sub := range in.SelectionSet {
							if g, ok := sub.(*ast.Field); ok && g.Name == name {
								f = g
							}
						}
					}
				}
				if f == nil {
					t.Fatalf("no field %s in %s", name, tc.query)
				}
				if fc.Field.Field != nil && fc.Field.Definition.Type.Elem != nil {
					zero := 0
					fc = &graphql.FieldContext{Parent: fc, Index: &zero}
				}
				object := "Query"
				if i > 0 {
					object = f.ObjectDefinition.Name
				}
				fc = &graphql.FieldContext{Parent: fc, Object: object, Field: graphql.CollectedField{Field: f, Selections: f.SelectionSet}}
				set = f.SelectionSet
			}
			if got := primedByReadAhead(fc); got != tc.want {
				t.Errorf("primedByReadAhead(%v in %s) = %v, want %v", tc.list, tc.query, got, tc.want)
			}
		})
	}
}

// TestSubgraphAsksNames checks when a neighbourhood may be read without
// the names of its nodes: only when no selection of its nodes names name,
// directly or through a fragment.
func TestSubgraphAsksNames(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	for _, tc := range []struct {
		name, query string
		want        bool
	}{
		{"ids", `{ neighbourhood(id: "x") { nodes { id } } }`, false},
		{"ids and kinds, edges", `{ neighbourhood(id: "x") { truncated nodes { id kind } edges { id source target } } }`, false},
		{"edges alone", `{ neighbourhood(id: "x") { edges { id } } }`, false},
		{"names", `{ neighbourhood(id: "x") { nodes { id name } } }`, true},
		{"names twice", `{ neighbourhood(id: "x") { nodes { id } nodes { name } } }`, true},
		{"inline fragment", `{ neighbourhood(id: "x") { nodes { ... on Person { id } } } }`, true},
		{"fragment", `{ neighbourhood(id: "x") { ...F } } fragment F on Subgraph { nodes { id } }`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tc.query)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			f := doc.Operations[0].SelectionSet[0].(*ast.Field)
			ctx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: f, Selections: f.SelectionSet}})
			if got := subgraphAsksNames(ctx); got != tc.want {
				t.Errorf("subgraphAsksNames(%s) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}
