package neo4jstore

import (
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// formatV1 is an entity's declarations as format 1 wrote them (taken from
// a database of that release).
const formatV1 = `{"@editor":{"Seq":9,"Entity":{"ID":"person/oleg-orlov","Kind":"PERSON","Name":"Oleg Orlov","Aliases":["O. Orlov"],"Description":"Head.","StartDate":"","EndDate":"","URL":"","PublishedAt":"","Source":"","Attribution":"","Text":"","Reports":null}},` +
	`"report/r":{"Seq":1,"Entity":{"ID":"person/oleg-orlov","Kind":"PERSON","Name":"Oleg Orlov","Aliases":null,"Description":"","StartDate":"","EndDate":"","URL":"","PublishedAt":"","Source":"","Attribution":"","Text":"","Reports":null}}}`

func TestDeclarationsFormats(t *testing.T) {
	want := map[string]rightsgraph.Declaration{
		rightsgraph.EditKey: {Seq: 9, Entity: &rightsgraph.Entity{ID: "person/oleg-orlov", Kind: rightsgraph.KindPerson, Name: "Oleg Orlov", Aliases: []string{"O. Orlov"}, Description: "Head."}},
		"report/r":          {Seq: 1, Entity: &rightsgraph.Entity{ID: "person/oleg-orlov", Kind: rightsgraph.KindPerson, Name: "Oleg Orlov"}},
	}
	v2, err := upgradeDeclarationsV1(formatV1)
	if err != nil {
		t.Fatal(err)
	}
	const wantV2 = `{"@editor":{"seq":9,"entity":{"id":"person/oleg-orlov","kind":"PERSON","name":"Oleg Orlov","aliases":["O. Orlov"],"description":"Head."}},` +
		`"report/r":{"seq":1,"entity":{"id":"person/oleg-orlov","kind":"PERSON","name":"Oleg Orlov"}}}`
	if v2 != wantV2 {
		t.Errorf("format 2:\n got %s\nwant %s", v2, wantV2)
	}
	got, err := decodeDeclarations(v2)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("decoded %+v, %v; want %+v", got, err, want)
	}
	// A migration run again, on its own output, changes nothing.
	if again, err := upgradeDeclarationsV1(v2); err != nil || again != v2 {
		t.Errorf("upgrading format 2 again = %s, %v; want it unchanged", again, err)
	}
	if enc, err := encodeDeclarations(want); err != nil || enc != wantV2 {
		t.Errorf("encodeDeclarations = %s, %v; want %s", enc, err, wantV2)
	}
	if _, err := upgradeDeclarationsV1(`{"report/r":{"Seq":1}}`); err == nil {
		t.Error("a declaration without an entity was upgraded")
	}
}
