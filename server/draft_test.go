package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/server"
)

const draftText = `Hearing on detention conditions in Perm

Olga Vetrova, chair of the Perm Civic Monitoring Group, spoke of overcrowding in pre-trial detention. Lev Ponomarev, head of the movement "For Human Rights", raised the persecution of human rights defenders.
`

const draftQuery = `mutation($in: DraftReportInput!) { draftReport(input: $in) {
	text title reportId annotation words
	entities { id kind name aliases confidence rule existing { id name } mentions { start end } }
	relations { type from to role confidence rule evidence { quote start end occurrence } } } }`

type draftAnswer struct {
	DraftReport struct {
		Text, Title, ReportID, Annotation string
		Entities                          []struct {
			ID, Kind, Name string
			Existing       *struct{ ID, Name string }
			Mentions       []struct{ Start, End int }
		}
		Relations []struct {
			Type, From, To string
			Evidence       struct {
				Quote      string
				Start, End int
			}
		}
	}
}

func TestDraftReport(t *testing.T) {
	srv, s := MustServer(t, server.Options{Introspection: true})
	secrets := editors(t, s)
	ctx := context.Background()
	rev, _ := s.Revision(ctx)

	for name, secret := range map[string]string{"anonymous": "", "reader": secrets["reader"]} {
		a := as(t, srv.URL, secret, draftQuery, map[string]any{"in": map[string]any{"text": draftText}})
		if c := code(a); c != "UNAUTHENTICATED" && c != "FORBIDDEN" {
			t.Errorf("%s: draftReport answered %v, want refusal", name, c)
		}
	}

	a := as(t, srv.URL, secrets["editor"], draftQuery, map[string]any{"in": map[string]any{"text": draftText}})
	if len(a.Errors) > 0 {
		t.Fatalf("draftReport: %+v", a.Errors)
	}
	var got draftAnswer
	if err := json.Unmarshal(a.Data, &got); err != nil {
		t.Fatal(err)
	}
	d := got.DraftReport
	runes := []rune(d.Text)
	linked := false
	for _, e := range d.Entities {
		if e.ID == "person/lev-ponomarev" && e.Existing != nil && e.Existing.Name == "Lev Ponomarev" {
			linked = true
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("%s: mention [%d,%d) outside the text", e.ID, m.Start, m.End)
			}
		}
	}
	if !linked {
		t.Errorf("Lev Ponomarev not linked to the graph: %+v", d.Entities)
	}
	if len(d.Relations) == 0 {
		t.Fatal("no relations drafted")
	}
	for _, r := range d.Relations {
		if string(runes[r.Evidence.Start:r.Evidence.End]) != r.Evidence.Quote {
			t.Errorf("%s %s→%s: [%d,%d) is not %q", r.Type, r.From, r.To, r.Evidence.Start, r.Evidence.End, r.Evidence.Quote)
		}
	}
	if after, _ := s.Revision(ctx); after != rev {
		t.Fatal("draftReport wrote to the store")
	}

	// The draft's annotation publishes as it is.
	pub := as(t, srv.URL, secrets["editor"], `mutation($in: AddReportInput!) { addReport(input: $in) { report { id } relations } }`,
		map[string]any{"in": map[string]any{"text": d.Text, "annotation": d.Annotation}})
	if len(pub.Errors) > 0 {
		t.Fatalf("addReport of the draft: %+v", pub.Errors)
	}
	if !strings.Contains(string(pub.Data), d.ReportID) {
		t.Errorf("addReport answered %s, want report %s", pub.Data, d.ReportID)
	}
}

// upload sends draftReport with a file, by the GraphQL multipart request spec.
func upload(tb testing.TB, base, secret, filename string, content []byte) answer {
	tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": draftQuery, "variables": map[string]any{"in": map[string]any{"file": nil}}})
	w.WriteField("operations", string(ops))
	w.WriteField("map", `{"0": ["variables.in.file"]}`)
	part, _ := w.CreateFormFile("0", filename)
	part.Write(content)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := answer{Status: resp.StatusCode, Body: string(raw)}
	json.Unmarshal(raw, &a) //nolint:errcheck // non-JSON answers are checked by status
	return a
}

