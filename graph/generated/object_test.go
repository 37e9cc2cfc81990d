package generated

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestObjectMarshalsAsFieldSet checks that an object writes what
// gqlgen's FieldSet writes for the same fields and values: each alias
// once, the first, in order.
func TestObjectMarshalsAsFieldSet(t *testing.T) {
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	for _, tc := range []struct {
		name   string
		fields []graphql.CollectedField
		values []graphql.Marshaler
	}{
		{"none", nil, nil},
		{"one", []graphql.CollectedField{field("id")}, []graphql.Marshaler{graphql.MarshalString("person/a")}},
		{"several", []graphql.CollectedField{field("id"), field("name"), field("leads")},
			[]graphql.Marshaler{graphql.MarshalString("person/a"), graphql.Null, graphql.Array{graphql.MarshalInt(1), graphql.MarshalInt(2)}}},
		{"repeated alias", []graphql.CollectedField{field("id"), field("id"), field("name"), field("id")},
			[]graphql.Marshaler{graphql.MarshalString("a"), graphql.MarshalString("b"), graphql.MarshalString("c"), graphql.MarshalString("d")}},
		{"first repeated", []graphql.CollectedField{field("x"), field("x")},
			[]graphql.Marshaler{graphql.MarshalBoolean(true), graphql.MarshalBoolean(false)}},
		{"alias to escape", []graphql.CollectedField{field(`a"b\c` + "\n")}, []graphql.Marshaler{graphql.Null}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set := graphql.NewFieldSet(tc.fields)
			copy(set.Values, tc.values)
			var want, got bytes.Buffer
			set.MarshalGQL(&want)
			objectOf(tc.fields, set).MarshalGQL(&got)
			if got.String() != want.String() {
				t.Errorf("object writes %s, FieldSet %s", got.String(), want.String())
			}
		})
	}
}
