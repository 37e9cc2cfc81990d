package generated

// This file is written by hand, not generated: graph/internal/seqlists
// makes the resolver of every plain field (see plain) start by asking
// plain whether it may marshal the field straight from its object.

import (
	"context"
	"errors"
	"reflect"

	"github.com/99designs/gqlgen/graphql"
)

// ErrStopped is what StopWhenDone answers for a field of a request whose
// context has ended.
var ErrStopped = errors.New("the request's context ended")

// StopWhenDone is a field middleware that resolves a field while the
// request's context goes on, and answers ErrStopped without resolving it
// once the context has ended. It stands for gqlgen's own field
// middleware, which does nothing but resolve, when no extension
// intercepts fields: plain fields then need none of it (see plain).
func StopWhenDone(ctx context.Context, next graphql.Resolver) (any, error) {
	if ctx.Err() != nil {
		return nil, ErrStopped
	}
	return next(ctx)
}

// stopWhenDoneCode is the code of StopWhenDone, which plain recognises an
// operation's middleware by. (A function, not a closure: the compiler
// makes a closure anew wherever it inlines the function that returns it.)
var stopWhenDoneCode = reflect.ValueOf(StopWhenDone).Pointer()

// plain reports whether the plain field being resolved may be marshalled
// straight from its object, without its field context, its middleware
// and its value boxed twice on the way: when the operation's field
// middleware is StopWhenDone and the request goes on, where the field
// answers the same without them. A plain field is a field of a model
// struct, of a scalar or enum type whose marshaller never fails, and so
// never reads the field context to report an error: an id, a name, a
// kind, a count. A list of a hundred entities asked for their ids
// resolves a hundred of them, each at the cost of six allocations.
func (ec *executionContext) plain(ctx context.Context) bool {
	return ctx.Err() == nil && reflect.ValueOf(ec.OperationContext.ResolverMiddleware).Pointer() == stopWhenDoneCode
}
