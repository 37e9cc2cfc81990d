package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// importCmd is a first load of a large graph into a new Neo4j database:
// the reports are loaded in memory, by the same rules as any load, then
// written as CSV and imported by `neo4j-admin database import full`,
// which writes the store files directly, while Neo4j is stopped. The
// store creates its constraints and indexes when Neo4j next starts.
// It refuses a database that exists or a server that answers: an import
// replaces nothing.
func importCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", stderr)
	home := fs.String("neo4j-home", "", "the Neo4j server's folder (NEO4J_HOME: conf/, data/, and bin/neo4j-admin or the jars)")
	lib := fs.String("neo4j-lib", "", "the server's jars, when there is no bin/neo4j-admin (default NEO4J_HOME/lib)")
	entities := fs.Int("synth-entities", 0, "add a synthetic graph of this many entities (see -synth-relations)")
	relations := fs.Int("synth-relations", 0, "relations of the synthetic graph")
	reports := fs.Int("synth-reports", 10, "reports the synthetic graph's relations are spread over")
	synthSeed := fs.Uint64("synth-seed", 1, "seed of the synthetic graph")
	keep := fs.Bool("keep-csv", false, "keep the CSV files (their folder is printed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *home == "" || fs.NArg() == 0 && *entities == 0 {
		fmt.Fprintln(stderr, "usage: rightsgraph import -neo4j-home DIR [-synth-entities N -synth-relations M] [PATH...]")
		return errUsage
	}
	db := cfg.Neo4j.Database
	if db == "" {
		db = "neo4j"
	}
	if err := checkImportTarget(ctx, cfg, *home, db); err != nil {
		return err
	}

	// Load in memory, by the rules of every load.
	start := time.Now()
	mem := inmem.New()
	defer mem.Close()
	if fs.NArg() > 0 {
		_, err := seed.LoadPaths(ctx, mem, fs.Args(), seed.Options{})
		var problems seed.Problems
		if errors.As(err, &problems) {
			for _, p := range problems {
				fmt.Fprintln(stderr, p)
			}
			return fmt.Errorf("%d problem(s) found; nothing was imported", len(problems))
		} else if err != nil {
			return err
		}
	}
	if *entities > 0 {
		for _, g := range synth.Generate(synth.Options{Reports: *reports, Entities: *entities, Relations: *relations, Seed: *synthSeed}) {
			if err := mem.LoadReport(ctx, g); err != nil {
				return err
			}
		}
	}
	loaded := time.Since(start)

	dir, err := os.MkdirTemp("", "rightsgraph-import-")
	if err != nil {
		return err
	}
	if *keep {
		fmt.Fprintf(stderr, "import: CSV files in %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	start = time.Now()
	files, counts, err := writeImportFiles(ctx, mem, dir)
	if err != nil {
		return err
	}
	written := time.Since(start)

	start = time.Now()
	if err := neo4jAdminImport(ctx, *home, *lib, db, files, stderr); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %d entities, %d relations and %d audit entries into database %q of %s "+
		"(loaded in memory in %v, CSV written in %v, neo4j-admin %v); start Neo4j: the store creates its indexes on first use\n",
		counts.Entities, counts.Relations, counts.AuditEntries, db, *home,
		loaded.Round(time.Millisecond), written.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	return nil
}

// checkImportTarget refuses a database that exists in home, or a server
// that answers at NEO4J_URI (saying whether it holds anything): the
// import writes a new database, offline.
func checkImportTarget(ctx context.Context, cfg Config, home, db string) error {
	if cfg.Neo4j.URI != "" {
		auth := neo4j.NoAuth()
		if cfg.Neo4j.Password != "" {
			auth = neo4j.BasicAuth(cfg.Neo4j.User, cfg.Neo4j.Password, "")
		}
		d, err := neo4j.NewDriverWithContext(cfg.Neo4j.URI, auth, func(c *config.Config) {
			c.SocketConnectTimeout = 2 * time.Second
			c.MaxTransactionRetryTime = 0
		})
		if err != nil {
			return fmt.Errorf("%w: NEO4J_URI %q: %v", errUsage, cfg.Neo4j.URI, err)
		}
		defer d.Close(ctx)
		if d.VerifyConnectivity(ctx) == nil { // a server that is down fails at once
			res, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n) RETURN count(n) AS n", nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(db))
			if err == nil && len(res.Records) == 1 {
				n, _, _ := neo4j.GetRecordValue[int64](res.Records[0], "n")
				if n > 0 {
					return fmt.Errorf("the Neo4j database %q at %s is not empty (%d nodes): import writes only a new database; load reports into it with `rightsgraph seed`", db, cfg.Neo4j.URI, n)
				}
				return fmt.Errorf("Neo4j answers at %s: stop it first (neo4j-admin writes the database's files while the server is down)", cfg.Neo4j.URI)
			}
		}
	}
	path := filepath.Join(home, "data", "databases", db)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("the Neo4j database %q already exists (%s): import writes only a new database; "+
			"load reports into it with `rightsgraph seed`, or delete it (and data/transactions/%s) to import afresh", db, path, db)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// writeImportFiles writes the graph of s as neo4j-admin's CSV files in
// dir, with what only the store knows beside the graph: declarations,
// what each report declared and stated, the audit log, the revision.
func writeImportFiles(ctx context.Context, s rightsgraph.Store, dir string) ([]string, neo4jstore.ImportCounts, error) {
	out, err := neo4jstore.NewImportFiles(dir)
	if err != nil {
		return nil, neo4jstore.ImportCounts{}, err
	}
	var all []*rightsgraph.Entity
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error { all = append(all, e); return nil }); err != nil {
		return nil, neo4jstore.ImportCounts{}, err
	}
	ids := make([]string, len(all))
	for i, e := range all {
		ids[i] = e.ID
	}
	// A read-only edit: one that writes nothing changes nothing.
	var decls map[string]map[string]rightsgraph.Declaration
	statements := map[string][2][]string{}
	err = s.Edit(ctx, func(tx rightsgraph.EditTx) error {
		var err error
		if decls, err = tx.Declarations(ids); err != nil {
			return err
		}
		for _, e := range all {
			if e.Kind == rightsgraph.KindReport {
				declared, stated, err := tx.ReportStatements(e.ID)
				if err != nil {
					return err
				}
				statements[e.ID] = [2][]string{declared, stated}
			}
		}
		return nil
	})
	if err != nil {
		return nil, neo4jstore.ImportCounts{}, err
	}
	for _, e := range all {
		st := statements[e.ID]
		if err := out.Entity(e, decls[e.ID], st[0], st[1]); err != nil {
			return nil, neo4jstore.ImportCounts{}, err
		}
	}
	if err := s.EachRelation(ctx, out.Relation); err != nil {
		return nil, neo4jstore.ImportCounts{}, err
	}
	q := rightsgraph.AuditQuery{First: rightsgraph.MaxAuditPage}
	for {
		page, err := s.AuditLog(ctx, q)
		if err != nil {
			return nil, neo4jstore.ImportCounts{}, err
		}
		for _, e := range page.Entries {
			if err := out.Audit(e); err != nil {
				return nil, neo4jstore.ImportCounts{}, err
			}
		}
		if !page.HasNextPage {
			break
		}
		q.After = page.EndCursor
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		return nil, neo4jstore.ImportCounts{}, err
	}
	return out.Close(rev)
}

