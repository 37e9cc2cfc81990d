package inmem

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// Restricted returns every entity that is restricted or that a restricted
// report declares, and every relation that is restricted or has evidence
// from a restricted report, with the ids of all reports (see
// rightsgraph.Store).
func (s *Store) Restricted(context.Context) (*rightsgraph.Restrictions, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := &rightsgraph.Restrictions{}
	reports := map[string]bool{}
	for _, r := range s.entities {
		if e := r.current; e.Kind == rightsgraph.KindReport {
			out.Reports = append(out.Reports, e.ID)
			if e.Visibility.Restricted() {
				reports[e.ID] = true
			}
		}
	}
	for _, r := range s.entities {
		e := r.current
		if e.Visibility.Restricted() || slices.ContainsFunc(e.Reports, func(id string) bool { return reports[id] }) {
			out.Entities = append(out.Entities, e.Clone())
		}
	}
	for _, r := range s.relations {
		if r.Visibility.Restricted() || len(reports) > 0 && slices.ContainsFunc(r.Evidence, func(ev rightsgraph.Evidence) bool { return reports[ev.Report] }) {
			out.Relations = append(out.Relations, r.Clone())
		}
	}
	return out, nil
}
