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

// TestGenerateKeepsReportsWithinTheTextLimit asks for more relations than
// one report's text may hold: the relations are spread over more reports,
// each valid.
func TestGenerateKeepsReportsWithinTheTextLimit(t *testing.T) {
	gs := synth.Generate(synth.Options{Reports: 1, Entities: 2000, Relations: 120_000, Seed: 3})
	if len(gs) < 2 {
		t.Fatalf("%d report for 120,000 relations, want more", len(gs))
	}
	for i, g := range gs {
		if err := g.Validate(); err != nil {
			t.Errorf("report %d: %v", i, err)
		}
	}
}
