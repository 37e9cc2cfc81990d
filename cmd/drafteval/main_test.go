package main

import (
	"strings"
	"testing"
)

func TestRunPrintsTheTables(t *testing.T) {
	var out strings.Builder
	if err := run(t.Context(), []string{"-dir", "../../extract/testdata/eval", "-sets", "dev"}, &out); err != nil {
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
