package graph

import (
	"github.com/rightsgraph/rightsgraph/graph/generated"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// relationsEstimate is what a relation list without first is assumed to
// hold when the complexity of a query is estimated.
const relationsEstimate = 10

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
