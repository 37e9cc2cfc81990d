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

// leanEntityPair is an entity asked for as a lean Around reads it (see
// rightsgraph.LeanEntity): its lean (see entityLean) and its name, which
// leanEntityOf reads, in a list of two rather than a map, which the
// driver decodes at the cost of a map and its keys.
const leanEntityPair = `[n.lean, n.name]`

// leanRelationColumns and leanEndColumns are what a lean Around reads of
// a relation r, read for entity m, and of its other end n (see
// rightsgraph.LeanRelation and LeanEntity), as values of one flat list per
// relation rather than a map or nested lists: a read around a hundred
// entities holds hundreds of them, and the driver decodes a map's keys and
// each list for a cost of its own. Of each it reads one property, lean
// (see relationLean and entityLean), where the fields it holds cost
// Neo4j one read each. A lean relation's ends are m and n: it says
// whether it starts at m, which costs Neo4j no read, rather than read the
// id of each end again, and its id is made of its ends and type. Its
// other end's id is in n's lean, when the ends are read lean, or
// otherEndID. Nothing else in a lean read may name the properties lean
// repeats: Neo4j reads every property a query names before it evaluates
// the expressions (a coalesce with another property reads both).
const (
	leanRelationColumns = `type(r), startNode(r) = m, r.lean`
	leanEndColumns      = `n.lean, n.name`
	// namelessEndColumns is leanEndColumns without the name (see
	// rightsgraph.AroundQuery.Nameless), which then reads as "".
	namelessEndColumns = `n.lean, null`
	// otherEndID is the other end's id of a lean relation whose ends are
	// read whole.
	otherEndID = `n.id`
	// leanRow is what a read lean both of relations and of their other
	// ends reads of each (see readLeanRows): the values of the entity read for,
	// leanRelationColumns and leanEndColumns but the name, in one string,
	// separated by leanSep (the direction as ">" or "<"), which the driver
	// decodes as one value where it decoded a list and five; none of
	// them holds leanSep. The name, which may, comes beside it, in a list
	// of the two; a read without names reads leanRow alone, which the
	// driver decodes without a list and its two values.
	leanRow = `m.id + '\u001f' + type(r) + CASE WHEN startNode(r) = m THEN '\u001f>\u001f' ELSE '\u001f<\u001f' END + r.lean + '\u001f' + n.lean`
)

// aroundQuery is the Cypher of Around: one record with the entities asked
// for (found), the relations of the entities within depth-1 relations of
// them (rels, each with the entity it was read for), their other ends
// (ends), and the revision (seq, as qRevision reads it). Only the depth
// (a checked int) and relationship types (checked constants) are spliced
// in (see aroundBody).
func aroundQuery(q rightsgraph.AroundQuery) string {
	entities := entityMap
	if q.LeanIDs() {
		entities = leanEntityPair
	}
	return `UNWIND $ids AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (n:Entity {id: coalesce(x.to, asked)})
WITH collect({asked: asked, e: ` + entities + `}) AS found, collect(DISTINCT n) AS centres
` + aroundBody(q, "found") + `
RETURN found, rels, ends, seq`
}

