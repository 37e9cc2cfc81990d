package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

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
		if (w == "posted" || w == "published" || w == "issued" || w == "released" || w == "distributed" || w == "prepared" || w == "compiled" || w == "submitted") && header {
			for x := k + 1; x < len(ts) && x <= k+12; x++ {
				if ts[x].low == "by" {
					if w == "prepared" || w == "compiled" || w == "submitted" {
						// "Prepared by the Legal Initiative for Justice (Yerevan)": a
						// body; "Prepared by A and B" are the report's authors
						if o := s.orgAfter(x + 1); o != nil && s.kindAt(x+1, rightsgraph.KindPerson) == nil {
							d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.7, "prepared-by-y", k, o.j)
						}
						break
					}
					if e, end := d.bylineName(s, x+1); e != nil {
						// "posted 4 Dec 2017 by Rights in Russia": whatever the
						// name's shape, who posts a report publishes it
						d.add(s, rightsgraph.RelPublished, e, d.report, "", nil, 0.7, "posted-by-x", k, end)
					} else if o := s.orgAfter(x + 1); o != nil {
						d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.8, "posted-by-x", k, o.j)
					}
					break
				}
			}
		}
	}
	d.translated(s)
	d.programmeLine(s) // "Alexei Pankov, Baltic Exile Press Association" is a line of its own
	// A dateline's publisher: "TBILISI, 18 September 2023 – Caucasus Media Monitor".
	if header && len(ms) >= 1 {
		last := ms[len(ms)-1]
		if last.ent != nil && last.ent.kind == rightsgraph.KindOrganisation && last.j == len(ts) && last.i >= 1 && (ts[last.i-1].w == "–" || ts[last.i-1].w == "—" || ts[last.i-1].w == "-") {
			d.add(s, rightsgraph.RelPublished, last.ent, d.report, "", nil, 0.6, "dateline-publisher", 0, len(ts))
		}
	}
	// A publisher's name as a line of its own: "Kazakhstan Bureau for
	// Migrant Rights", "Volga Rights Bulletin, 17 April 2023", "Pravovaya
	// Initsiativa (Legal Initiative)", "A (GLRU) and B", "Pravo i
	// Zashchita news service, 9 December 2024".
	// "Public Organisation “Oyandai Dukhtaron” (Future of Girls), Panjakent":
	// the kind of body, then its name in quotes.
	first := 0
	for first < len(ts) && first < 4 && ts[first].word && bodyKindWords[ts[first].low] {
		first++
	}
	if first == 0 || first >= len(ts) || !isOpenQuote(ts[first].w) {
		first = 0
	}
	if header && len(ms) >= 1 && ms[0].i <= max(1, first) && ms[0].ent != nil && ms[0].ent.kind == rightsgraph.KindOrganisation {
		var pubs []*ent
		k := first
		if first > 0 && ms[0].i == 0 && ms[0].j > first {
			k = 0 // "Public Organisation “Zhemchuzhina”" read as one name
		}
		for {
			if s.low(k) == "the" {
				k++
			}
			m := s.at[k]
			if m == nil && k < len(ts) && isOpenQuote(ts[k].w) {
				m = s.at[k+1]
			}
			if m == nil || m.ent == nil || m.ent.kind != rightsgraph.KindOrganisation {
				break
			}
			pubs = append(pubs, m.ent)
			k = max(m.j, k+1)
			if first > 0 && k < len(ts) && isCloseQuote(ts[k].w) {
				k++ // the quote that closes the name
			}
			// the same name again, quoted or in brackets: “Otkrytaya Dver”, (GLRU)
			if k+1 < len(ts) && (isOpenQuote(ts[k].w) || ts[k].w == "(") {
				e := k + 1
				for e < len(ts) && e < k+10 && ts[e].w != ")" && !isCloseQuote(ts[e].w) {
					e++
				}
				if e < len(ts) && e < k+10 {
					k = e + 1
				}
			}
			for k < len(ts) && ts[k].word && !ts[k].up && (orgDescriptors[ts[k].low] || ts[k].low == "news" || ts[k].low == "service" || ts[k].low == "press") {
				k++ // "news service"
			}
			for x := k; x < len(ts) && x < k+4 && ts[x].word && !ts[x].up; x++ {
				if orgDescriptors[ts[x].low] {
					k = x + 1 // "Shulgan human rights group — channel posts"
					break
				}
			}
			if s.low(k) != "and" {
				break
			}
			k++
		}
		end := len(ts)
		for x := max(k, 1); x < len(ts); x++ {
			if strings.Contains(d.text[ts[x-1].e:ts[x].s], "\n") {
				end = x // "Dzvina Human Rights Group\nAnnual Report 2024": the name's own line
				break
			}
		}
		rest := ts[k:end]
		ok := len(pubs) > 0 && (len(rest) == 0 || rest[0].w == ",")
		title := strings.TrimSpace(d.text[:ts[0].s]) == "" // "Sisian: refugees ask for land" is a headline
		if len(pubs) > 0 && len(rest) > 1 && (rest[0].w == "—" || rest[0].w == "–" || rest[0].w == "|" || rest[0].w == "·" || rest[0].w == "•" || rest[0].w == ":" && !title) {
			// "Samegrelo Legal Aid Centre — News", "Vesna | Press release":
			// the publisher, then what it publishes, no one else named
			ok = true
			for _, m := range ms {
				if m.i >= k && m.i < end && m.ent != nil && (m.ent.kind == rightsgraph.KindOrganisation || m.ent.kind == rightsgraph.KindPerson) {
					ok = false
				}
			}
			rest = nil
		}
		if len(rest) > 0 && rest[0].w == "," {
			// "Prykordonnia Legal Aid Centre, Sumy, 8 April 2024": only a
			// place and a date after the name
			for x := k + 1; x < end; x++ {
				if t := ts[x]; t.word && !t.digit && months[t.low] == 0 && !placeAt(s, x) && !(x == k+1 && x+1 == end && t.capWord()) {
					// not a place, a date, or a town alone at the line's end
					ok = false
				}
			}
		}
		if ok {
			for _, p := range pubs {
				d.add(s, rightsgraph.RelPublished, p, d.report, "", nil, 0.6, "publisher-line", 0, end)
			}
		}
	}
	if !header {
		return
	}
	d.capsPublisher(s)
	d.describedPublisher(s)
	d.bylineAffiliation(s)
	for k := range ts {
		switch w := ts[k].low; {
		case (w == "release" || w == "report" || w == "statement" || w == "bulletin" || w == "blog" || w == "website" || w == "newsletter" || w == "service" && s.low(k-1) == "press" && k == 1) && (s.low(k+1) == "of" || s.low(k+1) == "from"):
			// "Press release of the coalition “For Civic Space”", "A monitoring report of the Centre"
			if o := s.orgAfter(k + 2); o != nil {
				d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.65, "report-of-y", max(0, k-2), o.j)
			}
		case w == "for" && k >= 3 && byPersonBefore(s, k):
			// "Report by Aigerim Satybaldieva for Central Asia Rights Digest"
			if o := s.orgAfter(k + 1); o != nil {
				d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.6, "report-for-y", 0, o.j)
			}
		case w == "from" && k == 0 && s.low(1) == ":":
			// A letter's or memo's sender: "From: NGO “Pravovyi Prostir”
			// (Legal Space), Mukachevo"
			if o := s.orgAfter(2); o != nil && o.i <= 4 {
				d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.65, "from-line", 0, o.j)
			}
		case w == "|":
			// "By our correspondent | Baltic Exile Review | 12 December 2023"
			if o := s.at[k+1]; o != nil && o.ent != nil && o.ent.kind == rightsgraph.KindOrganisation && (o.j == len(ts) || ts[o.j].w == "|") {
				d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.6, "publisher-between-bars", 0, len(ts))
			}
		}
	}
}

