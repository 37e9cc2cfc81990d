package extract

import (
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
		if e.kind == rightsgraph.KindCongress && !e.dropped {
			return e, false
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
		for _, subj := range subjs {
			if subj.ent.kind == rightsgraph.KindPerson && congress != nil {
				d.add(s, rightsgraph.RelSpokeAt, subj.ent, congress, "", nil, confIf(named, 0.85, 0.75), "x-"+w, start, end)
			}
			if objStart >= 0 && objEnd > objStart {
				if issue := d.issueFrom(s, objStart, objEnd); issue != nil {
					conf := 0.7
					if rule != "x-"+w+"-topic" {
						conf = 0.5
					}
					d.add(s, rightsgraph.RelRaised, subj.ent, issue, "", congress, conf, rule, start, end)
				}
			}
		}
	}
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
		by := i >= 2 && ts[i-1].low == "by" && (speechNouns[ts[i-2].low] || ts[i-2].low == "read")
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
					if list := s.personList(mi); len(list) > 1 {
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
		if m.ent.kind != rightsgraph.KindOrganisation {
			break
		}
		ok, conj := true, false
		for k := m.j; k < list[0].i; k++ {
			t := s.ts[k]
			switch {
			case t.low == "and" || t.w == "," || t.low == "with" || t.low == "together":
				conj = true
			case determiners[t.low] || orgDescriptors[t.low] || nationalities[t.low] || t.low == "public" || t.low == "law" || isOpenQuote(t.w) || isCloseQuote(t.w) || t.w == "(" || t.w == ")" || t.caps:
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
	if k >= len(s.ts) || !auxVerbs[s.low(k)] || k-a < 2 {
		return -1, -1
	}
	return a, k
}

// reportedClause raises what a speaker's reported words are about: the
// clause around "X said" that is not the speaker's name.
func (d *drafter) reportedClause(s *sent, p *mention, v int, congress *ent) {
	ts := s.ts
	var a, b int
	switch {
	case p.i > 1 && ts[p.i-1].w == "," && (v+1 >= len(ts) || ts[v+1].w == "." || ts[v+1].w == ","):
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
		if !(investigateVerbs[ts[v].low] || ts[v].low == "found" && s.low(v+1) == "that") || s.low(v+1) == "by" {
			continue
		}
		subjs, start := d.subjectsOf(s, v)
		if subjs == nil {
			continue
		}
		k := v + 1
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
		if okGap(gap) || len(gap) == 1 && gap[0].w == "," && m.i > 0 && ts[m.i-1].w == "," {
			best = m
		}
	}
	if best == nil {
		return nil, 0
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
			if leadRoles[ts[k].low] || memberRoles[ts[k].low] {
				return nil, 0
			}
		}
	}
	return best, start
}

var adverbs = wordSet(`will would plans plan intends intend intend to also then later further again briefly first finally particularly especially
specifically repeatedly openly strongly sharply had has have was were is then, in turn, notably recently`)

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
			if !adverbs[t.low] {
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
		for _, t := range gap {
			if t.w == "," || t.w == "." || t.w == ";" || t.w == "(" || speechVerbs[t.low] || auxVerbs[t.low] {
				return false
			}
		}
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

// raiseFromQuote: a speaker's quoted words raise nothing the drafter can
// name safely; only the speech is recorded.
func (d *drafter) raiseFromQuote(s *sent, p *mention, congress *ent) {}

// eventRelations finds who organised and chaired events, who attended,
// what they discussed and where they took place.
func (d *drafter) eventRelations(s *sent) {
	ts := s.ts
	congress, named := d.congressOf(s)
	if congress == nil {
		return
	}
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		switch {
		case organiseVerbs[w] && s.low(v+1) == "by" && w != "held" && w != "hold":
			// "called by the Human Rights Council of Russia (and Y)"
			for k := v + 2; k < len(ts) && k <= v+30; k++ {
				if ts[k].w == "." || ts[k].w == ";" {
					break
				}
				if m := s.kindAt(k, rightsgraph.KindOrganisation, rightsgraph.KindPerson); m != nil {
					role := ""
					if w == "called" || w == "convened" {
						role = "convener"
					}
					a := v
					for a > 0 && !(s.at[a] != nil && s.at[a].ent == congress) && v-a < 12 && ts[a-1].w != "." {
						a--
					}
					d.add(s, rightsgraph.RelOrganised, m.ent, congress, role, nil, confIf(named, 0.85, 0.7), "organised-by-y", a, m.j)
					k = m.j - 1
					n := m.j
					if s.low(n) == "(" {
						for n < len(ts) && ts[n].w != ")" {
							n++
						}
						n++
					}
					if !(s.low(n) == "and" || s.low(n) == "together" || s.low(n) == "jointly" || s.low(n) == "with" || s.low(n) == "," && (s.kindAt(n+1, rightsgraph.KindOrganisation) != nil || s.low(n+1) == "and")) {
						break
					}
					k = n
				}
			}
			if w == "called" && s.low(v+1) != "by" {
				continue
			}
		case organiseVerbs[w] && w != "called" && v > 0:
			// "Memorial organised the round table", "X and Y held a side event"
			held := w == "held" || w == "hold" || w == "holds" || w == "hosts"
			target := congress
			if held {
				target = nil
				for k := v + 1; k < len(ts) && k <= v+6; k++ {
					if m := s.kindAt(k, rightsgraph.KindCongress); m != nil {
						target = m.ent
						break
					}
				}
			}
			if target == nil || s.low(v+1) == "by" || s.low(v+1) == "in" {
				continue
			}
			subjs, start := d.subjectsOf(s, v)
			if subjs == nil {
				// "The organisers intend to hold the third forum": every organiser named
				for k := max(0, v-4); k < v; k++ {
					if s.low(k) == "organisers" || s.low(k) == "organizers" {
						for _, r := range d.rels {
							if r.t == rightsgraph.RelOrganised && r.to == congress && r.from.kind == rightsgraph.KindOrganisation {
								subjs = append(subjs, &mention{ent: r.from})
							}
						}
						start = k
						break
					}
				}
			}
			if subjs != nil {
				end := s.clauseEnd(v, true)
				role := ""
				if target != congress || s.low(v-1) == "will" || s.low(v-2) == "will" {
					role = "planned"
				}
				for _, subj := range subjs {
					d.add(s, rightsgraph.RelOrganised, subj.ent, target, role, nil, confIf(named, 0.8, 0.65), "x-organised", start, end)
				}
			}
		case w == "chaired" || w == "moderated" || w == "presided" || w == "facilitated":
			if s.low(v+1) == "by" {
				if p := s.kindAt(v+2, rightsgraph.KindPerson); p != nil {
					d.add(s, rightsgraph.RelChaired, p.ent, congress, moderator(w), nil, 0.8, "chaired-by-x", max(0, v-6), p.j)
				}
			} else if subj, start := d.subjectOfOrWho(s, v); subj != nil && subj.ent.kind == rightsgraph.KindPerson {
				end := s.clauseEnd(v, true)
				d.add(s, rightsgraph.RelChaired, subj.ent, congress, moderator(w), nil, confIf(named, 0.85, 0.7), "x-chaired", start, end)
			}
		case w == "attended" || w == "participated" || (w == "took" && s.low(v+1) == "part") || w == "joined":
			among := false
			for k := max(0, v-4); k < len(ts) && k < v+6; k++ {
				if ts[k].low == "among" || ts[k].low == "including" {
					among = true
				}
			}
			if among && v >= 2 && (ts[v-1].low == "who" || ts[v-2].low == "who") {
				// "Among those who attended were X, …, and observers from Y"
				for _, m := range s.ms {
					if m.i > v && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
						d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.65, "among-those-who-attended", 0, len(ts))
					}
				}
			}
			for _, m := range s.ms {
				if among && m.i > v && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
					d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.6, "took-part-among", 0, len(ts))
				}
			}
			if subjs, start := d.subjectsOf(s, v); subjs != nil {
				for _, m := range subjs {
					d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.7, "x-took-part", start, s.clauseEnd(v, false))
				}
			} else if v >= 2 && (s.low(v-1) == "also" || s.low(v-1) == "but") {
				// "X did not speak but took part": the sentence's first person
				for _, m := range s.ms {
					if m.i < v && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
						d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.55, "x-but-took-part", 0, len(ts))
						break
					}
				}
			}
		case w == "participants" || w == "speakers" && s.low(v+1) != "":
			if s.low(v+1) == "included" || s.low(v+1) == "were" || s.low(v-1) == "among" || s.low(v-2) == "among" {
				for _, m := range s.ms {
					if m.i > v && m.ent != nil && (m.ent.kind == rightsgraph.KindPerson || m.ent.kind == rightsgraph.KindOrganisation) {
						t := rightsgraph.RelAttended
						if w == "speakers" && m.ent.kind == rightsgraph.KindPerson {
							t = rightsgraph.RelSpokeAt
						}
						d.add(s, t, m.ent, congress, "", nil, 0.7, "participants-included", 0, len(ts))
					}
				}
			}
		}
		// "The previous round table of the ICCO": its organiser.
		if m := s.at[v]; m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindCongress && m.rule == "lower-np" {
			for k := m.i; k < m.j; k++ {
				if s.low(k) == "of" || s.low(k) == "by" {
					if o := s.orgAfter(k + 1); o != nil && o.j <= m.j+1 {
						d.add(s, rightsgraph.RelOrganised, o.ent, m.ent, "", nil, 0.6, "event-of-org", m.i, o.j)
					}
					break
				}
			}
		}
		// What the event discussed: "the Congress discussed X", "panels on X, Y and Z".
		if discussVerbs[w] != nil || ((w == "panels" || w == "panel" || w == "sessions" || w == "session" || w == "groups" || w == "discussions" || w == "discussion" || w == "sections" || w == "section" || w == "topics") && (s.low(v+1) == "on" || s.low(v+1) == "about" || s.low(v+1) == "covering" || s.low(v+1) == "devoted" || s.low(v+1) == "dedicated" || s.low(v+1) == ":" && (s.low(v+2) == "on" || s.low(v+2) == "about"))) {
			d.discussed(s, v, congress, named)
		}
	}
}

