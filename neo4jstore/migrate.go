package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The Cypher of format migrations (see formatVersion in records.go).
const (
	// qLockFormat takes the meta node's write lock (creating it, at the
	// current format, in an empty database) and reads its format: one
	// without a format was written by format 1.
	qLockFormat = `MERGE (m:RightsgraphMeta {id: 'meta'})
ON CREATE SET m.seq = 0, m.format = $current
SET m.format = coalesce(m.format, 1)
RETURN m.format AS format`

	qSetFormat = `MATCH (m:RightsgraphMeta {id: 'meta'}) SET m.format = $format`

	qAllDeclarations = `MATCH (n:Entity) WHERE n.declarations IS NOT NULL
RETURN n.id AS id, n.declarations AS declarations`

	qSetDeclarations = `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.declarations = row.declarations`

	// qLeanReportsOfNodes and qLeanReportsOfRelationships write
	// leanReports (see leanReports) from the lists, on staged items too.
	qLeanReportsOfNodes = `MATCH (n)
WHERE (n:Entity OR n:StagedEntity) AND n.reports IS NOT NULL
SET n.leanReports = reduce(s = '', x IN n.reports | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x)`

	qLeanReportsOfRelationships = `MATCH ()-[r]->()
WHERE r.evReports IS NOT NULL
WITH r, reduce(d = [], x IN r.evReports | CASE WHEN x IN d THEN d ELSE d + x END) AS distinct
SET r.leanReports = reduce(s = '', x IN distinct | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x)`

	// qLeanOfNodes writes lean (see entityLean) on every entity's node,
	// staged ones too, from the properties it repeats.
	qLeanOfNodes = `MATCH (n)
WHERE n:Entity OR n:StagedEntity
SET n.lean = ` + leanOfNode
)

// qLeanOfRelationships writes lean (see relationLean) on every
// relationship, with its marks.
var qLeanOfRelationships = `MATCH ()-[r]->()
SET r.lean = ` + leanOfRel("r")

// migrations[v] brings a database from format v to v+1, inside the
// transaction that then records v+1. Each reads before it writes and
// gives the same result when run again on its own output, so that the
// driver may retry it and a second process that migrates at the same
// time changes nothing.
var migrations = map[int64]func(ctx context.Context, tx neo4j.ManagedTransaction) error{
	1: migrateDeclarationsV1,
	2: migrateToStaging,
	3: migrateLeanReports,
	4: migrateLean,
}

// migrateLean brings a database of format 4 to format 5: it writes lean on
// every entity's node and relationship from the properties it repeats
// (leanReports among them, right in format 4), in the transaction that
// records format 5, under the meta node's lock that every change takes,
// so that no release of format 4 writes in between.
func migrateLean(ctx context.Context, tx neo4j.ManagedTransaction) error {
	for _, q := range []string{qLeanOfNodes, qLeanOfRelationships} {
		if _, err := run(ctx, tx, q, nil); err != nil {
			return err
		}
	}
	return nil
}

// migrateLeanReports brings a database of format 3 to format 4: it writes
// leanReports on every node and relationship from their lists of reports,
// in the transaction that records format 4, which holds the meta node's
// lock that every change takes, so that no release of format 3 writes a
// list in between.
func migrateLeanReports(ctx context.Context, tx neo4j.ManagedTransaction) error {
	for _, q := range []string{qLeanReportsOfNodes, qLeanReportsOfRelationships} {
		if _, err := run(ctx, tx, q, nil); err != nil {
			return err
		}
	}
	return nil
}

// migrateToStaging brings a database of format 2 to format 3, the first
// that may hold a staged load's marks. A format 2 database holds none, so
// there is nothing to rewrite: the new version alone keeps older releases,
// which would read staged relationships as live, off it.
func migrateToStaging(context.Context, neo4j.ManagedTransaction) error { return nil }

// migrate brings the database to formatVersion, one version per
// transaction, and refuses one written by a newer release.
func (s *Store) migrate(ctx context.Context) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	for {
		done, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (bool, error) {
			v, err := single[int64](ctx, tx, qLockFormat, map[string]any{"current": int64(formatVersion)}, "format")
			if err != nil {
				return false, err
			}
			switch {
			case v == formatVersion:
				return true, nil
			case v > formatVersion:
				return false, fmt.Errorf("the database is in format %d, written by a newer rightsgraph; this one reads formats up to %d: upgrade rightsgraph", v, formatVersion)
			}
			step, ok := migrations[v]
			if !ok {
				return false, fmt.Errorf("no migration from format %d", v)
			}
			if err := step(ctx, tx); err != nil {
				return false, fmt.Errorf("migrate format %d to %d: %w", v, v+1, err)
			}
			_, err = run(ctx, tx, qSetFormat, map[string]any{"format": v + 1})
			return false, err
		})
		if err != nil || done {
			return err
		}
	}
}

// migrateDeclarationsV1 rewrites every entity's declarations from the
// domain struct's field names (format 1) to declarationRecord (format 2).
func migrateDeclarationsV1(ctx context.Context, tx neo4j.ManagedTransaction) error {
	recs, err := run(ctx, tx, qAllDeclarations, nil)
	if err != nil {
		return err
	}
	rows := make([]map[string]any, 0, len(recs))
	for _, rec := range recs {
		id, _ := rec.Get("id")
		raw, _ := rec.Get("declarations")
		upgraded, err := upgradeDeclarationsV1(str(raw))
		if err != nil {
			return fmt.Errorf("entity %q: declarations: %w", str(id), err)
		}
		rows = append(rows, map[string]any{"id": str(id), "declarations": upgraded})
	}
	if len(rows) == 0 {
		return nil
	}
	_, err = run(ctx, tx, qSetDeclarations, map[string]any{"rows": rows})
	return err
}
