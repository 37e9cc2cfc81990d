package rightsgraph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// View is what a request without clearance may see of one revision of the
// graph: the entities and relations it may not see (hidden), the evidence it
// may not see (from restricted reports), and the names those hidden
// entities go by, which are masked in every text it is served.
//
// An entity is hidden when it is restricted, or when every report that
// declares it is restricted; a relation when it is restricted, an end of
// it is hidden, or every piece of its evidence comes from a restricted
// report. A report the view does not know (loaded since) counts as
// restricted until the next view, so that nothing slips through between
// the view and a read.
type View struct {
	Revision int64
	// Key identifies what the view hides and masks: two views with the
	// same Key serve the same graph alike.
	Key string

	reports         map[string]bool // every report known, by id: true when restricted
	hiddenEntities  map[string]*Entity
	hiddenRelations map[string]*Relation
	// lessRelations and lessEvidence count, by entity id, the hidden
	// relations and the hidden pieces of evidence of its visible ones.
	lessRelations map[string]int
	lessEvidence  map[string]int
	// hiddenPieces counts the hidden pieces of evidence of visible relations.
	hiddenPieces int
	mask         *masker
}

// Restrictions is what a store says restriction touches (Store.Restricted).
type Restrictions struct {
	// Entities that are restricted or that a restricted report declares.
	Entities []*Entity
	// Relations that are restricted or have evidence from a restricted report.
	Relations []*Relation
	// Reports lists the id of every report, restricted or not.
	Reports []string
}

// newView derives the view of a revision from what the store says
// restriction touches, reading the relations of the hidden entities.
func newView(ctx context.Context, s Store, rev int64) (*View, error) {
	rs, err := s.Restricted(AsSystem(ctx))
	if err != nil {
		return nil, err
	}
	v := &View{
		Revision: rev, reports: map[string]bool{}, hiddenEntities: map[string]*Entity{},
		hiddenRelations: map[string]*Relation{}, lessRelations: map[string]int{}, lessEvidence: map[string]int{},
	}
	for _, id := range rs.Reports {
		v.reports[id] = false
	}
	for _, e := range rs.Entities {
		if e.Kind == KindReport && e.Visibility.Restricted() {
			v.reports[e.ID] = true
		}
	}
	for _, e := range rs.Entities {
		if v.entityHidden(e) {
			v.hiddenEntities[e.ID] = e
		}
	}
	touching, err := s.RelationsByEntityIDs(AsSystem(ctx), slices.Sorted(maps.Keys(v.hiddenEntities)))
	if err != nil {
		return nil, err
	}
	relations := map[string]*Relation{}
	for _, r := range rs.Relations {
		relations[r.ID] = r
	}
	for _, list := range touching {
		for _, r := range list {
			relations[r.ID] = r
		}
	}
	for _, r := range relations {
		if v.relationHidden(r) {
			v.hiddenRelations[r.ID] = r
			v.lessRelations[r.From]++
			v.lessRelations[r.To]++
			v.lessEvidence[r.From] += len(r.Evidence)
			v.lessEvidence[r.To] += len(r.Evidence)
			continue
		}
		for _, ev := range r.Evidence {
			if !v.evidenceVisible(ev) {
				v.hiddenPieces++
				v.lessEvidence[r.From]++
				v.lessEvidence[r.To]++
			}
		}
	}
	var names []string
	for _, id := range slices.Sorted(maps.Keys(v.hiddenEntities)) {
		names = append(names, v.hiddenEntities[id].Names()...)
	}
	v.mask = newMasker(names)
	v.Key = fmt.Sprintf("%d/%d/%s", len(v.hiddenEntities), len(v.hiddenRelations), v.mask.key())
	return v, nil
}

// entityHidden reports whether e is hidden, from e itself and the
// reports the view knows.
func (v *View) entityHidden(e *Entity) bool {
	if e.Visibility.Restricted() || v.hiddenEntities[e.ID] != nil {
		return true
	}
	if len(e.Reports) == 0 {
		return false // an editor's own entity
	}
	return !slices.ContainsFunc(e.Reports, func(id string) bool { return !v.reportHidden(id) })
}

// evidenceVisible reports whether a piece of evidence comes from a report
// the view knows as public.
func (v *View) evidenceVisible(ev Evidence) bool { return !v.reportHidden(ev.Report) }

// relationHidden reports whether r is hidden.
func (v *View) relationHidden(r *Relation) bool {
	if r.Visibility.Restricted() || v.hiddenRelations[r.ID] != nil ||
		v.hiddenEntities[r.From] != nil || v.hiddenEntities[r.To] != nil {
		return true
	}
	return !slices.ContainsFunc(r.Evidence, v.evidenceVisible)
}

// Entity returns e as the view shows it, or nil when it is hidden: its
// texts masked, its list of reports without the restricted ones. e is
// not changed; it is returned as it is when the view changes nothing.
func (v *View) Entity(e *Entity) *Entity {
	if e == nil || v.entityHidden(e) {
		return nil
	}
	if v.mask.empty() && !slices.ContainsFunc(e.Reports, v.reportHidden) {
		return e
	}
	m := v.mask.apply
	name, desc, attribution, source, text := m(e.Name), m(e.Description), m(e.Attribution), m(e.Source), m(e.Text)
	aliases := make([]string, len(e.Aliases))
	changed := name != e.Name || desc != e.Description || attribution != e.Attribution || source != e.Source || text != e.Text ||
		slices.ContainsFunc(e.Reports, v.reportHidden)
	for i, a := range e.Aliases {
		aliases[i] = m(a)
		changed = changed || aliases[i] != a
	}
	if !changed {
		return e
	}
	c := e.Clone()
	c.Name, c.Description, c.Attribution, c.Source, c.Text, c.Aliases = name, desc, attribution, source, text, aliases
	c.Reports = slices.DeleteFunc(c.Reports, v.reportHidden)
	return c
}