// aroundBody is the Cypher that reads, from the list of nodes centres,
// what Around reads around them: rels (each a list of the entity read for,
// the relation, as relationMap or leanRelationColumns, and, when the other
// ends are read lean, leanEndColumns), ends (the other ends, when they
// are read whole) and seq, keeping the
// variables keep (comma-separated) of the query before it. The walk
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
// it reads of the other ends only what LeanEntity keeps, with each
// relation: an end reached twice is read twice, which costs Neo4j less
// than collecting the distinct ends and reading them afterwards.
func aroundBody(q rightsgraph.AroundQuery, keep string) string {
	relations := relationMap
	if q.Lean || q.LeanRelations {
		relations = leanRelationColumns
	}
	// Whole other ends are read once each, after the relations.
	withOther := relations
	if q.Lean || q.LeanRelations {
		withOther += `, ` + otherEndID
	}
	read := `RETURN collect([m.id, ` + withOther + `]) AS rels, collect(DISTINCT n) AS ends
}
WITH ` + keep + `, rels, [n IN ends | ` + entityMap + `] AS ends, seq`
	if q.Lean || q.LeanEnds {
		ends := leanEndColumns
		if q.Nameless {
			ends = namelessEndColumns
		}
		row := `[m.id, ` + relations + `, ` + ends + `]`
		if q.Lean || q.LeanRelations {
			// Without the name, the row is leanRow alone, not a list.
			row = leanRow
			if !q.Nameless {
				row = `[` + leanRow + `, n.name]`
			}
		}
		read = `RETURN collect(` + row + `) AS rels
}
WITH ` + keep + `, rels, [] AS ends, seq`
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
		walk = fmt.Sprintf("UNWIND centres AS c\n  MATCH p = (c)-[%s*0..%d]-(m:Entity)\n  WHERE all(r IN relationships(p) WHERE %s)\n  WITH DISTINCT m", pattern, q.Depth-1, liveLean)
	}
	// The meta node is read once, for the revision and the live loads,
	// which each relationship read is then checked against (liveLean):
	// Neo4j runs liveRel's subqueries for every relationship, marked or
	// not.
	return `OPTIONAL MATCH (meta:RightsgraphMeta {id: 'meta'})
WITH ` + keep + `, centres, coalesce(meta.loads, []) AS live, coalesce(meta.seq, 0) AS seq
CALL (centres, live) {
  ` + walk + `
  ` + selectedRelations(q.Select) + `
  ` + read
}

// liveLean is liveRel for a query that read the live loads once, into
// the list live, decided from the marks that r's lean holds (see
// relationLean), as liveRel decides from its staged and replacedBy, so
// that a lean read reads of r one property: lean, whose first field is
// empty when r carries no mark. A mark liveLean does not know hides the
// relationship, as a lean it cannot read does.
const liveLean = `(r.lean STARTS WITH '\u001f' OR all(mark IN split(split(r.lean, '\u001f')[0], ' ') WHERE
  CASE left(mark, 1) WHEN 's' THEN substring(mark, 1) IN live WHEN 'r' THEN NOT substring(mark, 1) IN live ELSE false END))`

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
		return "MATCH (m)-[r]-(n:Entity)\n  WHERE " + liveLean
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
		matches = append(matches, fmt.Sprintf("MATCH (m)%s[r%s]%s(n:Entity)\n  WHERE %s", a.left, label, a.right, liveLean))
	}
	if len(matches) == 1 {
		return matches[0]
	}
	return "CALL (m, live) {\n  " + strings.Join(matches, "\n  RETURN r, n\n  UNION ALL\n  ") + "\n  RETURN r, n\n  }"
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
		e, err := askedEntity(m["e"], q.LeanIDs())
		if err != nil {
			return nil, err
		}
		out.Entities[str(m["asked"])] = e
		// An entity asked for has its list, empty when it has no relation.
		out.Relations[e.ID] = []*rightsgraph.Relation{}
	}
	if err := readAround(rec, q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// askedEntity reads an entity asked for, as entityMap or, when lean,
// leanEntityPair has it.
func askedEntity(v any, lean bool) (*rightsgraph.Entity, error) {
	if lean {
		l, _ := v.([]any)
		if len(l) != 2 {
			return nil, fmt.Errorf("read around: an entity of %d values", len(l))
		}
		return leanEntityOf(l[0], l[1])
	}
	m, _ := v.(map[string]any)
	return entityOf(m), nil
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
		m, _ := x.(map[string]any)
		if e := entityOf(m); out.Entities[e.ID] == nil {
			out.Entities[e.ID] = e
		}
	}
	rels, _, err := neo4j.GetRecordValue[[]any](rec, "rels")
	if err != nil {
		return fmt.Errorf("read around: %w", err)
	}
	// A row: the entity read for, the relation (a map, or its lean
	// columns), and the other end: its lean columns, when the ends are
	// read lean, or else, of a lean relation, its id; or, when both are
	// read lean, leanRow and the name (or, without names, leanRow alone).
	leanRelations, leanEnds := q.Lean || q.LeanRelations, q.Lean || q.LeanEnds
	if leanRelations && leanEnds {
		if err := readLeanRows(rels, out); err != nil {
			return err
		}
		for id, list := range out.Relations {
			rightsgraph.SortRelations(id, list)
		}
		return nil
	}
	width := 2
	if leanRelations {
		width = 1 + leanRelationWidth
	}
	endAt := width
	if leanEnds {
		width += leanEndWidth
	} else if leanRelations {
		width++
	}
	var loops selfLoops
	for _, x := range rels {
		row, _ := x.([]any)
		if len(row) != width {
			return fmt.Errorf("read around: a relation row of %d values", len(row))
		}
		id := str(row[0])
		var end *rightsgraph.Entity
		if leanEnds {
			if end, err = leanEntityOf(row[endAt], row[endAt+1]); err != nil {
				return err
			}
		}
		var r *rightsgraph.Relation
		if leanRelations {
			other := ""
			if end != nil {
				other = end.ID
			} else {
				other = str(row[endAt])
			}
			r, err = leanRelation(id, other, row[1:endAt])
		} else {
			m, _ := row[1].(map[string]any)
			r, err = relationOf(func(k string) any { return m[k] })
		}
		if err != nil {
			return err
		}
		if !loops.first(id, r) {
			continue
		}
		out.Relations[id] = append(out.Relations[id], r)
		if end != nil && out.Entities[end.ID] == nil {
			out.Entities[end.ID] = end
		}
	}
	for id, list := range out.Relations {
		rightsgraph.SortRelations(id, list)
	}
	return nil
}

