package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/server"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestExportFollowsTheToken downloads every export format whole and around
// an organisation of the restricted person: without clearance no
// restricted name is in it, with a cleared token they all are.
func TestExportFollowsTheToken(t *testing.T) {
	s := storetest.LoadRestrictedGraph(t, inmem.New())
	secrets := map[string]string{}
	for name, cleared := range map[string]bool{"reader": false, "cleared": true} {
		secret, hash := rightsgraph.NewSecret()
		tok := rightsgraph.Token{Name: name, Role: rightsgraph.RoleReader, Hash: hash, CreatedAt: time.Now(), Cleared: cleared}
		if err := s.CreateToken(rightsgraph.AsSystem(t.Context()), tok); err != nil {
			t.Fatal(err)
		}
		secrets[name] = secret
	}
	srv := httptest.NewServer(server.New(s, slog.New(slog.DiscardHandler), server.Options{MaxBody: 1 << 20}).Handler())
	defer srv.Close()

	for _, who := range []string{"", "reader", "cleared"} {
		var all strings.Builder
		for _, format := range []string{"graphml", "gexf", "cyjs", "csv"} {
			for _, around := range []string{"", "&around=organisation/valley-watch&depth=2"} {
				req, _ := http.NewRequest(http.MethodGet, srv.URL+"/export?format="+format+around, nil)
				if who != "" {
					req.Header.Set("Authorization", "Bearer "+secrets[who])
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("%s %s%s: %d %s", who, format, around, resp.StatusCode, body)
				}
				if format != "csv" { // a zip: its names are checked by the other formats
					all.Write(body)
				}
			}
		}
		for _, secret := range []string{"Quorvasov", "Kestrel", "Ilona", "closed meeting"} {
			n := strings.Count(all.String(), secret)
			if who == "cleared" && n == 0 || who != "cleared" && n > 0 {
				t.Errorf("%q read %q %d times", who, secret, n)
			}
		}
	}
}

// TestRestrictedReportFromAnEditorWithoutClearance: an editor may publish
// a restricted report they will not see; they are answered, then it is
// gone for them.
func TestRestrictedReportFromAnEditorWithoutClearance(t *testing.T) {
	base, s := MustServer(t, server.Options{})
	secret := editors(t, s)["editor"]
	annotation := "report:\n  id: report/closed-notes\n  title: Closed notes\n  visibility: restricted\n" +
		"entities:\n  - {id: person/ilona-varga, kind: PERSON, name: Ilona Varga}\n" +
		"relations:\n  - {type: MENTIONS, from: report/closed-notes, to: person/ilona-varga, quote: Ilona Varga}\n"
	a := as(t, base.URL, secret, `mutation($t: String!, $a: String!) { addReport(input: {text: $t, annotation: $a}) { report { id title } relations } }`,
		map[string]any{"t": "Ilona Varga came.", "a": annotation})
	if len(a.Errors) > 0 || !strings.Contains(string(a.Data), "report/closed-notes") {
		t.Fatalf("addReport: %s", a.Body)
	}
	a = as(t, base.URL, secret, `{ entity(id: "report/closed-notes") { id } search(query: "Ilona Varga") { entity { id } } }`, nil)
	if strings.Contains(a.Body, "closed-notes") || strings.Contains(a.Body, "ilona") {
		t.Errorf("the editor reads what they may not see: %s", a.Body)
	}
}
