package neo4jstore

// The Cypher of the store. Values travel only as $parameters; labels and
// relationship types are spliced in only from Go constants (Kind.Label,
// RelType), never from input. Lists of rows go in one UNWIND batch.
const (
	// qNextSeq counts loads, so that the latest declaration of an entity wins.
	qNextSeq = `MERGE (m:RightsgraphMeta {id: 'meta'})
SET m.seq = coalesce(m.seq, 0) + 1
RETURN m.seq AS seq`

	// qReportStatements returns what a report stated when last loaded.
	qReportStatements = `MATCH (r:Entity {id: $id})
RETURN coalesce(r.declaredIds, []) AS declaredIds, coalesce(r.relationIds, []) AS relationIds`

	qDeclarations = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.declarations AS declarations`

	// qRelationsOfType (with the type spliced in) reads relations by ends.
	qRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:%s]->(b:Entity {id: row.to})
RETURN ` + relationColumns

	qDeleteRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:%s]->(b:Entity {id: row.to})
DELETE r`

	qDeleteEntities = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n`

	// qUpsertEntitiesOfKind (with the label spliced in) writes entities.
	qUpsertEntitiesOfKind = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:%s, n += row.props`

	qUpsertRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:%s]->(b)
SET r += row.props`

	entityColumns = `n {.id, .kind, .name, .aliases, .description, .startDate, .endDate,
  .url, .publishedAt, .source, .attribution, .text, .reports} AS e`

	relationColumns = `r.id AS id, type(r) AS type, a.id AS from, b.id AS to,
  r.evReports AS evReports, r.evQuotes AS evQuotes, r.evStarts AS evStarts,
  r.evEnds AS evEnds, r.evRoles AS evRoles, r.evAts AS evAts`

	qEntity = `MATCH (n:Entity {id: $id}) RETURN ` + entityColumns

	qEntitiesByIDs = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ` + entityColumns

	// qEntityKeys lists the sort keys of the entities a list selects.
	qEntityKeys = `MATCH (n:Entity)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND ($report = '' OR $report IN n.reports)
  AND ($contains = '' OR any(k IN n.searchNorms WHERE k CONTAINS $contains))
RETURN n.id AS id, n.nameKey AS nameKey`

	qRelationsByEntityIDs = `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WITH id, r, startNode(r) AS a, endNode(r) AS b
RETURN id AS entity, ` + relationColumns

	// qSearch finds candidates with the full-text index; the store ranks
	// them with rightsgraph.MatchKey, as the embedded store does.
	qSearch = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n
WHERE size($kinds) = 0 OR n.kind IN $kinds
RETURN ` + entityColumns + `
LIMIT $limit`

	qCountEntities = `MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count`

	qCountRelations = `MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count, sum(size(r.evReports)) AS evidence`

	qEachEntity = `MATCH (n:Entity) RETURN ` + entityColumns + ` ORDER BY n.id`

	qEachRelation = `MATCH (a:Entity)-[r]->(b:Entity) RETURN ` + relationColumns + ` ORDER BY r.id`

	qPing = `RETURN 1 AS one`

	qRevision = `OPTIONAL MATCH (m:RightsgraphMeta {id: 'meta'}) RETURN coalesce(m.seq, 0) AS seq`
)
