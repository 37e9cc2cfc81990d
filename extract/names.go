package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// mention is a stretch of a sentence that names (or refers back to) an
// entity: tokens [i, j) of the sentence, bytes [s, e) of the text.
type mention struct {
	i, j     int
	s, e     int
	kind     rightsgraph.Kind // "" while the shape and context say nothing
	form     string           // the name as written, without "the", title or possessive
	title    string           // a title written before a person's name ("Professor")
	conf     float64
	rule     string
	generic  bool // a lower-case back-reference ("the congress", "the organisation"): never an alias
	head     string
	ordinal  int      // of an event: "second" congress
	other    bool     // an event other than the one the report is about ("the previous round table")
	planned  bool     // an event still to come ("plan to hold a second hearing")
	part     *mention // of a unit: the body it is part of, named with it
	personal bool     // a back-reference after "her" or "his": "her organisation"
	alts     []string // other forms the text gives it here ("Full Name (Translation)")
	next     int      // where scanning goes on, when not j
	ent      *ent
}

// translationWords are words of the English translations written after
// transliterated organisation names ("Tendesh Ukuk (Equal Rights)").
var translationWords = wordSet(`rights right law laws development justice freedom freedoms truth equal equality
protection defence defense help hope light voice dignity future life legal human civil civic public women
youth peace trust unity harmony solidarity support dialogue democracy open free new our society citizen
citizens legality order honour honor conscience memory home mercy faith generation world nation people`)

var connectors = wordSet(`of for in on against and or the de von van der den ter ten del al la le des du da di bin ibn ben va i
na bez za dlya to from`)

// foreignConnectors are the lower-case words of names left untranslated
// (“Dor de Casa”, “Zakon i Sovest”, “Pravo na Zhizn”): inside quotes they
// say the quotation is a name, not an English title.
var foreignConnectors = wordSet(`de von van der den ter ten del al la le des du da di bin ibn ben va i na bez za
dlya y e el u`)

// surnameParticles are the lower-case words inside a person's name:
// "Hendrik van der Meulen", "Annelies ter Horst", "Omar bin Said".
var surnameParticles = wordSet(`van von der den de ter ten bin ibn al`)

// ofNouns are words after which "of" continues a name ("Voice of Beslan").
// withWhom holds the plural nouns of people that a name goes on to
// describe with "with": "Persons with Disabilities", "Women with HIV".
var withWhom = wordSet(`persons people children women men girls boys youth adults families patients students veterans`)

var ofNouns = wordSet(`voice friends mothers house memory defence defense protection rights day league
representative rapporteur freedom
school faculty department office federation republic bank ministry council committee union court
institute university academy association society centre center commission chamber congress conference
forum assembly service agency bureau fund foundation movement network coalition group party mission
board college prosecutor's prosecutor procuracy guard law code constitution charter convention
declaration statement resolution appeal article hearing hearings summit seminar`)

// lowerEventHeads are the nouns that, in lower case, name an event of the
// report (the round table, the side event) rather than a part of one.
var lowerEventHeads = wordSet(`congress conference forum summit hearing hearings seminar symposium roundtable
round-table event side-event convention colloquium consultation webinar festival briefing`)

// meetingKinds make a meeting an event of its own: "the annual meeting",
// "an extraordinary meeting of the coalition".
var meetingKinds = wordSet(`annual general extraordinary working founding constituent reporting plenary exchange
alumni coordination regular open public`)

// numberedPapers are papers numbered in a series, not bodies: "Note No.
// 9/2024", "Newsletter No. 1".
var numberedPapers = wordSet(`note notes report newsletter issue memo case`)

// titledEventHeads are the kinds of event that are one only with a title
// in quotes: "the training “Eyes of the Community”".
var titledEventHeads = wordSet(`training evening course camp exhibition`)

// complementStops end the complement of a description ("the forum of X").
var complementStops = wordSet(`took held opened began ended brought gathered attracted will would took place
passed adopted issued discussed focused devoted called poses pose requires require gives give allows allow
makes make bans ban obliges oblige forces force targets target threatens threaten now`)

var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
	"4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
	"ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12}

// numberedAct says whether a name ends in an act and its number: "…
// Resolution No. 332", "… Decree No. 5".
func numberedAct(words []string) bool {
	for x := 1; x+1 < len(words); x++ {
		if actWords[words[x]] && words[x+1] == "no" {
			return true
		}
	}
	return false
}

// actWords are the acts a state body numbers.
var actWords = wordSet(`resolution decision decree order regulation ordinance directive`)

// seriesNumber says whether a token numbers one of a series: "1", "II".
func seriesNumber(t tok) bool { return t.digit || slices.Contains(romans[1:], t.w) }

// ordinalWord returns the ordinal of a number in digits or Roman numerals
// ("2", "II" → "second"), or "".
func ordinalWord(n string) string {
	v, err := strconv.Atoi(n)
	if err != nil {
		v = slices.Index(romans, n)
	}
	for w, x := range ordinals {
		if x == v && !unicode.IsDigit(rune(w[0])) {
			return w
		}
	}
	return ""
}

var multiPlaces = wordSet(`soviet-union russian-federation united-states united-kingdom st-petersburg
saint-petersburg nizhny-novgorod north-caucasus south-ossetia north-ossetia rostov-on-don new-york
the-hague south-caucasus central-asia eastern-europe western-europe middle-east far-east crimean-peninsula
naberezhnye-chelny`)

// continents end the names of international bodies: "… in Europe".
var continents = wordSet(`europe asia africa eurasia america americas`)

// regionWords are the lower-case kinds of region written after a name.
var regionWords = wordSet(`region oblast krai province`)

// headWithin says whether the capitalised words from k, at most n of them,
// end with an organisation's head noun ("Crisis Centre").
func headWithin(ts []tok, k, n int) bool {
	for x := k; x < len(ts) && x < k+n && ts[x].capWord(); x++ {
		if orgHeads[ts[x].low] && !(x+1 < len(ts) && ts[x+1].capWord()) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fieldList reads ", B, C and D" from the comma at k, each item one or two
// capitalised words, and returns the end of the last item, or k.
func fieldList(ts []tok, k int) int {
	x := k
	for n := 0; n < 8 && x < len(ts) && ts[x].w == ","; n++ {
		x++
		if x < len(ts) && ts[x].low == "and" {
			x++
		}
		w := 0
		for x < len(ts) && ts[x].capWord() && w < 2 && !givenNames[ts[x].low] && !places[ts[x].low] {
			x++
			w++
		}
		if w == 0 {
			return k
		}
		if x+1 < len(ts) && ts[x].low == "and" && ts[x+1].capWord() {
			x++
			w = 0
			for x < len(ts) && ts[x].capWord() && w < 2 && !givenNames[ts[x].low] && !places[ts[x].low] {
				x++
				w++
			}
			if x < len(ts) && (ts[x].capWord() || ts[x].low == "of") {
				return k
			}
			return x
		}
	}
	return k
}

// unitHeads are the heads of names of units of a larger body.
var unitHeads = wordSet(`service department directorate inspectorate division unit branch section colony bureau`)

// splitUnit splits an organisation's name "A of the B" where A is a unit
// ("Migration Service", "Medical Unit No. 36") and B a body of its own:
// two organisations, the first part of the second.
func (d *drafter) splitUnit(ts []tok, m *mention) (unit, whole *mention) {
	if m == nil || m.kind != rightsgraph.KindOrganisation || m.rule != "org-head" || m.title != "" {
		return nil, nil
	}
	for x := m.i + 2; x+3 <= m.j; x++ {
		if ts[x].low != "of" || !unitHeads[headOf(lowWords(ts[m.i:x]))] {
			continue
		}
		// "Ministry of Labour …", "Protection of Women": an "of" without
		// "the" belongs to the name, but for a branch ("the Uzgen Branch
		// of Ak Niet").
		skip := 2
		if ts[x+1].low != "the" {
			if headOf(lowWords(ts[m.i:x])) != "branch" {
				continue
			}
			skip = 1
		}
		a, b := d.typeSpan(ts, m.i, x), d.typeSpan(ts, x+skip, m.j)
		if a == nil || b == nil || a.kind != rightsgraph.KindOrganisation || b.kind != rightsgraph.KindOrganisation || b.j-b.i < 2 || a.j != x || b.i != x+skip {
			return nil, nil
		}
		// The unit goes by its full name ("Talas Branch of the Legal Aid
		// Coalition"), which tells it from the same unit of other bodies,
		// and by its short one.
		a.part = b
		a.alts = append(a.alts, a.form)
		a.form = d.text[ts[m.i].s:ts[m.j-1].e]
		return a, b
	}
	return nil, nil
}

// compass words name a part of a country after "of the": "Union of
// Journalists of the South".
var compass = wordSet(`south north east west south-east south-west north-east north-west`)

// schoolHeads are the heads of names that may end with "at" and a city.
var schoolHeads = wordSet(`university academy institute college conservatory school`)

// nameParticles are the lower-case words of Turkic names that say "son
// of" or "daughter of" after the father's name: "Aizada Nurlan kyzy".
var nameParticles = wordSet(`kyzy kizi qizi uly uulu ogly oglu ugli`)

// surnameShape says whether a word has a surname's ending, or a double
// surname one of whose parts has ("Ivanova-Kim", "Kim-Ivanova").
func surnameShape(w string) bool {
	if hasSuffixAny(w, surnameEndings) {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && !strings.Contains(b, "-") && (hasSuffixAny(a, surnameEndings) || hasSuffixAny(b, surnameEndings))
}

func isOpenQuote(w string) bool {
	return w == "“" || w == "\"" || w == "«" || w == "‘" || w == "'"
}
func isCloseQuote(w string) bool {
	return w == "”" || w == "\"" || w == "»" || w == "’" || w == "'"
}

// closes says whether the quote mark c closes the quotation opened by o:
// inside “…” a ’ is an apostrophe (“Mothers’ Voice”).
func closes(o, c string) bool {
	switch o {
	case "“":
		return c == "”" || c == "\""
	case "«":
		return c == "»"
	case "\"":
		return c == "\"" || c == "”"
	}
	return isCloseQuote(c)
}

func (t tok) capWord() bool { return t.word && (t.up || t.caps) && !t.digit }

// sentenceStart reports whether token i begins a sentence, a quotation or a
// heading, where any word is capitalised.
// descriptorWithin says whether one of the n lower-case words from k on is
// an organisation's descriptor: "a search-and-rescue detachment".
func descriptorWithin(ts []tok, k, n int) bool {
	for x := k; x < len(ts) && x < k+n && ts[x].word && !ts[x].up; x++ {
		if orgDescriptors[ts[x].low] {
			return true
		}
	}
	return false
}

func sentenceStart(ts []tok, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := ts[k].w
		if isOpenQuote(w) || w == "(" || w == "[" || w == "–" || w == "—" || w == "-" {
			continue
		}
		return w == ":" || w == "." || w == "!" || w == "?"
	}
	return true
}

// findMentions finds the names of a sentence and types them by shape.
func (d *drafter) findMentions(ts []tok) []*mention {
	var ms []*mention
	for i := 0; i < len(ts); {
		if m := d.quotedName(ts, i); m != nil {
			d.parenAlias(ts, m)
			ms = append(ms, m)
			i = m.j
			continue
		}
		if m := d.lowerNP(ts, i); m != nil {
			d.eventTitle(ts, m)
			ms = append(ms, m)
			i = max(m.next, i+1)
			if m.next == 0 {
				i = m.j
			}
			continue
		}
		if m := d.knownForm(ts, i); m != nil {
			ms = append(ms, m)
			i = m.j
			continue
		}
		if isOpenQuote(ts[i].w) && i+1 < len(ts) {
			// “For Fair Trials” again, without its descriptor: the name
			// given before, not a title.
			if m := d.knownForm(ts, i+1); m != nil && m.j < len(ts) && isCloseQuote(ts[m.j].w) {
				ms = append(ms, m)
				i = m.j
				continue
			}
		}
		if end := titleQuote(ts, i); end > i {
			i = end // “Police Custody Without Torture”: a title, not names
			continue
		}
		t := ts[i]
		if strings.HasSuffix(t.low, "-based") {
			i++
			continue
		}
		if !(t.capWord() || (t.digit && ordinals[t.low] > 0 && i+1 < len(ts) && ts[i+1].capWord())) {
			i++
			continue
		}
		j := d.extendSpan(ts, i)
		m := d.typeSpan(ts, i, j)
		if unit, whole := d.splitUnit(ts, m); unit != nil {
			// "the Migration Service of the Ministry of Internal Affairs":
			// a unit and the body it is part of
			d.parenAlias(ts, whole)
			ms = append(ms, unit, whole)
			i = j
			continue
		}
		if m != nil {
			if m.kind == rightsgraph.KindCongress && m.i > 0 && ordinals[ts[m.i-1].low] > 0 && !ts[m.i-1].up {
				m.i--
				m.s = ts[m.i].s
				m.form = d.text[m.s:m.e]
				m.ordinal = ordinals[ts[m.i].low]
			}
			if m.kind == rightsgraph.KindCongress || m.kind == rightsgraph.KindOrganisation && j < len(ts) && isOpenQuote(ts[j].w) && ts[j].s-ts[j-1].e <= 1 {
				d.eventTitle(ts, m)
				j = max(j, m.j)
			}
			d.parenAlias(ts, m)
			ms = append(ms, m)
		}
		i = j
	}
	d.typeByContext(ts, ms)
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		// "the arrests of NGO leaders": a common acronym is no body's name
		return m.kind == rightsgraph.KindOrganisation && m.j-m.i == 1 && ts[m.i].caps && notOrgAcronyms[ts[m.i].low]
	})
	for _, m := range ms {
		// "Temirlan Sadykov from the Naryn Women's Forum", "Tornike
		// Abashidze of the Tbilisi Legal Forum": a person comes from an
		// organisation, not from an event.
		b := m.i - 1
		if b >= 0 && ts[b].low == "the" {
			b--
		}
		if m.kind == rightsgraph.KindCongress && m.rule == "event-head" && !m.generic && b >= 1 && (ts[b].low == "from" || ts[b].low == "of" && m.head == "forum") && personBefore(ms, b) {
			m.kind, m.conf, m.rule, m.head = rightsgraph.KindOrganisation, 0.6, "person-from-name", ""
		}
	}
	// "“Open Doors”: a seminar on …": a quoted title, a colon and the
	// description of an event name one event by its title.
	for x, m := range ms {
		if x+1 >= len(ms) || m.i < 1 || !isOpenQuote(ts[m.i-1].w) || m.j+1 >= len(ts) || !isCloseQuote(ts[m.j].w) || ts[m.j+1].w != ":" {
			continue
		}
		n := ms[x+1]
		if n.kind != rightsgraph.KindCongress || n.rule != "lower-np" || n.generic || n.i > m.j+3 || m.kind == rightsgraph.KindPerson || m.kind == rightsgraph.KindPlace {
			continue
		}
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindCongress, 0.8, "event-title", n.head
		m.alts = append(m.alts, n.form)
		m.alts = append(m.alts, n.alts...)
		n.kind, n.ent = "", nil
		n.j = n.i
	}
	// A unit and its body named again in the second pass, each by a known form.
	for x := 0; x+1 < len(ms); x++ {
		m, n := ms[x], ms[x+1]
		head := ""
		if m.j-m.i >= 2 {
			head = headOf(lowWords(ts[m.i:m.j]))
		}
		// "the Migration Service of the Ministry", "the Uzgen Branch of Ak Niet"
		of := n.i == m.j+2 && ts[m.j+1].low == "the" || n.i == m.j+1 && head == "branch"
		if m.part == nil && m.kind == rightsgraph.KindOrganisation && n.kind == rightsgraph.KindOrganisation && of && ts[m.j].low == "of" && unitHeads[head] && n.j-n.i >= 2 {
			m.part = n
			m.alts = append(m.alts, m.form)
			m.form = d.text[m.s:n.e]
		}
	}
	// "Kastsiuk (in Russian transliteration, Vladimir Kostyuk)", "Melnyk
	// (whose name also appears as Sergei Melnik …)": another spelling of
	// the person's name, not another person.
	for x, m := range ms {
		if m.j >= len(ts) || ts[m.j].w != "(" || !(m.kind == rightsgraph.KindPerson || m.kind == "" && len(d.bySur[rightsgraph.Normalize(m.form)]) > 0) {
			continue
		}
		spelling := false
		for k := m.j + 1; k < len(ts) && k < m.j+10 && ts[k].w != ")"; k++ {
			if w := ts[k].low; w == "transliteration" || w == "spelled" || w == "spelt" || w == "spelling" || w == "appears" && s2(ts, k+1) == "as" || w == "known" && s2(ts, k+1) == "as" || w == "written" && s2(ts, k+1) == "as" {
				spelling = true
			}
			if n := x + 1; spelling && n < len(ms) && ms[n].i > k && ms[n].j-ms[n].i >= 1 && ms[n].i < m.j+14 && (ms[n].kind == rightsgraph.KindPerson || ms[n].rule == "capitalised-span") {
				m.alts = append(m.alts, ms[n].form)
				ms[n].kind, ms[n].ent = "", nil
				ms[n].j = ms[n].i
				break
			}
		}
	}
	// "the 1951 Refugee Convention": the year is part of the name.
	for _, m := range ms {
		if m.kind == rightsgraph.KindLaw && m.i > 0 && ts[m.i-1].digit && len(ts[m.i-1].w) == 4 && (ts[m.i-1].w[:2] == "19" || ts[m.i-1].w[:2] == "20") && m.s == ts[m.i].s {
			m.i--
			m.s = ts[m.i].s
			m.form = d.text[m.s:m.e]
		}
	}
	// "A round table on the draft, organised by the coalition, will take
	// place in Bishkek", "The sixth forum is planned for October": an
	// event still to come is not the one the report is about.
	for _, m := range ms {
		if m.kind == rightsgraph.KindCongress && !m.generic && !m.other && willHappen(ts, m.j) {
			m.other, m.planned = true, true
		}
	}
	// "– Jarandyk Ukuk (Bishkek) — Aijan Sadyrbekova, director": a line
	// that opens with a name, its town in brackets and then a person names
	// a body and its person.
	for x, m := range ms {
		if !(m.kind == rightsgraph.KindPerson && m.rule == "person-shape" || m.kind == "") || x+1 >= len(ms) || !d.lineStart(ts, m.i) {
			continue
		}
		e := townInBrackets(ts, m.j+1)
		if m.j >= len(ts) || ts[m.j].w != "(" || e < 0 || e+1 >= len(ts) || !isDash(ts[e+1].w) && ts[e+1].w != ":" {
			continue
		}
		if n := ms[len(ms)-1]; n.i > e+1 && n.kind == rightsgraph.KindPerson || x+2 < len(ms) && ms[x+2].i == e+2 && ms[x+2].kind == rightsgraph.KindPerson {
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "body-line-name"
		}
	}
	// "Tendesh Ukuk (Equal Rights)": a name followed by its English
	// translation is an organisation's; people's names are not translated.
	for x, m := range ms {
		if m.kind != rightsgraph.KindPerson || m.rule != "person-shape" || x+1 >= len(ms) || m.j+1 >= len(ts) || ts[m.j].w != "(" {
			continue
		}
		n := ms[x+1]
		if n.i != m.j+1 || n.j >= len(ts) || ts[n.j].w != ")" || n.j-n.i < 2 || n.kind == rightsgraph.KindPlace || n.kind == rightsgraph.KindPerson {
			continue
		}
		// "Aslanbek Tsoroev (Memory and Justice)": an organisation named
		// before is the person's, not a translation of the name.
		english := d.byName[key(rightsgraph.KindOrganisation, d.text[n.s:n.e])] == nil
		for k := n.i; k < n.j; k++ {
			if w := ts[k].low; !d.lower[w] && !connectors[w] && !translationWords[w] || orgHeads[w] || ts[k].caps {
				english = false
			}
		}
		if english {
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "name-translation"
			m.alts = append(m.alts, d.text[n.s:n.e])
			n.kind, n.ent = "", nil
			n.j = n.i // no mention of its own
		}
	}
	// An organisation known by its context ("a lawyer with Pravovaya
	// Initsiativa (Legal Initiative)") may be followed by its translation.
	for _, m := range ms {
		if m.kind == rightsgraph.KindOrganisation && len(m.alts) == 0 && m.rule != "org-head" {
			d.parenAlias(ts, m)
		}
	}
	return ms
}

