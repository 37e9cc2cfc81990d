package generated

import (
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestCollectFields checks that collectFields answers what
// graphql.CollectFields does, asked once or again with other variables,
// for selections whose fields depend on the request and for those that
// do not, and keeps only the latter.
func TestCollectFields(t *testing.T) {
	for _, tc := range []struct {
		query  string
		static bool
	}{
		{`{ persons { nodes { id name } } }`, true},
		{`{ persons { nodes { id ...F } } } fragment F on Person { name @include(if: true) }`, true},
		{`query($x: Boolean!) { persons { nodes { id name @include(if: $x) } } }`, false},
		{`query($x: Boolean!) { persons { nodes { ...F } } } fragment F on Person { name @skip(if: $x) }`, false},
		{`query($x: Boolean!) { persons { nodes { ... on Person @include(if: $x) { name } } } }`, false},
		{`{ persons { nodes { ... @defer { name } } } }`, false},
	} {
		t.Run(tc.query, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(parsedSchema, tc.query)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			persons := doc.Operations[0].SelectionSet[0].(*ast.Field)
			nodes := persons.SelectionSet[0].(*ast.Field)
			for _, x := range []bool{true, false, true} {
				oc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{"x": x}}
				want := graphql.CollectFields(oc, nodes.SelectionSet, personImplementors)
				got := collectFields(&graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{"x": x}},
					nodes.SelectionSet, personImplementors)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("x=%v: collectFields = %v, want %v", x, got, want)
				}
			}
			v, kept := collected.Load().fields.Load(collectKey{sel: &nodes.SelectionSet[0], n: len(nodes.SelectionSet), satisfies: &personImplementors[0]})
			if static := kept && v != false; static != tc.static {
				t.Errorf("kept for every request: %v, want %v", static, tc.static)
			}
		})
	}
}
