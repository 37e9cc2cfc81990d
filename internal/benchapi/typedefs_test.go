package benchapi

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/rightsgraph/rightsgraph"
)

// TestPeerTypeDefs checks the peer's type definitions against
// rightsgraph's model: they parse, every kind has a node type with its
// labels, and every relationship field points at a declared type.
func TestPeerTypeDefs(t *testing.T) {
	doc, err := parser.ParseSchema(&ast.Source{Name: "typedefs.graphql", Input: PeerTypeDefs()})
	if err != nil {
		t.Fatalf("the type definitions do not parse: %v", err)
	}
	types := map[string]*ast.Definition{}
	for _, d := range doc.Definitions {
		types[d.Name] = d
	}
	for _, k := range rightsgraph.Kinds {
		d := types[k.Label()]
		if d == nil {
			t.Errorf("no type for kind %s", k)
			continue
		}
		node := d.Directives.ForName("node")
		if node == nil || node.Arguments.ForName("labels") == nil {
			t.Errorf("type %s has no @node(labels:)", d.Name)
		}
		for _, f := range relFields(k) {
			fd := d.Fields.ForName(f.Name)
			if fd == nil {
				t.Errorf("type %s has no field %s", d.Name, f.Name)
				continue
			}
			if types[fd.Type.Elem.NamedType] == nil {
				t.Errorf("%s.%s points at undeclared type %s", d.Name, f.Name, fd.Type.Elem.NamedType)
			}
		}
	}
	// LEADS joins a person to an organisation, so both ends are typed.
	if f := types["Person"].Fields.ForName("out_LEADS"); f == nil || f.Type.Elem.NamedType != "Organisation" {
		t.Errorf("Person.out_LEADS = %v, want [Organisation!]!", f)
	}
	if f := types["Organisation"].Fields.ForName("in_LEADS"); f == nil || f.Type.Elem.NamedType != "Person" {
		t.Errorf("Organisation.in_LEADS = %v, want [Person!]!", f)
	}
}
