package graph

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestWriteResponseAsEncodingJSON checks that writeResponse writes every
// answer byte for byte as encoding/json marshals it, which is how gqlgen
// wrote them: data alone, with what encoding/json escapes in its strings
// (HTML's <, > and &, U+2028 and U+2029) and what it leaves (other
// characters, a lone 0xe2 byte), and answers with errors or extensions.
func TestWriteResponseAsEncodingJSON(t *testing.T) {
	strs := []string{
		"", "plain", `Memorial & "Civic Assistance" <HRC>`, "line\u2028para\u2029end", "\u2027\u202a\u20ac",
		"tab\tnew\nline\\", "Людмила Алексеева", "\xe2\x80", "end\xe2", "\xe2\x80\xa8\xe2\x80\xa9",
	}
	var tests []*graphql.Response
	for _, s := range strs {
		var data bytes.Buffer
		data.WriteString(`{"entity":{"id":"person/x","name":`)
		graphql.MarshalString(s).MarshalGQL(&data)
		data.WriteString(`,"n":[1,2.5,null,true]}}`)
		tests = append(tests, &graphql.Response{Data: data.Bytes()})
	}
	tests = append(tests,
		&graphql.Response{Data: json.RawMessage(`null`)},
		&graphql.Response{},
		&graphql.Response{Errors: gqlerror.List{{Message: "no <entity>", Extensions: map[string]any{"code": "NOT_FOUND"}}}, Data: json.RawMessage(`{"entity":null}`)},
		&graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 3}},
		&graphql.Response{Data: json.RawMessage(`{"a":"<1>"}`), Extensions: map[string]any{}},
	)
	for _, resp := range tests {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		writeResponse(&got, resp)
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("writeResponse wrote\n%q\nwant, as encoding/json writes it,\n%q", got.Bytes(), want)
		}
	}
}
