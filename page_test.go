package rightsgraph_test

import (
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestCursorAt checks that a cursor is the JSON of its key and id in
// base64, as json.Marshal writes it whatever the text (quotes, escapes,
// HTML characters, non-ASCII), and that DecodeCursor reads it back.
func TestCursorAt(t *testing.T) {
	for _, c := range []struct{ name, key, id string }{
		{"plain", "anna belov 24", "person/24"},
		{"empty key", "", "person/1"},
		{"quote and backslash", `a "b" \c`, `person/"x"`},
		{"html", "<b> & </b>", "person/<1>"},
		{"control", "a\tb\nc\x00", "person/1"},
		{"non-ASCII", "ä ß ё 漢", "person/é"},
		{"separators", "a\u2028b\u2029c", "person/1"},
		{"invalid UTF-8", "a\xffb", "person/1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, err := json.Marshal(struct {
				Key string `json:"k"`
				ID  string `json:"i"`
			}{c.key, c.id})
			if err != nil {
				t.Fatal(err)
			}
			got := rightsgraph.CursorAt(c.key, c.id)
			if got != base64.RawURLEncoding.EncodeToString(want) {
				t.Errorf("CursorAt(%q, %q) = %s, want the base64 of %s", c.key, c.id, got, want)
			}
			key, id, err := rightsgraph.DecodeCursor(got)
			if err != nil {
				t.Fatal(err)
			}
			// JSON holds only valid UTF-8: an invalid byte reads back as U+FFFD.
			if c.name != "invalid UTF-8" && (key != c.key || id != c.id) {
				t.Errorf("DecodeCursor(CursorAt(%q, %q)) = %q, %q", c.key, c.id, key, id)
			}
		})
	}
}
