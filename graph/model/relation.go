// Package model holds the GraphQL-only types: those gqlgen generates into
// models_gen.go and the few written by hand here, which keep the ids that
// field resolvers load through dataloaders.
package model

import (
	"context"

	"github.com/rightsgraph/rightsgraph"
)

// Relation is a relationship seen from one of its ends. Other and At are
// resolved from their ids by dataloaders.
type Relation struct {
	ID        string
	Type      RelType
	Direction Direction
	Role      *string
	// Pieces is the relation's evidence, which Evidence converts when a
	// query asks for it: most ask for relations without their quotes.
	Pieces  []rightsgraph.Evidence
	OtherID string
	AtID    string
	// Visibility is RESTRICTED when only cleared tokens see the relation.
	Visibility Visibility
}

// Evidence is the relation's evidence, converted from Pieces.
func (r *Relation) Evidence() []*Evidence { return EvidenceOf(r.Pieces) }

// EvidenceOf converts pieces of evidence.
func EvidenceOf(evs []rightsgraph.Evidence) []*Evidence {
	out := make([]*Evidence, len(evs))
	for i, ev := range evs {
		var editor *string
		if ev.Editor != "" {
			editor = &ev.Editor
		}
		out[i] = &Evidence{ReportID: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End, EditorName: editor}
	}
	return out
}

// Evidence is a quote of a report; Report is resolved from ReportID.
// EditorName is the token of the editor who gave it, shown as editor only
// to editors and admins (see Editor).
type Evidence struct {
	ReportID   string
	Quote      string
	Start      int
	End        int
	EditorName *string
}

// Editor is the token of the editor who gave the evidence, for requests
// with the editor role or above; nil for everyone else, so that token
// names, which say who can write to the graph, stay among those who can.
func (e *Evidence) Editor(ctx context.Context) *string {
	if !rightsgraph.PrincipalFrom(ctx).Role.AtLeast(rightsgraph.RoleEditor) {
		return nil
	}
	return e.EditorName
}
