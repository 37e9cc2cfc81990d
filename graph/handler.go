package graph

import (
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph/generated"
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

// NewHandler returns the GraphQL endpoint over s, with a for whole-graph
// measures: GET and POST transports (GraphQL over HTTP), a parsed-query
// cache, automatic persisted queries, introspection, limits on tokens and
// complexity, one error presenter and per-request dataloaders.
func NewHandler(s rightsgraph.Store, a *analysis.Analyzer, log *slog.Logger) http.Handler {
	cfg := generated.Config{Resolvers: &Resolver{Store: s, Analyzer: a}}
	cfg.Complexity = complexity()
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.SetParserTokenLimit(ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(extension.FixedComplexityLimit(ComplexityLimit))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic)
	return WithLoaders(s, srv)
}