// neo4jAdminImport runs `neo4j-admin database import full` on the files:
// the server's own bin/neo4j-admin when there is one, else its entry
// point through java with the server's jars (as scripts/neo4j.sh runs
// the server). Its output is shown only when it fails.
func neo4jAdminImport(ctx context.Context, home, lib, db string, files []string, stderr io.Writer) error {
	args := append([]string{"database", "import", "full"}, files...)
	args = append(args, db)
	var cmd *exec.Cmd
	if admin := filepath.Join(home, "bin", "neo4j-admin"); fileExists(admin) {
		cmd = exec.CommandContext(ctx, admin, args...)
	} else {
		if lib == "" {
			lib = filepath.Join(home, "lib")
		}
		if !fileExists(lib) {
			return fmt.Errorf("neither %s nor the jars in %s: give -neo4j-lib", admin, lib)
		}
		cmd = exec.CommandContext(ctx, "java", slices.Concat([]string{"-cp", filepath.Join(lib, "*"), "org.neo4j.cli.AdminTool"}, args)...)
	}
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home)
	if conf := filepath.Join(home, "conf"); fileExists(conf) {
		cmd.Env = append(cmd.Env, "NEO4J_CONF="+conf)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		fmt.Fprintln(stderr, strings.Join(lines[max(0, len(lines)-20):], "\n"))
		return fmt.Errorf("neo4j-admin database import: %w", err)
	}
	return nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
