package graph

import (
	"testing"

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
