package neo4jstore_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// The history of testdata/format1.cypher, a database written by the
// release before the format version (format 1): the bundled report, a
// token, an editor's correction, an editor's evidence and a merge.
const (
	goldenToken  = "golden-editor"
	goldenReport = "report/2017-11-moscow-human-rights-congress"
	goldenKeep   = "organisation/public-oversight-commissions"
	goldenDrop   = "organisation/moscow-public-oversight-commission"
)

// makeGoldenHistory makes on s the changes that wrote the golden database.
func makeGoldenHistory(tb testing.TB, s rightsgraph.Store) {
	tb.Helper()
	ctx := context.Background()
	if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
		tb.Fatal(err)
	}
	tok := rightsgraph.Token{Name: goldenToken, Role: rightsgraph.RoleEditor, Hash: strings.Repeat("ab", 32),
		CreatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := rightsgraph.SaveNewToken(ctx, s, tok); err != nil {
		tb.Fatal(err)
	}
	ed := rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: goldenToken, Role: rightsgraph.RoleEditor})
	desc := "Head of Memorial's programme on Chechnya."
	if _, err := rightsgraph.UpsertEntity(ed, s, rightsgraph.EntityInput{ID: "person/oleg-orlov", Kind: rightsgraph.KindPerson,
		Description: &desc, Aliases: []string{"O. Orlov"}}); err != nil {
		tb.Fatal(err)
	}
	if _, err := rightsgraph.AddRelation(ed, s, rightsgraph.RelationInput{From: "person/oleg-orlov", To: "organisation/memorial-human-rights-centre",
		Type: rightsgraph.RelMemberOf, Report: goldenReport, Quote: "Oleg Orlov, of the Memorial Human Rights Centre"}); err != nil {
		tb.Fatal(err)
	}
	if _, err := rightsgraph.MergeEntities(ed, s, goldenKeep, goldenDrop); err != nil {
		tb.Fatal(err)
	}
}

// restoreGolden empties the test database and writes the golden one into
// it, statement by statement.
func restoreGolden(tb testing.TB, cfg neo4jstore.Config) {
	tb.Helper()
	neo4jtest.Wipe(tb, cfg)
	script, err := os.ReadFile("testdata/format1.cypher")
	if err != nil {
		tb.Fatal(err)
	}
	ctx := context.Background()
	d := neo4jtest.Driver(tb, cfg)
	sc := bufio.NewScanner(bytes.NewReader(script))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if _, err := neo4j.ExecuteQuery(ctx, d, strings.TrimSuffix(line, ";"), nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
			tb.Fatalf("%s: %v", line[:min(len(line), 80)], err)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

// query runs one Cypher query on the test database, for what the store
// does not show.
func query(tb testing.TB, cfg neo4jstore.Config, cypher string) []*neo4j.Record {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), neo4jtest.Driver(tb, cfg), cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		tb.Fatal(err)
	}
	return res.Records
}