// capsPublisher reads a first line in capitals that opens with the name
// of a body the text names: "ADILDIK ALANY (JUSTICE SQUARE) PUBLIC
// ASSOCIATION" publishes the report of Adildik Alany.
func (d *drafter) capsPublisher(s *sent) {
	ts := s.ts
	if len(ts) == 0 || strings.TrimSpace(d.text[:ts[0].s]) != "" || !capsLine(ts) {
		return
	}
	line := d.text[ts[0].s:ts[len(ts)-1].e]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	up := strings.ToUpper(line)
	for _, e := range d.ents {
		if e.kind != rightsgraph.KindOrganisation || e.dropped || utf8.RuneCountInString(e.name) < 4 {
			continue
		}
		name := strings.ToUpper(e.name)
		if rest, ok := strings.CutPrefix(up, name); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
			d.add(s, rightsgraph.RelPublished, e, d.report, "", nil, 0.6, "caps-publisher-line", 0, len(ts))
			return
		}
	}
}

// describedPublisher reads a header line that describes a body and then
// names it in quotes, and says nothing else: "Regional network of
// non-profit organisations “Sodruzhestvo”", "Labour Monitoring Centre
// “Tendik”", "Coalition “Prykhystok” · Kremenchuk".
func (d *drafter) describedPublisher(s *sent) {
	ts := s.ts
	q := 0
	kind := false
	for q < len(ts) && q < 9 && ts[q].word && (ts[q].up && !stopCaps[ts[q].low] || describing(ts[q].low)) {
		kind = kind || describing(ts[q].low) && ts[q].low != "of" && ts[q].low != "for" || orgHeads[ts[q].low]
		q++
	}
	if q == 0 || !kind || q >= len(ts) || !isOpenQuote(ts[q].w) || !ts[0].up {
		return
	}
	if line := strings.LastIndexByte(d.text[:ts[0].s], '\n'); strings.TrimSpace(d.text[line+1:ts[0].s]) != "" {
		return // not a line of its own
	}
	o := s.at[q+1]
	if o == nil || o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation {
		return
	}
	e := o.j
	if isCloseQuote(s.low(e)) {
		e++
	}
	if e < len(ts) && !strings.Contains(d.text[ts[e-1].e:ts[e].s], "\n") {
		switch ts[e].w {
		case ",", "·", "•", "—", "–", "|", "(":
		default:
			return
		}
	}
	d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.6, "described-publisher", 0, e)
}

