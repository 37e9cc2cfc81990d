package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// searchIndex is the full-text index over names and aliases.
const searchIndex = "rightsgraph_entity_search"

// schemaStatements creates the constraints and indexes, idempotently: a
// uniqueness constraint on id for the Entity label and for each kind's
// label, range indexes on the sort key of lists by name (for Entity and
// each kind's label), the full-text search indexes, and visibility
// indexes on entities and on each relationship type, and what staged loads
// find their staging by (see stage.go);
// beside the graph, uniqueness for the meta node (so that two first loads
// cannot both create it), redirects, merge records, retractions and audit entries.
func schemaStatements() []string {
	stmts := []string{
		"CREATE CONSTRAINT rightsgraph_meta_id IF NOT EXISTS FOR (m:RightsgraphMeta) REQUIRE m.id IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_redirect_id IF NOT EXISTS FOR (x:Redirect) REQUIRE x.id IS UNIQUE",
		"CREATE INDEX rightsgraph_redirect_to IF NOT EXISTS FOR (x:Redirect) ON (x.to)",
		"CREATE CONSTRAINT rightsgraph_merge_drop IF NOT EXISTS FOR (x:MergeRecord) REQUIRE x.drop IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_retraction_id IF NOT EXISTS FOR (x:Retraction) REQUIRE x.id IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_audit_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_staged_entity_id IF NOT EXISTS FOR (n:StagedEntity) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX rightsgraph_entity_staged IF NOT EXISTS FOR (n:Entity) ON (n.staged)",
		"CREATE INDEX rightsgraph_entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)",
		"CREATE INDEX rightsgraph_entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)",
		"CREATE INDEX rightsgraph_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
		"CREATE INDEX rightsgraph_entity_visibility IF NOT EXISTS FOR (n:Entity) ON (n.visibility)",
		"CREATE CONSTRAINT rightsgraph_token_name IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.name IS UNIQUE",
		"CREATE CONSTRAINT rightsgraph_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE",
		"CREATE FULLTEXT INDEX " + searchIndex + " IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]",
		// The tokens are made by searchTokens: the analyzer only splits them.
		"CREATE FULLTEXT INDEX " + tokenIndex + " IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchTokens] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
	}
	for _, t := range rightsgraph.RelTypes() {
		stmts = append(stmts, fmt.Sprintf("CREATE INDEX rightsgraph_%s_visibility IF NOT EXISTS FOR ()-[r:%s]-() ON (r.visibility)",
			strings.ToLower(string(t)), t),
			// A staged load's swap and clean-up find its relationships here.
			fmt.Sprintf("CREATE INDEX rightsgraph_%s_staged IF NOT EXISTS FOR ()-[r:%s]-() ON (r.staged)", strings.ToLower(string(t)), t),
			fmt.Sprintf("CREATE INDEX rightsgraph_%s_replaced IF NOT EXISTS FOR ()-[r:%s]-() ON (r.replacedBy)", strings.ToLower(string(t)), t))
	}
	for _, k := range rightsgraph.Kinds {
		name := k.IDPrefix()[:len(k.IDPrefix())-1]
		stmts = append(stmts, fmt.Sprintf("CREATE CONSTRAINT rightsgraph_%s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", name, k.Label()),
			// Lists of one kind read its entities in order from here.
			fmt.Sprintf("CREATE INDEX rightsgraph_%s_sort_name IF NOT EXISTS FOR (n:%s) ON (n.sortName)", name, k.Label()))
	}
	return append(stmts, "CALL db.awaitIndexes(60)")
}

// ensureSchema creates the schema, brings the database's format up to
// date (migrate) and deletes what a crashed load staged (recoverStaging)
// once per store; until it succeeds, every operation tries again, so that
// a store opened while Neo4j was down heals when it comes up. The setup
// runs once at a time, apart from the deadline of whoever asked first:
// callers wait for it only as long as their own context allows, and a
// setup longer than a short deadline (a readiness probe's two seconds on a
// busy machine) still completes, rather than restart with every probe.
func (s *Store) ensureSchema(ctx context.Context) error {
	if s.schemaReady.Load() {
		return nil
	}
	s.schemaMu.Lock()
	run := s.schemaRun
	if run == nil {
		run = &schemaRun{done: make(chan struct{})}
		s.schemaRun = run
		go func() {
			err := s.setUpSchema(context.WithoutCancel(ctx))
			s.schemaMu.Lock()
			if err == nil {
				s.schemaReady.Store(true)
			} else {
				s.schemaRun = nil // the next operation tries again
			}
			s.schemaMu.Unlock()
			run.err = err
			close(run.done)
		}()
	}
	s.schemaMu.Unlock()
	select {
	case <-run.done:
		return run.err
	case <-ctx.Done():
		return mapError(ctx.Err())
	}
}

