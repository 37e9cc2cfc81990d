package extract

import (
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// congressOf returns the event a sentence speaks of: one it names, else the
// last named, else none.
func (d *drafter) congressOf(s *sent) (*ent, bool) {
	var generic *ent
	for _, m := range s.ms {
		if m.ent != nil && m.ent.kind == rightsgraph.KindCongress {
			if !m.generic {
				return m.ent, true
			}
			generic = cmpOr(generic, m.ent)
		}
	}
	if generic != nil {
		return generic, true
	}
	if d.main != nil && !d.main.dropped && d.main.named > 0 {
		return d.main, false
	}
	for _, e := range d.ents {
		if e.kind == rightsgraph.KindCongress && !e.dropped && !e.other {
			return e, false // not a planned or past event the report only mentions
		}
	}
	return nil, false
}

// clauseEnd returns the token after the clause that starts at i: up to a
// semicolon, a full stop, a dash, a colon, or a comma before a new clause.
func (s *sent) clauseEnd(i int, stopAtComma bool) int {
	depth := 0
	for k := i; k < len(s.ts); k++ {
		t := s.ts[k]
		if t.word {
			if k > i && (t.low == "but" || t.low == "while" || t.low == "whereas" || t.low == "although" || t.low == "which" && stopAtComma) {
				return k
			}
			if k > i+1 && t.low == "and" && k+1 < len(s.ts) && (speechVerbs[s.low(k+1)] || s.low(k+1) == "that") {
				return k
			}
			continue
		}
		switch t.w {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		case ";", ".", "!", "?", ":", "–", "—":
			if depth <= 0 {
				return k
			}
		case ",":
			if depth <= 0 && stopAtComma {
				return k
			}
		case "“", "”", "\"":
			if k > i {
				return k
			}
		}
	}
	return len(s.ts)
}

// speech finds who spoke (SPOKE_AT) and what they raised (RAISED).
func (d *drafter) speech(s *sent) {
	ts := s.ts
	var lastSubj []*mention
	lastStart := 0
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		if !speechVerbs[w] || ts[v].up && v > 0 {
			continue
		}
		if a, _ := d.topic(s, v); phraseVerbs[w] && a < 0 && addresseeThat(s, v) < 0 {
			continue
		}
		subjs, start := d.subjectsOf(s, v)
		if w := v - 1; subjs == nil && (s.low(w) == "who" || adverbs[s.low(w)] && s.low(w-1) == "who") {
			if adverbs[s.low(w)] {
				w--
			}
			if m, st := d.subjectOfOrWho(s, w+1); m != nil {
				subjs, start = []*mention{m}, st
			}
		}
		if subjs == nil && lastSubj != nil && (s.low(v-1) == "and" || s.low(v-1) == "also" && s.low(v-2) == "and") {
			subjs, start = lastSubj, lastStart
		}
		if subjs == nil && s.low(v+1) == "by" && (w == "reported" || w == "raised" || w == "described" || w == "documented" || w == "criticised" || w == "criticized" || w == "highlighted" || w == "condemned") {
			// "Overcrowding in SIZO-1 has been reported by the PMC"
			if by := s.kindAt(v+2, rightsgraph.KindOrganisation, rightsgraph.KindPerson); by != nil {
				a := 0
				b := v
				for b > a && (auxVerbs[s.low(b-1)] || s.low(b-1) == "been" || adverbs[s.low(b-1)]) {
					b--
				}
				if issue := d.issueFrom(s, a, b); issue != nil {
					congress, _ := d.congressOf(s)
					d.add(s, rightsgraph.RelRaised, by.ent, issue, "", congress, 0.5, "topic-"+w+"-by-x", 0, len(ts))
				}
			}
			continue
		}
		if subjs == nil {
			// "…”, said Valery Borshchev": the speaker after the verb.
			if w == "said" || w == "says" || w == "added" || w == "noted" || w == "stressed" || w == "explained" || w == "recalled" || w == "warned" {
				if p := s.kindAt(v+1, rightsgraph.KindPerson); p != nil {
					congress, named := d.congressOf(s)
					if congress != nil {
						d.add(s, rightsgraph.RelSpokeAt, p.ent, congress, "", nil, confIf(named, 0.8, 0.7), "said-x", 0, len(ts))
					}
					d.reportedClause(s, p, v, congress)
				}
			}
			continue
		}
		lastSubj, lastStart = subjs, start
		congress, named := d.congressOf(s)
		if len(subjs) == 1 && (s.low(v+1) == "," || s.low(v+1) == "." || v+1 == len(ts)) && start > 0 && ts[start-1].w == "," {
			// "Most of them, Yusupova reported, have no access to health
			// care", "…new travel bans on reporters, Mammadli said."
			if subjs[0].ent.kind == rightsgraph.KindPerson && congress != nil {
				d.add(s, rightsgraph.RelSpokeAt, subjs[0].ent, congress, "", nil, confIf(named, 0.8, 0.7), "x-"+w+"-aside", 0, len(ts))
			}
			d.reportedClause(s, subjs[0], v, congress)
			continue
		}
		objStart, objEnd := d.topic(s, v)
		rule := "x-" + w + "-topic"
		if objStart < 0 {
			objStart, objEnd = d.thatTopic(s, v)
			rule = "x-" + w + "-that"
		}
		end := max(v+1, objEnd, s.clauseEnd(v+1, false))
		topics := [][2]int{{objStart, objEnd}}
		if rule == "x-"+w+"-topic" {
			topics = s.topicItems(objStart, objEnd)
		}
		for _, subj := range subjs {
			if subj.ent.kind == rightsgraph.KindPerson && congress != nil {
				d.add(s, rightsgraph.RelSpokeAt, subj.ent, congress, "", nil, confIf(named, 0.85, 0.75), "x-"+w, start, end)
			}
			for _, tp := range topics {
				if tp[0] >= 0 && tp[1] > tp[0] {
					if issue := d.issueFrom(s, tp[0], tp[1]); issue != nil {
						conf := 0.7
						if rule != "x-"+w+"-topic" {
							conf = 0.5
						}
						d.add(s, rightsgraph.RelRaised, subj.ent, issue, "", congress, conf, rule, start, end)
					}
				}
			}
		}
	}
	d.accordingTo(s)
	d.inTheView(s)
	d.gaveSession(s)
	// "The seminar was opened by X"
	for v := 0; v+2 < len(ts); v++ {
		if w := ts[v].low; (w == "opened" || w == "closed" || w == "addressed") && ts[v+1].low == "by" {
			if p := s.kindAt(v+2, rightsgraph.KindPerson); p != nil {
				if congress, named := d.congressOf(s); congress != nil {
					d.add(s, rightsgraph.RelSpokeAt, p.ent, congress, "", nil, confIf(named, 0.8, 0.7), w+"-by-x", 0, len(ts))
				}
			}
		}
	}
	// "a speech by X", "X's speech", "on behalf of X", "was read by X"
	for _, m := range s.ms {
		if m.ent == nil || m.ent.kind != rightsgraph.KindPerson {
			continue
		}
		congress, named := d.congressOf(s)
		if congress == nil {
			continue
		}
		i, j := m.i, m.j
		// "Report by X for Y." opening a line is a byline, not a speech.
		by := i >= 2 && ts[i-1].low == "by" && (speechNouns[ts[i-2].low] && i > 2 || ts[i-2].low == "read")
		behalf := i >= 2 && ts[i-1].low == "of" && ts[i-2].low == "behalf"
		poss := j+1 < len(ts) && (ts[j].w == "’s" || ts[j].w == "'s") && speechNouns[ts[j+1].low]
		if i >= 3 && ts[i-1].low == "by" && ts[i-2].low == "the" {
			// "A speech by the chair of the board of X, Y": the role comes between.
		}
		if by || behalf || poss {
			d.add(s, rightsgraph.RelSpokeAt, m.ent, congress, "", nil, confIf(named, 0.8, 0.7), "speech-of-x", 0, len(ts))
		}
		if i >= 1 && ts[i-1].w == "," {
			// "A speech by the chair of … Foundation, Sergei Kovalev, was read"
			for k := i - 2; k >= 0 && k >= i-12; k-- {
				if ts[k].low == "by" && k >= 1 && speechNouns[ts[k-1].low] {
					d.add(s, rightsgraph.RelSpokeAt, m.ent, congress, "", nil, confIf(named, 0.75, 0.65), "speech-by-role-x", 0, len(ts))
					break
				}
			}
		}
	}
}

