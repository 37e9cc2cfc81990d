package inmem_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// state is what a store holds that a test compares: the graph, the
// tokens, the audit log and the revision.
type state struct {
	Entities  []*rightsgraph.Entity
	Relations []*rightsgraph.Relation
	Tokens    []rightsgraph.Token
	Audit     []rightsgraph.AuditEntry
	Revision  int64
}

func stateOf(tb testing.TB, s rightsgraph.Store) state {
	tb.Helper()
	ctx := context.Background()
	var st state
	st.Entities, st.Relations = storetest.Dump(tb, s)
	st.Tokens, _ = s.Tokens(ctx)
	st.Revision, _ = s.Revision(ctx)
	q := rightsgraph.AuditQuery{First: rightsgraph.MaxAuditPage}
	for {
		page, err := s.AuditLog(ctx, q)
		if err != nil {
			tb.Fatal(err)
		}
		st.Audit = append(st.Audit, page.Entries...)
		if !page.HasNextPage {
			return st
		}
		q.After = page.EndCursor
	}
}

// fill makes every kind of change.
func fill(tb testing.TB, s rightsgraph.Store) {
	tb.Helper()
	storetest.MustLoad(tb, s, storetest.ReportA(tb), storetest.ReportB(tb))
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "ngo", Role: rightsgraph.RoleEditor})
	admin := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "root", Role: rightsgraph.RoleAdmin})
	desc := "A human rights centre"
	steps := []func() error{
		func() error {
			_, err := rightsgraph.UpsertEntity(editor, s, rightsgraph.EntityInput{ID: "organisation/orc", Kind: rightsgraph.KindOrganisation, Name: "ORC Moscow", Description: &desc})
			return err
		},
		func() error {
			_, err := rightsgraph.AddRelation(editor, s, rightsgraph.RelationInput{From: "person/ivan-sidorov", To: "organisation/coast-watch",
				Type: rightsgraph.RelMemberOf, Report: "report/b", Quote: "Coast Watch"})
			return err
		},
		func() error {
			_, err := rightsgraph.RetractRelation(editor, s, "person/ivan-sidorov|MEMBER_OF|organisation/open-rights-centre")
			return err
		},
		func() error {
			_, err := rightsgraph.MergeEntities(editor, s, "organisation/open-rights-centre", "organisation/orc")
			return err
		},
		func() error {
			_, _, err := rightsgraph.CreateToken(admin, s, "field", rightsgraph.RoleEditor, false)
			return err
		},
		func() error {
			_, err := rightsgraph.RevokeToken(admin, s, "field")
			return err
		},
	}
	for i, step := range steps {
		if err := step(); err != nil {
			tb.Fatalf("step %d: %v", i+1, err)
		}
	}
}

