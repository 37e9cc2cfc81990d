package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph/inmem"
)

// migrateCmd rewrites the embedded store's data folder in the format this
// release writes, or says what it would do with -dry-run. Starting the
// server migrates a folder too; the command lets an operator check a
// folder, and take the time the rewrite takes, before an upgrade.
func migrateCmd(_ context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("migrate", stderr)
	dryRun := fs.Bool("dry-run", false, "read the folder and say what would change, changing nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || cfg.Neo4j.URI != "" {
		fmt.Fprintln(stderr, "usage: rightsgraph migrate [-dry-run] (the embedded store's folder, RIGHTSGRAPH_DATA; not with NEO4J_URI)")
		return errUsage
	}
	before, err := inmem.Inspect(cfg.DataDir)
	if err != nil {
		return err
	}
	switch {
	case before.Version == 0:
		fmt.Fprintf(stdout, "%s holds no data: nothing to migrate\n", cfg.DataDir)
		return nil
	case before.Version == inmem.FormatVersion:
		fmt.Fprintf(stdout, "%s is in format %d already: nothing to migrate\n", cfg.DataDir, before.Version)
		return nil
	}
	describe := func(verb string, info inmem.FolderInfo) {
		fmt.Fprintf(stdout, "%s %s: format %d, %d changes: %d entities, %d relations, %d tokens, %d audit entries; files %v, %d bytes\n",
			verb, cfg.DataDir, info.Version, info.Changes, info.Entities, info.Relations, info.Tokens, info.AuditEntries, info.Files, info.Bytes)
	}
	describe("read", before)
	if *dryRun {
		fmt.Fprintf(stdout, "would rewrite it in format %d (a snapshot of that state and an empty journal), atomically; run without -dry-run to do it\n", inmem.FormatVersion)
		return nil
	}
	s, err := inmem.Open(cfg.DataDir) // migrates
	if err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	after, err := inmem.Inspect(cfg.DataDir)
	if err != nil {
		return err
	}
	describe("migrated", after)
	return nil
}
