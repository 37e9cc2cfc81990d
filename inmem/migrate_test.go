package inmem_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// november is the journal of the November 2026 release (format 1).
const november = "../testdata/datafolders/2026-11-editing/data/journal.log"

func copyJournal(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(november)
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "journal.log"), b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// TestInterruptedMigrationIsRedone leaves what a migration stopped before
// its FORMAT file would leave: the folder is still format 1, and the next
// open migrates it again to the same state.
func TestInterruptedMigrationIsRedone(t *testing.T) {
	ro, err := inmem.OpenReadOnly(copyJournal(t))
	if err != nil {
		t.Fatal(err)
	}
	want := stateOf(t, ro)
	dir := copyJournal(t)
	for name, body := range map[string]string{"snapshot": "half a snapshot", "journal-000001.log": "", "snapshot.tmp": "x"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if v, err := inmem.FolderVersion(dir); v != 1 || err != nil {
		t.Fatalf("FolderVersion = %d, %v; want 1", v, err)
	}
	s := MustOpen(t, dir)
	if got := stateOf(t, s); !reflect.DeepEqual(got, want) {
		t.Error("the migrated state differs from the format 1 folder's")
	}
	if v, err := inmem.FolderVersion(dir); v != inmem.FormatVersion || err != nil {
		t.Errorf("FolderVersion after the migration = %d, %v", v, err)
	}
	s.Close()
	if got := stateOf(t, MustOpen(t, dir)); !reflect.DeepEqual(got, want) {
		t.Error("the migrated folder reopens otherwise")
	}
}

// TestNewerFormatIsRefused opens a folder of a later release.
func TestNewerFormatIsRefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "FORMAT"), []byte("99\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := inmem.Open(dir); err == nil || !strings.Contains(err.Error(), "newer release") {
		t.Errorf("Open = %v, want a newer release refused", err)
	}
	if _, err := inmem.OpenReadOnly(dir); err == nil {
		t.Error("OpenReadOnly of a newer format succeeded")
	}
}

// TestReadOnlyDuringCompactions reads a folder while its store compacts
// it again and again: every read finds the whole state.
func TestReadOnlyDuringCompactions(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	fill(t, s)
	wantE, wantR := storetest.Dump(t, s)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := s.Compact(); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	defer func() {
		close(stop)
		wg.Wait()
	}()
	for range 30 {
		ro, err := inmem.OpenReadOnly(dir)
		if err != nil {
			t.Fatal(err)
		}
		if gotE, gotR := storetest.Dump(t, ro); !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
			t.Fatal("a read during compactions differs")
		}
	}
}