// subjectsOf finds the subjects of the verb at v: one, or a list of
// persons ("Ildar Fattakhov and Svetlana Korneyeva, spoke").
func (d *drafter) subjectsOf(s *sent, v int) ([]*mention, int) {
	if subj, start := d.subjectOf(s, v); subj != nil {
		if subj.ent.kind == rightsgraph.KindPerson {
			for mi, m := range s.ms {
				if m == subj {
					if list := s.personListWith(mi, bracketGap); len(list) > 1 {
						return list, min(start, list[0].i)
					}
				}
			}
		}
		if subj.ent.kind == rightsgraph.KindOrganisation {
			if list := s.orgListBefore(subj); len(list) > 1 {
				return list, min(start, list[0].i)
			}
		}
		return []*mention{subj}, start
	}
	if v >= 2 && s.ts[v-1].w == "," {
		// "Three journalists, A, B and C, all members of Y, described …":
		// the list before an apposition set off by commas
		for c := v - 2; c > 0 && c >= v-20; c-- {
			if s.ts[c].w != "," {
				continue
			}
			if w := s.low(c + 1); !(formerly[w] || determiners[w] || leadRoles[w] || memberRoles[w]) {
				break
			}
			for mi, m := range s.ms {
				if m.j == c && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
					if list := s.personList(mi); len(list) > 1 {
						return list, list[0].i
					}
				}
			}
			break
		}
		for mi, m := range s.ms {
			if m.j == v-1 && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
				if list := s.personList(mi); len(list) > 1 {
					start := list[0].i
					for k := start - 1; k >= 0 && s.ts[k].w != "." && s.ts[k].w != ";"; k-- {
						start = k
					}
					return list, start
				}
			}
		}
	}
	return nil, 0
}

