package generated

// This file is written by hand, not generated: graph/generate.go runs
// gqlgen and then graph/internal/seqlists, which makes the generated code
// marshal lists of objects through marshalList instead of
// graphql.MarshalSliceConcurrently.

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// SequentialFunc tells, for the list field whose context it is given,
// whether the elements may be marshalled one after another in the
// goroutine of the field rather than each in a goroutine of its own.
type SequentialFunc func(ctx context.Context) bool

type sequentialKey struct{}

// WithSequentialLists returns ctx in which marshalList asks f how to
// marshal each list of objects. A goroutine per element is what lets the
// resolvers of sibling elements wait together for one batched store call;
// where no element can wait (nothing left to resolve but fields already
// read, or a store in the process that answers at once), it costs more
// than the work it shares out: each goroutine grows its stack through
// gqlgen's deep call chain, several times per element.
func WithSequentialLists(ctx context.Context, f SequentialFunc) context.Context {
	return context.WithValue(ctx, sequentialKey{}, f)
}

// marshalList marshals a list of objects as graphql.MarshalSliceConcurrently
// does, but in the calling goroutine when the context's SequentialFunc
// allows it: the same elements, each with its index in its field context,
// a panic in one recovered into an error and a null as there (unless
// omitPanicHandler). The elements' field contexts and indexes take one
// allocation each for the whole list rather than two per element.
func marshalList(ctx context.Context, length int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	f, _ := ctx.Value(sequentialKey{}).(SequentialFunc)
	if length < 2 || f == nil || !f(ctx) {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, length)
	fcs, indexes := make([]graphql.FieldContext, length), make([]int, length)
	for i := range length {
		indexes[i] = i
		fcs[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}
