package inmem

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/rightsgraph/rightsgraph"
)

// The data folder holds the store's state as a snapshot (optional) and a
// journal tail: one line per change since the snapshot,
// "<crc32c in hex> <record as JSON>\n", appended and fsync'd before the
// change is applied, so that a change acknowledged to the caller survives
// a crash. At open the snapshot is read and the tail replayed in order.
// FORMAT names the folder's format version (see format.go).
//
// A last line that was never acknowledged (cut short by a crash while it
// was written: no newline, or a bad checksum) is cut off with a warning.
// Damage anywhere else stops the open with an error naming the file and
// line: nothing acknowledged is ever dropped silently.
const (
	formatFile   = "FORMAT"
	snapshotFile = "snapshot"
	firstTail    = "journal.log" // the tail of a folder without a snapshot, and the whole of a version 1 folder
	lockFile     = "LOCK"
	tmpSuffix    = ".tmp"
)

// record is one change the store makes: what a journal line holds.
type record struct {
	Op     string
	Graph  *rightsgraph.ReportGraph // a whole report graph (loads of version 1 folders)
	Token  *rightsgraph.Token       // version 1 token saves
	Writes []write                  // the changes, in order
	Audit  *rightsgraph.AuditEntry  // a load's
	Next   string                   // opNext: the file the journal continues in
}

// The changes a journal records.
const (
	opLoadReport = "load-report"
	opTokenSave  = "token-save" // a new token, or one revoked (version 1 only)
	opEdit       = "edit"       // an editor's change
	opNext       = "next"       // the journal continues in another file (compaction)
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Options tune a persistent store.
type Options struct {
	// Logger receives the warnings of an open (a torn last change cut
	// off, a folder migrated) and of compactions; slog.Default() if nil.
	Logger *slog.Logger
	// CompactAfter is the smallest journal tail, in bytes, that starts a
	// compaction by itself, once it also outgrows the snapshot; 0 for
	// 4 MiB, negative never.
	CompactAfter int64
}

type journal struct {
	dir       string
	f         *os.File // the tail appended to
	path      string
	lock      *os.File
	gen       int   // of the tail appended to
	tailBytes int64 // in the tails since the snapshot
	snapBytes int64 // in the snapshot
}

// Open returns a store kept in dir: it takes dir's lock (one process at a
// time), reads dir's state (migrating a folder of an earlier format) and
// journals every later change.
func Open(dir string) (*Store, error) { return OpenWith(dir, Options{}) }

// OpenWith is Open with options.
func OpenWith(dir string, o Options) (*Store, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.CompactAfter == 0 {
		o.CompactAfter = 4 << 20
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, rightsgraph.Errorf(rightsgraph.ECONFLICT, "data folder %s is in use by another rightsgraph process: stop it first, or send reports to a running server with the addReport mutation", dir)
	}
	s, err := openLocked(dir, o)
	if err != nil {
		lock.Close()
		return nil, err
	}
	s.journal.lock = lock
	return s, nil
}

// openLocked reads the folder whose lock the caller holds, migrating it
// to the current format first if it is older.
func openLocked(dir string, o Options) (*Store, error) {
	version, err := FolderVersion(dir)
	if err != nil {
		return nil, err
	}
	switch {
	case version == 0:
		if err := writeFileAtomic(dir, formatFile, []byte(strconv.Itoa(formatVersion)+"\n")); err != nil {
			return nil, err
		}
	case version == 1:
		s := New()
		s.log = o.Logger
		if err := s.readV1(filepath.Join(dir, firstTail), true); err != nil {
			return nil, err
		}
		if err := migrate(dir, s); err != nil {
			return nil, err
		}
		o.Logger.Warn("data folder migrated", "folder", dir, "from", 1, "to", formatVersion)
	case version > formatVersion:
		return nil, fmt.Errorf("data folder %s: format version %d, written by a newer release (this one reads up to %d): run that release, or restore a backup", dir, version, formatVersion)
	}
	s := New()
	s.log, s.compactAfter = o.Logger, o.CompactAfter
	st, err := s.readV2(dir, true)
	if err != nil {
		return nil, err
	}
	if err := removeStale(dir, st.tails); err != nil {
		return nil, err
	}
	last := st.tails[len(st.tails)-1]
	f, err := os.OpenFile(filepath.Join(dir, last), os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	if st.cut >= 0 {
		if err := f.Truncate(st.cut); err != nil {
			f.Close()
			return nil, fmt.Errorf("data folder: cut off the torn last change: %w", err)
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, fmt.Errorf("data folder: %w", err)
		}
	}
	s.journal = &journal{dir: dir, f: f, path: filepath.Join(dir, last), gen: tailGen(last), tailBytes: st.tailBytes, snapBytes: st.snapBytes}
	return s, nil
}

// FolderVersion returns the format version of a data folder: 0 for an
// empty or missing one, 1 for a journal.log without FORMAT.
func FolderVersion(dir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dir, formatFile))
	if errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(filepath.Join(dir, firstTail)); err == nil {
			return 1, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return 0, fmt.Errorf("data folder: %w", err)
		}
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("data folder: %w", err)
	}
	v, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || v < 2 {
		return 0, fmt.Errorf("%s: not a format version: %q", filepath.Join(dir, formatFile), b)
	}
	return v, nil
}

