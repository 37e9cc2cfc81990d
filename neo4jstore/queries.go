package neo4jstore

// The Cypher of the store. Values travel only as $parameters; labels and
// relationship types are spliced in only from Go constants (Kind.Label,
// RelType), never from input. Lists of rows go in one UNWIND batch.
const (
	// qNextSeq numbers the changes (loads and edits), so that the latest
	// declaration of an entity wins. Incrementing the one meta node takes
	// its write lock until commit: changes serialise, where Neo4j's
	// read-committed isolation would otherwise let them lose updates.
	qNextSeq = `MERGE (m:RightsgraphMeta {id: 'meta'})
SET m.seq = coalesce(m.seq, 0) + 1
RETURN m.seq AS seq`

	// qResolve maps ids through the merges editors made: a merged id has a
	// Redirect node naming its survivor, any other id stands for itself.
	// Redirects never chain (editTx.Redirect re-points them), so one hop
	// suffices.
	qResolve = `UNWIND $ids AS id
OPTIONAL MATCH (x:Redirect {id: id})
RETURN id, coalesce(x.to, id) AS to`

	// qRetracted returns which of the relation ids editors retracted.
	qRetracted = `UNWIND $ids AS id
MATCH (x:Retraction {id: id})
RETURN x.id AS id`

	// qRetractionsOf lists the retracted relation ids that start or end at
	// an entity (ids are from|TYPE|to).
	qRetractionsOf = `MATCH (x:Retraction)
WHERE x.id STARTS WITH $prefix OR x.id ENDS WITH $suffix
RETURN x.id AS id ORDER BY x.id`

	// qEditorEvidenceOf reads the relations with an editor's evidence from
	// report $id, which must be found again when the report's text changes.
	// It scans every relationship, but runs only for such a change. In id
	// order, so that a refused load names the same relation every time.
	qEditorEvidenceOf = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE $id IN r.evReports AND ` + liveRel + `
  AND any(i IN range(0, size(r.evReports) - 1) WHERE r.evReports[i] = $id AND coalesce(r.evEditors[i], '') <> '')
RETURN ` + relationColumns + `
ORDER BY r.id`

	// qRelationsTouching lists the relations of entities, by entity.
	qRelationsTouching = `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE ` + liveRel + `
RETURN DISTINCT id AS entity, r.id AS id
ORDER BY entity, id`

	// qCreateAuditEntry records one change.
	qCreateAuditEntry = `CREATE (:AuditEntry {seq: $seq, at: $at, actor: $actor, action: $action,
  entities: $entities, summary: $summary, before: $before, after: $after})`

	qDeclarations = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.declarations AS declarations`

	// qRelationsOfType (with the type spliced in) reads relations by ends.
	qRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:%s]->(b:Entity {id: row.to})
WHERE ` + liveRel + `
RETURN ` + relationColumns

	qDeleteRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:%s]->(b:Entity {id: row.to})
WHERE ` + liveRel + `
DELETE r`

	qDeleteEntities = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n`

	// qUpsertEntitiesOfKind (with the label spliced in) writes entities.
	qUpsertEntitiesOfKind = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:%s, n += row.props`

	entityMap = `n {.id, .kind, .name, .aliases, .description, .startDate, .endDate,
  .url, .publishedAt, .source, .attribution, .text, .reports, .visibility}`

	entityColumns = entityMap + ` AS e`

	relationColumns = `r.id AS id, type(r) AS type, a.id AS from, b.id AS to,
  r.evReports AS evReports, r.evQuotes AS evQuotes, r.evStarts AS evStarts,
  r.evEnds AS evEnds, r.evRoles AS evRoles, r.evAts AS evAts, r.evEditors AS evEditors,
  r.visibility AS visibility`

	// qEntity and qEntitiesByIDs read entities by id, or by the id of an
	// entity merged into them.
	qEntity = `OPTIONAL MATCH (x:Redirect {id: $id})
MATCH (n:Entity {id: coalesce(x.to, $id)})
RETURN ` + entityColumns

	qEntitiesByIDs = `UNWIND $ids AS id
OPTIONAL MATCH (x:Redirect {id: id})
MATCH (n:Entity {id: coalesce(x.to, id)})
RETURN id AS asked, ` + entityColumns

	qRelationsByEntityIDs = `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE ` + liveRel + `
WITH id, r, startNode(r) AS a, endNode(r) AS b
RETURN id AS entity, ` + relationColumns

	// qSearchTokens finds candidates with the token index (see
	// searchQuery), by their names alone; qSearchAll reads every entity's
	// names, when the index cannot be sure to narrow. The store scores the
	// names with rightsgraph.MatchKey and reads with qSearchHits those
	// that can rank (see Store.Search).
	qSearchTokens = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n
