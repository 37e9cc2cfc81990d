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
