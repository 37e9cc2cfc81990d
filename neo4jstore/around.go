package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// relationMap is a relation as a map with the keys of relationColumns,
// for a query that collects relations into one record.
const relationMap = `{id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id,
  evReports: r.evReports, evQuotes: r.evQuotes, evStarts: r.evStarts, evEnds: r.evEnds,
  evRoles: r.evRoles, evAts: r.evAts, evEditors: r.evEditors, visibility: r.visibility}`

// leanEntityMap and leanRelationMap are what a lean Around reads (see
// rightsgraph.LeanEntity and LeanRelation).
const (
	leanEntityMap   = `n {.id, .kind, .name, .reports, .visibility}`
	leanRelationMap = `{id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id,
  evReports: r.evReports, visibility: r.visibility}`
)

// aroundQuery is the Cypher of Around: one record with the entities asked
// for (found), the relations of the entities within depth-1 relations of
// them (rels, each with the entity it was read for), their other ends
// (ends), and the revision (seq, as qRevision reads it). Only the depth
// (a checked int) and relationship types (checked constants) are spliced
// in (see aroundBody).
func aroundQuery(q rightsgraph.AroundQuery) string {
	entities := entityMap
	if q.Lean {
		entities = leanEntityMap
	}
	return `UNWIND $ids AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (n:Entity {id: coalesce(x.to, asked)})
WITH collect({asked: asked, e: ` + entities + `}) AS found, collect(DISTINCT n) AS centres
` + aroundBody(q, "found") + `
RETURN found, rels, ends, seq`
}

// aroundBody is the Cypher that reads, from the list of nodes centres,
// what Around reads around them: rels, ends (as maps) and seq, keeping
// the variables keep (comma-separated) of the query before it. The walk
// to the entities whose relations are read is a variable-length expand
// with DISTINCT, which Neo4j runs breadth first, visiting each entity
// once.
//
// A selection (AroundQuery.Select) reads the relations of each entity
// through one typed, directed expand per direction, so that Neo4j follows
// only the relationship chains asked for rather than every relationship of
// the entity. A lean read (Lean or LeanRelations) reads of each relation
// only the reports of its evidence, which is what the guard decides from,
// and none of its quotes, offsets, roles or editors; with Lean or LeanEnds,
// it reads of the other ends only what LeanEntity keeps.
func aroundBody(q rightsgraph.AroundQuery, keep string) string {
	entities, relations := entityMap, relationMap
	if q.Lean || q.LeanEnds {
		entities = leanEntityMap
	}
	if q.Lean || q.LeanRelations {
		relations = leanRelationMap
	}
	walk := "UNWIND centres AS m"
	if q.Depth > 1 {
		pattern := ""
		if len(q.Types) > 0 {
			names := make([]string, len(q.Types))
			for i, t := range q.Types {
				names[i] = string(t)
			}
			pattern = ":" + strings.Join(names, "|")
		}
		walk = fmt.Sprintf("UNWIND centres AS c\n  MATCH p = (c)-[%s*0..%d]-(m:Entity)\n  WHERE all(r IN relationships(p) WHERE %s)\n  WITH DISTINCT m", pattern, q.Depth-1, liveRel)
	}
	return `CALL (centres) {
  ` + walk + `
  ` + selectedRelations(q.Select) + `
  RETURN collect({entity: m.id, r: ` + relations + `}) AS rels, collect(DISTINCT n) AS ends
}
OPTIONAL MATCH (meta:RightsgraphMeta {id: 'meta'})
WITH ` + keep + `, rels, [n IN ends | ` + entities + `] AS ends, coalesce(meta.seq, 0) AS seq`
}

