package inmem

import (
	"bufio"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// A snapshot is the whole state at one change, in checksummed lines as the
// journal is: a header naming the journal tail that follows it, one line
// per entity, relation, token, redirect, retraction, merge record and
// audit entry, and a footer counting them.
type snapLineV2 struct {
	Format    int                      `json:"format,omitempty"` // header
	Seq       int64                    `json:"seq,omitempty"`    // header: the change the snapshot holds the state after
	Tail      string                   `json:"tail,omitempty"`   // header: the journal file that follows
	Entity    *snapEntityV2            `json:"entity,omitempty"`
	Relation  *relationV2              `json:"relation,omitempty"`
	Token     *tokenV2                 `json:"token,omitempty"`
	Redirect  []string                 `json:"redirect,omitempty"` // [from, to]
	Retracted string                   `json:"retracted,omitempty"`
	Merge     *rightsgraph.MergeRecord `json:"merge,omitempty"`
	Audit     *auditV2                 `json:"audit,omitempty"`
	End       bool                     `json:"end,omitempty"`   // footer
	Items     int                      `json:"items,omitempty"` // footer: the lines between header and footer
}

type snapEntityV2 struct {
	ID    string                   `json:"id"`
	Decls map[string]declarationV2 `json:"decls"`
}

// state is a copy of the store's state, made under its lock; it shares
// what the store replaces rather than changes in place.
type state struct {
	seq       int64
	decls     map[string]map[string]rightsgraph.Declaration
	relations map[string]*rightsgraph.Relation
	tokens    map[string]*rightsgraph.Token
	redirects map[string]string
	retracted map[string]bool
	merges    map[string]*rightsgraph.MergeRecord
	audit     []rightsgraph.AuditEntry
}

// capture copies the state; s.mu is held.
func (s *Store) capture() state {
	st := state{
		seq: s.seq, decls: make(map[string]map[string]rightsgraph.Declaration, len(s.entities)),
		relations: maps.Clone(s.relations), tokens: maps.Clone(s.tokens), redirects: maps.Clone(s.redirects),
		retracted: maps.Clone(s.retracted), merges: maps.Clone(s.merges), audit: s.audit.log[:len(s.audit.log):len(s.audit.log)],
	}
	for id, r := range s.entities {
		st.decls[id] = maps.Clone(r.decls) // loads change these maps in place
	}
	return st
}

// writeSnapshot writes the state to path and fsyncs it.
func writeSnapshot(path string, st state, tail string) (size int64, err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return 0, fmt.Errorf("snapshot: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("snapshot: %w", cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	items := 0
	put := func(l snapLineV2) error {
		line, err := checksummed(l)
		if err != nil {
			return err
		}
		size += int64(len(line))
		_, err = w.Write(line)
		return err
	}
	item := func(l snapLineV2) error { items++; return put(l) }
	if err := put(snapLineV2{Format: formatVersion, Seq: st.seq, Tail: tail}); err != nil {
		return 0, err
	}
	for _, id := range slices.Sorted(maps.Keys(st.decls)) {
		e := &snapEntityV2{ID: id, Decls: map[string]declarationV2{}}
		for src, d := range st.decls[id] {
			e.Decls[src] = toDeclarationV2(d)
		}
		if err := item(snapLineV2{Entity: e}); err != nil {
			return 0, err
		}
	}
	for _, id := range slices.Sorted(maps.Keys(st.relations)) {
		r := toRelationV2(st.relations[id])
		if err := item(snapLineV2{Relation: &r}); err != nil {
			return 0, err
		}
	}
	for _, name := range slices.Sorted(maps.Keys(st.tokens)) {
		if err := item(snapLineV2{Token: toTokenV2(*st.tokens[name])}); err != nil {
			return 0, err
		}
	}
	for _, from := range slices.Sorted(maps.Keys(st.redirects)) {
		if err := item(snapLineV2{Redirect: []string{from, st.redirects[from]}}); err != nil {
			return 0, err
		}
	}
	for _, id := range slices.Sorted(maps.Keys(st.retracted)) {
		if err := item(snapLineV2{Retracted: id}); err != nil {
			return 0, err
		}
	}
	for _, drop := range slices.Sorted(maps.Keys(st.merges)) {
		if err := item(snapLineV2{Merge: st.merges[drop]}); err != nil {
			return 0, err
		}
	}
	coder := newAuditCoder()
	for _, e := range st.audit {
		if err := item(snapLineV2{Audit: coder.encode(e)}); err != nil {
			return 0, err
		}
		coder.add(e)
	}
	if err := put(snapLineV2{End: true, Items: items}); err != nil {
		return 0, err
	}
	if err := w.Flush(); err != nil {
		return 0, fmt.Errorf("snapshot: %w", err)
	}
	if err := f.Sync(); err != nil {
		return 0, fmt.Errorf("snapshot: %w", err)
	}
	return size, nil
}

// readSnapshot reads a snapshot into the empty store and returns the
// journal tail that follows it.
func (s *Store) readSnapshot(path string) (tail string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("data folder: %w", err)
	}
	defer f.Close()
	items, ended := 0, false
	_, _, err = readLines(f, path, tornIsDamage, s.log, func(line int, body []byte) error {
		var l snapLineV2
		if err := json.Unmarshal(body, &l); err != nil {
			return err
		}
		switch {
		case ended:
			return fmt.Errorf("a line after the end")
		case line == 1:
			if l.Format != formatVersion || !validTail(l.Tail) {
				return fmt.Errorf("not a snapshot header of format %d", formatVersion)
			}
			s.seq, tail = l.Seq, l.Tail
			return nil
		case l.End:
			if l.Items != items {
				return fmt.Errorf("the snapshot ends after %d items, want %d", items, l.Items)
			}
			ended = true
			return nil
		}
		items++
		return s.applySnapLine(l)
	})
	if err == nil && !ended {
		err = fmt.Errorf("%s: the snapshot is incomplete; restore the folder from a backup", path)
	}
	return tail, err
}

// applySnapLine loads one item of a snapshot.
func (s *Store) applySnapLine(l snapLineV2) error {
	switch {
	case l.Entity != nil:
		if len(l.Entity.Decls) == 0 {
			return fmt.Errorf("entity %s without declarations", l.Entity.ID)
		}
		decls := make(map[string]rightsgraph.Declaration, len(l.Entity.Decls))
		for src, d := range l.Entity.Decls {
			decls[src] = d.declaration()
		}
		s.setDeclarations(l.Entity.ID, decls)
	case l.Relation != nil:
		r := l.Relation.relation()
		s.putRelation(r)
	case l.Token != nil:
		t := l.Token.token()
		if err := t.Validate(); err != nil {
			return err
		}
		s.tokens[t.Name] = &t
	case len(l.Redirect) == 2:
		s.redirects[l.Redirect[0]] = l.Redirect[1]
	case l.Retracted != "":
		s.retracted[l.Retracted] = true
	case l.Merge != nil:
		s.merges[l.Merge.Drop] = l.Merge
	case l.Audit != nil:
		e, err := s.audit.decode(l.Audit)
		if err != nil {
			return err
		}
		s.audit.add(e)
	default:
		return fmt.Errorf("an empty snapshot item")
	}
	return nil
}

// compactHook, when set (by tests), is called after each step of a
// compaction, so that a test can stop the process there.
var compactHook func(step int)

func compactStep(n int) {
	if compactHook != nil {
		compactHook(n)
	}
}

// Compact writes the state as a new snapshot and starts a new journal
// tail, so that the folder holds the state rather than its history and
// an open replays only what came after. Readers wait only while the
// state is copied; writers may go on while the snapshot is written.
//
// At every step a crash leaves a folder that opens to the same state:
// the new tail is created empty (1), the old tail ends with a record
// naming it (2), so that the old snapshot's chain reaches every change;
// the snapshot is written to a temporary file and fsync'd (3), renamed
// into place (4) and the folder fsync'd (5); only then are the old tails
// removed (6).
func (s *Store) Compact() error {
	s.compactMu.Lock()
	defer s.compactMu.Unlock()
	s.mu.Lock()
	j := s.journal
	if j == nil {
		s.mu.Unlock()
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the store keeps no data folder")
	}
	dir, name := j.dir, tailName(j.gen+1)
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_CREATE|os.O_TRUNC|os.O_RDWR|os.O_APPEND, 0o644)
	if err == nil {
		err = f.Sync()
		if err == nil {
			err = syncDir(dir)
		}
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		s.mu.Unlock()
		return fmt.Errorf("compact: %w", err)
	}
	compactStep(1)
	line, err := checksummed(recordV2{Op: opNext, Next: name})
	if err == nil {
		err = j.append(line)
	}
	if err != nil {
		f.Close()
		s.mu.Unlock()
		return fmt.Errorf("compact: %w", err)
	}
	compactStep(2)
	j.f.Close()
	j.f, j.path, j.gen, j.tailBytes = f, filepath.Join(dir, name), j.gen+1, 0
	st := s.capture()
	s.mu.Unlock()

	tmp := filepath.Join(dir, snapshotFile+tmpSuffix)
	size, err := writeSnapshot(tmp, st, name)
	if err != nil {
		return err
	}
	compactStep(3)
	if err := os.Rename(tmp, filepath.Join(dir, snapshotFile)); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	compactStep(4)
	if err := syncDir(dir); err != nil {
		return err
	}
	compactStep(5)
	if err := removeStale(dir, []string{name}); err != nil {
		return err
	}
	compactStep(6)
	s.mu.Lock()
	j.snapBytes = size
	s.mu.Unlock()
	return nil
}

