package extract

import "github.com/rightsgraph/rightsgraph"

// headerRelations reads the header of a report: "posted … by X" and a
// publisher named alone on a line of the header publish the report;
// "Translation by X and Y" translated it.
func (d *drafter) headerRelations(ts []tok, ms []*mention, header bool) {
	s := &sent{ts: ts, ms: ms, at: make([]*mention, len(ts)+1)}
	for _, m := range ms {
		if m.ent != nil && m.i < len(ts) && s.at[m.i] == nil {
			s.at[m.i] = m
		}
	}
	for k, t := range ts {
		w := t.low
		if (w == "posted" || w == "published") && header {
			for x := k + 1; x < len(ts) && x <= k+12; x++ {
				if ts[x].low == "by" {
					if o := s.orgAfter(x + 1); o != nil {
						d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.8, "posted-by-x", k, o.j)
					}
					break
				}
			}
		}
		if w == "translation" || w == "translated" {
			for x := k + 1; x < len(ts) && x <= k+6; x++ {
				if ts[x].low == "by" {
					for _, p := range s.ms {
						if p.i > x && p.ent != nil && p.ent.kind == rightsgraph.KindPerson {
							d.add(s, rightsgraph.RelTranslated, p.ent, d.report, "", nil, 0.85, "translated-by-x", k, p.j)
						}
					}
					break
				}
			}
		}
	}
	// A dateline's publisher: "TBILISI, 18 September 2023 – Caucasus Media Monitor".
	if header && len(ms) >= 1 {
		last := ms[len(ms)-1]
		if last.ent != nil && last.ent.kind == rightsgraph.KindOrganisation && last.j == len(ts) && last.i >= 1 && (ts[last.i-1].w == "–" || ts[last.i-1].w == "—" || ts[last.i-1].w == "-") {
			d.add(s, rightsgraph.RelPublished, last.ent, d.report, "", nil, 0.6, "dateline-publisher", 0, len(ts))
		}
	}
	// A publisher's name as a line of its own: "Kazakhstan Bureau for
	// Migrant Rights", "Volga Rights Bulletin, 17 April 2023".
	if header && len(ms) >= 1 && ms[0].i == 0 && ms[0].ent != nil && ms[0].ent.kind == rightsgraph.KindOrganisation {
		rest := ts[ms[0].j:]
		ok := len(rest) == 0
		if len(rest) > 0 && rest[0].w == "," {
			ok = true
			for _, t := range rest[1:] {
				if t.word && !t.digit && months[t.low] == 0 && s.kindAt(0, rightsgraph.KindPlace) == nil {
					ok = false
				}
			}
		}
		if ok {
			d.add(s, rightsgraph.RelPublished, ms[0].ent, d.report, "", nil, 0.6, "publisher-line", 0, len(ts))
		}
	}
}
