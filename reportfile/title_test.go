package reportfile_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

func TestDisplayTitle(t *testing.T) {
	long := strings.Repeat("Правозащитники ", 20)
	tests := []struct {
		name string
		doc  reportfile.Document
		want string
	}{
		{"own title", reportfile.Document{Title: " Report on courts ", Text: "First line\nmore"}, "Report on courts"},
		{"first line", reportfile.Document{Text: "\n\n  Open   Courts\tFoundation  \nSecond line"}, "Open Courts Foundation"},
		{"cut at a word", reportfile.Document{Text: long}, strings.TrimSpace(strings.Repeat("Правозащитники ", 7)) + "…"},
		{"nothing", reportfile.Document{Text: " \n "}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.doc.DisplayTitle()
			if got != tt.want {
				t.Errorf("DisplayTitle() = %q, want %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > 120 {
				t.Errorf("DisplayTitle() has %d characters, more than 120", n)
			}
		})
	}
}
