package inmem

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/rightsgraph/rightsgraph"
)

// The journal is the persistent form of the store: one line per change,
// "<crc32c in hex> <record as JSON>\n", appended and fsync'd before the
// change is applied, so that a change acknowledged to the caller survives
// a crash. At open the journal is replayed in order. A damaged line, or a
// last line cut short by a crash mid-write, stops the open with an error
// naming the file and line: nothing is ever dropped silently.
const (
	journalFile = "journal.log"
	lockFile    = "LOCK"
)

// record is one change in the journal.
type record struct {
	Op     string                   `json:"op"`
	Graph  *rightsgraph.ReportGraph `json:"graph,omitempty"`
	Token  *rightsgraph.Token       `json:"token,omitempty"`
	Writes []write                  `json:"writes,omitempty"` // an edit's, or a load's relocated evidence
	Audit  *rightsgraph.AuditEntry  `json:"audit,omitempty"`  // a load's
}

// The changes a journal records.
const (
	opLoadReport = "load-report"
	opTokenSave  = "token-save" // a new token, or one revoked (before tokens were edits)
	opEdit       = "edit"       // an editor's change
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

type journal struct {
	f    *os.File
	lock *os.File
	path string
}

// Open returns a store kept in dir: it takes dir's lock (one process at a
// time), replays dir's journal and appends every later change to it.
func Open(dir string) (*Store, error) {
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
	path := filepath.Join(dir, journalFile)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("data folder: %w", err)
	}
	s := New()
	if err := s.replay(f, path); err != nil {
		f.Close()
		lock.Close()
		return nil, err
	}
	s.journal = &journal{f: f, lock: lock, path: path}
	return s, nil
}

// OpenReadOnly returns the state kept in dir without taking its lock, for
// commands that only read (draft) while a server may hold the folder. A
// last change still being written is left out, and every write is refused.
func OpenReadOnly(dir string) (*Store, error) {
	path := filepath.Join(dir, journalFile)
	s := New()
	s.readOnly = true
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	} else if err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	defer f.Close()
	if err := s.replay(f, path); err != nil {
		return nil, err
	}
	return s, nil
}

// replay applies every record of the journal.
func (s *Store) replay(r io.Reader, path string) error {
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if errors.Is(err, io.EOF) {
			if text != "" && !s.readOnly { // a reader may meet a change being written
				return damaged(path, line, "the last change was cut short (the process stopped while writing it)")
			}
			return nil
		} else if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		sum, body, ok := strings.Cut(strings.TrimSuffix(text, "\n"), " ")
		want, perr := strconv.ParseUint(sum, 16, 32)
		if !ok || perr != nil || crc32.Checksum([]byte(body), castagnoli) != uint32(want) {
			return damaged(path, line, "checksum mismatch")
		}
		var rec record
		if err := json.Unmarshal([]byte(body), &rec); err != nil {
			return damaged(path, line, err.Error())
		}
		var invalid error
		switch {
		case rec.Op == opLoadReport && rec.Graph != nil:
			invalid = rec.Graph.Validate()
		case rec.Op == opTokenSave && rec.Token != nil:
			invalid = rec.Token.Validate()
		case rec.Op == opEdit && len(rec.Writes) > 0:
			for _, w := range rec.Writes {
				if w.Op == wToken && w.Token != nil {
					invalid = cmp.Or(invalid, w.Token.Validate())
				}
			}
		default:
			invalid = fmt.Errorf("unknown change %q", rec.Op)
		}
		if invalid != nil {
			return damaged(path, line, invalid.Error())
		}
		s.applyRecord(rec)
	}
}

func damaged(path string, line int, why string) error {
	return fmt.Errorf("%s:%d: the data file is damaged: %s; restore it from a backup, or move it away to start empty", path, line, why)
}

// append writes one record and waits until it is on disk.
func (j *journal) append(rec record) error {
	body, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	line := fmt.Sprintf("%08x %s\n", crc32.Checksum(body, castagnoli), body)
	end, err := j.f.Seek(0, io.SeekEnd)
	if err != nil {
		return fmt.Errorf("write %s: %w", j.path, err)
	}
	if _, err := j.f.WriteString(line); err != nil {
		j.f.Truncate(end) //nolint:errcheck // best effort: leave no torn line behind
		return fmt.Errorf("write %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", j.path, err)
	}
	return nil
}

func (j *journal) close() error {
	err := j.f.Close()
	j.lock.Close() // closing releases the lock
	return err
}

// write journals a record, if the store is persistent, then applies it;
// s.mu is held.
func (s *Store) write(rec record) error {
	if s.readOnly {
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the store was opened read-only")
	}
	if s.journal != nil {
		if err := s.journal.append(rec); err != nil {
			return err
		}
	}
	s.applyRecord(rec)
	return nil
}

// applyRecord applies a journalled change; s.mu is held.
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
			s.audit = append(s.audit, *rec.Audit)
		}
	case opTokenSave:
		t := *rec.Token
		s.tokens[t.Name] = &t
	}
}
