package generated

// This file is written by hand, not generated: graph/internal/seqlists
// makes the generated code make the field context of each scalar or enum
// field with scalarFieldContext instead of graphql.NewScalarFieldContext.

import (
	"context"
	"errors"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// childFunc is a FieldContext's Child.
type childFunc = func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error)

// scalarChildren holds, by the name of every scalar and enum type of the
// schema, the Child function of its fields' contexts.
var scalarChildren = func() map[string]childFunc {
	out := map[string]childFunc{}
	for name, def := range parsedSchema.Types {
		if def.Kind == ast.Scalar || def.Kind == ast.Enum {
			out[name] = scalarChild(name)
		}
	}
	return out
}()

// scalarChild returns the Child function graphql.NewScalarFieldContext
// gives the fields of type typeName: one that always fails, naming it.
func scalarChild(typeName string) childFunc {
	return func(context.Context, graphql.CollectedField) (*graphql.FieldContext, error) {
		return nil, errors.New("field of type " + typeName + " does not have child fields")
	}
}

// scalarFieldContext returns what graphql.NewScalarFieldContext does, with
// the Child function of its type made once rather than a closure per
// field resolved: a list of a hundred entities asked for their ids
// resolves a hundred of these.
func scalarFieldContext(object string, field graphql.CollectedField, isMethod, isResolver bool, typeName string) (*graphql.FieldContext, error) {
	child, ok := scalarChildren[typeName]
	if !ok {
		child = scalarChild(typeName)
	}
	return &graphql.FieldContext{Object: object, Field: field, IsMethod: isMethod, IsResolver: isResolver, Child: child}, nil
}
