package neo4jstore_test

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
	"github.com/rightsgraph/rightsgraph/synth"
)

// stagedReports are a report and a reload of it that staging must carry:
// the reload's text moves every quote (so every relation it keeps is a
// staged twin of a live one), it renames entities it shares with the
// first (changes of live entities), declares new ones, drops relations
// and states new ones, one of them restricted, between a new entity and
// a live one.
func stagedReports() (first, reload *rightsgraph.ReportGraph) {
	first = synth.Generate(synth.Options{Reports: 1, Entities: 120, Relations: 600, Seed: 1})[0]
	reload = synth.Generate(synth.Options{Reports: 1, Entities: 180, Relations: 900, Seed: 2})[0]
	reload.Relations[0].Visibility = rightsgraph.VisibilityRestricted
	return first, reload
}

// newIn returns an entity of reload that first does not declare.
func newIn(tb testing.TB, first, reload *rightsgraph.ReportGraph) *rightsgraph.Entity {
	tb.Helper()
	for _, e := range reload.Entities {
		if !slices.ContainsFunc(first.Entities, func(f *rightsgraph.Entity) bool { return f.ID == e.ID }) {
			return e
		}
	}
	tb.Fatal("the reload declares no new entity")
	return nil
}

// readerView is what readers of the store see, through every read.
type readerView struct {
	Entities   []*rightsgraph.Entity
	Relations  []*rightsgraph.Relation
	Stats      *rightsgraph.Stats
	Revision   int64
	Total      int
	Page       []string
	Around     map[string][]*rightsgraph.Relation
	Lean       *rightsgraph.Around // read by lean (see leanAround)
	Whole      *rightsgraph.Around
	Restricted *rightsgraph.Restrictions
	Found      []string
	Audit      int
}

// leanAround is the lean read of view (and of the neighbourhoods that
// analysts ask for), which decides whether a relationship is live from
// its lean alone.
func leanAround(ids []string) rightsgraph.AroundQuery {
	return rightsgraph.AroundQuery{IDs: ids, Depth: 2, Lean: true}
}

