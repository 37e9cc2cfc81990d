// Command rightsgraph serves the rightsgraph knowledge graph over GraphQL,
// loads report annotations into it, and exports it for graph tools.
//
//	rightsgraph serve [-addr 127.0.0.1:8080]
//	rightsgraph seed [-dry-run] PATH...
//	rightsgraph import -neo4j-home DIR [-synth-entities N -synth-relations M] [PATH...]
//	rightsgraph export -format graphml [-out FILE]
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	// A missing .env is fine; values already in the environment win.
	if err := godotenv.Load(); err != nil && !os.IsNotExist(err) {
		fmt.Fprintln(os.Stderr, "rightsgraph: .env:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "rightsgraph:", err)
		os.Exit(exitCode(err))
	}
}
