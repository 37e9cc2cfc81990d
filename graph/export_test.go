package graph

import "github.com/rightsgraph/rightsgraph/graph/generated"

// TypedRelations is typedRelations, for the tests.
var TypedRelations = typedRelations

// SchemaRelationFields returns, by entity type, the fields of the schema
// that return relations, other than relations itself.
func SchemaRelationFields() map[string][]string {
	out := map[string][]string{}
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	for _, entity := range schema.GetPossibleTypes(schema.Types["Entity"]) {
		for _, f := range entity.Fields {
			if f.Type.Name() == "Relation" && f.Name != "relations" {
				out[entity.Name] = append(out[entity.Name], f.Name)
			}
		}
	}
	return out
}
