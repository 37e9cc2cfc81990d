// Package server assembles the HTTP API: GraphQL, the GraphiQL page, the
// health and readiness probes, exports and metrics.
package server

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/httprate"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/graph"
	"github.com/rightsgraph/rightsgraph/web"
)

// Server is the HTTP API over one store.
type Server struct {
	store rightsgraph.Store // instrumented: every call is timed
	log   *slog.Logger
	opts  Options
	// seeding holds why the store is not ready yet ("" once it is), while
	// the bundled reports load in the background.
	seeding  atomic.Pointer[string]
	metrics  *metrics
	analyzer *analysis.Analyzer
	limiter  *httprate.RateLimiter // nil: no rate limit
}

// Options configure the server.
type Options struct {
	// NotReady is why the server is not ready at first; "" is ready.
	NotReady string
	// Introspection lets GraphQL clients read the schema and serves GraphiQL.
	Introspection bool
	// RequireToken refuses requests without a token; by default anyone
	// may read the graph. It also keeps /metrics, /graphiql and the
	// reasons of /readyz to those with a token.
	RequireToken bool
	// RateLimit is the requests a minute one token, or one client address
	// without a token, may make to /graphql and /export; 0 is no limit.
	RateLimit int
	// MaxBody is the largest request body, in bytes; larger ones get 413.
	MaxBody int64
	// MaxUpload is the largest body of an editor's multipart request (a
	// report file for draftReport), in bytes; when it is not above MaxBody,
	// MaxBody holds for uploads too.
	MaxUpload int64
	// Timeout bounds one GraphQL request: its work stops when it ends.
	Timeout time.Duration
	// MaxConcurrent bounds the requests to /graphql and /export served at
	// once; the others get 503 at once. 0 is no limit.
	MaxConcurrent int
}

// New returns the server over s.
func New(s rightsgraph.Store, log *slog.Logger, opts Options) *Server {
	m := newMetrics()
	s = instrument(rightsgraph.Guard(s), m)
	srv := &Server{store: s, log: log, opts: opts, metrics: m, analyzer: analysis.NewAnalyzer(s, log), limiter: newLimiter(opts.RateLimit)}
	srv.seeding.Store(&opts.NotReady)
	return srv
}

// Close stops the server's background work, the whole-graph analysis, and
// waits for it: call it before closing the store.
func (s *Server) Close() {
	s.analyzer.Close()
}

// SetNotReady records why the server is not ready; "" makes it ready, and
// starts computing the whole-graph analysis, so that the first request
// for it need not wait.
func (s *Server) SetNotReady(reason string) {
	s.seeding.Store(&reason)
	if reason == "" {
		s.analyzer.WarmUp()
	}
}

// Handler returns the routes. A request to the API is decided on from its
// headers (token, rate limit, how many are served at once) before its body
// is read; no body is read before that anywhere.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(requestID, securityHeaders, s.accessLog, s.metrics.middleware, middleware.Recoverer,
		middleware.GetHead, compress, capBody(max(s.opts.MaxBody, s.opts.MaxUpload)))
	gqlOpts := graph.DefaultOptions()
	gqlOpts.Introspection = s.opts.Introspection
	gqlOpts.Observe = s.metrics.observeOperation
	gql := graph.NewHandler(s.store, s.analyzer, s.log, gqlOpts)
	r.Group(func(r chi.Router) {
		r.Use(s.admit, limitConcurrency(s.opts.MaxConcurrent))
		r.With(readBody(s.bodyLimit), withTimeout(s.opts.Timeout)).Handle("/graphql", gql)
		r.Get("/export", s.export)
	})
	// Pages for people and tools: with anonymous reading off, they need a
	// token too.
	r.Group(func(r chi.Router) {
		if s.opts.RequireToken {
			r.Use(s.admit)
		}
		if s.opts.Introspection {
			r.Handle("/graphiql", graphiql())
			r.Handle("/graphiql/*", graphiql())
		}
		r.Handle("/metrics", promhttp.HandlerFor(s.metrics.registry, promhttp.HandlerOpts{}))
	})
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	r.Get("/readyz", s.ready)
	r.Handle("/*", web.Handler())
	return r
}

