package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// release is a data folder written by an earlier release, with what that
// release answered over it.
const release = "../../testdata/datafolders/2026-11-editing"

// copyFolder copies a data folder, so that a test never changes the fixture.
func copyFolder(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(release, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestUpgradeFromNovember2026 opens the data folder of an earlier release:
// the graph, the editors' work, the tokens and the audit log are all kept.
func TestUpgradeFromNovember2026(t *testing.T) {
	ctx := context.Background()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": copyFolder(t, filepath.Join(release, "data"))})

	var out bytes.Buffer
	if err := run(ctx, []string{"token", "list"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// The listing gained a RESTRICTED column since; the release's tokens
	// have no clearance.
	if got := withoutColumn(out.String(), "RESTRICTED", "false"); got != normalizeColumns(readFixture(t, "tokens.txt")) {
		t.Errorf("tokens:\n%s\nwant\n%s", out.String(), readFixture(t, "tokens.txt"))
	}
	out.Reset()
	if err := run(ctx, []string{"export", "-format", "graphml"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out.String() != readFixture(t, "export.graphml") {
		t.Error("the graph differs from the release's export")
	}

	base, _ := startServerWith(t, getenv)
	ask := func(token, q string) string { return gql(t, base, strings.TrimSpace(token), q, nil).raw }
	var got, want any
	json.Unmarshal([]byte(ask(readFixture(t, "admin.token"), `{ auditLog(first: 100) { nodes { actor action entities summary } } stats { nodes relationships evidence } }`)), &got)
	json.Unmarshal([]byte(readFixture(t, "audit.json")), &want)
	if g, w := mustMarshal(got), mustMarshal(want); g != w {
		t.Errorf("audit log and stats:\n%s\nwant\n%s", g, w)
	}
	merged := ask(readFixture(t, "editor.token"), `{ entity(id: "organisation/harbour-watch") { id aliases } }`)
	if !strings.Contains(merged, `"id":"organisation/memorial-human-rights-centre"`) || !strings.Contains(merged, "Harbour Watch") {
		t.Errorf("the merged id: %s", merged)
	}
	edited := ask(readFixture(t, "editor.token"), `{ entity(id: "person/natalya-taubina") { relations { id evidence { editor } } } }`)
	if strings.Contains(edited, "person/natalya-taubina|LEADS|organisation/public-verdict-foundation") || !strings.Contains(edited, `"editor":"field-team"`) {
		t.Errorf("the editor's relation and retraction: %s", edited)
	}
}

func mustMarshal(v any) string {
	b, _ := json.MarshalIndent(v, "", " ")
	return string(b)
}

// withoutColumn drops the column named name from a listing, checking that
// it holds want on every row, and joins the fields with single spaces.
func withoutColumn(listing, name, want string) string {
	var out []string
	col := -1
	for _, line := range strings.Split(strings.TrimSpace(listing), "\n") {
		fields := strings.Fields(line)
		if col < 0 {
			col = slices.Index(fields, name)
		} else if col >= 0 && col < len(fields) && fields[col] != want {
			return "row with " + name + " " + fields[col] + ": " + line
		}
		if col >= 0 && col < len(fields) {
			fields = slices.Delete(fields, col, col+1)
		}
		out = append(out, strings.Join(fields, " "))
	}
	return strings.Join(out, "\n")
}

// normalizeColumns joins a listing's fields with single spaces.
func normalizeColumns(listing string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(listing), "\n") {
		out = append(out, strings.Join(strings.Fields(line), " "))
	}
	return strings.Join(out, "\n")
}
