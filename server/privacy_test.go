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
