package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// LoadReport loads g as one edit, by the rules of rightsgraph.LoadReport:
// one managed write transaction whose reads and writes are UNWIND batches
// (see editTx). It reads before it writes and writes with MERGE on stable
// ids, so the driver may retry it. A report of stageAbove entities and
// relations or more is staged (stage.go), so that Neo4j's memory does not
// grow with it.
func (s *Store) LoadReport(ctx context.Context, g *rightsgraph.ReportGraph) error {
	if g != nil && len(g.Entities)+len(g.Relations) >= stageAbove {
		return rightsgraph.LoadReport(ctx, stagedLoads{s}, g)
	}
	return rightsgraph.LoadReport(ctx, s, g)
}

// stagedLoads is the store whose edits are staged: rightsgraph.LoadReport
// over it keeps the rules of a load in one place, and only how the store
// writes changes.
type stagedLoads struct{ *Store }

func (s stagedLoads) Edit(ctx context.Context, fn func(tx rightsgraph.EditTx) error) error {
	return s.edit(ctx, true, fn)
}

// readDeclarations returns the declarations of the entities among ids that
// exist, by entity id and then report id.
func readDeclarations(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]map[string]rightsgraph.Declaration, error) {
	recs, err := run(ctx, tx, qDeclarations, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]rightsgraph.Declaration{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		raw, _ := rec.Get("declarations")
		d, err := decodeDeclarations(str(raw))
		if err != nil {
			return nil, fmt.Errorf("entity %q: declarations: %w", str(id), err)
		}
		out[str(id)] = d
	}
	return out, nil
}

// readRelations returns the relations among ids that exist, one query per
// type: the type is part of the id, and Cypher needs it spelled out.
func readRelations(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*rightsgraph.Relation, error) {
	byType := map[rightsgraph.RelType][]map[string]any{}
	for _, id := range ids {
		from, t, to, err := splitRelationID(id)
		if err != nil {
			return nil, err
		}
		byType[t] = append(byType[t], map[string]any{"from": from, "to": to})
	}
	out := map[string]*rightsgraph.Relation{}
	for _, t := range rightsgraph.RelTypes() {
		rows := byType[t]
		if len(rows) == 0 {
			continue
		}
		recs, err := run(ctx, tx, fmt.Sprintf(qRelationsOfType, t), map[string]any{"rows": rows})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			r, err := relationFrom(rec)
			if err != nil {
				return nil, err
			}
			out[r.ID] = r
		}
	}
	return out, nil
}

// splitRelationID takes a relation id apart (see rightsgraph.RelationID),
// checking the type against the known ones before it goes into Cypher.
func splitRelationID(id string) (from string, t rightsgraph.RelType, to string, err error) {
	from, t, to, ok := rightsgraph.SplitRelationID(id)
	if !ok {
		return "", "", "", fmt.Errorf("malformed relation id %q", id)
	}
	return from, t, to, nil
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func single[T neo4j.RecordValue](ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, key string) (T, error) {
	var zero T
	recs, err := run(ctx, tx, cypher, params)
	if err != nil {
		return zero, err
	}
	if len(recs) != 1 {
		return zero, fmt.Errorf("%d records, want 1", len(recs))
	}
	v, _, err := neo4j.GetRecordValue[T](recs[0], key)
	return v, err
}
