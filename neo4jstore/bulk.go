package neo4jstore

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// ImportFiles writes a graph as the CSV files of `neo4j-admin database
// import full`, node for node and property for property what loads
// through the store would have written (entityProps, relationProps, the
// meta node, the audit log), so that a store opened on the imported
// database reads, searches, lists and edits it as if it had been loaded.
// A first load of a large graph is then one offline import, at the speed
// of neo4j-admin, rather than hours of transactions.
type ImportFiles struct {
	dir      string
	entities map[rightsgraph.Kind]*csvFile
	rels     map[rightsgraph.RelType]*csvFile
	audit    *csvFile
	counts   ImportCounts
}

// ImportCounts counts what ImportFiles wrote.
type ImportCounts struct {
	Entities, Relations, AuditEntries int
}

// ArrayDelimiter separates the elements of an array property in the CSV
// files: the unit separator, which no name, quote or text of a report
// holds (ImportFiles refuses one that does).
const ArrayDelimiter = "\x1f"

type csvFile struct {
	path string
	f    *os.File
	w    *csv.Writer
}

func newCSV(path string, header []string) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &csvFile{path: path, f: f, w: csv.NewWriter(f)}
	return c, c.w.Write(header)
}

func (c *csvFile) close() error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		c.f.Close()
		return err
	}
	return c.f.Close()
}

// The columns of entity nodes, in order, and their types in the header.
var entityColumnTypes = []struct{ name, typ string }{
	{"kind", ""}, {"name", ""}, {"aliases", "string[]"}, {"description", ""}, {"startDate", ""}, {"endDate", ""},
	{"url", ""}, {"publishedAt", ""}, {"source", ""}, {"attribution", ""}, {"text", ""}, {"reports", "string[]"},
	{"declarations", ""}, {"nameKey", ""}, {"sortName", ""}, {"searchNorms", "string[]"}, {"searchText", ""},
	{"searchTokens", ""}, {"searchKeys", "long"}, {"declaredIds", "string[]"}, {"relationIds", "string[]"},
	{"visibility", ""}, {"leanReports", ""}, {"lean", ""},
}

var relationColumnTypes = []struct{ name, typ string }{
	{"id", ""}, {"role", ""}, {"at", ""}, {"evReports", "string[]"}, {"evQuotes", "string[]"}, {"evStarts", "long[]"},
	{"evEnds", "long[]"}, {"evRoles", "string[]"}, {"evAts", "string[]"}, {"evEditors", "string[]"},
	{"visibility", ""}, {"leanReports", ""}, {"lean", ""},
}

// NewImportFiles starts the files in dir, which must exist.
func NewImportFiles(dir string) (*ImportFiles, error) {
	return &ImportFiles{dir: dir, entities: map[rightsgraph.Kind]*csvFile{}, rels: map[rightsgraph.RelType]*csvFile{}}, nil
}

// Entity writes an entity node: e as its declarations merge, the
// declarations by report, and, for a report, what it declared and stated
// (ReportStatements).
func (f *ImportFiles) Entity(e *rightsgraph.Entity, decls map[string]rightsgraph.Declaration, declared, stated []string) error {
	if !e.Kind.Valid() {
		return fmt.Errorf("entity %q: unknown kind %q", e.ID, e.Kind)
	}
	c := f.entities[e.Kind]
	if c == nil {
		header := []string{"id:ID(Entity)", ":LABEL"}
		for _, col := range entityColumnTypes {
			header = append(header, typed(col.name, col.typ))
		}
		var err error
		if c, err = newCSV(filepath.Join(f.dir, "entities-"+strings.ToLower(string(e.Kind))+".csv"), header); err != nil {
			return err
		}
		f.entities[e.Kind] = c
	}
	raw, err := encodeDeclarations(decls)
	if err != nil {
		return err
	}
	props := entityProps(e, raw, declared, stated)
	row := []string{e.ID, "Entity" + ArrayDelimiter + e.Kind.Label()}
	for _, col := range entityColumnTypes {
		v, err := cell(props[col.name])
		if err != nil {
			return fmt.Errorf("entity %q: %s: %w", e.ID, col.name, err)
		}
		row = append(row, v)
	}
	f.counts.Entities++
	return c.w.Write(row)
}

