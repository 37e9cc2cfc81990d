package neo4jstore

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// entityFrom reads the map column e of a record (see entityColumns).
func entityFrom(rec *neo4j.Record) (*rightsgraph.Entity, error) {
	m, _, err := neo4j.GetRecordValue[map[string]any](rec, "e")
	if err != nil {
		return nil, fmt.Errorf("read entity: %w", err)
	}
	return entityOf(m), nil
}

// entityOf reads an entity map (see entityMap).
func entityOf(m map[string]any) *rightsgraph.Entity {
	return &rightsgraph.Entity{
		ID: str(m["id"]), Kind: rightsgraph.Kind(str(m["kind"])), Name: str(m["name"]),
		Aliases: strs(m["aliases"]), Description: str(m["description"]),
		StartDate: str(m["startDate"]), EndDate: str(m["endDate"]),
		URL: str(m["url"]), PublishedAt: str(m["publishedAt"]), Source: str(m["source"]),
		Attribution: str(m["attribution"]), Text: str(m["text"]), Reports: reportsOf(m["reports"]),
		Visibility: rightsgraph.Visibility(str(m["visibility"])),
	}
}

// entityProps is what a node stores of an entity, with the keys that
// search and lists use and the declarations it derives from.
func entityProps(e *rightsgraph.Entity, declarations string, declaredIDs, relationIDs []string) map[string]any {
	p := map[string]any{
		"kind": string(e.Kind), "name": e.Name, "aliases": nonNil(e.Aliases), "description": e.Description,
		"startDate": e.StartDate, "endDate": e.EndDate, "url": e.URL, "publishedAt": e.PublishedAt,
		"source": e.Source, "attribution": e.Attribution, "text": e.Text, "reports": nonNil(e.Reports),
		"declarations": declarations, "visibility": string(e.Visibility), "leanReports": leanReports(e.Reports, false),
		"lean": entityLean(e),
	}
	for k, v := range searchProps(e.ID, e.Name, e.Aliases) {
		p[k] = v
	}
	if e.Kind == rightsgraph.KindReport {
		p["declaredIds"], p["relationIds"] = nonNil(declaredIDs), nonNil(relationIDs)
	}
	return p
}

// searchKeys versions the keys searchProps derives: it changes whenever
// rightsgraph.Normalize or rightsgraph.NewKey do, so that a store opened
// by a newer build recomputes the keys an older one stored (see
// refreshSearchKeys). Version 2 folds Cyrillic into Latin and drops
// invisible characters; version 3 drops the Greek numeral sign as it drops
// the soft sign it stands for; version 4 adds sortName, the key of lists
// by name (see sortNameOf), and searchTokens, what search narrows by (see
// searchTokens); version 5 makes those tokens the pieces that typos leave
// intact, not deletion neighbourhoods.
const searchKeys = 5

// searchProps are the node properties derived from the names for sorting,
// listing and search: the sort keys, the normalized names, and the text of
// the full-text index (normalized and folded names).
func searchProps(id, name string, aliases []string) map[string]any {
	var norms, words []string
	for _, n := range append([]string{name}, aliases...) {
		k := rightsgraph.NewKey(n)
		norms = append(norms, k.Norm)
		words = append(words, k.Norm, k.Fold)
	}
	return map[string]any{
		"nameKey":      rightsgraph.Normalize(name),
		"sortName":     sortNameOf(name, id),
		"searchNorms":  norms,
		"searchText":   strings.Join(words, " \n "),
		"searchTokens": searchTokens(append([]string{name}, aliases...)),
		"searchKeys":   searchKeys,
	}
}

// relationFrom reads the relation columns of a record (see relationColumns).
func relationFrom(rec *neo4j.Record) (*rightsgraph.Relation, error) {
	return relationOf(func(k string) any { v, _ := rec.Get(k); return v })
}

// relationOf reads a relation from its columns (see relationColumns), or
// the keys of a map of the same names (see relationMap).
func relationOf(get func(k string) any) (*rightsgraph.Relation, error) {
	r := &rightsgraph.Relation{
		ID: str(get("id")), Type: rightsgraph.RelType(str(get("type"))), From: str(get("from")), To: str(get("to")),
		Visibility: rightsgraph.Visibility(str(get("visibility"))),
	}
	reports, quotes := strs(get("evReports")), strs(get("evQuotes"))
	starts, ends := ints(get("evStarts")), ints(get("evEnds"))
	// Relationships written before editors existed have no evEditors: all
	// their evidence is the annotation's. An import (ImportFiles) leaves
	// out an array of one empty string, which its CSV cannot hold.
	orEmpty := func(k string) []string {
		if v := get(k); v != nil {
			return strs(v)
		}
		return make([]string, len(reports))
	}
	roles, ats, editors := orEmpty("evRoles"), orEmpty("evAts"), orEmpty("evEditors")
	if len(quotes) != len(reports) || len(starts) != len(reports) || len(ends) != len(reports) ||
		len(roles) != len(reports) || len(ats) != len(reports) || len(editors) != len(reports) {
		return nil, fmt.Errorf("relation %q: evidence arrays of unequal length", r.ID)
	}
	for i := range reports {
		r.Evidence = append(r.Evidence, rightsgraph.Evidence{
			Report: reports[i], Quote: quotes[i], Start: starts[i], End: ends[i], Role: roles[i], At: ats[i], Editor: editors[i],
		})
	}
	r.Derive()
	return r, nil
}

