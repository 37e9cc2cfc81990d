package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// Lists are cut by Neo4j from ordered index scans (keyset pagination), so
// that a page costs a few index seeks and the page's rows, whatever the
// number of matches. The answer is the one rightsgraph.PageOf gives over
// all matches sorted by (SortKey, ID): a cursor points at a (key, id), the
// page starts at the first entity after it, and the entity it names is
// skipped where PageOf skips it (see listPlan).

// sortNameOf is the sortName property of an entity: its name's sort key
// and its id in one string that Neo4j orders exactly as rightsgraph.PageOf
// orders (key, id) pairs: the key, encoded by orderSafe, then a NUL (below
// any character a key holds, so that a key sorts before the keys it is a
// prefix of) and the id.
func sortNameOf(name, id string) string {
	return cursorSortName(rightsgraph.Normalize(name), id)
}

// SortName is the sortName property of an entity whose name's sort key
// (rightsgraph.SortKey) is key: what a Cypher query that pages a list by
// name reads from the sort index of a kind.
func SortName(key, id string) string { return cursorSortName(key, id) }

func cursorSortName(key, id string) string {
	return orderSafe(key) + "\x00" + orderSafe(id)
}

// orderSafe rewrites s so that Neo4j's string order (UTF-16 code units)
// agrees with Go's (bytes of UTF-8, which is code point order) on the
// results: the two differ only for characters from U+D800 up, where a
// supplementary character (a surrogate pair, from 0xD800) sorts below
// U+E000–U+FFFF in UTF-16. Each character from U+D7FF up becomes U+D7FF
// (never a letter or digit, so absent from keys) followed by three
// characters from U+0100 holding 7 bits each of its distance from U+D7FF:
// fixed width, so that they sort by code point, and all below U+D800.
func orderSafe(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= 0xD7FF })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < 0xD7FF {
			b.WriteRune(r)
			continue
		}
		d := r - 0xD7FF
		b.WriteRune(0xD7FF)
		b.WriteRune(0x100 + (d>>14)&0x7F)
		b.WriteRune(0x100 + (d>>7)&0x7F)
		b.WriteRune(0x100 + d&0x7F)
	}
	return b.String()
}

// listBound is a cursor as conditions on the sort property: at, the
// entities at or after the cursor in the list's order; before, the
// others.
type listBound struct {
	id         string
	at, before string // Cypher conditions on n and the parameter
}

// bound turns a cursor into conditions on the list's sort property
// (sortName, or id), naming its value $param.
func bound(cursor string, order rightsgraph.EntityOrder, desc bool, param string, params map[string]any) (*listBound, error) {
	if cursor == "" {
		return nil, nil
	}
	key, id, err := rightsgraph.DecodeCursor(cursor)
	if err != nil {
		return nil, err
	}
	ge, lt := ">=", "<"
	prop := "n.sortName"
	if order == rightsgraph.OrderByID {
		// The key is the id: (id, id) against (key, cid) is decided by the
		// id against the key, and on a tie by the key against cid.
		prop = "n.id"
		params[param] = orderSafe(key)
		if key < id {
			ge, lt = ">", "<="
		}
		if desc {
			ge, lt = "<", ">="
			if key <= id {
				ge, lt = "<=", ">"
			}
		}
	} else {
		params[param] = cursorSortName(key, id)
		if desc {
			ge, lt = "<=", ">"
		}
	}
	return &listBound{id: id, at: fmt.Sprintf("%s %s $%s", prop, ge, param), before: fmt.Sprintf("%s %s $%s", prop, lt, param)}, nil
}