func moderator(w string) string {
	if w == "moderated" || w == "facilitated" {
		return "moderator"
	}
	return ""
}

// subjectOfOrWho finds the subject of a verb, also through "X, who chaired".
func (d *drafter) subjectOfOrWho(s *sent, v int) (*mention, int) {
	if v >= 1 && s.low(v-1) == "who" {
		for k := len(s.ms) - 1; k >= 0; k-- {
			m := s.ms[k]
			if m.j <= v-1 && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
				return m, m.i
			}
		}
	}
	return d.subjectOf(s, v)
}

// discussed reads what an event discussed, at the verb or noun v.
func (d *drafter) discussed(s *sent, v int, congress *ent, named bool) {
	ts := s.ts
	w := ts[v].low
	// The subject must be the event, its parts or its participants, not one speaker.
	if discussVerbs[w] != nil {
		subj, _ := d.subjectOf(s, v)
		if subj != nil && subj.ent.kind == rightsgraph.KindPerson {
			return
		}
		ok := false
		for k := v - 1; k >= 0 && k >= v-20; k-- {
			t := ts[k].low
			if s.at[k] != nil && s.at[k].ent != nil && s.at[k].ent.kind == rightsgraph.KindCongress {
				congress = s.at[k].ent // the event the sentence is about
				ok = true
				break
			}
			if s.at[k] != nil && s.at[k].ent == congress || congressHeads[t] || t == "participants" || t == "representatives" || t == "gathered" || t == "panel" || t == "panels" || t == "groups" || t == "sessions" || t == "session" || t == "delegates" || t == "attendees" || t == "there" {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	}
	k := v + 1
	preps := discussVerbs[w]
	for _, p := range preps {
		if p != "" && s.low(k) == p {
			k++
		}
	}
	if s.low(k) == ":" {
		k++
	}
	switch s.low(k) {
	case "on", "about", "covering", "of":
		k++
	case "devoted", "dedicated":
		k += 2
	}
	if w == "devoted" || w == "dedicated" {
		// "devoted its first session to the law"
		for x := v + 1; x < len(ts) && x <= v+6; x++ {
			if s.low(x) == "to" {
				k = x + 1
				break
			}
		}
	}
	if w == "covering" && s.low(k) == "issues" && s.low(k+1) == "such" {
		k += 3
	}
	if s.low(k) == "issues" && s.low(k+1) == "such" && s.low(k+2) == "as" {
		k += 3
	}
	if k >= len(ts) || s.low(k) == "that" || s.low(k) == "how" {
		return
	}
	end := s.clauseEnd(k, false)
	for x := k + 1; x < end; x++ {
		if ts[x-1].w == "," && (s.low(x) == "which" || s.low(x) == "who" || s.low(x) == "where") {
			end = x - 1
			break
		}
	}
	for _, it := range splitList(s, k, end) {
		a := it[0]
		for a < it[1] && (determiners[s.low(a)] || s.low(a) == "on" || s.low(a) == "about") {
			a++
		}
		it[0] = a
		if m := s.kindAt(a, rightsgraph.KindLaw); m != nil {
			d.add(s, rightsgraph.RelDiscussed, congress, m.ent, "", nil, 0.6, "event-discussed-law", 0, len(ts))
		} else if issue := d.issueFrom(s, it[0], it[1]); issue != nil {
			d.add(s, rightsgraph.RelDiscussed, congress, issue, "", nil, confIf(named, 0.7, 0.6), "event-discussed-list", 0, len(ts))
		}
	}
}

// splitList splits tokens [a, b) at commas and a final "and" outside
// brackets: "A, B (of C and D), E and F".
func splitList(s *sent, a, b int) [][2]int {
	var items [][2]int
	depth := 0
	start := a
	commas := 0
	for k := a; k < b; k++ {
		if s.ts[k].w == "," && depth == 0 {
			commas++
		}
	}
	for k := a; k < b; k++ {
		t := s.ts[k]
		switch {
		case t.w == "(" || t.w == "[":
			depth++
		case t.w == ")" || t.w == "]":
			depth--
		case depth == 0 && t.w == ",":
			items = append(items, [2]int{start, k})
			start = k + 1
			if s.low(k+1) == "and" {
				start++
			}
		case depth == 0 && t.low == "and" && commas > 0 && k > start:
			items = append(items, [2]int{start, k})
			start = k + 1
		case depth == 0 && t.low == "as" && s.low(k+1) == "well" && s.low(k+2) == "as":
			items = append(items, [2]int{start, k})
			start = k + 3
			k += 2
		}
	}
	if start < b {
		items = append(items, [2]int{start, b})
	}
	// Trim bracketed asides from the end of each item.
	for n, it := range items {
		for k := it[0]; k < it[1]; k++ {
			if s.ts[k].w == "(" {
				items[n][1] = k
				break
			}
		}
	}
	return items
}

// placeRelations finds where events took place and where organisations are based.
func (d *drafter) placeRelations(s *sent) {
	ts := s.ts
	for _, m := range s.ms {
		if m.ent == nil || m.ent.kind != rightsgraph.KindPlace {
			continue
		}
		prev := s.low(m.i - 1)
		// HELD_IN: "took place in X", "held in X", "gathered in X", "the round table in X"
		if prev == "in" || prev == "at" {
			v := s.low(m.i - 2)
			v2 := s.low(m.i - 3)
			future := false
			for _, t := range ts {
				if t.low == "will" || t.low == "plans" || t.low == "planned" || t.low == "next" {
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
			if !future && (v == "place" && v2 == "took" || v == "held" || v == "gathered" || v == "met" || v == "opened" || v == "convened" || v == "organised" || v == "organized" || d.endsCongress(s, m.i-1)) {
				congress, named := d.congressOf(s)
				if congress != nil && (named || v == "place" || v == "held" || v == "gathered") {
					d.add(s, rightsgraph.RelHeldIn, congress, m.ent, "", nil, confIf(named, 0.8, 0.6), "event-in-place", 0, len(ts))
				}
			}
			// BASED_IN: "Memorial in Perm"
			if o := s.mentionEndingAt(m.i-2, rightsgraph.KindOrganisation); o != nil && prev == "in" {
				d.add(s, rightsgraph.RelBasedIn, o.ent, m.ent, "", nil, 0.7, "org-in-place", o.i, m.j)
			}
		}
		if prev == "from" || prev == "of" {
			if o := s.mentionEndingAt(m.i-2, rightsgraph.KindOrganisation); o != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, m.ent, "", nil, 0.6, "org-from-place", o.i, m.j)
			}
		}
		// LOCATED_IN: "Kazan, Tatarstan", "Ekaterinburg (Urals)"
		if m.j+1 < len(ts) && (ts[m.j].w == "," || ts[m.j].w == "(") {
			if p := s.kindAt(m.j+1, rightsgraph.KindPlace); p != nil && !places[strings.ToLower(m.form)] || p != nil && ts[m.j].w == "(" {
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
		for b >= 0 && ts[b].word && !ts[b].up && (orgDescriptors[ts[b].low] || ts[b].low == "law" || ts[b].low == "rights" || ts[b].low == "human" || ts[b].low == "regional" || ts[b].low == "public") {
			b--
		}
		if b >= 0 && b < o.i-1 {
			if p := s.mentionEndingAt(b, rightsgraph.KindPlace); p != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.65, "place-descriptor-org", p.i, o.j)
			}
		}
	}
	// "Kazan-based X"
	for k, t := range ts {
		if t.word && strings.HasSuffix(t.low, "-based") {
			pl := strings.TrimSuffix(t.w, "-based")
			pe := d.byName[key(rightsgraph.KindPlace, pl)]
			if pe == nil && places[strings.ToLower(pl)] {
				pe = d.newEnt(rightsgraph.KindPlace, pl, 0.8, "place-based")
				pe.mentions = append(pe.mentions, [2]int{t.s, t.s + len(pl)})
			}
			if o := s.orgAfter(k + 1); o != nil && pe != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, pe, "", nil, 0.8, "place-based-org", k, o.j)
			}
		}
	}
}