func TestDraftReportUpload(t *testing.T) {
	srv, s := MustServer(t, server.Options{Introspection: true})
	secrets := editors(t, s)
	html := `<!doctype html><html><head><title>Hearing in Perm</title>
<meta name="author" content="Perm Civic Monitoring Group"><script>window.pwned = "Olga Vetrova";</script>
<style>p { color: red }</style></head><body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article><h1>Hearing on detention conditions in Perm</h1>
<p>Olga Vetrova, chair of the Perm Civic Monitoring Group, spoke of overcrowding in pre-trial detention in the region's remand prisons.</p>
<p>Lev Ponomarev, head of the movement "For Human Rights", raised the persecution of human rights defenders across the country.</p>
</article><footer>Copyright footer text</footer></body></html>`

	a := upload(t, srv.URL, secrets["editor"], "perm.html", []byte(html))
	if len(a.Errors) > 0 {
		t.Fatalf("draftReport with an HTML file: %+v (status %d)", a.Errors, a.Status)
	}
	var got draftAnswer
	json.Unmarshal(a.Data, &got)
	text := got.DraftReport.Text
	if !strings.Contains(text, "Olga Vetrova, chair of the Perm Civic Monitoring Group") {
		t.Errorf("the article's text is missing: %q", text)
	}
	for _, junk := range []string{"window.pwned", "color: red", "About us", "<p>"} {
		if strings.Contains(text, junk) {
			t.Errorf("the text keeps %q", junk)
		}
	}

	for _, tt := range []struct{ name, file, content string }{
		{"a PDF that is HTML", "report.pdf", html},
		{"an unknown format", "report.docx", "hello"},
		{"an empty file", "empty.txt", ""},
	} {
		a := upload(t, srv.URL, secrets["editor"], tt.file, []byte(tt.content))
		if code(a) != "BAD_USER_INPUT" || a.Errors[0].Extensions["field"] != "input.file" {
			t.Errorf("%s: %+v, want BAD_USER_INPUT on input.file", tt.name, a.Errors)
		}
	}
}

// TestUploadLimits: an editor's report file may be larger than other
// bodies, up to its own limit; a reader's multipart request is held to the
// body limit; both limits answer 413.
func TestUploadLimits(t *testing.T) {
	srv, s := MustServer(t, server.Options{Introspection: true, MaxBody: 1 << 20, MaxUpload: 3 << 20})
	secrets := editors(t, s)
	// The limits are under test, not the drafter: one sentence with names,
	// then plain prose, which drafts fast even under the race detector.
	sentence := "Anna Kovaleva, director of the Northern Prisons Watch, spoke of conditions in remand prisons.\n"
	prose := "the monitors spoke of the conditions in remand prisons and of the visits they were refused.\n"
	big := []byte(sentence + strings.Repeat(prose, (2<<20)/len(prose)))
	if a := upload(t, srv.URL, secrets["editor"], "big.txt", big); a.Status != http.StatusOK || len(a.Errors) > 0 {
		t.Errorf("an editor's 2 MiB report: status %d, %+v", a.Status, a.Errors)
	}
	if a := upload(t, srv.URL, secrets["reader"], "big.txt", big); a.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("a reader's 2 MiB upload: status %d, want 413", a.Status)
	}
	huge := []byte(strings.Repeat(sentence, (4<<20)/len(sentence)))
	if a := upload(t, srv.URL, secrets["editor"], "huge.txt", huge); a.Status != http.StatusRequestEntityTooLarge || !strings.Contains(a.Body, "larger than") {
		t.Errorf("an editor's 4 MiB report: status %d %q, want 413 saying why", a.Status, tail(a.Body, 200))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
