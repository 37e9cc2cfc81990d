package rightsgraph_test

import (
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestLeanRelation checks that a lean relation keeps each report of its
// evidence once, in order, and nothing else of it, whatever the order of
// the evidence it is made of.
func TestLeanRelation(t *testing.T) {
	full := func(evs ...rightsgraph.Evidence) *rightsgraph.Relation {
		return &rightsgraph.Relation{ID: "a|LEADS|b", Type: rightsgraph.RelLeads, From: "a", To: "b", Role: "head", At: "c",
			Visibility: rightsgraph.VisibilityRestricted, Evidence: evs}
	}
	want := &rightsgraph.Relation{ID: "a|LEADS|b", Type: rightsgraph.RelLeads, From: "a", To: "b", Visibility: rightsgraph.VisibilityRestricted,
		Evidence: []rightsgraph.Evidence{{Report: "report/x"}, {Report: "report/y"}}}
	x1 := rightsgraph.Evidence{Report: "report/x", Quote: "one", Start: 1, End: 4, Role: "head", At: "c"}
	x2 := rightsgraph.Evidence{Report: "report/x", Quote: "two", Start: 9, End: 12, Editor: "ed"}
	y := rightsgraph.Evidence{Report: "report/y", Quote: "three", Start: 2, End: 7}
	for name, r := range map[string]*rightsgraph.Relation{
		"sorted":   full(x1, x2, y),
		"unsorted": full(y, x1, x2),
		"apart":    full(x1, y, x2),
	} {
		if got := rightsgraph.LeanRelation(r); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: LeanRelation = %+v, want %+v", name, got, want)
		}
	}
	if got := rightsgraph.LeanRelation(full()); got.Evidence != nil || got.Role != "" {
		t.Errorf("LeanRelation without evidence = %+v", got)
	}
}

// TestCopier checks that a Copier's copies, made in blocks, equal those
// made one by one (Clone, LeanEntity, LeanRelation), nil and empty lists
// included, and that each is its own: growing a copy's lists, with room
// in the block after them, changes no other copy.
func TestCopier(t *testing.T) {
	entities := []*rightsgraph.Entity{
		{ID: "person/a", Kind: rightsgraph.KindPerson, Name: "A", Aliases: []string{"Ay", "Aa"}, Description: "d", Reports: []string{"report/x"}},
		{ID: "person/b", Kind: rightsgraph.KindPerson, Name: "B", Aliases: []string{}, Reports: []string{"report/x", "report/y"}},
		{ID: "org/c", Kind: rightsgraph.KindOrganisation, Name: "C", Visibility: rightsgraph.VisibilityRestricted},
	}
	relations := []*rightsgraph.Relation{
		{ID: "person/a|LEADS|org/c", Type: rightsgraph.RelLeads, From: "person/a", To: "org/c", Role: "head", Evidence: []rightsgraph.Evidence{
			{Report: "report/x", Quote: "q", Start: 1, End: 2}, {Report: "report/x", Quote: "r", Start: 3, End: 4}, {Report: "report/y"}}},
		{ID: "person/b|MEMBER_OF|org/c", Type: rightsgraph.RelMemberOf, From: "person/b", To: "org/c", Evidence: []rightsgraph.Evidence{}},
		{ID: "person/b|LEADS|org/c", Type: rightsgraph.RelLeads, From: "person/b", To: "org/c"},
	}
	for _, grow := range []bool{false, true} {
		t.Run(map[bool]string{false: "blocks", true: "grown"}[grow], func(t *testing.T) {
			var c rightsgraph.Copier
			if grow {
				c.Grow(2*len(entities), 2*len(relations))
			}
			var whole, lean []*rightsgraph.Entity
			for _, e := range entities {
				whole, lean = append(whole, c.Entity(e)), append(lean, c.LeanEntity(e))
			}
			var wholeRels, leanRels []*rightsgraph.Relation
			for _, r := range relations {
				wholeRels, leanRels = append(wholeRels, c.Relation(r)), append(leanRels, c.LeanRelation(r))
			}
			for i, e := range entities {
				if !reflect.DeepEqual(whole[i], e.Clone()) || !reflect.DeepEqual(lean[i], rightsgraph.LeanEntity(e)) {
					t.Errorf("copies of %s: %+v and %+v, want %+v and %+v", e.ID, whole[i], lean[i], e.Clone(), rightsgraph.LeanEntity(e))
				}
			}
			for i, r := range relations {
				if !reflect.DeepEqual(wholeRels[i], r.Clone()) || !reflect.DeepEqual(leanRels[i], rightsgraph.LeanRelation(r)) {
					t.Errorf("copies of %s: %+v and %+v, want %+v and %+v", r.ID, wholeRels[i], leanRels[i], r.Clone(), rightsgraph.LeanRelation(r))
				}
			}
			for i := range whole {
				whole[i].Aliases = append(whole[i].Aliases, "grown")
				whole[i].Reports = append(whole[i].Reports, "report/grown")
				lean[i].Reports = append(lean[i].Reports, "report/grown")
			}
			for i := range wholeRels {
				wholeRels[i].Evidence = append(wholeRels[i].Evidence, rightsgraph.Evidence{Report: "report/grown"})
				leanRels[i].Evidence = append(leanRels[i].Evidence, rightsgraph.Evidence{Report: "report/grown"})
			}
			for i, e := range entities {
				if !reflect.DeepEqual(whole[i].Aliases[:len(e.Aliases)], e.Aliases) && len(e.Aliases) > 0 ||
					!slicesEqual(whole[i].Reports[:len(e.Reports)], e.Reports) || !slicesEqual(lean[i].Reports[:len(e.Reports)], e.Reports) {
					t.Errorf("copies of %s changed by another's growth: %+v, %+v", e.ID, whole[i], lean[i])
				}
			}
			for i, r := range relations {
				want := r.Clone()
				if got := wholeRels[i].Evidence[:len(want.Evidence)]; len(want.Evidence) > 0 && !reflect.DeepEqual(got, want.Evidence) {
					t.Errorf("copy of %s changed by another's growth: %+v", r.ID, got)
				}
				wantLean := rightsgraph.LeanRelation(r)
				if got := leanRels[i].Evidence[:len(wantLean.Evidence)]; len(wantLean.Evidence) > 0 && !reflect.DeepEqual(got, wantLean.Evidence) {
					t.Errorf("lean copy of %s changed by another's growth: %+v", r.ID, got)
				}
			}
		})
	}
}

func slicesEqual(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}
