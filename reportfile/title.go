package reportfile

import (
	"strings"
	"unicode/utf8"
)

// DisplayTitle is the document's title, or else its text's first line,
// cut to 120 characters.
func (d *Document) DisplayTitle() string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	line, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 120 {
		line = strings.TrimSpace(string([]rune(line)[:120]))
	}
	return line
}
