package graph

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph/generated"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// TestPlainFields checks that plain fields (ids, names, kinds, counts,
// nullable texts), marshalled straight from their objects under
// generated.StopWhenDone, answer byte for byte what they answer through
// gqlgen's field context and middleware, which they go through when an
// extension intercepts fields: and that they then do.
func TestPlainFields(t *testing.T) {
	s := inmem.New()
	if _, err := seed.LoadFS(context.Background(), s, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	var intercepted atomic.Int64
	plain := plainTestHandler(s, nil)
	intercepting := plainTestHandler(s, func(ctx context.Context, next graphql.Resolver) (any, error) {
		intercepted.Add(1)
		return next(ctx)
	})
	for _, q := range []string{
		`{ persons(first: 30) { totalCount nodes { id kind name description visibility aliases leads { id type direction role other { id kind name } } } } }`,
		`{ entity(id: "person/lev-ponomarev") { id name ... on Person { description } relations { id type direction role other { id name } evidence { quote start end editor } } } }`,
		`{ stats { nodes relationships nodesByKind { kind count } } }`,
		`{ neighbourhood(id: "person/lev-ponomarev", depth: 2) { truncated nodes { id kind name } edges { id type source target role } } }`,
		`{ search(query: "Ponomarev", first: 3) { score entity { id name } } }`,
	} {
		intercepted.Store(0)
		want := plainTestPost(t, intercepting, q)
		if intercepted.Load() == 0 {
			t.Fatalf("%s: the interceptor saw no field", q)
		}
		if got := plainTestPost(t, plain, q); !bytes.Equal(got, want) {
			t.Errorf("%s:\nplain fields answer\n%s\nthrough gqlgen's middleware\n%s", q, got, want)
		}
	}
}

// TestStopFieldsMiddleware checks which field middleware stopFields gives
// a query: generated.StopWhenDone in place of gqlgen's when no extension
// intercepts fields, and a wrapper of the interceptors' otherwise.
func TestStopFieldsMiddleware(t *testing.T) {
	es := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}})
	stopWhenDone := reflect.ValueOf(generated.StopWhenDone).Pointer()
	for _, intercept := range []bool{false, true} {
		var got uintptr
		srv := handler.New(es)
		srv.AddTransport(post{})
		if intercept {
			srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) })
		}
		srv.Use(&stopFields{})
		srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
			got = reflect.ValueOf(graphql.GetOperationContext(ctx).ResolverMiddleware).Pointer()
			return next(ctx)
		})
		plainTestPost(t, srv, `{ __typename }`)
		if (got == stopWhenDone) == intercept {
			t.Errorf("with an interceptor %v, the middleware is generated.StopWhenDone: %v", intercept, got == stopWhenDone)
		}
	}
}

// plainTestHandler is the handler NewHandler makes over s, with its
// loaders and its middleware that stops fields, and intercept (when not
// nil) around every field.
func plainTestHandler(s rightsgraph.Store, intercept graphql.FieldMiddleware) http.Handler {
	log := slog.New(slog.DiscardHandler)
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{Store: s, Analyzer: analysis.NewAnalyzer(s, log)}}))
	srv.AddTransport(post{})
	if intercept != nil {
		srv.AroundFields(intercept)
	}
	stopWhenDone(srv)
	return WithLoaders(s, srv)
}

// plainTestPost posts query to h and returns the answer's body.
func plainTestPost(t *testing.T, h http.Handler, query string) []byte {
	t.Helper()
	body := `{"query":` + strings.ReplaceAll(`"`+strings.ReplaceAll(query, `"`, `\"`)+`"`, "\n", " ") + `}`
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
		t.Fatalf("%s: %d %s", query, w.Code, w.Body.Bytes())
	}
	return w.Body.Bytes()
}
