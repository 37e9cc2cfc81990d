// Package model holds the GraphQL-only types: those gqlgen generates into
// models_gen.go and the few written by hand here, which keep the ids that
// field resolvers load through dataloaders.
package model

// Relation is a relationship seen from one of its ends. Other and At are
// resolved from their ids by dataloaders.
type Relation struct {
	ID        string
	Type      RelType
	Direction Direction
	Role      *string
	Evidence  []*Evidence
	OtherID   string
	AtID      string
}

// Evidence is a quote of a report; Report is resolved from ReportID.
type Evidence struct {
	ReportID string
	Quote    string
	Start    int
	End      int
	Editor   *string
}
