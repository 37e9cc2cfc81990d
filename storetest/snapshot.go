package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// assertOneState checks what any single state of the graph satisfies: no
// entity or relation id twice, and every relation's ends and congress
// among the entities.
func assertOneState(tb testing.TB, snap *rightsgraph.Snapshot) {
	tb.Helper()
	ids := map[string]bool{}
	for _, e := range snap.Entities {
		if ids[e.ID] {
			tb.Errorf("snapshot at revision %d: entity %s twice", snap.Revision, e.ID)
		}
		ids[e.ID] = true
	}
	rels := map[string]bool{}
	for _, r := range snap.Relations {
		if rels[r.ID] {
			tb.Errorf("snapshot at revision %d: relation %s twice", snap.Revision, r.ID)
		}
		rels[r.ID] = true
		for _, end := range []string{r.From, r.To, r.At} {
			if end != "" && !ids[end] {
				tb.Errorf("snapshot at revision %d: relation %s joins %s, which it lacks", snap.Revision, r.ID, end)
			}
		}
	}
}

func mustSnapshot(tb testing.TB, s rightsgraph.Store) *rightsgraph.Snapshot {
	tb.Helper()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		tb.Fatalf("Snapshot: %v", err)
	}
	return snap
}

// testSnapshotIsTheGraph checks a snapshot of a quiet store: what Dump
// reads, at the store's revision, in copies.
func testSnapshotIsTheGraph(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	if snap := mustSnapshot(t, s); len(snap.Entities) != 0 || len(snap.Relations) != 0 {
		t.Errorf("snapshot of an empty store = %+v", snap)
	}
	unmergeFixture(t, s)
	mustMerge(t, editorCtx, s, keepID, dropID)
	es, rs := Dump(t, s)
	snap := mustSnapshot(t, s)
	assertOneState(t, snap)
	if !reflect.DeepEqual(snap.Entities, es) || !reflect.DeepEqual(snap.Relations, rs) {
		t.Errorf("snapshot:%s%s\nwant what Each* read:%s%s", describe(snap.Entities), describe(snap.Relations), describe(es), describe(rs))
	}
	if rev := mustRevision(t, s); snap.Revision != rev {
		t.Errorf("snapshot at revision %d, want the store's %d", snap.Revision, rev)
	}
	var got []*rightsgraph.Entity
	if err := snap.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		e.Name = "changed by the caller"
		got = append(got, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(es) || !reflect.DeepEqual(mustSnapshot(t, s).Entities, es) {
		t.Errorf("a caller's change to a snapshot's entity reached the store")
	}
}

// testSnapshotsDuringEdits takes snapshots while editors merge and
// unmerge, and add entities with relations: each must be one state.
func testSnapshotsDuringEdits(t *testing.T, s rightsgraph.Store) {
	unmergeFixture(t, s)
	const rounds = 12
	var wg sync.WaitGroup
	errs := make(chan error, 2*rounds)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for range rounds {
			if _, err := rightsgraph.MergeEntities(editorCtx, s, keepID, dropID); err != nil {
				errs <- fmt.Errorf("merge: %w", err)
				return
			}
			if _, _, err := rightsgraph.UnmergeEntities(editorCtx, s, dropID); err != nil {
				errs <- fmt.Errorf("unmerge: %w", err)
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := range rounds {
			id := fmt.Sprintf("person/volunteer-%d", i)
			if _, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: id, Kind: rightsgraph.KindPerson, Name: fmt.Sprintf("Volunteer %d", i)}); err != nil {
				errs <- fmt.Errorf("upsert: %w", err)
				return
			}
			if _, err := rightsgraph.AddRelation(editorCtx, s, rightsgraph.RelationInput{From: id, To: greenID, Type: rightsgraph.RelMemberOf,
				Report: reportC, Quote: "joined the Green Alliance"}); err != nil {
				errs <- fmt.Errorf("add relation: %w", err)
				return
			}
		}
	}()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	snapshots := 0
	for running := true; running || snapshots < 3; snapshots++ {
		select {
		case <-done:
			running = false
		default:
		}
		assertOneState(t, mustSnapshot(t, s))
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("%d snapshots during the edits", snapshots)
}
