package inmem

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// FormatVersion is the format version this release writes to a data
// folder; Open migrates a folder of an earlier version to it.
const FormatVersion = formatVersion

// FolderInfo describes a data folder: its format version, its files and
// what it holds.
type FolderInfo struct {
	Version      int
	Files        []string // the store's files, by name
	Bytes        int64    // their total size
	Changes      int64    // the store's revision
	Entities     int
	Relations    int
	Tokens       int
	AuditEntries int
}

// Inspect reads a data folder without taking its lock or changing it, and
// describes it: what migrate and compact say they would do.
func Inspect(dir string) (FolderInfo, error) {
	var info FolderInfo
	v, err := FolderVersion(dir)
	if err != nil {
		return info, err
	}
	s, err := OpenReadOnly(dir)
	if err != nil {
		return info, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		return info, fmt.Errorf("data folder: %w", err)
	}
	for _, e := range entries {
		n := e.Name()
		if n != formatFile && n != snapshotFile && !validTail(n) {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, n))
		if err != nil {
			return info, fmt.Errorf("data folder: %w", err)
		}
		info.Files = append(info.Files, n)
		info.Bytes += fi.Size()
	}
	slices.Sort(info.Files)
	s.mu.RLock()
	defer s.mu.RUnlock()
	info.Version, info.Changes = v, s.seq
	info.Entities, info.Relations, info.Tokens, info.AuditEntries = len(s.entities), len(s.relations), len(s.tokens), len(s.audit.log)
	return info, nil
}
