// Package server assembles the HTTP API: GraphQL, the GraphiQL page, the
// health and readiness probes, exports and metrics.
package server

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
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
}

// Options configure the server.
type Options struct {
	// NotReady is why the server is not ready at first; "" is ready.
	NotReady string
	// Introspection lets GraphQL clients read the schema and serves GraphiQL.
	Introspection bool
	// RequireToken refuses requests without a token; by default anyone
	// may read the graph.
	RequireToken bool
	// RateLimit is the requests a minute one token, or one client address
	// without a token, may make to /graphql and /export; 0 is no limit.
	RateLimit int
	// MaxBody is the largest request body, in bytes; larger ones get 413.
	MaxBody int64
	// Timeout bounds one GraphQL request.
	Timeout time.Duration
}

// New returns the server over s.
func New(s rightsgraph.Store, log *slog.Logger, opts Options) *Server {
	m := newMetrics()
	s = instrument(s, m)
	srv := &Server{store: s, log: log, opts: opts, metrics: m, analyzer: analysis.NewAnalyzer(s, log)}
	srv.seeding.Store(&opts.NotReady)
	return srv
}

// SetNotReady records why the server is not ready; "" makes it ready, and
// starts computing the whole-graph analysis, so that the first request
// for it need not wait.
func (s *Server) SetNotReady(reason string) {
	s.seeding.Store(&reason)
	if reason == "" {
		go func() {
			if _, err := s.analyzer.Results(context.Background()); err != nil {
				s.log.Warn("analysis warm-up failed", "err", err)
			}
		}()
	}
}

// Handler returns the routes.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, s.accessLog, s.metrics.middleware, middleware.Recoverer,
		middleware.GetHead, middleware.Compress(5), limitBody(s.opts.MaxBody))
	gqlOpts := graph.DefaultOptions()
	gqlOpts.Introspection = s.opts.Introspection
	gqlOpts.Observe = s.metrics.observeOperation
	gql := graph.NewHandler(s.store, s.analyzer, s.log, gqlOpts)
	r.Group(func(r chi.Router) {
		r.Use(s.authenticate)
		if s.opts.RateLimit > 0 {
			r.Use(httprate.Limit(s.opts.RateLimit, time.Minute, httprate.WithKeyFuncs(rateKey)))
		}
		if s.opts.Timeout > 0 {
			r.With(middleware.Timeout(s.opts.Timeout)).Handle("/graphql", gql)
		} else {
			r.Handle("/graphql", gql)
		}
		r.Get("/export", s.export)
	})
	if s.opts.Introspection {
		r.Handle("/graphiql", playground.Handler("rightsgraph", "/graphql"))
	}
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	r.Get("/readyz", s.ready)
	r.Handle("/metrics", promhttp.HandlerFor(s.metrics.registry, promhttp.HandlerOpts{}))
	r.Handle("/*", web.Handler())
	return r
}

// ready answers 200 once the store answers and the seed is loaded, and 503
// with the reason before.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	if reason := *s.seeding.Load(); reason != "" {
		http.Error(w, "not ready: "+reason, http.StatusServiceUnavailable)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		http.Error(w, "not ready: store unreachable: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	st, err := s.store.Stats(ctx)
	if err != nil {
		http.Error(w, "not ready: store unreachable: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	if st.NodesByKind[rightsgraph.KindReport] == 0 {
		http.Error(w, "not ready: the store holds no report (run rightsgraph seed)", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintf(w, "ready: %d nodes, %d relationships\n", st.Nodes, st.Relationships)
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