// orgListBefore returns the organisations of a list ending with o: "the
// KBMR and the Kyrgyz public foundation “Adilet-Zhol”".
func (s *sent) orgListBefore(o *mention) []*mention {
	list := []*mention{o}
	for mi := len(s.ms) - 1; mi >= 0; mi-- {
		m := s.ms[mi]
		if m.j > list[0].i || m.ent == nil {
			continue
		}
		if m.ent.kind == rightsgraph.KindPlace {
			continue // "and the Odesa women's group “Romani Yag”": a town before a described body
		}
		if m.ent.kind != rightsgraph.KindOrganisation {
			break
		}
		if m.j == list[0].i-1 && isOpenQuote(s.ts[m.j].w) {
			continue // "the Centre for Legal Aid “Yntymak”": the body's kind, then its name
		}
		ok, conj := true, false
		named := list[0].i
		if named > 0 && isOpenQuote(s.ts[named-1].w) {
			// "the Centre for Legal Aid “Yntymak”": the body's kind, then its name
			named--
			for named > m.j && (s.ts[named-1].capWord() || (s.low(named-1) == "for" || s.low(named-1) == "of") && named-1 > m.j && s.ts[named-2].capWord()) {
				named--
			}
		}
		for k := m.j; k < named; k++ {
			t := s.ts[k]
			switch {
			case t.low == "and" || t.w == "," || t.low == "with" || t.low == "together":
				conj = true
			case determiners[t.low] || orgDescriptors[t.low] || nationalities[t.low] || t.low == "public" || t.low == "law" || isOpenQuote(t.w) || isCloseQuote(t.w) || t.w == "(" || t.w == ")" || t.caps:
			case (t.word && !t.up || t.w == "’s" || t.w == "'s") && (descriptorAhead(s.ts, k+1) || (s.low(k+1) == "’s" || s.low(k+1) == "'s") && descriptorAhead(s.ts, k+2)):
				// "the women's group", "the youth initiative"
			default:
				if s.kindAt(k, rightsgraph.KindPlace) == nil {
					ok = false
				}
			}
		}
		if !ok || !conj {
			break
		}
		list = append([]*mention{m}, list...)
	}
	return list
}

var auxVerbs = wordSet(`had has have was were is are would could should will can did does do may might must
remain remains remained became become becomes had been led leads lead made make makes meant means`)

// thatTopic reads the topic of "X said that <topic> had …": the subject of
// the reported clause, when it is a noun phrase of two words or more.
func (d *drafter) thatTopic(s *sent, v int) (int, int) {
	k := v + 1
	if t := addresseeThat(s, v); t > 0 {
		k = t // "reminded the audience that …"
	}
	if s.low(k) != "that" {
		return -1, -1
	}
	k++
	a := k
	for k < len(s.ts) && s.ts[k].word && !auxVerbs[s.low(k)] && k-a < 14 {
		if w := s.low(k); w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" || w == "you" || w == "there" || w == "this" && k == a {
			return -1, -1
		}
		k++
	}
	if k < len(s.ts) && auxVerbs[s.low(k)] && k-a >= 2 {
		return a, k
	}
	// No auxiliary ends the subject ("that in Samara judges routinely
	// refuse to let defence lawyers call experts"): the clause itself,
	// without a leading place or time, is what the speaker raised.
	k = a
	if prepositions[s.low(k)] {
		for k < len(s.ts) && k < a+5 && s.ts[k].w != "," && (prepositions[s.low(k)] || s.ts[k].up || s.ts[k].digit || determiners[s.low(k)]) {
			k++
		}
		if s.low(k) == "," {
			k++
		}
	}
	end := s.clauseEnd(k, true)
	if end > k+12 {
		end = k + 12
	}
	for x := k; x < end; x++ {
		if w := s.low(x); w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" || w == "you" || w == "there" || isOpenQuote(w) {
			return -1, -1 // a pronoun's clause, or the speaker's own words
		}
	}
	if end-k < 3 || k > 0 && isOpenQuote(s.ts[k-1].w) {
		return -1, -1
	}
	return k, end
}

// reportedClause raises what a speaker's reported words are about: the
// clause around "X said" that is not the speaker's name.
func (d *drafter) reportedClause(s *sent, p *mention, v int, congress *ent) {
	ts := s.ts
	var a, b int
	switch {
	case p.i > 1 && ts[p.i-1].w == "," && (v+1 >= len(ts) || ts[v+1].w == "." || ts[v+1].w == ",") && !(p.j < v && ts[p.j].w == ","):
		// but not "The director of Y, X, spoke.": an apposition, no reported words
		if v+1 < len(ts) && ts[v+1].w == "," {
			a, b = v+2, s.clauseEnd(v+2, false) // "Most of them, X reported, have …"
			x := 0
			for x < p.i-1 && determiners[s.low(x)] {
				x++
			}
			if b > a {
				a = x
			}
		} else {
			a, b = 0, p.i-1 // "…, X said."
		}
	case v+1 < len(ts) && ts[v] == ts[v] && p.i == v+1 && v > 1 && ts[v-1].w == ",":
		a, b = 0, v-1 // "…, said X"
	default:
		return
	}
	for a < b && (isOpenQuote(ts[a].w) || !ts[a].word) {
		a++
	}
	for b > a && (isCloseQuote(ts[b-1].w) || !ts[b-1].word) {
		b--
	}
	if b-a < 3 || b-a > 30 {
		return
	}
	for k := a; k < b; k++ {
		if isOpenQuote(ts[k].w) && ts[k].w != "‘" && ts[k].w != "'" {
			return // a direct quotation: its words are the speaker's, not a topic
		}
		if w := ts[k].low; w == "i" || w == "we" || w == "you" {
			return
		}
	}
	if issue := d.issueFrom(s, a, b); issue != nil {
		d.add(s, rightsgraph.RelRaised, p.ent, issue, "", congress, 0.4, "reported-clause", 0, len(ts))
	}
}

