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

// MergeDeclarations derives an entity from the declarations of the reports
// that declare it, by report id: the fields of the latest declaration, the
// aliases of all of them (without repeats or the name), and the sorted ids
// of the declaring reports. It returns nil for no declarations: then no
// report declares the entity any more, and it is gone. Every store uses
// it, so that all of them merge alike.
func MergeDeclarations(decls map[string]Declaration) *Entity {
	if len(decls) == 0 {
		return nil
	}
	reports := slices.Sorted(maps.Keys(decls))
	latest := slices.MaxFunc(reports, func(a, b string) int { return cmp.Compare(decls[a].Seq, decls[b].Seq) })
	e := decls[latest].Entity.Clone()
	e.Reports = reports
	seen := map[string]bool{Normalize(e.Name): true}
	e.Aliases = nil
	for _, rid := range reports {
		for _, a := range decls[rid].Entity.Aliases {
			if n := Normalize(a); !seen[n] {
				seen[n] = true
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	return e
}

// Restate returns what a relation becomes when report rid is loaded anew:
// old (nil if new) loses the evidence rid gave before and gains what stated
// (nil if rid no longer states it) gives now, and the latest statement sets
// role and place. It returns nil when no evidence is left: the relation is
// gone. old is not changed.
func Restate(old *Relation, rid string, stated *Relation) *Relation {
	var r *Relation
	if old != nil {
		r = old.Clone()
		r.Evidence = slices.DeleteFunc(r.Evidence, func(ev Evidence) bool { return ev.Report == rid })
	} else if stated != nil {
		r = &Relation{ID: stated.ID, Type: stated.Type, From: stated.From, To: stated.To}
	}
	if r == nil {
		return nil
	}
	if stated != nil {
		r.Role, r.At = stated.Role, stated.At
		r.Evidence = append(r.Evidence, stated.Evidence...)
	}
	if len(r.Evidence) == 0 {
		return nil
	}
	r.Evidence = SortEvidence(r.Evidence)
	return r
}
