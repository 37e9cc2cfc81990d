package seed_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// Ids of the fixtures in testdata/.
const (
	validReport = "report/harbour-watch-notes" // valid/ and valid-v2/
	otherReport = "report/visitor-letter"      // other/
)

var (
	// leads is the fact that valid/, valid-v2/ and other/ all state.
	leads    = rightsgraph.RelationID("person/mara-quill", rightsgraph.RelLeads, "organisation/harbour-watch-society")
	memberOf = rightsgraph.RelationID("person/tomas-vey", rightsgraph.RelMemberOf, "organisation/harbour-watch-society")
	basedIn  = rightsgraph.RelationID("organisation/harbour-watch-society", rightsgraph.RelBasedIn, "place/port-elling")
	// published is new in valid-v2/.
	published = rightsgraph.RelationID("organisation/harbour-watch-society", rightsgraph.RelPublished, validReport)
)

func TestLoadValid(t *testing.T) {
	s := inmem.New()
	sum := MustLoad(t, s, "testdata/valid")

	want := []seed.ReportSummary{{File: filepath.Join("testdata", "valid", "report.yaml"), ID: validReport, Entities: 4, Relations: 3, Evidence: 3}}
	if sum.DryRun || !reflect.DeepEqual(sum.Reports, want) {
		t.Errorf("summary = %+v, want %+v and no dry run", sum, want)
	}
	st := MustStats(t, s)
	if st.Nodes != 5 || st.Relationships != 3 || st.Evidence != 3 {
		t.Errorf("stats = %d nodes, %d relationships, %d evidence; want 5 (4 entities and the report), 3, 3", st.Nodes, st.Relationships, st.Evidence)
	}
	CheckEvidence(t, s)

	// The text has multi-byte runes (’ and —) before every quote, so byte
	// offsets would differ from the code-point offsets the store promises.
	report := MustEntity(t, s, validReport)
	rel := MustRelation(t, s, basedIn)
	ev := rel.Evidence[0]
	byteAt := strings.Index(report.Text, ev.Quote)
	if wantStart := utf8.RuneCountInString(report.Text[:byteAt]); ev.Start != wantStart || ev.Start == byteAt {
		t.Errorf("BASED_IN evidence starts at %d, want code point %d (byte %d)", ev.Start, wantStart, byteAt)
	}
}

