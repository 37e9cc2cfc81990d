package extract

import (
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// The learned affiliation classifier reads every (person, organisation)
// pair of mentions of a sentence that the rules have typed, describes the
// words between them with features that do not depend on any one report
// (the connecting words, punctuation, order, distance, what the rules made
// of the pair) and asks a logistic model (pairmodel.go) whether the
// sentence says the person leads the organisation, belongs to it, or
// neither. It adds what the rules missed and may withdraw what they found.

// ruleLearned names the relations the classifier adds.
const ruleLearned = "learned-affiliation"

// pairSpan is how far apart, in tokens, the two mentions of a candidate
// may be: beyond it a sentence rarely ties them, and the bound keeps a
// sentence of a hundred names from costing a hundred squared.
const pairSpan = 40

// pairCand is one candidate pair while drafting, kept for training.
type pairCand struct {
	from, to *ent
	feats    []string
}

// learnedPairs runs after the rules over a sentence; rules[n:] are the
// relations the rules found in it. Its candidates are every (person,
// organisation) pair and every ordered (organisation, organisation) pair
// of the sentence's mentions, the first a member of the second.
func (d *drafter) learnedPairs(s *sent, n int) {
	if d.pairs == nil && d.collect == nil {
		return
	}
	var persons, orgs []*mention
	for _, m := range s.ms {
		if m.ent == nil || m.ent.dropped {
			continue
		}
		switch m.ent.kind {
		case rightsgraph.KindPerson:
			persons = append(persons, m)
		case rightsgraph.KindOrganisation:
			orgs = append(orgs, m)
		}
	}
	if len(orgs) == 0 || len(persons) == 0 && len(orgs) < 2 {
		return
	}
	for _, from := range append(persons, orgs...) {
		for _, to := range orgs {
			if from.ent == to.ent || to.j <= from.i && from.i-to.j > pairSpan || from.j <= to.i && to.i-from.j > pairSpan || overlapsMention(from, to) {
				continue
			}
			ruled := d.ruledPair(n, from.ent, to.ent)
			feats := d.pairFeatures(s, from, to, persons, orgs, ruled)
			if d.collect != nil {
				*d.collect = append(*d.collect, pairCand{from: from.ent, to: to.ent, feats: feats})
			}
			if d.pairs != nil {
				d.decidePair(s, from, to, ruled, feats)
			}
		}
	}
}

func overlapsMention(a, b *mention) bool { return a.i < b.j && b.i < a.j }

// ruledPair returns the LEADS or MEMBER_OF the rules found for the pair in
// the sentence, nil if none.
func (d *drafter) ruledPair(n int, p, o *ent) *rel {
	for _, r := range d.rels[n:] {
		if r.from == p && r.to == o && (r.t == rightsgraph.RelLeads || r.t == rightsgraph.RelMemberOf) {
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
			d.affil, d.affilRead = nil, 0 // read again without it
		}
		return
	}
	if yes < m.Add || slices.Contains(d.affiliations(p.ent), o.ent) {
		return
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

// affiliations returns the organisations the draft so far ties the person
// (or member organisation) to, from an index that reads each relation once.
func (d *drafter) affiliations(p *ent) []*ent {
	if d.affil == nil {
		d.affil = map[*ent][]*ent{}
	}
	for _, r := range d.rels[d.affilRead:] {
		if (r.t == rightsgraph.RelLeads || r.t == rightsgraph.RelMemberOf) && !slices.Contains(d.affil[r.from], r.to) {
			d.affil[r.from] = append(d.affil[r.from], r.to)
		}
	}
	d.affilRead = len(d.rels)
	return d.affil[p]
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
// features of an (organisation, organisation) pair start with "oo|": the
// two kinds of pair share no weight.
func (d *drafter) pairFeatures(s *sent, p, o *mention, persons, orgs []*mention, ruled *rel) []string {
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
	word := func(k int) string {
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
	fromKind := persons
	if p.ent.kind == rightsgraph.KindOrganisation {
		fromKind = orgs
		if orgHeads[p.ent.head] || orgDescriptors[p.ent.head] {
			f = append(f, "from-head:"+p.ent.head)
		}
	}
	near := nearest(p, o, orgs) && nearest(o, p, fromKind)
	if near {
		f = append(f, "nearest")
	} else {
		f = append(f, "not-nearest")
	}
	for _, x := range d.affiliations(p.ent) {
		if x != o.ent {
			// a person usually has one organisation: another already
			// found makes this one less likely
			f = append(f, "has-other-affiliation")
			break
		}
	}
	f = append(f, "persons:"+bucket(len(persons)), "orgs:"+bucket(len(orgs)))
	for _, t := range s.ts {
		if speechVerbs[t.low] {
			f = append(f, "speech")
			break
		}
	}
	if ruled != nil {
		f = append(f, "rule:"+string(ruled.t), "rulename:"+ruled.rule)
	} else {
		f = append(f, "rule:none")
	}
	if p.ent.kind == rightsgraph.KindOrganisation {
		for i := range f {
			f[i] = "oo|" + f[i]
		}
	}
	return f
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
