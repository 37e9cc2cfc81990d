package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
)

// fromGold turns a gold graph into a draft that says exactly the same.
func fromGold(c extract.Case) *extract.Result {
	r := &extract.Result{Text: c.Text}
	for _, e := range c.Gold.Entities {
		r.Entities = append(r.Entities, extract.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: e.Aliases, Confidence: 1, Rule: "gold"})
	}
	for _, x := range c.Gold.Relations {
		from, to := x.From, x.To
		if from == c.Gold.Report.ID {
			from = extract.ReportRef
		}
		if to == c.Gold.Report.ID {
			to = extract.ReportRef
		}
		for _, ev := range x.Evidence {
			r.Relations = append(r.Relations, extract.Relation{Type: x.Type, From: from, To: to, Confidence: 1, Rule: "gold",
				Evidence: extract.Evidence{Quote: ev.Quote, Start: ev.Start, End: ev.End}})
		}
	}
	return r
}

func TestScorer(t *testing.T) {
	cases, err := extract.LoadCases(os.DirFS("testdata/eval"), "dev")
	if err != nil || len(cases) == 0 {
		t.Fatalf("dev cases: %v (%d)", err, len(cases))
	}
	t.Run("gold scores 1", func(t *testing.T) {
		for _, c := range cases {
			ev := extract.ScoreDraft(fromGold(c), c.Gold)
			for k, s := range ev.Entities {
				if s.FP != 0 || s.FN != 0 {
					t.Errorf("%s: %s %+v", c.Name, k, *s)
				}
			}
			for ty, s := range ev.Relations {
				if s.FP != 0 || s.FN != 0 {
					t.Errorf("%s: %s %+v", c.Name, ty, *s)
				}
			}
		}
	})
	t.Run("an empty draft scores 0", func(t *testing.T) {
		c := cases[0]
		ev := extract.ScoreDraft(&extract.Result{Text: c.Text}, c.Gold)
		if s := ev.Entities[rightsgraph.KindPerson]; s == nil || s.TP != 0 || s.FN == 0 || s.Recall() != 0 {
			t.Errorf("persons %+v", s)
		}
	})
	t.Run("a wrong end is a miss and an addition", func(t *testing.T) {
		c := cases[0]
		r := fromGold(c)
		for i, x := range r.Relations {
			if x.Type == rightsgraph.RelLeads || x.Type == rightsgraph.RelMemberOf {
				r.Relations[i].To = "organisation/nowhere"
				break
			}
		}
		ev := extract.ScoreDraft(r, c.Gold)
		if ev.LeadsMember.FP != 1 || ev.LeadsMember.FN != 1 {
			t.Errorf("LEADS ∪ MEMBER_OF %+v", ev.LeadsMember)
		}
	})
	t.Run("table", func(t *testing.T) {
		ev, err := extract.Evaluate(t.Context(), cases[:1], extract.EntitiesKnown(extract.GoldEntities(cases[:1])))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		ev.WriteTable(&b, "one")
		for _, want := range []string{"== one", "PERSON", "LEADS ∪ MEMBER_OF", "linking accuracy", "words/s"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("table lacks %q:\n%s", want, b.String())
			}
		}
		if ev.LinkTotal == 0 || ev.Linked != ev.LinkTotal {
			t.Errorf("linking against its own gold: %d of %d", ev.Linked, ev.LinkTotal)
		}
	})
}