// ListEntities returns one page of the entities that match q, in one
// round trip: the page (read in the list's order from the sort index of
// each kind asked for), the entity the after cursor lands on, whether
// entities lie before and after the range, and the count of matches
// (from Neo4j's count store when only kinds filter).
func (s *Store) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	order := q.Order
	if order == "" {
		order = rightsgraph.OrderByName
	}
	params := map[string]any{"report": q.Report, "contains": rightsgraph.Normalize(q.NameContains)}
	after, err := bound(q.After, order, q.Desc, "after", params)
	if err != nil {
		return nil, err
	}
	before, err := bound(q.Before, order, q.Desc, "before", params)
	if err != nil {
		return nil, err
	}
	labels := []string{"Entity"}
	if len(q.Kinds) > 0 {
		labels = labels[:0]
		for _, k := range rightsgraph.Kinds { // Kinds' labels only, once each
			if slices.Contains(q.Kinds, k) {
				labels = append(labels, k.Label())
			}
		}
	}
	var filters []string
	if q.Report != "" {
		filters = append(filters, "$report IN n.reports")
	}
	if params["contains"] != "" {
		filters = append(filters, "any(k IN n.searchNorms WHERE k CONTAINS $contains)")
	}
	prop := "n.sortName"
	if order == rightsgraph.OrderByID {
		prop = "n.id"
	}
	// scan reads, from every label, the matches that meet conds, in the
	// list's order (or reversed), and keeps the first $limitX of them.
	scan := func(name string, conds []string, reverse bool, limit int, ret string) string {
		dir := "ASC"
		if q.Desc != reverse {
			dir = "DESC"
		}
		where := append(slices.Clone(conds), filters...)
		if len(conds) == 0 {
			where = append([]string{prop + " IS NOT NULL"}, where...) // an index scan
		}
		params["limit"+name] = limit
		var b strings.Builder
		fmt.Fprintf(&b, "CALL () {\n  CALL () {\n")
		for i, l := range labels {
			if i > 0 {
				b.WriteString("    UNION ALL\n")
			}
			fmt.Fprintf(&b, "    MATCH (n:%s) WHERE %s RETURN n ORDER BY %s %s LIMIT $limit%s\n", l, strings.Join(where, " AND "), prop, dir, name)
		}
		as := name
		if name == "main" && q.Around != nil {
			as = "mainNodes"
		}
		fmt.Fprintf(&b, "  }\n  WITH n ORDER BY %s %s LIMIT $limit%s\n  RETURN %s AS %s\n}\n", prop, dir, name, ret, as)
		return b.String()
	}
	var conds []string
	if after != nil {
		conds = append(conds, after.at)
	}
	if before != nil {
		conds = append(conds, before.before)
	}
	size := q.First
	if q.Last > 0 {
		size = q.Last
	} else if size == 0 {
		size = rightsgraph.DefaultPageSize
	}
	var cy strings.Builder
	pageMap := entityMap
	if q.Around != nil && q.Around.LeanAsked {
		pageMap = leanEntityPair
	}
	mainRet := "collect(" + pageMap + ")"
	if q.Around != nil { // and the nodes, to read around them
		mainRet += " AS main, collect(n)"
	}
	cy.WriteString(scan("main", conds, q.Last > 0, size+2, mainRet))
	mainCols := "main"
	if q.Around != nil {
		mainCols = "main, mainNodes"
	}
	cols := []string{mainCols}
	// firstInMain: the page read forwards from the after cursor with no
	// before cursor starts with the first entity at or after the cursor,
	// which decides whether the cursor's own entity is skipped; otherwise
	// a scan of its own finds it.
	firstInMain := after != nil && before == nil && q.Last == 0
	if after != nil && !firstInMain {
		cy.WriteString(scan("first", []string{after.at}, false, 1, "collect(n.id)"))
		cols = append(cols, "first")
	}
	if after != nil && !q.NoPrevious {
		cy.WriteString(scan("prior", []string{after.before}, true, 1, "count(n) > 0"))
		cols = append(cols, "prior")
	}
	if before != nil {
		next := []string{before.at}
		if after != nil {
			next = append(next, after.at)
		}
		cy.WriteString(scan("next", next, false, 2, "collect(n.id)"))
		cols = append(cols, "next")
	}
	totalExpr := "0"
	if !q.NoTotal {
		cy.WriteString("CALL () {\n")
		for i, l := range labels {
			if i > 0 {
				cy.WriteString("  UNION ALL\n")
			}
			if len(filters) == 0 {
				fmt.Fprintf(&cy, "  MATCH (n:%s) RETURN count(n) AS c\n", l) // the count store
			} else {
				fmt.Fprintf(&cy, "  MATCH (n:%s) WHERE %s RETURN count(n) AS c\n", l, strings.Join(filters, " AND "))
			}
		}
		cy.WriteString("}\n")
		totalExpr = "sum(c)"
	}
	if q.Around == nil {
		cy.WriteString("RETURN " + strings.Join(cols, ", ") + ", " + totalExpr + " AS total")
	} else {
		// The page's nodes, as the rows below keep them: without the
		// cursor's own entity, the first size of them.
		cols[0] = "main"
		centres := "mainNodes"
		if after != nil {
			params["afterID"] = after.id
			centres = "[x IN mainNodes WHERE NOT (x.id = $afterID AND x.id = coalesce(first[0], ''))]"
			if firstInMain {
				centres = "CASE WHEN mainNodes[0].id = $afterID THEN mainNodes[1..] ELSE mainNodes END"
			}
		}
		params["size"] = size
		keep := strings.Join(cols, ", ") + ", total"
		cy.WriteString("WITH " + strings.Join(cols, ", ") + ", mainNodes, " + totalExpr + " AS total\n")
		cy.WriteString("WITH " + keep + ", " + centres + "[..$size] AS centres\n")
		cy.WriteString(aroundBody(*q.Around, keep) + "\nRETURN " + keep + ", rels, ends, seq")
	}

	recs, err := s.read(ctx, cy.String(), params)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("list: %d records, want 1", len(recs))
	}
	rec := recs[0]
	total, _, err := neo4j.GetRecordValue[int64](rec, "total")
	if err != nil {
		return nil, fmt.Errorf("list: total: %w", err)
	}
	raw, _ := rec.Get("main")
	var rows []*rightsgraph.Entity
	for _, m := range raw.([]any) {
		e, err := askedEntity(m, q.Around != nil && q.Around.LeanAsked)
		if err != nil {
			return nil, err
		}
		rows = append(rows, e)
	}
	// skipped: PageOf skips the first entity at or after the after
	// cursor when it is the cursor's own entity (even renamed since).
	skipped := ""
	hasPrevious, hasNext := false, false
	if after != nil {
		var first []string
		if firstInMain {
			if len(rows) > 0 {
				first = []string{rows[0].ID}
			}
		} else {
			raw, _ := rec.Get("first")
			first = strs(raw)
		}
		if len(first) > 0 && first[0] == after.id {
			skipped = first[0]
		}
		prior, _ := rec.Get("prior")
		hasPrevious = prior == true || skipped != ""
	}
	if before != nil {
		next, _ := rec.Get("next")
		for _, id := range strs(next) {
			if id != skipped {
				hasNext = true
			}
		}
	}
	rows = slices.DeleteFunc(rows, func(e *rightsgraph.Entity) bool { return e.ID == skipped })
	page := &rightsgraph.EntityPage{Total: int(total)}
	if q.Last > 0 {
		if len(rows) > size {
			rows, hasPrevious = rows[:size], true
		}
		slices.Reverse(rows)
	} else if len(rows) > size {
		rows, hasNext = rows[:size], true
	}
	page.HasPreviousPage, page.HasNextPage = hasPrevious, hasNext
	for _, e := range rows {
		page.Entities = append(page.Entities, e)
		if !q.NoCursors {
			page.Cursors = append(page.Cursors, rightsgraph.EncodeCursor(e, order))
		}
	}
	if q.Around != nil {
		a := &rightsgraph.Around{Entities: map[string]*rightsgraph.Entity{}, Relations: map[string][]*rightsgraph.Relation{}}
		for _, e := range page.Entities {
			if q.Around.LeanIDs() {
				a.Entities[e.ID] = rightsgraph.LeanEntity(e)
			} else {
				a.Entities[e.ID] = e.Clone()
			}
			a.Relations[e.ID] = []*rightsgraph.Relation{}
		}
		if err := readAround(rec, *q.Around, a); err != nil {
			return nil, err
		}
		page.Around = a
	}
	return page, nil
}
