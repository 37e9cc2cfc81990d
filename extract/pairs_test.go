package extract_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
)

// TestClassifierAddsWhatTheRulesMiss drafts invented affiliations no
// hand-written rule reads: the rules alone find none of them. The shipped
// classifier must add the membership for most of them (its weights change
// with every retraining, so no one phrasing is pinned), and whatever it
// adds must be that membership, with its rule name, a probability above the
// threshold and a quote naming both.
func TestClassifierAddsWhatTheRulesMiss(t *testing.T) {
	sentences := []string{
		"Dilnoza Rakhimova, who is active in the Steppe Legal Clinic, said that the courts ignore complaints.",
		"Dilnoza Rakhimova, long part of the Steppe Legal Clinic, said that the courts ignore complaints.",
		"Dilnoza Rakhimova, Steppe Legal Clinic, said that the courts ignore complaints.",
		"Dilnoza Rakhimova, for the Steppe Legal Clinic, said that the courts ignore complaints.",
		"Dilnoza Rakhimova, with the Steppe Legal Clinic since 2019, said that the courts ignore complaints.",
	}
	added := 0
	for _, sentence := range sentences {
		text := eventLead + sentence
		rules, err := extract.DraftWith(t.Context(), text, nil, extract.Options{RulesOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := affiliations(rules); len(got) != 0 {
			t.Fatalf("%q: the rules alone found %v: pick a construction they miss", sentence, got)
		}
		got := affiliations(MustDraft(t, text, nil))
		if len(got) > 1 {
			t.Errorf("%q: affiliations %v, want at most one", sentence, got)
		}
		for _, x := range got {
			added++
			if x.Type != rightsgraph.RelMemberOf || x.From != "person/dilnoza-rakhimova" || x.To != "organisation/steppe-legal-clinic" {
				t.Errorf("%q: got %s %s → %s", sentence, x.Type, x.From, x.To)
			}
			if x.Rule != "learned-affiliation" || x.Confidence < extract.DefaultTrain.Add || x.Confidence > 1 {
				t.Errorf("%q: rule %q, confidence %v", sentence, x.Rule, x.Confidence)
			}
			if !strings.Contains(x.Evidence.Quote, "Rakhimova") || !strings.Contains(x.Evidence.Quote, "Steppe Legal Clinic") {
				t.Errorf("%q: quote %q", sentence, x.Evidence.Quote)
			}
		}
	}
	if 2*added < len(sentences) {
		t.Errorf("the classifier added %d of %d memberships, want at least half", added, len(sentences))
	}
}

// TestClassifierAddsEventRelations trains on the development set with a low
// event threshold: the classifier then adds ORGANISED and ATTENDED, each
// from a person or organisation to an event, quoting the text.
func TestClassifierAddsEventRelations(t *testing.T) {
	cases, err := extract.LoadCases(os.DirFS("testdata/eval/dev"), ".")
	if err != nil {
		t.Fatal(err)
	}
	examples, err := extract.PairExamples(t.Context(), cases)
	if err != nil {
		t.Fatal(err)
	}
	cfg := extract.DefaultTrain
	cfg.AddEvent = 0.3
	opts := extract.Options{Pairs: extract.TrainPairModel(examples, cfg)}
	added := 0
	for _, c := range cases {
		r, err := extract.DraftWith(t.Context(), c.Text, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]rightsgraph.Kind{}
		for _, e := range r.Entities {
			kinds[e.ID] = e.Kind
		}
		for _, x := range r.Relations {
			if x.Rule != "learned-event" {
				continue
			}
			added++
			if x.Type != rightsgraph.RelOrganised && x.Type != rightsgraph.RelAttended ||
				kinds[x.From] != rightsgraph.KindPerson && kinds[x.From] != rightsgraph.KindOrganisation ||
				kinds[x.To] != rightsgraph.KindCongress || !strings.Contains(c.Text, x.Evidence.Quote) || x.Confidence < cfg.AddEvent {
				t.Errorf("%s: %s %s → %s (%v) %q", c.Name, x.Type, x.From, x.To, x.Confidence, x.Evidence.Quote)
			}
		}
	}
	if added == 0 {
		t.Error("no event relation added")
	}
}

func affiliations(r *extract.Result) []extract.Relation {
	var out []extract.Relation
	for _, x := range r.Relations {
		if x.Type == rightsgraph.RelLeads || x.Type == rightsgraph.RelMemberOf {
			out = append(out, x)
		}
	}
	return out
}

// TestShippedPairsAreTrainedOnDev trains the classifier twice on the
// development set: the two are the same, and the same as the generated
// file the binary ships (else run go generate ./extract and commit).
func TestShippedPairsAreTrainedOnDev(t *testing.T) {
	cases, err := extract.LoadCases(os.DirFS("testdata/eval/dev"), ".")
	if err != nil {
		t.Fatal(err)
	}
	// The examples once (drafting every dev report is the slow part; make
	// check-generate drafts them again), the training twice.
	examples, err := extract.PairExamples(t.Context(), cases)
	if err != nil {
		t.Fatal(err)
	}
	var srcs [2][]byte
	for i := range srcs {
		if srcs[i], err = extract.TrainPairModel(examples, extract.DefaultTrain).WriteGo("extract/internal/trainpairs"); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(srcs[0], srcs[1]) {
		t.Fatal("two trainings on the same examples differ")
	}
	shipped, err := os.ReadFile("pairweights_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(srcs[0], shipped) {
		t.Fatal("pairweights_gen.go is stale: run go generate ./extract and commit it")
	}
}

// TestTrainPairModelLearnsASeparableCase checks training itself on a toy
// set: a feature that marks each class is learned, with fixed steps.
func TestTrainPairModelLearnsASeparableCase(t *testing.T) {
	var examples []extract.PairExample
	for i := range 12 {
		c := "case" + string(rune('a'+i%4))
		examples = append(examples,
			extract.PairExample{Case: c, Features: []string{"bias", "w:director"}, Class: 1},
			extract.PairExample{Case: c, Features: []string{"bias", "w:lawyer"}, Class: 2},
			extract.PairExample{Case: c, Features: []string{"bias", "w:met"}, Class: 0})
	}
	m := extract.TrainPairModel(examples, extract.DefaultTrain)
	for feat, want := range map[string]int{"w:director": 1, "w:lawyer": 2, "w:met": 0} {
		p := m.Probs([]string{"bias", feat})
		for c := range p {
			if c != want && p[c] >= p[want] {
				t.Errorf("%s: probabilities %v, want class %d most likely", feat, p, want)
			}
		}
	}
}
