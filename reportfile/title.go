package reportfile

import (
	"strings"
	"unicode/utf8"
)

// maxTitle is the length, in characters, beyond which a title taken from the
// text is cut.
const maxTitle = 120

// DisplayTitle returns the document's title: its own, or else the first
// non-empty line of its text, cut at a word to at most 120 characters.
func (d *Document) DisplayTitle() string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	for line := range strings.Lines(d.Text) {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			return cut(line, maxTitle)
		}
	}
	return ""
}

// cut shortens s to at most n characters, at the last space before the
// limit when there is one, and marks the cut with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndex(string(r), " "); i > 0 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}
