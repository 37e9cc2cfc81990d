package extract

import (
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// placeRelations finds where events took place and where organisations are based.
func (d *drafter) placeRelations(s *sent) {
	ts := s.ts
	d.headlinePlace(s)
	for _, m := range s.ms {
		if m.ent == nil || m.ent.kind != rightsgraph.KindPlace {
			continue
		}
		prev := s.low(m.i - 1)
		// "was held from 21 to 26 July near Vladikavkaz": a named event held
		// near a place, with its dates between
		if prev == "near" {
			for x := m.i - 2; x >= 0 && x >= m.i-9; x-- {
				if s.low(x) == "held" || s.low(x) == "place" && s.low(x-1) == "took" {
					if congress, named := d.congressOf(s); congress != nil && named {
						d.add(s, rightsgraph.RelHeldIn, congress, m.ent, "", nil, 0.7, "event-near-place", 0, len(ts))
					}
					break
				}
			}
		}
		// HELD_IN: "took place in X", "held in X", "gathered in X", "the round table in X"
		if prev == "in" || prev == "at" {
			v := s.low(m.i - 2)
			v2 := s.low(m.i - 3)
			future := false
			for _, t := range ts {
				if t.low == "will" || t.low == "plans" || t.low == "plan" || t.low == "planned" || t.low == "next" || t.low == "intend" || t.low == "intends" {
					future = true
				}
			}
			if future {
				// "The CPDC will hold the third conference in Baku": a planned event
				for _, c := range s.ms {
					if c.ent != nil && c.ent.kind == rightsgraph.KindCongress && c.ent != d.main && c.i < m.i && !c.generic {
						d.add(s, rightsgraph.RelHeldIn, c.ent, m.ent, "planned", nil, 0.55, "planned-event-in-place", 0, len(ts))
						break
					}
				}
			}
			ec := s.mentionEndingAt(m.i-2, rightsgraph.KindCongress)
			if ec == nil && s.low(m.i-2) == "," && prev == "in" {
				// "held a round table, “Legal Aid for Migrants”, in Almaty"
				ec = s.mentionEndingAt(m.i-3, rightsgraph.KindCongress)
			}
			if !future && ec != nil && !ec.generic {
				// "the Central Asian Civil Society Forum in Almaty": the
				// event just named, not necessarily the sentence's.
				d.add(s, rightsgraph.RelHeldIn, ec.ent, m.ent, "", nil, 0.75, "event-in-place", 0, len(ts))
			}
			if !future && (v == "place" && v2 == "took" || v == "held" || v == "gathered" || v == "met" || v == "opened" || v == "convened" || v == "organised" || v == "organized") {
				congress, named := d.congressOf(s)
				// "civilians held in Russia": an unnamed event is held
				// only as the subject of "was held".
				heldEvent := v == "held" && (v2 == "was" || v2 == "were" || v2 == "be" || v2 == "been") && !personBefore(s.ms, m.i-2)
				if congress != nil && (named || v == "place" || heldEvent || v == "gathered") {
					d.add(s, rightsgraph.RelHeldIn, congress, m.ent, "", nil, confIf(named, 0.8, 0.6), "event-in-place", 0, len(ts))
				}
			}
		}
		// BASED_IN: "Memorial in Perm", "the Centre in the Zhambyl region"
		b := m.i - 1
		if prev == "the" && strings.HasSuffix(m.form, " region") && s.low(b-1) == "from" {
			b-- // "the Centre from the Zhambyl region"
		}
		// "Haqiqat va Adolat (Truth and Justice) from Dushanbe": past the
		// translation or acronym in brackets.
		oe := s.beforeBrackets(b - 1)
		if w := s.low(b); w == "in" {
			o := s.mentionEndingAt(oe, rightsgraph.KindOrganisation)
			if o == nil {
				// "the “Sosnovy Bor” care home in Yekaterinburg": the
				// descriptor after the name comes between.
				x := oe
				for x > 0 && oe-x < 2 && ts[x].word && !ts[x].up && (orgDescriptors[ts[x].low] || orgHeads[ts[x].low] || ts[x].low == "home" || ts[x].low == "care") {
					x--
				}
				if x < oe {
					o = s.mentionEndingAt(x, rightsgraph.KindOrganisation)
				}
			}
			if o != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, m.ent, "", nil, 0.7, "org-in-place", o.i, m.j)
			}
		} else if w == "from" || w == "of" {
			if o := s.mentionEndingAt(oe, rightsgraph.KindOrganisation); o != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, m.ent, "", nil, 0.6, "org-from-place", o.i, m.j)
			}
		}
		// LOCATED_IN: "Kazan, Tatarstan", "Ekaterinburg (Urals)"
		if m.j+1 < len(ts) && (ts[m.j].w == "," || ts[m.j].w == "(") {
			if p := s.kindAt(m.j+1, rightsgraph.KindPlace); p != nil && (!places[strings.ToLower(m.form)] || ts[m.j].w == "(" || s.pairOfPlaces(m, p)) {
				end := p.j
				if ts[m.j].w == "(" {
					end++
				}
				d.add(s, rightsgraph.RelLocatedIn, m.ent, p.ent, "", nil, 0.55, "place-comma-place", m.i, end)
			}
		}
	}
	// "X (Bishkek)", "the Kazan law clinic “Pravovoy Shchit”"
	for _, o := range s.ms {
		if o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation {
			continue
		}
		j := o.j
		if j < len(ts) && isCloseQuote(ts[j].w) {
			j++
		}
		if j+2 < len(ts) && ts[j].w == "(" && ts[j+2].w == ")" {
			if p := s.kindAt(j+1, rightsgraph.KindPlace); p != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.65, "org-paren-place", o.i, j+3)
			}
		}
		if j+1 < len(ts) && ts[j].w == "," {
			if p := s.kindAt(j+1, rightsgraph.KindPlace); p != nil && (p.j == len(ts) || p.j == len(ts)-1 && ts[p.j].w == ".") {
				d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.5, "org-comma-place", o.i, p.j)
			}
		}
		// "the Kursk regional branch of the CDN"
		if b := o.i - 1; b >= 2 {
			if ts[b].low == "the" {
				b--
			}
			if b >= 1 && ts[b].low == "of" && (ts[b-1].low == "branch" || ts[b-1].low == "office" || ts[b-1].low == "chapter" || ts[b-1].low == "department") {
				x := b - 2
				for x >= 0 && !ts[x].up && (ts[x].low == "regional" || ts[x].low == "local" || ts[x].low == "city" || ts[x].low == "district") {
					x--
				}
				if p := s.mentionEndingAt(x, rightsgraph.KindPlace); p != nil {
					d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.65, "place-branch-of-org", p.i, o.j)
				}
			}
		}
		b := o.i - 1
		if b >= 0 && isOpenQuote(ts[b].w) {
			b--
		}
		if b >= 0 && ts[b].word && !ts[b].up && (orgDescriptors[ts[b].low] || orgHeads[ts[b].low] || ts[b].low == "home") {
			// "the Kasimov consumer rights society “Pravo Vybora”", "the
			// Kemin women’s group “Ak Bermet”", "the Kyiv digital security
			// lab Tsyfrovyi Shchyt": what the body is, after its town
			for n := 0; b >= 0 && n < 5 && (ts[b].word && !ts[b].up && !prepositions[ts[b].low] && !determiners[ts[b].low] && !auxVerbs[ts[b].low] && ts[b].low != "and" || ts[b].w == "’s" || ts[b].w == "'s"); n++ {
				b--
			}
		}
		if b >= 0 && b < o.i-1 {
			if p := s.mentionEndingAt(b, rightsgraph.KindPlace); p != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.65, "place-descriptor-org", p.i, o.j)
			}
		}
	}
	// "Y, an independent outlet based in Białystok", "Y, based in Taraz"
	for k := 2; k+2 < len(ts); k++ {
		if ts[k].low != "based" || ts[k+1].low != "in" {
			continue
		}
		p := s.kindAt(k+2, rightsgraph.KindPlace)
		if p == nil {
			continue
		}
		b := k - 1
		for n := 0; b > 0 && n < 6 && ts[b].word && !ts[b].up && ts[b].low != "and" && !auxVerbs[ts[b].low]; n++ {
			b-- // "an independent outlet", "a legal aid group"
		}
		if b < 1 || ts[b].w != "," {
			continue
		}
		e := s.beforeBrackets(b - 1)
		if isCloseQuote(s.low(e)) {
			e--
		}
		if o := s.mentionEndingAt(e, rightsgraph.KindOrganisation); o != nil {
			d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.75, "org-based-in-place", o.i, p.j)
		}
	}
	// "Kazan-based X"
	for k, t := range ts {
		if t.word && strings.HasSuffix(t.low, "-based") {
			pl := strings.TrimSuffix(t.w, "-based")
			pe := d.byName[key(rightsgraph.KindPlace, pl)]
			if pe == nil && (places[strings.ToLower(pl)] || t.up && !strings.Contains(pl, "-") && !d.lower[strings.ToLower(pl)] && d.byName[key(rightsgraph.KindOrganisation, pl)] == nil) {
				// "the Tartu-based association": what a body is based in is a place
				pe = d.newEnt(rightsgraph.KindPlace, pl, 0.8, "place-based")
				pe.mentions = append(pe.mentions, [2]int{t.s, t.s + len(pl)})
			}
			if o := s.orgAfter(k + 1); o != nil && pe != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, pe, "", nil, 0.8, "place-based-org", k, o.j)
			} else if pe != nil && k >= 3 && (s.low(k-1) == "a" || s.low(k-1) == "an") && ts[k-2].w == "," {
				// "the Court Monitoring Network (CMN), a Vilnius-based coalition"
				if o := s.mentionEndingAt(s.beforeBrackets(k-3), rightsgraph.KindOrganisation); o != nil {
					d.add(s, rightsgraph.RelBasedIn, o.ent, pe, "", nil, 0.75, "org-a-place-based", o.i, k+2)
				}
			}
		}
	}
}