// TestLoadBroken loads each broken fixture into a store that holds valid/,
// and checks that the problem points at the fault and that nothing changed.
func TestLoadBroken(t *testing.T) {
	tests := []struct {
		name string
		path string // given to LoadPaths, under testdata/
		file string // the problem's file ends with this
		line int
		msg  string // a short, stable part of the message
		n    int    // how many problems in all (a misspelt quote is a missing one too)
	}{
		{"quote not in the text", "broken/quote-not-found.yaml", "broken/quote-not-found.yaml", 17, "quote not found", 1},
		{"truncated YAML", "broken/truncated.yaml", "broken/truncated.yaml", 17, "invalid YAML", 1},
		{"report text edited", "edited-text", "edited-text/report.yaml", 30, "quote not found", 1},
		{"relation to an unknown entity", "broken/unknown-entity.yaml", "broken/unknown-entity.yaml", 12, `unknown entity "person/tomas-vey"`, 1},
		{"relation between the wrong kinds", "broken/wrong-kinds.yaml", "broken/wrong-kinds.yaml", 14, "LEADS may not go from ORGANISATION", 1},
		{"duplicate entity id", "broken/duplicate-id.yaml", "broken/duplicate-id.yaml", 10, `duplicate entity id "person/mara-quill"`, 1},
		{"alias shared by two entities", "broken/shared-alias.yaml", "broken/shared-alias.yaml", 14, `"Harbour Watch" is already a name or alias of "organisation/harbour-watch-society"`, 1},
		{"quote occurs twice without occurrence", "broken/quote-twice.yaml", "broken/quote-twice.yaml", 17, "occurs 2 times", 1},
		{"unknown key", "broken/unknown-key.yaml", "broken/unknown-key.yaml", 17, `unknown key "qoute"`, 2},
		{"unknown relationship type", "broken/unknown-type.yaml", "broken/unknown-type.yaml", 14, `unknown relationship type "HEADS"`, 1},
		{"confidence above 1", "broken/bad-confidence.yaml", "broken/bad-confidence.yaml", 21, "confidence 1.5: want a number from 0 to 1", 1},
		{"missing text file", "broken/missing-text.yaml", "broken/missing-text.yaml", 5, "missing.txt", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := inmem.New()
			MustLoad(t, s, "testdata/valid")
			before := Dump(t, s)

			sum, err := seed.LoadPaths(t.Context(), s, []string{filepath.Join("testdata", tt.path)}, seed.Options{})
			ps := MustProblems(t, sum, err)
			if len(ps) != tt.n {
				t.Errorf("%d problems, want %d:\n%v", len(ps), tt.n, ps)
			}
			p := ps[0]
			if !strings.HasSuffix(filepath.ToSlash(p.File), tt.file) || p.Line != tt.line || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("first problem = %s\nwant %s:%d: …%s…", p, tt.file, tt.line, tt.msg)
			}
			if after := Dump(t, s); !reflect.DeepEqual(before, after) {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	s := inmem.New()
	MustLoad(t, s, "testdata/valid")
	before := Dump(t, s)

	sum, err := seed.LoadPaths(t.Context(), s, []string{"testdata/valid-v2", "testdata/other"}, seed.Options{DryRun: true})
	if err != nil {
		t.Fatalf("dry run: %v", err)
	}
	if !sum.DryRun || len(sum.Reports) != 2 {
		t.Errorf("summary = %+v, want a dry run of 2 reports", sum)
	}
	if after := Dump(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("dry run changed the store:\nbefore %s\nafter  %s", before, after)
	}
}

func TestLoadTwiceIsIdempotent(t *testing.T) {
	s := inmem.New()
	MustLoad(t, s, "testdata/valid")
	once := Dump(t, s)
	MustLoad(t, s, "testdata/valid")
	if twice := Dump(t, s); !reflect.DeepEqual(once, twice) {
		t.Errorf("second load changed the store:\nonce  %s\ntwice %s", once, twice)
	}
}

func TestSharedFactHasEvidenceFromEachReport(t *testing.T) {
	s := inmem.New()
	MustLoad(t, s, "testdata/valid")
	MustLoad(t, s, "testdata/other")
	CheckEvidence(t, s)

	rel := MustRelation(t, s, leads)
	if got := evidenceReports(rel); !reflect.DeepEqual(got, []string{validReport, otherReport}) {
		t.Errorf("%s: evidence from %v, want one piece from each of %s and %s", leads, got, validReport, otherReport)
	}
	if got := MustEntity(t, s, "person/mara-quill").Reports; !reflect.DeepEqual(got, []string{validReport, otherReport}) {
		t.Errorf("person/mara-quill declared by %v, want both reports", got)
	}
	// Facts only valid/ states keep their single piece of evidence.
	if got := evidenceReports(MustRelation(t, s, basedIn)); !reflect.DeepEqual(got, []string{validReport}) {
		t.Errorf("%s: evidence from %v, want only %s", basedIn, got, validReport)
	}
}

// TestReloadReplacesWhatTheReportSaid reloads valid-v2/ (same report id as
// valid/) over valid/ and other/.
func TestReloadReplacesWhatTheReportSaid(t *testing.T) {
	s := inmem.New()
	MustLoad(t, s, "testdata/valid")
	MustLoad(t, s, "testdata/other")
	otherEvidence := evidenceOf(MustRelation(t, s, leads), otherReport)

	MustLoad(t, s, "testdata/valid-v2")
	CheckEvidence(t, s)

	t.Run("relation stated only by the old version is gone", func(t *testing.T) {
		if _, ok := Relations(t, s)[memberOf]; ok {
			t.Errorf("%s is still there", memberOf)
		}
	})
	t.Run("entity no report declares is gone", func(t *testing.T) {
		_, err := s.Entity(t.Context(), "person/tomas-vey")
		if code := rightsgraph.ErrorCode(err); code != rightsgraph.ENOTFOUND {
			t.Errorf("Entity(person/tomas-vey): code %q (err %v), want %s", code, err, rightsgraph.ENOTFOUND)
		}
	})
	t.Run("new relation is there", func(t *testing.T) {
		if got := evidenceReports(MustRelation(t, s, published)); !reflect.DeepEqual(got, []string{validReport}) {
			t.Errorf("%s: evidence from %v, want %s", published, got, validReport)
		}
	})
	t.Run("evidence from the other report stays", func(t *testing.T) {
		rel := MustRelation(t, s, leads)
		if got := evidenceOf(rel, otherReport); !reflect.DeepEqual(got, otherEvidence) {
			t.Errorf("%s: evidence of %s = %+v, want it unchanged: %+v", leads, otherReport, got, otherEvidence)
		}
		// The quote moved down a line in v2: the old offsets must be gone,
		// not kept beside the new ones.
		if got := evidenceOf(rel, validReport); len(got) != 1 {
			t.Errorf("%s: %d pieces of evidence from %s, want 1 (the new one): %+v", leads, len(got), validReport, got)
		}
	})
	t.Run("report text is the new one", func(t *testing.T) {
		want := MustRead(t, "testdata/valid-v2/report.txt")
		if got := MustEntity(t, s, validReport).Text; got != want {
			t.Errorf("report text = %q, want %q", got, want)
		}
	})
	t.Run("same as loading other and valid-v2 afresh", func(t *testing.T) {
		fresh := inmem.New()
		MustLoad(t, fresh, "testdata/other")
		MustLoad(t, fresh, "testdata/valid-v2")
		if got, want := Dump(t, s), Dump(t, fresh); !reflect.DeepEqual(got, want) {
			t.Errorf("reloaded store:\n%s\nfresh store:\n%s", got, want)
		}
	})
}

func TestOneBrokenFileWritesNothing(t *testing.T) {
	s := inmem.New()
	MustLoad(t, s, "testdata/valid")
	before := Dump(t, s)

	sum, err := seed.LoadPaths(t.Context(), s, []string{"testdata/other", "testdata/broken/unknown-entity.yaml"}, seed.Options{})
	for _, p := range MustProblems(t, sum, err) {
		if !strings.HasSuffix(filepath.ToSlash(p.File), "broken/unknown-entity.yaml") {
			t.Errorf("problem in a good file: %s", p)
		}
	}
	if after := Dump(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("store changed although one file was broken:\nbefore %s\nafter  %s", before, after)
	}
}

func TestLoadPathsWalksFolders(t *testing.T) {
	t.Run("finds .yaml and .yml files and skips testdata", func(t *testing.T) {
		s := inmem.New()
		sum := MustLoad(t, s, "testdata/tree")
		var files []string
		for _, r := range sum.Reports {
			files = append(files, filepath.ToSlash(r.File))
		}
		if want := []string{"testdata/tree/one.yaml", "testdata/tree/sub/two.yml"}; !reflect.DeepEqual(files, want) {
			t.Errorf("loaded %v, want %v", files, want)
		}
		if _, err := s.Entity(t.Context(), "report/tree-skipped"); err == nil {
			t.Error("report/tree-skipped was loaded from the nested testdata folder")
		}
	})
	t.Run("a folder given with a trailing slash", func(t *testing.T) {
		sum := MustLoad(t, inmem.New(), "testdata/tree/")
		if len(sum.Reports) != 2 {
			t.Errorf("loaded %d reports, want 2", len(sum.Reports))
		}
	})
	// The skip above only proves something if the skipped file would fail.
	t.Run("the skipped file is broken", func(t *testing.T) {
		sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{"testdata/tree/testdata"}, seed.Options{})
		MustProblems(t, sum, err)
	})
	t.Run("a folder without annotations is a problem", func(t *testing.T) {
		dir := t.TempDir()
		sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{dir}, seed.Options{})
		if ps := MustProblems(t, sum, err); !strings.Contains(ps[0].Msg, "no annotation") {
			t.Errorf("problem = %s, want no annotation files found", ps[0])
		}
	})
	t.Run("a missing path is a problem", func(t *testing.T) {
		sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{"testdata/no-such-folder"}, seed.Options{})
		if ps := MustProblems(t, sum, err); !strings.HasSuffix(ps[0].File, "no-such-folder") {
			t.Errorf("problem = %s, want it about testdata/no-such-folder", ps[0])
		}
	})
}

