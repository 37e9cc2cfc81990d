package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunPrintsTheTables(t *testing.T) {
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", smallCorpus(t), "-sets", "dev"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== dev (", " reports)", "PERSON", "LEADS ∪ MEMBER_OF", "words/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunRefusesAMissingFolder(t *testing.T) {
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", t.TempDir(), "-sets", "dev"}, &out); err == nil {
		t.Fatal("no error for a folder without the dev set")
	}
}

func TestRunSaysTheHeldOutSetIsEmpty(t *testing.T) {
	dir := smallCorpus(t)
	if err := os.Mkdir(filepath.Join(dir, "heldout"), 0o755); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", dir, "-sets", "dev,heldout"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "== dev (") || !strings.Contains(out.String(), "== held-out: no reports in ") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestRunRefusesABrokenHeldOutSet(t *testing.T) {
	dir := smallCorpus(t)
	if err := os.Mkdir(filepath.Join(dir, "heldout"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "heldout", "x.yaml"), []byte("report: ["), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", dir, "-sets", "heldout"}, &out); err == nil {
		t.Fatal("no error for an annotation that does not parse")
	}
}

func TestRunCrossValidates(t *testing.T) {
	var out strings.Builder
	dir := smallCorpus(t)
	if err := run(t.Context(), []string{"-dir", dir, "-cv", "3"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{fmt.Sprintf("== dev (%d reports), rules alone", devReports(t, dir)), "3-fold cross-validation by report", "LEADS ∪ MEMBER_OF"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "bundled") || strings.Contains(out.String(), "held-out") {
		t.Errorf("-cv scores only the dev set:\n%s", out.String())
	}
}

func TestRunRefusesTooManyFolds(t *testing.T) {
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", smallCorpus(t), "-cv", "1000"}, &out); err == nil {
		t.Fatal("no error for more folds than reports")
	}
}

func TestRunHoldsOutReports(t *testing.T) {
	var out strings.Builder
	dir := smallCorpus(t)
	args := []string{"-dir", dir, "-holdout", "2024-05-gomel-court-watch-report,2023-03-kazan-forum-on-disability-rights.yaml"}
	if err := run(t.Context(), args, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== dev (2 reports), rules alone", fmt.Sprintf("trained on the other %d reports", devReports(t, dir)-2)} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run(t.Context(), []string{"-dir", dir, "-holdout", "no-such-report"}, &out); err == nil {
		t.Fatal("no error for a report the dev set lacks")
	}
}

// devReports counts the annotations of the development set in dir.
func devReports(t *testing.T, dir string) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "dev", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no development reports: %v", err)
	}
	return len(files)
}

// smallCorpus copies eight development reports (two that the hold-out test
// names among them) into a new folder's dev/: the commands' tests check
// what they print and refuse, which a few reports show as well as the
// whole set, and drafting all of it under the race detector takes minutes.
func smallCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "dev"), 0o755); err != nil {
		t.Fatal(err)
	}
	all, err := filepath.Glob("../../extract/testdata/eval/dev/*.yaml")
	if err != nil || len(all) < 6 {
		t.Fatalf("too few development reports: %v", err)
	}
	picked := append(all[:6:6], "../../extract/testdata/eval/dev/2024-05-gomel-court-watch-report.yaml", "../../extract/testdata/eval/dev/2023-03-kazan-forum-on-disability-rights.yaml")
	for _, y := range picked {
		for _, f := range []string{y, strings.TrimSuffix(y, ".yaml") + ".txt"} {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "dev", filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}