// selectedRelations is the Cypher that reads, for each entity m, its live
// relations r with their other ends n: all of them, or those sel picks.
// Each direction asked for has one pattern, naming its types (checked
// constants) or none (every type), and several are a union; a relation
// that two patterns match (one from m to itself) comes twice, and Around
// keeps it once.
func selectedRelations(sel []rightsgraph.RelSelect) string {
	all := map[rightsgraph.RelDirection]bool{}
	typed := map[rightsgraph.RelDirection][]string{}
	for _, s := range sel {
		if s.Type == "" {
			all[s.Dir] = true
		} else if !slices.Contains(typed[s.Dir], string(s.Type)) {
			typed[s.Dir] = append(typed[s.Dir], string(s.Type))
		}
	}
	if len(sel) == 0 || all[rightsgraph.DirBoth] || all[rightsgraph.DirOut] && all[rightsgraph.DirIn] {
		return "MATCH (m)-[r]-(n:Entity)\n  WHERE " + liveRel
	}
	arrows := []struct {
		dir         rightsgraph.RelDirection
		left, right string
	}{{rightsgraph.DirBoth, "-", "-"}, {rightsgraph.DirOut, "-", "->"}, {rightsgraph.DirIn, "<-", "-"}}
	var matches []string
	for _, a := range arrows {
		label := ""
		if !all[a.dir] {
			if len(typed[a.dir]) == 0 {
				continue
			}
			label = ":" + strings.Join(typed[a.dir], "|")
		}
		matches = append(matches, fmt.Sprintf("MATCH (m)%s[r%s]%s(n:Entity)\n  WHERE %s", a.left, label, a.right, liveRel))
	}
	if len(matches) == 1 {
		return matches[0]
	}
	return "CALL (m) {\n  " + strings.Join(matches, "\n  RETURN r, n\n  UNION ALL\n  ") + "\n  RETURN r, n\n  }"
}

// Around reads entities, the relations around them and their other ends
// in one query (see rightsgraph.AroundQuery).
func (s *Store) Around(ctx context.Context, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, aroundQuery(q), map[string]any{"ids": nonNil(q.IDs)})
	if err != nil {
		return nil, err
	}
	out := &rightsgraph.Around{Entities: map[string]*rightsgraph.Entity{}, Relations: map[string][]*rightsgraph.Relation{}}
	if len(recs) == 0 {
		return out, nil
	}
	rec := recs[0]
	found, _, err := neo4j.GetRecordValue[[]any](rec, "found")
	if err != nil {
		return nil, fmt.Errorf("read around: %w", err)
	}
	for _, x := range found {
		m, _ := x.(map[string]any)
		e, _ := m["e"].(map[string]any)
		out.Entities[str(m["asked"])] = entityOf(e)
		// An entity asked for has its list, empty when it has no relation.
		out.Relations[str(e["id"])] = []*rightsgraph.Relation{}
	}
	if err := readAround(rec, q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// readAround adds to out, which holds the entities asked for, what
// aroundBody read into rec: the revision, the other ends and the
// relations, each list ordered as RelationsByEntityIDs orders it.
func readAround(rec *neo4j.Record, q rightsgraph.AroundQuery, out *rightsgraph.Around) error {
	var err error
	if out.Revision, _, err = neo4j.GetRecordValue[int64](rec, "seq"); err != nil {
		return fmt.Errorf("read around: %w", err)
	}
	ends, _, err := neo4j.GetRecordValue[[]any](rec, "ends")
	if err != nil {
		return fmt.Errorf("read around: %w", err)
	}
	for _, x := range ends {
		e, _ := x.(map[string]any)
		if id := str(e["id"]); out.Entities[id] == nil {
			out.Entities[id] = entityOf(e)
		}
	}
	rels, _, err := neo4j.GetRecordValue[[]any](rec, "rels")
	if err != nil {
		return fmt.Errorf("read around: %w", err)
	}
	seen := map[[2]string]bool{}
	for _, x := range rels {
		row, _ := x.(map[string]any)
		rm, _ := row["r"].(map[string]any)
		r, err := aroundRelation(rm, q.Lean || q.LeanRelations)
		if err != nil {
			return err
		}
		key := [2]string{str(row["entity"]), r.ID}
		if seen[key] { // a relation from an entity to itself matches twice
			continue
		}
		seen[key] = true
		out.Relations[key[0]] = append(out.Relations[key[0]], r)
	}
	for id, list := range out.Relations {
		rightsgraph.SortRelations(id, list)
	}
	return nil
}

// aroundRelation reads a relation map of Around: whole (relationMap), or
// lean (leanRelationMap), as rightsgraph.LeanRelation has it.
func aroundRelation(m map[string]any, lean bool) (*rightsgraph.Relation, error) {
	if !lean {
		return relationOf(func(k string) any { return m[k] })
	}
	r := &rightsgraph.Relation{ID: str(m["id"]), Type: rightsgraph.RelType(str(m["type"])), From: str(m["from"]), To: str(m["to"]),
		Visibility: rightsgraph.Visibility(str(m["visibility"]))}
	for _, report := range strs(m["evReports"]) {
		r.Evidence = append(r.Evidence, rightsgraph.Evidence{Report: report})
	}
	r.Derive()
	return r, nil
}