func (d *drafter) endsCongress(s *sent, k int) bool {
	m := s.mentionEndingAt(k-1, rightsgraph.KindCongress)
	return m != nil && !m.generic
}

// documentRelations finds documents events adopted (PASSED) and what they
// demand (ADDRESSES).
func (d *drafter) documentRelations(s *sent) {
	ts := s.ts
	congress, named := d.congressOf(s)
	var doc *mention
	for _, m := range s.ms {
		if m.ent != nil && m.ent.kind == rightsgraph.KindResolution {
			doc = m
			break
		}
	}
	if doc != nil && congress != nil {
		for v := 0; v < len(ts); v++ {
			if passVerbs[ts[v].low] || ts[v].low == "followed" {
				for _, m := range s.ms {
					if m.ent != nil && m.ent.kind == rightsgraph.KindResolution {
						d.add(s, rightsgraph.RelPassed, congress, m.ent, "", nil, confIf(named, 0.8, 0.6), "event-passed-document", 0, len(ts))
					}
				}
				break
			}
		}
		// "a resolution on X": what it addresses.
		if doc.j > doc.i && doc.rule == "lower-np" {
			d.docTopic(s, doc)
		}
	}
	from := (*ent)(nil)
	if doc != nil {
		from = doc.ent
	} else if d.lastRes != nil {
		from = d.lastRes
	}
	if from == nil {
		return
	}
	if ts[len(ts)-1].w == ":" && (doc != nil || hasDemand(s)) {
		d.pendingDoc = from // the list below is the document's
	}
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		if !(demandVerbs[w] || w == "demands" || w == "proposals" || w == "calls") || s.low(v+1) == "by" {
			continue
		}
		if !d.demandSubject(s, v, doc) {
			continue
		}
		k := v + 1
		if s.low(k) == "on" {
			// "calls on the Parliament of Georgia to reject the draft law"
			if o := s.orgAfter(k + 1); o != nil && s.low(o.j) == "to" {
				d.add(s, rightsgraph.RelAddresses, from, o.ent, "addressee", nil, 0.6, "document-calls-on-x", v, s.clauseEnd(o.j, false))
				k = o.j
			} else {
				for x := k + 1; x < len(ts) && x <= k+6; x++ {
					if s.low(x) == "to" {
						k = x // "calling on the authorities to repeal …"
						break
					}
				}
			}
		}
		if s.low(k) == "for" || s.low(k) == "to" {
			k++
		}
		var items [][2]int
		if s.low(k) == ":" {
			items = semicolonItems(s, k+1)
		} else {
			end := s.clauseEnd(k, false)
			list := false
			for x := k; x < end; x++ {
				if s.low(x) == "and" || s.low(x) == "as" && s.low(x+1) == "well" {
					list = true
				}
			}
			if list {
				items = splitList(s, k, end)
			} else {
				items = [][2]int{{k, s.clauseEnd(k, true)}}
			}
		}
		d.addressItems(s, from, items, v)
		break
	}
}

