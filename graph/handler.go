package graph

import (
	"context"
	"log/slog"
	"net/http"
	"reflect"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph/generated"
	"github.com/rightsgraph/rightsgraph/reportfile"
)

// Limits that keep one request from exhausting the server.
const (
	// ComplexityLimit bounds the cost of one operation, each field costing 1
	// and list fields their size.
	ComplexityLimit = 10000
	// ParserTokenLimit bounds the size of a query document.
	ParserTokenLimit = 15000
	// queryCacheSize is how many parsed queries are kept.
	queryCacheSize = 1000
)

// Options configure the GraphQL endpoint.
type Options struct {
	// Introspection lets clients read the schema; without it, error
	// messages make no field suggestions either.
	Introspection bool
	Limits        Limits
	// Observe is called after every operation with its name (or
	// "anonymous"), duration in seconds and whether it had errors.
	Observe func(operation string, seconds float64, failed bool)
}

// DefaultOptions are the options of a public read-only endpoint.
func DefaultOptions() Options {
	return Options{
		Introspection: true,
		Limits: Limits{MaxDepth: DefaultMaxDepth, MaxAliases: DefaultMaxAliases, MaxFields: DefaultMaxFields,
			MaxComplexity: ComplexityLimit},
	}
}

// NewHandler returns the GraphQL endpoint over s, with a for whole-graph
// measures: GET and POST transports (GraphQL over HTTP), a parsed-query
// cache, automatic persisted queries, limits on tokens, depth, aliases,
// fields and complexity, one error presenter and per-request dataloaders.
// Work stops when the request's context ends (see stopWhenDone).
func NewHandler(s rightsgraph.Store, a *analysis.Analyzer, log *slog.Logger, opts Options) http.Handler {
	cfg := generated.Config{Resolvers: &Resolver{Store: s, Analyzer: a}}
	cfg.Complexity = complexity()
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(post{})
	// Report files for draftReport (the GraphQL multipart request spec); the
	// server's body limit bounds the whole request first.
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: reportfile.MaxSize, MaxMemory: 8 << 20})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.SetParserTokenLimit(ParserTokenLimit)
	limits := opts.Limits
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		srv.SetDisableSuggestion(true)
		limits.RefuseIntrospection = true
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(&limits)
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic)
	if opts.Observe != nil {
		srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
			start := time.Now()
			resp := next(ctx)
			name := "anonymous"
			if graphql.HasOperationContext(ctx) {
				if oc := graphql.GetOperationContext(ctx); oc.OperationName != "" {
					name = oc.OperationName
				} else if oc.Operation != nil && oc.Operation.Name != "" {
					name = oc.Operation.Name
				}
			}
			opts.Observe(name, time.Since(start).Seconds(), resp != nil && len(resp.Errors) > 0)
			return resp
		})
	}
	stopWhenDone(srv)
	return WithLoaders(s, followSpec(srv))
}

// stopWhenDone makes the end of a request's context (its deadline, or the
// client gone) stop the work, not only the wait: every field, introspection
// included, checks the context before it resolves, so that what is left of
// a query costs one cheap error per field reached; and the answer is then
// one TIMEOUT error, not the partial data and those errors. A mutation is
// left to finish: its store call honours the context itself, and once its
// write is done the client must learn what it did, not that it timed out.
func stopWhenDone(srv *handler.Server) {
	srv.Use(&stopFields{})
	// gqlgen answers nothing at all (null) when the context ended before
	// execution began.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		responses := next(ctx)
		answered := false
		return func(ctx context.Context) *graphql.Response {
			resp := responses(ctx)
			if ctx.Err() == nil || answered || (resp != nil && isMutation(ctx)) {
				return resp
			}
			answered = true
			out := &graphql.Response{Errors: gqlerror.List{timeoutError(ctx)}}
			if resp != nil {
				out.Extensions = resp.Extensions
			}
			return out
		}
	})
}

// stopFields makes every field of a query check the request's context
// before it resolves (see stopWhenDone). It sets the operation's field
// middleware once per operation: a field interceptor (AroundFields) would
// have gqlgen build its chain anew, one allocation, for every field.
// While no extension intercepts fields, gqlgen's middleware does nothing
// but resolve, and stopFields puts generated.StopWhenDone in its place,
// under which plain fields (an id, a name) are marshalled straight from
// their objects (see generated.StopWhenDone); otherwise it wraps the
// middleware, and every field goes through it.
type stopFields struct {
	// resolveOnly is the code of gqlgen's field middleware when no
	// extension intercepts fields.
	resolveOnly uintptr
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*stopFields)(nil)

// ExtensionName names the extension.
func (*stopFields) ExtensionName() string { return "StopWhenDone" }

// Validate learns gqlgen's field middleware from an executor without
// extensions: its code is the same for every operation of every executor
// where no extension intercepts fields.
func (s *stopFields) Validate(es graphql.ExecutableSchema) error {
	oc, errs := executor.New(es).CreateOperationContext(graphql.StartOperationTrace(context.Background()), &graphql.RawParams{Query: "{ __typename }"})
	if errs != nil {
		return errs
	}
	s.resolveOnly = reflect.ValueOf(oc.ResolverMiddleware).Pointer()
	return nil
}

// MutateOperationContext sets the field middleware of a query.
func (s *stopFields) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
		return nil
	}
	next := oc.ResolverMiddleware
	if reflect.ValueOf(next).Pointer() == s.resolveOnly {
		oc.ResolverMiddleware = generated.StopWhenDone
		return nil
	}
	oc.ResolverMiddleware = func(ctx context.Context, resolve graphql.Resolver) (any, error) {
		if ctx.Err() != nil {
			return nil, errStopped
		}
		return next(ctx, resolve)
	}
	return nil
}

func isMutation(ctx context.Context) bool {
	if !graphql.HasOperationContext(ctx) {
		return false
	}
	op := graphql.GetOperationContext(ctx).Operation
	return op != nil && op.Operation == ast.Mutation
}
