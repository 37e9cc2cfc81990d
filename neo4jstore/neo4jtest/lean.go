package neo4jtest

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph/neo4jstore"
)

// qLeanMismatches lists the entities' nodes (staged too) and the
// relationships whose properties for lean reads say other than what they
// repeat, with a few of each for the message: leanReports must be the
// list of reports (of a relationship's evidence, each once) joined by
// spaces, or nothing where the list is empty; lean, of a node, its id,
// kind, visibility and reports, and of a relationship its marks of a
// staged load ("s" and the load that staged it, then, after a space, "r"
// and the load that replaces it), visibility and reports, separated by
// U+001F; and a relationship's id its ends' ids and its type, which lean
// reads take for it. Spelled here apart from the store's own Cypher, so
// that a slip there shows.
const qLeanMismatches = `CALL () {
  MATCH (n) WHERE n:Entity OR n:StagedEntity
  WITH n, reduce(s = '', x IN coalesce(n.reports, []) | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) AS reports
  WITH n, reports, n.id + '\u001f' + coalesce(n.kind, '') + '\u001f' + coalesce(n.visibility, '') + '\u001f' + reports AS lean
  WHERE NOT coalesce(n.leanReports, '') = reports OR (n.leanReports IS NULL AND reports <> '') OR n.lean IS NULL OR n.lean <> lean
  RETURN count(n) AS nodes, collect(n.id)[..3] AS someNodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, r, b, reduce(d = [], x IN coalesce(r.evReports, []) | CASE WHEN x IN d THEN d ELSE d + x END) AS distinct
  WITH a, r, b, reduce(s = '', x IN distinct | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) AS reports,
    [m IN ['s' + r.staged, 'r' + r.replacedBy] WHERE m IS NOT NULL] AS marks
  WITH a, r, b, reports, reduce(s = '', m IN marks | s + CASE WHEN s = '' THEN '' ELSE ' ' END + m)
    + '\u001f' + coalesce(r.visibility, '') + '\u001f' + reports AS lean
  WHERE NOT coalesce(r.leanReports, '') = reports OR (r.leanReports IS NULL AND reports <> '') OR r.lean IS NULL OR r.lean <> lean
    OR r.id <> a.id + '|' + type(r) + '|' + b.id
  RETURN count(r) AS rels, collect(coalesce(r.id, type(r)))[..3] AS someRels
}
RETURN nodes, someNodes, rels, someRels`

// CheckLean fails tb unless every entity's node and relationship of the
// test database at cfg holds, in its properties for lean reads
// (leanReports and lean), what the properties they repeat say (see
// qLeanMismatches): lean reads take them for those, and the guard decides
// from them what a request without clearance sees.
func CheckLean(tb testing.TB, cfg neo4jstore.Config) {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), Driver(tb, cfg), qLeanMismatches, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		tb.Fatalf("check the properties for lean reads: %v", err)
	}
	rec := res.Records[0]
	nodes, _ := rec.Get("nodes")
	rels, _ := rec.Get("rels")
	if nodes != int64(0) || rels != int64(0) {
		someNodes, _ := rec.Get("someNodes")
		someRels, _ := rec.Get("someRels")
		tb.Errorf("%v nodes (such as %v) and %v relationships (such as %v) hold leanReports or lean other than the properties they repeat",
			nodes, someNodes, rels, someRels)
	}
}
