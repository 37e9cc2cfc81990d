package server_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph/server"
)

// TestDraftRelationEnds checks that a draft's relations name their ends by
// id: an entity of the draft, or the report's own id, which the review
// page sends back as it is.
func TestDraftRelationEnds(t *testing.T) {
	srv, store := MustServer(t, server.Options{})
	secrets := editors(t, store)
	text := "Open Courts Meeting\n\nMaria Volkova, director of the Open Courts Foundation, spoke of the pressure on judges. " +
		"Lev Ponomarev, of the movement For Human Rights, called for the release of political prisoners."
	q := `mutation($in: DraftReportInput!) { draftReport(input: $in) { reportId entities { id } relations { type from to at } } }`
	a := as(t, srv.URL, secrets["editor"], q, map[string]any{"in": map[string]any{"text": text}})
	if len(a.Errors) > 0 {
		t.Fatalf("draftReport: %s", a.Body)
	}
	var d struct {
		DraftReport struct {
			ReportID  string
			Entities  []struct{ ID string }
			Relations []struct {
				Type, From, To string
				At             *string
			}
		}
	}
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