// Relation writes a relationship.
func (f *ImportFiles) Relation(r *rightsgraph.Relation) error {
	from, typ, to, err := splitRelationID(r.ID)
	if err != nil {
		return err
	}
	c := f.rels[typ]
	if c == nil {
		header := []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}
		for _, col := range relationColumnTypes {
			header = append(header, typed(col.name, col.typ))
		}
		if c, err = newCSV(filepath.Join(f.dir, "relations-"+strings.ToLower(string(typ))+".csv"), header); err != nil {
			return err
		}
		f.rels[typ] = c
	}
	props := relationProps(r)
	// Evidence no editor gave has no evEditors, as relationships written
	// before editors existed: an array of empty strings would not survive
	// the CSV.
	editors := false
	for _, ev := range r.Evidence {
		editors = editors || ev.Editor != ""
	}
	if !editors {
		delete(props, "evEditors")
	}
	row := []string{from, to, string(typ)}
	for _, col := range relationColumnTypes {
		v, err := cell(props[col.name])
		if err != nil {
			return fmt.Errorf("relation %q: %s: %w", r.ID, col.name, err)
		}
		row = append(row, v)
	}
	f.counts.Relations++
	return c.w.Write(row)
}

// Audit writes an entry of the audit log.
func (f *ImportFiles) Audit(e rightsgraph.AuditEntry) error {
	if f.audit == nil {
		var err error
		f.audit, err = newCSV(filepath.Join(f.dir, "audit.csv"), []string{":ID(Audit)", ":LABEL", "seq:long", "at", "actor", "action",
			"entities:string[]", "summary", "before", "after"})
		if err != nil {
			return err
		}
	}
	entities, err := cell(nonNil(e.Entities))
	if err != nil {
		return fmt.Errorf("audit entry %d: %w", e.Seq, err)
	}
	f.counts.AuditEntries++
	return f.audit.w.Write([]string{strconv.FormatInt(e.Seq, 10), "AuditEntry", strconv.FormatInt(e.Seq, 10),
		e.At.UTC().Format(time.RFC3339Nano), e.Actor, e.Action, entities, e.Summary, e.Before, e.After})
}

// Close writes the meta node, at sequence number seq (the revision the
// loads reached), closes the files, and returns the arguments of
// neo4j-admin database import that name them, and the counts.
func (f *ImportFiles) Close(seq int64) ([]string, ImportCounts, error) {
	meta, err := newCSV(filepath.Join(f.dir, "meta.csv"), []string{":ID(Meta)", ":LABEL", "id", "seq:long", "format:long"})
	if err != nil {
		return nil, f.counts, err
	}
	if err := meta.w.Write([]string{"meta", "RightsgraphMeta", "meta", strconv.FormatInt(seq, 10), strconv.Itoa(formatVersion)}); err != nil {
		return nil, f.counts, err
	}
	args := []string{"--nodes=" + meta.path}
	files := []*csvFile{meta}
	if f.audit != nil {
		files = append(files, f.audit)
		args = append(args, "--nodes="+f.audit.path)
	}
	for _, k := range rightsgraph.Kinds {
		if c := f.entities[k]; c != nil {
			files = append(files, c)
			args = append(args, "--nodes="+c.path)
		}
	}
	for _, t := range rightsgraph.RelTypes() {
		if c := f.rels[t]; c != nil {
			files = append(files, c)
			args = append(args, "--relationships="+c.path)
		}
	}
	var first error
	for _, c := range files {
		if err := c.close(); err != nil && first == nil {
			first = err
		}
	}
	if first != nil {
		return nil, f.counts, first
	}
	// neo4j-admin writes its report of bad rows in the working folder
	// unless told otherwise.
	return append(args, "--array-delimiter="+ArrayDelimiter, "--multiline-fields=true", "--quote=\"",
		"--report-file="+filepath.Join(f.dir, "import.report")), f.counts, nil
}

func typed(name, typ string) string {
	if typ == "" {
		return name
	}
	return name + ":" + typ
}

// cell is one CSV cell of a property value. Arrays join with
// ArrayDelimiter, which must not appear in them; an empty array is an
// empty cell (no property), which the store reads as empty.
func cell(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case []string:
		for _, s := range v {
			if strings.Contains(s, ArrayDelimiter) {
				return "", fmt.Errorf("%q holds the array delimiter U+001F", s)
			}
		}
		return strings.Join(v, ArrayDelimiter), nil
	case []int64:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.FormatInt(n, 10)
		}
		return strings.Join(parts, ArrayDelimiter), nil
	}
	return "", fmt.Errorf("no CSV form for %T", v)
}