// headlinePlace reads where the report's event took place from a headline
// that names the event by its kind: "Round table in Balti: …", "Lutsk
// conference: …", "Marneuli forum hears …".
func (d *drafter) headlinePlace(s *sent) {
	ev := d.main
	if len(s.ts) == 0 || strings.TrimSpace(d.text[:s.ts[0].s]) != "" || ev == nil || ev.dropped || ev.other {
		return
	}
	for _, m := range s.ms {
		if m.ent == nil || m.ent.kind != rightsgraph.KindPlace || m.i > 6 {
			continue
		}
		before := s.low(m.i-1) == "in" && (congressHeads[s.low(m.i-2)] || s.low(m.i-2) == "table" && s.low(m.i-3) == "round")
		after := congressHeads[s.low(m.j)] && (m.j+1 == len(s.ts) || s.low(m.j+1) == ":" || !s.ts[m.j+1].up)
		if before || after {
			d.add(s, rightsgraph.RelHeldIn, ev, m.ent, "", nil, 0.6, "headline-event-place", m.i, m.j)
			return
		}
	}
}

// beforeBrackets returns the token before the brackets that close at e
// ("the Court Monitoring Network (CMN)", "Y (Truth and Justice)"), or e when
// no brackets close there or they open more than ten tokens before.
func (s *sent) beforeBrackets(e int) int {
	if s.low(e) != ")" {
		return e
	}
	for o := e - 1; o >= 0 && e-o < 10; o-- {
		if s.ts[o].w == "(" {
			return o - 1
		}
	}
	return e
}

func (d *drafter) endsCongress(s *sent, k int) bool {
	m := s.mentionEndingAt(k-1, rightsgraph.KindCongress)
	return m != nil && !m.generic
}

// pairOfPlaces says whether "M, P" is a place and the larger one it lies in
// ("in Kazan, Tatarstan.") rather than two items of a list of places: the
// pair follows a preposition and no other place follows it.
func (s *sent) pairOfPlaces(m, p *mention) bool {
	if m.i == 0 || !(s.low(m.i-1) == "in" || s.low(m.i-1) == "from" || s.low(m.i-1) == "of" || s.low(m.i-1) == "to" || s.low(m.i-1) == "near") {
		return false
	}
	switch s.low(p.j) {
	case "and", "or":
		return false // "in Odesa, Mykolaiv and the Kherson region"
	case ",":
		return s.kindAt(p.j+1, rightsgraph.KindPlace) == nil && s.low(p.j+1) != "and"
	}
	return true
}