// TestBundled loads the reports that ship with the binary and checks, over
// the whole graph, that every piece of evidence quotes its report at its
// offsets.
func TestBundled(t *testing.T) {
	s := inmem.New()
	sum, err := seed.LoadFS(t.Context(), s, seed.Bundled(), seed.Options{})
	if err != nil {
		t.Fatalf("bundled reports:\n%v", err)
	}
	if len(sum.Reports) == 0 {
		t.Fatal("no bundled reports")
	}
	st := MustStats(t, s)
	if st.NodesByKind[rightsgraph.KindReport] != len(sum.Reports) || st.Relationships == 0 {
		t.Errorf("stats %+v: want %d reports and some relationships", st, len(sum.Reports))
	}
	if n := CheckEvidence(t, s); n != st.Evidence {
		t.Errorf("checked %d pieces of evidence, the store counts %d", n, st.Evidence)
	}
}

// CheckEvidence checks every relation of s: it has evidence, and each piece
// cites a report whose text, sliced in code points at [Start, End), is the
// quote. It returns how many pieces it checked.
func CheckEvidence(tb testing.TB, s rightsgraph.Store) int {
	tb.Helper()
	ctx := context.Background()
	texts := map[string][]rune{}
	n := 0
	err := s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		if len(r.Evidence) == 0 {
			tb.Errorf("%s: no evidence", r.ID)
		}
		for _, ev := range r.Evidence {
			n++
			text, ok := texts[ev.Report]
			if !ok {
				e, err := s.Entity(ctx, ev.Report)
				if err != nil {
					return err
				}
				if e.Kind != rightsgraph.KindReport {
					tb.Errorf("%s: evidence cites %s, a %s", r.ID, e.ID, e.Kind)
				}
				text = []rune(e.Text)
				texts[ev.Report] = text
			}
			if ev.Start < 0 || ev.Start >= ev.End || ev.End > len(text) {
				tb.Errorf("%s: evidence [%d,%d) is outside %s (%d code points)", r.ID, ev.Start, ev.End, ev.Report, len(text))
				continue
			}
			if got := string(text[ev.Start:ev.End]); got != ev.Quote {
				tb.Errorf("%s: %s[%d:%d] = %q, want the quote %q", r.ID, ev.Report, ev.Start, ev.End, got, ev.Quote)
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatalf("EachRelation: %v", err)
	}
	return n
}

// Snapshot is everything a store holds, to tell whether a load changed it.
type Snapshot struct {
	Stats     *rightsgraph.Stats
	Entities  []*rightsgraph.Entity
	Relations []*rightsgraph.Relation
}

// String summarizes the snapshot for failure messages.
func (sn Snapshot) String() string {
	var b strings.Builder
	b.WriteString("entities:")
	for _, e := range sn.Entities {
		b.WriteString(" " + e.ID)
	}
	b.WriteString("; relations:")
	for _, r := range sn.Relations {
		b.WriteString(" " + r.ID + " " + strings.Join(evidenceReports(r), ","))
	}
	return b.String()
}

// Dump returns the stats, entities and relations of s.
func Dump(tb testing.TB, s rightsgraph.Store) Snapshot {
	tb.Helper()
	ctx := context.Background()
	sn := Snapshot{Stats: MustStats(tb, s)}
	if err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		sn.Entities = append(sn.Entities, e)
		return nil
	}); err != nil {
		tb.Fatalf("EachEntity: %v", err)
	}
	if err := s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		sn.Relations = append(sn.Relations, r)
		return nil
	}); err != nil {
		tb.Fatalf("EachRelation: %v", err)
	}
	return sn
}

