package inmem_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"hash/crc32"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

func MustOpen(tb testing.TB, dir string) *inmem.Store {
	tb.Helper()
	s, err := inmem.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestPersistentConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) rightsgraph.Store { return MustOpen(tb, tb.TempDir()) })
}

func TestReopenKeepsTheGraph(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t), storetest.ReportA(t))
	_, hash := rightsgraph.NewSecret()
	ctx := context.Background()
	if err := s.CreateToken(ctx, rightsgraph.Token{Name: "a", Role: rightsgraph.RoleAdmin, Hash: hash, CreatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeToken(ctx, "a", time.Now()); err != nil {
		t.Fatal(err)
	}
	wantE, wantR := storetest.Dump(t, s)
	wantT, _ := s.Tokens(ctx)
	s.Close()
	again := MustOpen(t, dir)
	gotE, gotR := storetest.Dump(t, again)
	gotT, _ := again.Tokens(ctx)
	if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) || !reflect.DeepEqual(gotT, wantT) {
		t.Error("the reopened store differs")
	}
}

// TestReopenKeepsEdits makes every kind of edit, then reopens the store:
// the graph, the merges, the retractions and the audit log are as they were.
func TestReopenKeepsEdits(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
	ctx := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "ngo", Role: rightsgraph.RoleEditor})
	desc := "A human rights centre"
	steps := []func() error{
		func() error {
			_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: "organisation/orc", Kind: rightsgraph.KindOrganisation, Name: "ORC Moscow", Description: &desc})
			return err
		},
		func() error {
			_, err := rightsgraph.AddRelation(ctx, s, rightsgraph.RelationInput{From: "person/ivan-sidorov", To: "organisation/coast-watch",
				Type: rightsgraph.RelMemberOf, Report: "report/b", Quote: "Coast Watch"})
			return err
		},
		func() error {
			_, err := rightsgraph.RetractRelation(ctx, s, "person/ivan-sidorov|MEMBER_OF|organisation/open-rights-centre")
			return err
		},
		func() error {
			_, err := rightsgraph.MergeEntities(ctx, s, "organisation/open-rights-centre", "organisation/orc")
			return err
		},
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	storetest.MustLoad(t, s, storetest.ReportA(t)) // the retraction and the merge hold: nothing changes
	wantE, wantR := storetest.Dump(t, s)
	wantLog, _ := s.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
	wantRev, _ := s.Revision(ctx)
	s.Close()

	again := MustOpen(t, dir)
	gotE, gotR := storetest.Dump(t, again)
	gotLog, _ := again.AuditLog(ctx, rightsgraph.AuditQuery{First: 100})
	gotRev, _ := again.Revision(ctx)
	if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
		t.Error("the reopened graph differs")
	}
	if !reflect.DeepEqual(gotLog, wantLog) || len(gotLog.Entries) != 6 || gotRev != wantRev {
		t.Errorf("the reopened audit log differs: %d entries, revision %d; want %d entries, revision %d", len(gotLog.Entries), gotRev, len(wantLog.Entries), wantRev)
	}
	if e, err := again.Entity(ctx, "organisation/orc"); err != nil || e.ID != "organisation/open-rights-centre" || e.Description != desc {
		t.Errorf("the merged id after reopening: %+v, %v", e, err)
	}
}

func TestOneProcessAtATime(t *testing.T) {
	dir := t.TempDir()
	MustOpen(t, dir)
	if _, err := inmem.Open(dir); rightsgraph.ErrorCode(err) != rightsgraph.ECONFLICT {
		t.Errorf("second Open = %v, want a conflict", err)
	}
}

// TestOpenReadOnly reads a folder a running store holds, leaves out a change
// still being written, and refuses writes.
func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
	wantE, wantR := storetest.Dump(t, s)
	f, err := os.OpenFile(filepath.Join(dir, "journal.log"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("0000 {\"op\":\"edit\"") // a change half written
	f.Close()
	ro, err := inmem.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	gotE, gotR := storetest.Dump(t, ro)
	if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
		t.Error("the read-only store differs from the one holding the folder")
	}
	if err := ro.LoadReport(context.Background(), storetest.ReportA(t)); err == nil {
		t.Error("a read-only store accepted a load")
	}
	empty, err := inmem.OpenReadOnly(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := storetest.Dump(t, empty); len(e) != 0 {
		t.Errorf("an empty folder reads as %d entities", len(e))
	}
}

// TestDamageIsReported damages a journal: damage before the last line
// stops the open with the file and line.
func TestDamageIsReported(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(b []byte) []byte
		want   string
	}{
		{"a changed byte", func(b []byte) []byte {
			i := strings.Index(string(b), "Anna")
			b[i] = 'E'
			return b
		}, "journal.log:1: the data file is damaged: checksum mismatch"},
		{"garbage before the last line", func(b []byte) []byte {
			first := strings.Index(string(b), "\n") + 1
			return append(append(b[:first:first], "not a record\n"...), b[first:]...)
		}, "journal.log:2: the data file is damaged"},
		{"a valid line of an unknown change", func(b []byte) []byte {
			return append(b, mustLine(t, `{"op":"rename-everything"}`)...)
		}, "journal.log:3: the data file is damaged: unknown change"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := MustOpen(t, dir)
			storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
			s.Close()
			path := filepath.Join(dir, "journal.log")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tt.damage(b), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = inmem.Open(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open = %v, want %q", err, tt.want)
			}
		})
	}
}