// relationsFrom reads the relation columns of every record, in order.
func relationsFrom(recs []*neo4j.Record) ([]*rightsgraph.Relation, error) {
	out := make([]*rightsgraph.Relation, 0, len(recs))
	for _, rec := range recs {
		r, err := relationFrom(rec)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// relationProps is what a relationship stores of a relation.
func relationProps(r *rightsgraph.Relation) map[string]any {
	n := len(r.Evidence)
	reports, quotes, roles, ats, editors := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	starts, ends := make([]int64, n), make([]int64, n)
	for i, ev := range r.Evidence {
		reports[i], quotes[i], roles[i], ats[i], editors[i] = ev.Report, ev.Quote, ev.Role, ev.At, ev.Editor
		starts[i], ends[i] = int64(ev.Start), int64(ev.End)
	}
	return map[string]any{
		"id": r.ID, "role": r.Role, "at": r.At,
		"evReports": reports, "evQuotes": quotes, "evStarts": starts, "evEnds": ends, "evRoles": roles, "evAts": ats,
		"evEditors": editors, "visibility": string(r.Visibility), "leanReports": leanReports(reports, true),
		"lean": relationLean(r.Visibility, reports),
	}
}

// leanReports is the leanReports property of a node whose reports are
// reports (an entity's), or of a relationship whose evidence cites
// reports (distinct, each once in their order): the list joined by
// spaces, which no report id holds (see rightsgraph.Entity.Validate).
// Lean reads take it for the list, as the last field of lean (see
// entityLean, relationLean): it is what the guard decides from, and it is
// written with the list, in the same SET, wherever the list is written,
// so that it never says other than the list; the Cypher that writes a
// relationship's lean again reads it there (see leanOfRel).
func leanReports(reports []string, distinct bool) string {
	if distinct {
		var seen []string
		for _, r := range reports {
			if !slices.Contains(seen, r) {
				seen = append(seen, r)
			}
		}
		reports = seen
	}
	return strings.Join(reports, " ")
}

// leanSep separates the fields of lean, the one property a lean read
// reads of a node or a relationship (see entityLean, relationLean): the
// unit separator, which no id, kind, visibility, report id or load id
// holds.
const leanSep = "\x1f"

// entityLean is the lean property of an entity's node: what a lean read
// keeps of it but its name (see rightsgraph.LeanEntity), in one string,
// which Neo4j reads at the cost of one property where the four fields
// cost four: its id, kind, visibility and reports (as leanReports joins
// them), separated by leanSep. Like leanReports, it is written with the
// properties it repeats, from the same entity, in the same SET, wherever
// they are written; the migration to format 5 writes it as leanOfNode
// does.
func entityLean(e *rightsgraph.Entity) string {
	return e.ID + leanSep + string(e.Kind) + leanSep + string(e.Visibility) + leanSep + leanReports(e.Reports, false)
}

// relationLean is the lean property of a relationship that carries no
// mark of a staged load: what a lean read keeps of a relation but its
// type and ends (see rightsgraph.LeanRelation), in one string: the marks
// (here none), its visibility and the reports of its evidence (as
// leanReports joins them), separated by leanSep. A relation's id is its
// ends and type (rightsgraph.RelationID), which a lean read has without
// it. The marks say, with liveLean, whether the relationship is live, so
// that a lean read decides it from the same property: a statement that
// marks a relationship or removes a mark writes lean again, as leanOfRel
// makes it.
func relationLean(v rightsgraph.Visibility, reports []string) string {
	return leanSep + string(v) + leanSep + leanReports(reports, true)
}

// leanOfNode and leanOfRel are the Cypher of lean for node n and
// relationship x (a variable name spliced in from the store's own
// constants), from the properties it repeats: what entityLean and
// relationLean write, with the relationship's marks, when it has any:
// "s" and the load that staged it, then, after a space, "r" and the load
// that replaces it.
const leanOfNode = `n.id + '\u001f' + coalesce(n.kind, '') + '\u001f' + coalesce(n.visibility, '') + '\u001f' + coalesce(n.leanReports, '')`

func leanOfRel(x string) string {
	return `CASE WHEN ` + x + `.staged IS NULL THEN coalesce('r' + ` + x + `.replacedBy, '') ELSE 's' + ` + x + `.staged + coalesce(' r' + ` + x + `.replacedBy, '') END
  + '\u001f' + coalesce(` + x + `.visibility, '') + '\u001f' + coalesce(` + x + `.leanReports, '')`
}

// reportsOf reads a list of reports as a lean read returns it: as
// leanReports joined it, or as a list.
func reportsOf(v any) []string {
	if s, ok := v.(string); ok {
		return strings.Fields(s)
	}
	return strs(v)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	l, _ := v.([]any)
	if len(l) == 0 {
		return nil
	}
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = str(x)
	}
	return out
}

func ints(v any) []int {
	l, _ := v.([]any)
	out := make([]int, len(l))
	for i, x := range l {
		n, _ := x.(int64)
		out[i] = int(n)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func kindStrings(ks []rightsgraph.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

// escapeLucene escapes Lucene's special characters. Normalized words hold
// only letters and digits, so this is a second line of defence.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// What the store keeps as JSON in Neo4j properties has record types of
// its own, with pinned names, apart from the domain types, so that renaming
// a Go field never changes what a database holds. The format version of a
// database is kept in its meta node (format); a store that opens an older
// one migrates it first (migrate.go), and refuses a newer one.
//
//   - Format 1, written before the version was kept: an entity's
//     declarations property is the JSON of the domain's
//     map[string]rightsgraph.Declaration, under Go's field names
//     (declarationV1).
//   - Format 2: declarations are declarationRecord, tagged.
//   - Format 3: a large load is staged (stage.go). Until the next start
//     after a crash, a database may hold StagedEntity nodes and
//     relationships marked staged or replacedBy, which only a release that
//     keeps to live relationships reads right; a format 2 database holds
//     none, so the migration writes nothing but the version, and a release
//     of format 2 refuses a database it would misread.
//   - Format 4: every node and relationship holds its reports (of its
//     evidence) in leanReports too, which lean reads take for the list (see
//     leanReports). The migration writes it on every node and
//     relationship; a release of format 3, which would rewrite a list and
//     leave leanReports as it was, refuses the database.
//   - Format 5: every entity's node (staged too) and every relationship
//     holds lean, what a lean read keeps of it in one string (see
//     entityLean, relationLean), a relationship's with the marks of a
//     staged load that say whether it is live. The migration writes it on
//     every one; a release of format 4, which would leave it stale when it
//     wrote a visibility, a list of reports or a mark, refuses the
//     database.
//
// A merge's record property is the JSON of rightsgraph.MergeRecord, which
// has its own versioned form (its "v" field), and an audit entry's before
// and after are the audit log's own JSON, kept as given: both read as they
// were written in every format so far.
const formatVersion = 5

// declarationRecord is one declaration of an entity (format 2), by report
// id (or rightsgraph.EditKey) in an entity's declarations property.
type declarationRecord struct {
	Seq    int64                    `json:"seq"`
	Entity rightsgraph.EntityRecord `json:"entity"`
}

// declarationV1 is a declaration as format 1 kept it: the domain struct's
// field names of that release, pinned here.
type declarationV1 struct {
	Seq    int64     `json:"Seq"`
	Entity *entityV1 `json:"Entity"`
}

type entityV1 struct {
	ID          string   `json:"ID"`
	Kind        string   `json:"Kind"`
	Name        string   `json:"Name"`
	Aliases     []string `json:"Aliases"`
	Description string   `json:"Description"`
	StartDate   string   `json:"StartDate"`
	EndDate     string   `json:"EndDate"`
	URL         string   `json:"URL"`
	PublishedAt string   `json:"PublishedAt"`
	Source      string   `json:"Source"`
	Attribution string   `json:"Attribution"`
	Text        string   `json:"Text"`
	Reports     []string `json:"Reports"`
}

// encodeDeclarations is the declarations property of an entity node.
func encodeDeclarations(decls map[string]rightsgraph.Declaration) (string, error) {
	out := make(map[string]declarationRecord, len(decls))
	for src, d := range decls {
		out[src] = declarationRecord{Seq: d.Seq, Entity: rightsgraph.NewEntityRecord(d.Entity)}
	}
	b, err := json.Marshal(out)
	return string(b), err
}

// decodeDeclarations reads an entity node's declarations property.
func decodeDeclarations(raw string) (map[string]rightsgraph.Declaration, error) {
	var in map[string]declarationRecord
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return nil, err
	}
	out := make(map[string]rightsgraph.Declaration, len(in))
	for src, d := range in {
		out[src] = rightsgraph.Declaration{Seq: d.Seq, Entity: d.Entity.Entity()}
	}
	return out, nil
}

// upgradeDeclarationsV1 rewrites a format 1 declarations property in
// format 2.
func upgradeDeclarationsV1(raw string) (string, error) {
	var in map[string]declarationV1
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return "", err
	}
	decls := make(map[string]rightsgraph.Declaration, len(in))
	for src, d := range in {
		if d.Entity == nil {
			return "", fmt.Errorf("declaration %q without an entity", src)
		}
		e := d.Entity
		decls[src] = rightsgraph.Declaration{Seq: d.Seq, Entity: &rightsgraph.Entity{
			ID: e.ID, Kind: rightsgraph.Kind(e.Kind), Name: e.Name, Aliases: e.Aliases, Description: e.Description,
			StartDate: e.StartDate, EndDate: e.EndDate, URL: e.URL, PublishedAt: e.PublishedAt,
			Source: e.Source, Attribution: e.Attribution, Text: e.Text, Reports: e.Reports,
		}}
	}
	return encodeDeclarations(decls)
}