// The values of leanRelationColumns and leanEndColumns.
const leanRelationWidth, leanEndWidth = 3, 2

// leanEntityOf reads an entity as rightsgraph.LeanEntity has it from its
// lean (see entityLean) and its name (nil when not read). A lean that
// does not read as entityLean writes it is an error: the guard decides
// from its visibility and reports, which must not read as none.
func leanEntityOf(lean, name any) (*rightsgraph.Entity, error) {
	f := strings.Split(str(lean), leanSep)
	if len(f) != 4 || f[0] == "" || f[1] == "" {
		return nil, fmt.Errorf("read around: an entity's lean %q does not read as id, kind, visibility and reports", str(lean))
	}
	return &rightsgraph.Entity{ID: f[0], Kind: rightsgraph.Kind(f[1]), Name: str(name), Reports: reportsOf(f[3]),
		Visibility: rightsgraph.Visibility(f[2])}, nil
}

// leanRelation reads a lean relation of Around, read for entity id, with
// its other end other, from the values of leanRelationColumns, as
// rightsgraph.LeanRelation has it. A lean that does not read as
// relationLean writes it is an error, as an entity's is (see
// leanEntityOf).
func leanRelation(id, other string, l []any) (*rightsgraph.Relation, error) {
	out, ok := l[1].(bool)
	if !ok {
		return nil, fmt.Errorf("read around: a lean relation without its direction")
	}
	typ := rightsgraph.RelType(str(l[0]))
	from, to := id, other
	if !out {
		from, to = to, from
	}
	f := strings.Split(str(l[2]), leanSep)
	if len(f) != 3 || from == "" || to == "" {
		return nil, fmt.Errorf("read around: the lean %q of a %s relation of %s does not read as marks, visibility and reports", str(l[2]), typ, id)
	}
	r := &rightsgraph.Relation{ID: rightsgraph.RelationID(from, typ, to), Type: typ, From: from, To: to,
		Visibility: rightsgraph.Visibility(f[1])}
	reports := reportsOf(f[2])
	if len(reports) > 0 {
		r.Evidence = make([]rightsgraph.Evidence, len(reports))
		for i, report := range reports {
			r.Evidence[i] = rightsgraph.Evidence{Report: report}
		}
	}
	r.Derive()
	return r, nil
}
