package synth_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph/synth"
)

func TestGenerateIsValidAndReproducible(t *testing.T) {
	o := synth.Options{Reports: 3, Entities: 60, Relations: 500, Seed: 7}
	a, b := synth.Generate(o), synth.Generate(o)
	if len(a) != 3 {
		t.Fatalf("%d reports, want 3", len(a))
	}
	rels := 0
	for i, g := range a {
		if err := g.Validate(); err != nil {
			t.Errorf("report %d: %v", i, err)
		}
		if g.Report.Text != b[i].Report.Text {
			t.Errorf("report %d differs between two runs with the same seed", i)
		}
		for _, r := range g.Relations {
			rels += len(r.Evidence)
		}
	}
	if rels < 400 {
		t.Errorf("%d statements, want most of the 500 asked for", rels)
	}
}
