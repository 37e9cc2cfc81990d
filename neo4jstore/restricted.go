package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

const (
	// qRestrictedEntities reads the restricted entities (through the
	// visibility index) and those restricted reports declare.
	qRestrictedEntities = `CALL () {
  MATCH (n:Report)
  RETURN collect(n.id) AS all, collect(CASE WHEN n.visibility = 'RESTRICTED' THEN n.id END) AS reports
}
OPTIONAL MATCH (n:Entity)
WHERE n.visibility = 'RESTRICTED' OR (size(reports) > 0 AND any(x IN n.reports WHERE x IN reports))
RETURN all, n IS NOT NULL AS found, ` + entityColumns

	// qRelationsCiting reads the relations with evidence from the
	// restricted reports: a scan, done only when some report is restricted.
	qRelationsCiting = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE any(x IN r.evReports WHERE x IN $reports) AND ` + liveRel + `
RETURN ` + relationColumns
)

// Restricted returns every entity that is restricted or that a restricted
// report declares, and every relation that is restricted or has evidence
// from a restricted report (see rightsgraph.Store).
func (s *Store) Restricted(ctx context.Context) (*rightsgraph.Restrictions, error) {
	recs, err := s.read(ctx, qRestrictedEntities, nil)
	if err != nil {
		return nil, err
	}
	out := &rightsgraph.Restrictions{}
	reports := []string{}
	for i, rec := range recs {
		if i == 0 {
			all, _ := rec.Get("all")
			out.Reports = strs(all)
		}
		if found, _ := rec.Get("found"); found != true {
			continue
		}
		e, err := entityFrom(rec)
		if err != nil {
			return nil, err
		}
		out.Entities = append(out.Entities, e)
		if e.Kind == rightsgraph.KindReport && e.Visibility.Restricted() {
			reports = append(reports, e.ID)
		}
	}
	recs, err = s.read(ctx, qRestrictedRelations(), nil)
	if err != nil {
		return nil, err
	}
	if len(reports) > 0 {
		citing, err := s.read(ctx, qRelationsCiting, map[string]any{"reports": reports})
		if err != nil {
			return nil, err
		}
		recs = append(recs, citing...)
	}
	if out.Relations, err = relationsFrom(recs); err != nil {
		return nil, err
	}
	return out, nil
}

// qRestrictedRelations reads the restricted relations through the
// visibility index of each relationship type (see schemaStatements).
func qRestrictedRelations() string {
	var parts []string
	for _, t := range rightsgraph.RelTypes() {
		parts = append(parts, fmt.Sprintf("MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE r.visibility = 'RESTRICTED' AND %s\nRETURN %s", t, liveRel, relationColumns))
	}
	return strings.Join(parts, "\nUNION ALL\n")
}