// maybeCompact starts a compaction in the background when the journal
// tail has outgrown the snapshot; s.mu is held.
func (s *Store) maybeCompact() {
	j := s.journal
	if s.compactAfter < 0 || s.compacting || s.closing || j.tailBytes < s.compactAfter || j.tailBytes <= j.snapBytes {
		return
	}
	s.compacting = true
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		if err := s.Compact(); err != nil {
			s.log.Error("compaction failed; the journal keeps every change", "err", err)
		}
		s.mu.Lock()
		s.compacting = false
		s.mu.Unlock()
	}()
}

// migrate rewrites a version 1 folder, whose state s holds, in the
// current format: a snapshot and an empty tail first, then the FORMAT
// file, which commits the change; a crash before it leaves the version 1
// folder as it was, to be migrated again.
func migrate(dir string, s *Store) error {
	if err := removeStale(dir, []string{firstTail}); err != nil {
		return err
	}
	name := tailName(1)
	if err := writeFileAtomic(dir, name, nil); err != nil {
		return err
	}
	tmp := filepath.Join(dir, snapshotFile+tmpSuffix)
	if _, err := writeSnapshot(tmp, s.capture(), name); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, snapshotFile)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := writeFileAtomic(dir, formatFile, fmt.Appendf(nil, "%d\n", formatVersion)); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(dir, firstTail)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return syncDir(dir)
}
