package rightsgraph

import "slices"

// ReportGraph is everything one report states: the report itself, the
// entities its annotation declares, and its relations, whose evidence all
// cites the report. The seed loader builds it after validation.
type ReportGraph struct {
	Report    *Entity
	Entities  []*Entity
	Relations []*Relation
}

// Validate checks that the graph hangs together, whatever built it: valid
// entities with distinct ids, relations between declared entities of kinds
// their type allows, with their derived id, and evidence that cites this
// report and quotes its text at the offsets given. The seed loader checks
// more, with file and line; this is the store's own guard.
func (g *ReportGraph) Validate() error {
	if g.Report == nil || g.Report.Kind != KindReport {
		return Errorf(EINVALID, "report graph without a report")
	}
	if err := g.Report.Validate(); err != nil {
		return err
	}
	kinds := map[string]Kind{g.Report.ID: KindReport}
	for _, e := range g.Entities {
		if err := e.Validate(); err != nil {
			return err
		}
		if _, dup := kinds[e.ID]; dup {
			return Errorf(EINVALID, "duplicate entity id %q", e.ID)
		}
		kinds[e.ID] = e.Kind
	}
	text := []rune(g.Report.Text)
	relIDs := map[string]bool{}
	for _, r := range g.Relations {
		if relIDs[r.ID] {
			return Errorf(EINVALID, "duplicate relation %q", r.ID)
		}
		relIDs[r.ID] = true
		rule, ok := r.Type.Rule()
		if !ok {
			return Errorf(EINVALID, "unknown relationship type %q", r.Type)
		}
		from, okFrom := kinds[r.From]
		to, okTo := kinds[r.To]
		if !okFrom || !okTo {
			return Errorf(EINVALID, "relation %q joins an entity the report does not declare", r.ID)
		}
		if !rule.Allows(from, to) {
			return Errorf(EINVALID, "relation %q: %s may not go from %s to %s", r.ID, r.Type, from, to)
		}
		if r.At != "" && kinds[r.At] != KindCongress {
			return Errorf(EINVALID, "relation %q: at %q is not a congress of this report", r.ID, r.At)
		}
		if r.ID != RelationID(r.From, r.Type, r.To) {
			return Errorf(EINVALID, "relation %q: id must be %q", r.ID, RelationID(r.From, r.Type, r.To))
		}
		if len(r.Evidence) == 0 {
			return Errorf(EINVALID, "relation %q has no evidence", r.ID)
		}
		for _, ev := range r.Evidence {
			if err := CheckStatement(ev.Role, ev.Quote); err != nil {
				return Errorf(EINVALID, "relation %q: %s", r.ID, ErrorMessage(err))
			}
			if ev.Report != g.Report.ID {
				return Errorf(EINVALID, "relation %q cites %q, not this report", r.ID, ev.Report)
			}
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || string(text[ev.Start:ev.End]) != ev.Quote {
				return Errorf(EINVALID, "relation %q: quote %q is not at [%d,%d) of the report", r.ID, ev.Quote, ev.Start, ev.End)
			}
		}
	}
	return nil
}

// EntityIDs returns the ids of the entities g declares and places
// statements at, the report's first.
func (g *ReportGraph) EntityIDs() []string {
	ids := []string{g.Report.ID}
	for _, e := range g.Entities {
		ids = append(ids, e.ID)
	}
	for _, r := range g.Relations {
		for _, ev := range r.Evidence {
			if ev.At != "" {
				ids = append(ids, ev.At)
			}
		}
	}
	return ids
}

// Redirect returns g as it reads after the merges editors made: each
// entity id that resolve maps elsewhere is replaced by its survivor. Two
// declarations that become one combine (the survivor's fields, both
// names), as do the relations that become one. g itself is not changed;
// when nothing is redirected, g is returned.
func (g *ReportGraph) Redirect(resolve map[string]string) *ReportGraph {
	to := func(id string) string {
		if r, ok := resolve[id]; ok && r != "" {
			return r
		}
		return id
	}
	if !slices.ContainsFunc(g.EntityIDs(), func(id string) bool { return to(id) != id }) {
		return g
	}
	out := &ReportGraph{Report: g.Report}
	byID := map[string]*Entity{}
	for _, e := range g.Entities {
		id := to(e.ID)
		if prev, ok := byID[id]; ok {
			names := e.Names()
			if id == e.ID { // e is the survivor: its fields win
				names = prev.Names()
				prev.Name, prev.Description = e.Name, e.Description
				prev.Aliases = slices.Clone(e.Aliases)
			}
			prev.Aliases = append(prev.Aliases, names...)
			continue
		}
		c := e.Clone()
		c.ID = id
		byID[id] = c
		out.Entities = append(out.Entities, c)
	}
	for _, e := range out.Entities {
		e.Aliases = DistinctAliases(e.Name, e.Aliases)
	}
	rels := map[string]*Relation{}
	for _, r := range g.Relations {
		c := r.Clone()
		c.From, c.To = to(r.From), to(r.To)
		c.ID = RelationID(c.From, c.Type, c.To)
		for i := range c.Evidence {
			if c.Evidence[i].At != "" {
				c.Evidence[i].At = to(c.Evidence[i].At)
			}
		}
		if prev, ok := rels[c.ID]; ok {
			prev.Evidence = append(prev.Evidence, c.Evidence...)
			prev.Derive()
			continue
		}
		rels[c.ID] = c
		out.Relations = append(out.Relations, c)
	}
	return out
}

// WithoutRetracted returns g without the relations editors retracted; g
// itself when there are none.
func (g *ReportGraph) WithoutRetracted(retracted map[string]bool) *ReportGraph {
	if !slices.ContainsFunc(g.Relations, func(r *Relation) bool { return retracted[r.ID] }) {
		return g
	}
	out := *g
	out.Relations = slices.DeleteFunc(slices.Clone(g.Relations), func(r *Relation) bool { return retracted[r.ID] })
	return &out
}

// RelocateEditorEvidence returns r with the evidence editors gave from
// report rid found again in the report's new text, or ECONFLICT when a
// quote is no longer in it exactly once: a corrected report may not
// silently orphan what an editor cited.
func RelocateEditorEvidence(r *Relation, rid, text string) (*Relation, error) {
	out := r.Clone()
	for i, ev := range out.Evidence {
		if ev.Report != rid || ev.Editor == "" {
			continue
		}
		start, end, count, _ := Locate(text, ev.Quote, 1)
		if count != 1 {
			return nil, Errorf(ECONFLICT, "the new text of %s has the quote %q, which %s cited for %s, %d times, not once: retract that relation or quote it anew first",
				rid, ev.Quote, ev.Editor, r.ID, count)
		}
		out.Evidence[i].Start, out.Evidence[i].End = start, end
	}
	out.Derive()
	return out, nil
}