// describing says whether a lower-case word can describe a body before
// its name: "regional network of non-profit organisations", "human rights
// organisations".
func describing(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return orgDescriptors[w] || orgDescriptors[one] || bodyKindWords[w] || bodyKindWords[one] || orgHeads[w] || orgHeads[one] ||
		bodyAdjectives[w] || describingWords[w]
}

// describingWords are the words besides bodyAdjectives that a description
// of a body before its name may hold.
var describingWords = wordSet(`of for and the with human rights online legal city district women's children's`)

// staffLine reads a line that names who wrote or edited the report for its
// publisher: "Editor: X", "Text: X, volunteer correspondent", "Prepared by
// X, programme officer". X belongs to the publisher, in the role given; an
// author with no role is only mentioned.
func (d *drafter) staffLine(s *sent) {
	we := d.publisherOrg()
	if we == nil || len(s.ts) < 3 {
		return
	}
	k, role := 0, ""
	switch w := s.low(0); {
	case w == "editor" || w == "editors":
		k, role = 1, "editor"
	case w == "text" || w == "author":
		k = 1
	case (w == "prepared" || w == "compiled") && s.low(1) == "by":
		k = 2
	default:
		return
	}
	if s.low(k) == ":" {
		k++
	} else if k == 1 {
		return // "Text" opening a sentence of prose
	}
	p := s.kindAt(k, rightsgraph.KindPerson)
	if p == nil {
		return
	}
	list := s.personListFrom(p)
	e := list[len(list)-1].j
	if s.low(e) == "," {
		// "X, volunteer correspondent": role words to the line's end or a full stop
		x := e + 1
		for x < len(s.ts) && s.ts[x].word && !s.ts[x].up && (roleWord(s.low(x)) || roleModifiers[s.low(x)]) {
			x++
		}
		if x > e+1 && (x == len(s.ts) || s.ts[x].w == "." || s.ts[x].w == ";") {
			role, e = s.words(e+1, x), x
		}
	}
	if role == "" {
		return
	}
	for _, p := range list {
		if p.ent != nil && p.ent.kind == rightsgraph.KindPerson {
			d.roleRel(s, p, &mention{ent: we}, role, false, 0.65, "staff-line", 0, e)
		}
	}
}