// schemaRun is one setup of the schema: done closes when it ends, with err.
type schemaRun struct {
	done chan struct{}
	err  error
}

// setUpSchema is the setup ensureSchema runs. It creates only the indexes
// and constraints the database lacks: each statement is a schema
// transaction of its own, and a hundred of them, even when they find
// everything in place, cost more than asking once what exists.
func (s *Store) setUpSchema(ctx context.Context) error {
	have, err := s.schemaNames(ctx)
	if err != nil {
		return mapError(fmt.Errorf("schema: %w", err))
	}
	var missing []string
	stmts := schemaStatements()
	for _, stmt := range stmts[:len(stmts)-1] {
		if !have[schemaName(stmt)] {
			missing = append(missing, stmt)
		}
	}
	if len(missing) > 0 {
		// One transaction for them all: a new database needs a hundred.
		session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database})
		_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for _, stmt := range missing {
				if _, err := run(ctx, tx, stmt, nil); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
		session.Close(ctx) //nolint:errcheck // the write's own error is what counts
		if err != nil {
			return mapError(fmt.Errorf("schema: %w", err))
		}
	}
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, stmts[len(stmts)-1], nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database)); err != nil {
		return mapError(fmt.Errorf("schema: %w", err))
	}
	if err := s.migrate(ctx); err != nil {
		return mapError(fmt.Errorf("schema: %w", err))
	}
	if err := s.refreshSearchKeys(ctx); err != nil {
		return err
	}
	if err := s.recoverStaging(ctx); err != nil {
		return mapError(fmt.Errorf("staging left by a failed load: %w", err))
	}
	return nil
}

// schemaNames returns the names of the database's indexes and constraints.
func (s *Store) schemaNames(ctx context.Context) (map[string]bool, error) {
	have := map[string]bool{}
	for _, q := range []string{"SHOW INDEXES YIELD name", "SHOW CONSTRAINTS YIELD name"} {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database))
		if err != nil {
			return nil, err
		}
		for _, rec := range res.Records {
			name, _ := rec.Get("name")
			have[str(name)] = true
		}
	}
	return have, nil
}

// schemaName returns the name a schema statement creates ("CREATE INDEX
// name IF NOT EXISTS …"), or "" for a statement that creates nothing.
func schemaName(stmt string) string {
	f := strings.Fields(stmt)
	for i := 0; i+2 < len(f); i++ {
		if (f[i] == "INDEX" || f[i] == "CONSTRAINT") && f[i+2] == "IF" {
			return f[i+1]
		}
	}
	return ""
}

// refreshSearchKeys recomputes, in batches, the search keys that an older
// build stored (see searchKeys): the keys follow rightsgraph.NewKey, and a
// database written before a change to it must still be searched alike.
// It walks the entities in id order, so that each batch starts where the
// last ended. Once done, it costs one scan of the entities per start. The
// writes are idempotent, so two servers starting together do no harm.
func (s *Store) refreshSearchKeys(ctx context.Context) error {
	const batch = 1000
	after := ""
	for {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, qStaleSearchKeys, map[string]any{"version": searchKeys, "limit": batch, "after": after},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database))
		if err != nil {
			return mapError(fmt.Errorf("search keys: %w", err))
		}
		if len(res.Records) == 0 {
			return nil
		}
		rows := make([]map[string]any, len(res.Records))
		for i, rec := range res.Records {
			id, _ := rec.Get("id")
			name, _ := rec.Get("name")
			aliases, _ := rec.Get("aliases")
			rows[i] = map[string]any{"id": id, "props": searchProps(str(id), str(name), strs(aliases))}
			after = str(id)
		}
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, qSetSearchKeys, map[string]any{"rows": rows},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database)); err != nil {
			return mapError(fmt.Errorf("search keys: %w", err))
		}
	}
}