// investigated finds who monitored, documented or investigated what.
func (d *drafter) investigated(s *sent) {
	ts := s.ts
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		k := v + 1
		switch {
		case s.low(v+1) == "by":
			continue
		case investigateVerbs[w] || w == "found" && s.low(v+1) == "that":
		case (w == "observed" || w == "interviewed" || w == "counted" || w == "measured" || w == "visited") && !prepositions[s.low(v+1)] && s.low(v+1) != "that" && s.ts[min(v+1, len(ts)-1)].word:
			// "Dubovik-Lis observed the trial of X", "Zuyev counted 37 searches"
		case w == "followed" && trialAhead(s, v+1):
			// "followed the special proceedings against …", not "followed the sessions"
		case (w == "carried" || w == "conducted") && (s.low(v+1) == "out" || w == "conducted") && inquiryAhead(s, v+1):
			// "the Service had carried out eleven inspections in Chiatura"
			if w == "carried" {
				k++
			}
		default:
			continue
		}
		subjs, start := d.subjectsOf(s, v)
		if subjs == nil {
			// "We documented …" in a report its publisher writes
			w := v - 1
			for w > 0 && (adverbs[s.low(w)] || auxVerbs[s.low(w)]) {
				w--
			}
			if p := d.publisher(); p != nil && w >= 0 && s.low(w) == "we" {
				subjs, start = []*mention{{ent: p}}, w
			} else {
				continue
			}
		} else if w == "visited" {
			continue // "X visited Vilnius": only a monitor's own "we visited" is a visit of inspection
		}
		end := s.clauseEnd(k, true)
		if s.low(k) == "that" {
			// "Drozdov found that one prisoner … had been placed"
			k, end = k+1, s.clauseEnd(k+1, false)
		}
		if end-k > 20 {
			end = k + 20
		}
		issue := d.issueFrom(s, k, end)
		if issue == nil {
			continue
		}
		for _, m := range subjs {
			d.add(s, rightsgraph.RelInvestigated, m.ent, issue, "", nil, 0.65, "x-"+ts[v].low, start, max(end, v+1))
		}
	}
}

// trialWords are what a court watcher follows.
var trialWords = wordSet(`trial trials proceedings hearing hearings case cases appeal appeals`)

// inquiryWords are what a monitor carries out.
var inquiryWords = wordSet(`inspection inspections interviews interview monitoring visits visit survey surveys checks
check study studies research investigation investigations audit audits`)

// trialAhead says whether a trial or proceedings are named within five words from k.
func trialAhead(s *sent, k int) bool {
	for x := k; x < len(s.ts) && x < k+5 && s.ts[x].word; x++ {
		if trialWords[s.low(x)] {
			return true
		}
	}
	return false
}

// inquiryAhead says whether an inspection, survey or the like is named
// within four words from k.
func inquiryAhead(s *sent, k int) bool {
	for x := k; x < len(s.ts) && x < k+4 && s.ts[x].word; x++ {
		if inquiryWords[s.low(x)] {
			return true
		}
	}
	return false
}

// sessionNouns are the parts of an event a participant gives or leads.
var sessionNouns = wordSet(`workshop masterclass master-class training session lecture seminar course class talk`)

// gaveSession reads "A, B and C held a workshop on X", "X taught a two-day
// course on Y": the persons spoke at the event and raised its subject.
func (d *drafter) gaveSession(s *sent) {
	ts := s.ts
	for v := 1; v+3 < len(ts); v++ {
		switch s.low(v) {
		case "held", "gave", "led", "ran", "conducted", "taught", "delivered":
		default:
			continue
		}
		k := v + 1
		for k < len(ts) && k < v+5 && !sessionNouns[s.low(k)] {
			if !ts[k].word || ts[k].up {
				k = len(ts)
			}
			k++
		}
		if k+2 >= len(ts) || !sessionNouns[s.low(k)] || s.low(k+1) != "on" && s.low(k+1) != "about" {
			continue
		}
		subjs, start := d.subjectsOf(s, v)
		congress, named := d.congressOf(s)
		end := s.clauseEnd(k+2, true)
		for _, p := range subjs {
			if p.ent.kind != rightsgraph.KindPerson {
				continue
			}
			if congress != nil {
				d.add(s, rightsgraph.RelSpokeAt, p.ent, congress, "", nil, confIf(named, 0.75, 0.65), "x-gave-session", start, end)
			}
			if issue := d.issueFrom(s, k+2, end); issue != nil {
				d.add(s, rightsgraph.RelRaised, p.ent, issue, "", congress, 0.6, "x-gave-session-on", start, end)
			}
		}
	}
}

