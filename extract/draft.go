package extract

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// ent is an entity while drafting: every form the text gives it, and what
// the rules found.
type ent struct {
	kind     rightsgraph.Kind
	forms    []string // names as written, first seen first
	formSeen map[string]bool
	name     string // preferred form
	conf     float64
	rule     string
	given    string // persons: the given name as first written
	surname  string
	head     string // organisations and events: the head noun
	ordinal  int    // events: "second"
	start    string // events: dates
	end      string
	mentions [][2]int // byte spans, in pass 2
	order    int      // creation order
	dropped  bool
	link     *Link
	id       string
	count    int  // mentions in the first pass
	named    int  // mentions by name (not back-references) in the first pass
	other    bool // an event other than the one the report is about
	planned  bool // an event still to come
	quoted   bool // named by a quoted name or title, which is its name
	body     *ent // a unit named with its body ("the Talas Branch of Y"): Y
}

// bodyInUnitName records the mention of a unit's body inside the unit's
// full name ("the Talas Branch of the Legal Aid Coalition"), which the
// second pass reads as one name.
func (d *drafter) bodyInUnitName(m *mention, e *ent) {
	if e.body == nil || m.part != nil {
		return
	}
	written := d.text[m.s:m.e]
	for _, f := range e.body.forms {
		if k := strings.LastIndex(written, f); k > 0 {
			e.body.mentions = append(e.body.mentions, [2]int{m.s + k, m.s + k + len(f)})
			return
		}
	}
}

func (e *ent) addForm(f string) {
	f = strings.TrimSpace(f)
	if f == "" {
		return
	}
	if e.formSeen == nil {
		e.formSeen = map[string]bool{}
	}
	if !e.formSeen[f] {
		e.formSeen[f] = true
		e.forms = append(e.forms, f)
	}
}

// placeShort maps the long names of countries to their short names.
var placeShort = map[string]string{"russian federation": "Russia", "rf": "Russia", "kyrgyz republic": "Kyrgyzstan",
	"republic of kazakhstan": "Kazakhstan", "republic of uzbekistan": "Uzbekistan", "republic of tajikistan": "Tajikistan",
	"republic of belarus": "Belarus", "republic of armenia": "Armenia", "republic of azerbaijan": "Azerbaijan",
	"republic of moldova": "Moldova", "ussr": "Soviet Union", "united states of america": "United States",
	"chechen republic": "Chechnya", "republic of tatarstan": "Tatarstan"}

// knownForm is a form of an organisation, as lower-case words.
type knownForm struct {
	words []string
	ent   *ent
}

// rel is a relation while drafting; qs and qe are its quote's bytes.
type rel struct {
	t        rightsgraph.RelType
	from, to *ent
	role     string
	at       *ent
	conf     float64
	rule     string
	qs, qe   int
}

type drafter struct {
	text  string
	known Known
	lower map[string]bool // words the text writes in lower case
	// capAlone counts, by lower case, the capitalised words the text
	// writes with no capitalised word beside them.
	capAlone map[string]int
	pass     int
	words    int

	ents   []*ent
	byName map[string]*ent   // kind + normalised form → entity
	bySur  map[string][]*ent // persons by normalised surname
	// byPatronymic holds persons by their normalised given name and
	// patronymic, the polite way to name them again ("Zinaida Pavlovna").
	byPatronymic map[string]*ent
	acronyms     map[string]*ent // acronym → organisation

	formsByWord map[string][]knownForm // first word → organisation forms of 2+ words

	rels    []*rel
	relSeen map[string]bool

	pairs   *PairModel  // the affiliation classifier, nil for the rules alone
	collect *[]pairCand // candidate pairs, when training
	// byFrom indexes rels[:byFromRead] by their from.
	byFrom     map[*ent][]*rel
	byFromRead int

	// Discourse: what back-references point to.
	lastOrg *ent
	// unitOwner holds, for a kind of unit ("branch"), the body whose unit
	// of that kind the text named last: "the Talas branch of Y".
	unitOwner  map[string]*ent
	lastByHead map[string]*ent
	// describedAt holds where the text last described a body by a head
	// noun in apposition ("X, a human rights association"), by that noun.
	describedAt map[string]int
	// orgForums holds the names of forums and congresses that the first
	// pass saw in a body's context ("organised by the Baltic Forum for
	// Human Rights"): the second types every mention of them as a body.
	orgForums    map[string]bool
	lastCongress *ent
	lastRes      *ent
	lastPerson   *ent
	prevMs       []*mention // the previous sentence's mentions, for "Its director, X"
	board        *ent       // whose board or council the last sentences spoke of
	boardFresh   int        // sentences for which board still holds
	// boardSection is the heading of the section that lists the
	// publisher's board ("board of trustees"), or "" in any other section.
	boardSection string
	// staffSection says whether the lines read now list the publisher's
	// staff, one post a line, under a heading such as "Staff" or "Our team".
	staffSection bool
	// listOwner is the body whose members the lines read now list, one a
	// line ("Member organisations and their representatives:"), or nil.
	listOwner  *ent
	main       *ent // the event the report is about
	report     *ent // the report itself, for PUBLISHED and TRANSLATED
	pendingDoc *ent // a document whose list of demands follows
	pub        *ent // the publisher, once the header named it
	year       int  // the year of the report's dateline, for dates without one
}

