// Command drafteval scores the drafter (package extract) against the gold
// annotations: the bundled report, and the dev and held-out sets of
// extract/testdata/eval. It prints precision, recall and F1 per kind and
// relationship type, linking accuracy and speed. `make eval` runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"

	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/seed"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "drafteval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("drafteval", flag.ContinueOnError)
	dir := fs.String("dir", "extract/testdata/eval", "folder of the dev/ and heldout/ sets")
	sets := fs.String("sets", "bundled,dev,heldout", "which sets to score")
	misses := fs.String("misses", "", "instead of scores, list what the drafts of the dev set miss and add, of these kinds and relation types (comma-separated, or all)")
	cv := fs.Int("cv", 0, "instead of scores, cross-validate the affiliation classifier on the dev set with this many folds by report, next to the rules alone")
	holdout := fs.String("holdout", "", "instead of scores, score these dev reports (comma-separated names) with a classifier trained on the other dev reports, next to the rules alone")
	rulesOnly := fs.Bool("rules", false, "score the rules alone, without the affiliation classifier")
	train := fs.String("train", "", "score with a classifier trained on this folder's annotations instead of the shipped one")
	cfg := extract.DefaultTrain
	fs.Float64Var(&cfg.L2, "l2", cfg.L2, "classifier training (-cv, -train): L2 penalty")
	fs.IntVar(&cfg.Iterations, "steps", cfg.Iterations, "classifier training (-cv, -train): gradient steps")
	fs.IntVar(&cfg.MinCases, "mincases", cfg.MinCases, "classifier training (-cv, -train): reports a feature must occur in")
	fs.BoolVar(&cfg.RuleFeatures, "rulefeatures", cfg.RuleFeatures, "classifier training (-cv, -train): let the model see what the rules made of a pair")
	fs.Float64Var(&cfg.Add, "add", cfg.Add, "classifier: probability above which it adds LEADS or MEMBER_OF")
	fs.Float64Var(&cfg.AddEvent, "addevent", cfg.AddEvent, "classifier: probability above which it adds ORGANISED or ATTENDED")
	fs.Float64Var(&cfg.Drop, "drop", cfg.Drop, "classifier: probability of neither above which it withdraws a rule's LEADS or MEMBER_OF (0: never)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts := extract.Options{RulesOnly: *rulesOnly}
	if *train != "" {
		cases, err := extract.LoadCases(os.DirFS(filepath.Clean(*train)), ".")
		if err != nil {
			return err
		}
		examples, err := extract.PairExamples(ctx, cases)
		if err != nil {
			return err
		}
		opts.Pairs = extract.TrainPairModel(examples, cfg)
	}
	if *misses != "" {
		return listMisses(ctx, *dir, *misses, opts, out)
	}
	if *cv > 0 || *holdout != "" {
		dev, err := extract.LoadCases(os.DirFS(filepath.Clean(*dir)), "dev")
		if err != nil {
			return err
		}
		return crossValidate(ctx, dev, *cv, splitComma(*holdout), cfg, out)
	}
	want := map[string]bool{}
	for _, s := range splitComma(*sets) {
		want[s] = true
	}
	if want["bundled"] {
		cases, err := extract.LoadCases(seed.Bundled(), ".")
		if err != nil {
			return err
		}
		ev, err := extract.EvaluateWith(ctx, cases, nil, opts)
		if err != nil {
			return err
		}
		ev.WriteTable(out, fmt.Sprintf("bundled (%d report)", len(cases)))
	}
	evalFS := os.DirFS(filepath.Clean(*dir))
	dev, err := extract.LoadCases(evalFS, "dev")
	if err != nil {
		return err
	}
	if want["dev"] {
		ev, err := extract.EvaluateWith(ctx, dev, nil, opts)
		if err != nil {
			return err
		}
		ev.WriteTable(out, fmt.Sprintf("dev (%d reports)", len(dev)))
	}
	if want["heldout"] {
		// The held-out set is written apart from the drafter and may not
		// be there yet: say so rather than fail the whole run.
		if files, _ := iofs.Glob(evalFS, "heldout/*.yaml"); len(files) == 0 {
			fmt.Fprintf(out, "== held-out: no reports in %s (not scored)\n", filepath.Join(*dir, "heldout"))
			return nil
		}
		held, err := extract.LoadCases(evalFS, "heldout")
		if err != nil {
			return err
		}
		// Linking: the held-out reports against what the dev reports hold.
		ev, err := extract.EvaluateWith(ctx, held, extract.EntitiesKnown(extract.GoldEntities(dev)), opts)
		if err != nil {
			return err
		}
		ev.WriteTable(out, fmt.Sprintf("held-out (%d reports, linked against dev)", len(held)))
	}
	return nil
}

// listMisses prints, for tuning on the dev set only, the gold items each
// draft misses ("-") and the drafted items gold lacks ("+").
func listMisses(ctx context.Context, dir, kinds string, opts extract.Options, out io.Writer) error {
	dev, err := extract.LoadCases(os.DirFS(filepath.Clean(dir)), "dev")
	if err != nil {
		return err
	}
	if kinds == "all" {
		kinds = ""
	}
	for _, c := range dev {
		r, err := extract.DraftWith(ctx, c.Text, nil, opts)
		if err != nil {
			return fmt.Errorf("%s: %w", c.Name, err)
		}
		fmt.Fprintln(out, "==", c.Name)
		for _, line := range extract.Misses(r, c.Gold, kinds) {
			fmt.Fprintln(out, line)
		}
	}
	return nil
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
