package generated

// This file is written by hand, not generated: graph/internal/seqlists
// makes the generated code start each object's group of deferred fields
// with deferredGroup instead of graphql.NewDeferredGroup.

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// deferredGroup returns what graphql.NewDeferredGroup does when one of
// fields is deferred (@defer), and otherwise a group that holds only ctx:
// gqlgen reads a group's path, field set and map of defers only for a
// deferred field, and making them costs four allocations per object
// served, the path growing with the depth of the object.
func deferredGroup(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	for i := range fields {
		if fields[i].IsDeferred() {
			return graphql.NewDeferredGroup(ctx)
		}
	}
	return graphql.DeferredGroup{Context: ctx}
}