func newDrafter(text string, known Known) *drafter {
	return &drafter{
		text: text, known: known, lower: map[string]bool{}, capAlone: map[string]int{},
		byName: map[string]*ent{}, bySur: map[string][]*ent{}, byPatronymic: map[string]*ent{}, acronyms: map[string]*ent{},
		report:  &ent{kind: rightsgraph.KindReport, order: -1, id: ReportRef},
		relSeen: map[string]bool{}, lastByHead: map[string]*ent{}, describedAt: map[string]int{}, orgForums: map[string]bool{}, unitOwner: map[string]*ent{}, formsByWord: map[string][]knownForm{},
	}
}

// run reads the text three times: its lower-case words, then its names
// (entities and coreference), then its relations.
func (d *drafter) run(ctx context.Context) error {
	d.vocabulary()
	d.year = datelineYear(d.text)
	var toks []tok
	for d.pass = 1; d.pass <= 2; d.pass++ {
		d.lastOrg, d.lastCongress, d.lastRes, d.lastPerson, d.pendingDoc = nil, nil, nil, nil, nil
		clear(d.lastByHead)
		clear(d.describedAt)
		clear(d.unitOwner)
		d.boardSection, d.staffSection, d.listOwner = "", false, nil
		n := 0
		var err error
		blocks(d.text, func(s, e int) bool {
			if n++; n%256 == 0 {
				if err = ctx.Err(); err != nil {
					return false
				}
			}
			toks = tokenize(d.text, s, e, toks[:0])
			if d.pass == 1 {
				for _, t := range toks {
					if t.word {
						d.words++
					}
				}
			}
			heading := isHeading(toks) || numberedEvent(toks)
			header := s < 600 // the title, byline and dateline
			titleCase := isTitleCase(toks)
			split := sentences
			if heading && numberedEvent(toks) {
				split = whole // "Seminar 1. “Title” (5 May)": its number's full stop ends no sentence
			}
			split(toks, func(ts []tok) {
				ms := d.findMentions(ts)
				if heading {
					// A heading names things (a byline, a publisher) but
					// states nothing more than that the report mentions them.
					ms = slices.DeleteFunc(ms, func(m *mention) bool { return m.kind == "" || m.generic })
					if boardHeading(ts) != "" {
						ms = nil // "Board of Trustees" over its list: the publisher's board
					}
				}
				if (heading || titleCase) && !(header && !isTitle(ts) || isByline(ts)) {
					// A Title Case heading capitalises every word: a span
					// typed only by its capitals, or a place only by "in",
					// is no name there. The header's short lines name the
					// publisher ("Volga Rights Bulletin, 17 April 2023").
					ms = slices.DeleteFunc(ms, func(m *mention) bool { return m.rule == "capitalised-span" || m.rule == "in-name" })
				}
				if d.pass == 1 {
					d.acronymDefs(ts, ms)
					for _, m := range ms {
						d.descriptorAfter(ts, m, d.resolve(m, true))
					}
					for _, m := range ms {
						if m.part != nil && m.ent != nil && m.part.ent != nil {
							m.ent.body = m.part.ent // the second pass may read the unit's full name as one
						}
					}
				} else {
					for _, m := range ms {
						if e := d.resolve(m, true); e != nil {
							e.mentions = append(e.mentions, [2]int{m.s, m.e})
							d.descriptorAfter(ts, m, e)
							d.bodyInUnitName(m, e)
						}
					}
					if heading && d.staffSection && slices.ContainsFunc(ts, func(t tok) bool { return isDash(t.w) }) {
						d.relations(ts, ms) // "Communications — Doina Rusu": a line of the staff list, not a heading
						return
					}
					if heading {
						d.boardSection = boardHeading(ts)
						d.staffSection = staffHeading(ts)
						d.headerRelations(ts, ms, header)
						for _, m := range ms {
							if m.rule == "document-heading" && m.ent != nil {
								// "Recommendations" over "To the Ministry …:" and its list
								d.pendingDoc = m.ent
							}
						}
						return
					}
					if header {
						d.headerRelations(ts, ms, true)
					}
					d.relations(ts, ms)
				}
			})
			return true
		})
		if err != nil {
			return err
		}
		if d.pass == 1 {
			d.settle()
		}
	}
	return nil
}

// boardHeading returns the words of a heading over a list of a body's board
// ("Board of Trustees", "Our board"), in lower case without "our", or "".
func boardHeading(ts []tok) string {
	ws := lowWords(ts)
	if len(ws) > 0 && ws[0] == "our" {
		ws = ws[1:]
	}
	switch h := strings.Join(ws, " "); h {
	case "board", "board of trustees", "board of directors", "supervisory board", "trustees", "governing board":
		return h
	}
	return ""
}

// staffHeading says whether a heading opens the list of the publisher's
// staff: "Staff", "Our team", "Secretariat".
func staffHeading(ts []tok) bool {
	ws := lowWords(ts)
	if len(ws) > 0 && (ws[0] == "our" || ws[0] == "the") {
		ws = ws[1:]
	}
	switch strings.Join(ws, " ") {
	case "staff", "team", "secretariat", "people", "staff and volunteers", "team and volunteers", "management", "office", "employees":
		return true
	}
	return false
}

// isByline says whether a heading names an author or a publisher ("By our
// correspondent | Review | 12 May"), where capitalised spans are names.
func isByline(ts []tok) bool {
	for _, t := range ts {
		switch t.low {
		case "|", "by", "posted", "published", "source", "©", "from":
			return true
		}
	}
	return false
}

// numberedEvent says whether a heading numbers one event of a series and
// gives its title: "Seminar 1. “A contract before the first shift” (5
// May)", "Session II: “Courts”".
func numberedEvent(ts []tok) bool {
	return len(ts) >= 5 && ts[0].up && congressHeads[ts[0].low] && seriesNumber(ts[1]) &&
		(ts[2].w == "." || ts[2].w == ":") && isOpenQuote(ts[3].w)
}