// TestCompactionSurvivesACrashAtEachStep stops a process at each step of
// a compaction (after the steps from 3 on, with a change made while the
// snapshot was being written), then reopens the folder: the state is the
// one before the crash, whole, and the store goes on from it.
func TestCompactionSurvivesACrashAtEachStep(t *testing.T) {
	if dir := os.Getenv("RIGHTSGRAPH_COMPACT_DIR"); dir != "" {
		step, _ := strconv.Atoi(os.Getenv("RIGHTSGRAPH_COMPACT_STEP"))
		s, err := inmem.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		// The child says what state it had when it stopped.
		saveState := func() {
			b, err := json.Marshal(stateOf(t, s))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(os.Getenv("RIGHTSGRAPH_COMPACT_STATE"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		saveState()
		inmem.SetCompactHook(func(n int) {
			if n != step {
				return
			}
			if n >= 3 { // the store's lock is free: a change goes to the new tail
				_, err := rightsgraph.UpsertEntity(rightsgraph.AsSystem(context.Background()), s, rightsgraph.EntityInput{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Name: "Anna P."})
				if err != nil {
					t.Fatal(err)
				}
				saveState()
			}
			os.Exit(7)
		})
		s.Compact() //nolint:errcheck // the process exits before it returns
		t.Fatal("the compaction finished")
	}
	for step := 1; step <= 6; step++ {
		t.Run(fmt.Sprintf("step %d", step), func(t *testing.T) {
			dir := t.TempDir()
			s := MustOpen(t, dir)
			fill(t, s)
			if step%2 == 0 { // from a folder that has a snapshot already
				if err := s.Compact(); err != nil {
					t.Fatal(err)
				}
				storetest.MustLoad(t, s, storetest.ReportA(t))
			}
			s.Close()

			saved := filepath.Join(t.TempDir(), "state.json")
			cmd := exec.Command(os.Args[0], "-test.run=^TestCompactionSurvivesACrashAtEachStep$")
			cmd.Env = append(os.Environ(), "RIGHTSGRAPH_COMPACT_DIR="+dir, "RIGHTSGRAPH_COMPACT_STEP="+strconv.Itoa(step), "RIGHTSGRAPH_COMPACT_STATE="+saved)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 7 {
				t.Fatalf("the child did not stop at step %d: %v\n%s", step, err, out)
			}
			var want state
			if b, err := os.ReadFile(saved); err != nil || json.Unmarshal(b, &want) != nil {
				t.Fatalf("the child's state: %v", err)
			}
			again := MustOpen(t, dir)
			assertSameState(t, stateOf(t, again), want)

			// The store goes on: a change and another reopen.
			storetest.MustLoad(t, again, storetest.ReportB(t))
			want = stateOf(t, again)
			again.Close()
			third := MustOpen(t, dir)
			assertSameState(t, stateOf(t, third), want)
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			if len(files) > 5 { // LOCK, FORMAT, snapshot, the tail and the one it continues in
				t.Errorf("files left after reopening: %v", files)
			}
		})
	}
}

// assertSameState compares two states, as JSON: times lose their
// monotonic readings on the way.
func assertSameState(tb testing.TB, got, want state) {
	tb.Helper()
	for _, st := range []*state{&got, &want} {
		b, _ := json.Marshal(st)
		*st = state{}
		json.Unmarshal(b, st) //nolint:errcheck // what Marshal wrote
	}
	if !reflect.DeepEqual(got.Entities, want.Entities) || !reflect.DeepEqual(got.Relations, want.Relations) {
		tb.Error("the graph differs")
	}
	if !reflect.DeepEqual(got.Tokens, want.Tokens) {
		tb.Errorf("tokens: %+v, want %+v", got.Tokens, want.Tokens)
	}
	if len(got.Audit) != len(want.Audit) || !reflect.DeepEqual(got.Audit, want.Audit) {
		tb.Errorf("the audit log differs: %d entries, want %d", len(got.Audit), len(want.Audit))
	}
	if got.Revision != want.Revision {
		tb.Errorf("revision %d, want %d", got.Revision, want.Revision)
	}
}

// TestCompactKeepsEverything compacts by hand and by itself: each time
// the reopened store holds the same state, from a snapshot and a tail.
func TestCompactKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	s, err := inmem.OpenWith(dir, inmem.Options{CompactAfter: 1}) // compact after every change
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	storetest.MustLoad(t, s, storetest.ReportA(t))
	want := stateOf(t, s)
	if err := s.Close(); err != nil { // waits for a compaction running
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "snapshot")); err != nil {
		t.Fatalf("no snapshot after changes with CompactAfter 1: %v", err)
	}
	again := MustOpen(t, dir)
	if got := stateOf(t, again); !reflect.DeepEqual(got, want) {
		t.Error("the state differs after automatic compactions")
	}
	if err := again.Compact(); err != nil {
		t.Fatal(err)
	}
	if err := again.Compact(); err != nil { // twice: a snapshot over a snapshot
		t.Fatal(err)
	}
	again.Close()
	ro, err := inmem.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := stateOf(t, ro); !reflect.DeepEqual(got, want) {
		t.Error("the state differs after compacting by hand")
	}
	if err := inmem.New().Compact(); rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
		t.Errorf("Compact of a memory store = %v, want EINVALID", err)
	}
}
