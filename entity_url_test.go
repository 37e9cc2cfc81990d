package rightsgraph_test

import (
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestReportURL checks that a report's url must be an http(s) address, so
// that no page ever links to script, and that the error names the field.
func TestReportURL(t *testing.T) {
	for _, tt := range []struct {
		url string
		ok  bool
	}{
		{"", true},
		{"https://www.rightsinrussia.org/congress/", true},
		{"HTTP://example.org/a?b=c#d", true},
		{"javascript:alert(document.cookie)", false},
		{"JavaScript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{"//example.org/a", false},
		{"https:alert(1)", false},
		{"https://", false},
		{"http://exa mple.org", false},
	} {
		t.Run(tt.url, func(t *testing.T) {
			e := rightsgraph.Entity{ID: "report/r", Kind: rightsgraph.KindReport, Name: "R", Text: "t", URL: tt.url}
			err := e.Validate()
			if (err == nil) != tt.ok {
				t.Fatalf("Validate() = %v, want ok %v", err, tt.ok)
			}
			if err != nil && (rightsgraph.ErrorCode(err) != rightsgraph.EINVALID || !strings.Contains(err.Error(), "url")) {
				t.Errorf("error %v: want %s naming the url", err, rightsgraph.EINVALID)
			}
		})
	}
}