// whole hands a block to fn as one sentence.
func whole(ts []tok, fn func([]tok)) { fn(ts) }

// isTitleCase says whether a block is a line in Title Case or capitals,
// with no full stop: a title, whatever its length.
func isTitleCase(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 30 || ts[len(ts)-1].w == "." {
		return false
	}
	lowers, words := 0, 0
	for _, t := range ts {
		if t.word && !t.digit {
			words++
			if !t.up && !connectors[t.low] {
				lowers++
			}
		}
	}
	return words >= 2 && lowers <= 1
}

// isTitle says whether a heading reads as a title: more than six words, or
// a colon ("Human Rights in Wartime: Annual Report").
func isTitle(ts []tok) bool {
	n, paren := 0, false
	for _, t := range ts {
		switch {
		case t.w == ":":
			return true
		case t.w == "(" || t.w == ")":
			paren = t.w == "("
		case t.word && !t.digit && months[t.low] == 0 && !paren:
			n++ // a date, or a translation in brackets, is no part of the title
		}
	}
	return n > 6
}

// isHeading reports whether a block is a heading or caption: short, with
// no full stop and no verb-like lower-case words.
func isHeading(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 8 {
		return false
	}
	lowers := 0
	for _, t := range ts {
		if !t.word {
			if t.w == "." || t.w == "!" || t.w == "?" || t.w == ":" || t.w == "”" || t.w == "\"" {
				return false
			}
			continue
		}
		if !t.up && !t.digit && !connectors[t.low] {
			lowers++
		}
	}
	return lowers <= 1 && ts[len(ts)-1].w != ","
}

// vocabulary collects the words the text writes in lower case: a
// capitalised word that also occurs in lower case is not a name. It also
// counts the capitalised words that stand alone, with no capitalised word
// next to them ("said Rudak."): a surname used on its own.
func (d *drafter) vocabulary() {
	text := d.text
	prevCap, prevEnd := false, 0
	lastAlone := ""
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, sz := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += sz
		}
		if unicode.IsLower(r) && j-i < 40 {
			w := text[i:j]
			if !d.lower[w] {
				d.lower[strings.Clone(w)] = true
			}
		}
		// a word joins the previous one when only one space lies between
		joined := prevEnd > 0 && i-prevEnd == 1 && text[prevEnd] == ' '
		isCap := unicode.IsUpper(r)
		if lastAlone != "" && joined && isCap {
			d.capAlone[lastAlone]-- // the previous word had a capitalised neighbour after all
		}
		lastAlone = ""
		if isCap && j-i < 40 && !(joined && prevCap) {
			lastAlone = strings.ToLower(text[i:j])
			d.capAlone[lastAlone]++
		}
		prevCap, prevEnd = isCap, j
		i = j
	}
}