// inTheView reads "X, in the Centre’s view, amount to torture" and "X, in
// our view, make …": the organisation, or the report's publisher, raised X.
func (d *drafter) inTheView(s *sent) {
	ts := s.ts
	for k := 1; k+3 < len(ts); k++ {
		if s.low(k) != "in" || ts[k-1].w != "," {
			continue
		}
		var who *ent
		end := -1
		switch {
		case s.low(k+1) == "our" && (s.low(k+2) == "view" || s.low(k+2) == "opinion"):
			who, end = d.publisher(), k+3
		default:
			if o := s.orgAfter(k + 1); o != nil && (s.low(o.j) == "’s" || s.low(o.j) == "'s") && (s.low(o.j+1) == "view" || s.low(o.j+1) == "opinion") {
				who, end = o.ent, o.j+2
			}
		}
		if who == nil || s.low(end) != "," {
			continue
		}
		if issue := d.issueFrom(s, 0, k-1); issue != nil {
			d.add(s, rightsgraph.RelRaised, who, issue, "", nil, 0.55, "in-ys-view", 0, len(ts))
		}
	}
}

// publisher returns the organisation the header says published the report.
func (d *drafter) publisher() *ent {
	if d.pub != nil && !d.pub.dropped {
		return d.pub // the header, which names it, comes first
	}
	for _, r := range d.rels {
		if r.t == rightsgraph.RelPublished && !r.from.dropped {
			d.pub = r.from
			return r.from
		}
	}
	return nil
}

var speechNouns = wordSet(`speech address talk presentation report statement lecture remarks paper message greeting greetings`)

func confIf(b bool, yes, no float64) float64 {
	if b {
		return yes
	}
	return no
}

// subjectOf finds the person or organisation that is the subject of the
// verb at v, and where its clause starts.
func (d *drafter) subjectOf(s *sent, v int) (*mention, int) {
	ts := s.ts
	var best *mention
	for _, m := range s.ms {
		if m.j > v {
			break
		}
		if m.ent == nil || m.ent.kind != rightsgraph.KindPerson && m.ent.kind != rightsgraph.KindOrganisation {
			continue
		}
		if m.i > 0 && ts[m.i-1].low == "by" {
			continue // "moderated by X, dealt with": X is not the subject
		}
		// Between subject and verb: nothing, an auxiliary or adverb, or an
		// apposition closed by a comma.
		gap := ts[m.j:v]
		for len(gap) > 0 && (isCloseQuote(gap[0].w) || gap[0].w == ")") {
			gap = gap[1:]
		}
		if len(gap) > 0 && gap[0].w == "," && s.inRelativeClause(m.i) {
			continue // "the network, which includes A and B, has documented …": not A or B
		}
		if okGap(gap) || len(gap) == 1 && gap[0].w == "," && m.i > 0 && (ts[m.i-1].w == "," || m.i > 1 && ts[m.i-1].low == "them" && ts[m.i-2].low == "among") {
			best = m
		}
	}
	if best == nil {
		return nil, 0
	}
	if best.ent.kind == rightsgraph.KindOrganisation {
		// "Nino Gelovani (CSDC) said", "A and B (both of the CSDC) said":
		// the person before the parenthesis speaks.
		open := -1
		for k := best.i - 1; k >= 0 && k >= best.i-6; k-- {
			if ts[k].w == ")" || ts[k].w == "." || ts[k].w == ";" {
				break
			}
			if ts[k].w == "(" {
				open = k
				break
			}
		}
		for _, m := range s.ms {
			if open > 0 && m.j == open && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
				best = m
			}
		}
	}
	if best.ent.kind == rightsgraph.KindOrganisation {
		// "Marina Bogomolova from the Kursk branch of the CDN said": the person speaks.
		for _, m := range s.ms {
			if m.i >= best.i || m.ent == nil || m.ent.kind != rightsgraph.KindPerson {
				continue
			}
			if g := ts[m.j:v]; len(g) > 0 && (g[0].low == "of" || g[0].low == "from") && okGap(trimQuotes(g)) {
				best = m
			}
		}
	}
	// A subject inside an apposition of another ("X, director of Y, spoke"): the first.
	start := best.i
	for k := best.i - 1; k >= 0; k-- {
		if ts[k].w == "," || ts[k].w == ";" || ts[k].w == "." {
			break
		}
		start = k
	}
	for _, m := range s.ms {
		if m.i < best.i && m.ent != nil && m.ent.kind == rightsgraph.KindPerson && best.ent.kind == rightsgraph.KindOrganisation {
			if m.j < len(ts) && ts[m.j].w == "," && okGap(ts[m.j:v]) {
				best, start = m, m.i
				break
			}
		}
	}
	if best.ent.kind == rightsgraph.KindOrganisation && start < best.i {
		// "director of the Public Verdict Foundation spoke": the organisation is not the speaker.
		for k := start; k < best.i; k++ {
			inName := slices.ContainsFunc(s.ms, func(m *mention) bool { return m.ent != nil && m.i <= k && k < m.j }) // "Union of Journalists"
			if (leadRoles[ts[k].low] || memberRoles[ts[k].low]) && !inName {
				return nil, 0
			}
		}
	}
	return best, start
}

