package graph

import (
	"context"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph/graph/generated"
)

// TestCostArguments checks costArguments against the cost functions of
// complexity: for every field of the schema with a cost function, giving
// any other argument another value leaves its cost as it was, so that
// Limits may measure an operation once when no cost argument takes a
// variable. It also checks that the probe sees a cost argument change a
// cost, so that it probes at all.
func TestCostArguments(t *testing.T) {
	es := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}, Complexity: complexity()})
	schema := es.Schema()
	ctx := context.Background()
	probed := 0
	for _, def := range schema.Types {
		if def.Kind != ast.Object || def.BuiltIn {
			continue
		}
		for _, f := range def.Fields {
			if len(f.Arguments) == 0 {
				continue
			}
			base := map[string]any{}
			for _, a := range f.Arguments {
				base[a.Name] = sample(schema, a.Type, false, 0)
			}
			cost, ok := es.Complexity(ctx, def.Name, f.Name, 3, base)
			if !ok {
				continue // no cost function, or arguments it cannot read
			}
			probed++
			for _, a := range f.Arguments {
				args := map[string]any{}
				for k, v := range base {
					args[k] = v
				}
				args[a.Name] = sample(schema, a.Type, true, 0)
				other, ok := es.Complexity(ctx, def.Name, f.Name, 3, args)
				switch changed := !ok || other != cost; {
				case changed && !costArguments[a.Name]:
					t.Errorf("%s.%s costs %d with %s: %v, %d (ok %v) with %s: %v: add %q to costArguments",
						def.Name, f.Name, cost, a.Name, base[a.Name], other, ok, a.Name, args[a.Name], a.Name)
				case !changed && a.Name == "first" && def.Name == "Query" && f.Name == "persons":
					t.Errorf("Query.persons costs %d with %s %v and with %v: the probe sees no cost argument", cost, a.Name, base[a.Name], args[a.Name])
				}
			}
		}
	}
	if probed < 20 {
		t.Errorf("probed %d fields with cost functions; complexity costs more", probed)
	}
}

// sample returns a value of type typ for an argument, one of two (other
// picks the second) that differ wherever the type allows: lists empty or
// of one item, input objects with their required fields or all of them.
func sample(schema *ast.Schema, typ *ast.Type, other bool, depth int) any {
	if typ.Elem != nil {
		if !other {
			return []any{}
		}
		return []any{sample(schema, typ.Elem, true, depth+1)}
	}
	def := schema.Types[typ.NamedType]
	switch {
	case def.Kind == ast.Enum:
		if other {
			return def.EnumValues[len(def.EnumValues)-1].Name
		}
		return def.EnumValues[0].Name
	case def.Kind == ast.InputObject:
		out := map[string]any{}
		for _, f := range def.Fields {
			if depth < 3 && (other || f.Type.NonNull && f.DefaultValue == nil) {
				out[f.Name] = sample(schema, f.Type, other, depth+1)
			}
		}
		return out
	}
	values := map[string][2]any{
		"Int": {int64(3), int64(11)}, "Float": {0.5, 2.5}, "Boolean": {false, true},
		"String": {"a", "b"}, "ID": {"person/a", "person/b"},
	}
	v, ok := values[def.Name]
	if !ok {
		return nil // a scalar of our own (Upload): no cost function reads one
	}
	if other {
		return v[1]
	}
	return v[0]
}
