package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/server"
)

const draftQuery = `mutation($in: DraftReportInput!) { draftReport(input: $in) { text reportId
	entities { id } relations { type from to at evidence { quote } } } }`

type draftAnswer struct {
	DraftReport struct {
		Text      string
		ReportID  string
		Entities  []struct{ ID string }
		Relations []struct {
			Type, From, To string
			At             *string
		}
	}
}

// TestDraftRelationEnds checks that a draft's relations name their ends by
// id: an entity of the draft, or the report's own id.
func TestDraftRelationEnds(t *testing.T) {
	srv, store := MustServer(t, server.Options{})
	secrets := editors(t, store)
	text := "Open Courts Meeting\n\nMaria Volkova, director of the Open Courts Foundation, spoke of the pressure on judges. " +
		"Lev Ponomarev, of the movement For Human Rights, called for the release of political prisoners."
	a := as(t, srv.URL, secrets["editor"], draftQuery, map[string]any{"in": map[string]any{"text": text}})
	if len(a.Errors) > 0 {
		t.Fatalf("draftReport: %s", a.Body)
	}
	var d draftAnswer
	if err := json.Unmarshal(a.Data, &d); err != nil {
		t.Fatal(err)
	}
	ids := []string{d.DraftReport.ReportID}
	for _, e := range d.DraftReport.Entities {
		ids = append(ids, e.ID)
	}
	if len(d.DraftReport.Relations) == 0 {
		t.Fatal("no relations drafted")
	}
	for _, r := range d.DraftReport.Relations {
		if !slices.Contains(ids, r.From) || !slices.Contains(ids, r.To) || (r.At != nil && !slices.Contains(ids, *r.At)) {
			t.Errorf("%s %s → %s (at %v): an end is neither an entity of the draft nor %s", r.Type, r.From, r.To, r.At, d.DraftReport.ReportID)
		}
	}
}

// TestDraftUpload sends an HTML report with the GraphQL multipart request:
// its text comes back without its scripts.
func TestDraftUpload(t *testing.T) {
	srv, store := MustServer(t, server.Options{})
	secrets := editors(t, store)
	page := `<!doctype html><html><head><title>Harbour notes</title><script>window.__pwned = 1</script></head>
<body><article><h1>Harbour notes</h1><p>Mara Quill, head of the Harbour Watch Society, spoke of the port.</p>
<p onclick="alert(1)">Second paragraph <script>document.write("injected")</script>ends here.</p></article></body></html>`
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": draftQuery, "variables": map[string]any{"in": map[string]any{"file": nil}}})
	w.WriteField("operations", string(ops))             //nolint:errcheck // a bytes.Buffer
	w.WriteField("map", `{"0": ["variables.in.file"]}`) //nolint:errcheck // a bytes.Buffer
	part, _ := w.CreateFormFile("0", "notes.html")
	io.WriteString(part, page) //nolint:errcheck // a bytes.Buffer
	w.Close()                  //nolint:errcheck // a bytes.Buffer
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+secrets["editor"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a struct {
		Data   draftAnswer
		Errors []any
	}
	if err := json.Unmarshal(raw, &a); err != nil || len(a.Errors) > 0 {
		t.Fatalf("draftReport upload: %d %s", resp.StatusCode, raw)
	}
	text := a.Data.DraftReport.Text
	if !strings.Contains(text, "Mara Quill, head of the Harbour Watch Society") {
		t.Errorf("the text lost its paragraph: %q", text)
	}
	for _, bad := range []string{"__pwned", "injected", "alert", "<"} {
		if strings.Contains(text, bad) {
			t.Errorf("the text keeps %q: %q", bad, text)
		}
	}
}
