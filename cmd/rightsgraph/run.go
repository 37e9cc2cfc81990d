package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
)

const usage = `usage:
  rightsgraph serve [-addr 127.0.0.1:8080] [-seed] [-memory]  serve GraphQL, the explorer and exports
  rightsgraph seed [-dry-run] PATH...            validate and load report annotations
  rightsgraph export -format graphml [-out FILE] write the whole graph
  rightsgraph draft [-out FILE.yaml] [-title T] [-url U] [-published YYYY-MM-DD] REPORT
                                                 draft the annotation of a report (.txt, .md, .html,
                                                 .pdf, - for stdin), names linked to the graph
  rightsgraph import -neo4j-home DIR [-synth-entities N -synth-relations M] [PATH...]
                                                 a first load of a large graph into a new Neo4j
                                                 database, with neo4j-admin, while Neo4j is stopped
  rightsgraph health [-url URL]                  exit 0 when the server is ready
  rightsgraph token create -role ROLE -name NAME | list | revoke NAME
                                                 manage API tokens (roles: reader, editor, admin)
  rightsgraph migrate [-dry-run]                 rewrite the data folder in this release's format
  rightsgraph compact                            rewrite the data folder as a snapshot of its state

Configuration: flags, then environment, then .env, then defaults.
Environment: RIGHTSGRAPH_ADDR, RIGHTSGRAPH_DATA, RIGHTSGRAPH_INTROSPECTION, RIGHTSGRAPH_RATE_LIMIT,
RIGHTSGRAPH_MAX_BODY, RIGHTSGRAPH_MAX_UPLOAD, RIGHTSGRAPH_QUERY_TIMEOUT, RIGHTSGRAPH_READ_HEADER_TIMEOUT,
RIGHTSGRAPH_READ_TIMEOUT, RIGHTSGRAPH_IDLE_TIMEOUT, RIGHTSGRAPH_MAX_CONCURRENT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`

// stdin is what "rightsgraph draft -" reads; tests may replace it.
var stdin io.Reader = os.Stdin

// errUsage marks a command line that could not be understood: exit code 2.
var errUsage = errors.New("usage")

// run is the whole program but for the process: arguments, environment and
// output come in as values, so that tests run it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return errUsage
	}
	cfg, err := LoadConfig(getenv)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	cmd, args := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, cfg, args, log, stdout, stderr)
	case "seed":
		return seedCmd(ctx, cfg, args, stdout, stderr)
	case "import":
		return importCmd(ctx, cfg, args, stdout, stderr)
	case "export":
		return exportCmd(ctx, cfg, args, stdout, stderr)
	case "health":
		return healthCmd(ctx, cfg, args, stdout, stderr)
	case "token":
		return tokenCmd(ctx, cfg, args, stdout, stderr)
	case "draft":
		return draftCmd(ctx, cfg, args, stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, cfg, args, stdout, stderr)
	case "compact":
		return compactCmd(ctx, cfg, args, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "unknown command %q\n%s\n", cmd, usage)
	return errUsage
}

// exitCode maps an error of run to the process's exit code.
func exitCode(err error) int {
	if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// newFlags returns a flag set that reports to stderr and returns errors.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("rightsgraph "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args, turning a bad command line into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

// openStore opens the configured store: Neo4j when a URI is set; else the
// embedded store, kept in the data folder, or only in memory when memory is
// set. empty reports whether it holds no report yet. Opening Neo4j does not
// need the server up: calls fail with STORE_UNAVAILABLE until it is. The
// store is guarded (rightsgraph.Guard): what a read returns depends on the
// clearance of its context.
func openStore(ctx context.Context, cfg Config, memory bool) (s rightsgraph.Store, empty bool, err error) {
	s, empty, err = openPlainStore(ctx, cfg, memory)
	if err != nil {
		return nil, false, err
	}
	return rightsgraph.Guard(s), empty, nil
}

func openPlainStore(ctx context.Context, cfg Config, memory bool) (s rightsgraph.Store, empty bool, err error) {
	switch {
	case cfg.Neo4j.URI != "":
		s, err := neo4jstore.Open(neo4jstore.Config{
			URI: cfg.Neo4j.URI, User: cfg.Neo4j.User, Password: cfg.Neo4j.Password,
			Database: cfg.Neo4j.Database, TxTimeout: cfg.QueryTimeout,
		})
		return s, false, err
	case memory:
		return inmem.New(), true, nil
	}
	store, err := inmem.Open(cfg.DataDir)
	if err != nil {
		return nil, false, err
	}
	st, err := store.Stats(rightsgraph.AsSystem(ctx))
	if err != nil {
		store.Close()
		return nil, false, err
	}
	return store, st.NodesByKind[rightsgraph.KindReport] == 0, nil
}
