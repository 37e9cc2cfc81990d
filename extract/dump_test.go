package extract_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/rightsgraph/rightsgraph/extract"
)

// TestDump writes the draft of DRAFT_FILE to stdout (a tool for tuning).
func TestDump(t *testing.T) {
	path := os.Getenv("DRAFT_FILE")
	if path == "" {
		t.Skip("set DRAFT_FILE to a report's text")
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := extract.Draft(t.Context(), string(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Entities {
		fmt.Printf("E %-13s %-40q %v %.2f %s\n", e.Kind, e.Name, e.Aliases, e.Confidence, e.Rule)
	}
	for _, x := range r.Relations {
		fmt.Printf("R %-10s %s -> %s [%s] (%s) %.2f %s | %.90q\n", x.Type, x.From, x.To, x.Role, x.At, x.Confidence, x.Rule, x.Evidence.Quote)
	}
}
