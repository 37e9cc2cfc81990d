package benchapi

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// peerSearchIndex is neo4jstore's full-text index over names and aliases,
// which the peer queries as it is.
const peerSearchIndex = "rightsgraph_entity_search"

// relField is one relationship field of a kind's type in the peer's
// schema: a relationship type seen from one end.
type relField struct {
	Name string
	Type rightsgraph.RelType
	Out  bool
	// Targets are the kinds at the other end; the field's type is the
	// kind's when there is one, else the Entity interface.
	Targets []rightsgraph.Kind
}

// Target is the type name of the field's other end.
func (f relField) Target() string {
	if len(f.Targets) == 1 {
		return f.Targets[0].Label()
	}
	return "Entity"
}

// relFields lists the relationship fields of a kind, in RelTypeRules
// order: out_TYPE where the kind may start the type, in_TYPE where it may
// end it.
func relFields(k rightsgraph.Kind) []relField {
	var fs []relField
	for _, r := range rightsgraph.RelTypeRules {
		if len(r.From) == 0 { // derived, never stored
			continue
		}
		if slices.Contains(r.From, k) {
			fs = append(fs, relField{Name: "out_" + string(r.Type), Type: r.Type, Out: true, Targets: r.To})
		}
		if slices.Contains(r.To, k) {
			fs = append(fs, relField{Name: "in_" + string(r.Type), Type: r.Type, Out: false, Targets: r.From})
		}
	}
	return fs
}

// plural is the name of a kind's top-level query field in the peer.
func plural(k rightsgraph.Kind) string {
	s := strings.ToLower(string(k))
	if strings.HasSuffix(s, "s") {
		return s + "es"
	}
	return s + "s"
}

// entityFields are the node properties neo4jstore writes that the peer
// exposes (see neo4jstore's entityProps).
const entityFields = `  id: ID!
  kind: String!
  name: String!
  nameKey: String
  aliases: [String!]
  description: String
  reports: [String!]
`

// PeerTypeDefs returns the peer's type definitions: an Entity interface,
// one node type per kind with its labels (Entity and the kind's) and a
// field per relationship type and direction its rules allow, the evidence
// arrays as relationship properties, and a type over every Entity node
// with neo4jstore's full-text index and a @cypher field to its neighbours
// (the library's idiom for a traversal its typed fields cannot say
// briefly: a 2-hop selection through every typed relationship field runs
// to thousands of subqueries, which Neo4j took over a minute to plan). Derived from rightsgraph's kinds and
// rules, they cannot drift from what the stores hold.
func PeerTypeDefs() string {
	var b strings.Builder
	b.WriteString(`type RelProps @relationshipProperties {
  id: ID!
  evReports: [String!]
  evQuotes: [String!]
  evStarts: [Int!]
  evEnds: [Int!]
  evRoles: [String!]
  evAts: [String!]
  evEditors: [String!]
}

interface Entity {
` + entityFields + "}\n\n")
	for _, k := range rightsgraph.Kinds {
		fmt.Fprintf(&b, "type %s implements Entity @node(labels: [%q, \"Entity\"]) @plural(value: %q) {\n%s",
			k.Label(), k.Label(), plural(k), entityFields)
		for _, f := range relFields(k) {
			dir := "IN"
			if f.Out {
				dir = "OUT"
			}
			fmt.Fprintf(&b, "  %s: [%s!]! @relationship(type: %q, direction: %s, properties: \"RelProps\")\n", f.Name, f.Target(), f.Type, dir)
		}
		b.WriteString("}\n\n")
	}
	fmt.Fprintf(&b, `type AnyEntity @node(labels: ["Entity"]) @plural(value: "anyEntities")
  @fulltext(indexes: [{indexName: %q, fields: ["searchText"], queryName: "searchEntities"}]) {
  id: ID!
  kind: String!
  name: String!
  searchText: String
  "The entities one relation away, whatever its type and direction."
  neighbours: [AnyEntity!]! @cypher(statement: "MATCH (this)--(m:Entity) RETURN DISTINCT m", columnName: "m")
}
`, peerSearchIndex)
	return b.String()
}