// Relations returns the relations of s by id.
func Relations(tb testing.TB, s rightsgraph.Store) map[string]*rightsgraph.Relation {
	tb.Helper()
	rels := map[string]*rightsgraph.Relation{}
	for _, r := range Dump(tb, s).Relations {
		rels[r.ID] = r
	}
	return rels
}

// MustLoad loads paths into s and fails the test on any problem.
func MustLoad(tb testing.TB, s rightsgraph.Store, paths ...string) *seed.Summary {
	tb.Helper()
	sum, err := seed.LoadPaths(context.Background(), s, paths, seed.Options{})
	if err != nil {
		tb.Fatalf("load %v:\n%v", paths, err)
	}
	return sum
}

// MustProblems checks that a load failed with Problems, and returns them.
func MustProblems(tb testing.TB, sum *seed.Summary, err error) seed.Problems {
	tb.Helper()
	var ps seed.Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		tb.Fatalf("err = %v (%T), want seed.Problems", err, err)
	}
	if sum != nil {
		tb.Errorf("summary = %+v, want none with problems", sum)
	}
	return ps
}

// MustStats returns the stats of s.
func MustStats(tb testing.TB, s rightsgraph.Store) *rightsgraph.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("Stats: %v", err)
	}
	return st
}

// MustEntity returns an entity of s.
func MustEntity(tb testing.TB, s rightsgraph.Store, id string) *rightsgraph.Entity {
	tb.Helper()
	e, err := s.Entity(context.Background(), id)
	if err != nil {
		tb.Fatalf("Entity(%s): %v", id, err)
	}
	return e
}

// MustRelation returns a relation of s.
func MustRelation(tb testing.TB, s rightsgraph.Store, id string) *rightsgraph.Relation {
	tb.Helper()
	r, ok := Relations(tb, s)[id]
	if !ok {
		tb.Fatalf("no relation %s", id)
	}
	return r
}

// MustRead returns the contents of a file.
func MustRead(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// evidenceReports returns the report each piece of evidence of r cites, in order.
func evidenceReports(r *rightsgraph.Relation) []string {
	var ids []string
	for _, ev := range r.Evidence {
		ids = append(ids, ev.Report)
	}
	return ids
}

// evidenceOf returns the evidence of r that cites report.
func evidenceOf(r *rightsgraph.Relation, report string) []rightsgraph.Evidence {
	var evs []rightsgraph.Evidence
	for _, ev := range r.Evidence {
		if ev.Report == report {
			evs = append(evs, ev)
		}
	}
	return evs
}