// descriptorAfter lets "the coalition" refer back to an organisation
// named with that word after its name: "the “Fair Count” coalition".
func (d *drafter) descriptorAfter(ts []tok, m *mention, e *ent) {
	if e == nil || e.kind != rightsgraph.KindOrganisation {
		return
	}
	k := m.j
	if k < len(ts) && isCloseQuote(ts[k].w) {
		k++
	}
	if k < len(ts) && ts[k].word && !ts[k].up && orgDescriptors[ts[k].low] {
		d.lastByHead[ts[k].low] = e
		return
	}
	if k < len(ts) && ts[k].w == "(" && k+2 < len(ts) && ts[k+2].w == ")" {
		k += 3 // "the Movement for Honest Elections (MHE), a coalition of …"
	}
	switch {
	case m.i == 0 && k == len(ts):
		// A line that names the body alone, and the next that says what
		// it is: "Kola Civic Watch\nCoalition for independent observation …"
		rest := d.text[ts[k-1].e:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 && strings.TrimSpace(rest[:nl]) == "" {
			first, _, _ := strings.Cut(strings.TrimLeft(rest[nl:], " \n"), " ")
			if w := strings.ToLower(first); first != w && orgDescriptors[w] {
				d.lastByHead[w] = e
			}
		}
		return
	case k+1 < len(ts) && ts[k].w == "," && (ts[k+1].low == "a" || ts[k+1].low == "an"):
		k += 2 // "X, a coalition of …"
	case k+2 < len(ts) && (ts[k].low == "is" || ts[k].low == "was") && (ts[k+1].low == "a" || ts[k+1].low == "an"):
		k += 2 // "X is an alliance of …"
	default:
		return
	}
	for x := k; x < len(ts) && x < k+4 && ts[x].word && !ts[x].up; x++ {
		if orgDescriptors[ts[x].low] {
			if w := strings.ToLower(d.text[ts[x].e:min(ts[x].e+1, len(d.text))]); x+1 >= len(ts) || ts[x+1].w != "’s" && ts[x+1].w != "'s" && w != "-" {
				d.lastByHead[ts[x].low] = e // "X, a regional coalition of NGOs"
				d.describedAt[ts[x].low] = ts[x].e
			}
			return
		}
	}
}

// acronymDefs finds "Full Name (ACR)" and "ACR (Full Name)".
func (d *drafter) acronymDefs(ts []tok, ms []*mention) {
	for k, m := range ms {
		if m.kind != rightsgraph.KindOrganisation && m.kind != rightsgraph.KindCongress && m.kind != rightsgraph.KindLaw && m.kind != "" {
			continue
		}
		if m.j+2 < len(ts) && ts[m.j].w == "(" && ts[m.j+1].caps && ts[m.j+2].w == ")" {
			acr := ts[m.j+1].w
			if e := d.resolve(m, true); e != nil && m.kind != "" {
				if d.acronyms[acr] == nil {
					d.acronyms[acr] = e
					e.addForm(acr)
				}
			}
			// The plural "POCs" names the same.
			continue
		}
		_ = k
	}
}

// settle finishes the names after the first pass: persons take their
// fullest given name and surname, and organisations their fullest form.
func (d *drafter) settle() {
	for _, e := range d.ents {
		d.bodyNamedLikeEvent(e)
		d.chooseName(e)
		if e.kind != rightsgraph.KindOrganisation {
			continue
		}
		for _, f := range e.forms {
			var ws []string
			for _, t := range tokenize(f, 0, len(f), nil) {
				ws = append(ws, t.low)
			}
			if len(ws) >= 2 {
				d.formsByWord[ws[0]] = append(d.formsByWord[ws[0]], knownForm{ws, e})
			}
		}
	}
	for w, fs := range d.formsByWord {
		// Longest first: "Human Rights Centre Memorial" before "Human Rights Centre".
		slices.SortStableFunc(fs, func(a, b knownForm) int { return len(b.words) - len(a.words) })
		d.formsByWord[w] = fs
	}
	d.titledEvent()
	d.main = nil
	for _, e := range d.ents {
		if e.kind == rightsgraph.KindCongress && !e.other && (d.main == nil || e.named > d.main.named) {
			d.main = e
		}
	}
	for _, e := range d.ents {
		if m := d.main; e.kind == rightsgraph.KindCongress && m != nil && e != m && e.ordinal != 0 && m.ordinal > e.ordinal {
			e.other = true
		}
	}
}

func (d *drafter) chooseName(e *ent) {
	switch e.kind {
	case rightsgraph.KindPerson:
		// The first form with a given name and a surname, without patronymic.
		best := ""
		for _, f := range e.forms {
			g, p, s := personParts(f)
			if g == "" {
				continue
			}
			name := g + " " + s
			if p != "" {
				e.addForm(name)
			}
			if best == "" {
				best = name
			}
		}
		if best == "" && len(e.forms) > 0 {
			best = e.forms[0]
		}
		e.name = best
	default:
		if e.quoted && len(e.forms) > 0 {
			e.name = e.forms[0]
			return
		}
		best := ""
		for _, f := range e.forms {
			if isAcronym(f) && strings.ToUpper(f) == f {
				continue
			}
			// The fullest form, as the guidelines name organisations.
			if utf8.RuneCountInString(f) > utf8.RuneCountInString(best) {
				best = f
			}
		}
		if best == "" && len(e.forms) > 0 {
			best = e.forms[0]
		}
		e.name = best
	}
}

// initials returns the capitals that begin the words of a name.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// bodyNamedLikeEvent makes a body of a forum or congress that the text
// named in a body's context once ("organised by the Baltic Forum for Human
// Rights") though it was first named where only its head spoke ("PRESS
// RELEASE / Baltic Forum for Human Rights (BFHR)").
func (d *drafter) bodyNamedLikeEvent(e *ent) {
	if e.kind != rightsgraph.KindCongress || !slices.ContainsFunc(e.forms, func(f string) bool { return d.orgForums[joinedLow(f)] }) {
		return
	}
	for _, f := range e.forms {
		delete(d.byName, key(e.kind, f))
	}
	e.kind = rightsgraph.KindOrganisation
	for _, f := range e.forms {
		d.byName[key(e.kind, f)] = e
	}
}

// joinedLow is a name's words in lower case joined by hyphens, as the
// typing of spans keys them: "baltic-forum-for-human-rights".
func joinedLow(f string) string {
	var ws []string
	for _, t := range tokenize(f, 0, len(f), nil) {
		ws = append(ws, t.low)
	}
	return strings.Join(ws, "-")
}

func key(kind rightsgraph.Kind, form string) string {
	return string(kind) + "|" + rightsgraph.Normalize(form)
}

// newEnt registers an entity under its first form.
func (d *drafter) newEnt(kind rightsgraph.Kind, form string, conf float64, rule string) *ent {
	e := &ent{kind: kind, conf: conf, rule: rule, order: len(d.ents)}
	e.addForm(form)
	e.name = form
	d.ents = append(d.ents, e)
	d.byName[key(kind, form)] = e
	return e
}

func (d *drafter) alias(e *ent, form string) {
	k := key(e.kind, form)
	if _, ok := d.byName[k]; !ok {
		d.byName[k] = e
	}
	e.addForm(form)
}

// resolve finds (or, when create, makes) the entity a mention names, and
// keeps the discourse state that back-references use.
func (d *drafter) resolve(m *mention, create bool) *ent {
	if e := m.ent; e != nil {
		// found before (a known form): it is still the last named of its kind
		switch e.kind {
		case rightsgraph.KindOrganisation:
			d.lastOrg = e
			if e.head != "" {
				d.lastByHead[e.head] = e
			}
		case rightsgraph.KindPerson:
			d.lastPerson = e
		case rightsgraph.KindCongress:
			d.lastCongress = e
		}
		return e
	}
	var e *ent
	if m.kind != rightsgraph.KindPerson && m.kind != rightsgraph.KindIssue {
		if o := d.byName[key(rightsgraph.KindOrganisation, m.form)]; o != nil && (m.kind != rightsgraph.KindOrganisation || !m.generic) {
			m.kind = rightsgraph.KindOrganisation
			d.lastOrg = o
			e = o
		}
	}
	switch {
	case e != nil:
	case m.kind == rightsgraph.KindPerson:
		e = d.resolvePerson(m, create)
		if e != nil {
			d.lastPerson = e
		}
	case m.kind == rightsgraph.KindOrganisation:
		e = d.resolveOrg(m, create)
		if e != nil {
			d.lastOrg = e
			if e.head != "" {
				d.lastByHead[e.head] = e
			}
		}
	case m.kind == rightsgraph.KindCongress:
		e = d.resolveCongress(m, create)
		if e != nil {
			d.lastCongress = e
		}
	case m.kind == rightsgraph.KindResolution:
		e = d.resolveDoc(m, create, &d.lastRes)
	case m.kind == rightsgraph.KindLaw:
		if m.generic {
			return nil
		}
		e = d.resolveDoc(m, create, nil)
	case m.kind == rightsgraph.KindPlace:
		e = d.byName[key(m.kind, m.form)]
		short := placeShort[rightsgraph.Normalize(m.form)]
		if e == nil && short != "" {
			// "the Russian Federation" is the "Russia" of the text
			if e = d.byName[key(m.kind, short)]; e != nil {
				d.alias(e, m.form)
			}
		}
		if e == nil && create {
			e = d.newEnt(m.kind, m.form, m.conf, m.rule)
			if short != "" {
				d.byName[key(m.kind, short)] = e
			}
		}
	case m.kind == "":
		// An unknown capitalised word may be a surname or short form named before.
		e = d.resolveUnknown(m)
	}
	m.ent = e
	if e != nil && m.conf > e.conf {
		e.conf, e.rule = m.conf, m.rule
	}
	if e != nil {
		if d.pass == 1 {
			e.count++
			if !m.generic {
				e.named++
			}
		}
		for _, a := range m.alts {
			if rightsgraph.Normalize(a) != "" {
				d.alias(e, a)
			}
		}
		if m.rule == "name-quoted-name" || m.rule == "descriptor-quoted-name" || m.rule == "event-title" {
			e.quoted = true
		}
	}
	return e
}

// ownOrg returns the organisation a person leads, else the one they
// founded, as drafted so far: what "her organisation" stands for.
func (d *drafter) ownOrg(p *ent) *ent {
	var founded *ent
	rels := d.relsFrom(p)
	for i := len(rels) - 1; i >= 0; i-- {
		r := rels[i]
		if r.to.kind != rightsgraph.KindOrganisation || r.to.dropped {
			continue
		}
		if r.t == rightsgraph.RelLeads {
			return r.to
		}
		if r.t == rightsgraph.RelMemberOf && founded == nil && strings.Contains(r.role, "founder") {
			founded = r.to
		}
	}
	return founded
}

func (d *drafter) resolveUnknown(m *mention) *ent {
	if m.j-m.i != 1 {
		return nil
	}
	n := rightsgraph.Normalize(m.form)
	if ps := d.bySur[n]; len(ps) > 0 {
		m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.8, "surname-after-name"
		p := d.pickPerson(ps)
		if d.pass == 2 {
			p.addForm(m.form)
		}
		return p
	}
	if e := d.acronyms[m.form]; e != nil {
		m.kind, m.rule = e.kind, "acronym-def"
		return e
	}
	if e := d.byName[key(rightsgraph.KindOrganisation, m.form)]; e != nil {
		m.kind, m.rule = e.kind, "short-form"
		return e
	}
	if e := d.orgByFirstWord(m.form); e != nil {
		m.kind, m.conf, m.rule = e.kind, 0.6, "first-word-short-form"
		if d.pass == 2 {
			d.alias(e, m.form)
		}
		return e
	}
	return nil
}

// orgByFirstWord finds the one organisation named before whose name starts
// with the given distinctive word: "Shafqat" for the Shafqat Centre for
// Disability Rights. A word the text also writes in lower case, a place,
// a given name or a head noun is no short form of anything.
func (d *drafter) orgByFirstWord(form string) *ent {
	w := strings.ToLower(form)
	if d.lower[w] || places[w] || givenNames[w] || orgHeads[w] || stopCaps[w] || nationalities[w] || congressHeads[w] || utf8.RuneCountInString(w) < 3 {
		return nil
	}
	if d.byName[key(rightsgraph.KindPlace, form)] != nil {
		return nil // "Kapan" is the town the Kapan Municipality is named after
	}
	var found *ent
	for _, e := range d.ents {
		if e.kind != rightsgraph.KindOrganisation {
			continue
		}
		first, rest, ok := strings.Cut(e.name, " ")
		if !ok || !strings.EqualFold(first, form) || rest == "" {
			continue
		}
		if found != nil && found != e {
			return nil // two bodies share the word: no guess
		}
		found = e
	}
	return found
}

// pickPerson chooses among persons of one surname: the last named.
func (d *drafter) pickPerson(ps []*ent) *ent {
	if len(ps) == 1 || d.lastPerson == nil {
		return ps[len(ps)-1]
	}
	for _, p := range ps {
		if p == d.lastPerson {
			return p
		}
	}
	return ps[len(ps)-1]
}

func (d *drafter) resolvePerson(m *mention, create bool) *ent {
	words := strings.Fields(m.form)
	if len(words) < 2 || len(words) > 3 || !hasSuffixAny(strings.ToLower(words[1]), patronymicEndings) {
		return d.resolveFullName(m, create)
	}
	key := rightsgraph.Normalize(words[0] + " " + words[1])
	if p := d.byPatronymic[key]; p != nil && len(words) == 2 {
		d.alias(p, m.form) // "Zinaida Pavlovna" after "Zinaida Pavlovna Kurbatova"
		return p
	}
	p := d.resolveFullName(m, create)
	if p != nil && len(words) == 3 && d.byPatronymic[key] == nil {
		d.byPatronymic[key] = p
	}
	return p
}

// resolveFullName finds (or, when create, makes) the person a name
// names, by surname and given name.
func (d *drafter) resolveFullName(m *mention, create bool) *ent {
	form := m.form
	given, _, surname := personParts(form)
	sk := rightsgraph.Normalize(surname)
	if given == "" {
		if ps := d.bySur[sk]; len(ps) > 0 {
			p := d.pickPerson(ps)
			if d.pass == 2 {
				p.addForm(form)
			}
			return p
		}
		if !create || m.conf < 0.6 {
			return nil
		}
	}
	for _, p := range d.bySur[sk] {
		if p.given == "" || given == "" || sameGiven(p.given, given) {
			d.alias(p, form)
			if m.title != "" && honorifics[strings.ToLower(strings.TrimSuffix(m.title, "."))] {
				p.addForm(m.title + " " + form)
			}
			if p.given == "" {
				p.given = given
			}
			return p
		}
	}
	if !create {
		return nil
	}
	if e := d.byName[key(rightsgraph.KindPerson, form)]; e != nil {
		return e
	}
	e := d.newEnt(rightsgraph.KindPerson, form, m.conf, m.rule)
	e.given, e.surname = given, surname
	if m.title != "" && honorifics[strings.ToLower(strings.TrimSuffix(m.title, "."))] {
		e.addForm(m.title + " " + form)
	}
	d.bySur[sk] = append(d.bySur[sk], e)
	if strings.Contains(form, " ") {
		d.alias(e, surname) // the surname alone is a form the text may use
		e.forms = e.forms[:len(e.forms)-1]
		delete(e.formSeen, surname)
	}
	return e
}

// sameGiven says whether two given names may be one person's: equal, or
// the same first letter ("Lev" and the report's typo "Len").
func sameGiven(a, b string) bool {
	a, b = rightsgraph.Normalize(a), rightsgraph.Normalize(b)
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	// Two different given names that share their first letters ("Ales",
	// "Aliaksandra") are two people: a relative is often named alongside.
	return ra == rb && (len(a) <= 3 && len(b) <= 3 || strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

func (d *drafter) resolveOrg(m *mention, create bool) *ent {
	form := m.form
	if m.personal && d.lastPerson != nil {
		// "her organisation": the one the person named last leads or founded
		if o := d.ownOrg(d.lastPerson); o != nil {
			return o
		}
	}
	if m.generic {
		// "Adildik Alany, a human rights association in Zhanaozen, sent two
		// monitors: Dinara Kuanyshbayeva, the association’s legal officer":
		// the body just described so.
		if at, ok := d.describedAt[m.head]; ok && m.s > at && m.s-at < 300 && d.lastByHead[m.head] != nil {
			return d.lastByHead[m.head]
		}
		// "the Centre", "the organisation": the organisation of that head
		// the text names most, else the last named.
		var best *ent
		for _, e := range d.ents {
			if e.kind == rightsgraph.KindOrganisation && e.head == m.head && !e.dropped && strings.Contains(e.name, " ") && (best == nil || e.count > best.count) {
				best = e
			}
		}
		// The first organisation of that head, when the text names it
		// again, is the one the report is about.
		for _, e := range d.ents {
			if e.kind == rightsgraph.KindOrganisation && e.head == m.head && !e.dropped && e.named >= 2 {
				best = e
				break
			}
		}
		if best == nil {
			best = d.lastByHead[m.head]
		}
		if best == nil && m.head != "" {
			// "the Group" after "Pivdenna Pravozakhysna Hrupa (Southern
			// Human Rights Group)": the head of a translation.
			for _, e := range d.ents {
				if e.kind == rightsgraph.KindOrganisation && !e.dropped && formHasHead(e, m.head) && (best == nil || e.count > best.count) {
					best = e
				}
			}
		}
		if e := best; e != nil {
			if m.rule == "org-short-form" && d.pass == 2 {
				d.alias(e, form)
			}
			return e
		}
		if m.rule == "org-back-reference" && !headOnlyRefs[m.head] {
			return d.lastOrg
		}
		if e := d.byName[key(rightsgraph.KindOrganisation, form)]; e != nil {
			return e
		}
		return nil
	}
	if e := d.byName[key(rightsgraph.KindOrganisation, form)]; e != nil {
		return e
	}
	if e := d.acronyms[form]; e != nil {
		return e
	}
	// "ILI" after "International Legal Initiative": the initials of a name.
	if isAcronym(form) && strings.ToUpper(form) == form {
		if found := d.onlyOrganisation(func(name string) bool { return initials(name) == form }); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "Adilet" after "Adilet Legal Clinic": the first word of a name.
	if !strings.Contains(form, " ") && len(form) > 3 {
		if found := d.onlyOrganisation(func(name string) bool {
			rest, ok := strings.CutPrefix(name, form+" ")
			next, _, _ := strings.Cut(rest, " ")
			return ok && !unitHeads[strings.ToLower(next)] // "Kapan" is the town of "Kapan Branch of Y"
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "Erkin Soz" after "Erkin Soz Media Rights Centre": a name without
	// the words that say what kind of body it is.
	if strings.Contains(form, " ") && !hasAny(strings.Fields(strings.ToLower(form)), orgHeads) {
		if found := d.onlyOrganisation(func(name string) bool {
			return strings.HasPrefix(name, form+" ") && kindWords(strings.Fields(strings.ToLower(name[len(form)+1:])))
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "the Elbrus Centre" after "Elbrus Legal Defence Centre": the first
	// word and the head of a longer name, its other words left out.
	if ws := strings.Fields(form); len(ws) >= 2 && orgHeads[strings.ToLower(ws[len(ws)-1])] {
		if found := d.onlyOrganisation(func(name string) bool {
			nws := strings.Fields(name)
			return len(nws) > len(ws) && nws[0] == ws[0] && nws[len(nws)-1] == ws[len(ws)-1] && inOrder(ws, nws)
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "the Tver Centre" after "Tver Centre for Civic Education": a name
	// cut after its head, what the body is for left out.
	if ws := strings.Fields(form); len(ws) >= 2 && orgHeads[strings.ToLower(ws[len(ws)-1])] {
		if found := d.onlyOrganisation(func(name string) bool {
			rest, ok := strings.CutPrefix(name, form+" ")
			return ok && (strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "on "))
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "the Defence Counsel Network" after "the Belarusian Defence Counsel
	// Network": the name without the nation or place that opens it.
	if strings.Contains(form, " ") {
		if found := d.onlyOrganisation(func(name string) bool {
			first, rest, ok := strings.Cut(name, " ")
			low := strings.ToLower(first)
			return ok && rest == form && (nationalities[low] || places[low] || d.byName[key(rightsgraph.KindPlace, first)] != nil)
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// "the Agrarian Institute" after "Murgab Valley Agrarian Institute", "the
	// Legal Aid Centre" after "Balakovo Workers’ Legal Aid Centre": the end
	// of one longer name, with its head, the words that open it left out.
	if ws := strings.Fields(form); len(ws) >= 2 && hasAny(strings.Fields(strings.ToLower(form)), orgHeads) {
		if found := d.onlyOrganisation(func(name string) bool {
			return strings.HasSuffix(name, " "+form) && len(strings.Fields(name)) <= len(ws)+3
		}); found != nil {
			d.alias(found, form)
			return found
		}
	}
	// A plural of an acronym ("POCs") or of a name.
	if strings.HasSuffix(form, "s") {
		if e := d.acronyms[strings.TrimSuffix(form, "s")]; e != nil {
			d.alias(e, form)
			return e
		}
	}
	if !create {
		return nil
	}
	e := d.newEnt(rightsgraph.KindOrganisation, form, m.conf, m.rule)
	e.head = m.head
	return e
}

// titledEvent merges into the one event the account names by a quoted
// title the events named before it by a description of the same kind
// ("Round table in Almaty" in the report's title, then the round table
// “Safe Haven? …”).
func (d *drafter) titledEvent() {
	var t *ent
	for _, e := range d.ents {
		if e.kind == rightsgraph.KindCongress && !e.other && !e.dropped && e.quoted {
			if t != nil {
				return // two titled events: which is which is not for the shape to say
			}
			t = e
		}
	}
	if t == nil || eventHead(t) == "" {
		return
	}
	for _, e := range d.ents {
		if e == t || e.kind != rightsgraph.KindCongress || e.other || e.dropped || e.quoted || e.order > t.order || e.ordinal != t.ordinal && e.ordinal != 0 && t.ordinal != 0 || eventHead(e) != eventHead(t) {
			continue
		}
		t.ordinal = max(t.ordinal, e.ordinal)
		for _, f := range e.forms {
			t.addForm(f)
			d.byName[key(rightsgraph.KindCongress, f)] = t
		}
		t.count += e.count
		t.named += e.named
		e.dropped = true
	}
}

// eventHead is the kind of event an entity names: "round table", "conference".
func eventHead(e *ent) string {
	if e.head != "" {
		return strings.ReplaceAll(e.head, "-", " ")
	}
	for _, f := range e.forms {
		l := strings.ToLower(f)
		if strings.Contains(l, "round table") || strings.Contains(l, "round-table") {
			return "round table"
		}
		for _, w := range strings.Fields(l) {
			if lowerEventHeads[w] {
				return w
			}
		}
	}
	return ""
}

// formHasHead says whether a name of two or more words of e has the head noun h.
func formHasHead(e *ent, h string) bool {
	for _, f := range e.forms {
		ws := strings.Fields(strings.ToLower(f))
		if len(ws) > 1 && headOf(ws) == h {
			return true
		}
	}
	return false
}

func (d *drafter) resolveCongress(m *mention, create bool) *ent {
	form := m.form
	if e := d.byName[key(rightsgraph.KindCongress, form)]; e != nil && (!m.other || e.other) {
		return e // but "the second conference “Safe at Home”", planned, is another
	}
	// "2nd Congress in Defence of Human Rights" is the "Congress in
	// Defence of Human Rights" of the title.
	if sp := strings.IndexByte(form, ' '); sp > 0 && ordinals[strings.ToLower(form[:sp])] > 0 && !m.generic {
		if e := d.byName[key(rightsgraph.KindCongress, form[sp+1:])]; e != nil && (e.ordinal == 0 || e.ordinal == m.ordinal) {
			e.ordinal = m.ordinal
			d.alias(e, form)
			return e
		}
	}
	if !m.generic {
		// “Not Alone”, written after "a conference on support for
		// political prisoners" that the title line named first: one event.
		for _, a := range m.alts {
			if !describes(a) || strings.ContainsAny(a, "“”\"") {
				continue // only a full description names one event
			}
			if e := d.byName[key(rightsgraph.KindCongress, a)]; e != nil && !e.other {
				d.alias(e, form)
				return e
			}
		}
	}
	if m.other {
		if !create {
			return nil
		}
		// A planned event may share its title with the report's ("the
		// second conference “Safe at Home”"): the title stays the
		// report's event's, and the planned one goes by its description.
		if prev := d.byName[key(rightsgraph.KindCongress, form)]; prev != nil {
			long := ""
			for _, a := range m.alts {
				if len(a) > len(long) {
					long = a
				}
			}
			if long == "" {
				return prev
			}
			if e := d.byName[key(rightsgraph.KindCongress, long)]; e != nil {
				return e
			}
			e := d.newEnt(rightsgraph.KindCongress, long, 0.5, "other-event")
			e.other, e.ordinal, e.head, e.planned = true, m.ordinal, m.head, m.planned
			m.alts = nil
			return e
		}
		e := d.newEnt(rightsgraph.KindCongress, form, 0.5, "other-event")
		e.other, e.ordinal, e.head, e.planned = true, m.ordinal, m.head, m.planned
		return e
	}
	// An ordinal tells events of a series apart; without one, a
	// reference is to the event the report is about.
	var first *ent
	for _, e := range d.ents {
		if e.kind != rightsgraph.KindCongress || e.dropped || e.other {
			continue
		}
		if m.ordinal != 0 && e.ordinal == m.ordinal {
			if !m.generic {
				d.alias(e, form)
			}
			return e
		}
		if first == nil {
			first = e
		}
	}
	main := cmpOr(d.main, first)
	if m.generic || m.ordinal == 0 && main != nil && (m.rule == "lower-np" || m.rule == "event-description") {
		if main != nil && (m.ordinal == 0 || main.ordinal == 0) {
			if !m.generic && d.pass == 2 && (m.ordinal != 0 || describes(form)) {
				d.alias(main, form)
			}
			return main
		}
		if m.generic && m.ordinal == 0 && (!create || m.head == "session" || m.head == "meeting" || m.head == "school" || m.head == "event" || m.head == "discussion") {
			return nil
		}
	}
	if !create {
		return nil
	}
	if m.generic && m.ordinal == 0 && len(strings.Fields(form)) == 1 {
		return nil
	}
	e := d.newEnt(rightsgraph.KindCongress, form, m.conf, m.rule)
	e.ordinal, e.head = m.ordinal, m.head
	if m.ordinal != 0 && main != nil && main.ordinal == 0 && m.ordinal != 1 {
		// "the second forum" after "the Forum": one event
		main.ordinal = m.ordinal
	}
	return e
}

// describes says whether a lower-case form describes an event by its
// subject or place ("round table on torture in Kazan"), not in passing.
func describes(form string) bool {
	return strings.Contains(form, " on ") || strings.Contains(form, " in ") || strings.Contains(form, " about ")
}

func cmpOr(a, b *ent) *ent {
	if a != nil {
		return a
	}
	return b
}

// prefixOf finds the one entity of a kind whose first form starts with
// form as whole words ("Tbilisi Declaration" of "Tbilisi Declaration on
// Media Freedom…", "Article 330.1" of "Article 330.1 of the Criminal Code").
// kindWords says whether the words after a name only say what kind of
// body it is ("Media Rights Centre", "Legal Clinic"), ending with a head.
func kindWords(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 || !orgHeads[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		if !orgHeads[w] && !orgDescriptors[w] && !genericOrgWords[w] {
			return false
		}
	}
	return true
}

// genericOrgWords describe a body's field in its name: "Media Rights Centre".
var genericOrgWords = wordSet(`human rights media legal law public civic press information research
monitoring support aid advocacy social`)

func (d *drafter) prefixOf(kind rightsgraph.Kind, form string) *ent {
	var found *ent
	for _, e := range d.ents {
		if e.kind == kind && !e.dropped && len(e.forms) > 0 && strings.HasPrefix(e.forms[0], form+" ") {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

func (d *drafter) resolveDoc(m *mention, create bool, last **ent) *ent {
	if m.generic {
		// "the resolution": the last document of that head, else the last.
		for k := len(d.ents) - 1; k >= 0; k-- {
			if e := d.ents[k]; e.kind == m.kind && !e.dropped && e.head == m.head && e.head != "" {
				return e
			}
		}
		if last != nil && *last != nil {
			return *last
		}
		return nil
	}
	e := d.byName[key(m.kind, m.form)]
	if e == nil && strings.Contains(m.form, " ") {
		if e = d.prefixOf(m.kind, m.form); e != nil {
			d.alias(e, m.form)
		}
	}
	if e == nil && m.kind == rightsgraph.KindResolution {
		// "The Tbilisi Declaration" (a heading), then "the Tbilisi
		// Declaration on Media Freedom …": one document, the fuller name.
		for _, x := range d.ents {
			if x.kind == m.kind && !x.dropped && x.rule == "document-heading" && m.head != "" && x.head == m.head {
				e = x // the heading "Recommendations", then "the following recommendations"
				d.alias(e, m.form)
				break
			}
			if x.kind == m.kind && !x.dropped && len(x.forms) > 0 && strings.Contains(x.forms[0], " ") && strings.HasPrefix(m.form, x.forms[0]+" ") {
				e = x
				d.alias(e, m.form)
				break
			}
		}
	}
	if e == nil && create {
		e = d.newEnt(m.kind, m.form, m.conf, m.rule)
		e.head = m.head
	}
	if last != nil && e != nil {
		*last = e
	}
	return e
}

// onlyOrganisation returns the one organisation of the draft whose first
// name matches, or nil when none or several do.
func (d *drafter) onlyOrganisation(match func(name string) bool) *ent {
	var found *ent
	for _, e := range d.ents {
		if e.kind == rightsgraph.KindOrganisation && !e.dropped && len(e.forms) > 0 && match(e.forms[0]) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// inOrder says whether the words of short appear in long in the same order.
func inOrder(short, long []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// headOnlyRefs are the back-references ("the mission") that stand only for
// a body of that head named before, never for whichever body came last: a
// report's own mission is often never named as a body.
var headOnlyRefs = wordSet(`mission alliance branch`)