func mustLine(tb testing.TB, body string) string {
	tb.Helper()
	return fmt.Sprintf("%08x %s\n", crc32.Checksum([]byte(body), crc32.MakeTable(crc32.Castagnoli)), body)
}

// TestTornLastChangeIsCut tears the last line of a journal, as a power
// cut during a write that was never acknowledged does: the open cuts it
// off, says what it dropped, and keeps everything before it.
func TestTornLastChangeIsCut(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(b []byte) []byte
		want   string // in the warning
	}{
		{"no newline at the end", func(b []byte) []byte { return b[:len(b)-20] }, "op=edit"},
		{"a bad checksum on the last line", func(b []byte) []byte {
			i := strings.LastIndex(string(b), "Coast")
			b[i] = 'K'
			return b
		}, "op=edit"},
		{"garbage as the last line", func(b []byte) []byte { return append(b, "not a record\n"...) }, "bytes=13 op=unreadable"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := MustOpen(t, dir)
			storetest.MustLoad(t, s, storetest.ReportA(t))
			wantE, wantR := storetest.Dump(t, s)
			if tt.name != "garbage as the last line" {
				storetest.MustLoad(t, s, storetest.ReportB(t)) // the change torn
			}
			s.Close()
			path := filepath.Join(dir, "journal.log")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tt.damage(b), 0o644); err != nil {
				t.Fatal(err)
			}
			var log bytes.Buffer
			again, err := inmem.OpenWith(dir, inmem.Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatalf("Open = %v, want the torn change cut off", err)
			}
			gotE, gotR := storetest.Dump(t, again)
			if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
				t.Error("the state before the torn change differs")
			}
			if !strings.Contains(log.String(), "cut off a change") || !strings.Contains(log.String(), tt.want) || !strings.Contains(log.String(), "journal.log") {
				t.Errorf("warning: %q, want one naming the file and %q", log.String(), tt.want)
			}
			// The cut is on disk: a new change follows the last whole one.
			storetest.MustLoad(t, again, storetest.ReportB(t))
			wantE, wantR = storetest.Dump(t, again)
			again.Close()
			log.Reset()
			third, err := inmem.OpenWith(dir, inmem.Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer third.Close()
			if gotE, gotR := storetest.Dump(t, third); !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) || log.Len() > 0 {
				t.Errorf("after a change written over the cut: the state differs, or a warning: %q", log.String())
			}
		})
	}
}

// TestAcknowledgedLoadSurvivesKill loads a report in a child process,
// kills it with SIGKILL as soon as the load is acknowledged, and finds the
// report after reopening.
func TestAcknowledgedLoadSurvivesKill(t *testing.T) {
	if dir := os.Getenv("RIGHTSGRAPH_CHILD_DIR"); dir != "" {
		s, err := inmem.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		storetest.MustLoad(t, s, storetest.ReportA(t))
		os.Stdout.WriteString("acknowledged\n")
		select {} // wait for the kill
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAcknowledgedLoadSurvivesKill$")
	cmd.Env = append(os.Environ(), "RIGHTSGRAPH_CHILD_DIR="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "acknowledged\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q", line)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait() //nolint:errcheck // killed on purpose
	s := MustOpen(t, dir)
	if _, err := s.Entity(context.Background(), "person/anna-petrova"); err != nil {
		t.Errorf("after the kill: %v", err)
	}
}

// BenchmarkPersistentEdit measures an edit acknowledged only once it is on
// disk: the journal's fsync is most of it.
func BenchmarkPersistentEdit(b *testing.B) {
	s := MustOpen(b, b.TempDir())
	storetest.MustLoad(b, s, storetest.ReportA(b))
	ctx := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "bench", Role: rightsgraph.RoleEditor})
	i := 0
	for b.Loop() {
		i++
		desc := strconv.Itoa(i)
		if _, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Description: &desc}); err != nil {
			b.Fatal(err)
		}
	}
}
