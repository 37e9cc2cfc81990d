package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// toSubgraph turns an analysis subgraph into the GraphQL one, converting
// only the nodes and edges the query asks for (a neighbourhood drawn as
// ids alone has hundreds of edges no one reads).
func toSubgraph(ctx context.Context, sub *rightsgraph.Subgraph) *model.Subgraph {
	out := &model.Subgraph{Nodes: make([]model.Entity, 0, len(sub.Nodes)), Edges: []*model.Edge{}, Truncated: sub.Truncated}
	if asks(ctx, "nodes") {
		for _, n := range sub.Nodes {
			out.Nodes = append(out.Nodes, toEntity(n))
		}
	}
	if asks(ctx, "edges") {
		out.Edges = make([]*model.Edge, 0, len(sub.Edges))
		for _, e := range sub.Edges {
			out.Edges = append(out.Edges, toEdge(e))
		}
	}
	return out
}

// asks reports whether the field being resolved may select the field
// name of its value: it does when it names it, or through a fragment,
// which is not looked into.
func asks(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return true
	}
	for _, sel := range fc.Field.Selections {
		if f, ok := sel.(*ast.Field); !ok || f.Name == name {
			return true
		}
	}
	return false
}

func toPath(p analysis.Path) *model.Path {
	out := &model.Path{Length: p.Length(), Nodes: []model.Entity{}, Edges: []*model.Edge{}}
	for _, n := range p.Nodes {
		out.Nodes = append(out.Nodes, toEntity(n))
	}
	for _, e := range p.Edges {
		out.Edges = append(out.Edges, toEdge(e))
	}
	return out
}

func toEdge(r *rightsgraph.Relation) *model.Edge {
	return &model.Edge{
		ID: r.ID, Type: model.RelType(r.Type), Source: r.From, Target: r.To,
		Role: optional(r.Role), Evidence: toEvidence(r.Evidence),
	}
}

// allianceEdge is an ALLIED_WITH edge: its role says how the two stand
// together, its evidence is that of every reason.
func allianceEdge(l analysis.Link) *model.Edge {
	var how []string
	var evs []rightsgraph.Evidence
	for _, r := range l.Reasons {
		how = append(how, r.How)
		evs = append(evs, r.Evidence...)
	}
	w := l.Weight
	return &model.Edge{
		ID: rightsgraph.RelationID(l.A.ID, rightsgraph.RelAlliedWith, l.B.ID), Type: model.RelType(rightsgraph.RelAlliedWith),
		Source: l.A.ID, Target: l.B.ID, Role: optional(strings.Join(how, "; ")), Weight: &w,
		Evidence: toEvidence(rightsgraph.SortEvidence(evs)),
	}
}

func toReasons(rs []analysis.Reason) []*model.AllianceReason {
	out := make([]*model.AllianceReason, len(rs))
	for i, r := range rs {
		out[i] = &model.AllianceReason{ViaID: r.Via.ID, How: r.How, Evidence: toEvidence(r.Evidence)}
	}
	return out
}

func toEvidence(evs []rightsgraph.Evidence) []*model.Evidence { return model.EvidenceOf(evs) }

func derefInt(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func derefFloat(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}