// demandSubject says whether the demand at v is the document's or the
// event's: the document or the event is named before it, or the demand is
// a noun ("There were demands to…", "proposals for").
func (d *drafter) demandSubject(s *sent, v int, doc *mention) bool {
	w := s.low(v)
	if w == "demands" && s.low(v-1) != "it" || w == "proposals" || w == "recommendations" {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-14; k-- {
		t := s.low(k)
		if m := s.at[k]; m != nil && m.ent != nil && (m.ent.kind == rightsgraph.KindResolution || m.ent.kind == rightsgraph.KindCongress) {
			return true
		}
		if congressHeads[t] || resolutionHeads[t] || t == "participants" || t == "delegates" || t == "representatives" || t == "it" && doc != nil {
			return true
		}
	}
	return false
}

func hasDemand(s *sent) bool {
	for _, t := range s.ts {
		if demandVerbs[t.low] || t.low == "demands" || t.low == "calls" || t.low == "recommendations" || t.low == "proposals" {
			return true
		}
	}
	return false
}

// demandRoles are verbs and nouns that say what a document demands.
var demandRoles = wordSet(`repeal abolish abolition release investigate investigation end stop ensure ensuring
cancel return withdraw guarantee prosecute sign review ask introduce adopt amend reject unblock unblocking
fund reduce check protect lift free restore decriminalise decriminalize`)

// addressItems records what each item of a document's list of demands
// addresses: the laws, bodies and places it names, and its issue.
func (d *drafter) addressItems(s *sent, from *ent, items [][2]int, v int) {
	for _, it := range items {
		a, b := it[0], it[1]
		for a < b && (determiners[s.low(a)] || s.low(a) == "to") {
			a++
		}
		role := ""
		if a < b && demandRoles[s.low(a)] {
			role = s.low(a)
			a++
			for a < b && (s.low(a) == "of" || s.low(a) == "to" || determiners[s.low(a)]) {
				a++
			}
		}
		qa, qb := it[0], it[1]
		if d.text[s.ts[qa].s:s.ts[qb-1].e] == "" || s.ts[qb-1].e-s.ts[qa].s < window {
			qa, qb = 0, len(s.ts)
		}
		named := false
		for _, m := range s.ms {
			if m.i >= a && m.i < b && m.ent != nil && m.ent.kind != rightsgraph.KindPerson && m.ent.kind != rightsgraph.KindCongress && m.ent.kind != rightsgraph.KindResolution {
				d.add(s, rightsgraph.RelAddresses, from, m.ent, role, nil, 0.55, "document-demands-item", qa, qb)
				if m.i == a && m.j >= b-1 {
					named = true
				}
			}
		}
		if !named {
			if issue := d.issueFrom(s, a, b); issue != nil {
				d.add(s, rightsgraph.RelAddresses, from, issue, role, nil, 0.5, "document-demands-item", qa, qb)
			}
		}
	}
}

// listRelations reads a list that follows a document's colon: items
// ("1. …;", "– …;") and addressees ("To the Ministry of Justice:").
func (d *drafter) listRelations(s *sent) bool {
	ts := s.ts
	if d.pendingDoc == nil || len(ts) == 0 {
		return false
	}
	first := ts[0]
	switch {
	case first.digit && len(ts) > 1 && (ts[1].w == "." || ts[1].w == ")") || first.w == "–" || first.w == "-" || first.w == "•" || first.w == "—" || first.w == "(" && len(ts) > 2 && ts[2].w == ")":
		d.addressItems(s, d.pendingDoc, semicolonItems(s, 0), 0)
		return true
	case first.low == "to" && ts[len(ts)-1].w == ":":
		if o := s.orgAfter(1); o != nil {
			d.add(s, rightsgraph.RelAddresses, d.pendingDoc, o.ent, "addressee", nil, 0.6, "document-to-x", 0, len(ts))
		}
		return true
	}
	d.pendingDoc = nil
	return false
}

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

// semicolonItems splits a numbered or dashed list after a colon: "1. a;
// 2. b; 3. c." Each item loses its number and a leading "to".
func semicolonItems(s *sent, a int) [][2]int {
	var items [][2]int
	start := a
	flush := func(end int) {
		k := start
		for k < end && (s.ts[k].digit || s.ts[k].w == "." || s.ts[k].w == ")" || s.ts[k].w == "(" && k+2 < end && s.ts[k+2].w == ")" || s.ts[k].w == "-" || s.ts[k].w == "–" || s.ts[k].w == "—" || s.ts[k].w == "•" || s.low(k) == "to" || k > start && s.ts[k-1].w == "(" && len(s.ts[k].w) == 1) {
			k++
		}
		if k < end {
			items = append(items, [2]int{k, end})
		}
	}
	for k := a; k < len(s.ts); k++ {
		if s.ts[k].w == ";" {
			flush(k)
			start = k + 1
		}
	}
	end := len(s.ts)
	if end > start && s.ts[end-1].w == "." {
		end--
	}
	flush(end)
	return items
}

// docTopic: "a resolution on Chechnya" addresses Chechnya.
func (d *drafter) docTopic(s *sent, doc *mention) {
	for k := doc.i; k < doc.j-1; k++ {
		if w := s.low(k); w == "on" || w == "about" || w == "concerning" || w == "against" {
			if m := s.at[k+1]; m != nil && m.ent != nil && m.ent.kind != rightsgraph.KindPerson {
				d.add(s, rightsgraph.RelAddresses, doc.ent, m.ent, "", nil, 0.6, "document-on-x", doc.i, doc.j)
			} else if is := d.issueFrom(s, k+1, doc.j); is != nil {
				d.add(s, rightsgraph.RelAddresses, doc.ent, is, "", nil, 0.6, "document-on-x", doc.i, doc.j)
			}
			return
		}
	}
}
