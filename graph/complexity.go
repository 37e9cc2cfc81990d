package graph

import (
	"github.com/99designs/gqlgen/graphql/introspection"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph/graph/generated"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// relationsEstimate is what a relation list without first is assumed to
// hold when the complexity of a query is estimated.
const relationsEstimate = 10

// costArguments names every argument that a cost function of complexity
// reads: a query's cost depends on its variables only through these (see
// Limits, which measures a query once when none of them takes a variable,
// and TestCostArguments, which checks that no other argument changes a
// cost).
var costArguments = map[string]bool{"first": true, "last": true, "limit": true, "maxDepth": true}

// complexity costs list fields by the number of items they may return, so
// that ComplexityLimit bounds the work of a query, not its length.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	list := func(child int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string, last *int, _ *string) int {
		n := 20
		if first != nil {
			n = *first
		} else if last != nil {
			n = *last
		}
		return 1 + child*max(n, 1)
	}
	c.Query.Entities = func(child int, _ []model.Kind, f *model.EntityFilter, o *model.EntityOrder, first *int, a *string, last *int, b *string) int {
		return list(child, f, o, first, a, last, b)
	}
	c.Query.Persons, c.Query.Organisations, c.Query.Issues, c.Query.Congresses = list, list, list, list
	c.Query.Resolutions, c.Query.Reports, c.Query.Places, c.Query.Laws = list, list, list, list
	c.Query.Search = func(child int, _ string, _ []model.Kind, first *int) int {
		n := 10
		if first != nil {
			n = *first
		}
		return 1 + child*max(n, 1)
	}
	// Analysis: a subgraph costs per node it may hold; a path per step.
	times := func(child int, n *int, def int) int { return 1 + child*max(derefInt(n, def), 1) }
	c.Query.Neighbourhood = func(child int, _ string, _ *int, _ []model.Kind, _ []model.RelType, limit *int) int {
		return times(child, limit, 200)
	}
	c.Query.ShortestPath = func(child int, _, _ string, maxDepth *int, _ []model.RelType) int { return times(child, maxDepth, 6) }
	c.Query.AllShortestPaths = func(child int, _, _ string, _ *int, _ []model.RelType, first *int) int {
		return times(child, first, 10) * 6
	}
	c.Query.Alliances = func(child int, _ string, first *int) int { return times(child, first, 10) }
	c.Query.AllianceNetwork = func(child int, _ *float64) int { return times(child, nil, relationsEstimate*10) }
	c.Query.Centrality = func(child int, _ model.Measure, _ []model.Kind, first *int) int { return times(child, first, 10) }
	c.Query.AuditLog = func(child int, first *int, _, _ *string) int { return times(child, first, 20) }
	c.Query.Communities = func(child int, first *int) int { return times(child, first, relationsEstimate) }
	rels := func(child int, _ []model.RelType, _ *model.Direction, first *int) int {
		n := relationsEstimate
		if first != nil {
			n = *first
		}
		return 1 + child*max(n, 1)
	}
	c.Person.Relations, c.Organisation.Relations, c.Issue.Relations, c.Congress.Relations = rels, rels, rels, rels
	c.Resolution.Relations, c.Report.Relations, c.Place.Relations, c.Law.Relations = rels, rels, rels, rels
	return c
}

// introspectionCost costs introspection selections as gqlgen costs any
// other field, 1 each and lists times their items, but exactly: it walks
// the schema the answer would describe. It stops counting once past
// budget, so that a bomb costs no more than the limit to refuse.
type introspectionCost struct {
	vars      map[string]any
	fragments ast.FragmentDefinitionList
	budget, n int
}

// root adds the cost of a __schema or __type field.
func (c *introspectionCost) root(schema *ast.Schema, f *ast.Field) {
	c.n++
	switch f.Name {
	case "__schema":
		c.set(f.SelectionSet, introspection.WrapSchema(schema))
	case "__type":
		name, _ := f.ArgumentMap(c.vars)["name"].(string)
		if def := schema.Types[name]; def != nil {
			c.set(f.SelectionSet, introspection.WrapTypeFromDef(schema, def))
		}
	}
}

func (c *introspectionCost) set(set ast.SelectionSet, obj any) {
	for _, sel := range set {
		if c.n > c.budget {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			c.n++
			for _, child := range introspectionChildren(obj, s.Name, s.ArgumentMap(c.vars)) {
				c.set(s.SelectionSet, child)
			}
		case *ast.InlineFragment:
			c.set(s.SelectionSet, obj)
		case *ast.FragmentSpread:
			if f := c.fragments.ForName(s.Name); f != nil {
				c.set(f.SelectionSet, obj)
			}
		}
	}
}

// introspectionChildren returns the objects a field of an introspection
// object resolves to, as the generated resolvers call them: none for a
// leaf or a null, one for an object, the items of a list.
func introspectionChildren(obj any, field string, args map[string]any) []any {
	deprecated, _ := args["includeDeprecated"].(bool)
	switch o := obj.(type) {
	case *introspection.Schema:
		switch field {
		case "types":
			return items(o.Types())
		case "queryType":
			return one(o.QueryType())
		case "mutationType":
			return one(o.MutationType())
		case "subscriptionType":
			return one(o.SubscriptionType())
		case "directives":
			return items(o.Directives())
		}
	case *introspection.Type:
		switch field {
		case "fields":
			return items(o.Fields(deprecated))
		case "interfaces":
			return items(o.Interfaces())
		case "possibleTypes":
			return items(o.PossibleTypes())
		case "enumValues":
			return items(o.EnumValues(deprecated))
		case "inputFields":
			return items(o.VisibleInputFields(deprecated))
		case "ofType":
			return one(o.OfType())
		}
	case *introspection.Field:
		switch field {
		case "args":
			return items(o.VisibleArgs(deprecated))
		case "type":
			return one(o.Type)
		}
	case *introspection.InputValue:
		if field == "type" {
			return one(o.Type)
		}
	case *introspection.Directive:
		if field == "args" {
			return items(o.VisibleArgs(deprecated))
		}
	}
	return nil
}

func one[T any](p *T) []any {
	if p == nil {
		return nil
	}
	return []any{p}
}

func items[T any](list []T) []any {
	out := make([]any, len(list))
	for i := range list {
		out[i] = &list[i]
	}
	return out
}
