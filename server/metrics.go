package server

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph"
)

// metrics are the Prometheus metrics of the server: HTTP requests, GraphQL
// operations and store calls.
type metrics struct {
	registry   *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	operations *prometheus.HistogramVec
	opErrors   *prometheus.CounterVec
	store      *prometheus.HistogramVec

	mu    sync.Mutex
	names map[string]bool // operation names seen
}

const maxOperationNames = 200

func newMetrics() *metrics {
	m := &metrics{
		names:    map[string]bool{},
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "rightsgraph_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "rightsgraph_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
		operations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "rightsgraph_graphql_operation_duration_seconds", Help: "GraphQL operations by name: count and latency.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation"}),
		opErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "rightsgraph_graphql_operation_errors_total", Help: "GraphQL operations that answered with errors, by name.",
		}, []string{"operation"}),
		store: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "rightsgraph_store_call_duration_seconds", Help: "Store calls by method and outcome: count and latency.",
			Buckets: prometheus.DefBuckets,
		}, []string{"method", "outcome"}),
	}
	m.registry.MustRegister(m.requests, m.latency, m.operations, m.opErrors, m.store,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		route := chi.RouteContext(r.Context()).RoutePattern()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, fmt.Sprint(ww.Status())).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// observeOperation records one GraphQL operation. Clients choose operation
// names, so the label keeps at most maxOperationNames distinct values (the
// rest count as "other"), lest they exhaust memory.
func (m *metrics) observeOperation(name string, seconds float64, failed bool) {
	m.mu.Lock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames || len(name) > 64 {
			name = "other"
		} else {
			m.names[name] = true
		}
	}
	m.mu.Unlock()
	m.operations.WithLabelValues(name).Observe(seconds)
	if failed {
		m.opErrors.WithLabelValues(name).Inc()
	}
}

// instrumented times every call of a store.
type instrumented struct {
	rightsgraph.Store
	m *metrics
}

func instrument(s rightsgraph.Store, m *metrics) rightsgraph.Store { return instrumented{s, m} }

// Unwrap returns the store measured, so that rightsgraph.ViewOf finds the
// guard behind it.
func (s instrumented) Unwrap() rightsgraph.Store { return s.Store }

// InProcess passes on whether the store runs in the process, so that the
// GraphQL layer calls an embedded store at once rather than batch (see
// graph.InProcess).
func (s instrumented) InProcess() bool {
	p, ok := s.Store.(graph.InProcess)
	return ok && p.InProcess()
}

func (s instrumented) observe(method string, start time.Time, err error) {
	outcome := "ok"
	if err != nil {
		outcome = rightsgraph.ErrorCode(err)
	}
	s.m.store.WithLabelValues(method, outcome).Observe(time.Since(start).Seconds())
}

func (s instrumented) Entity(ctx context.Context, id string) (e *rightsgraph.Entity, err error) {
	defer func(start time.Time) { s.observe("Entity", start, err) }(time.Now())
	return s.Store.Entity(ctx, id)
}

func (s instrumented) EntitiesByIDs(ctx context.Context, ids []string) (m map[string]*rightsgraph.Entity, err error) {
	defer func(start time.Time) { s.observe("EntitiesByIDs", start, err) }(time.Now())
	return s.Store.EntitiesByIDs(ctx, ids)
}

func (s instrumented) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (p *rightsgraph.EntityPage, err error) {
	defer func(start time.Time) { s.observe("ListEntities", start, err) }(time.Now())
	return s.Store.ListEntities(ctx, q)
}

func (s instrumented) Around(ctx context.Context, q rightsgraph.AroundQuery) (a *rightsgraph.Around, err error) {
	defer func(start time.Time) { s.observe("Around", start, err) }(time.Now())
	return s.Store.Around(ctx, q)
}

func (s instrumented) RelationsByEntityIDs(ctx context.Context, ids []string) (m map[string][]*rightsgraph.Relation, err error) {
	defer func(start time.Time) { s.observe("RelationsByEntityIDs", start, err) }(time.Now())
	return s.Store.RelationsByEntityIDs(ctx, ids)
}

func (s instrumented) Search(ctx context.Context, q rightsgraph.SearchQuery) (h []rightsgraph.SearchHit, err error) {
	defer func(start time.Time) { s.observe("Search", start, err) }(time.Now())
	return s.Store.Search(ctx, q)
}

func (s instrumented) Stats(ctx context.Context) (st *rightsgraph.Stats, err error) {
	defer func(start time.Time) { s.observe("Stats", start, err) }(time.Now())
	return s.Store.Stats(ctx)
}

func (s instrumented) LoadReport(ctx context.Context, g *rightsgraph.ReportGraph) (err error) {
	defer func(start time.Time) { s.observe("LoadReport", start, err) }(time.Now())
	return s.Store.LoadReport(ctx, g)
}
