// Package graph is the GraphQL API: the schema in ../schema compiled by
// gqlgen into generated/, thin resolvers over rightsgraph.Store, per-request
// dataloaders, one error presenter, and the HTTP handler.
package graph

import (
	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
)

// Resolver is the root of the resolvers: the store, and the analyzer that
// keeps whole-graph measures. Per-request state (the dataloaders) travels
// in the context.
type Resolver struct {
	Store    rightsgraph.Store
	Analyzer *analysis.Analyzer
}
