package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph/extract"
)

// crossValidate scores the learned classifier honestly: the dev reports
// are dealt into k folds (report i to fold i mod k, in name order); each
// fold is drafted with a classifier trained on the other folds only, and
// the counts of all folds are summed. The rules alone, over the same
// reports, print first.
func crossValidate(ctx context.Context, dev []extract.Case, k int, cfg extract.TrainConfig, out io.Writer) error {
	if k < 2 || k > len(dev) {
		return fmt.Errorf("-cv %d: want 2 to %d folds (one report at least in each)", k, len(dev))
	}
	rules, err := extract.EvaluateWith(ctx, dev, nil, extract.Options{RulesOnly: true})
	if err != nil {
		return err
	}
	rules.WriteTable(out, fmt.Sprintf("dev (%d reports), rules alone", len(dev)))
	examples, err := extract.PairExamples(ctx, dev)
	if err != nil {
		return err
	}
	fold := map[string]int{}
	for i, c := range dev {
		fold[c.Name] = i % k
	}
	var total *extract.Evaluation
	for f := range k {
		var train []extract.PairExample
		for _, x := range examples {
			if fold[x.Case] != f {
				train = append(train, x)
			}
		}
		var test []extract.Case
		for _, c := range dev {
			if fold[c.Name] == f {
				test = append(test, c)
			}
		}
		ev, err := extract.EvaluateWith(ctx, test, nil, extract.Options{Pairs: extract.TrainPairModel(train, cfg)})
		if err != nil {
			return err
		}
		if total == nil {
			total = ev
		} else {
			total.Add(ev)
		}
	}
	total.WriteTable(out, fmt.Sprintf("dev (%d reports), rules and classifier, %d-fold cross-validation by report (L2 %g, %d steps, add ≥ %g, drop ≥ %g)",
		len(dev), k, cfg.L2, cfg.Iterations, cfg.Add, cfg.Drop))
	return nil
}