// extendSpan returns the end of the capitalised name starting at token i.
func (d *drafter) extendSpan(ts []tok, i int) int {
	j := i + 1
	for j < len(ts) {
		t := ts[j]
		prev := ts[j-1]
		if strings.IndexByte(d.text[prev.e:t.s], '\n') >= 0 && (t.up || !connectors[t.low]) {
			// A name ends with its line ("WHAT WE CALL FOR" above "To the
			// Government"), unless the next line goes on with "of …".
			break
		}
		// “Dor de Casa”, “Zakon i Sovest”: a quoted name in another
		// language keeps its lower-case words.
		if foreignConnectors[t.low] && !t.up && i > 0 && isOpenQuote(ts[i-1].w) && j+1 < len(ts) && ts[j+1].capWord() && quotedName(ts, i-1) {
			j++
			continue
		}
		if nameParticles[t.low] && !t.up && j-i >= 2 && (givenNames[ts[i].low] || d.looksPerson(ts, i, j)) {
			j++
			continue
		}
		// "Article 286 of the Criminal Code", "Article 330.1"
		if t.digit && j == i+1 && ts[i].low == "article" {
			j++
			if j+1 < len(ts) && ts[j].low == "of" && (ts[j+1].capWord() || ts[j+1].low == "the" && j+2 < len(ts) && ts[j+2].capWord()) {
				j++
				if ts[j].low == "the" && j+1 < len(ts) && ts[j+1].capWord() {
					j++
				}
				j++
			}
			continue
		}
		// "Round table in Kazan"
		if t.low == "table" && j == i+1 && ts[i].low == "round" {
			j++
			continue
		}
		// "the Voronezh region": a place and its lower-case kind, also
		// when the place is not in the lexicon ("the Turkestan region").
		if (t.low == "region" || t.low == "oblast" || t.low == "krai" || t.low == "province") && !t.up && j == i+1 && (places[ts[i].low] || ts[i].up && !ts[i].caps && !d.lower[ts[i].low] && !stopCaps[ts[i].low] && !nationalities[ts[i].low] && !givenNames[ts[i].low] && !orgHeads[ts[i].low] && !compass[ts[i].low] && !(i > 0 && ts[i-1].capWord())) {
			j++
			continue
		}
		// "Nazira Bolot kyzy": a Turkic patronymic's particle ends a person's name
		if nameParticles[t.low] && !t.up && j >= i+2 && !orgHeads[prev.low] && !places[prev.low] && !d.lower[ts[i].low] && allCapWords(ts[i:j]) {
			j++
			break
		}
		// "Team 29": a one-word head and its number
		if t.digit && j == i+1 && orgHeads[prev.low] && prev.low != "panel" && prev.up && utf8.RuneCountInString(t.w) <= 3 && !(j+1 < len(ts) && ts[j+1].capWord()) {
			j++
			break
		}
		// "Penal Colony No. 3"
		if t.low == "no" && j+2 < len(ts) && ts[j+1].w == "." && ts[j+2].digit && (orgHeads[prev.low] || prev.capWord() && !d.lower[prev.low] && !numberedPapers[prev.low]) {
			j += 3
			continue
		}
		// "Prosecutor’s Office", "Prisoners’ Rights", but not "ICRC’s
		// Central Tracing Agency", a body's unit after its acronym
		if (t.w == "’s" || t.w == "'s") && j == i+1 && ts[i].caps && isAcronym(ts[i].w) {
			break
		}
		if (t.w == "’s" || t.w == "'s" || (t.w == "’" || t.w == "'") && strings.HasSuffix(prev.low, "s") && t.s == prev.e) && j+1 < len(ts) && ts[j+1].capWord() && (orgHeads[ts[j+1].low] || ofNouns[ts[j+1].low] || ts[j+1].low == "rights" || headWithin(ts, j+1, 3) && !(givenNames[ts[i].low] || d.looksPerson(ts, i, j)) || headOfTail(ts[i:j])) {
			// "Prosecutor’s Office", "Women’s Crisis Centre", "Bureau for
			// Workers’ Activities", but not "Anna’s Centre"
			j++
			continue
		}
		if strings.HasSuffix(t.low, "-based") {
			break
		}
		if t.w == "&" && j+1 < len(ts) && ts[j+1].capWord() && prev.capWord() {
			j += 2 // "Horban & Partners"
			continue
		}
		if t.capWord() && t.s-prev.e <= 1 {
			if d.breakBefore(ts, i, j) {
				break
			}
			j++
			continue
		}
		// "European University at St Petersburg": a school and its city.
		if t.low == "at" && !t.up && schoolHeads[prev.low] && j+1 < len(ts) && (places[ts[j+1].low] || multiPlaces[ts[j+1].low+"-"+s2(ts, j+2)]) {
			j += 2
			if multiPlaces[ts[j-1].low+"-"+s2(ts, j)] {
				j++
			}
			continue
		}
		// "Ministry of Culture, Information, Sport and Youth Policy",
		// "Committee on Economic, Social and Cultural Rights": the fields
		// of a body listed with commas.
		if t.w == "," && headOfTail(ts[i:j]) {
			if e := fieldList(ts, j); e > j {
				j = e
				continue
			}
		}
		// Centre ‘E’: a head noun and a quoted letter or word, but not
		// Public Organisation “Chashma”, a kind of body and its name.
		if isOpenQuote(t.w) && j+2 < len(ts) && ts[j+1].capWord() && isCloseQuote(ts[j+2].w) && orgHeads[prev.low] && !allIn(ts[i:j], bodyKindWords) {
			j += 3
			continue
		}
		if t.word && (connectors[t.low] || t.low == "with" && (eventTitle(ts[i:j]) || withWhom[prev.low])) && !t.up {
			k := j + 1
			if k < len(ts) && (ts[k].low == "the" || (ts[k].low == "der" || ts[k].low == "den") && (t.low == "van" || t.low == "von")) && !ts[k].up {
				k++
			}
			if k < len(ts) && ts[k].capWord() && (d.joinOK(ts, i, j, k) || acronymSpans(ts, i, k)) {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// forWhom says whether the words from k on say whom an event is for ("a
// seminar for grantees", "a training for shelter staff"), not for how long
// or how often ("for two days", "for the first time").
func forWhom(ts []tok, k int) bool {
	if k >= len(ts) || ts[k].up || ts[k].digit || numberWords[ts[k].low] || ts[k].low == "a" || ts[k].low == "an" {
		return false
	}
	if ts[k].low == "the" && (ordinals[s2(ts, k+1)] > 0 || s2(ts, k+1) == "last" || s2(ts, k+1) == "next") {
		return false
	}
	return true
}

// headAhead says whether the capitalised words from k on end, after k,
// with an organisation's head: "Childhood Foundation", "Law Institute".
func headAhead(ts []tok, k int) bool {
	last := k
	for last+1 < len(ts) && ts[last+1].capWord() && ts[last+1].s-ts[last].e <= 1 {
		last++
	}
	return last > k && orgHeads[ts[last].low]
}

// townAt says whether the word at k looks like a town the lexicon does not
// know: one capitalised word, no month, weekday or head of a body, that the
// text never writes in lower case, with no capitalised word after it.
func (d *drafter) townAt(ts []tok, k int) bool {
	t := ts[k]
	return t.capWord() && !t.caps && !d.lower[t.low] && months[t.low] == 0 && !weekdays[t.low] && !orgHeads[t.low] && !stopCaps[t.low] &&
		!givenNames[t.low] && !(k+1 < len(ts) && ts[k+1].capWord())
}

// eventTitle says whether the capitalised words of ts name an event by its
// head ("Congress", "Forum", "Consultation").
func eventTitle(ts []tok) bool {
	for _, t := range ts {
		if t.up && congressHeads[t.low] {
			return true
		}
	}
	return false
}

// acronymSpans says whether the name begun at i runs on past a connector
// to the capitalised word at k because an acronym in brackets closes it and
// its letters begin words on both sides: "Centre for Combating Trafficking
// in Persons (CCTP)", but not "the Ministry of Justice and the Supreme
// Court (SC)".
func acronymSpans(ts []tok, i, k int) bool {
	e := k
	for e < len(ts) && e-k < 8 && (ts[e].capWord() || ts[e].word && connectors[ts[e].low] && !ts[e].up) {
		e++
	}
	if e+2 >= len(ts) || ts[e].w != "(" || !ts[e+1].caps || ts[e+2].w != ")" {
		return false
	}
	acr := ts[e+1].w
	var all strings.Builder
	after := 0
	for x := i; x < e; x++ {
		if ts[x].capWord() {
			r, _ := utf8.DecodeRuneInString(ts[x].w)
			all.WriteRune(unicode.ToUpper(r))
			if x >= k {
				after++
			}
		}
	}
	return utf8.RuneCountInString(acr) > after && strings.HasSuffix(all.String(), acr)
}

// breakBefore says whether a capitalised word at j starts a new name.
func (d *drafter) breakBefore(ts []tok, i, j int) bool {
	w := ts[j].low
	prev := ts[j-1].low
	if (titles[w] || leadRoles[w] || memberRoles[w]) && !orgHeads[w] && j+1 < len(ts) && ts[j+1].capWord() && !orgHeads[ts[j+1].low] {
		return true // "Memorial Chair Oleg Orlov"
	}
	if titles[prev] && !orgHeads[prev] && j-1 > i && !orgHeads[w] && !(j+1 < len(ts) && ts[j+1].capWord() && orgHeads[ts[j+1].low]) {
		return true // "… Judge Ivanova", but not "Open Justice Foundation"
	}
	if givenNames[w] && (orgHeads[prev] || places[prev] || hasHead(ts[i:j])) && j+1 < len(ts) && ts[j+1].capWord() && !orgHeads[ts[j+1].low] {
		return true // "the Ministry of Social Policy Iryna Tkachuk": a name after the body's
	}
	if orgHeads[prev] && !orgHeads[w] && !places[w] && !d.lower[w] && j+1 < len(ts) && ts[j+1].capWord() && surnameShape(ts[j+1].low) && !(j+2 < len(ts) && ts[j+2].capWord()) {
		return true // "the lawyer of the Centre Timofei Zhukov": a given name the lexicon lacks, then a surname
	}
	if stopCaps[w] && !connectors[w] {
		return true // "… Moscow On the first day"
	}
	return false
}

// joinOK says whether the connector at c joins the name [i, c) with the
// capitalised word at k: "Ministry of Justice", "Citizen and the Army".
func (d *drafter) joinOK(ts []tok, i, c, k int) bool {
	left := ts[c-1].low
	conn := ts[c].low
	right := ts[k].low
	if surnameParticles[conn] || conn == "del" || conn == "da" || conn == "di" {
		// particles inside a person's name: "Hendrik van der Meulen"
		// (after a title too: "Dr Hendrik van der Meulen")
		first := i
		if c == i+2 && titles[ts[i].low] {
			first = i + 1
		}
		return c == first+1 && !orgHeads[ts[first].low] && !places[ts[first].low] && !stopCaps[ts[first].low]
	}
	if d.looksPerson(ts, i, c) {
		return surnameParticles[conn]
	}
	if (conn == "of" || conn == "for" || conn == "on" || conn == "with" || conn == "and" && k == c+1) && eventTitle(ts[i:c]) && months[right] == 0 && !weekdays[right] && !givenNames[right] && !titles[right] {
		// An event's title runs on: "Second Congress of Tenants of the
		// Lower Volga", "Congress of Parents of Children with Rare
		// Diseases", "Consultation on Environment and Human Rights"
		return true
	}
	switch conn {
	case "with":
		// "Centre for Persons with Disabilities", "Association of Parents
		// of Children with Autism": the people a body or a law is for.
		return withWhom[left] && k == c+1 && !places[right] && !givenNames[right] && months[right] == 0
	case "from":
		// "Department for the Protection of Women from Violence",
		// "Freedom from Torture": what one is protected from
		return k == c+1 && harms[right] && hasAny(lowWords(ts[i:c]), wordSet(`protection freedom free`))
	case "to":
		// "OSCE Mission to Moldova", "Permanent Mission of Georgia to the
		// United Nations": a body sent to a country or an organisation
		if missionHeads[left] && (countries[right] || ts[c+1].low == "the" && ts[k].up) {
			return true
		}
		// "Coalition for the Right to Education": a body for a right
		if (left == "right" || left == "rights") && (hasHead(ts[i:c]) || hasAny(lowWords(ts[i:c]), congressHeads)) && k == c+1 && !places[right] && !givenNames[right] && months[right] == 0 {
			return true
		}
		// "Right to Childhood Foundation": one word, "to", then a name
		// with an organisation's head
		return c == i+1 && k == c+1 && !titles[left] && !leadRoles[left] && !memberRoles[left] && !places[left] && !givenNames[left] && !stopCaps[left] && headAhead(ts, k)
	case "against":
		// "European Commission against Racism", "UN Committee on the
		// Elimination of Discrimination against Women"
		return hasHead(ts[i:c]) && !places[right] && !givenNames[right]
	case "of", "for", "on":
		if months[right] > 0 || weekdays[right] {
			return false // "the Rustavi Youth Centre on Saturday"
		}
		if conn == "of" && hasHead(ts[i:c]) && prizeHeads[ts[capRunEnd(ts, k)-1].low] {
			return true // "Jury of the Otar Nakashidze Prize": a body of a prize named after a person
		}
		if conn == "for" && k == c+1 && c >= i+1 && strings.HasSuffix(left, "s") && !strings.HasSuffix(left, "ss") && !orgHeads[left] && !places[right] && !givenNames[right] && !stopCaps[left] && allCapWords(ts[i:c]) && !(k+1 < len(ts) && ts[k+1].capWord()) {
			return true // "Lithuanian Lawyers for Democracy", "Engineers for Reconstruction"
		}
		if (conn == "of" || conn == "for" && k == c+1 && !strings.HasSuffix(left, "ing")) && c == i+1 && !titles[left] && !leadRoles[left] && !memberRoles[left] && !places[left] && !givenNames[left] && !stopCaps[left] && !givenNames[right] {
			// "Rule of Law Institute", "Freedom of Information Foundation",
			// "Doctors for Rights Initiative": one word, "of" or "for",
			// then a name with an organisation's head.
			if headAhead(ts, k) {
				return true
			}
		}
		if (conn == "of" || conn == "for") && hasHead(ts[i:c]) && k+1 < len(ts) && ts[k+1].up && placeHeads[ts[k+1].low] {
			return true // "Ministry of Social Policy of the Sverdlovsk Region", "Main Directorate … for the Chelyabinsk Region"
		}
		if (conn == "of" || conn == "for") && hasHead(ts[i:c]) && ts[c+1].low == "the" && right == "republic" && k+2 < len(ts) && ts[k+1].low == "of" && ts[k+2].capWord() {
			return true // "Ministry of Education of the Republic of Bashkortostan"
		}
		if conn == "of" && hasHead(ts[i:c]) && c+1 == k && hyphenPlace(ts[k].w) && !(k+1 < len(ts) && ts[k+1].capWord()) {
			return true // "Bureau of Forensic Medical Examination of Kabardino-Balkaria"
		}
		if conn == "of" && ts[c+1].low == "the" && compass[right] && hasHead(ts[i:c]) && !(k+1 < len(ts) && ts[k+1].capWord() && !places[ts[k+1].low]) {
			return true // "Union of Independent Journalists of the South"
		}
		if conn == "of" && places[right] && hasHead(ts[i:c]) {
			return true // "Ministry of Labour … of Kazakhstan"
		}
		if (conn == "of" || conn == "for") && k+1 < len(ts) && ts[k+1].word && !ts[k+1].up && orgDescriptors[ts[k+1].low] && c == i+1 &&
			!leadRoles[left] && !memberRoles[left] && !titles[left] && !givenNames[left] && !stopCaps[left] && !places[left] {
			return true // "the Women of Shushi association", "the Mothers of Beslan movement"
		}
		if conn == "for" && k == c+1 && countries[right] && hasHead(ts[i:c]) && !(k+1 < len(ts) && ts[k+1].capWord()) {
			return true // "Register of Damage for Ukraine"
		}
		if conn == "of" && k == c+2 && ts[c+1].low == "the" && orgHeads[ts[i].low] && c > i+1 && !places[right] && !givenNames[right] &&
			!(k+1 < len(ts) && ts[k+1].capWord()) && (hasSuffixAny(right, []string{"ed", "ing", "en"}) || right == "dead" || right == "deaf" || right == "blind" || right == "elderly") {
			return true // "Association of Families of the Missing", "Union of Mothers of the Fallen"
		}
		if conn == "of" && withWhom[right] && k == c+1 && s2(ts, k+1) == "with" && hasHead(ts[i:c]) {
			return true // "National Platform of Organisations of Persons with Disabilities"
		}
		if conn == "of" && headComplement(ts[i:c]) && !givenNames[right] {
			return true // "Bureau for Human Rights and the Rule of Law"
		}
		if !(ofNouns[left] || orgHeads[left] || congressHeads[left] || lawHeads[left] || resolutionHeads[left] || placeHeads[left]) {
			return false
		}
		return !(conn == "of" && givenNames[right] && k+1 < len(ts) && ts[k+1].capWord())
	case "in":
		if c+1 < k && ts[c+1].low == "the" && k+1 < len(ts) && !ts[k+1].up && placeHeads[ts[k+1].low] {
			return false // "… Commissioner for Human Rights in the Poltava region": where, not a name
		}
		if right == "exile" || right == "persons" && left == "trafficking" {
			return true // "Association of Journalists in Exile", "Trafficking in Persons"
		}
		if continents[right] && headComplement(ts[i:c]) && !(k+1 < len(ts) && ts[k+1].capWord()) {
			return true // "Organization for Security and Co-operation in Europe"
		}
		if (places[right] || multiPlaces[right+"-"+s2(ts, k+1)] || k+1 < len(ts) && ts[k+1].up && placeHeads[ts[k+1].low]) && hasAny(lowWords(ts[i:c]), officeWords) {
			return true // "Office of the High Commissioner for Human Rights in the Russian Federation"
		}
		if c+1 < k && ts[c+1].low == "the" {
			for x := i; x < c; x++ {
				if resolutionHeads[ts[x].low] || congressHeads[ts[x].low] || lawHeads[ts[x].low] {
					return true // "Declaration on Media Freedom in the South Caucasus"
				}
			}
		}
		if c+1 == k && !places[right] && !givenNames[right] {
			// "Free Press in Exile Association": a head closes the name
			end := k
			for end+1 < len(ts) && ts[end+1].capWord() && end < k+3 {
				end++
			}
			if end > k && orgHeads[ts[end].low] && !places[ts[end-1].low] {
				return true
			}
		}
		if (headComplement(ts[i:c]) || hasHead(ts[i:c])) && (c+1 == k && countries[right] && !(k+1 < len(ts) && ts[k+1].capWord()) ||
			c+2 == k && ts[c+1].low == "the" && right == "republic" && k+2 < len(ts) && ts[k+1].low == "of" && places[ts[k+2].low]) {
			return true // "Coalition for Media Freedom in Georgia"
		}
		return congressHeads[left] && !places[right] && months[right] == 0
	case "and", "or":
		// "Citizen and the Army rights organisation", "Society for Ethics
		// and Law", "Working Group on Enforced or Involuntary Disappearances".
		end := k + 1
		for end < len(ts) && ts[end].capWord() {
			end++
		}
		if places[right] || givenNames[right] || placeHeads[left] || places[left] {
			return false
		}
		if c+1 < k && hasHead(ts[i:c]) && (orgHeads[ts[end-1].low] || ts[c+1].low == "the") {
			return false // "the Ministry of Justice and the Supreme Court", "… and the People’s Khural": two bodies
		}
		if strings.HasSuffix(ts[end-1].low, "-based") {
			return false // "Y and the Almaty-based group Z": two bodies
		}
		if c == i+1 && c+1 == k && !givenNames[ts[i].low] && !ts[i].caps {
			// "Medical and Sanitary Unit": one word, then a name with a head.
			last := k
			for last+1 < len(ts) && ts[last+1].capWord() && ts[last+1].low != "no" {
				last++
			}
			if orgHeads[ts[last].low] {
				return true
			}
		}
		if conn == "or" && c+1 != k {
			return false
		}
		for x := i; x+1 < c; x++ {
			if (orgHeads[ts[x].low] || ofNouns[ts[x].low]) && (ts[x+1].low == "of" || ts[x+1].low == "for" || ts[x+1].low == "on" || ts[x+1].low == "against") {
				return true // "Ministry of Labour and Social Protection", "Council for Civil Society and Human Rights"
			}
		}
		if orgHeads[left] || places[left] {
			return false
		}
		for n := end; n < len(ts) && n <= end+2; n++ {
			if orgDescriptors[ts[n].low] && !ts[n].up {
				return true
			}
		}
		return i > 0 && isOpenQuote(ts[i-1].w)
	case "va", "i", "na", "bez", "za", "dlya":
		// "Haqiqat va Adolat", "Pravo i Zashchita", "Raduga bez Granits",
		// "Pravo na Dim": "and", "without", "to", "for" in Uzbek, Tajik,
		// Russian and Ukrainian names written in Latin letters.
		return !givenNames[right] && !places[right] && !places[left] && !givenNames[ts[i].low] && !d.looksPerson(ts, i, c)
	case "the", "de", "von", "van", "der", "den", "ter", "ten", "del", "al", "la", "le", "des", "du", "da", "di":
		return false
	}
	return false
}

// looksPerson says whether tokens [i, j) have the shape of a person's name.
func (d *drafter) looksPerson(ts []tok, i, j int) bool {
	n := j - i
	if n < 1 || n > 4 {
		return false
	}
	if i > 0 && j < len(ts) && isOpenQuote(ts[i-1].w) && closes(ts[i-1].w, ts[j].w) {
		return false // “Dor de Casa”: people are not named in quotes
	}
	first := ts[i].low
	for k := i; k < j; k++ {
		w := ts[k].low
		if !ts[k].up && nameParticles[w] {
			continue
		}
		if orgHeads[w] || congressHeads[w] || lawHeads[w] || places[w] && !(k == i && givenNames[w] && n >= 2) || nationalities[w] || ts[k].caps || stopCaps[w] && !(k == i && givenNames[w]) {
			return false
		}
	}
	if prizeHeads[ts[j-1].low] {
		return false // "Otar Nakashidze Prize": named after a person
	}
	if givenNames[first] {
		return true
	}
	if n >= 3 && nameParticles[ts[j-1].low] && !ts[j-1].up {
		return true
	}
	for k := i + 1; k < j-1; k++ {
		if w := ts[k].low; !ts[k].up && surnameParticles[w] {
			return true
		}
	}
	if n >= 2 && (surnameShape(ts[j-1].low) || (n == 3 && hasSuffixAny(ts[i+1].low, patronymicEndings))) {
		return !d.lower[ts[j-1].low] && !d.lower[first]
	}
	if n >= 2 && utf8.RuneCountInString(ts[i].w) == 1 && ts[i].capWord() { // "A. Smith"
		return true
	}
	if n == 2 && utf8.RuneCountInString(ts[i+1].w) == 1 && j < len(ts) && ts[j].w == "." && ts[j].s == ts[j-1].e && !d.lower[first] && !orgHeads[first] {
		return true // "Gulchehra M.": a person named only in part
	}
	return false
}

// typeSpan makes a mention of the capitalised span [i, j), typed by its shape.
func (d *drafter) typeSpan(ts []tok, i, j int) *mention {
	// Leading words that are not names: "The", "On", sentence-initial "Representatives".
	for i < j {
		w := ts[i].low
		if sentenceStart(ts, i) && j-i > 2 && !titles[w] && roleNoun(w) && !orgHeads[w] && d.looksPerson(ts, i+1, j) {
			i++ // "Psychologist Halyna Dudnyk joined us"
			continue
		}
		if stopCaps[w] && !((titles[w] || givenNames[w]) && j-i > 1) && !((w == "for" || w == "against") && j-i > 1 && i > 0 && orgDescriptors[ts[i-1].low] && !ts[i-1].up) && !(ordinals[w] > 0 && j-i > 1 && congressHeads[headOf(lowWords(ts[i:j]))]) {
			i++
			continue
		}
		if sentenceStart(ts, i) && d.lower[w] && !(w == "round" && j > i+1 && ts[i+1].low == "table") && !(ordinals[w] > 0 && j-i > 1) && !(j-i >= 2 && j < len(ts) && (ts[j].w == "’s" || ts[j].w == "'s") && !ts[i+1].caps) && !(j-i > 2 && namedHead(headOf(lowWords(ts[i+1:j])))) && !givenNames[w] && !places[w] && !orgHeads[w] && !congressHeads[w] && !lawHeads[w] && !resolutionHeads[w] && !titles[w] && !ts[i].caps {
			i++
			continue
		}
		break
	}
	for j > i && (connectors[ts[j-1].low] && !ts[j-1].up) {
		j--
	}
	// "the Kyrgyz NGO Adilet Legal Clinic": the name follows the descriptor.
	for k := i; k < j-1 && k <= i+1; k++ {
		if (ts[k].low == "ngo" || ts[k].low == "ngos") && (k == i || nationalities[ts[i].low]) {
			i = k + 1
			break
		}
	}
	if i >= j {
		return nil
	}
	if j-i == 4 && boardWords[ts[i].low] && ts[i+1].low == "of" && ts[i+2].low == "the" && (orgHeads[ts[i+3].low] || orgDescriptors[ts[i+3].low]) {
		i += 3 // "the Board of the Network": the organ of the body named before, which the short form names
	}
	if i > 0 && (ts[i-1].low == "our" || ts[i-1].low == "its" || ts[i-1].low == "their" || ts[i-1].w == "’s" || ts[i-1].w == "'s") && boardName(ts[i:j]) {
		return nil // "Our Board of Trustees", "the Centre’s Supervisory Board": a body's organ, not a body
	}
	if x := strings.LastIndexByte(ts[i].w, '-'); j-i == 1 && x > 0 && adjectiveEnds[ts[i].w[x+1:]] {
		return nil // "the Karelian-language magazine", "a Russian-speaking lawyer": no name
	}
	if ts[i].caps && j-i == 1 && (minutesWords[ts[i].low] || len(ts) == 1 && paperHeadings[ts[i].low]) {
		return nil // "DECIDED: to admit …", "ELECTED by secret ballot": an item of minutes; "MEMO" alone on its line
	}
	if ts[i].caps && capsLine(ts) {
		// "1. VITEBSK: 37 STUDENTS EXPELLED", "IN BRIEF": a heading in
		// capitals names only the places it knows
		if j-i == 1 && places[ts[i].low] {
			return &mention{i: i, j: j, s: ts[i].s, e: ts[i].e, kind: rightsgraph.KindPlace, conf: 0.7, rule: "heading-place", form: titleWord(ts[i].w)}
		}
		return nil
	}
	if ts[i].caps && j-i == 1 && i == 0 && utf8.RuneCountInString(ts[i].w) >= 4 && j < len(ts) && (ts[j].w == "–" || ts[j].w == "—" || ts[j].w == "," && j+1 < len(ts) && (ts[j+1].digit || months[ts[j+1].low] > 0 || places[ts[j+1].low])) && !orgHeads[ts[i].low] {
		// "RUSTAVI – …", "TERMEZ, 4 May": a dateline's town in capitals
		m := &mention{i: i, j: j, s: ts[i].s, e: ts[i].e, kind: rightsgraph.KindPlace, conf: 0.75, rule: "dateline-place"}
		m.form = titleWord(ts[i].w)
		return m
	}
	if ts[i].caps && j-i >= 1 {
		common := true
		for k := i; k < j; k++ {
			if !ts[k].caps || !(d.lower[ts[k].low] || j-i >= 2 && utf8.RuneCountInString(ts[k].w) >= 4) || places[ts[k].low] {
				common = false
			}
		}
		if common {
			return nil // "PRESS RELEASE": a heading in capitals
		}
	}
	if j-i >= 2 && allRoleWords(ts[i:j]) && (leadRoles[ts[j-1].low] || memberRoles[ts[j-1].low]) {
		return nil // "Deputy Head", "Human Rights Officer": a post, not a name
	}
	m := &mention{i: i, j: j, s: ts[i].s, e: ts[j-1].e}
	// A title before a name: kept apart, as the guidelines strip it.
	if j-i >= 2 && titles[ts[i].low] && (ts[i+1].capWord() || ts[i+1].w == ".") {
		k := i + 1
		if ts[k].w == "." && k+1 < j {
			k++
		}
		if d.looksPerson(ts, k, j) || (j-k >= 2 && !orgHeads[ts[j-1].low]) || (j-k == 1 && !d.lower[ts[k].low] && !orgHeads[ts[k].low]) {
			m.title = ts[i].w
			m.i, m.s = k, ts[k].s
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.85, "title-name"
			if d.looksPerson(ts, k, j) {
				m.conf = 0.95
			}
			m.form = d.text[m.s:m.e]
			return m
		}
	}
	// "the draft Law on Labour Migration"
	if i > 0 && ts[i-1].low == "draft" && !ts[i-1].up && lawHeads[headOf(lowWords(ts[i:j]))] {
		m.i, m.s = i-1, ts[i-1].s
	}
	m.form = d.text[m.s:m.e]
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, ts[k].low)
	}
	last := words[len(words)-1]
	first := words[0]
	joined := strings.Join(words, "-")
	head := headOf(words)
	if multiPlaces[joined] {
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.9, "place-lexicon"
		return m
	}
	if len(words) >= 3 && first == "republic" && words[1] == "of" && !hasAny(words[2:], orgHeads) {
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.8, "place-republic" // "Republic of Karakalpakstan"
		return m
	}

	switch {
	case numberedAct(words):
		// "Cabinet of Ministers Resolution No. 332", "Government Decision
		// No. 21": a body's numbered act, not the body
		m.kind, m.conf, m.rule = rightsgraph.KindLaw, 0.75, "numbered-act"
	case len(words) > 1 && (head == "forum" || head == "congress") && (d.orgForums[joined] || orgContextBefore(ts, i)):
		// "who chairs the Naryn Women’s Forum", "a member of the Belarusian
		// Democratic Forum": a body named like an event
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindOrganisation, 0.6, "org-named-forum", head
		d.orgForums[joined] = true
	case len(words) > 1 && head == "convention" && !eventAhead(ts, j):
		// "the Istanbul Convention": a treaty, rarely an event
		m.kind, m.conf, m.rule = rightsgraph.KindLaw, 0.75, "law-head"
	case len(words) > 1 && congressHeads[head] && (!(head == "school" || head == "session" || head == "meeting") || ordinals[first] > 0 || i > 0 && ordinals[ts[i-1].low] > 0):
		// "the Fifth Summer School", "the third Spring School": a numbered
		// school is one of a series of events
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindCongress, 0.85, "event-head", head
		for _, w := range words {
			if n := ordinals[w]; n > 0 {
				m.ordinal = n
			}
		}
		if i > 0 && ordinals[ts[i-1].low] > 0 {
			m.ordinal = ordinals[ts[i-1].low]
		}
	case len(words) > 1 && resolutionHeads[head]:
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindResolution, 0.75, "document-head", head
	case len(words) > 1 && lawHeads[head] && !orgHeads[head]:
		m.kind, m.conf, m.rule = rightsgraph.KindLaw, 0.8, "law-head"
	case len(words) == 2 && (places[first] || regionWords[last]) && placeHeads[last] && !ts[j-1].up:
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.85, "place-region"
	case len(words) > 1 && orgHeads[head] && !placeHeads[head]:
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindOrganisation, 0.85, "org-head", head
	case len(words) == 1 && nationalities[first]:
		return nil
	case len(words) == 1 && (first == "recommendations" || first == "demands" || first == "proposals") && i == 0 && (j == len(ts) || j+1 == len(ts) && ts[j].w == ":"):
		// a heading over the list of recommendations that closes a report
		m.kind, m.conf, m.rule, m.head = rightsgraph.KindResolution, 0.6, "document-heading", first
	case multiPlaces[joined] || (len(words) == 2 && multiPlaces[strings.TrimSuffix(joined, "s")]):
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.9, "place-lexicon"
	case hasAny(words, congressHeads) && !hasAny(words[:len(words)-1], orgHeads) || joined == "round-table":
		m.kind, m.conf, m.rule = rightsgraph.KindCongress, 0.85, "event-head"
		m.head = firstIn(words, congressHeads)
		for _, w := range words {
			if n := ordinals[w]; n > 0 {
				m.ordinal = n
			}
		}
		if len(words) == 1 || joined == "round-table" {
			m.generic, m.conf, m.rule = true, 0.6, "event-back-reference"
			// "Hearing on prison labour in Petrozavodsk", "Round table in Kazan" (titles)
			if c := j; c+1 < len(ts) && (ts[c].low == "on" || ts[c].low == "in" || ts[c].low == "about") && (!ts[c+1].up || places[ts[c+1].low]) && (lowerEventHeads[first] || joined == "round-table") {
				e := c + 1
				for e < len(ts) && e-c <= 10 && ts[e].word && !complementStops[ts[e].low] && !auxVerbs[ts[e].low] && months[ts[e].low] == 0 && !ts[e].digit {
					e++
				}
				if e > c+1 {
					m.j, m.e = e, ts[e-1].e
					m.form = d.text[m.s:m.e]
					m.generic, m.conf, m.rule = false, 0.7, "event-description"
				}
			}
		}
	case (lawHeads[first] || hasAny(words, lawHeads) && !hasAny(words, orgHeads)) && !(len(words) >= 2 && first == "law" && !ts[i].up):
		if len(words) == 1 && first != "constitution" {
			return nil
		}
		m.kind, m.conf, m.rule = rightsgraph.KindLaw, 0.8, "law-head"
	case hasAny(words, resolutionHeads) && !hasAny(words, orgHeads):
		if len(words) == 1 && i > 0 && ts[i-1].low == "the" && !sentenceStart(ts, i) {
			// "The Declaration:": the document named before
			m.kind, m.conf, m.rule, m.head, m.generic = rightsgraph.KindResolution, 0.5, "document-back-reference", first, true
			return m
		}
		if len(words) == 1 {
			return nil
		}
		m.kind, m.conf, m.rule = rightsgraph.KindResolution, 0.75, "document-head"
	case d.looksPerson(ts, i, j) && !(len(words) == 1):
		m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.9, "person-shape"
		if givenNames[first] {
			m.conf, m.rule = 0.95, "given-name"
		}
		if utf8.RuneCountInString(ts[j-1].w) == 1 && j < len(ts) && ts[j].w == "." && ts[j].s == ts[j-1].e {
			m.j, m.e = j+1, ts[j].e // "Gulchehra M." keeps the initial's full stop
			m.form = d.text[m.s:m.e]
		}
	case len(words) >= 2 && placeHeads[last] && !orgHeads[last] && !postOrBodyOfPlace(words),
		len(words) == 2 && (first == "lake" || first == "mount" || first == "cape"),
		len(words) == 2 && placeSides[first] && places[last],
		len(words) >= 2 && softPlaceHeads[last] && (places[first] || i > 0 && placePrepositions[ts[i-1].low] || i > 1 && ts[i-1].low == "the" && placePrepositions[ts[i-2].low]):
		// "Kola Peninsula", "Lake Onega", "West Kazakhstan", "Lower Volga"
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.8, "place-head"
	case hasAny(words, orgHeads):
		m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.85, "org-head"
		m.head = lastIn(words, orgHeads)
		if len(words) == 1 && soleNames[first] {
			// "the Mazhilis", "the Rada": a body's own one-word name
			m.conf, m.rule = 0.7, "sole-name"
		} else if len(words) == 1 {
			// "the Centre": a capitalised short form of an organisation named before.
			m.generic, m.conf, m.rule = true, 0.6, "org-short-form"
			if ts[i].caps {
				m.generic, m.conf, m.rule = false, 0.8, "acronym"
			}
		}
	case len(words) == 1 && places[first]:
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.9, "place-lexicon"
	case len(words) == 1 && (orgDescriptors[first] || unitHeads[first]) && !ts[i].caps && i > 0 && ts[i-1].low == "the":
		// "the Portal’s editor-in-chief", "The Branch sent its head": the
		// body of that kind named before
		m.kind, m.conf, m.rule, m.head, m.generic = rightsgraph.KindOrganisation, 0.6, "org-short-form", first, true
	case len(words) == 1 && ts[i].caps && places[first]:
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.8, "place-lexicon" // "KOSTANAY, 12 May"
	case len(words) == 1 && ts[i].caps && isAcronym(ts[i].w) && !headerCaps[first]:
		m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.7, "acronym"
	case len(words) == 2 && places[first] && places[last]:
		m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.8, "place-lexicon"
	default:
		if len(words) == 1 && (d.lower[first] || stopCaps[first]) {
			return nil
		}
	}
	return m
}

// hyphenPlace says whether a word joins two capitalised parts with a
// hyphen, as the names of many republics and regions do: Kabardino-Balkaria,
// Khanty-Mansiysk.
func hyphenPlace(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(ra) && unicode.IsUpper(rb) && utf8.RuneCountInString(a) >= 3 && utf8.RuneCountInString(b) >= 3
}

// postOrBodyOfPlace says whether a name that ends with a place's head opens
// with a post or a body before its "of" or "in": "Prosecutor of Khabarovsk
// Krai", "Workers’ Rights of Pavlodar Region" name no place.
func postOrBodyOfPlace(words []string) bool {
	for _, w := range words {
		if w == "of" || w == "in" {
			return false
		}
		if leadRoles[w] || memberRoles[w] || orgHeads[w] || w == "rights" || w == "representative" || w == "prosecutor" {
			return true
		}
	}
	return false
}

// paperHeadings name a kind of paper in capitals, alone on its line:
// "MEMO", "MINUTES".
var paperHeadings = wordSet(`memo memorandum minutes statement appeal communique communiqué bulletin newsletter agenda resolution declaration`)

// minutesWords open the items of minutes in capitals: "DECIDED:", "HEARD:".
var minutesWords = wordSet(`decided resolved heard agreed noted voted adopted elected approved proposed present absent apologies agenda minutes listened`)

// orgContextBefore says whether the words before token i speak of a body:
// a post or membership of it ("chair of the", "a member of", "adviser to
// the") or leading it ("who chairs the").
func orgContextBefore(ts []tok, i int) bool {
	k := i - 1
	if k >= 0 && ts[k].low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := ts[k].low; {
	case w == "of" || w == "to" || w == "at" || w == "with":
		return k >= 1 && (leadRoles[ts[k-1].low] || memberRoles[ts[k-1].low] || adviserRoles[ts[k-1].low])
	case verbRole(w) != "" || w == "joined":
		return true
	case w == "by":
		// "organised by the Baltic Forum for Human Rights": an event is
		// not organised by an event
		return k >= 1 && organiserVerbs[ts[k-1].low]
	}
	return false
}

// organiserVerbs say that someone organised, hosted or issued something.
var organiserVerbs = wordSet(`organised organized co-organised co-organized hosted co-hosted convened issued published prepared funded`)

// namedOnly are descriptors that stand before a name ("the helpline
// Prosvet") but, alone, mean a service rather than a body named before.
var namedOnly = wordSet(`hotline helpline line newsroom shelter`)

// weekdays are the days' names, which end no name: "on Saturday".
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// allRoleWords says whether every token is a word of a post: "Deputy Head",
// "Human Rights Officer" is none.
func allRoleWords(ts []tok) bool {
	for _, t := range ts {
		if !leadRoles[t.low] && !memberRoles[t.low] && !roleModifiers[t.low] {
			return false
		}
	}
	return true
}

// capsLine says whether a sentence is a heading written in capitals: two
// words or more, every one of them in capitals.
func capsLine(ts []tok) bool {
	n := 0
	for _, t := range ts {
		if t.word && !t.digit {
			if !t.caps {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// allCapWords says whether every token is a capitalised word.
func allCapWords(ts []tok) bool {
	for _, t := range ts {
		if !t.capWord() {
			return false
		}
	}
	return true
}

// titleWord writes a word in capitals as a name: "RUSTAVI" → "Rustavi",
// "IVANO-FRANKIVSK" → "Ivano-Frankivsk".
func titleWord(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for k, r := range rs {
		if up {
			rs[k] = unicode.ToUpper(r)
		}
		up = r == '-'
	}
	return string(rs)
}

// soleNames are the one-word names of parliaments and bodies, names of
// their own rather than short forms of a longer name.
var soleNames = wordSet(`mazhilis rada sejm seimas saeima riigikogu kenesh majlis khural milli interpol europol
frontex roskomnadzor rosfinmonitoring`)

// notAcronyms are capitals that name no organisation.
var notAcronyms = wordSet(`tv ngo ngos nb ps ok ii iii iv vi vii viii ix xi xii xx xxi am pm usa uk eu ussr rf ad bc id`)

func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 8 && !notAcronyms[strings.ToLower(w)] && !notOrgAcronyms[strings.ToLower(strings.TrimSuffix(w, "s"))]
}

// headOf returns the head noun of a name: the last word before its first
// "of", "for", "on" or "in" ("Declaration on Media Freedom" → declaration),
// else its last word, leaving out a number ("Penal Colony No. 3" → colony).
func headOf(words []string) string {
	end := len(words)
	for k, w := range words {
		if k > 0 && (w == "of" || w == "for" || w == "on" || w == "in") {
			end = k
			break
		}
	}
	for end > 1 && (words[end-1] == "no" || words[end-1] == "." || words[end-1] == "’s" || words[end-1] == "'s" || words[end-1] == "’" || isDigits(words[end-1])) {
		end--
	}
	return words[end-1]
}

func lowWords(ts []tok) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.low)
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return s == ""
		}
	}
	return s != ""
}

// namedHead says whether a head noun makes a name of an organisation,
// event, law or document.
func namedHead(h string) bool {
	return orgHeads[h] || congressHeads[h] || lawHeads[h] || resolutionHeads[h]
}

// headComplement says whether a name so far has a head noun followed by its
// complement ("Bureau for …", "Committee on …").
func headComplement(ts []tok) bool {
	for k := 0; k+1 < len(ts); k++ {
		if (orgHeads[ts[k].low] || congressHeads[ts[k].low] || resolutionHeads[ts[k].low] || lawHeads[ts[k].low]) && (ts[k+1].low == "for" || ts[k+1].low == "on") {
			return true
		}
	}
	return false
}

func hasHead(ts []tok) bool {
	for _, t := range ts {
		if orgHeads[t.low] {
			return true
		}
	}
	return false
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

func firstIn(words []string, set map[string]bool) string {
	for _, w := range words {
		if set[w] {
			return w
		}
	}
	return ""
}

func lastIn(words []string, set map[string]bool) string {
	for k := len(words) - 1; k >= 0; k-- {
		if set[words[k]] {
			return words[k]
		}
	}
	return ""
}

// quotedName finds a descriptor followed by a quoted name: the movement
// “For Human Rights”, the round table “Prisons without torture”, the law on
// “foreign agents”.
func (d *drafter) quotedName(ts []tok, i int) *mention {
	t := ts[i]
	if !t.word || t.up {
		return nil
	}
	k := i + 1
	var kind rightsgraph.Kind
	switch {
	case orgDescriptors[t.low]:
		kind = rightsgraph.KindOrganisation
		if k < len(ts) && (ts[k].low == "of" || ts[k].low == "for") {
			// "the trade union of coal miners “Kenshi”", "the crisis
			// centre for women “Podruga”", "the association of parents of
			// children with disabilities “Rostok”"
			x := k + 1
			for x < len(ts) && x <= k+6 && ts[x].word && !ts[x].up && !auxVerbs[ts[x].low] && ts[x].low != "that" && ts[x].low != "who" && ts[x].low != "which" {
				x++
			}
			if x > k+1 && x < len(ts) && isOpenQuote(ts[x].w) {
				k = x
			}
		}
	case (t.low == "of" || t.low == "with" || t.low == "for" || t.low == "at") && i > 0 && affiliationWord(ts[i-1].low):
		// "the Perm branch of “Ryadom”", "who volunteered with “Ryadom”"
		kind = rightsgraph.KindOrganisation
	case determiners[t.low]:
		// "the resolution “On Guarantees of …”", "an open letter “…”"
		h := i + 1
		for h < len(ts) && h <= i+2 && ts[h].word && !ts[h].up && !resolutionHeads[ts[h].low] {
			h++
		}
		if h >= len(ts) || !ts[h].word || ts[h].up || !resolutionHeads[ts[h].low] {
			return nil
		}
		kind, k = rightsgraph.KindResolution, h+1
	default:
		return nil
	}
	if k >= len(ts) || !isOpenQuote(ts[k].w) || ts[k].w == "'" {
		return nil
	}
	open := k
	k++
	for k < len(ts) && k-open <= 12 && !closes(ts[open].w, ts[k].w) {
		k++
	}
	if k >= len(ts) || k-open > 12 || k == open+1 || !ts[open+1].capWord() {
		return nil
	}
	end := k // the closing quote
	last := end - 1
	for last > open && !ts[last].word {
		last--
	}
	if last <= open {
		return nil
	}
	m := &mention{kind: kind, conf: 0.85, rule: "descriptor-quoted-name"}
	if kind == rightsgraph.KindOrganisation {
		m.i, m.j, m.s, m.e = open+1, end+1, ts[open+1].s, ts[last].e
		m.form = d.text[m.s:m.e]
		if orgDescriptors[t.low] {
			m.head = t.low
		}
	} else {
		m.i, m.j, m.s, m.e = open+1, end+1, ts[open+1].s, ts[last].e
		m.form = d.text[m.s:m.e]
		m.head = ts[open-1].low
		m.i = i
	}
	return m
}

// lowerNP finds lower-case references to events, documents and laws: "the
// second human rights congress", "the final resolution", "the 2012 law on
// ‘foreign agent NGOs’", and generic back-references to organisations ("the
// organisation").
func (d *drafter) lowerNP(ts []tok, i int) *mention {
	t := ts[i]
	k := i + 1
	if resolutionHeads[t.low] && !t.up && i > 0 && passVerbs[ts[i-1].low] {
		k = i // "adopted recommendations"
	} else if !t.up && t.word && i > 0 && (organiseVerbs[ts[i-1].low] || ts[i-1].low == "attended") && !determiners[t.low] && eventAhead(ts, i) {
		k = i // "held public hearings on prison labour"
	} else if !t.up && t.word && congressHeads[t.low] && i > 0 && ts[i-1].w == ":" && i+2 < len(ts) && isOpenQuote(ts[i+1].w) && ts[i+2].capWord() {
		k = i // "28 September, Orsk: seminar “Strasbourg after the Exit”"
	} else if !(t.low == "the" || t.low == "a" || t.low == "an" || t.low == "this" || t.low == "its" || t.low == "their" || t.low == "her" || t.low == "his" || t.low == "our") {
		return nil
	}
	start := k
	ordinal := 0
	for k < len(ts) && k-start < 5 && ts[k].word && !ts[k].up {
		w := ts[k].low
		if n := ordinals[w]; n > 0 {
			ordinal = n
		}
		titled := k+2 < len(ts) && isOpenQuote(ts[k+1].w) && ts[k+1].w != "'" && ts[k+2].capWord()
		if titledEventHeads[w] && titled {
			break // "the training “Eyes of the Community”"
		}
		if congressHeads[w] || resolutionHeads[w] || (lawHeads[w] && (w != "article" || k+1 < len(ts) && ts[k+1].low == "on")) || ((orgDescriptors[w] || w == "branch") && k == start) {
			break
		}
		if w == "round" && k+1 < len(ts) && ts[k+1].low == "table" {
			break
		}
		if stopCaps[w] && ordinals[w] == 0 && w != "next" && w != "last" && w != "following" || speechVerbs[w] || passVerbs[w] || auxVerbs[w] || w == "attended" || organiseVerbs[w] && w != "planned" {
			return nil // "our observers attended 38 hearings": a clause, not a name
		}
		k++
	}
	if k >= len(ts) || !ts[k].word || ts[k].up {
		return nil
	}
	w := ts[k].low
	m := &mention{i: start, ordinal: ordinal, generic: true, next: k + 1}
	for x := start; x < k; x++ {
		switch ts[x].low {
		case "previous", "next", "last", "upcoming", "earlier", "forthcoming", "former", "future", "past", "similar", "another", "other", "follow-up", "new":
			m.other = true
		}
	}
	// "plan to hold a second hearing", "will convene a round table": an
	// event still to come is not the one the report is about.
	if i >= 2 && (ts[i-1].low == "hold" || ts[i-1].low == "organise" || ts[i-1].low == "organize" || ts[i-1].low == "convene" || ts[i-1].low == "host") && (ts[i-2].low == "to" || ts[i-2].low == "will") {
		m.other, m.planned = true, true
	}
	switch {
	case w == "round" && k+1 < len(ts) && ts[k+1].low == "table":
		k++
		m.kind, m.head, m.next = rightsgraph.KindCongress, "round table", k+1
	case congressHeads[w] || titledEventHeads[w]:
		titled := k+2 < len(ts) && isOpenQuote(ts[k+1].w) && ts[k+1].w != "'" && ts[k+2].capWord()
		if !lowerEventHeads[w] && !titled && !(w == "meeting" && k > start && meetingKinds[ts[k-1].low]) {
			return nil // "the meeting" alone, but "the meeting “After the Gate”", "the annual meeting"
		}
		m.kind, m.head = rightsgraph.KindCongress, w
	case resolutionHeads[w]:
		m.kind, m.head = rightsgraph.KindResolution, w
	case lawHeads[w]:
		m.kind, m.head = rightsgraph.KindLaw, w
	case (orgDescriptors[w] || w == "branch") && k == start && !namedOnly[w] && ts[i].low != "our":
		// "the organisation" stands for one named before; "our network"
		// is the publisher's, which the rules of "our" read
		m.kind, m.head, m.rule, m.conf = rightsgraph.KindOrganisation, w, "org-back-reference", 0.5
		m.personal = ts[i].low == "her" || ts[i].low == "his"
		if k+1 < len(ts) && (ts[k+1].capWord() || isOpenQuote(ts[k+1].w)) || d.quotedName(ts, k) != nil {
			return nil // "the organisation Memorial", "the union of parents “Rostok”": the name follows
		}
		m.j, m.s, m.e, m.form, m.next = k+1, ts[start].s, ts[k].e, d.text[ts[start].s:ts[k].e], 0
		return m
	default:
		return nil
	}
	if m.kind == rightsgraph.KindCongress && (w == "session" || w == "meeting" || w == "school") && ordinal == 0 && k == start {
		// "the session" is a part of the event, not a name of it.
		m.rule, m.conf = "event-back-reference", 0.5
	}
	end := k + 1
	skipped := -1
	if m.kind == rightsgraph.KindResolution && end+1 < len(ts) && (ts[end].low == "addressed" || ts[end].low == "sent") && ts[end+1].low == "to" {
		skipped = end // "recommendations addressed to the governments"
		end++
	}
	// A complement names it: "on X", "about X", "to the Prosecutor General".
	if m.kind == rightsgraph.KindCongress && end+2 < len(ts) && ts[end].low == "in" && places[ts[end+1].low] && (ts[end+2].low == "on" || ts[end+2].low == "about") {
		end += 2 // "a public hearing in Chisinau on pension indexation": its place, then its subject
	}
	if end+1 < len(ts) && (ts[end].low == "on" || ts[end].low == "about" || ts[end].low == "concerning" || ts[end].low == "to" && m.kind == rightsgraph.KindResolution || ts[end].low == "of" || ts[end].low == "against" || ts[end].low == "in" && m.kind == rightsgraph.KindCongress && !ts[end+1].up || ts[end].low == "for" && m.kind == rightsgraph.KindCongress && forWhom(ts, end+1)) && m.kind != rightsgraph.KindOrganisation {
		c := end + 1
		for c < len(ts) && c-end <= 16 { // "public hearing on the demolition of private houses under the city’s new general plan"
			x := ts[c]
			if x.word && (complementStops[x.low] || auxVerbs[x.low] || months[x.low] > 0 || x.digit) {
				break
			}
			if x.low == "and" && m.kind == rightsgraph.KindResolution && ts[end].low == "to" && s2(ts, c+1) == "the" && c+2 < len(ts) && ts[c+2].capWord() {
				c++ // "a statement addressed to the Government and the Company": its addressees
				continue
			}
			if x.low == "in" && c+1 < len(ts) && ts[c+1].up || x.low == "and" && c+1 < len(ts) && (ts[c+1].up || ts[c+1].low == "of" || ts[c+1].low == "to" || ts[c+1].low == "on") {
				break // "the law on public control and on the rights of …": two subjects
			}
			if x.low == "since" || x.low == "until" || x.low == "during" || x.low == "in" && s2(ts, c+1) == "the" && ordinals[s2(ts, c+2)] > 0 {
				break // "… since autumn", "… in the first reading"
			}
			if x.word && !x.up && c > end+2 && (demandVerbs[x.low] || x.low == "asking") && strings.HasSuffix(x.low, "ing") {
				break // "an appeal to the Committee demanding …"
			}
			if x.w == "," || x.w == "." || x.w == ";" || x.w == ":" || x.w == "(" || x.w == ")" || x.w == "–" || x.w == "—" || (x.word && (x.low == "which" || x.low == "that" || x.low == "who" || x.low == "was" || x.low == "were" || x.low == "is" || x.low == "has" || x.low == "had" || x.low == "and" && m.kind != rightsgraph.KindLaw || passVerbs[x.low] || speechVerbs[x.low])) {
				break
			}
			c++
		}
		// A complement ends on a whole phrase: "a seminar for grantees on
		// 27 April" is the "seminar for grantees".
		for c > end+2 && (prepositions[ts[c-1].low] || determiners[ts[c-1].low] || ts[c-1].low == "and") {
			c--
		}
		if c > end+1 && !(c == end+2 && ts[end+1].low == "the") {
			end = c
		}
	}
	// An event's title in quotes: the round table “Prisons without torture”.
	m.j, m.s, m.e = end, ts[start].s, ts[end-1].e
	m.form = d.text[m.s:m.e]
	if m.kind == rightsgraph.KindCongress && end+1 < len(ts) && ts[end].low == "in" && (places[ts[end+1].low] || multiPlaces[ts[end+1].low+"-"+s2(ts, end+2)] || d.townAt(ts, end+1)) {
		// "a follow-up round table in Vilnius": the place is often part of
		// how the text names an event other than the report's.
		pe := end + 2
		if multiPlaces[ts[end+1].low+"-"+s2(ts, end+2)] {
			pe++
		}
		m.alts = append(m.alts, d.text[m.s:ts[pe-1].e])
	}
	if m.kind == rightsgraph.KindCongress && end > k+1 && k > start {
		m.alts = append(m.alts, d.text[ts[start].s:ts[k].e]) // without its complement
	}
	if m.kind == rightsgraph.KindResolution && (end > k+1 || k > start) {
		m.alts = append(m.alts, ts[k].w) // "recommendations", the text's short form
	}
	if m.kind == rightsgraph.KindLaw && k > start && end > k+1 {
		// "the long-delayed law on guardianship" is "the law on guardianship"
		m.alts = append(m.alts, d.text[ts[k].s:m.e])
	}
	if skipped > 0 && end > skipped+1 {
		// the text's own words ("resolution addressed to the Assembly"),
		// and the shorter form as another
		m.alts = append(m.alts, d.text[m.s:ts[skipped-1].e]+" "+d.text[ts[skipped+1].s:m.e])
	} else if skipped > 0 {
		end = skipped
		m.j, m.e = end, ts[end-1].e
		m.form = d.text[m.s:m.e]
	}
	if m.rule == "" {
		m.rule, m.conf = "lower-np", 0.6
		if end > k+1 || k > start || m.kind == rightsgraph.KindResolution && k == i && i > 0 && passVerbs[ts[i-1].low] {
			m.generic = false // "adopted recommendations": a new document
		}
	}
	if m.kind == rightsgraph.KindLaw && end == k+1 {
		m.generic = true // "the law" alone
	}
	if m.kind == rightsgraph.KindResolution && end == k+1 && k == start && !(i > 0 && passVerbs[ts[i-1].low] && k == i) {
		m.generic = true
		if t.low == "a" || t.low == "an" {
			m.generic = false // "This was followed by a resolution": a new document
			m.conf = 0.4
		}
	}
	if m.kind == rightsgraph.KindResolution && !docContext(ts) {
		return nil // "the opening statement": not a document the event adopted
	}
	return m
}

// titleQuote returns the end of a quotation in Title Case of three words
// or more starting at i (a title: its words are not names), or i.
// quotedName says whether the quotation opened at i is short and holds only
// capitalised words and connectors: a name rather than a sentence.
func quotedName(ts []tok, i int) bool {
	for k := i + 1; k < len(ts) && k <= i+8; k++ {
		t := ts[k]
		if closes(ts[i].w, t.w) {
			return k > i+1 && ts[k-1].capWord()
		}
		if !t.word || !t.up && !connectors[t.low] && !foreignConnectors[t.low] {
			return false
		}
	}
	return false
}

func titleQuote(ts []tok, i int) int {
	if !isOpenQuote(ts[i].w) || ts[i].w == "'" || ts[i].w == "‘" {
		return i
	}
	words, caps := 0, 0
	for k := i + 1; k < len(ts) && k <= i+16; k++ {
		t := ts[k]
		if t.word && !t.up && foreignConnectors[t.low] {
			return i // “Dor de Casa”: a name in another language
		}
		if isCloseQuote(t.w) {
			if words >= 3 && caps == words {
				return k + 1
			}
			return i
		}
		if t.word {
			words++
			if t.up || connectors[t.low] {
				caps++
			}
		}
	}
	return i
}

// eventAhead says whether an event's head noun comes within a few
// lower-case words from i.
func eventAhead(ts []tok, i int) bool {
	for k := i; k < len(ts) && k < i+5 && ts[k].word && !ts[k].up; k++ {
		if lowerEventHeads[ts[k].low] || ts[k].low == "round" && k+1 < len(ts) && ts[k+1].low == "table" {
			return true
		}
	}
	return false
}

// docContext says whether a sentence speaks of adopting or demanding.
func docContext(ts []tok) bool {
	if len(ts) > 0 && ts[len(ts)-1].w == ":" {
		return true // "Open Door makes the following recommendations:"
	}
	for _, t := range ts {
		if passVerbs[t.low] || demandVerbs[t.low] || t.low == "followed" || t.low == "demands" || t.low == "calls" || t.low == "proposals" || t.low == "included" || t.low == "addressed" {
			return true
		}
	}
	return false
}

// typeByContext types the names whose shape said nothing, by their
// neighbours: "X organisation", "director of X", "in X".
func (d *drafter) typeByContext(ts []tok, ms []*mention) {
	for _, m := range ms {
		if m.kind != "" {
			continue
		}
		after := func(n int) string {
			if m.j+n < len(ts) {
				return ts[m.j+n].low
			}
			return ""
		}
		before := func(n int) string {
			if m.i-1-n >= 0 {
				return ts[m.i-1-n].low
			}
			return ""
		}
		b0, b1 := before(0), before(1)
		if b0 == "the" {
			b0, b1 = b1, before(2)
		}
		roleThenName := func(k int) bool {
			n := 0
			for k < len(ts) && ts[k].word && (leadRoles[ts[k].low] || memberRoles[ts[k].low] || ts[k].low == "deputy" || ts[k].low == "executive") {
				k++
				n++
			}
			return n > 0 && k+1 < len(ts) && ts[k].capWord() && ts[k+1].capWord() && (givenNames[ts[k].low] || allPlainWords(ts[k:k+2]))
		}
		switch {
		case (roleThenName(m.j) || m.j < len(ts) && (ts[m.j].w == "’s" || ts[m.j].w == "'s") && roleThenName(m.j+1)) && len(d.bySur[rightsgraph.Normalize(m.form)]) == 0 && !(m.j-m.i == 1 && surnameShape(ts[m.i].low)):
			// "Memorial's lawyer Anna Petrova", but not "Beishenov's lawyer X"
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "org-role-name"
		case (after(0) == "’s" || after(0) == "'s") && m.j+2 < len(ts) && givenNames[ts[m.j+1].low] && ts[m.j+2].capWord() && !givenNames[ts[m.i].low] && !places[ts[m.i].low] && !d.lower[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities) && len(d.bySur[rightsgraph.Normalize(m.form)]) == 0:
			// "Memorial's Oleg Orlov said": a body's person
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.55, "org-s-name"
		case (before(0) == "a" || before(0) == "an" || before(0) == "the") && before(1) == "," && (memberRoles[after(0)] || leadRoles[after(0)]) && !d.lower[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.55, "appos-name-role" // "Anna Petrova, a Memorial lawyer"
		case m.j-m.i == 2 && allPlainWords(ts[m.i:m.j]) && m.i >= 2 && ts[m.i-1].word && !ts[m.i-1].up && (leadRoles[ts[m.i-1].low] || memberRoles[ts[m.i-1].low]) && !d.lower[ts[m.i].low] && !d.lower[ts[m.i+1].low] && !allIn(ts[m.i:m.j], nationalities) && !(m.j < len(ts) && (ts[m.j].w == "’s" || ts[m.j].w == "'s")):
			// "whose programme officer Kristin Aasland": a post, then its holder
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.6, "role-then-name"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && b0 == "." && m.i >= 2 && honorifics[ts[m.i-2].low]:
			// "Mr. Tobias Lindqvist": a title with its full stop
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.7, "title-name"
		case sentenceStart(ts, m.i) && after(0) == "is" && (after(1) == "a" || after(1) == "an") && descriptorWithin(ts, m.j+2, 4) && m.j-m.i <= 3 && !d.lower[ts[m.i].low] && !places[ts[m.i].low] && !givenNames[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "name-is-a-descriptor" // "Orientir is a search-and-rescue detachment from Skopin"
		case after(0) == "," && (after(1) == "a" || after(1) == "an") && (orgDescriptors[after(2)] || orgDescriptors[after(3)] && !ts[m.j+2].up) && m.j-m.i <= 3 && !d.lower[ts[m.i].low] && !places[ts[m.i].low] && !givenNames[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "name-appos-descriptor" // "Ariadna, a squad from Kemerovo"
		case before(0) == "," && m.j-m.i <= 3 && personBefore(ms, m.i-1) && (memberRoles[after(0)] || leadRoles[after(0)]) && (m.j+1 >= len(ts) || !ts[m.j+1].word || ts[m.j+1].low == "and") && !d.lower[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities) && !places[ts[m.i].low]:
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.55, "appos-name-role" // "Yulia Zaitseva, Shtorm correspondent"
		case b0 == "(" && after(0) == ")" && m.i >= 2 && personBefore(ms, m.i-1):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "name-paren-org"
		case allIn(ts[m.i:m.j], bodyKindWords) && orgDescriptors[after(0)] && m.j+1 < len(ts) && isOpenQuote(ts[m.j+1].w):
			// "Charitable foundation “Oberih”": the kind of the body named next
		case orgDescriptors[after(0)] && m.j+1 < len(ts) && isOpenQuote(ts[m.j+1].w):
			// "the Osh foundation “Ak Niet”": its town
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "place-before-descriptor"
		case m.j-m.i <= 2 && !orgHeads[ts[m.j-1].low] && !ts[m.i].caps && !givenNames[ts[m.i].low] && (b0 == "the" || before(0) == "the") && descriptorThenName(ts, m.j):
			// "the Biysk volunteer club Skyline", "the Mykolaiv law firm
			// Horban & Partners": the town of a body named after it
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "place-before-descriptor"
		case m.j-m.i == 1 && unitWords[after(0)] && !ts[m.j].up && (b0 == "our" || b0 == "its" || b0 == "their") && !d.lower[ts[m.i].low] && !orgHeads[ts[m.i].low]:
			// "our Taraz office", "its Naryn branch": the town of a unit
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "place-before-unit"
		case strings.HasSuffix(before(0), "-based") && !places[ts[m.i].low] && !d.lower[ts[m.i].low] && !givenNames[ts[m.i].low] && !descriptorThenName(ts, m.j):
			// "the Lviv-based Opora": what is based somewhere is a body
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "based-name"
		case before(0) == "from" && m.j-m.i == 1 && !ts[m.i].caps && !orgHeads[ts[m.i].low] && !d.lower[ts[m.i].low] && d.byName[key(rightsgraph.KindOrganisation, m.form)] == nil:
			// "Viktoriia Bilous from Irpin": one word, no article, no
			// quotes, not an organisation named so elsewhere: a town
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "from-town"
		case before(0) == "of" && m.j-m.i <= 2 && !hasAny(lowWords(ts[m.i:m.j]), orgHeads) && townHeadBefore(ts, ms, m.i-1):
			// "Mayor Ion Guțu of Balti", "Akim Serik Dauletov of Taraz": a town
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.6, "town-of-mayor"
		case (before(0) == "of" || before(0) == "from" || before(0) == "with") && m.j-m.i <= 3 && m.i >= 2 && personBefore(ms, m.i-1) && !d.lower[ts[m.i].low] && !places[ts[m.i].low]:
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "person-of-name"
		case b0 == "by" && before(0) == "by" && m.j-m.i == 1 && !d.lower[ts[m.i].low] && !hasSuffixAny(ts[m.i].low, surnameEndings) && len(d.bySur[rightsgraph.Normalize(m.form)]) == 0 && !translationAt(ts, m.i):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.5, "by-name"
		case before(0) != "" && orgDescriptors[before(0)] && !ts[m.i-1].up && m.j-m.i <= 4 && !places[ts[m.i].low] && !givenNames[ts[m.i].low] && (!d.lower[ts[m.i].low] || ts[m.i].low == "for" || ts[m.i].low == "against") && !allIn(ts[m.i:m.j], nationalities):
			// "the human rights centre Vesna", "the online outlet Kolokol"
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.6, "descriptor-name"
		case (leadRoles[b1] || memberRoles[b1]) && b0 == "of" && m.j-m.i <= 2 && !hasAny(lowWords(ts[m.i:m.j]), orgHeads) && !givenNames[ts[m.i].low] && unitOfAhead(ts, m.j):
			// "coordinator of the Abai regional group of Y": the region or
			// town of a unit of Y
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "town-before-unit"
		case orgDescriptors[after(0)] && ts[m.j].s-ts[m.j-1].e == 1 && orgHeads[after(0)]:
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.75, "name-descriptor"
			m.alts = append(m.alts, d.text[m.s:ts[m.j].e])
		case orgDescriptors[after(0)] || (orgDescriptors[after(1)] && !ts[m.j].up && ts[m.j].word && !(adminModifiers[after(0)] && b0 == "of")) || (orgDescriptors[after(2)] && after(1) == "rights"):
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.75, "name-descriptor"
		case b0 == "from" && m.j-m.i == 1 && !d.lower[ts[m.i].low] && !ts[m.i].caps:
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "in-name"
		case (b0 == "of" || b0 == "at" || b0 == "with" || b0 == "in") && m.j-m.i <= 2 && !orgHeads[ts[m.j-1].low] && !ts[m.i].caps && !givenNames[ts[m.i].low] && modifierAhead(ts, m.j):
			// "a judge of the Căușeni court", "legal officer of the Lankaran
			// women’s organisation “Ana Yurdu”": the town of a body
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "town-before-body"
		case townHeads[b1] && b0 == "of" && m.j-m.i <= 3 && !hasAny(lowWords(ts[m.i:m.j]), orgHeads):
			// "mayor of Slobozia Mare": a town
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.6, "town-of-mayor"
		case (leadRoles[b1] || memberRoles[b1] || b1 == "board" || workVerbs[b1]) && (b0 == "of" || b0 == "at" || b0 == "with" || b0 == "for" && workVerbs[b1]):
			// "director of X", "who works with X"
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.7, "role-of-name"
		case len(d.bySur[rightsgraph.Normalize(m.form)]) > 0 || d.acronyms[m.form] != nil || d.acronyms[strings.TrimSuffix(m.form, "s")] != nil:
			// a surname or an acronym named before: resolved as such
		case (b0 == "in" || b0 == "from") && m.j-m.i <= 2 && !d.lower[ts[m.i].low] && !ts[m.i].caps && !(m.j-m.i == 2 && givenNames[ts[m.i].low]) && !nationalities[ts[m.j-1].low] && !(m.j-m.i == 2 && unitHeads[ts[m.j-1].low]):
			m.kind, m.conf, m.rule = rightsgraph.KindPlace, 0.5, "in-name"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && !anyLower(d, ts[m.i:m.j]) && after(0) == "," && (after(1) == "who" || after(1) == "whose" && (after(2) == "organisation" || after(2) == "organization")):
			// "Mukhtar Ali, who …", "X, whose organisation …": a person
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.7, "name-who"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && !anyLower(d, ts[m.i:m.j]) && !hasAny(lowWords(ts[m.i:m.j]), bodyNameWords) && b0 == "and" && m.i >= 2 && personBefore(ms, m.i-1):
			// "Nurlan Abenov and Dana Kim": a second person
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.65, "and-person"
		case b0 == "(" && (after(0) == ")" || after(0) == "," && roleApposAt(ts, m.j+1)) && orgBefore(ms, m.i-1) != nil && d.personInBrackets(ts, orgBefore(ms, m.i-1), m.i, m.j):
			// "the Ratne Women’s Initiative (Olha Prystupa)": a body's person in brackets
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.7, "org-paren-person"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && m.i > 0 && isDash(b0) && d.postBeforeDash(ts, m.i-1):
			// "Executive director — Margareta Bîrcă": a staff list's line
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.7, "post-dash-name"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && (after(0) == "," || after(0) == "(") && roleApposAt(ts, m.j+1) && allPlainWords(ts[m.i:m.j]):
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.75, "name-comma-role"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && b0 == "," && (leadRoles[b1] || memberRoles[b1]) && !ts[m.i-2].up && allPlainWords(ts[m.i:m.j]) && (after(0) == "," || after(0) == "." || m.j == len(ts)):
			// "represented by its programme officer, Katrin Vogel-Haas"
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.7, "role-comma-name"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && (before(0) == "," || before(0) == "and") && personBefore(ms, m.i-1) && (after(0) == "," || after(0) == "and") && personAfter(ms, m.j+1):
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.6, "name-in-list-of-persons" // "A, Hanna Dubovik-Lis and B"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && before(0) == "and" && personBefore(ms, m.i-1) && after(0) == "," && (after(1) == "both" || after(1) == "all" || after(1) == "who"):
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.6, "name-in-list-of-persons" // "A and B, both of Y"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && !allRoleWords(ts[m.i:m.j]) && (speechVerbs[after(0)] || (after(0) == "of" || after(0) == "from") && (m.j+1 < len(ts) && ts[m.j+1].capWord() || after(1) == "the" && m.j+2 < len(ts) && ts[m.j+2].capWord() && !d.lower[ts[m.i].low])):
			// "Kerstin Lindgren said", "Kerstin Lindgren of the Swedish Helsinki Committee"
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.6, "name-speaks"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && !d.lower[ts[m.i].low] && (speechVerbs[before(0)] && !ts[m.i-1].up || after(0) == "," && after(1) == "who" || after(0) == "(" && townThenWho(ts, m.j+1) || m.j-m.i == 2 && attendVerbs[after(0)] && !nationalities[ts[m.i].low] || m.j-m.i == 2 && workVerbs[after(0)] && (after(1) == "for" || after(1) == "at" || after(1) == "with")):
			// "said Manzura Rahmatzoda", "Manzura Rahmatzoda, who directs Y",
			// "Henrik Aalto attended", "Serghei Pascal works for Y": speech,
			// "who", attending and working belong to people
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.6, "name-speaks"
		case m.j-m.i >= 2 && m.j-m.i <= 3 && allPlainWords(ts[m.i:m.j]) && !d.lower[ts[m.i].low] && !d.lower[ts[m.j-1].low] && d.capAlone[ts[m.j-1].low] > 0 && !nationalities[ts[m.i].low]:
			// "Mikita Rudak (VSI)" and later "Rudak said": a surname used alone
			m.kind, m.conf, m.rule = rightsgraph.KindPerson, 0.55, "surname-alone-later"
		case m.j-m.i >= 2 && !d.lower[ts[m.i].low] && !allIn(ts[m.i:m.j], nationalities) && !nationalities[ts[m.j-1].low]:
			m.kind, m.conf, m.rule = rightsgraph.KindOrganisation, 0.4, "capitalised-span"
		}
	}
}

// lineStart says whether token i opens a line, or a list item's line
// after its dash.
func (d *drafter) lineStart(ts []tok, i int) bool {
	if i > 0 && isDash(ts[i-1].w) {
		i--
	}
	return i == 0 || strings.Contains(d.text[ts[i-1].e:ts[i].s], "\n")
}

// townThenWho says whether a town in brackets and "who" follow a name, from
// token k inside the brackets: "Sabina Rahimli (Baku), who coordinates Y".
func townThenWho(ts []tok, k int) bool {
	e := townInBrackets(ts, k)
	return e > 0 && e+2 < len(ts) && (ts[e+1].w == "," && ts[e+2].low == "who" || speechVerbs[ts[e+1].low])
}

// townInBrackets returns the index of the ")" that closes one to three
// capitalised words from token k, or -1: "(Baku)", "(Nizhny Novgorod)".
func townInBrackets(ts []tok, k int) int {
	e := k
	for e < len(ts) && e < k+3 && ts[e].capWord() {
		e++
	}
	if e > k && e < len(ts) && ts[e].w == ")" {
		return e
	}
	return -1
}

// prizeHeads end the names of things named after a person: "the Otar
// Nakashidze Prize", "the Natalia Estemirova Award".
var prizeHeads = wordSet(`prize award medal scholarship fellowship lecture lectures readings`)

// capRunEnd returns the end of the run of capitalised words from k.
func capRunEnd(ts []tok, k int) int {
	for k < len(ts) && ts[k].capWord() {
		k++
	}
	return k
}

// translationAt says whether token i lies in the brackets that follow a
// quoted name, where its translation stands: "“Ryadom” (Side by Side)".
func translationAt(ts []tok, i int) bool {
	for x := i - 1; x > 0 && x >= i-6; x-- {
		switch {
		case ts[x].w == ")":
			return false
		case ts[x].w == "(":
			return isCloseQuote(ts[x-1].w)
		}
	}
	return false
}

// postBeforeDash says whether the words of the line before the dash at k
// name a post: "Executive director — X", "Deputy director, head of the
// Chisinau office — X".
func (d *drafter) postBeforeDash(ts []tok, k int) bool {
	post := false
	for x := k - 1; x >= 0 && x >= k-10; x-- {
		t := ts[x]
		if !t.word && t.w != "," {
			return false
		}
		post = post || leadRoles[t.low] || memberRoles[t.low]
		if d.lineStart(ts, x) {
			return post
		}
	}
	return false
}

// humanNouns name what a person is besides a post: "a wheelchair user",
// "the mother of a boy", "a retired miner".
var humanNouns = wordSet(`mother father wife husband widow widower daughter son sister brother grandmother
grandfather user survivor pensioner resident native miner driver nurse woman man colleague friend`)

// roleApposAt says whether a role in apposition starts at token k: "a
// protection officer with Y", "the director of Y", "Y’s coordinator".
func roleApposAt(ts []tok, k int) bool {
	if k < len(ts) && (ts[k].low == "then" || ts[k].low == "now" || ts[k].low == "formerly") && !ts[k].up {
		k++ // "X, then a kindergarten teacher"
	}
	if k+2 < len(ts) && ts[k].low == "one" && ts[k+1].low == "of" && (ts[k+2].low == "the" || ts[k+2].low == "our" || ts[k+2].low == "its") {
		k += 3 // "X, one of the founders"
	}
	if k < len(ts) && (determiners[ts[k].low] && !ts[k].up || ts[k].low == "the") {
		k++
	}
	for n := 0; n < 3 && k < len(ts) && ts[k].word && !ts[k].up; n++ {
		if (leadRoles[ts[k].low] || memberRoles[ts[k].low] || humanNouns[ts[k].low]) && !(k+1 < len(ts) && orgDescriptors[ts[k+1].low]) {
			return true // but not "the student newspaper of Y": a body
		}
		k++
	}
	// a capitalised name and its possessive, then the role
	for n := 0; n < 4 && k < len(ts) && ts[k].capWord(); n++ {
		k++
	}
	return k+1 < len(ts) && (ts[k].w == "’s" || ts[k].w == "'s") && (leadRoles[ts[k+1].low] || memberRoles[ts[k+1].low] || roleModifiers[ts[k+1].low] && k+2 < len(ts) && (leadRoles[ts[k+2].low] || memberRoles[ts[k+2].low]))
}

func allIn(ts []tok, set map[string]bool) bool {
	for _, t := range ts {
		if !set[t.low] {
			return false
		}
	}
	return true
}

// personBefore says whether a person's name ends just before token k.
// unitOfAhead says whether a unit of a body follows token k, after at most
// one more lower-case word: "regional group of", "office of".
func unitOfAhead(ts []tok, k int) bool {
	for x := k; x < len(ts) && x <= k+1; x++ {
		if !ts[x].word || ts[x].up {
			return false
		}
		if unitWords[ts[x].low] && x+1 < len(ts) && ts[x+1].low == "of" {
			return true
		}
	}
	return false
}

// bodyNameWords are words of bodies' names that no person's name has:
// "Amnesty International".
var bodyNameWords = wordSet(`international global national regional civic public social legal human rights free
open new united independent democratic`)

// anyLower says whether the text writes any of these words in lower case.
func anyLower(d *drafter, ts []tok) bool {
	for _, t := range ts {
		if d.lower[t.low] {
			return true
		}
	}
	return false
}

// orgBefore returns the organisation mention that ends at k (or at the
// quote before k), or nil.
func orgBefore(ms []*mention, k int) *mention {
	for _, m := range ms {
		if (m.j == k || m.j+1 == k) && m.kind == rightsgraph.KindOrganisation {
			return m
		}
	}
	return nil
}

// townHeadBefore says whether a person's name ends at k and a town's head
// ("Mayor", "Akim") is written before it.
func townHeadBefore(ts []tok, ms []*mention, k int) bool {
	for _, m := range ms {
		if m.j == k && m.kind == rightsgraph.KindPerson {
			return m.i > 0 && townHeads[ts[m.i-1].low]
		}
	}
	return false
}

func personBefore(ms []*mention, k int) bool {
	for _, m := range ms {
		if m.j == k && m.kind == rightsgraph.KindPerson {
			return true
		}
	}
	return false
}

func allPlainWords(ts []tok) bool {
	for _, t := range ts {
		if !t.capWord() || t.caps || orgHeads[t.low] || places[t.low] || unitWords[t.low] {
			return false // "Zhambyl Regional Branch" is no person's name
		}
	}
	return true
}

// personParts splits a person's name into given names, patronymic and surname.
func personParts(form string) (given, patronymic, surname string) {
	ws := strings.Fields(form)
	switch len(ws) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", ws[0]
	}
	surname = ws[len(ws)-1]
	given = ws[0]
	if len(ws) == 3 && hasSuffixAny(strings.ToLower(ws[1]), patronymicEndings) {
		patronymic = ws[1]
	} else if len(ws) >= 3 {
		given = strings.Join(ws[:len(ws)-1], " ")
	}
	return given, patronymic, surname
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// eventTitle reads an event's title after its description: the round
// table “Police Custody Without Torture”, a side event, “Title”. The title
// becomes the name; the description another form.
func (d *drafter) eventTitle(ts []tok, m *mention) {
	if m.kind != rightsgraph.KindCongress && m.kind != rightsgraph.KindOrganisation {
		return
	}
	k := m.next
	if k == 0 || m.j > k {
		k = m.j
	}
	if m.kind == rightsgraph.KindCongress && k < len(ts) && !isOpenQuote(ts[k].w) && ts[k].w != "," {
		// "a round table on X held incommunicado, “Title”, took place": the
		// description runs on past its complement before the title.
		if c := titleAfterDescription(ts, k); c > k {
			k = c
		}
	}
	numbered, number := "", ""
	if m.kind == rightsgraph.KindCongress && k+1 < len(ts) && seriesNumber(ts[k]) && (ts[k+1].w == "." || ts[k+1].w == ":") {
		// "Seminar 1. “A contract before the first shift” (5 May)": one of
		// a series, by its number and its title
		numbered, number = d.text[m.s:ts[k].e], ts[k].w
		k += 2
	} else if m.kind == rightsgraph.KindCongress && m.j-m.i == 2 && seriesNumber(ts[m.j-1]) {
		number = ts[m.j-1].w // "Session II: “Courts”"
	}
	if k+1 < len(ts) && ts[k].w == "," && (ts[k+1].low == "entitled" || ts[k+1].low == "titled") {
		k++ // "The forum, titled “Every Child in a Classroom”,"
	}
	if k < len(ts) && (ts[k].low == "entitled" || ts[k].low == "called" || ts[k].low == "titled" || ts[k].low == "named" || ts[k].w == "," || ts[k].w == ":") {
		k++
	}
	if k+2 >= len(ts) || !isOpenQuote(ts[k].w) || ts[k].w == "'" || !ts[k+1].capWord() {
		return
	}
	if numbered != "" {
		m.alts = append(m.alts, numbered)
	}
	if w := ordinalWord(number); w != "" {
		m.alts = append(m.alts, w+" "+ts[m.i].low) // "the first seminar"
	}
	open := k
	for k = open + 1; k < len(ts) && k-open <= 16 && !isCloseQuote(ts[k].w); k++ {
	}
	if k >= len(ts) || k-open > 16 || !isCloseQuote(ts[k].w) {
		return
	}
	last := k - 1
	for last > open && !ts[last].word && ts[last].w != ")" { // “Erkin Tynys (Breathe Freely)” keeps its bracket
		last--
	}
	if last <= open {
		return
	}
	title := d.text[ts[open+1].s:ts[last].e]
	if before, inside, ok := strings.Cut(title, " ("); ok && strings.HasSuffix(inside, ")") && !strings.Contains(inside, "(") && before != "" {
		// “Erkin Tynys (Breathe Freely)”: the title and its translation
		m.alts = append(m.alts, strings.TrimSuffix(inside, ")"), title)
		title = before
	}
	if m.kind == rightsgraph.KindCongress && m.rule == "lower-np" && ts[open-1].e == ts[open].s-1 && !m.generic {
		// "the second conference “Safe at Home”": the description and
		// the title as the text writes them together.
		m.alts = append(m.alts, d.text[m.s:ts[k].e])
	}
	if m.kind == rightsgraph.KindCongress && m.rule == "event-head" {
		// A named event keeps its name; the title is another form.
		m.alts = append(m.alts, title)
		m.j, m.next = k+1, k+1
		return
	}
	if !m.generic || m.j > m.i {
		m.alts = append(m.alts, m.form)
	}
	m.form = title
	m.generic, m.conf, m.rule = false, 0.85, "event-title"
	if m.kind == rightsgraph.KindOrganisation {
		m.rule = "name-quoted-name"
	}
	m.j, m.next = k+1, k+1
	m.s, m.e = ts[open+1].s, ts[last].e
	if n := len(m.alts); n > 0 && rightsgraph.Normalize(m.alts[n-1]) == rightsgraph.Normalize(m.head) {
		m.alts = m.alts[:n-1]
	}
}

// willHappen says whether the verb after an event's mention at k, past an
// aside set off by commas, puts it in the future: "will take place", "will
// be held", "is planned for", "is scheduled for".
func willHappen(ts []tok, k int) bool {
	if k < len(ts) && ts[k].w == "," {
		for k++; k < len(ts) && ts[k].w != "," && ts[k].w != "."; k++ {
		}
		k++
	}
	if k+1 >= len(ts) {
		return false
	}
	w, n := ts[k].low, ts[k+1].low
	return w == "will" && (n == "take" || n == "be" || n == "open" || n == "start" || n == "begin") ||
		(w == "is" || w == "are") && (n == "planned" || n == "scheduled" || n == "expected")
}

// titleAfterDescription finds the comma before an event's title set off
// after the rest of its description ("… and their families, “Not Alone”,
// was held"): up to ten more words of the description, the comma, the
// quoted title and then a comma or the sentence's verb. It returns the
// comma's index, or k.
func titleAfterDescription(ts []tok, k int) int {
	for c := k; c < len(ts) && c < k+10; c++ {
		if ts[c].w == "," {
			if c+2 >= len(ts) || !isOpenQuote(ts[c+1].w) || ts[c+1].w == "'" || !ts[c+2].capWord() {
				return k
			}
			e := c + 2
			for e < len(ts) && e-c <= 16 && !isCloseQuote(ts[e].w) {
				e++
			}
			if e+1 < len(ts) && isCloseQuote(ts[e].w) && (ts[e+1].w == "," || ts[e+1].low == "took" || ts[e+1].low == "was" || ts[e+1].low == "opened") {
				return c
			}
			return k
		}
		if !ts[c].word || speechVerbs[ts[c].low] || passVerbs[ts[c].low] || ts[c].low == "was" || ts[c].low == "were" || ts[c].low == "took" {
			return k
		}
	}
	return k
}

// parenAlias reads "Full Name (Other Name)" after an organisation: a
// translation or a short form, written in capitals.
func (d *drafter) parenAlias(ts []tok, m *mention) {
	if m.kind != rightsgraph.KindOrganisation || m.j+2 >= len(ts) || ts[m.j].w != "(" {
		return
	}
	k := m.j + 1
	for k < len(ts) && k-m.j <= 8 && (ts[k].capWord() || ts[k].word && connectors[ts[k].low]) {
		k++
	}
	if k >= len(ts) || ts[k].w != ")" || k == m.j+1 || !ts[m.j+1].capWord() {
		return
	}
	inner := d.text[ts[m.j+1].s:ts[k-1].e]
	if k-m.j-1 == 1 && (ts[m.j+1].caps || places[ts[m.j+1].low]) {
		return // an acronym (acronymDefs) or a place (BASED_IN)
	}
	if k-m.j-1 >= 2 && (d.looksPerson(ts, m.j+1, k) || d.personInBrackets(ts, m, m.j+1, k)) {
		return // "the Ratne Women’s Initiative (Olha Prystupa)": its person
	}
	m.alts = append(m.alts, inner)
}

// personInBrackets says whether the words [i, j) in brackets after the
// organisation m are a person's name: two or three plain capitalised words
// the text never writes in lower case, after a name with a head noun (a
// translation would follow a name without one: "Tendesh Ukuk (Equal
// Rights)").
func (d *drafter) personInBrackets(ts []tok, m *mention, i, j int) bool {
	if j-i < 2 || j-i > 3 || !hasHead(ts[m.i:m.j]) || !allPlainWords(ts[i:j]) || isCloseQuote(ts[m.j].w) {
		return false
	}
	for _, t := range ts[i:j] {
		if d.lower[t.low] || nationalities[t.low] {
			return false
		}
	}
	if j < len(ts) && ts[j].w == "," && roleApposAt(ts, j+1) {
		return true // "(Ihor Zhukovskyi, coordinator)"
	}
	// A list of bodies, each with its person: more than one bracket.
	brackets := 0
	for _, t := range ts {
		if t.w == "(" {
			brackets++
		}
	}
	return brackets >= 2
}

// knownForm finds, in the second pass, a name of two or more words given
// before to an organisation, written again in any case ("the human rights
// council of Russia", "Law and Development").
func (d *drafter) knownForm(ts []tok, i int) *mention {
	if d.pass < 2 || !ts[i].word {
		return nil
	}
	for _, f := range d.formsByWord[ts[i].low] {
		n := len(f.words)
		if i+n > len(ts) {
			continue
		}
		ok := true
		for x := 0; x < n; x++ {
			if ts[i+x].low != f.words[x] {
				ok = false
				break
			}
		}
		if !ok || i+n < len(ts) && ts[i+n].capWord() && ts[i+n].s-ts[i+n-1].e <= 1 {
			continue
		}
		s, e := ts[i].s, ts[i+n-1].e
		return &mention{i: i, j: i + n, s: s, e: e, kind: f.ent.kind, form: d.text[s:e], conf: 0.7, rule: "known-form", ent: f.ent}
	}
	return nil
}

// officeWords make a name whose place is part of it: "the OSCE Office in
// Bishkek", "the Commissioner for Human Rights in the Russian Federation".
var officeWords = wordSet(`office commissioner ombudsman ombudsperson mission representation representative delegation embassy`)

// s2 returns the lower-case word at k, or "".
func s2(ts []tok, k int) string {
	if k < len(ts) {
		return ts[k].low
	}
	return ""
}

// personAfter says whether a person's name starts at token k.
func personAfter(ms []*mention, k int) bool {
	for _, m := range ms {
		if m.i == k && m.kind == rightsgraph.KindPerson {
			return true
		}
	}
	return false
}

// headOfTail says whether a name so far is a head and what it is of: "Bureau
// for Workers", "Association of Children", "Committee on Economic", so that
// a possessive or a list goes on with it ("Bureau for Workers’
// Activities", "Committee on Economic, Social and Cultural Rights").
func headOfTail(ts []tok) bool {
	for k := 0; k+2 < len(ts); k++ {
		if orgHeads[ts[k].low] && (ts[k+1].low == "of" || ts[k+1].low == "for" || ts[k+1].low == "on") {
			return true
		}
	}
	return false
}

// descriptorThenName says whether one to three lower-case words from k end
// with an organisation's descriptor and a name follows: "volunteer club
// Skyline", "law firm “Horban”".
func descriptorThenName(ts []tok, k int) bool {
	for x := k; x < len(ts) && x < k+3; x++ {
		if !ts[x].word || ts[x].up {
			return false
		}
		if orgDescriptors[ts[x].low] && x+1 < len(ts) && (ts[x+1].capWord() || isOpenQuote(ts[x+1].w)) {
			return true
		}
		if orgDescriptors[ts[x].low] && x+1 < len(ts) && (ts[x+1].low == "of" || ts[x+1].low == "for") {
			// "the Kovel association of military families “Rodyny Zakhysnykiv”"
			for y := x + 2; y < len(ts) && y <= x+5; y++ {
				if isOpenQuote(ts[y].w) || ts[y].capWord() && y+1 < len(ts) && ts[y+1].capWord() {
					// "… “Rodyny Zakhysnykiv”", "the Khanty association of
					// fishing communities As Yakh"
					return y > x+2
				}
				if !ts[y].word || ts[y].up {
					return false
				}
			}
		}
	}
	return false
}

// adjectiveEnds are the lower-case ends that make a capitalised word with a
// hyphen an adjective: "Karelian-language", "Moscow-born".
var adjectiveEnds = wordSet(`language speaking born owned funded led run backed era style`)

// missionHeads are the bodies sent to a country or an organisation, whose
// names go on with "to": "OSCE Mission to Moldova".
var missionHeads = wordSet(`mission delegation embassy representation envoy office`)

// affiliationWord says whether a word before "of", "with" or "for" ties
// someone to a body: a unit, a post, or a verb of working or joining.
func affiliationWord(w string) bool {
	return unitWords[w] || leadRoles[w] || memberRoles[w] || workVerbs[w] || serveVerbs[w] || w == "joined" || w == "member"
}

// boardName says whether a name is a body's board: "Board", "Board of
// Trustees", "Supervisory Board".
func boardName(ts []tok) bool {
	switch len(ts) {
	case 1:
		return ts[0].low == "board"
	case 2:
		return ts[1].low == "board" && (ts[0].low == "supervisory" || ts[0].low == "executive" || ts[0].low == "management" || ts[0].low == "advisory")
	case 3:
		return ts[0].low == "board" && ts[1].low == "of" && (ts[2].low == "trustees" || ts[2].low == "directors" || ts[2].low == "governors")
	}
	return false
}

// placeSides name a part of a place before its name: "West Kazakhstan".
var placeSides = wordSet(`west east north south western eastern northern southern central upper lower`)

// placePrepositions say where: "in", "near", "along".
var placePrepositions = wordSet(`in on near along across around to from through`)

// townHeads are the posts of those who run a town or a region: "mayor of X".
var townHeads = wordSet(`mayor governor akim hokim`)

// harms are what a body's name says it protects from: "… from Violence".
var harms = wordSet(`violence torture discrimination abuse persecution exploitation trafficking want fear`)

// modifierAhead says whether lower-case words naming a body follow token k,
// so that the name before them only says where the body is: "Căușeni
// court", "Lankaran women’s organisation".
func modifierAhead(ts []tok, k int) bool {
	if k >= len(ts) || !ts[k].word || ts[k].up {
		return false
	}
	w := ts[k].low
	if orgDescriptors[w] || unitWords[w] || localBodies[w] {
		return true
	}
	if adminModifiers[w] {
		// "the Lankaran regional centre of Y", "the Fergana regional
		// justice department": a town's office of a state body
		for x := k + 1; x < len(ts) && x <= k+2 && ts[x].word && !ts[x].up; x++ {
			if orgDescriptors[ts[x].low] || unitWords[ts[x].low] || localBodies[ts[x].low] {
				return true
			}
		}
	}
	return k+2 < len(ts) && (ts[k+1].w == "’s" || ts[k+1].w == "'s" || ts[k+1].w == "’") && (orgDescriptors[ts[k+2].low] || localBodies[ts[k+2].low])
}

// adminModifiers say what level of the state an office belongs to.
var adminModifiers = wordSet(`regional district city municipal local oblast provincial republican territorial field`)

// localBodies are lower-case nouns for a town's institutions: "the Căușeni
// court", "the Osh police".
var localBodies = wordSet(`court police prosecutor prosecutor's prosecutor’s administration hospital school
municipality mayoralty akimat hokimiyat council`)
