package graph_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestDirectivesAskedAgain checks that a query whose @skip and @include
// read variables selects, each time it is asked, the fields its
// variables include then, directly and through fragments, however many
// times it was asked before with other values; and that one whose
// conditions are written in it selects the same each time.
func TestDirectivesAskedAgain(t *testing.T) {
	c := newClient(MustSeededStore(t))
	const q = `query($x: Boolean!) {
		entity(id: "` + levID + `") { id name @include(if: $x) ...P ... on Person @skip(if: $x) { kind } }
		persons(first: 2) { nodes { id ...P } }
	}
	fragment P on Person { description @skip(if: $x) aliases @include(if: true) visibility @skip(if: true) }`
	for _, x := range []bool{true, false, true, false} {
		var resp struct {
			Entity  map[string]any `json:"entity"`
			Persons struct {
				Nodes []map[string]any `json:"nodes"`
			} `json:"persons"`
		}
		MustPost(t, c, q, &resp, client.Var("x", x))
		objects := append([]map[string]any{resp.Entity}, resp.Persons.Nodes...)
		for i, o := range objects {
			want := map[string]bool{"id": true, "aliases": true, "name": x && i == 0, "kind": !x && i == 0, "description": !x}
			for field, asked := range want {
				if _, got := o[field]; got != asked {
					t.Errorf("x=%v, object %d: %s answered %v, want %v (%v)", x, i, field, got, asked, o)
				}
			}
			if _, got := o["visibility"]; got {
				t.Errorf("x=%v, object %d: visibility answered under @skip(if: true)", x, i)
			}
		}
	}
}
