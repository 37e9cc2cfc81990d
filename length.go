package rightsgraph

import (
	"fmt"
	"unicode/utf8"
)

// The longest values the graph keeps, in Unicode code points (the text of a
// report in bytes). They bound what one request may make the server store,
// search and serve; every path into a store (the loader, addReport,
// upsertEntity, addRelation) checks them through Entity.Validate and
// CheckStatement.
const (
	MaxNameLength        = 300
	MaxAliasLength       = 300
	MaxAliases           = 100
	MaxDescriptionLength = 10_000
	MaxRoleLength        = 200
	MaxQuoteLength       = 5_000
	// MaxFieldLength bounds a report's url, source, attribution and
	// publication date.
	MaxFieldLength = 2_000
	// MaxTextBytes bounds the text of a report.
	MaxTextBytes = 5 << 20
	// MaxQuoteOccurrences is how many times a quote may occur in its
	// report's text. A quote found more often tells nothing (lengthen
	// it); the bound keeps what one quote costs small however repetitive
	// the text.
	MaxQuoteOccurrences = 1000
)

// tooLong returns an error on field when s is longer than limit code points.
func tooLong(field, who, s string, limit int) error {
	if len(s) <= limit { // a code point takes a byte at least
		return nil
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return FieldError(field, "%s: %s is %d characters long, more than %d", who, field, n, limit)
	}
	return nil
}

// checkLengths checks the entity's fields against the Max*Length limits;
// the error's Field names the field too long.
func (e *Entity) checkLengths() error {
	who := fmt.Sprintf("entity %q", Truncate(e.ID, 80))
	if len(e.Aliases) > MaxAliases {
		return FieldError("aliases", "%s: %d aliases, more than %d", who, len(e.Aliases), MaxAliases)
	}
	if len(e.Text) > MaxTextBytes {
		return FieldError("text", "%s: text is %d bytes long, more than %d", who, len(e.Text), MaxTextBytes)
	}
	for _, c := range []struct {
		field, value string
		limit        int
	}{
		{"id", e.ID, MaxFieldLength}, {"name", e.Name, MaxNameLength}, {"description", e.Description, MaxDescriptionLength},
		{"url", e.URL, MaxFieldLength}, {"source", e.Source, MaxFieldLength},
		{"attribution", e.Attribution, MaxFieldLength}, {"publishedAt", e.PublishedAt, MaxFieldLength},
		{"startDate", e.StartDate, MaxFieldLength}, {"endDate", e.EndDate, MaxFieldLength},
	} {
		if err := tooLong(c.field, who, c.value, c.limit); err != nil {
			return err
		}
	}
	for _, a := range e.Aliases {
		if err := tooLong("aliases", who, a, MaxAliasLength); err != nil {
			return err
		}
	}
	return nil
}

// CheckStatement checks what a piece of evidence says against the
// MaxRoleLength and MaxQuoteLength limits; the error's Field is "role" or
// "quote".
func CheckStatement(role, quote string) error {
	if err := tooLong("quote", "evidence", quote, MaxQuoteLength); err != nil {
		return err
	}
	return tooLong("role", "evidence", role, MaxRoleLength)
}

// Truncate returns s cut to n code points, with "…" when it was longer:
// messages quote what a client sent, and must not repeat all of it.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
