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
		if m.ent != nil && m.ent.kind == rightsgraph.KindCongress && !m.ent.other {
			if !m.generic {
				return m.ent, true
			}
			generic = cmpOr(generic, m.ent)
		}
	}
	if generic != nil {
		return generic, true
	}
	if d.main != nil && !d.main.dropped {
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
		if subjs == nil && lastSubj != nil && (s.low(v-1) == "and" || s.low(v-1) == "also" && s.low(v-2) == "and") {
			subjs, start = lastSubj, lastStart
		}
		if subjs == nil {
			// "…”, said Valery Borshchev": the speaker after the verb.
			if w == "said" || w == "says" || w == "added" || w == "noted" || w == "stressed" || w == "explained" || w == "recalled" || w == "warned" {
				if p := s.kindAt(v+1, rightsgraph.KindPerson); p != nil {
					congress, named := d.congressOf(s)
					if congress != nil {
						d.add(s, rightsgraph.RelSpokeAt, p.ent, congress, "", nil, confIf(named, 0.8, 0.7), "said-x", 0, len(ts))
					}
				}
			}
			continue
		}
		lastSubj, lastStart = subjs, start
		congress, named := d.congressOf(s)
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
		// Between subject and verb: nothing, an auxiliary or adverb, or an
		// apposition closed by a comma.
		gap := ts[m.j:v]
		if okGap(gap) {
			best = m
		}
	}
	if best == nil {
		return nil, 0
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

var adverbs = wordSet(`also then later further again briefly first finally particularly especially
specifically repeatedly openly strongly sharply had has have was were is then, in turn, notably recently`)

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
	for k < len(s.ts) && adverbs[s.low(k)] {
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
		case organiseVerbs[w] && s.low(v+1) == "by":
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
			// "Memorial organised the round table"
			if subj, start := d.subjectOf(s, v); subj != nil {
				end := s.clauseEnd(v, true)
				d.add(s, rightsgraph.RelOrganised, subj.ent, congress, "", nil, confIf(named, 0.8, 0.65), "x-organised", start, end)
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
			for k := v + 1; k < len(ts) && k < v+6; k++ {
				if ts[k].low == "among" || ts[k].low == "including" {
					among = true
				}
			}
			for _, m := range s.ms {
				if among && m.i > v && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
					d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.6, "took-part-among", 0, len(ts))
				}
				if m.j > v || m.ent == nil || (m.ent.kind != rightsgraph.KindPerson && m.ent.kind != rightsgraph.KindOrganisation) {
					continue
				}
				if v-m.j > 12 {
					continue
				}
				d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.65, "x-took-part", m.i, min(len(ts), v+3))
			}
		case w == "participants" || w == "speakers" && s.low(v+1) != "":
			if s.low(v+1) == "included" || s.low(v+1) == "were" || s.low(v-1) == "among" {
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
		// What the event discussed: "the Congress discussed X", "panels on X, Y and Z".
		if discussVerbs[w] != nil || ((w == "panels" || w == "panel" || w == "sessions" || w == "session" || w == "groups" || w == "discussions" || w == "discussion" || w == "sections" || w == "section" || w == "topics") && (s.low(v+1) == "on" || s.low(v+1) == "about" || s.low(v+1) == "covering" || s.low(v+1) == "devoted" || s.low(v+1) == "dedicated")) {
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
		for k := v - 1; k >= 0 && k >= v-12; k-- {
			t := ts[k].low
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
	switch s.low(k) {
	case "on", "about", "covering", "of":
		k++
	case "devoted", "dedicated":
		k += 2
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
	for _, it := range splitList(s, k, end) {
		if issue := d.issueFrom(s, it[0], it[1]); issue != nil {
			d.add(s, rightsgraph.RelDiscussed, congress, issue, "", nil, confIf(named, 0.7, 0.6), "event-discussed-list", 0, len(ts))
		} else if m := s.kindAt(it[0], rightsgraph.KindLaw); m != nil {
			d.add(s, rightsgraph.RelDiscussed, congress, m.ent, "", nil, 0.6, "event-discussed-law", 0, len(ts))
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
			if v == "place" && v2 == "took" || v == "held" || v == "gathered" || v == "met" || v == "opened" || v == "convened" || v == "took" || v == "organised" || v == "organized" || congressHeads[v] || s.at[max(0, m.i-2)] != nil && s.at[max(0, m.i-2)].ent != nil && s.at[max(0, m.i-2)].ent.kind == rightsgraph.KindCongress || d.endsCongress(s, m.i-1) {
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
		if o.j+2 < len(ts) && ts[o.j].w == "(" && ts[o.j+2].w == ")" {
			if p := s.kindAt(o.j+1, rightsgraph.KindPlace); p != nil {
				d.add(s, rightsgraph.RelBasedIn, o.ent, p.ent, "", nil, 0.65, "org-paren-place", o.i, o.j+3)
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
	return m != nil
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
				d.add(s, rightsgraph.RelPassed, congress, doc.ent, "", nil, confIf(named, 0.8, 0.6), "event-passed-document", 0, len(ts))
				break
			}
		}
		// "a resolution on X": what it addresses.
		if doc.j > doc.i {
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
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		if !(demandVerbs[w] || w == "demands" || w == "proposals" || w == "calls") {
			continue
		}
		k := v + 1
		role := ""
		if s.low(k) == "for" || s.low(k) == "to" {
			k++
		}
		for k < len(ts) && determiners[s.low(k)] {
			k++
		}
		if k < len(ts) && (s.low(k) == "repeal" || s.low(k) == "abolish" || s.low(k) == "abolition" || s.low(k) == "release" || s.low(k) == "investigate" || s.low(k) == "investigation" || s.low(k) == "end" || s.low(k) == "stop" || s.low(k) == "ensure" || s.low(k) == "ensuring" || s.low(k) == "cancel" || s.low(k) == "return") {
			role = s.low(k)
			k++
			for s.low(k) == "of" || s.low(k) == "in" || s.low(k) == "its" || s.low(k) == "present" || s.low(k) == "form" || determiners[s.low(k)] {
				k++
			}
		}
		var items [][2]int
		if s.low(k) == ":" {
			items = semicolonItems(s, k+1)
		} else {
			items = splitList(s, k, s.clauseEnd(k, false))
		}
		for _, it := range items {
			var to *ent
			for _, m := range s.ms {
				if m.i >= it[0] && m.i < it[1] && m.ent != nil && m.ent.kind != rightsgraph.KindPerson && m.ent.kind != rightsgraph.KindCongress && m.ent.kind != rightsgraph.KindResolution {
					to = m.ent
					break
				}
			}
			if to == nil {
				a := it[0]
				if r := s.low(a); role == "" && (r == "repeal" || r == "abolish" || r == "release" || r == "investigate" || r == "withdraw" || r == "guarantee" || r == "prosecute" || r == "sign" || r == "stop" || r == "end" || r == "ensure" || r == "review" || r == "ask" || r == "introduce" || r == "adopt" || r == "amend") {
					a++
				}
				to = d.issueFrom(s, a, it[1])
			}
			if to != nil {
				d.add(s, rightsgraph.RelAddresses, from, to, role, nil, 0.55, "document-demands", 0, len(ts))
			}
		}
		break
	}
}

// semicolonItems splits a numbered or dashed list after a colon: "1. a;
// 2. b; 3. c." Each item loses its number and a leading "to".
func semicolonItems(s *sent, a int) [][2]int {
	var items [][2]int
	start := a
	flush := func(end int) {
		k := start
		for k < end && (s.ts[k].digit || s.ts[k].w == "." || s.ts[k].w == ")" || s.ts[k].w == "-" || s.ts[k].w == "–" || s.ts[k].w == "•" || s.low(k) == "to") {
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
