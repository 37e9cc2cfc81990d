package graph

import (
	"context"
	"strconv"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/model"
	"github.com/rightsgraph/rightsgraph/seed"
)

// changed forgets what the request's loaders read before a mutation, so
// that its payload, and any later mutation of the same request, reads the
// graph as it is now.
func changed(ctx context.Context) {
	l := loadersFrom(ctx)
	l.Entities.ClearAll()
	l.Relations.ClearAll()
	l.selected.clear()
	l.leanEnds.clear()
}

// relationEnds loads both ends of a relation.
func relationEnds(ctx context.Context, r *rightsgraph.Relation) (from, to model.Entity, err error) {
	if from, err = entityOf(ctx, r.From); err != nil {
		return nil, nil, err
	}
	if to, err = entityOf(ctx, r.To); err != nil {
		return nil, nil, err
	}
	return from, to, nil
}

// annotationProblems is an annotation refused by addReport: a
// BAD_USER_INPUT error on input.annotation whose problems, each with its
// line, the presenter lists in extensions.problems.
type annotationProblems struct {
	err      *rightsgraph.Error
	problems seed.Problems
}

func annotationError(ps seed.Problems) error {
	e := rightsgraph.FieldError("input.annotation", "the annotation has %d problem(s):\n%s", len(ps), ps.Error())
	return &annotationProblems{err: e, problems: ps}
}

func (a *annotationProblems) Error() string { return a.err.Error() }
func (a *annotationProblems) Unwrap() error { return a.err }

// extensions returns the problems as GraphQL error extensions.
func (a *annotationProblems) extensions() []map[string]any {
	out := make([]map[string]any, len(a.problems))
	for i, p := range a.problems {
		out[i] = map[string]any{"line": p.Line, "message": p.Msg}
	}
	return out
}

func toAuditConnection(p *rightsgraph.AuditPage) *model.AuditConnection {
	c := &model.AuditConnection{
		Edges: []*model.AuditEdge{}, Nodes: []*model.AuditEntry{},
		PageInfo: &model.PageInfo{HasNextPage: p.HasNextPage, EndCursor: optional(p.EndCursor)},
	}
	for _, e := range p.Entries {
		n := &model.AuditEntry{
			ID: strconv.FormatInt(e.Seq, 10), At: e.At.UTC().Format(time.RFC3339Nano), Actor: e.Actor, Action: e.Action,
			Entities: e.Entities, Summary: e.Summary, Before: optional(e.Before), After: optional(e.After),
		}
		if n.Entities == nil {
			n.Entities = []string{}
		}
		c.Nodes = append(c.Nodes, n)
		c.Edges = append(c.Edges, &model.AuditEdge{Cursor: rightsgraph.AuditCursor(e.Seq), Node: n})
	}
	if len(c.Nodes) > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
	}
	return c
}
