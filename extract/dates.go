package extract

import (
	"fmt"
	"strconv"

	"github.com/rightsgraph/rightsgraph"
)

// dateSpan is the first date or range of dates a sentence gives: "26 and
// 27 November 2017", "24–25 February 2024", "September 15–16, 2023", "on 14
// April" (the year then comes from the report's dateline).
func dateSpan(ts []tok, defaultYear int) (start, end string, ok bool) {
	day := func(k int) int {
		if k < 0 || k >= len(ts) || !ts[k].digit {
			return 0
		}
		n, err := strconv.Atoi(ts[k].w)
		if err != nil || n < 1 || n > 31 {
			return 0
		}
		return n
	}
	year := func(k int) int {
		if k < 0 || k >= len(ts) || !ts[k].digit || len(ts[k].w) != 4 {
			return 0
		}
		n, _ := strconv.Atoi(ts[k].w)
		if n < 1900 || n > 2100 {
			return 0
		}
		return n
	}
	isRange := func(w string) bool { return w == "-" || w == "–" || w == "—" || w == "and" || w == "to" }
	for k, t := range ts {
		mon := months[t.low]
		if mon == 0 || !t.up {
			continue
		}
		var d1, d2, y int
		switch {
		case day(k-1) > 0: // "26 November 2017", "26 and 27 November"
			d2 = day(k - 1)
			d1 = d2
			if k >= 3 && isRange(ts[k-2].low) && day(k-3) > 0 {
				d1 = day(k - 3)
			}
			y = year(k + 1)
		case day(k+1) > 0: // "November 26, 2017", "September 15–16, 2023"
			d1 = day(k + 1)
			d2 = d1
			n := k + 2
			if n+1 < len(ts) && isRange(ts[n].low) && day(n+1) > 0 {
				d2 = day(n + 1)
				n += 2
			}
			if n < len(ts) && ts[n].w == "," {
				n++
			}
			y = year(n)
		default:
			continue
		}
		if y == 0 {
			y = defaultYear
		}
		if y == 0 || d2 < d1 {
			continue
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, mon, d1), fmt.Sprintf("%04d-%02d-%02d", y, mon, d2), true
	}
	return "", "", false
}

// datelineYear returns the first plausible year of the text's header.
func datelineYear(text string) int {
	head := text[:min(len(text), 2000)]
	for _, t := range tokenize(head, 0, len(head), nil) {
		if t.digit && len(t.w) == 4 {
			if n, err := strconv.Atoi(t.w); err == nil && n >= 1900 && n <= 2100 {
				return n
			}
		}
	}
	return 0
}

// eventDates gives an event named in a sentence the dates the sentence
// states, the first time it states any.
func (d *drafter) eventDates(s *sent) {
	var ev *ent
	for _, m := range s.ms {
		if m.ent != nil && m.ent.kind == rightsgraph.KindCongress {
			ev = m.ent
			break
		}
	}
	if ev == nil || ev.start != "" {
		return
	}
	if start, end, ok := dateSpan(s.ts, d.year); ok {
		ev.start, ev.end = start, end
		if end == start {
			ev.end = ""
		}
	}
}
