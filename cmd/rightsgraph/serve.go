package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/internal/gctune"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/server"
)

// shutdownTimeout is how long serve waits for requests in flight to end.
const shutdownTimeout = 10 * time.Second

// serve runs the HTTP server until ctx ends, then shuts it down gracefully.
// It listens at once and brings the store up in the background (see
// bringUp): /readyz says 503, with the reason, until the graph is there.
// The embedded store lives in RIGHTSGRAPH_DATA unless -memory.
func serve(ctx context.Context, cfg Config, args []string, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on (RIGHTSGRAPH_ADDR)")
	reseed := fs.Bool("seed", false, "load the bundled reports even if the store holds a graph")
	memory := fs.Bool("memory", false, "keep the embedded store in memory only (nothing written to RIGHTSGRAPH_DATA)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if cfg.GCHeadroom > 0 {
		defer gctune.Start(cfg.GCHeadroom).Stop()
	}
	store, _, err := openStore(ctx, cfg, *memory)
	if err != nil {
		return err
	}
	defer store.Close()

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	api := server.New(store, log, server.Options{
		NotReady:      "connecting to the store",
		Introspection: cfg.Introspection,
		RequireToken:  !cfg.AnonymousRead,
		RateLimit:     cfg.RateLimit,
		MaxBody:       cfg.MaxBody,
		MaxUpload:     cfg.MaxUpload,
		Timeout:       cfg.QueryTimeout,
		MaxConcurrent: cfg.MaxConcurrent,
	})
	httpSrv := &http.Server{
		Handler:           api.Handler(),
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10, // a token and a few headers; Go's default is 1 MiB
	}
	// What reads the store in the background ends before the store closes
	// (deferred above): first bringing it up, then the analysis.
	defer api.Close()
	upCtx, stopUp := context.WithCancel(ctx)
	var up sync.WaitGroup
	up.Add(1)
	go func() {
		defer up.Done()
		bringUp(upCtx, store, *reseed, api, log)
	}()
	defer func() {
		stopUp()
		up.Wait()
	}()
	fmt.Fprintf(stdout, "rightsgraph: listening on http://%s\n", ln.Addr())

	errc := make(chan error, 1)
	go func() { errc <- httpSrv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := httpSrv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// retryEvery is how often bringUp tries again while the store is down.
const retryEvery = time.Second

// bringUp waits until the store answers, loads the bundled reports when
// asked or when the store is empty, and then marks the server ready. Until
// then it keeps the reason it is not.
func bringUp(ctx context.Context, store rightsgraph.Store, loadSeed bool, api *server.Server, log *slog.Logger) {
	for {
		err := tryBringUp(ctx, store, loadSeed, api)
		if err == nil {
			api.SetNotReady("")
			return
		}
		api.SetNotReady(err.Error())
		log.Warn("store not ready; retrying", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(retryEvery):
		}
	}
}

func tryBringUp(ctx context.Context, store rightsgraph.Store, loadSeed bool, api *server.Server) error {
	if err := store.Ping(ctx); err != nil {
		return fmt.Errorf("store unreachable: %w", err)
	}
	if !loadSeed {
		st, err := store.Stats(ctx)
		if err != nil {
			return fmt.Errorf("store unreachable: %w", err)
		}
		loadSeed = st.Nodes == 0
	}
	if loadSeed {
		api.SetNotReady("loading the bundled reports")
		if _, err := seed.LoadFS(ctx, store, seed.Bundled(), seed.Options{}); err != nil {
			return fmt.Errorf("loading the bundled reports: %w", err)
		}
		// Read once through the guard, with no deadline but the server's,
		// as readiness probes do with two seconds: on a Neo4j just started,
		// planning what the view hides can take longer than a probe waits,
		// and a probe cut short never lets it finish.
		if _, err := store.Stats(ctx); err != nil {
			return fmt.Errorf("store unreachable: %w", err)
		}
	}
	// One search before saying ready: the embedded store builds its name
	// index on the first search after a load (seconds at 100,000
	// entities), and Neo4j plans the search query; neither should fall to
	// the first user.
	if _, err := store.Search(ctx, rightsgraph.SearchQuery{Text: "a", First: 1}); err != nil {
		return fmt.Errorf("store unreachable: %w", err)
	}
	return nil
}
