package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMigrate migrates a copy of the November 2026 folder: the dry run
// describes it and changes nothing; the migration rewrites it in the
// current format, and the graph is the release's.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	dir := copyFolder(t, filepath.Join(release, "data"))
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir})
	journal := filepath.Join(dir, "journal.log")
	before, err := os.ReadFile(journal)
	if err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "-dry-run"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "format 1") || !strings.Contains(out.String(), "would rewrite it in format 2") {
		t.Errorf("dry run said:\n%s", out.String())
	}
	if after, err := os.ReadFile(journal); err != nil || !bytes.Equal(after, before) {
		t.Fatalf("the dry run changed the journal: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "FORMAT")); err == nil {
		t.Fatal("the dry run wrote FORMAT")
	}

	out.Reset()
	if err := run(ctx, []string{"migrate"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "migrated") || !strings.Contains(out.String(), "format 2") {
		t.Errorf("migrate said:\n%s", out.String())
	}
	if b, err := os.ReadFile(filepath.Join(dir, "FORMAT")); err != nil || string(b) != "2\n" {
		t.Errorf("FORMAT = %q, %v", b, err)
	}
	if _, err := os.Stat(journal); err == nil {
		t.Error("the version 1 journal is still there")
	}
	out.Reset()
	if err := run(ctx, []string{"export", "-format", "graphml"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out.String() != readFixture(t, "export.graphml") {
		t.Error("the migrated graph differs from the release's export")
	}
	out.Reset()
	if err := run(ctx, []string{"migrate", "-dry-run"}, getenv, &out, io.Discard); err != nil || !strings.Contains(out.String(), "nothing to migrate") {
		t.Errorf("a second migrate: %v\n%s", err, out.String())
	}
}

// TestCompactCommand compacts a folder: the state is the same, in a
// snapshot and an empty journal.
func TestCompactCommand(t *testing.T) {
	ctx := context.Background()
	dir := copyFolder(t, filepath.Join(release, "data"))
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir})
	var out bytes.Buffer
	if err := run(ctx, []string{"compact"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "compacted") || !strings.Contains(out.String(), "snapshot") {
		t.Errorf("compact said:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"export", "-format", "graphml"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out.String() != readFixture(t, "export.graphml") {
		t.Error("the compacted graph differs from the release's export")
	}
	if err := run(ctx, []string{"compact", "extra"}, getenv, io.Discard, io.Discard); exitCode(err) != 2 {
		t.Errorf("compact with an argument: %v, want a usage error", err)
	}
}
