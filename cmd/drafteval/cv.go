package main

import (
	"context"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
)

// crossValidate scores the learned classifier honestly: the dev reports
// are dealt into k folds (report i to fold i mod k, in name order); each
// fold is drafted with a classifier trained on the other folds only, and
// the counts of all folds are summed. The rules alone, over the same
// reports, print first.
//
// With holdout (report names) the held-out reports are the one fold scored
// and the classifier is trained on all the others: a batch written after
// the rules were tests rules and classifier alike on unseen writers.
func crossValidate(ctx context.Context, dev []extract.Case, k int, holdout []string, cfg extract.TrainConfig, out io.Writer) error {
	fold := map[string]int{}
	scored, title := k, fmt.Sprintf("%d-fold cross-validation by report", k)
	if len(holdout) > 0 {
		for _, c := range dev {
			fold[c.Name] = 1
		}
		for _, h := range holdout {
			h = strings.TrimSuffix(path.Base(h), path.Ext(h))
			if _, ok := fold[h]; !ok {
				return fmt.Errorf("-holdout: no dev report %q", h)
			}
			fold[h] = 0
		}
		scored, title = 1, fmt.Sprintf("trained on the other %d reports", len(dev)-len(holdout))
	} else {
		if k < 2 || k > len(dev) {
			return fmt.Errorf("-cv %d: want 2 to %d folds (one report at least in each)", k, len(dev))
		}
		for i, c := range dev {
			fold[c.Name] = i % k
		}
	}
	examples, err := extract.PairExamples(ctx, dev)
	if err != nil {
		return err
	}
	rules, total := newEvaluation(), newEvaluation()
	n := 0
	for f := range scored {
		train := slices.DeleteFunc(slices.Clone(examples), func(x extract.PairExample) bool { return fold[x.Case] == f })
		test := slices.DeleteFunc(slices.Clone(dev), func(c extract.Case) bool { return fold[c.Name] != f })
		n += len(test)
		ev, err := extract.EvaluateWith(ctx, test, nil, extract.Options{RulesOnly: true})
		if err != nil {
			return err
		}
		rules.Add(ev)
		if ev, err = extract.EvaluateWith(ctx, test, nil, extract.Options{Pairs: extract.TrainPairModel(train, cfg)}); err != nil {
			return err
		}
		total.Add(ev)
	}
	rules.WriteTable(out, fmt.Sprintf("dev (%d reports), rules alone", n))
	total.WriteTable(out, fmt.Sprintf("dev (%d reports), rules and classifier, %s (L2 %g, %d steps, add ≥ %g, events ≥ %g, drop ≥ %g)",
		n, title, cfg.L2, cfg.Iterations, cfg.Add, cfg.AddEvent, cfg.Drop))
	return nil
}

func newEvaluation() *extract.Evaluation {
	return &extract.Evaluation{Entities: map[rightsgraph.Kind]*extract.Score{}, Relations: map[rightsgraph.RelType]*extract.Score{}}
}