// view reads s as readers do: export (EachEntity, EachRelation), stats,
// the revision, a list page, the relations of entities, what lies around
// them (lean, and whole), the privacy view, search for name, and the
// audit log.
func view(tb testing.TB, s *neo4jstore.Store, ids []string, name string) readerView {
	tb.Helper()
	ctx := context.Background()
	var v readerView
	v.Entities, v.Relations = storetest.Dump(tb, s)
	var err error
	if v.Stats, err = s.Stats(ctx); err != nil {
		tb.Fatal(err)
	}
	if v.Revision, err = s.Revision(ctx); err != nil {
		tb.Fatal(err)
	}
	page, err := s.ListEntities(ctx, rightsgraph.EntityQuery{First: 100})
	if err != nil {
		tb.Fatal(err)
	}
	v.Total = page.Total
	for _, e := range page.Entities {
		v.Page = append(v.Page, e.ID)
	}
	if v.Around, err = s.RelationsByEntityIDs(ctx, ids); err != nil {
		tb.Fatal(err)
	}
	if v.Lean, err = s.Around(ctx, leanAround(ids)); err != nil {
		tb.Fatal(err)
	}
	if v.Whole, err = s.Around(ctx, rightsgraph.AroundQuery{IDs: ids, Depth: 1}); err != nil {
		tb.Fatal(err)
	}
	if v.Restricted, err = s.Restricted(ctx); err != nil {
		tb.Fatal(err)
	}
	slices.SortFunc(v.Restricted.Entities, func(a, b *rightsgraph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(v.Restricted.Relations, func(a, b *rightsgraph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	slices.Sort(v.Restricted.Reports)
	hits, err := s.Search(ctx, rightsgraph.SearchQuery{Text: name, First: 20})
	if err != nil {
		tb.Fatal(err)
	}
	for _, h := range hits {
		v.Found = append(v.Found, h.Entity.ID)
	}
	audit, err := s.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
	if err != nil {
		tb.Fatal(err)
	}
	v.Audit = len(audit.Entries)
	return v
}

func sameView(tb testing.TB, when string, got, want readerView) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s: readers see another graph: %d entities, %d relations, stats %+v, found %v; want %d, %d, %+v, %v",
			when, len(got.Entities), len(got.Relations), *got.Stats, got.Found,
			len(want.Entities), len(want.Relations), *want.Stats, want.Found)
	}
}

// mustStagingLeft fails tb unless staged items are left as want says.
func mustStagingLeft(tb testing.TB, s *neo4jstore.Store, want bool) {
	tb.Helper()
	left, err := s.StagingLeft(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	if left != want {
		tb.Fatalf("staged items left: %v, want %v", left, want)
	}
}

// stagedStore opens the test store with every load staged, in batches of
// 50 rows.
func stagedStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	t.Cleanup(neo4jstore.SetStageAbove(0))
	t.Cleanup(neo4jstore.SetBatchRows(50))
	return neo4jtest.MustOpen(t)
}

func TestStagedLoad(t *testing.T) {
	t.Run("ReadersSeeTheOldGraph", func(t *testing.T) {
		s := stagedStore(t)
		first, reload := stagedReports()
		added := newIn(t, first, reload)
		storetest.MustLoad(t, s, first)
		ids := []string{added.ID, reload.Relations[0].From, reload.Relations[0].To, first.Relations[0].From, first.Report.ID}
		before := view(t, s, ids, added.Name)
		if slices.Contains(before.Found, added.ID) {
			t.Fatalf("search finds %s before it is loaded", added.ID)
		}
		steps := map[string]int{}
		t.Cleanup(neo4jstore.SetStageHook(func(step string) error {
			steps[step]++
			if steps[step] == 2 || step == "swap" {
				sameView(t, "while staging "+step, view(t, s, ids, added.Name), before)
				// The staged relationships and their twins carry marks,
				// which their lean must say too.
				neo4jtest.CheckLean(t, neo4jtest.Config(t))
				storetest.CheckAround(t, context.Background(), s, leanAround(ids))
				if _, err := s.Entity(context.Background(), added.ID); rightsgraph.ErrorCode(err) != rightsgraph.ENOTFOUND {
					t.Errorf("while staging %s: Entity(%s) = %v, want ENOTFOUND", step, added.ID, err)
				}
			}
			return nil
		}))
		storetest.MustLoad(t, s, reload)
		if steps["entities"] < 2 || steps["relations"] < 2 || steps["swap"] != 1 {
			t.Fatalf("staging steps %v: the load was not staged in batches", steps)
		}
		mustStagingLeft(t, s, false)

		// The staged load holds what the embedded store's load holds.
		mem := inmem.New()
		storetest.MustLoad(t, mem, first, reload)
		wantE, wantR := storetest.Dump(t, mem)
		after := view(t, s, ids, added.Name)
		if !reflect.DeepEqual(after.Entities, wantE) || !reflect.DeepEqual(after.Relations, wantR) {
			t.Errorf("after the staged load Neo4j holds %d entities, %d relations; the embedded store %d, %d",
				len(after.Entities), len(after.Relations), len(wantE), len(wantR))
		}
		if !slices.Contains(after.Found, added.ID) || after.Revision != before.Revision+1 || after.Audit != before.Audit+1 {
			t.Errorf("after the staged load: found %v, revision %d, %d audit entries; want %s found, revision %d, %d entries",
				after.Found, after.Revision, after.Audit, added.ID, before.Revision+1, before.Audit+1)
		}
		snap, err := s.Snapshot(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(snap.Entities, wantE) || !reflect.DeepEqual(snap.Relations, wantR) {
			t.Errorf("the snapshot after the staged load differs from the embedded store's graph")
		}
	})

	failAt := func(step string, after int) func(string) error {
		n := 0
		return func(s string) error {
			if s == step {
				if n++; n == after {
					return errors.New("failure at " + step)
				}
			}
			return nil
		}
	}
	for _, c := range []struct {
		name string
		hook func(string) error
	}{
		{"FailureWhileStagingEntities", failAt("entities", 2)},
		{"FailureWhileStagingRelations", failAt("relations", 3)},
		{"FailureAtTheSwap", failAt("swap", 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := stagedStore(t)
			first, reload := stagedReports()
			added := newIn(t, first, reload)
			storetest.MustLoad(t, s, first)
			ids := []string{added.ID, reload.Relations[0].From, first.Relations[0].From, first.Report.ID}
			before := view(t, s, ids, added.Name)
			restore := neo4jstore.SetStageHook(c.hook)
			err := s.LoadReport(context.Background(), reload)
			restore()
			if err == nil {
				t.Fatal("the load succeeded despite the failure")
			}
			sameView(t, "after the failed load", view(t, s, ids, added.Name), before)
			mustStagingLeft(t, s, false)
			// And the same load then succeeds.
			storetest.MustLoad(t, s, reload)
			if _, err := s.Entity(context.Background(), added.ID); err != nil {
				t.Fatal(err)
			}
		})
	}

	t.Run("CrashLeavesNothingVisible", func(t *testing.T) {
		s := stagedStore(t)
		first, reload := stagedReports()
		added := newIn(t, first, reload)
		storetest.MustLoad(t, s, first)
		ids := []string{added.ID, reload.Relations[0].From, first.Relations[0].From, first.Report.ID}
		before := view(t, s, ids, added.Name)
		loadCrashingAt(t, s, "relations", reload)
		mustStagingLeft(t, s, true)
		sameView(t, "after the crash", view(t, s, ids, added.Name), before)
		neo4jtest.CheckLean(t, neo4jtest.Config(t))

		// The next start deletes what the crashed load staged.
		again := restarted(t)
		mustStagingLeft(t, again, false)
		sameView(t, "after the restart", view(t, again, ids, added.Name), before)
		neo4jtest.CheckLean(t, neo4jtest.Config(t))
		storetest.MustLoad(t, again, reload)
	})

	t.Run("CrashAfterTheCommit", func(t *testing.T) {
		s := stagedStore(t)
		first, reload := stagedReports()
		added := newIn(t, first, reload)
		storetest.MustLoad(t, s, first)
		mem := inmem.New()
		storetest.MustLoad(t, mem, first, reload)
		wantE, wantR := storetest.Dump(t, mem)
		loadCrashingAt(t, s, "finish", reload)
		// The load committed: readers see all of it, through the marks
		// its crash left (twins replaced, relationships staged).
		mustStagingLeft(t, s, true)
		ids := []string{added.ID, reload.Relations[0].From, first.Relations[0].From, first.Report.ID}
		committed := view(t, s, ids, added.Name)
		if !reflect.DeepEqual(committed.Entities, wantE) || !reflect.DeepEqual(committed.Relations, wantR) ||
			committed.Stats.Relationships != len(wantR) || !slices.Contains(committed.Found, added.ID) {
			t.Errorf("after a crash past the commit Neo4j holds %d entities, %d relations (stats %d); the embedded store %d, %d",
				len(committed.Entities), len(committed.Relations), committed.Stats.Relationships, len(wantE), len(wantR))
		}
		// Lean reads, which decide from the marks in lean, read the
		// load's relationships as live and their twins as gone.
		cfg := neo4jtest.Config(t)
		neo4jtest.CheckLean(t, cfg)
		storetest.CheckAround(t, context.Background(), s, leanAround(ids))
		// The migration to format 5 writes the marks into lean as the
		// staging does, over a database that a format 4 release left
		// with them.
		query(t, cfg, `MATCH (n) REMOVE n.lean`)
		query(t, cfg, `MATCH ()-[r]->() REMOVE r.lean`)
		if err := s.Migrate(context.Background(), 4); err != nil {
			t.Fatal(err)
		}
		neo4jtest.CheckLean(t, cfg)
		sameView(t, "after the migration", view(t, s, ids, added.Name), committed)
		// The next start finishes it, and readers see no change.
		again := restarted(t)
		mustStagingLeft(t, again, false)
		sameView(t, "after the restart", view(t, again, ids, added.Name), committed)
		neo4jtest.CheckLean(t, cfg)
	})

	t.Run("SmallLoadsAreNotStaged", func(t *testing.T) {
		t.Cleanup(neo4jstore.SetStageHook(func(step string) error {
			t.Errorf("a small load staged (%s)", step)
			return nil
		}))
		s := neo4jtest.MustOpen(t)
		first, _ := stagedReports()
		storetest.MustLoad(t, s, first)
	})
}

// loadCrashingAt loads r into s with the process dying at a step of the
// staging: a panic stands for it, so nothing of the load's own runs after
// it, and its transaction ends unfinished.
func loadCrashingAt(t *testing.T, s *neo4jstore.Store, step string, r *rightsgraph.ReportGraph) {
	t.Helper()
	restore := neo4jstore.SetStageHook(func(at string) error {
		if at == step {
			panic("crash")
		}
		return nil
	})
	defer restore()
	defer func() {
		if recover() == nil {
			t.Fatal("the load did not crash")
		}
	}()
	_ = s.LoadReport(context.Background(), r)
}

// restarted opens the tests' database again, as the next start would.
func restarted(t *testing.T) *neo4jstore.Store {
	t.Helper()
	again, err := neo4jstore.Open(neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { again.Close() })
	if err := again.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	return again
}
