package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// testNeo4jImport imports the bundled reports and a synthetic graph into
// the new database of srv, not yet started, with neo4j-admin, and checks
// that the store then reads what loads would have left: the same graph,
// audit log and revision, the same searches and lists, and a reload that
// changes a report as it changes the embedded store. It refuses to import
// again, whether the server runs or not. The server ends stopped.
func testNeo4jImport(t *testing.T, srv *neo4jtest.Server) {
	ctx := context.Background()
	opts := synth.Options{Reports: 3, Entities: 400, Relations: 1500, Seed: 5}
	env := map[string]string{"NEO4J_URI": srv.URI}
	getenv := func(k string) string { return env[k] }
	// A restricted report, person and relation must stay restricted.
	restricted := t.TempDir()
	writeText(t, filepath.Join(restricted, "closed.txt"), "Notes of a closed meeting\nIlona Varga, coordinator of the Kestrel Group, met Anna Temirova.")
	writeText(t, filepath.Join(restricted, "closed.yaml"), `report:
  id: report/closed-meeting-notes
  title: Notes of a closed meeting
  text: closed.txt
  visibility: restricted
entities:
  - {id: person/ilona-varga, kind: PERSON, name: Ilona Varga, visibility: restricted}
  - {id: person/anna-temirova, kind: PERSON, name: Anna Temirova}
  - {id: organisation/kestrel-group, kind: ORGANISATION, name: Kestrel Group}
relations:
  - {type: LEADS, from: person/ilona-varga, to: organisation/kestrel-group, role: coordinator, quote: "Ilona Varga, coordinator of the Kestrel Group", visibility: restricted}
  - {type: MENTIONS, from: report/closed-meeting-notes, to: person/anna-temirova, quote: Anna Temirova}
`)
	var stdout, stderr bytes.Buffer
	err := run(ctx, []string{"import", "-neo4j-home", srv.Home(), "-neo4j-lib", srv.Lib(), "-synth-entities", "400", "-synth-relations", "1500",
		"-synth-reports", "3", "-synth-seed", "5", "../../seed/reports", restricted}, getenv, &stdout, &stderr)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "imported") {
		t.Errorf("import said %q", stdout.String())
	}

	// What the same loads leave in the embedded store.
	mem := inmem.New()
	if _, err := seed.LoadPaths(ctx, mem, []string{"../../seed/reports", restricted}, seed.Options{}); err != nil {
		t.Fatal(err)
	}
	graphs := synth.Generate(opts)
	for _, g := range graphs {
		if err := mem.LoadReport(ctx, g); err != nil {
			t.Fatal(err)
		}
	}

	srv.Start()
	neo, err := neo4jstore.Open(neo4jstore.Config{URI: srv.URI, Database: "neo4j"})
	if err != nil {
		t.Fatal(err)
	}
	defer neo.Close()
	same := func(when string) {
		t.Helper()
		wantE, wantR := storetest.Dump(t, mem)
		gotE, gotR := storetest.Dump(t, neo)
		if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
			t.Fatalf("%s: Neo4j holds %d entities and %d relations, the embedded store %d and %d, or they differ",
				when, len(gotE), len(gotR), len(wantE), len(wantR))
		}
		gotRev, _ := neo.Revision(ctx)
		wantRev, _ := mem.Revision(ctx)
		if gotRev != wantRev {
			t.Errorf("%s: revision %d, want %d", when, gotRev, wantRev)
		}
		gotLog, err := neo.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		wantLog, _ := mem.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
		if len(gotLog.Entries) != len(wantLog.Entries) {
			t.Fatalf("%s: %d audit entries, want %d", when, len(gotLog.Entries), len(wantLog.Entries))
		}
		for i := range wantLog.Entries {
			g, w := gotLog.Entries[i], wantLog.Entries[i]
			if g.Seq != w.Seq || g.Action != w.Action || g.Summary != w.Summary || !sameStrings(g.Entities, w.Entities) {
				t.Errorf("%s: audit entry %d = %+v, want %+v", when, i, g, w)
			}
		}
		for _, text := range []string{"Lev Ponomarev", "Anna", "Centre 1", "torture"} {
			got, err := neo.Search(ctx, rightsgraph.SearchQuery{Text: text, First: 20})
			if err != nil {
				t.Fatal(err)
			}
			want, _ := mem.Search(ctx, rightsgraph.SearchQuery{Text: text, First: 20})
			if hitKeys(got) != hitKeys(want) {
				t.Errorf("%s: Search(%q) = %s, want %s", when, text, hitKeys(got), hitKeys(want))
			}
		}
		for _, q := range []rightsgraph.EntityQuery{{First: 7}, {Kinds: []rightsgraph.Kind{rightsgraph.KindPerson}, Last: 5, Desc: true}} {
			got, err := neo.ListEntities(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := mem.ListEntities(ctx, q)
			if !reflect.DeepEqual(got.Cursors, want.Cursors) || got.Total != want.Total {
				t.Errorf("%s: ListEntities(%+v) = %v (%d), want %v (%d)", when, q, got.Cursors, got.Total, want.Cursors, want.Total)
			}
		}
		// Lean reads take what they read from lean, which the import
		// writes as loads do: the same as the whole reads.
		neo4jtest.CheckLean(t, neo4jstore.Config{URI: srv.URI, Database: "neo4j"})
		storetest.CheckAround(t, ctx, neo, rightsgraph.AroundQuery{IDs: []string{"person/ilona-varga", "report/closed-meeting-notes",
			"organisation/kestrel-group", graphs[0].Relations[0].From}, Depth: 2, Lean: true})
	}
	same("after the import")
	for _, id := range []string{"report/closed-meeting-notes", "person/ilona-varga"} {
		if e, err := neo.Entity(ctx, id); err != nil || !e.Visibility.Restricted() {
			t.Errorf("imported %s: %+v, %v; want it restricted", id, e, err)
		}
	}

	// A report changed and loaded again, through the store as usual.
	g := graphs[1]
	g.Relations = g.Relations[:len(g.Relations)/2]
	for _, s := range []rightsgraph.Store{neo, mem} {
		if err := s.LoadReport(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	same("after a reload")

	// A database that exists is refused, running or not.
	stdout.Reset()
	stderr.Reset()
	if err := run(ctx, []string{"import", "-neo4j-home", srv.Home(), "-synth-entities", "10", "-synth-relations", "10"}, getenv, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("import into a running, loaded database: %v, want a refusal saying it is not empty", err)
	}
	srv.Stop()
	if err := run(ctx, []string{"import", "-neo4j-home", srv.Home(), "-synth-entities", "10", "-synth-relations", "10"}, getenv, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("import into an existing database: %v, want a refusal saying it exists", err)
	}
}

func sameStrings(a, b []string) bool { return strings.Join(a, "\n") == strings.Join(b, "\n") }

func hitKeys(hits []rightsgraph.SearchHit) string {
	var b strings.Builder
	for _, h := range hits {
		b.WriteString(h.Entity.ID + " ")
	}
	return b.String()
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