// inRelativeClause says whether token i lies in a relative clause opened
// after a comma a few words before: ", which includes A and B".
func (s *sent) inRelativeClause(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch s.ts[k].low {
		case "which", "whose":
			return s.ts[k-1].w == ","
		case ".", ";":
			return false
		}
	}
	return false
}

var adverbs = wordSet(`will would plans plan intends intend also then later further again briefly first finally particularly especially
specifically repeatedly openly strongly sharply had has have was were is notably recently jointly together`)

func trimQuotes(g []tok) []tok {
	out := make([]tok, 0, len(g))
	for _, t := range g {
		if !isCloseQuote(t.w) && !isOpenQuote(t.w) {
			out = append(out, t)
		}
	}
	return out
}

func okGap(gap []tok) bool {
	if len(gap) == 0 {
		return true
	}
	if len(gap) <= 2 {
		ok := true
		for _, t := range gap {
			if !adverbs[t.low] && t.low != "to" { // "intend to hold"
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	// "the Bir Duino human rights movement hosted": descriptors between.
	desc := true
	for _, t := range gap {
		if !t.word || t.up || !(orgDescriptors[t.low] || t.low == "human" || t.low == "rights" || t.low == "civic" || t.low == "public" || t.low == "independent" || t.low == "non-governmental" || t.low == "local" || t.low == "regional") {
			desc = false
			break
		}
	}
	if desc {
		return true
	}
	// "X of the movement “Y” spoke": a membership between.
	if (gap[0].low == "of" || gap[0].low == "from") && len(gap) <= 14 {
		if gap[len(gap)-1].w == "," {
			gap = gap[:len(gap)-1]
		}
		for x := 0; x < len(gap); x++ {
			t := gap[x]
			if t.w == "(" && x+2 < len(gap) && x > 1 && gap[x+1].up {
				// "of the initiative “Siostry” (Sisters)": past the translation
				y := x + 1
				for y < len(gap) && y <= x+5 && gap[y].w != ")" && gap[y].word {
					y++
				}
				if y < len(gap) && gap[y].w == ")" {
					x = y
					continue
				}
			}
			if t.w == "," || t.w == "." || t.w == ";" || t.w == "(" || speechVerbs[t.low] || auxVerbs[t.low] {
				return false
			}
		}
		return true
	}
	// "A and B, who described …": the relative clause says what they said.
	if len(gap) == 2 && gap[0].w == "," && gap[1].low == "who" {
		return true
	}
	// "— A and B — spoke": the dash closing a list the dash opened.
	if len(gap) == 1 && (gap[0].w == "—" || gap[0].w == "–") {
		return true
	}
	// An apposition: ", … ," with no verb of its own and no full stop.
	if gap[0].w != "," && gap[0].w != "(" && gap[0].w != "–" || len(gap) > 30 {
		return false
	}
	if len(gap) < 2 {
		return false
	}
	last := gap[len(gap)-1]
	closer := last.w == "," || last.w == ")" || last.w == "–" || last.w == "—"
	if !closer {
		// "X, who chaired the congress, emphasised": the comma may come
		// before adverbs.
		n := len(gap) - 1
		for n > 0 && adverbs[gap[n].low] {
			n--
		}
		if gap[n].w != "," {
			return false
		}
	}
	for _, t := range gap[1 : len(gap)-1] {
		if t.w == "." || t.w == ";" || t.low == "said" || t.low == "and" && false {
			return false
		}
	}
	return true
}

// topic finds the object of a speech verb at v: the words after it (and its
// preposition) up to the end of the clause. It returns -1 when the verb
// takes no topic.
func (d *drafter) topic(s *sent, v int) (int, int) {
	preps, ok := topicVerbs[s.ts[v].low]
	if !ok {
		return -1, -1
	}
	k := v + 1
	for k < len(s.ts) && (adverbs[s.low(k)] || s.low(k) == "at" && s.low(k+1) == "length" || s.low(k) == "length" && s.low(k-1) == "at") {
		k++
	}
	// "called on the authorities to release …", "urged colleagues to read
	// …": the topic is the object of what they are asked to do.
	if w := s.ts[v].low; w == "called" || w == "calls" || w == "urged" || w == "urges" || w == "appealed" || w == "appeals" {
		x := k
		if s.low(x) == "on" || s.low(x) == "upon" || w == "appealed" && s.low(x) == "to" {
			x++
		}
		for y := x; y < len(s.ts) && y <= x+8; y++ {
			if s.low(y) == "to" && y > x && s.ts[y-1].word {
				if z := y + 2; z < len(s.ts) && s.ts[y+1].word && !s.ts[y+1].up && demandRoles[s.low(y+1)] {
					end := s.clauseEnd(z, true)
					if end-z > 25 {
						end = z + 25
					}
					if end > z {
						return z, end
					}
				}
				break
			}
			if !s.ts[y].word {
				break
			}
		}
	}
	if w := s.ts[v].low; w == "opened" || w == "closed" {
		// "opened the round table with an account of …"
		x := k
		for x < len(s.ts) && x < k+8 && s.low(x) != "with" && s.ts[x].w != "," && s.ts[x].w != "." {
			x++
		}
		if s.low(x) == "with" && x > k {
			k, preps = x+1, []string{"a report on", "a report about", "an account of", "a presentation on", "a presentation of", "a speech on", "a speech about", "an overview of", "a review of", "a reminder of", "a talk on"}
		} else {
			return -1, -1
		}
	}
	found := false
	for _, p := range preps {
		if p == "" {
			found = true
			break
		}
		ws := strings.Fields(p)
		okp := true
		for n, w := range ws {
			if s.low(k+n) != w {
				okp = false
			}
		}
		if okp {
			k += len(ws)
			found = true
			break
		}
	}
	if !found || k >= len(s.ts) {
		return -1, -1
	}
	if s.low(k) == "that" || isOpenQuote(s.ts[k].w) || s.low(k) == "how" || s.low(k) == "it" || s.low(k) == "this" && !s.ts[k+1].word {
		return -1, -1
	}
	if s.ts[v].low == "returned" && (s.ts[k].up || !determiners[s.low(k)] || s.kindAt(k+1, rightsgraph.KindPlace) != nil) {
		return -1, -1 // "returned to Kazan", "returned to work": no topic
	}
	end := s.clauseEnd(k, true)
	if end-k > 25 {
		end = k + 25
	}
	if end <= k {
		return -1, -1
	}
	return k, end
}

// issueFrom makes an issue of tokens [a, b): a short noun phrase from the
// text, lower case except for names.
func (d *drafter) issueFrom(s *sent, a, b int) *ent {
	for a < b && determiners[s.low(a)] {
		a++
	}
	for k := a + 1; k < b; k++ {
		if w := s.low(k); (w == "that" || w == "which" || w == "who" || w == "whom" || w == "whose" || w == "where" || w == "when") && k > a+1 || s.ts[k].w == "(" {
			b = k
			break
		}
	}
	for b > a && (!s.ts[b-1].word || connectors[s.low(b-1)] || determiners[s.low(b-1)]) {
		b--
	}
	if a >= b {
		return nil
	}
	// An issue that is only a name is not an issue of its own.
	for _, m := range s.ms {
		if m.i == a && m.j >= b && m.ent != nil {
			return nil
		}
	}
	name := d.text[s.ts[a].s:s.ts[b-1].e]
	if !s.ts[a].up || s.at[a] == nil && !s.ts[a].caps {
		name = lowerFirst(name, s.ts[a])
	}
	if strings.Count(name, "“")+strings.Count(name, "”") == 1 {
		name = strings.NewReplacer("“", "", "”", "").Replace(name)
	}
	if rightsgraph.Normalize(name) == "" {
		return nil
	}
	e := d.byName[key(rightsgraph.KindIssue, name)]
	if e == nil {
		e = d.newEnt(rightsgraph.KindIssue, name, 0.6, "topic-of-verb")
	}
	e.mentions = append(e.mentions, [2]int{s.ts[a].s, s.ts[b-1].e})
	// "torture in the colonies of Mordovia" concerns Mordovia; "the case
	// of Oleg Kim" concerns Oleg Kim.
	for _, m := range s.ms {
		if m.i >= a && m.j <= b && m.ent != nil && m.ent != e {
			switch m.ent.kind {
			case rightsgraph.KindPerson, rightsgraph.KindOrganisation, rightsgraph.KindPlace, rightsgraph.KindLaw:
				d.add(s, rightsgraph.RelConcerns, e, m.ent, "", nil, 0.6, "issue-names-x", a, b)
			}
		}
	}
	return e
}

func lowerFirst(name string, t tok) string {
	if t.up && !t.caps {
		return strings.ToLower(name[:len(t.w)]) + name[len(t.w):]
	}
	return name
}

// accordingTo reads "According to X (of Y), <topic> remains …", in which X
// speaks of the subject of the clause, and "Speaking about <topic>, X said
// …", in which X raises the topic.
func (d *drafter) accordingTo(s *sent) {
	ts := s.ts
	for k := 0; k+2 < len(ts); k++ {
		lead := s.low(k) == "according" && s.low(k+1) == "to"
		opener := (s.low(k) == "speaking" || s.low(k) == "talking" || s.low(k) == "referring") && (k == 0 || !ts[k-1].word)
		if !lead && !opener {
			continue
		}
		if lead {
			p := s.kindAt(k+2, rightsgraph.KindPerson)
			if p == nil {
				// "According to the Centre, at least 1,400 people …": an
				// organisation's finding is a matter it raised.
				if o := s.orgAfter(k + 2); o != nil && s.low(o.j) == "," {
					a := o.j + 1
					if e := s.clauseEnd(a, true); e-a >= 3 {
						if issue := d.issueFrom(s, a, e); issue != nil {
							congress, _ := d.congressOf(s)
							d.add(s, rightsgraph.RelRaised, o.ent, issue, "", congress, 0.5, "according-to-y", 0, len(ts))
						}
					}
				}
				continue
			}
			// the end of X's apposition: the comma that closes it
			c := p.j
			if _, _, _, role := s.rolePhrase(c + 1); c+1 < len(ts) && ts[c].w == "," && role {
				c++ // "According to X, a lawyer with Y, the courts …": past the apposition
			}
			for c < len(ts) && ts[c].w != "," {
				if ts[c].w == "." || ts[c].w == ";" || speechVerbs[ts[c].low] {
					c = len(ts)
				}
				c++
			}
			if c >= len(ts) {
				continue
			}
			congress, named := d.congressOf(s)
			if congress != nil {
				d.add(s, rightsgraph.RelSpokeAt, p.ent, congress, "", nil, confIf(named, 0.75, 0.65), "according-to-x", 0, len(ts))
			}
			a := c + 1
			for a < len(ts) && (determiners[s.low(a)] || adverbs[s.low(a)]) {
				a++
			}
			e := a
			for e < len(ts) && ts[e].word && !auxVerbs[s.low(e)] && !speechVerbs[s.low(e)] && e-a < 12 {
				e++
			}
			if e < len(ts) && e-a >= 2 && (ts[e].word || e-a >= 4) {
				if issue := d.issueFrom(s, a, e); issue != nil {
					d.add(s, rightsgraph.RelRaised, p.ent, issue, "", congress, 0.5, "according-to-x", 0, len(ts))
				}
			}
			continue
		}
		a, b := d.topic(s, k)
		if a < 0 || b >= len(ts) || ts[b].w != "," {
			continue
		}
		// the speaker: the first person after the comma, before a speech verb
		for _, m := range s.ms {
			if m.i <= b || m.ent == nil || m.ent.kind != rightsgraph.KindPerson {
				continue
			}
			for v := m.j; v < len(ts) && v < m.j+15; v++ {
				if speechVerbs[s.low(v)] && !ts[v].up {
					if issue := d.issueFrom(s, a, b); issue != nil {
						congress, _ := d.congressOf(s)
						d.add(s, rightsgraph.RelRaised, m.ent, issue, "", congress, 0.6, "speaking-of-t-x", 0, len(ts))
					}
					break
				}
			}
			break
		}
	}
}

// listStops open a clause after a comma, not another item of a list.
var listStops = wordSet(`which who whom whose where when while including in on at since because as saying adding
noting stressing arguing calling pointing so such although though but if whether after before during until
according particularly especially notably mainly`)

// topicItems splits the topic of a speech verb, tokens [a, b), into the
// issues it lists: "torture, ill-treatment and the lack of medical care",
// "the abduction of activists and the forced returns of refugees". A
// single noun phrase ("the rights of women and children") stays whole: an
// "and" splits only after a comma-separated item or before a determiner.
func (s *sent) topicItems(a, b int) [][2]int {
	if a < 0 || b <= a {
		return [][2]int{{a, b}}
	}
	// the topic may run past a comma when a list follows
	end := s.clauseEnd(a, false)
	if end > a+30 {
		end = a + 30
	}
	commaList := false
	for k := b; k < end; k++ {
		if s.ts[k].w == "," && (listStops[s.low(k+1)] || s.low(k+1) == "a" || s.low(k+1) == "an") {
			end = k // a clause or an apposition, not an item
			break
		}
		if nx := s.low(k + 1); s.low(k) == "and" && k > b && !auxVerbs[nx] && !adverbs[nx] && !strings.HasSuffix(nx, "ed") {
			commaList = true
		}
	}
	if !commaList {
		end = b
	}
	var items [][2]int
	start := a
	depth := 0
	for k := a; k < end; k++ {
		t := s.ts[k]
		switch {
		case t.w == "(" || t.w == "[":
			depth++
		case t.w == ")" || t.w == "]":
			depth--
		case depth > 0:
		case t.w == "," && commaList && k+1 < end && s.ts[k+1].s > t.e: // not "1,200"
			items = append(items, [2]int{start, k})
			start = k + 1
			if s.low(start) == "and" {
				start++
			}
		case t.low == "and" && k > start && (commaList && len(items) > 0 || determiners[s.low(k+1)] && s.low(k+1) != "that" && s.low(k+1) != "this" || s.low(k+1) == "to" && demandRoles[s.low(k+2)]):
			items = append(items, [2]int{start, k})
			start = k + 1
		case t.low == "as" && s.low(k+1) == "well" && s.low(k+2) == "as":
			items = append(items, [2]int{start, k})
			start = k + 3
			k += 2
		}
	}
	if start < end {
		items = append(items, [2]int{start, end})
	}
	var out [][2]int
	for _, it := range items {
		if it[1]-it[0] >= 1 && it[1]-it[0] <= 15 && s.ts[it[0]].word {
			out = append(out, it)
		}
	}
	if len(out) == 0 {
		return [][2]int{{a, b}}
	}
	return out
}

// addressees are whom a speaker tells something: "told the participants
// that", "reminded the audience that".
var addressees = wordSet(`participants audience us journalists delegates those present attendees listeners forum conference
round table meeting colleagues`)

// addresseeThat returns the "that" after a speech verb at v and the
// people it addresses ("reminded the audience that"), or -1.
func addresseeThat(s *sent, v int) int {
	k := v + 1
	if s.low(k) == "the" {
		k++
	}
	n := 0
	for k < len(s.ts) && n < 2 && addressees[s.low(k)] {
		k++
		n++
	}
	if n == 0 || s.low(k) != "that" {
		return -1
	}
	return k
}