// OpenReadOnly returns the state kept in dir without taking its lock, for
// commands that only read (draft) while a server may hold the folder. A
// last change still being written is left out, a folder of an earlier
// format is read as it is, and every write is refused.
func OpenReadOnly(dir string) (*Store, error) {
	// A compaction may remove a tail between our reading the snapshot that
	// names it and opening it; the next attempt reads the new snapshot.
	// Compactions are rare, but a reader must not lose to a run of them.
	for attempt := 0; ; attempt++ {
		s, err := readOnly(dir)
		if errors.Is(err, fs.ErrNotExist) && attempt < maxReadAttempts {
			continue
		}
		return s, err
	}
}

// maxReadAttempts bounds how often OpenReadOnly starts again after a
// compaction moved the folder on under it.
const maxReadAttempts = 1000

func readOnly(dir string) (*Store, error) {
	s := New()
	s.readOnly = true
	version, err := FolderVersion(dir)
	switch {
	case err != nil:
		return nil, err
	case version == 0:
		return s, nil
	case version == 1:
		err = s.readV1(filepath.Join(dir, firstTail), false)
	case version > formatVersion:
		return nil, fmt.Errorf("data folder %s: format version %d, written by a newer release", dir, version)
	default:
		_, err = s.readV2(dir, false)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// folderState is what reading a version 2 folder found.
type folderState struct {
	tails     []string // the journal files in replay order
	cut       int64    // the size to cut the last tail to; -1: whole
	tailBytes int64
	snapBytes int64
}

// readV2 reads a version 2 folder: the snapshot, then the tails it
// names, in order. torn decides what a torn last change is: cut off
// with a warning (true, the writer), or silently left out (a reader,
// which may meet a change being written).
func (s *Store) readV2(dir string, writer bool) (folderState, error) {
	st := folderState{tails: []string{firstTail}, cut: -1}
	snap := filepath.Join(dir, snapshotFile)
	if fi, err := os.Stat(snap); err == nil {
		tail, err := s.readSnapshot(snap)
		if err != nil {
			return st, err
		}
		st.tails, st.snapBytes = []string{tail}, fi.Size()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return st, fmt.Errorf("data folder: %w", err)
	}
	for i := 0; i < len(st.tails); i++ {
		path := filepath.Join(dir, st.tails[i])
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) && i == 0 && st.snapBytes == 0 {
			break // a new folder
		} else if err != nil {
			return st, fmt.Errorf("data folder: %w", err)
		}
		next := ""
		n, cut, err := readLines(f, path, tornModeOf(writer), s.log, func(line int, body []byte) error {
			var rec recordV2
			if err := json.Unmarshal(body, &rec); err != nil {
				return err
			}
			if rec.Op == opNext {
				if !validTail(rec.Next) {
					return fmt.Errorf("continues in %q, not a journal file", rec.Next)
				}
				next = rec.Next
				return nil
			}
			if next != "" {
				return fmt.Errorf("a change after the journal continued in %s", next)
			}
			return s.applyV2(rec)
		})
		f.Close()
		if err != nil {
			return st, err
		}
		st.tailBytes += n
		if next != "" {
			st.tails = append(st.tails, next)
		} else if i == len(st.tails)-1 {
			st.cut = cut
		}
	}
	return st, nil
}

// readV1 replays a version 1 journal.
func (s *Store) readV1(path string, writer bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	defer f.Close()
	_, _, err = readLines(f, path, tornModeOf(writer), s.log, func(line int, body []byte) error {
		var v1 recordV1
		if err := json.Unmarshal(body, &v1); err != nil {
			return err
		}
		rec, err := v1.record()
		if err != nil {
			return err
		}
		if err := validate(rec); err != nil {
			return err
		}
		s.applyRecord(rec)
		return nil
	})
	return err
}

// validate checks what a decoded version 1 record carries.
func validate(rec record) error {
	var invalid error
	switch {
	case rec.Op == opLoadReport && rec.Graph != nil:
		invalid = rec.Graph.Validate()
	case rec.Op == opTokenSave && rec.Token != nil:
		invalid = rec.Token.Validate()
	case rec.Op == opEdit && len(rec.Writes) > 0:
	default:
		invalid = fmt.Errorf("unknown change %q", rec.Op)
	}
	for _, w := range rec.Writes {
		if w.Op == wToken && w.Token != nil && invalid == nil {
			invalid = w.Token.Validate()
		}
	}
	return invalid
}

// tornMode says what a torn last line is.
type tornMode int

const (
	tornCut      tornMode = iota // cut off, with a warning: the writer's open
	tornSkip                     // left out: a reader may meet a change being written
	tornIsDamage                 // damage: a file written whole (a snapshot)
)

func tornModeOf(writer bool) tornMode {
	if writer {
		return tornCut
	}
	return tornSkip
}

// readLines calls fn with each checksummed line of r and returns the
// bytes it read whole, and where to cut a torn last line (-1: none).
func readLines(r io.Reader, path string, torn tornMode, log *slog.Logger, fn func(line int, body []byte) error) (good, cut int64, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	cut = -1
	for line := 1; ; line++ {
		text, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) && len(text) == 0 {
			return good, cut, nil
		} else if err != nil && !errors.Is(err, io.EOF) {
			return good, cut, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		_, peekErr := br.Peek(1)
		last := errors.Is(peekErr, io.EOF)
		whole := bytes.HasSuffix(text, []byte("\n"))
		body, ok := checked(text)
		if !whole || !ok {
			if !last || torn == tornIsDamage {
				return good, cut, damaged(path, line, "checksum mismatch")
			}
			if torn == tornCut {
				log.Warn("cut off a change that was never acknowledged: the process stopped while writing it",
					"file", path, "line", line, "bytes", len(text), "op", opOf(text))
			}
			return good, good, nil
		}
		if err := fn(line, body); err != nil {
			return good, cut, damaged(path, line, err.Error())
		}
		good += int64(len(text))
	}
}

// checked returns the body of a whole line whose checksum holds.
func checked(text []byte) ([]byte, bool) {
	sum, body, ok := bytes.Cut(bytes.TrimSuffix(text, []byte("\n")), []byte(" "))
	want, err := strconv.ParseUint(string(sum), 16, 32)
	if !ok || err != nil || len(sum) != 8 || crc32.Checksum(body, castagnoli) != uint32(want) {
		return nil, false
	}
	return body, true
}

// opOf names the change a torn line was, if that much of it is readable.
func opOf(text []byte) string {
	_, body, _ := bytes.Cut(text, []byte(" "))
	const key = `{"op":"`
	if rest, ok := bytes.CutPrefix(body, []byte(key)); ok {
		if op, _, ok := bytes.Cut(rest, []byte(`"`)); ok {
			return string(op)
		}
	}
	return "unreadable"
}

func damaged(path string, line int, why string) error {
	return fmt.Errorf("%s:%d: the data file is damaged: %s; restore the folder from a backup", path, line, why)
}

// checksummed returns a record's line: "<crc32c hex> <json>\n".
func checksummed(v any) ([]byte, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	line := make([]byte, 0, len(body)+10)
	line = fmt.Appendf(line, "%08x ", crc32.Checksum(body, castagnoli))
	line = append(line, body...)
	return append(line, '\n'), nil
}

// append writes one line and waits until it is on disk.
func (j *journal) append(line []byte) error {
	end, err := j.f.Seek(0, io.SeekEnd)
	if err != nil {
		return fmt.Errorf("write %s: %w", j.path, err)
	}
	if _, err := j.f.Write(line); err != nil {
		j.f.Truncate(end) //nolint:errcheck // best effort: leave no torn line behind
		return fmt.Errorf("write %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", j.path, err)
	}
	j.tailBytes += int64(len(line))
	return nil
}

func (j *journal) close() error {
	err := j.f.Close()
	if j.lock != nil {
		j.lock.Close() // closing releases the lock
	}
	return err
}

// write journals a record, if the store is persistent, then applies it;
// s.mu is held.
func (s *Store) write(rec record) error {
	if s.readOnly {
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the store was opened read-only")
	}
	if s.journal != nil {
		line, err := checksummed(s.encode(rec))
		if err != nil {
			return err
		}
		if err := s.journal.append(line); err != nil {
			return err
		}
		s.maybeCompact()
	}
	s.applyRecord(rec)
	return nil
}

// applyRecord applies a change; s.mu is held.
func (s *Store) applyRecord(rec record) {
	switch rec.Op {
	case opLoadReport, opEdit:
		s.seq++
		for _, w := range rec.Writes {
			s.applyWrite(w)
		}
		if rec.Graph != nil {
			s.apply(rec.Graph)
		}
		if rec.Audit != nil {
			s.audit.add(*rec.Audit)
		}
	case opTokenSave:
		t := *rec.Token
		s.tokens[t.Name] = &t
	}
}

// tailName names the journal tail of a generation.
func tailName(gen int) string {
	if gen == 0 {
		return firstTail
	}
	return fmt.Sprintf("journal-%06d.log", gen)
}

func tailGen(name string) int {
	n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(name, "journal-"), ".log"))
	return n
}

func validTail(name string) bool {
	return name == firstTail || (tailGen(name) > 0 && tailName(tailGen(name)) == name)
}

// removeStale removes what an interrupted compaction or migration left:
// journal files the state no longer needs, and temporary files.
func removeStale(dir string, keep []string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	removed := false
	for _, e := range entries {
		n := e.Name()
		if (validTail(n) && !slices.Contains(keep, n)) || strings.HasSuffix(n, tmpSuffix) {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return fmt.Errorf("data folder: %w", err)
			}
			removed = true
		}
	}
	if removed {
		return syncDir(dir)
	}
	return nil
}

// writeFileAtomic writes a file whole or not at all: a temporary file,
// fsync'd, renamed over the name, and the folder fsync'd.
func writeFileAtomic(dir, name string, b []byte) error {
	tmp := filepath.Join(dir, name+tmpSuffix)
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	return syncDir(dir)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
