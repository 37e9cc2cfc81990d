// Command benchapi measures rightsgraph's GraphQL API, over Neo4j and over
// the embedded store, against @neo4j/graphql on the same Neo4j and against
// raw Cypher through the Go driver: `make bench-api` runs it. It empties
// the Neo4j at NEO4J_URI first, so it needs -wipe and a local URI.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/rightsgraph/rightsgraph/internal/benchapi"
)

func main() {
	// rightsgraph's servers are copies of this program (see ChildMain).
	benchapi.ChildMain()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchapi:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchapi", flag.ContinueOnError)
	fs.SetOutput(stderr)
	wipe := fs.Bool("wipe", false, "agree to emptying the Neo4j database at NEO4J_URI (required)")
	reuse := fs.Bool("reuse", false, "keep the Neo4j graph of an earlier run if its counts match (for reruns; load afresh after changing how neo4jstore stores the graph)")
	large := fs.Bool("large", false, "100,000 entities / 500,000 relations instead of 20,000 / 100,000")
	entities := fs.Int("entities", 20_000, "synthetic entities")
	relations := fs.Int("relations", 100_000, "synthetic relations")
	params := fs.Int("params", 200, "parameter values drawn per question")
	duration := fs.Duration("duration", 5*time.Second, "load per target, question and concurrency")
	slice := fs.Duration("slice", 100*time.Millisecond, "how long one target holds the machine before the next")
	conc := fs.String("concurrency", "1,8,32", "requests in flight, comma-separated")
	peer := fs.String("peer", "bench/peer", "the peer's folder (npm ci done); empty leaves the peer out")
	targets := fs.String("targets", "", "comma-separated targets to run (default all): "+
		strings.Join([]string{benchapi.TargetNeo4j, benchapi.TargetEmbedded, benchapi.TargetPeer, benchapi.TargetCypher}, ", "))
	questions := fs.String("questions", "", "comma-separated questions to run, 1-4 (default all)")
	checkOnly := fs.Bool("check-only", false, "stop after checking the answers")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the measurement by each of rightsgraph's servers (each a process of its own) to this file, with the store before the extension (cpu.prof: cpu.neo4j.prof, cpu.embedded.prof)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *large {
		*entities, *relations = 100_000, 500_000
	}
	cfg := benchapi.Config{
		Neo4j: benchapi.Neo4jConfig{
			URI: getenv("NEO4J_URI"), User: cmp.Or(getenv("NEO4J_USER"), "neo4j"),
			Password: getenv("NEO4J_PASSWORD"), Database: cmp.Or(getenv("NEO4J_DATABASE"), "neo4j"),
		},
		Wipe: *wipe, Reuse: *reuse, Entities: *entities, Relations: *relations, Params: *params,
		Duration: *duration, Slice: *slice, PeerDir: *peer, CheckOnly: *checkOnly, CPUProfile: *cpuprofile, Progress: stderr,
	}
	for _, s := range split(*conc) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return fmt.Errorf("-concurrency: %q is not a positive number", s)
		}
		cfg.Concurrency = append(cfg.Concurrency, n)
	}
	for _, s := range split(*questions) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > len(benchapi.Questions) {
			return fmt.Errorf("-questions: %q is not 1-%d", s, len(benchapi.Questions))
		}
		cfg.Questions = append(cfg.Questions, benchapi.Question(n))
	}
	cfg.Targets = split(*targets)
	if cfg.Neo4j.URI == "" && !(len(cfg.Targets) == 1 && cfg.Targets[0] == benchapi.TargetEmbedded) {
		return errors.New("NEO4J_URI is not set: the benchmark needs a Neo4j it may empty (unless -targets " + benchapi.TargetEmbedded + ")")
	}
	res, err := benchapi.Run(ctx, cfg)
	if err != nil {
		return err
	}
	if *checkOnly {
		for _, q := range benchapi.Questions {
			if n := res.Checked[q]; n > 0 {
				fmt.Fprintf(stdout, "%s: %d answers equal\n", q, n)
			}
		}
		return nil
	}
	return benchapi.PrintTable(stdout, res)
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
