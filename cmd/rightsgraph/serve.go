package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/server"
)

// shutdownTimeout is how long serve waits for requests in flight to end.
const shutdownTimeout = 10 * time.Second

// serve runs the HTTP server until ctx ends, then shuts it down gracefully.
// The embedded store starts empty and loads the bundled reports in the
// background; /readyz says 503 until they are in.
func serve(ctx context.Context, cfg Config, args []string, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on (RIGHTSGRAPH_ADDR)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, embedded, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	api := server.New(store, log, "loading the bundled reports")
	httpSrv := &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "rightsgraph: listening on http://%s\n", ln.Addr())

	if embedded {
		go func() {
			sum, err := seed.LoadFS(ctx, store, seed.Bundled(), seed.Options{})
			if err != nil {
				log.Error("loading the bundled reports failed", "err", err)
				api.SetNotReady("loading the bundled reports failed: " + err.Error())
				return
			}
			log.Info("bundled reports loaded", "reports", len(sum.Reports))
			api.SetNotReady("")
		}()
	} else {
		api.SetNotReady("")
	}

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
