package benchapi

import (
	"context"
	"fmt"
	"net/url"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// checkWipeable refuses to empty a Neo4j that is not on this machine, or
// when the caller did not say -wipe.
func checkWipeable(uri string, wipe bool) error {
	u, err := url.Parse(uri)
	if err != nil {
		return fmt.Errorf("NEO4J_URI %q: %v", uri, err)
	}
	if h := u.Hostname(); h != "127.0.0.1" && h != "localhost" {
		return fmt.Errorf("NEO4J_URI %q: the benchmark empties the database, so it runs only on 127.0.0.1 or localhost", uri)
	}
	if !wipe {
		return fmt.Errorf("the benchmark empties the Neo4j database at %s: pass -wipe to agree", uri)
	}
	return nil
}

// wipe empties the database, in batches so that no transaction grows with
// the graph, and drops nothing of the schema (the store recreates what is
// missing).
func wipe(ctx context.Context, driver neo4j.DriverWithContext, database string) error {
	// CALL … IN TRANSACTIONS runs only in an auto-commit transaction.
	session := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database})
	defer session.Close(ctx)
	res, err := session.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("emptying Neo4j: %w", err)
	}
	return nil
}

// loadGraph loads the bundled reports and then the synthetic ones into a
// store, through the normal loaders.
func loadGraph(ctx context.Context, s rightsgraph.Store, graphs []*rightsgraph.ReportGraph) error {
	if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
		return fmt.Errorf("loading the bundled reports: %w", err)
	}
	for _, g := range graphs {
		if err := s.LoadReport(ctx, g); err != nil {
			return fmt.Errorf("LoadReport(%s): %w", g.Report.ID, err)
		}
	}
	return nil
}

// syntheticOptions sizes the synthetic graph.
func syntheticOptions(entities, relations int) synth.Options {
	return synth.Options{Reports: 10, Entities: entities, Relations: relations, Seed: 1}
}
