package rightsgraph_test

import (
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// goldenMergeRecord is the record of testdata/merge-record-v1.json.
func goldenMergeRecord() *rightsgraph.MergeRecord {
	ev := rightsgraph.Evidence{Report: "report/d", Quote: "chaired by Pavel Popov", Start: 24, End: 46, Role: "chair", At: "congress/c", Editor: "ngo"}
	return &rightsgraph.MergeRecord{
		Seq: 7, Keep: "organisation/river-watch", Drop: "organisation/river-watch-society",
		DropDecls: map[string]rightsgraph.Declaration{
			"report/d": {Seq: 3, Entity: &rightsgraph.Entity{ID: "organisation/river-watch-society", Kind: rightsgraph.KindOrganisation,
				Name: "River Watch Society", Aliases: []string{"Society of River Watchers"}, Description: "Founded in 1999."}},
		},
		Folded:    []string{"report/d"},
		KeepEdit:  &rightsgraph.Declaration{Seq: 5, Entity: &rightsgraph.Entity{ID: "organisation/river-watch", Kind: rightsgraph.KindOrganisation, Name: "River Watch"}},
		KeepNames: []string{"River Watch", "RW"}, KeepDescription: "A watch",
		Moved: []*rightsgraph.Relation{{ID: "person/pavel-popov|LEADS|organisation/river-watch-society", Type: rightsgraph.RelLeads,
			From: "person/pavel-popov", To: "organisation/river-watch-society", Role: "chair", At: "congress/c", Evidence: []rightsgraph.Evidence{ev}}},
		Retractions:    []string{"person/olga-orlova|LEADS|organisation/river-watch-society"},
		NewRetractions: []string{"person/olga-orlova|LEADS|organisation/river-watch"},
		Redirected:     []string{"organisation/rws"},
	}
}

// TestMergeRecordFormat pins the stored form of a merge record: a record
// written by an earlier release must still open.
func TestMergeRecordFormat(t *testing.T) {
	const path = "testdata/merge-record-v1.json"
	want := goldenMergeRecord()
	if *update {
		b, err := json.MarshalIndent(want, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got rightsgraph.MergeRecord
	if err := json.Unmarshal(golden, &got); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("%s reads as\n%+v\nwant\n%+v", path, got, *want)
	}
	if c := want.Clone(); !reflect.DeepEqual(c, want) || c.DropDecls["report/d"].Entity == want.DropDecls["report/d"].Entity {
		t.Errorf("Clone = %+v, want a deep copy", c)
	}
	future := strings.Replace(string(golden), `"v": 1`, `"v": 2`, 1)
	if err := json.Unmarshal([]byte(future), &got); err == nil {
		t.Errorf("a record of version 2 opened without an error")
	}
}
