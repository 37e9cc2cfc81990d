package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/generated"
)

// presentError is the one place errors become GraphQL errors. Errors with a
// code show their message and put the code in extensions.code; errors the
// GraphQL engine made (parse, validation) pass as they are; anything else
// is internal: logged in full, shown as "internal error".
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if errors.Is(err, errStopped) {
			return timeoutError(ctx) // the answer keeps just one of these
		}
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			return gqlErr // the engine's own error, already shaped
		}
		out := graphql.DefaultErrorPresenter(ctx, err)
		code := rightsgraph.ErrorCode(err)
		if code == rightsgraph.EINTERNAL {
			log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
		}
		out.Message = rightsgraph.ErrorMessage(err)
		if out.Extensions == nil {
			out.Extensions = map[string]any{}
		}
		out.Extensions["code"] = code
		if field := rightsgraph.ErrorField(err); field != "" {
			out.Extensions["field"] = field
		}
		var ap *annotationProblems
		if errors.As(err, &ap) {
			out.Extensions["problems"] = ap.extensions()
		}
		return out
	}
}

// recoverPanic turns a panic in a resolver into an internal error, which
// the presenter logs and masks.
func recoverPanic(ctx context.Context, p any) error {
	return fmt.Errorf("panic in resolver: %v", p)
}

// CodeTimeout is the code of a request stopped by its time limit
// (RIGHTSGRAPH_QUERY_TIMEOUT) or by its client going away.
const CodeTimeout = "TIMEOUT"

// errStopped is what a field answers once its request's context has ended;
// the answer replaces it with one timeoutError.
var errStopped = generated.ErrStopped

func timeoutError(ctx context.Context) *gqlerror.Error {
	msg := "the request took longer than the server's time limit, and was stopped"
	if errors.Is(ctx.Err(), context.Canceled) {
		msg = "the request was cancelled"
	}
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": CodeTimeout}}
}