WHERE size($kinds) = 0 OR n.kind IN $kinds
RETURN ` + searchNames

	qSearchAll = `MATCH (n:Entity)
WHERE size($kinds) = 0 OR n.kind IN $kinds
RETURN ` + searchNames

	searchNames = `n.id AS id, n.name AS name, n.aliases AS aliases`

	// qSearchHits reads entities whole, with the weights of equal scores:
	// their relations (counted once even when they loop) and the evidence
	// these carry. The live loads (see liveRel) are read once, not once
	// per relationship weighed.
	qSearchHits = `OPTIONAL MATCH (liveMeta:RightsgraphMeta {id: 'meta'})
WITH coalesce(liveMeta.loads, []) AS live
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, live) {
  OPTIONAL MATCH (n)-[r]-()
  WHERE (r.staged IS NULL OR r.staged IN live) AND (r.replacedBy IS NULL OR NOT r.replacedBy IN live)
  WITH DISTINCT r
  RETURN count(r) AS relations, coalesce(sum(size(r.evReports)), 0) AS evidence
}
RETURN ` + entityColumns + `, relations, evidence`

	// qStaleSearchKeys lists a batch of the entities whose search keys an
	// older build computed (see searchKeys).
	qStaleSearchKeys = `MATCH (n:Entity)
WHERE n.id > $after AND coalesce(n.searchKeys, 0) <> $version
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY n.id
LIMIT $limit`

	qSetSearchKeys = `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props`

	qCountEntities = `MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count`

	qCountRelations = `MATCH ()-[r]->()
WHERE ` + liveRel + `
RETURN type(r) AS type, count(*) AS count, sum(size(r.evReports)) AS evidence`

	qEachEntity = `MATCH (n:Entity) RETURN ` + entityColumns + ` ORDER BY n.id`

	qEachRelation = `MATCH (a:Entity)-[r]->(b:Entity) WHERE ` + liveRel + ` RETURN ` + relationColumns + ` ORDER BY r.id`

	// qAllEntities and qAllRelations read the graph in no order (see
	// readGraph).
	qAllEntities = `MATCH (n:Entity) RETURN ` + entityColumns

	qAllRelations = `MATCH (a:Entity)-[r]->(b:Entity) WHERE ` + liveRel + ` RETURN ` + relationColumns

	qPing = `RETURN 1 AS one`

	qRevision = `OPTIONAL MATCH (m:RightsgraphMeta {id: 'meta'}) RETURN coalesce(m.seq, 0) AS seq`
)

// qUpsertRelationsOfType (with the type spliced in) writes relations over
// the live ones, never over a staged twin (which MERGE could pick): SET
// on no relationship does nothing. A live relationship may still carry
// the mark of a load (one that committed and is not finished, or one that
// failed and is not cleaned up), which its lean keeps (see relationLean).
var qUpsertRelationsOfType = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[r:%[1]s]->(b)
WHERE ` + liveRel + `
FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END | CREATE (a)-[n:%[1]s]->(b) SET n = row.props)
SET r += row.props
SET r.lean = ` + leanOfRel("r")
