package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph/inmem"
)

// compactCmd rewrites the embedded store's data folder as a snapshot of
// its state and an empty journal, so that it holds the state rather than
// its history. The server compacts by itself as the journal grows; the
// command does it now, when no server holds the folder.
func compactCmd(_ context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compact", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || cfg.Neo4j.URI != "" {
		fmt.Fprintln(stderr, "usage: rightsgraph compact (the embedded store's folder, RIGHTSGRAPH_DATA; not with NEO4J_URI)")
		return errUsage
	}
	s, err := inmem.Open(cfg.DataDir)
	if err != nil {
		return err
	}
	before, err := inmem.Inspect(cfg.DataDir)
	if err == nil {
		err = s.Compact()
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	after, err := inmem.Inspect(cfg.DataDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "compacted %s: %d changes, %d entities, %d relations, %d audit entries; %d bytes in %v, now %d bytes in %v\n",
		cfg.DataDir, after.Changes, after.Entities, after.Relations, after.AuditEntries, before.Bytes, before.Files, after.Bytes, after.Files)
	return nil
}
