package rightsgraph

import (
	"cmp"
	"maps"
	"slices"
)

// Declaration is one report's statement of an entity. Seq orders the loads
// of reports: the latest declaration sets the entity's fields.
type Declaration struct {
	Seq    int64
	Entity *Entity
}

// EditKey is the key of an editor's declaration among an entity's
// declarations, beside those of reports. It cannot be a report id.
const EditKey = "@editor"

// MergeDeclarations derives an entity from the declarations of the reports
// that declare it, by report id: each field from the latest declaration
// that gives it, the aliases of all of them (without repeats or the name),
// and the sorted ids of the declaring reports. An editor's declaration
// (under EditKey) comes last and has the final word on name, aliases and
// description. An editor's declaration without a name only sets the
// visibility. The entity is RESTRICTED when an editor's declaration says
// so, or says nothing and a report's does. It returns nil when no report
// declares the entity and no editor named it: then it is gone. Every
// store uses it, so that all of them merge alike.
func MergeDeclarations(decls map[string]Declaration) *Entity {
	edit, edited := decls[EditKey]
	reports := slices.DeleteFunc(slices.Sorted(maps.Keys(decls)), func(k string) bool { return k == EditKey })
	named := edited && edit.Entity.Name != ""
	if len(reports) == 0 && !named {
		return nil
	}
	bySeq := slices.Clone(reports)
	slices.SortStableFunc(bySeq, func(a, b string) int { return cmp.Compare(decls[a].Seq, decls[b].Seq) })
	e := &Entity{}
	for _, rid := range bySeq {
		d := decls[rid].Entity
		e.ID, e.Kind = d.ID, d.Kind
		for _, f := range []struct {
			dst *string
			src string
		}{
			{&e.Name, d.Name}, {&e.Description, d.Description}, {&e.StartDate, d.StartDate}, {&e.EndDate, d.EndDate},
			{&e.URL, d.URL}, {&e.PublishedAt, d.PublishedAt}, {&e.Source, d.Source}, {&e.Attribution, d.Attribution}, {&e.Text, d.Text},
		} {
			*f.dst = cmp.Or(f.src, *f.dst)
		}
	}
	for _, rid := range reports {
		if decls[rid].Entity.Visibility.Restricted() {
			e.Visibility = VisibilityRestricted
		}
	}
	if edited && edit.Entity.Visibility != "" {
		e.Visibility = edit.Entity.Visibility
	}
	if e.Visibility == VisibilityPublic {
		e.Visibility = ""
	}
	var aliasSources []string
	if named {
		e.ID, e.Kind = edit.Entity.ID, edit.Entity.Kind
		e.Name, e.Description = edit.Entity.Name, edit.Entity.Description
		aliasSources = []string{EditKey}
	} else {
		aliasSources = reports
	}
	if len(reports) > 0 {
		e.Reports = reports
	}
	var aliases []string
	for _, rid := range aliasSources {
		aliases = append(aliases, decls[rid].Entity.Aliases...)
	}
	e.Aliases = DistinctAliases(e.Name, aliases)
	return e
}

// Restate returns what a relation becomes when report rid is loaded anew:
// old (nil if new) loses the evidence rid's annotation gave before (an
// editor's evidence stays) and gains what stated (nil if rid no longer
// states it) gives now; role and place are the first
// its evidence states. It returns nil when no evidence is left: the
// relation is gone. old is not changed.
func Restate(old *Relation, rid string, stated *Relation) *Relation {
	var r *Relation
	if old != nil {
		r = old.Clone()
		r.Evidence = slices.DeleteFunc(r.Evidence, func(ev Evidence) bool { return ev.Report == rid && ev.Editor == "" })
	} else if stated != nil {
		r = &Relation{ID: stated.ID, Type: stated.Type, From: stated.From, To: stated.To}
	}
	if r == nil {
		return nil
	}
	if stated != nil {
		r.Evidence = append(r.Evidence, stated.Evidence...)
		if stated.Visibility.Restricted() {
			r.Visibility = VisibilityRestricted // a report restricts; only an editor lifts it
		}
	}
	if len(r.Evidence) == 0 {
		return nil
	}
	r.Derive()
	return r
}
