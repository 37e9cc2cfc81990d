package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// conformanceDir holds the audit script and its npm packages.
const conformanceDir = "../../conformance"

// auditSummary is what conformance/audit.mjs prints.
type auditSummary struct {
	Pass       int `json:"pass"`
	MustFail   int `json:"mustFail"`
	ShouldFail int `json:"shouldFail"`
	MayFail    int `json:"mayFail"`
	Total      int `json:"total"`
	Failures   []struct {
		ID       string          `json:"id"`
		Name     string          `json:"name"`
		Reason   string          `json:"reason"`
		Status   string          `json:"status"`
		Response json.RawMessage `json:"response"`
	} `json:"failures"`
}

// TestConformance runs the graphql-http server audit of the GraphQL-over-HTTP
// spec against the live /graphql endpoint. A failed MUST audit fails the
// test; SHOULD and MAY failures are logged. Without node or the npm packages
// of conformance/ it skips, unless REQUIRE_CONFORMANCE=1, where it fails
// (install them with: cd conformance && npm ci).
func TestConformance(t *testing.T) {
	node, missing := conformanceRunner()
	if missing != "" {
		if os.Getenv("REQUIRE_CONFORMANCE") == "1" {
			t.Fatalf("%s (REQUIRE_CONFORMANCE=1)", missing)
		}
		t.Skip(missing)
	}
	base, _ := startServer(t)
	waitReady(t, base)

	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, node, filepath.Join(conformanceDir, "audit.mjs"), base+"/graphql")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	// Exit code 1 is the script's "a MUST audit failed", with the summary
	// printed all the same; any other failure is the script's own.
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("audit.mjs: %v\nstderr: %s\nstdout: %s", err, stderr.Bytes(), stdout.Bytes())
	}
	var sum auditSummary
	if jerr := json.Unmarshal(stdout.Bytes(), &sum); jerr != nil {
		t.Fatalf("audit.mjs printed %q: %v\nstderr: %s", stdout.Bytes(), jerr, stderr.Bytes())
	}
	t.Logf("graphql-http audit of %s/graphql: %d audits, %d passed, %d MUST, %d SHOULD and %d MAY failed",
		base, sum.Total, sum.Pass, sum.MustFail, sum.ShouldFail, sum.MayFail)
	if sum.Total == 0 || sum.Pass == 0 {
		t.Fatalf("the audit ran %d audits and passed %d: it did not reach the server", sum.Total, sum.Pass)
	}
	for _, f := range sum.Failures {
		var answered bytes.Buffer
		if json.Compact(&answered, f.Response) != nil {
			answered.Write(f.Response)
		}
		if f.Status == "error" || f.Status == "fatal" {
			t.Errorf("%s %s: %s; the server answered %s", f.ID, f.Name, f.Reason, answered.Bytes())
		} else {
			t.Logf("%s %s: %s; the server answered %s", f.ID, f.Name, f.Reason, answered.Bytes())
		}
	}
	if sum.MustFail > 0 && !t.Failed() {
		t.Errorf("%d MUST audits failed", sum.MustFail)
	}
	if sum.ShouldFail > 0 { // all pass since the endpoint follows the spec on request errors
		t.Errorf("%d SHOULD audits failed", sum.ShouldFail)
	}
	if (sum.MustFail > 0) != (err != nil) {
		t.Errorf("audit.mjs exited with %v but counted %d MUST failures", err, sum.MustFail)
	}
}

// conformanceRunner returns node, once it and the packages audit.mjs imports
// are there, or why they are not.
func conformanceRunner() (string, string) {
	node, err := exec.LookPath("node")
	if err != nil {
		return "", "node not found"
	}
	for _, p := range []string{"graphql-http", "graphql"} {
		if _, err := os.Stat(filepath.Join(conformanceDir, "node_modules", p, "package.json")); err != nil {
			return "", "npm package " + p + " is not installed (cd conformance && npm ci)"
		}
	}
	return node, ""
}
