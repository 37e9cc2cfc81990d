package reportfile

import (
	"regexp"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// isoDate finds a date written YYYY-MM-DD at the start of a value, as ISO
// 8601 timestamps, <time datetime> and JSON-LD dates have it.
var isoDate = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])`)

// pdfDate finds the date in a PDF date string, D:YYYYMMDDHHmmSS±HH'mm'.
var pdfDate = regexp.MustCompile(`^\s*(?:D:)?(\d{4})(\d{2})(\d{2})`)

// normalizeDate returns the date that s gives, as YYYY-MM-DD, or "" when s
// is no date or an ambiguous one (is 03/04/2024 March or April?). The date
// is the one written, in the writer's time zone, not converted to UTC: a
// report published at 23:30 in Moscow was published that day.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return ""
	}
	for _, rx := range []*regexp.Regexp{isoDate, pdfDate} {
		if m := rx.FindStringSubmatch(s); m != nil {
			return validDate(m[1] + "-" + m[2] + "-" + m[3])
		}
	}
	t, err := dateparse.ParseStrict(s)
	if err != nil {
		return ""
	}
	return validDate(t.Format(time.DateOnly))
}

// validDate returns d if it is a real calendar date in a plausible range for
// a report, or "".
func validDate(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil || t.Year() < 1800 || t.Year() > 2200 {
		return ""
	}
	return d
}

// timeDate formats a parsed time as a date in its own zone.
func timeDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return validDate(t.Format(time.DateOnly))
}
