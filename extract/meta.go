package extract

import (
	"cmp"
	"strings"
)

// Slug makes the lower-case ASCII slug of a name, for an id: accents
// dropped, Cyrillic transliterated, other characters turned into dashes.
func Slug(name string) string { return slug(name) }

// Complete fills in what a report's meta lacks: the title (the text's
// first line) and the id (report/ and the title's slug).
func (r *Result) Complete(m Meta) Meta {
	m.Title = cmp.Or(strings.TrimSpace(m.Title), firstLine(r.Text), "Draft report")
	if m.ID == "" {
		m.ID = "report/" + cmp.Or(slug(m.Title), "draft")
	}
	return m
}