// Relation returns r as the view shows it, or nil when it is hidden:
// without the evidence of restricted reports, without a congress that is
// hidden, its quotes and roles masked. r is not changed; it is returned as
// it is when the view changes nothing.
func (v *View) Relation(r *Relation) *Relation {
	if r == nil || v.relationHidden(r) {
		return nil
	}
	if v.mask.empty() && !slices.ContainsFunc(r.Evidence, func(ev Evidence) bool { return !v.evidenceVisible(ev) }) {
		return r // nothing hidden anywhere near
	}
	changed := false
	evs := make([]Evidence, 0, len(r.Evidence))
	for _, ev := range r.Evidence {
		if !v.evidenceVisible(ev) {
			changed = true
			continue
		}
		if v.hiddenEntities[ev.At] != nil {
			ev.At, changed = "", true
		}
		if quote, role := v.mask.apply(ev.Quote), v.mask.apply(ev.Role); quote != ev.Quote || role != ev.Role {
			ev.Quote, ev.Role, changed = quote, role, true
		}
		evs = append(evs, ev)
	}
	if !changed {
		return r
	}
	c := r.Clone()
	c.Evidence = evs
	c.Derive()
	return c
}

// reportHidden reports whether the view hides report id: restricted, or
// unknown to it.
func (v *View) reportHidden(id string) bool {
	restricted, known := v.reports[id]
	return restricted || !known
}

// Hides reports whether the view hides the entity or relation id.
func (v *View) Hides(id string) bool {
	return v.hiddenEntities[id] != nil || v.hiddenRelations[id] != nil
}

// states reports whether report id declares an entity or gives evidence
// for a relation that the view (nil: none) hides.
func (v *View) states(id string) bool {
	if v == nil {
		return false
	}
	for _, e := range v.hiddenEntities {
		if slices.Contains(e.Reports, id) {
			return true
		}
	}
	for _, r := range v.hiddenRelations {
		if slices.ContainsFunc(r.Evidence, func(ev Evidence) bool { return ev.Report == id }) {
			return true
		}
	}
	return false
}

// tells reports whether s names an entity or relation the view (nil:
// none) hides, by name or by id.
func (v *View) tells(s string) bool {
	if v == nil {
		return false
	}
	if v.Mask(s) != s {
		return true
	}
	for id := range v.hiddenEntities {
		if strings.Contains(s, id) {
			return true
		}
	}
	for id := range v.hiddenRelations {
		if strings.Contains(s, id) {
			return true
		}
	}
	return false
}

// Mask returns s with every name of a hidden entity masked.
func (v *View) Mask(s string) string { return v.mask.apply(s) }

// viewSlot holds the view of one request, so that a request computes it
// once however many reads it makes.
type viewSlot struct {
	mu sync.Mutex
	v  *View
}

type viewSlotKey struct{}

// WithRequestView returns ctx that keeps, for the reads made with it, the
// view of the first of them: one request then sees one view throughout,
// and asks the store for its revision once.
func WithRequestView(ctx context.Context) context.Context {
	return context.WithValue(ctx, viewSlotKey{}, &viewSlot{})
}

// ViewOf returns the view of the request ctx stands for, or nil when it
// may see everything (see Cleared) or s is not guarded (see Guard). A
// store that wraps another says so with an Unwrap method.
func ViewOf(ctx context.Context, s Store) (*View, error) {
	if Cleared(ctx) {
		return nil, nil
	}
	for {
		switch t := s.(type) {
		case *guarded:
			return t.view(ctx)
		case interface{ Unwrap() Store }:
			s = t.Unwrap()
		default:
			return nil, nil
		}
	}
}

// hiddenError is what reading a hidden entity gives: what an unknown id
// gives, word for word.
func hiddenError(id string) error { return Errorf(ENOTFOUND, "no entity with id %q", id) }

// CheckVisible fails as an unknown id does when ctx's view hides any of
// ids, so that an edit of something hidden reads as an edit of nothing.
func CheckVisible(ctx context.Context, s Store, ids ...string) error {
	v, err := ViewOf(ctx, s)
	if err != nil || v == nil {
		return err
	}
	for _, id := range ids {
		if id == "" || !v.Hides(id) {
			continue
		}
		if _, _, _, ok := SplitRelationID(id); ok {
			return Errorf(ENOTFOUND, "no relation with id %q", id)
		}
		return hiddenError(id)
	}
	return nil
}

// hides reports whether the view (nil: none) hides e; nil e is hidden.
func (v *View) hides(e *Entity) bool {
	return v != nil && e != nil && v.entityHidden(e)
}

// masks reports whether an editor's change in would overwrite a name,
// alias or description of e that the view shows masked: written back, the
// masked text would destroy what it hides.
func (v *View) masks(e *Entity, in EntityInput) bool {
	shown := v.Entity(e)
	if shown == nil {
		return false
	}
	return in.Name != "" && shown.Name != e.Name ||
		in.Aliases != nil && !slices.Equal(shown.Aliases, e.Aliases) ||
		in.Description != nil && shown.Description != e.Description
}