func openStore(tb testing.TB, cfg neo4jstore.Config) *neo4jstore.Store {
	tb.Helper()
	s, err := neo4jstore.Open(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.Ping(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestOpensFormat1 opens the golden database of format 1: after the
// migration it holds what today's code makes of the same history, its
// audit log and tokens as they were, in the current format, and it keeps
// working (a reload, an unmerge) as a store written today does.
func TestOpensFormat1(t *testing.T) {
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	restoreGolden(t, cfg)
	s := openStore(t, cfg)
	want := inmem.New()
	makeGoldenHistory(t, want)

	assertSameGraph(t, s, want)
	if got, _ := s.Revision(ctx); got != 5 {
		t.Errorf("Revision %d, want 5 (the golden history's changes)", got)
	}
	var golden struct {
		Audit  []rightsgraph.AuditEntry
		Tokens []rightsgraph.Token
	}
	raw, err := os.ReadFile("testdata/format1.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	log, err := s.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := asJSON(t, log.Entries), asJSON(t, golden.Audit); got != want {
		t.Errorf("the audit log changed:\n got %s\nwant %s", got, want)
	}
	tokens, err := s.Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := asJSON(t, tokens), asJSON(t, golden.Tokens); got != want {
		t.Errorf("the tokens changed:\n got %s\nwant %s", got, want)
	}
	recs := query(t, cfg, `MATCH (m:RightsgraphMeta {id: 'meta'}) MATCH (n:Entity)
RETURN m.format AS format, sum(CASE WHEN n.declarations CONTAINS '"Seq":' THEN 1 ELSE 0 END) AS old`)
	if f, _ := recs[0].Get("format"); f != int64(5) {
		t.Errorf("format %v after the migration, want 5", f)
	}
	neo4jtest.CheckLean(t, cfg)
	if n, _ := query(t, cfg, `MATCH ()-[r]->() WHERE r.leanReports IS NOT NULL AND r.lean IS NOT NULL RETURN count(r) AS n`)[0].Get("n"); n == int64(0) {
		t.Error("the migration wrote no leanReports or lean")
	}
	if old, _ := recs[0].Get("old"); old != int64(0) {
		t.Errorf("%v entities keep declarations of format 1", old)
	}

	// The first reload after the merge writes the report's declaration
	// as read through it (the survivor's, with both names), on either
	// store; the next writes nothing.
	for _, st := range []rightsgraph.Store{s, want} {
		if _, err := seed.LoadFS(ctx, st, seed.Bundled(), seed.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	assertSameGraph(t, s, want)
	rev, _ := s.Revision(ctx)
	if _, err := seed.LoadFS(ctx, s, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Revision(ctx); again != rev {
		t.Errorf("reloading the bundled report again moved Revision from %d to %d", rev, again)
	}
	// The migrated merge record undoes the merge as today's does.
	ed := rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: goldenToken, Role: rightsgraph.RoleEditor})
	for _, st := range []rightsgraph.Store{s, want} {
		if _, _, err := rightsgraph.UnmergeEntities(ed, st, goldenDrop); err != nil {
			t.Fatal(err)
		}
	}
	assertSameGraph(t, s, want)
}

// TestFormatMigrationReplays runs the migrations again over their own
// output, from format 1, 2, 3 and 4, as a second process or a retry
// would: nothing changes but the version.
func TestFormatMigrationReplays(t *testing.T) {
	cfg := neo4jtest.Config(t)
	restoreGolden(t, cfg)
	first := openStore(t, cfg)
	wantE, wantR := storetest.Dump(t, first)
	for _, from := range []string{
		`MATCH (m:RightsgraphMeta {id: 'meta'}) REMOVE m.format`,
		`MATCH (m:RightsgraphMeta {id: 'meta'}) SET m.format = 2`,
		`MATCH (m:RightsgraphMeta {id: 'meta'}) SET m.format = 3`,
		`MATCH (m:RightsgraphMeta {id: 'meta'}) SET m.format = 4`,
	} {
		query(t, cfg, from)
		again := openStore(t, cfg)
		gotE, gotR := storetest.Dump(t, again)
		if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
			t.Errorf("after %s, migrating again changed the graph", from)
		}
		if f, _ := query(t, cfg, `MATCH (m:RightsgraphMeta {id: 'meta'}) RETURN m.format AS f`)[0].Get("f"); f != int64(5) {
			t.Errorf("after %s: format %v, want 5", from, f)
		}
		neo4jtest.CheckLean(t, cfg)
	}
}

// TestRefusesANewerFormat keeps a store off a database a newer release
// wrote.
func TestRefusesANewerFormat(t *testing.T) {
	cfg := neo4jtest.Config(t)
	neo4jtest.Wipe(t, cfg)
	query(t, cfg, `CREATE (:RightsgraphMeta {id: 'meta', seq: 1, format: 99})`)
	s, err := neo4jstore.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ping(context.Background()); err == nil || !strings.Contains(err.Error(), "newer rightsgraph") {
		t.Errorf("Ping on a database of format 99 = %v, want a refusal", err)
	}
}

func assertSameGraph(tb testing.TB, got, want rightsgraph.Store) {
	tb.Helper()
	gotE, gotR := storetest.Dump(tb, got)
	wantE, wantR := storetest.Dump(tb, want)
	if !reflect.DeepEqual(gotE, wantE) {
		tb.Errorf("entities differ: %d, want %d", len(gotE), len(wantE))
		for i := range min(len(gotE), len(wantE)) {
			if !reflect.DeepEqual(gotE[i], wantE[i]) {
				tb.Errorf("first difference:\n got %+v\nwant %+v", gotE[i], wantE[i])
				break
			}
		}
	}
	if !reflect.DeepEqual(gotR, wantR) {
		tb.Errorf("relations differ: %d, want %d", len(gotR), len(wantR))
	}
}

func asJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
