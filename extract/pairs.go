package extract

import (
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// The learned pair classifier reads every (person, organisation),
// (organisation, organisation) and (person or organisation, event) pair of
// mentions of a sentence that the rules have typed, describes the words
// between them with features that do not depend on any one report (the
// connecting words, punctuation, order, distance, what the draft already
// holds) and asks a logistic model (pairmodel.go) whether the sentence
// says the first leads the second, belongs to it, organised it, attended
// it, or none of these. It adds what the rules missed and may withdraw an
// affiliation they found. A sentence that names no event may still speak
// of the report's own ("Among the guests were …"): its people and
// organisations are paired with that event too.

// ruleLearned and ruleLearnedEvent name the relations the classifier adds.
const (
	ruleLearned      = "learned-affiliation"
	ruleLearnedEvent = "learned-event"
)

// pairSpan is how far apart, in tokens, the two mentions of a candidate
// may be: beyond it a sentence rarely ties them, and the bound keeps a
// sentence of a hundred names from costing a hundred squared.
const pairSpan = 40

// pairCand is one candidate pair while drafting, kept for training.
type pairCand struct {
	from, to *ent
	s, e     int // the sentence's bytes
	feats    []string
}

// learnedPairs runs after the rules over a sentence; rules[n:] are the
// relations the rules found in it.
func (d *drafter) learnedPairs(s *sent, n int) {
	if d.pairs == nil && d.collect == nil {
		return
	}
	var persons, orgs, events []*mention
	for _, m := range s.ms {
		if m.ent == nil || m.ent.dropped {
			continue
		}
		switch m.ent.kind {
		case rightsgraph.KindPerson:
			persons = append(persons, m)
		case rightsgraph.KindOrganisation:
			orgs = append(orgs, m)
		case rightsgraph.KindCongress:
			events = append(events, m)
		}
	}
	actors := append(slices.Clip(persons), orgs...)
	var words []string // the sentence's words, for the report's event
	try := func(from, to *mention, feats []string, event bool) {
		if d.collect != nil {
			*d.collect = append(*d.collect, pairCand{from: from.ent, to: to.ent, s: s.ts[0].s, e: s.ts[len(s.ts)-1].e, feats: feats})
		}
		if d.pairs == nil {
			return
		}
		if event {
			d.decideEvent(s, from, to, feats)
		} else {
			d.decidePair(s, from, to, d.ruledPair(n, from.ent, to.ent, affiliationTypes), feats)
		}
	}
	for _, from := range actors {
		fromKind := persons
		if from.ent.kind == rightsgraph.KindOrganisation {
			fromKind = orgs
		}
		for _, to := range orgs {
			if near(from, to) {
				try(from, to, d.pairFeatures(s, from, to, fromKind, orgs, n), false)
			}
		}
		for _, to := range events {
			if near(from, to) {
				try(from, to, d.pairFeatures(s, from, to, fromKind, events, n), true)
			}
		}
		if len(events) == 0 && d.main != nil && !d.main.dropped {
			if words == nil {
				words = s.plainWords()
			}
			main := &mention{i: len(s.ts), j: len(s.ts), ent: d.main}
			try(from, main, d.implicitEventFeatures(s, from, fromKind, words, n), true)
		}
	}
}

// near says whether two mentions are distinct names close enough to pair.
func near(from, to *mention) bool {
	return from.ent != to.ent && !overlapsMention(from, to) &&
		!(to.j <= from.i && from.i-to.j > pairSpan) && !(from.j <= to.i && to.i-from.j > pairSpan)
}

// affiliationTypes and eventTypes are the relations a pair of each sort
// may already have.
var (
	affiliationTypes = []rightsgraph.RelType{rightsgraph.RelLeads, rightsgraph.RelMemberOf}
	eventTypes       = []rightsgraph.RelType{rightsgraph.RelOrganised, rightsgraph.RelAttended, rightsgraph.RelSpokeAt, rightsgraph.RelChaired}
)

func overlapsMention(a, b *mention) bool { return a.i < b.j && b.i < a.j }

// ruledPair returns a relation of one of the types the rules found for the
// pair in the sentence, nil if none.
func (d *drafter) ruledPair(n int, p, o *ent, types []rightsgraph.RelType) *rel {
	for _, r := range d.rels[n:] {
		if r.from == p && r.to == o && slices.Contains(types, r.t) {
			return r
		}
	}
	return nil
}

// decidePair adds the pair's relation when the model is sure enough and
// the rules did not, or withdraws the rules' when the model finds it very
// unlikely.
func (d *drafter) decidePair(s *sent, p, o *mention, ruled *rel, feats []string) {
	m := d.pairs
	probs := m.probs(feats)
	yes := probs[classLeads] + probs[classMember]
	if ruled != nil {
		if m.Drop > 0 && 1-yes >= m.Drop {
			d.rels = slices.DeleteFunc(d.rels, func(r *rel) bool { return r == ruled })
			d.byFrom, d.byFromRead = nil, 0 // read again without it
		}
		return
	}
	if yes < m.Add || d.related(p.ent, o.ent, affiliationTypes) || slices.Contains(feats, "others-between") {
		return // "X, a member of the council, and students of Y": Y is other people's
	}
	a, b := min(p.i, o.i), max(p.j, o.j)
	role, lead := "", false
	if p.ent.kind == rightsgraph.KindPerson {
		role, lead = roleBetween(s, p, o)
	}
	t := rightsgraph.RelMemberOf
	if lead && probs[classLeads] > probs[classMember] {
		t = rightsgraph.RelLeads
	}
	d.add(s, t, p.ent, o.ent, role, nil, round2(yes), ruleLearned, a, b)
}

// decideEvent adds ORGANISED or ATTENDED when the model is sure enough and
// the draft holds no relation of the pair to the event: a speaker or a
// chair is not also an attendee.
func (d *drafter) decideEvent(s *sent, from, to *mention, feats []string) {
	probs := d.pairs.probs(feats)
	yes := probs[classOrganised] + probs[classAttended]
	if yes < d.pairs.AddEvent || d.related(from.ent, to.ent, eventTypes) {
		return
	}
	t := rightsgraph.RelOrganised
	if probs[classAttended] > probs[classOrganised] {
		t = rightsgraph.RelAttended
	}
	a, b := min(from.i, to.i), max(from.j, to.j)
	if to.i == len(s.ts) { // the report's event, not named here: the sentence
		a, b = 0, len(s.ts)
	}
	d.add(s, t, from.ent, to.ent, "", nil, round2(yes), ruleLearnedEvent, a, b)
}

// relsFrom returns the relations of the draft so far from an entity, from
// an index that reads each relation once.
func (d *drafter) relsFrom(e *ent) []*rel {
	if d.byFrom == nil {
		d.byFrom = map[*ent][]*rel{}
	}
	for _, r := range d.rels[d.byFromRead:] {
		d.byFrom[r.from] = append(d.byFrom[r.from], r)
	}
	d.byFromRead = len(d.rels)
	return d.byFrom[e]
}

// related says whether the draft so far has a relation of these types from
// one entity to the other.
func (d *drafter) related(from, to *ent, types []rightsgraph.RelType) bool {
	return slices.ContainsFunc(d.relsFrom(from), func(r *rel) bool { return r.to == to && slices.Contains(types, r.t) })
}

// roleBetween finds the role word written between the two mentions, or
// just before the first ("director Anna Petrova of Y"), with its
// modifiers ("executive director"), and whether it heads.
func roleBetween(s *sent, p, o *mention) (string, bool) {
	a, b := min(p.j, o.j), max(p.i, o.i)
	from := max(0, min(p.i, o.i)-2)
	for _, span := range [][2]int{{a, b}, {from, min(p.i, o.i)}} {
		for k := span[0]; k < span[1]; k++ {
			w := s.ts[k].low
			if !leadRoles[w] && !memberRoles[w] {
				continue
			}
			st := k
			for st > span[0] && roleModifiers[s.ts[st-1].low] {
				st--
			}
			words := make([]string, 0, k-st+1)
			sub := false
			for x := st; x <= k; x++ {
				words = append(words, s.ts[x].low)
				sub = sub || subordinate[s.ts[x].low]
			}
			return strings.Join(words, " "), leadRoles[w] && !sub && w != "founder"
		}
	}
	return "", false
}

// pairFeatures describes a candidate with features that hold across
// writers: the lower-case words and punctuation between the mentions, the
// words at both ends of the gap and around the pair, their order and
// distance, other names in between, whether each is the other's nearest,
// what the rules made of the pair, and whether the sentence reports
// speech. Capitalised words are names, so they count only as "CAP". The
// features of an (organisation, organisation) pair start with "oo|", those
// of a pair with an event "ev|": the sorts of pair share no weight.
// fromKind and toKind are the sentence's mentions of the two kinds; n is
// where the sentence's relations start.
func (d *drafter) pairFeatures(s *sent, p, o *mention, fromKind, toKind []*mention, n int) []string {
	first, second := p, o
	order := "po"
	if o.i < p.i {
		first, second, order = o, p, "op"
	}
	f := make([]string, 0, 32)
	f = append(f, "bias", "order:"+order)
	if orgHeads[o.ent.head] || orgDescriptors[o.ent.head] {
		f = append(f, "to-head:"+o.ent.head)
	}
	word := s.featureWord
	gap := 0
	for k := first.j; k < second.i; k++ {
		if m := s.at[k]; m != nil && m.ent != nil {
			f = append(f, "mid:"+string(m.ent.kind))
			k = max(k, m.j-1)
			gap++
			continue
		}
		w := word(k)
		gap++
		if (w == "and" || w == "with") && k+1 < second.i && (s.ts[k+1].digit || numberWords[word(k+1)] || pluralPeople(word(k+1))) {
			f = append(f, "others-between") // "X, a judge, and eight students of Y": other people's body
		}
		switch {
		case leadRoles[w]:
			f = append(f, "role:lead")
		case memberRoles[w]:
			f = append(f, "role:member")
		case subordinate[w]:
			f = append(f, "role:subordinate")
		}
		f = append(f, "w:"+w)
	}
	f = append(f, "gap:"+bucket(gap))
	if gap > 0 {
		f = append(f, "first:"+order+":"+word(first.j), "last:"+order+":"+word(second.i-1))
	} else {
		f = append(f, "adjacent:"+order)
	}
	f = append(f, "before:"+word(first.i-1), "after:"+word(second.j))
	if w := word(first.i - 1); leadRoles[w] || memberRoles[w] {
		f = append(f, "role-before:"+order)
	}
	if second.j < len(s.ts) && (s.ts[second.j].w == "’s" || s.ts[second.j].w == "'s") {
		f = append(f, "possessive:"+order)
	}
	if o.generic {
		f = append(f, "org-generic")
	}
	if p.ent.kind == rightsgraph.KindOrganisation && (orgHeads[p.ent.head] || orgDescriptors[p.ent.head]) {
		f = append(f, "from-head:"+p.ent.head)
	}
	if nearest(p, o, toKind) && nearest(o, p, fromKind) {
		f = append(f, "nearest")
	} else {
		f = append(f, "not-nearest")
	}
	f = append(f, "from:"+string(p.ent.kind), "froms:"+bucket(len(fromKind)), "tos:"+bucket(len(toKind)))
	f = d.draftFeatures(s, p.ent, o.ent, n, f)
	prefix := ""
	switch {
	case o.ent.kind == rightsgraph.KindCongress:
		prefix = "ev|"
	case p.ent.kind == rightsgraph.KindOrganisation:
		prefix = "oo|"
	}
	if prefix != "" {
		for i := range f {
			f[i] = prefix + f[i]
		}
	}
	return f
}

// pluralPeople says whether a word names people in the plural: "students",
// "representatives", "staff".
func pluralPeople(w string) bool {
	return w == "staff" || w == "other" || w == "others" || strings.HasSuffix(w, "s") && memberRoles[w]
}

// draftFeatures adds what the draft holds of the pair's ends: another
// affiliation of the first (a person usually has one organisation), a
// speech or chair of the first at the event (a speaker is no mere
// attendee), speech in the sentence, and what the rules made of the pair
// in it (only seen when training asks for it).
func (d *drafter) draftFeatures(s *sent, from, to *ent, n int, f []string) []string {
	other, spoke := false, false
	for _, r := range d.relsFrom(from) {
		other = other || r.to != to && slices.Contains(affiliationTypes, r.t)
		spoke = spoke || r.to == to && (r.t == rightsgraph.RelSpokeAt || r.t == rightsgraph.RelChaired)
	}
	if other {
		f = append(f, "has-other-affiliation")
	}
	if spoke {
		f = append(f, "spoke-there")
	}
	for _, t := range s.ts {
		if speechVerbs[t.low] {
			f = append(f, "speech")
			break
		}
	}
	if r := d.ruledPair(n, from, to, append(slices.Clip(affiliationTypes), eventTypes...)); r != nil {
		f = append(f, "rule:"+string(r.t), "rulename:"+r.rule)
	} else {
		f = append(f, "rule:none")
	}
	return f
}

// implicitEventFeatures describes a person or organisation of a sentence
// that names no event, paired with the report's event: the sentence's
// lower-case words, the words around the name, whether it opens the
// sentence or stands in a list, and what the draft holds. They start with
// "iev|".
func (d *drafter) implicitEventFeatures(s *sent, from *mention, fromKind []*mention, words []string, n int) []string {
	f := make([]string, 0, len(words)+16)
	f = append(f, "bias", "from:"+string(from.ent.kind), "froms:"+bucket(len(fromKind)))
	f = append(f, words...)
	f = append(f, "before:"+s.featureWord(from.i-1), "after:"+s.featureWord(from.j))
	if s.ms[0] == from {
		f = append(f, "opens")
	}
	for _, m := range fromKind {
		if m != from && (m.j == from.i-1 || from.j == m.i-1) && (s.ts[min(m.j, from.j)].w == "," || s.ts[min(m.j, from.j)].low == "and") {
			f = append(f, "in-list")
			break
		}
	}
	f = d.draftFeatures(s, from.ent, d.main, n, f)
	for i := range f {
		f[i] = "iev|" + f[i]
	}
	return f
}

// plainWords returns the sentence's lower-case words outside its names as
// features.
func (s *sent) plainWords() []string {
	words := []string{}
	for k := 0; k < len(s.ts); k++ {
		if m := s.at[k]; m != nil && m.ent != nil {
			k = max(k, m.j-1)
			continue
		}
		if w := s.featureWord(k); s.ts[k].word && w != "CAP" {
			words = append(words, "w:"+w)
		}
	}
	return words
}

// featureWord is token k as a feature: lower case, "CAP" for a capitalised
// word (a name's), "NAME:KIND" for a mention's first token, "EDGE" outside
// the sentence.
func (s *sent) featureWord(k int) string {
	if k < 0 || k >= len(s.ts) {
		return "EDGE"
	}
	if m := s.at[k]; m != nil && m.ent != nil {
		return "NAME:" + string(m.ent.kind)
	}
	t := s.ts[k]
	if t.word && t.up && !(k == 0 && !t.caps) {
		return "CAP"
	}
	return t.low
}

// nearest says whether no mention of others lies closer to m than x.
func nearest(m, x *mention, others []*mention) bool {
	dist := func(a, b *mention) int {
		if a.i < b.i {
			return b.i - a.j
		}
		return a.i - b.j
	}
	dx := dist(m, x)
	for _, y := range others {
		if y != x && y.ent != x.ent && dist(m, y) < dx {
			return false
		}
	}
	return true
}

// bucket groups a count so that near counts share a feature.
func bucket(n int) string {
	switch {
	case n <= 3:
		return itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 10:
		return "7-10"
	}
	return "11+"
}
