package neo4jstore

import (
	"fmt"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// leanRowFields is how many fields leanRow holds: the entity read for,
// the type, the direction, relationLean's three and entityLean's four.
const leanRowFields = 10

// readLeanRows adds to out the rows of a read lean both of relations and
// of their other ends (each a list of leanRow and the other end's name,
// or leanRow alone when the names were not read),
// as readAround does with the rows of the other reads: the relations by
// the entity they were read for, a relation from an entity to itself
// once, and the other ends not already in out. A row that does not read
// as leanRow writes it is an error, as a lean that does not read is (see
// leanEntityOf): the guard decides from its fields.
//
// The rows' entities, relations, evidence and lists of reports are taken
// in blocks, and their strings are cut from the row's: a read of hundreds
// of rows costs a few allocations rather than several per row.
func readLeanRows(rows []any, out *rightsgraph.Around) error {
	// A relation and an entity cite a report or two each, mostly.
	b := leanBlocks{
		entities:  make([]rightsgraph.Entity, 0, len(rows)),
		relations: make([]rightsgraph.Relation, len(rows)),
		strs:      make([]string, 0, 3*len(rows)),
		evs:       make([]rightsgraph.Evidence, 0, len(rows)),
		grow:      len(rows),
	}
	var loops selfLoops
	var f [leanRowFields]string
	for i, x := range rows {
		row, ok := x.(string)
		var name any // nil: read without names
		if !ok {
			pair, _ := x.([]any)
			if len(pair) != 2 {
				return fmt.Errorf("read around: a lean row of %d values", len(pair))
			}
			row, ok = pair[0].(string)
			name = pair[1]
		}
		if !ok || !cutFields(row, f[:]) {
			return fmt.Errorf("read around: the lean row %q does not read as an entity, a relation and its other end", row)
		}
		id, typ, dir := f[0], rightsgraph.RelType(f[1]), f[2]
		other, kind := f[6], f[7]
		if id == "" || typ == "" || other == "" || kind == "" || dir != ">" && dir != "<" {
			return fmt.Errorf("read around: the lean row %q does not read as an entity, a relation and its other end", row)
		}
		from, to := id, other
		if dir == "<" {
			from, to = to, from
		}
		r := &b.relations[i]
		*r = rightsgraph.Relation{ID: rightsgraph.RelationID(from, typ, to), Type: typ, From: from, To: to,
			Visibility: rightsgraph.Visibility(f[4])}
		if reports := b.reports(f[5]); len(reports) > 0 {
			r.Evidence = b.evidence(reports)
		}
		r.Derive()
		if !loops.first(id, r) {
			continue
		}
		out.Relations[id] = append(out.Relations[id], r)
		if out.Entities[other] == nil {
			b.entities = append(b.entities, rightsgraph.Entity{ID: other, Kind: rightsgraph.Kind(kind), Name: str(name),
				Reports: b.reports(f[9]), Visibility: rightsgraph.Visibility(f[8])})
			out.Entities[other] = &b.entities[len(b.entities)-1]
		}
	}
	return nil
}

// cutFields cuts s at each leanSep into f, and reports whether it holds
// exactly len(f) fields.
func cutFields(s string, f []string) bool {
	for i := range len(f) - 1 {
		var ok bool
		if f[i], s, ok = strings.Cut(s, leanSep); !ok {
			return false
		}
	}
	f[len(f)-1] = s
	return !strings.Contains(s, leanSep)
}

// leanBlocks holds the blocks readLeanRows takes its values from. Each
// value taken is capped at its length, so that appending to it copies it
// rather than write over the next.
type leanBlocks struct {
	entities  []rightsgraph.Entity // appended to, never beyond its capacity
	relations []rightsgraph.Relation
	strs      []string
	evs       []rightsgraph.Evidence
	grow      int // the least size of a new block of strs or evs
}

// reports returns the reports that s lists as leanReports joins them,
// as strings cut from s, as reportsOf reads them: empty, not nil, when
// there are none.
func (b *leanBlocks) reports(s string) []string {
	n := strings.Count(s, " ") + 1
	if cap(b.strs)-len(b.strs) < n {
		b.strs = make([]string, 0, max(n, b.grow))
	}
	start := len(b.strs)
	for r := range strings.FieldsSeq(s) {
		b.strs = append(b.strs, r)
	}
	return b.strs[start:len(b.strs):len(b.strs)]
}

// evidence returns a piece of evidence for each of reports, with nothing
// but its report, as a lean relation has it.
func (b *leanBlocks) evidence(reports []string) []rightsgraph.Evidence {
	if cap(b.evs)-len(b.evs) < len(reports) {
		b.evs = make([]rightsgraph.Evidence, 0, max(len(reports), b.grow))
	}
	start := len(b.evs)
	for _, r := range reports {
		b.evs = append(b.evs, rightsgraph.Evidence{Report: r})
	}
	return b.evs[start:len(b.evs):len(b.evs)]
}

// selfLoops remembers the relations from an entity to itself that a read
// of rows has met: such a relation matches twice, once from each end.
type selfLoops map[[2]string]bool

// first says whether r, read for entity id, is met for the first time; a
// relation between two entities always is.
func (l *selfLoops) first(id string, r *rightsgraph.Relation) bool {
	if r.From != r.To {
		return true
	}
	key := [2]string{id, r.ID}
	if (*l)[key] {
		return false
	}
	if *l == nil {
		*l = selfLoops{}
	}
	(*l)[key] = true
	return true
}