// translated reads who translated the report: "Translated from Ukrainian
// by X", "This report was translated by X and Y", "Translation: X".
func (d *drafter) translated(s *sent) {
	ts := s.ts
	for k, t := range ts {
		if w := t.low; w != "translation" && w != "translated" {
			continue
		}
		for x := k + 1; x < len(ts) && x <= k+6; x++ {
			if ts[x].low == "by" || ts[x].w == ":" && x == k+1 {
				for _, p := range s.ms {
					if p.i > x && p.ent != nil && p.ent.kind == rightsgraph.KindPerson && p.i <= x+12 {
						d.add(s, rightsgraph.RelTranslated, p.ent, d.report, "", nil, 0.85, "translated-by-x", k, p.j)
					}
				}
				break
			}
		}
		return
	}
}

// bylineName reads the capitalised name that ends a "posted … by" line
// ("Rights in Russia") as an organisation, when no name was found there.
func (d *drafter) bylineName(s *sent, k int) (*ent, int) {
	ts := s.ts
	if k >= len(ts) || !ts[k].capWord() {
		return nil, 0
	}
	e := k
	for e < len(ts) && (ts[e].capWord() || ts[e].word && connectors[ts[e].low] && e+1 < len(ts) && ts[e+1].capWord()) {
		e++
	}
	if e < len(ts) && ts[e].word || e-k < 3 || d.looksPerson(ts, k, e) {
		return nil, 0 // a name of one shape, found as such, is left to the mentions
	}
	for _, m := range s.ms {
		if m.i == k && m.j >= e && m.ent != nil {
			return m.ent, e
		}
	}
	form := d.text[ts[k].s:ts[e-1].e]
	o := d.byName[key(rightsgraph.KindOrganisation, form)]
	if o == nil {
		o = d.newEnt(rightsgraph.KindOrganisation, form, 0.6, "posted-by-name")
	}
	o.mentions = append(o.mentions, [2]int{ts[k].s, ts[e-1].e})
	return o, e
}

// byPersonBefore says whether "by" and a person's name end just before k.
func byPersonBefore(s *sent, k int) bool {
	for _, m := range s.ms {
		if m.j == k && m.i >= 1 && m.ent != nil && m.ent.kind == rightsgraph.KindPerson && s.low(m.i-1) == "by" {
			return true
		}
	}
	return false
}

// bylineAffiliation reads a byline that gives its author's organisation:
// "By Yekaterina Volkova, Volga Civic Review", "By X, Steppe Rights Digest
// correspondent", "By X, programme officer, South Caucasus Litigation
// Centre". The author belongs to the organisation, which publishes the
// report.
func (d *drafter) bylineAffiliation(s *sent) {
	ts := s.ts
	if s.low(0) != "by" {
		return
	}
	p := s.kindAt(1, rightsgraph.KindPerson)
	if p == nil || s.low(p.j) != "," {
		return
	}
	k := p.j + 1
	var role []string
	for k < len(ts) && ts[k].word && !ts[k].up && (roleWord(ts[k].low) || roleModifiers[ts[k].low]) {
		role = append(role, ts[k].low)
		k++
	}
	if len(role) > 0 && s.low(k) == "," {
		k++
	}
	o := s.at[k]
	if o == nil || o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation {
		return
	}
	e := o.j
	if len(role) == 0 {
		for e < len(ts) && ts[e].word && !ts[e].up && (roleWord(ts[e].low) || roleModifiers[ts[e].low]) {
			role = append(role, ts[e].low)
			e++
		}
	}
	if e < len(ts) && ts[e].w != "|" && ts[e].w != "," {
		return
	}
	r := strings.Join(role, " ")
	lead := len(role) > 0 && leadRoles[role[len(role)-1]] && !subordinate[role[0]]
	d.roleRel(s, p, o, r, lead, 0.7, "byline-affiliation", 0, e)
	d.add(s, rightsgraph.RelPublished, o.ent, d.report, "", nil, 0.6, "byline-affiliation", 0, e)
}

// placeAt says whether token x lies inside a place's mention.
func placeAt(s *sent, x int) bool {
	for _, m := range s.ms {
		if m.i <= x && x < m.j && (m.kind == rightsgraph.KindPlace || m.ent != nil && m.ent.kind == rightsgraph.KindPlace) {
			return true
		}
	}
	return false
}