// bodyLimit is the largest body a request to /graphql may send: an
// editor's report file (a multipart request, by the GraphQL multipart
// request spec) up to MaxUpload, anything else up to MaxBody. The request
// is admitted, so its token is known.
func (s *Server) bodyLimit(r *http.Request) int64 {
	media, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if media == "multipart/form-data" && s.opts.MaxUpload > s.opts.MaxBody &&
		rightsgraph.Require(r.Context(), rightsgraph.RoleEditor) == nil {
		return s.opts.MaxUpload
	}
	return s.opts.MaxBody
}

// ready answers 200 once the store answers and the seed is loaded, and 503
// before. The reason, and the size of the graph, are told to anyone when
// anonymous reading is on, and otherwise only to requests with a token.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	tell := !s.opts.RequireToken
	if s.opts.RequireToken && r.Header.Get("Authorization") != "" {
		if _, ok := s.identify(w, r, true); !ok {
			return
		}
		tell = true
	}
	status, detail := s.readiness(r.Context())
	if !tell {
		detail = ""
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	word := "ready"
	if status != http.StatusOK {
		word = "not ready"
	}
	if detail != "" {
		word += ": " + detail
	}
	fmt.Fprintln(w, word)
}

// readiness is the server's status, and why.
func (s *Server) readiness(ctx context.Context) (int, string) {
	if reason := *s.seeding.Load(); reason != "" {
		return http.StatusServiceUnavailable, reason
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		return http.StatusServiceUnavailable, "store unreachable: " + err.Error()
	}
	st, err := s.store.Stats(ctx)
	if err != nil {
		return http.StatusServiceUnavailable, "store unreachable: " + err.Error()
	}
	if st.NodesByKind[rightsgraph.KindReport] == 0 {
		return http.StatusServiceUnavailable, "the store holds no report (run rightsgraph seed)"
	}
	return http.StatusOK, fmt.Sprintf("%d nodes, %d relationships", st.Nodes, st.Relationships)
}

// export streams the whole graph, or with around=ID&depth=N the
// neighbourhood of one entity, or with ids=A,B,… those entities and the
// relations between them, in the format asked for; csv comes as a zip of
// nodes.csv and edges.csv.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "graphml"
	}
	write, ok := export.Formats[format]
	if format == "csv" {
		write, ok = export.CSVZip, true
	}
	if !ok {
		http.Error(w, fmt.Sprintf("unknown export format %q", format), http.StatusBadRequest)
		return
	}
	var src export.Source = s.store
	if ids := q.Get("ids"); ids != "" {
		sub, err := analysis.Induced(r.Context(), s.store, strings.Split(ids, ","))
		if err != nil {
			http.Error(w, rightsgraph.ErrorMessage(err), httpStatus(err))
			return
		}
		src = sub
	} else if around := q.Get("around"); around != "" {
		depth, err := strconv.Atoi(cmp.Or(q.Get("depth"), "1"))
		if err != nil {
			http.Error(w, fmt.Sprintf("depth %q is not a number", q.Get("depth")), http.StatusBadRequest)
			return
		}
		sub, err := analysis.Neighbourhood(r.Context(), s.store, analysis.NeighbourhoodQuery{ID: around, Depth: depth, Limit: analysis.MaxLimit})
		if err != nil {
			http.Error(w, rightsgraph.ErrorMessage(err), httpStatus(err))
			return
		}
		src = sub
	}
	// One state of the graph, read before the first byte goes out, so
	// that a failure still gets its status.
	src, err := export.Consistent(r.Context(), src)
	if err != nil {
		http.Error(w, rightsgraph.ErrorMessage(err), httpStatus(err))
		return
	}
	ext := format
	if format == "csv" {
		ext = "zip"
	} else if format == "cyjs" {
		ext = "cyjs.json"
	}
	w.Header().Set("Content-Type", export.ContentTypes[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="rightsgraph.%s"`, ext))
	if err := write(r.Context(), w, src); err != nil {
		// Headers are gone with the first bytes: all that is left is to log.
		s.log.ErrorContext(r.Context(), "export failed", "format", format, "err", err)
	}
}

// httpStatus maps an error's code to an HTTP status.
func httpStatus(err error) int {
	switch rightsgraph.ErrorCode(err) {
	case rightsgraph.ENOTFOUND:
		return http.StatusNotFound
	case rightsgraph.EINVALID:
		return http.StatusBadRequest
	case rightsgraph.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}
