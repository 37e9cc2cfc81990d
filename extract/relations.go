package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// sent is one sentence while its relations are read: its tokens, and its
// mentions in order.
type sent struct {
	ts []tok
	ms []*mention
	at []*mention // mention starting at each token, or nil

	branch bool // the last orgAfter passed through "the … branch of"
}

func (d *drafter) relations(ts []tok, ms []*mention) {
	slices.SortFunc(ms, func(a, b *mention) int { return a.i - b.i })
	s := &sent{ts: ts, ms: ms, at: make([]*mention, len(ts)+1)}
	for _, m := range ms {
		if m.ent != nil && m.i < len(ts) && s.at[m.i] == nil {
			s.at[m.i] = m
		}
	}
	n := len(d.rels)
	d.handRelations(s)
	d.learnedPairs(s, n)
	// A sentence that names no one (“Late diagnosis is the rule,” he
	// said.) leaves "his" and "its" of the next pointing where they did.
	if slices.ContainsFunc(ms, func(m *mention) bool {
		return m.ent != nil && (m.ent.kind == rightsgraph.KindPerson || m.ent.kind == rightsgraph.KindOrganisation)
	}) {
		d.prevMs = ms
	}
}

// handRelations reads a sentence's relations with the hand-written rules.
func (d *drafter) handRelations(s *sent) {
	d.programmeLine(s)
	if d.listRelations(s) {
		return
	}
	for _, m := range s.ms {
		if m.part != nil && m.ent != nil && m.part.ent != nil {
			d.add(s, rightsgraph.RelPartOf, m.ent, m.part.ent, "", nil, 0.7, "unit-of-the-y", m.i, m.part.j)
		} else if m.ent != nil && m.ent.body != nil && !m.generic && rightsgraph.Normalize(m.form) == rightsgraph.Normalize(m.ent.name) {
			d.add(s, rightsgraph.RelPartOf, m.ent, m.ent.body, "", nil, 0.7, "unit-of-the-y", m.i, m.j) // its full name
		}
	}
	d.eventDates(s)
	d.translated(s)
	d.staffLine(s)
	d.roleRelations(s)
	d.rolesOfList(s)
	d.amongMembers(s)
	d.respectively(s)
	d.sitsOn(s)
	d.pronounPosts(s)
	d.ownBodyNamed(s)
	d.membersAre(s)
	d.boardChair(s)
	d.joinedList(s)
	d.admitted(s)
	d.boardMembers(s)
	d.boardSectionList(s)
	d.staffSectionList(s)
	d.unitLedBy(s)
	d.boardAppointed(s)
	d.holderOfOffice(s)
	d.oneOfItsRole(s)
	d.ourPeople(s)
	d.withUs(s)
	d.representing(s)
	d.secondDescription(s)
	d.colleagues(s)
	d.whichXHeads(s)
	d.itsRole(s)
	d.postOfPrevious(s)
	d.pluralPosts(s)
	d.otherMembersWere(s)
	d.electedBoardList(s)
	d.afterYearsAt(s)
	d.elected(s)
	d.pronounMemberships(s)
	d.cameFrom(s)
	d.whoseOrganisation(s)
	d.branchesAndDrafts(s)
	d.speech(s)
	d.investigated(s)
	d.eventRelations(s)
	d.placeRelations(s)
	d.documentRelations(s)
	d.unitMembers(s)
}

// unitMembers makes whoever heads or works in a unit of a body, as the
// sentence states it, a member of the body too: the head of "the Talas
// Branch of the Coalition" belongs to the Coalition.
func (d *drafter) unitMembers(s *sent) {
	start := s.ts[0].s
	for i := len(d.rels) - 1; i >= 0 && d.rels[i].qs >= start; i-- {
		r := d.rels[i]
		if r.t != rightsgraph.RelLeads && r.t != rightsgraph.RelMemberOf || r.from.kind != rightsgraph.KindPerson {
			continue
		}
		body := d.bodyOf(r.to)
		if body == nil || d.statedHere(s, rightsgraph.RelMemberOf, r.from, body) {
			continue
		}
		role := r.role
		if r.t == rightsgraph.RelLeads && role == "" {
			role = "head"
		}
		if role != "" {
			role += " of the " + strings.TrimSpace(strings.TrimSuffix(r.to.name, body.name))
			role = strings.TrimSuffix(strings.TrimSuffix(role, " of the"), " of")
		}
		k := string(rightsgraph.RelMemberOf) + "|" + r.from.key() + "|" + body.key() + "|" + itoa(r.qs)
		if !d.relSeen[k] {
			d.relSeen[k] = true
			d.rels = append(d.rels, &rel{t: rightsgraph.RelMemberOf, from: r.from, to: body, role: role, conf: r.conf * 0.9, rule: "member-of-units-body", qs: r.qs, qe: r.qe})
		}
	}
}

// bodyOf returns the body a unit is part of, as the draft has it so far.
func (d *drafter) bodyOf(unit *ent) *ent {
	if unit.body != nil && !unit.body.dropped {
		return unit.body
	}
	for _, r := range d.relsFrom(unit) {
		if r.t == rightsgraph.RelPartOf && !r.to.dropped {
			return r.to
		}
	}
	return nil
}

// add records a relation with its quote, tokens [a, b) of the sentence.
func (d *drafter) add(s *sent, t rightsgraph.RelType, from, to *ent, role string, at *ent, conf float64, rule string, a, b int) {
	if from == nil || to == nil || from == to || from.dropped || to.dropped {
		return
	}
	r, _ := t.Rule()
	if !r.Allows(from.kind, to.kind) {
		return
	}
	a, b = max(a, 0), min(b, len(s.ts))
	if a >= b {
		return
	}
	qs, qe := s.ts[a].s, s.ts[b-1].e
	// Closing quotes and a full stop belong to the clause they end.
	for b < len(s.ts) && !s.ts[b].word && strings.Contains(".”\"’)", s.ts[b].w) && s.ts[b].s == qe {
		if s.ts[b].w == ")" && !strings.Contains(d.text[qs:qe], "(") {
			break
		}
		qe = s.ts[b].e
		b++
	}
	if qe-qs < window { // too short to find safely: the whole sentence
		qs, qe = s.ts[0].s, s.ts[len(s.ts)-1].e
	}
	k := string(t) + "|" + from.key() + "|" + to.key() + "|" + itoa(qs)
	if d.relSeen[k] {
		return
	}
	d.relSeen[k] = true
	d.rels = append(d.rels, &rel{t: t, from: from, to: to, role: role, at: at, conf: conf, rule: rule, qs: qs, qe: qe})
}

// statedHere says whether the sentence already gave a relation of type t
// from one entity to the other, so that a second rule reading the same
// statement adds nothing.
func (d *drafter) statedHere(s *sent, t rightsgraph.RelType, from, to *ent) bool {
	start := s.ts[0].s
	for i := len(d.rels) - 1; i >= 0 && d.rels[i].qs >= start; i-- {
		if r := d.rels[i]; r.t == t && r.from == from && r.to == to {
			return true
		}
	}
	return false
}

func (e *ent) key() string { return string(e.kind) + itoa(e.order) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func (s *sent) low(i int) string {
	if i >= 0 && i < len(s.ts) {
		return s.ts[i].low
	}
	return ""
}

func (s *sent) kindAt(i int, kinds ...rightsgraph.Kind) *mention {
	if i < 0 || i >= len(s.ts) {
		return nil
	}
	m := s.at[i]
	if m == nil || m.ent == nil || !slices.Contains(kinds, m.ent.kind) {
		return nil
	}
	return m
}

// roleModifiers come before a role word: "executive director", "regional director".
var roleModifiers = wordSet(`deputy executive vice senior chief regional programme program legal managing
general founding acting interim country division national local press retired former
communications research project field monitoring security environmental social`)

// subordinate modifiers make a head's title a member's: a regional director
// does not head the organisation.
var subordinate = wordSet(`deputy vice regional programme program legal acting interim country division
local press assistant former honorary monitoring project communications field research`)

var prepositions = wordSet(`of for in on at by with from to into about against over under after before`)

// descriptorAhead says whether a lower-case organisation descriptor comes
// within three words from k.
func descriptorAhead(ts []tok, k int) bool {
	for x, end := k, k+3; x < len(ts) && x < end; x++ {
		if w := ts[x].w; (w == "’" || w == "'" || w == "’s" || w == "'s") && x > k {
			end++ // "the water users’ association “Suwchy”"
			continue
		}
		if !ts[x].word || ts[x].up {
			return false
		}
		if orgDescriptors[ts[x].low] {
			return true
		}
	}
	return false
}

var determiners = wordSet(`the a an its his her their our this that these those`)

// orgAfter finds an organisation at token i, after articles and
// descriptors ("the movement", "the human rights organisation").
func (s *sent) orgAfter(i int) *mention {
	s.branch = false
	for k := i; k < len(s.ts) && k <= i+10; k++ {
		if m := s.kindAt(k, rightsgraph.KindOrganisation); m != nil {
			if (s.low(m.j) == "’s" || s.low(m.j) == "'s") && s.kindAt(m.j+1, rightsgraph.KindOrganisation) != nil {
				if u := s.at[m.j+1]; u.j > u.i && u.j-1 < len(s.ts) && !s.ts[u.j-1].up && unitWords[s.low(u.j-1)] {
					s.branch = true // "the Network’s Sisian group": a town and a unit of Y, not a name
					return m
				}
				m = s.at[m.j+1] // "the ICRC’s Central Tracing Agency": the unit named
			}
			if m.generic && s.low(m.j) == "of" && !s.ts[m.i].up {
				if whole := s.orgAfter(m.j + 1); whole != nil {
					s.branch = true // "who sits on the council of the BCMN": the council is the BCMN's
					return whole
				}
				s.branch = false
			}
			if x := unitOfAt(s, m.j); x > 0 {
				if parent := s.orgAfter(x + 1); parent != nil {
					s.branch = true // "head of the Kapan office of the Office of the Human Rights Defender"
					return parent
				}
				s.branch = false
			}
			for x := m.j; x < len(s.ts) && x < m.j+3 && s.ts[x].word && !s.ts[x].up; x++ {
				if unitWords[s.ts[x].low] {
					s.branch = true // "head of the UNHCR field unit in Termez": a unit of Y
					break
				}
			}
			return m
		}
		if m := s.kindAt(k, rightsgraph.KindPlace); m != nil {
			k = m.j - 1
			continue
		}
		t := s.ts[k]
		if t.word && !t.up && orgDescriptors[t.low] && (s.low(k+1) == "of" || s.low(k+1) == "for") {
			// "the Kovel association of military families “Rodyny
			// Zakhysnykiv”": what the body is for, then its name in quotes
			y := k + 2
			for y < len(s.ts) && y <= k+7 && s.ts[y].word && !s.ts[y].up && !auxVerbs[s.ts[y].low] {
				y++
			}
			if y > k+2 && y < len(s.ts) && (isOpenQuote(s.ts[y].w) || s.kindAt(y, rightsgraph.KindOrganisation) != nil && !hasAny(lowWords(s.ts[k+2:y]), determiners)) {
				k = y - 1
				continue
			}
		}
		if t.word && !t.up && (unitWords[t.low] || unitWords[strings.TrimSuffix(t.low, "s")] || orgDescriptors[strings.TrimSuffix(t.low, "s")]) && (s.low(k+1) == "of" || unitWords[t.low] && s.low(k+1) == "at") {
			s.branch = true // a role in a branch is a membership of the whole
			k++
			continue
		}
		if t.word && (!t.up || s.at[k] == nil && !determiners[t.low]) && unitAhead(s, k) {
			continue // "the court-watch programme of Y", "regional groups of Y", "the digital security programme of Y"
		}
		if t.word && !t.up && k+2 < len(s.ts) && (s.ts[k+1].w == "’s" || s.ts[k+1].w == "'s" || (s.ts[k+1].w == "’" || s.ts[k+1].w == "'") && strings.HasSuffix(t.low, "s")) && s.ts[k+2].word && !s.ts[k+2].up && (orgDescriptors[s.ts[k+2].low] || s.low(k+2) == "rights" && orgDescriptors[s.low(k+3)]) {
			k++ // "the women’s initiative “Siostry”", "the children’s fund"
			continue
		}
		if t.word && (strings.HasSuffix(t.low, "-based") || nationalities[t.low] || t.low == "law" || t.low == "online" || t.low == "youth" || t.low == "women's" || t.low == "legal" || t.low == "civic" || t.low == "charitable" || t.low == "branch") {
			continue
		}
		if t.word && t.up && s.at[k] == nil && !determiners[t.low] && descriptorAhead(s.ts, k+1) {
			continue // "the Mari youth group “Kugarnya”"
		}
		if !t.word || t.up && !determiners[t.low] {
			if !(isOpenQuote(t.w)) {
				return nil
			}
			continue
		}
		if !t.up && !prepositions[t.low] && !auxVerbs[t.low] && descriptorAhead(s.ts, k) {
			continue // "the investigative outlet Temirov Live"
		}
		if !(determiners[t.low] || orgDescriptors[t.low] || t.low == "human" || t.low == "rights" || t.low == "non-governmental" || t.low == "public" || t.low == "independent" || t.low == "local" || t.low == "regional") {
			return nil
		}
	}
	return nil
}

// foundedAndLeads reads, after a founded organisation o, that its founder
// led it: "founded Y in 2020 and has directed it ever since", "founded Y
// in 2015 and still runs it", "founded Y and led it until 2019". It returns
// the role, or "", and whether the post is held now.
func (s *sent) foundedAndLeads(o *mention) (string, bool) {
	for x := o.j; x < len(s.ts) && x < o.j+4; x++ {
		if s.low(x) != "and" {
			continue
		}
		y := x + 1
		for s.low(y) == "has" || s.low(y) == "have" || s.low(y) == "still" || s.low(y) == "now" {
			y++
		}
		if r := verbRole(s.low(y)); r != "" && r != "founder" && s.low(y+1) == "it" {
			if until := untilAt(s, y+2); until != "" {
				return "founder and " + r + " until " + until, false
			}
			return "founder and " + r, true
		}
		return "", false
	}
	return "", false
}

// rolePhrase reads a role at token i ("the chair of the board", "a lawyer",
// "executive director") up to the preposition before the organisation. It
// returns the role, the index of the preposition and whether it heads.
func (s *sent) rolePhrase(i int) (role string, prep int, lead, ok bool) {
	k := i
	if (s.low(k) == "he" || s.low(k) == "she") && (s.low(k+1) == "is" || s.low(k+1) == "was") {
		k += 2 // "Ales Hryharovich, he is the head of BSS"
	}
	if s.low(k) == "one" && s.low(k+1) == "of" && s.low(k+2) == "the" {
		k += 3 // "one of the founders of Y": a member
	}
	if s.low(k) == "one" && s.low(k+1) == "of" && (numberWords[s.low(k+2)] || s.ts[min(k+2, len(s.ts)-1)].digit) {
		k += 3 // "one of eleven members of Y"
	}
	for k < len(s.ts) && determiners[s.low(k)] {
		k++
	}
	for w := s.low(k); w == "newly" || w == "recently" || w == "elected" || w == "re-elected" || w == "newly-elected"; w = s.low(k) {
		k++ // "newly elected chair of Y": the post
	}
	start := k
	var words []string
	inField := ""  // "in international law" after the role
	field := false // "head of research": a member who heads a field
	for k < len(s.ts) && len(words) < 6 {
		t := s.ts[k]
		if !t.word {
			break
		}
		w := t.low
		if w == "is" || w == "was" || w == "are" || w == "were" || w == "has" || w == "have" || w == "had" || (w == "and" || w == "like" || w == "unlike") && len(words) == 0 {
			return "", 0, false, false // "Saule M., and is a member of Y": a clause, not a role
		}
		if formerly[w] && len(words) > 0 && (w == "formerly" || w == "previously" || w == "now" || w == "currently") {
			k++ // "a researcher formerly with Y": the post, then where it was
			continue
		}
		if w == "of" && len(words) > 0 && s.low(k+1) == "the" && s.low(k+2) == "board" {
			words = append(words, "of", "the", "board")
			k += 3
			continue
		}
		if w == "of" && len(words) > 0 && k+2 < len(s.ts) && s.ts[k+1].word && !s.ts[k+1].up && !determiners[s.low(k+1)] && (s.low(k+2) == "at" || s.low(k+2) == "with") {
			words = append(words, "of", s.low(k+1)) // "head of research at Y"
			field = true
			k += 2
			continue
		}
		if w == "in" && len(words) > 0 && roleNoun(words[len(words)-1]) {
			// "a lecturer in international law at Y": the field, then where
			for x := k + 1; x < len(s.ts) && x <= k+5 && s.ts[x].word && (!s.ts[x].up || nationalities[s.low(x)]); x++ {
				if s.low(x) == "at" && x > k+1 {
					inField = s.words(k+1, x)
					k = x
					break
				}
			}
			break
		}
		if w == "of" || w == "at" || w == "with" || w == "for" || w == "from" || w == "in" {
			break
		}
		if w == "to" && len(words) > 0 && adviserRoles[words[len(words)-1]] {
			break // "legal adviser to Y"
		}
		if w == "who" && len(words) > 0 {
			// "a lawyer who worked with Y", "an expert who has worked for Y"
			v := k + 1
			if s.low(v) == "has" || s.low(v) == "had" || s.low(v) == "have" {
				v++
			}
			if x := s.low(v + 1); workVerbs[s.low(v)] && (x == "with" || x == "at" || x == "for" || x == "in") {
				k = v + 1
			}
			break
		}
		if pm := s.kindAt(k, rightsgraph.KindPlace); pm != nil {
			k = pm.j
			continue
		}
		if t.up && !leadRoles[w] && !memberRoles[w] && !titles[w] {
			break
		}
		words = append(words, w)
		k++
	}
	if len(words) == 0 || k >= len(s.ts) {
		return "", 0, false, false
	}
	last := words[len(words)-1]
	if strings.Join(words[max(0, len(words)-3):], " ") == "of the board" && len(words) > 3 {
		last = words[len(words)-4]
	}
	if field && len(words) >= 3 {
		last = words[len(words)-3]
		if leadRoles[last] || memberRoles[last] {
			return strings.Join(words, " "), k, false, true
		}
	}
	role = strings.Join(words, " ")
	if inField != "" {
		role += " in " + inField
	}
	_ = start
	deputy := slices.ContainsFunc(words, func(w string) bool { return subordinate[w] }) // "deputy director", "programme director"
	if x := slices.Index(words, last); x > 0 && !headModifiers[words[x-1]] && words[x-1] != "and" {
		deputy = true // "the environmental manager": a post in a field of Y, not its head
	}
	// "founder of Y" alone is one of its members; "founder and head" leads.
	founder := last == "founder" && !slices.Contains(words, "and")
	switch {
	case leadRoles[last] && !deputy && !founder && !slices.Contains(words, "member"):
		return role, k, true, true
	case len(words) >= 2 && words[len(words)-2] == "chief" && chiefHeads[last] && !deputy:
		return role, k, true, true // "chief doctor of the hospice" heads it
	case role == "editor" && (s.low(k) == "of" || s.low(k) == ",") && s.low(i) != "a" && s.low(i) != "an":
		return role, k, true, true // "editor of Dayhan Sesi" and "editor, Dayhan Sesi" head it; "an editor at Y" is on its staff
	case leadRoles[last] || memberRoles[last] || slices.Contains(words, "member") || slices.Contains(words, "members"):
		return role, k, false, true
	case len(words) <= 3 && !notRoles[last] && (strings.HasSuffix(last, "er") || strings.HasSuffix(last, "ist") || strings.HasSuffix(last, "ician") || strings.HasSuffix(last, "or") || strings.HasSuffix(last, "ant") || strings.HasSuffix(last, "ent")):
		return role, k, false, true
	}
	return "", 0, false, false
}

// personList returns the persons of a list ending with the mention at index
// mi of s.ms ("A, B and C"), first first.
func (s *sent) personList(mi int) []*mention {
	return s.personListWith(mi, listGap)
}

// personListWith is personList with the given reading of the gaps
// between the items.
func (s *sent) personListWith(mi int, listGap func([]tok) []tok) []*mention {
	list := []*mention{s.ms[mi]}
	for k := mi - 1; k >= 0; k-- {
		m, next := s.ms[k], list[0]
		if m.i > 0 && s.ts[m.i-1].w == "(" && m.j < next.i && m.ent != nil && m.ent.kind != rightsgraph.KindPerson {
			continue // the organisation in a bracket the gap reads
		}
		if m.ent == nil || m.ent.kind != rightsgraph.KindPerson {
			break
		}
		gap := listGap(s.ts[m.j:next.i])
		if len(gap) == 1 && (gap[0].w == "," || gap[0].low == "and") || len(gap) == 2 && gap[0].w == "," && gap[1].low == "and" {
			list = append([]*mention{m}, list...)
			continue
		}
		break
	}
	return list
}

// bracketGap drops any short bracket after a list's item, an
// organisation's name too ("A (Steppe Bureau) and B (Migration Watch)
// focused on …"): for the speakers of a list, not for their affiliations.
func bracketGap(gap []tok) []tok {
	if len(gap) >= 3 && gap[0].w == "(" {
		for k := 1; k < len(gap) && k <= 10; k++ {
			if gap[k].w == ")" {
				return gap[k+1:]
			}
			if gap[k].w == "." || gap[k].w == "(" || gap[k].w == ";" {
				break
			}
		}
	}
	return gap
}

// listGap drops a short bracket after a list's item ("A (psychiatrist), B
// (lawyer) and C"): what is left is the separator.
func listGap(gap []tok) []tok {
	if len(gap) >= 3 && gap[0].w == "(" {
		for k := 1; k < len(gap) && k <= 5; k++ {
			if gap[k].w == ")" {
				return gap[k+1:]
			}
			if !gap[k].word || gap[k].up {
				break
			}
		}
	}
	return gap
}

func (d *drafter) roleRel(s *sent, p *mention, org *mention, role string, lead bool, conf float64, rule string, a, b int) {
	if s.branch {
		lead = false
	}
	t := rightsgraph.RelMemberOf
	if lead {
		t = rightsgraph.RelLeads
	}
	if p.ent.kind == rightsgraph.KindOrganisation && lead || d.statedHere(s, t, p.ent, org.ent) {
		return // one sentence states an affiliation once, however many rules read it
	}
	d.add(s, t, p.ent, org.ent, role, nil, conf, rule, a, b)
}

// roleRelations finds who leads or belongs to which organisation.
func (d *drafter) roleRelations(s *sent) {
	ts := s.ts
	for mi, p := range s.ms {
		if p.ent == nil || p.ent.kind != rightsgraph.KindPerson && p.ent.kind != rightsgraph.KindOrganisation {
			continue
		}
		if p.ent.kind == rightsgraph.KindOrganisation {
			// "Memorial, a member of the FIDH network": only memberships.
			if k := p.j; k+2 < len(s.ts) && s.ts[k].w == "," {
				if role, prep, _, ok := s.rolePhrase(k + 1); ok && slices.Contains(strings.Fields(role), "member") && !slices.Contains(strings.Fields(role), "and") && s.low(k+1) != "whose" {
					if o := s.orgAfter(prep + 1); o != nil && o.ent != p.ent {
						d.add(s, rightsgraph.RelMemberOf, p.ent, o.ent, cleanRole(role), nil, 0.75, "org-appos-member-of", p.i, o.j)
					}
				}
			}
			d.orgMembers(s, p, p.ent, p.j)
			d.oneOfMembers(s, p)
			d.orgParenPerson(s, p)
			d.whichMemberJoined(s, p)
			d.coalitionOf(s, p)
			d.memberList(s, p)
			d.orgLedBy(s, p)
			d.orgIsLedBy(s, p)
			d.andIsRoleOf(s, p) // "Y has run a crisis line since 2012 and is a member of Z"
			continue
		}
		j := p.j
		if j < len(ts) && (ts[j].w == "’s" || ts[j].w == "'s") {
			// "Huseynova’s organisation is a member of the network Y"
			if orgDescriptors[s.low(j+1)] {
				if o := d.orgOfPerson(p.ent); o != nil {
					d.orgMembers(s, p, o, j+2)
				}
			}
			continue
		}
		if g := listGap(ts[j:]); j < len(ts) && ts[j].w == "(" && len(g) < len(ts)-j && len(g) > 1 && g[0].w == "," && s.kindAt(j+1, rightsgraph.KindOrganisation) == nil {
			j = len(ts) - len(g) // "C (social worker), all of them staff of Y"
		}
		if j < len(ts) && ts[j].w == "(" && s.kindAt(j+1, rightsgraph.KindPlace) != nil {
			if e := townInBrackets(ts, j+1); e > 0 && s.low(e+1) == "," && s.low(e+2) == "who" {
				j = e + 1 // "Sabina Rahimli (Baku), who coordinates Y"
			}
		}
		perfect := false
		if w := s.low(j); (w == "has" || w == "have") && j+2 < len(ts) {
			// "X has headed Y since 2015", "X has long directed Y": a post held now
			k := j + 1
			if w := s.low(k); w == "long" || w == "also" || w == "since" && ts[k+1].digit {
				k++
				if w == "since" {
					k++
				}
			}
			if v := s.low(k); v != "ran" && v != "founded" && verbRole(v) != "" {
				j, perfect = k, true // "X has led Y since 2022" leads Y now
			}
		}
		represented := d.representedBy(s, p)
		list := []*mention{p}
		// "A, B and C, lawyers of Y": the roles of the last apply to all.
		if mi+1 < len(s.ms) && s.ms[mi+1].i == j+1 && ts[j].w == "," {
			// not the end of a list yet
		} else {
			list = s.personList(mi)
		}
		switch {
		case j+1 < len(ts) && (ts[j].w == "," || ts[j].w == "–" || ts[j].w == "—" || ts[j].w == "(") && ts[j].s >= p.e:
			k := j + 1
			descRole := ""
			if w := s.low(k); (w == "a" || w == "an") && ts[j].w == "," {
				// "X, a nurse who volunteered with Y", "X, a retired judge
				// who joined the board of Y", "X, a lawyer from Almaty who
				// heads Y": a plain description, then what X does
				for x := k + 1; x < len(ts) && x <= k+9; x++ {
					if s.low(x) == "who" {
						k = x
						break
					}
					fromTown := (s.low(x+1) == "from" || s.low(x+1) == "in") && (s.kindAt(x+2, rightsgraph.KindPlace) != nil || s.low(x+2) == "exile")
					if m := s.at[x]; m != nil && m.ent != nil && m.ent.kind != rightsgraph.KindPlace || !ts[x].word || ts[x].up && s.low(x-1) != "from" && s.low(x-1) != "in" || (leadRoles[s.low(x)] || memberRoles[s.low(x)]) && prepositions[s.low(x+1)] && !fromTown {
						break // a role of a body or a name: the apposition rules read it
					}
					if leadRoles[s.low(x)] || memberRoles[s.low(x)] {
						descRole = s.low(x) // "a lawyer who worked with Y": a lawyer there
					}
				}
			}
			if s.low(k) == "who" { // "X, who heads Y"
				verb := pastTime(s, k+1)
				past := verb != k+1 // "who until 2021 worked at Y": a post held then
				k = verb - 1
				for formerly[s.low(k+1)] || s.low(k+1) == "still" {
					k++ // "who also works with Y", "who now heads Y"
				}
				v := s.low(k + 1)
				perfect := v == "has" || v == "have"
				if v == "has" || v == "have" || v == "had" {
					k++ // "who has worked with Y"
					v = s.low(k + 1)
				}
				// "X, who led Y", "who had chaired Y": a post held before, a
				// member now (the present perfect is a post held still)
				formerHead := !perfect && pastLead[v]
				if v == "been" && (s.low(k+2) == "with" || s.low(k+2) == "at") {
					// "X, who has been with Y since 2016"
					if o := s.orgAfter(k + 3); o != nil {
						for _, x := range list {
							d.roleRel(s, x, o, "", false, 0.7, "x-who-works-at-y", list[0].i, o.j)
						}
					}
					break
				}
				if v == "is" || v == "was" || v == "remains" || v == "became" || v == "been" {
					// "X, who is a member of the board of Y"
					if role, prep, lead, ok := s.rolePhrase(k + 2); ok {
						if o := s.orgAfter(prep + 1); o != nil {
							for _, x := range list {
								d.roleRel(s, x, o, cleanRole(role), lead && !past, 0.8, "x-who-is-role-of-y", list[0].i, o.j)
							}
						}
					}
					break // the roles written before X still count
				}
				if (v == "works" || v == "worked" || v == "working") && s.low(k+2) == "as" {
					// "X, who works as a lawyer at Y"
					if role, prep, lead, ok := s.rolePhrase(k + 3); ok {
						if o := s.orgAfter(prep + 1); o != nil {
							for _, x := range list {
								d.roleRel(s, x, o, cleanRole(role), lead, 0.8, "x-who-works-as-role-at-y", list[0].i, o.j)
							}
						}
					}
					break // the roles written before X still count
				}
				if s.low(k+2) == "and" && verbRole(v) != "" {
					// "who founded and leads Y", "who founded and still
					// edits Y": the second verb says it
					x := k + 3
					for formerly[s.low(x)] || s.low(x) == "still" {
						x++
					}
					if verbRole(s.low(x)) != "" {
						k, v = x-1, s.low(x)
					}
				}
				o := s.orgAfter(k + 2)
				if o == nil && s.low(k+2) == "the" && (s.low(k+3) == "board" || s.low(k+3) == "council" || s.low(k+3) == "presidium") && s.low(k+4) == "of" {
					o = s.orgAfter(k + 5) // "who chairs the board of Y"
				}
				if o == nil && serveVerbs[v] && (s.low(k+2) == "at" || s.low(k+2) == "with" || s.low(k+2) == "for" || s.low(k+2) == "in" || s.low(k+2) == "on") {
					o = s.orgAfter(k + 3) // "who had sat on Y", "who served in Y until 2018"
					if o == nil && (s.low(k+3) == "the" && (s.low(k+4) == "board" || s.low(k+4) == "council") && s.low(k+5) == "of") {
						o = s.orgAfter(k + 6) // "who sits on the board of Y"
					}
				}
				if o == nil && (serveVerbs[v] || workVerbs[v]) {
					// "who teaches refugee law at Y", "who lectures in Central
					// Asian studies at Y", "who practised for twelve years with
					// Y": what, then where
					for x := k + 2; x < len(s.ts) && x <= k+7 && (s.ts[x].word && (!s.ts[x].up || nationalities[s.low(x)] || placeSides[s.low(x)]) || s.ts[x].digit); x++ {
						if w := s.low(x); w == "at" || w == "with" || w == "for" {
							if o = s.orgAfter(x + 1); o != nil {
								break // not "for twelve years"
							}
						}
					}
				}
				if o == nil && verbRole(v) != "" && v != "founded" && s.low(k+2) != "work" && s.low(k+3) != "work" {
					// "who heads the department of obstetrics at Y", "who directs
					// programmes at Y": a part of Y, so a member of it
					for x := k + 2; x < len(s.ts) && x <= k+7 && s.ts[x].word && !s.ts[x].up; x++ {
						if w := s.low(x); x > k+2 && (w == "at" || w == "of" || w == "for" || w == "with") {
							if part := s.orgAfter(x + 1); part != nil {
								role := verbRole(v) + " of " + s.words(k+2, x)
								for _, p := range list {
									d.roleRel(s, p, part, role, false, 0.7, "x-who-heads-part-of-y", list[0].i, part.j)
								}
								break
							}
						}
					}
				}
				if o != nil {
					if v == "represents" || v == "represented" || serveVerbs[v] || workVerbs[v] {
						v = "works"
					}
					switch v {
					case "heads", "headed", "leads", "led", "chairs", "chaired", "directs", "directed", "runs", "ran", "run", "founded", "coordinates", "coordinated", "edits", "edited", "commands", "commanded":
						// "who coordinates the Centre's legal programme": a part of
						// Y, so a member of it
						// "who founded the Centre": a founder alone is one of its members
						role, lead := verbRole(v), !possessedPart(s, o) && v != "founded"
						if formerHead && untilAt(s, o.j) == "" {
							role, lead = "former "+role, false
						}
						if until := untilAt(s, o.j); until != "" {
							role, lead = role+" until "+until, false // "who headed Y until 2024": a former head
						} else if r, now := s.foundedAndLeads(o); v == "founded" && r != "" {
							role, lead = r, now
						}
						for _, x := range list {
							d.roleRel(s, x, o, role, lead, 0.85, "x-who-heads-y", list[0].i, o.j)
						}
					case "works", "worked":
						for _, x := range list {
							d.roleRel(s, x, o, descRole, false, 0.75, "x-who-works-at-y", list[0].i, o.j)
						}
					case "joined", "joins", "rejoined":
						// "X, who recently joined Y as a lawyer"
						role, e := "", o.j
						if isCloseQuote(s.low(e)) {
							e++
						}
						if s.low(e) == "as" {
							k := e + 1
							for determiners[s.low(k)] {
								k++
							}
							if r, _, ok := s.rolePhraseBare(k); ok {
								role, e = r, k+len(strings.Fields(r))
							}
						}
						for _, x := range list {
							d.roleRel(s, x, o, role, false, 0.75, "x-who-joined-y", list[0].i, e)
						}
					}
				}
				break
			}
			// One affiliation after another: "X, executive director of Y and
			// a member of Z", "X, formerly of Y, now with Z".
			for n := 0; n < 3 && k < len(ts); n++ {
				if r, _, ok := s.rolePhraseBare(k); ok && n == 0 && s.low(k+len(strings.Fields(r))) == "," && s.low(k+len(strings.Fields(r))+2) != "," {
					// "X, lawyer, member of the Georgian Bar Association": a
					// profession alone, then the post of a body
					if x := k + len(strings.Fields(r)) + 1; s.kindAt(x, rightsgraph.KindPerson) == nil {
						if rr, _, ok := s.rolePhraseBare(x); ok && s.low(x+len(strings.Fields(rr))) == "of" {
							k = x
						}
					}
				}
				e := d.apposAffiliation(s, list, j, k)
				if e >= 0 && isCloseQuote(s.low(e)) {
					e++
				}
				if e >= 0 && s.low(e) == "who" {
					d.whoWorksAt(s, list, e)
				}
				if e < 0 || e+1 >= len(ts) {
					break
				}
				switch {
				case ts[e].low == "and" || ts[e].w == "," && s.low(e+1) == "and":
					k = e + 1
					if ts[e].w == "," {
						k++
					}
					if w := s.low(k); len(list) == 1 && (k < len(ts) && ts[k].digit || numberWords[w] || w == "several" || w == "other" || w == "representatives" || w == "members" || w == "volunteers" || w == "staff") {
						k = len(ts) // "X, a judge of Y, and two volunteers of Z": other people
					}
				case ts[e].w == "," && (formerly[s.low(e+1)] || determiners[s.low(e+1)] || s.low(e+1) == "also"):
					k = e + 1
				case ts[e].w == "," && len(list) == 1 && copulaRole(s, e+1) > e+2 && appointedWords[s.low(copulaRole(s, e+1)-1)]:
					// "X, director of Y, was elected chair of the network"
					d.copulaPost(s, p, copulaRole(s, e+1))
					k = len(ts)
				default:
					k = len(ts)
				}
			}
		case j < len(ts) && (ts[j].low == "of" || ts[j].low == "from"):
			if o := s.orgAfter(j + 1); o != nil {
				for n, x := range list {
					last := list[len(list)-1]
					if n < len(list)-1 && !strings.Contains(strings.TrimSpace(d.text[x.s:x.e]), " ") && (d.affiliatedElsewhere(x.ent, o.ent) || strings.Contains(strings.TrimSpace(d.text[last.s:last.e]), " ")) {
						// "Liavonchyk, Yakubovich and Katsiaryna Ramaniuk of Y":
						// people named before by surname, with bodies of their
						// own or before a full name, are not Y's
						continue
					}
					d.roleRel(s, x, o, "", false, 0.75, "x-of-y", list[0].i, o.j)
				}
			}
		case j+2 < len(ts) && serveVerbAt(s, j) >= 0:
			// "X works for Y", "X has volunteered for Y since 2020", "X
			// lectures in international law at Y"
			if o := s.orgAfter(serveVerbAt(s, j)); o != nil {
				for _, x := range list {
					d.roleRel(s, x, o, "", false, 0.75, "x-works-for-y", list[0].i, o.j)
				}
			}
		case j+1 < len(ts) && (copulaRole(s, j) > 0 || verbRole(ts[j].low) != "" && (ts[j].low != "led" || perfect) && ts[j].low != "ran" || ts[j].low == "joined" || ts[j].low == "represented" || ts[j].low == "represents"):
			// "X heads Y", "X runs the YouTube channel “Y”", "X is a member of Y"
			v := ts[j].low
			if r := copulaRole(s, j); r > 0 {
				d.copulaPost(s, p, r)
			} else if o := s.orgAfter(j + 1); o != nil {
				// "X chairs the union’s Edineț branch": a part of Y, so a member of it
				role, lead := verbRole(v), !possessedPart(s, o) && v != "joined" && v != "represented" && v != "represents" && v != "founded"
				if r, now := s.foundedAndLeads(o); v == "founded" && r != "" {
					role, lead = r, now // "X founded Y in 2015 and still runs it"
				}
				d.roleRel(s, p, o, role, lead, 0.85, "x-heads-y", p.i, o.j)
			}
		}
		d.andIsRoleOf(s, p)
		d.predicateAfterAppos(s, p)
		// "the chair of the board of Y, X" and "Y's director X" / "Y director X".
		if !represented {
			d.preposedRole(s, p)
		}
	}
}

// copulaPost reads the post of person p that a verb gives, from r where
// copulaRole says the post starts: "X was appointed to the Council", "X
// is the Youth Alliance’s press secretary", "X was elected chair of Y".
func (d *drafter) copulaPost(s *sent, p *mention, r int) {
	if (s.low(r-1) == "appointed" || s.low(r-1) == "elected") && s.low(r) == "to" {
		if o := s.orgAfter(r + 1); o != nil {
			d.roleRel(s, p, o, "", false, 0.8, "x-appointed-to-y", p.i, o.j)
		}
	} else if o := s.orgAfter(r); o != nil && o.i <= r+1 && (s.low(o.j) == "’s" || s.low(o.j) == "'s") {
		if role, lead, ok := s.rolePhraseBare(o.j + 1); ok {
			d.roleRel(s, p, o, role, lead, 0.8, "x-is-y-s-role", p.i, o.j+1+len(strings.Fields(role)))
		}
	} else if role, prep, lead, ok := s.rolePhrase(r); ok {
		if o := s.orgAfter(prep + 1); o != nil {
			role, e := cleanRole(role), o.j
			if s.low(e) == "’s" || s.low(e) == "'s" {
				// "elected Chairwoman of the Association’s audit commission":
				// a post in a part of Y
				x := e + 1
				for x < len(s.ts) && s.ts[x].word && !s.ts[x].up {
					x++
				}
				if x > e+1 {
					role, lead, e = role+" of the "+s.words(e+1, x), false, x
				}
			}
			d.roleRel(s, p, o, role, lead, 0.85, "x-is-role-of-y", p.i, e)
		}
	}
}

// andIsRoleOf reads a second predicate of a person: "Kuzmenko has practised
// since 2009 and is a member of the Sverdlovsk Regional Bar Association",
// "X, who heads Y and currently coordinates the Z network".
func (d *drafter) andIsRoleOf(s *sent, p *mention) {
	for _, m := range s.ms {
		if m.i < p.i && m.ent != nil && (m.ent.kind == rightsgraph.KindPerson || m.ent.kind == rightsgraph.KindOrganisation) {
			return // the person is not the sentence's subject
		}
	}
	for x := p.j; x+2 < len(s.ts) && x < p.j+16; x++ {
		if m := s.at[x]; m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
			return // another person's clause
		}
		if w := s.low(x); w == ";" || w == "." || w == "said" || w == "says" {
			return
		}
		if s.low(x) != "and" {
			continue
		}
		v := x + 1
		for formerly[s.low(v)] || s.low(v) == "still" {
			v++
		}
		switch w := s.low(v); {
		case w == "is" || w == "was" || w == "remains":
			if role, prep, lead, ok := s.rolePhrase(v + 1); ok {
				if o := s.orgAfter(prep + 1); o != nil {
					d.roleRel(s, p, o, cleanRole(role), lead, 0.75, "x-and-is-role-of-y", x, o.j)
				}
			}
		case verbRole(w) != "" && w != "founded":
			if o := s.orgAfter(v + 1); o != nil {
				d.roleRel(s, p, o, verbRole(w), !s.branch && !possessedPart(s, o), 0.75, "x-and-heads-y", x, o.j)
			}
		case workVerbs[w] && (s.low(v+1) == "for" || s.low(v+1) == "at" || s.low(v+1) == "with"):
			// "X, one of the clinic’s founders, left us in 2022 and now works for Y"
			if o := s.orgAfter(v + 2); o != nil {
				d.roleRel(s, p, o, "", false, 0.75, "x-and-works-for-y", x, o.j)
			}
		}
	}
}

// notRoles end like a role noun ("-er", "-ent") but are none: "X, together
// with Y" is no member of Y.
var notRoles = wordSet(`together whether other another rather either neither under over after later never
ever however moreover present recent different consistent`)

// whoWorksAt reads "who now teaches at Y" after an apposition: "X, a
// former Y staffer who now teaches at Z".
func (d *drafter) whoWorksAt(s *sent, list []*mention, k int) {
	v := k + 1
	for formerly[s.low(v)] || s.low(v) == "has" || s.low(v) == "have" {
		v++
	}
	role, at := "", v+2
	p := v + 1
	if s.low(p) == "as" {
		// "who also volunteers as a doctor with Y": the post, then where
		for p++; p < len(s.ts) && p <= v+5 && s.ts[p].word && !s.ts[p].up && !prepositions[s.low(p)]; p++ {
			if w := s.low(p); !determiners[w] {
				role = strings.TrimSpace(role + " " + w)
			}
		}
		at = p + 1
	}
	switch w := s.low(v); {
	case w == "represents" || w == "represented":
		role, at = "representative", v+1 // "who has represented Y"
	case !workVerbs[w] && w != "teaches" && w != "taught" && w != "lectures":
		return
	case s.low(p) != "at" && s.low(p) != "with" && s.low(p) != "for" && s.low(p) != "in":
		return
	}
	if o := s.orgAfter(at); o != nil {
		for _, x := range list {
			d.roleRel(s, x, o, role, false, 0.7, "x-who-works-at-y", list[0].i, o.j)
		}
	}
}

// workVerbs say that someone works for an organisation: "who worked with Y".
var workVerbs = wordSet(`works worked working volunteers volunteered volunteering serves served practises practised
practices practiced`)

// orgMembers reads the memberships an organisation's mention states, from
// token k on: "Y is a member of Z", "Y, which unites 31 organisations,
// among them A and B", "Y, a coalition of which A is a member".
func (d *drafter) orgMembers(s *sent, p *mention, y *ent, k int) {
	ts := s.ts
	v := s.predicateAfter(k)
	if s.low(v) == "has" && s.low(v+1) == "been" {
		v++
	}
	if (s.low(v) == "has" || s.low(v) == "have") && (s.low(v+1) == "belonged" || s.low(v+1) == "also" && s.low(v+2) == "belonged") {
		v++ // "Y has also belonged to Z"
	}
	if s.low(v) == "both" || s.low(v) == "all" || s.low(v) == "also" {
		v++ // "A and B both belong to Z"
	}
	admitted := (s.low(v) == "is" || s.low(v) == "was" || s.low(v) == "were" || s.low(v) == "are") && s.low(v+1) == "admitted" && s.low(v+2) == "to"
	if w := s.low(v); w == "belongs" || w == "belonged" || w == "belong" || w == "joined" || admitted || (w == "is" || w == "was" || w == "became") && s.low(v+1) == "part" && s.low(v+2) == "of" {
		// "Y belongs to the Z network", "Y is part of the Z coalition",
		// "Y joined the Z coalition", "Y is admitted to the Z network"
		x := v + 2
		switch {
		case admitted:
			x = v + 3
		case w == "joined":
			x = v + 1
		case w == "is" || w == "was" || w == "became":
			x = v + 3
		case s.low(v+1) != "to":
			return
		}
		if o := s.orgAfter(x); o != nil && o.ent != y && networkish(o.ent) {
			members := []*mention{p}
			if w == "belong" || w == "joined" {
				members = s.orgListBefore(p) // "A and B both belong to Z", "A, B and C joined Z"
			}
			for _, m := range members {
				d.add(s, rightsgraph.RelMemberOf, m.ent, o.ent, "member", nil, 0.75, "y-belongs-to-z", members[0].i, o.j)
			}
		}
		return
	}
	if w := s.low(v); (w == "unites" || w == "includes" || w == "comprises" || w == "brings") && networkish(y) {
		// "Y, based in Warsaw, unites eight organisations …, among them A and B"
		d.membersListed(s, p, y, v+1)
		return
	}
	if w := s.low(v); (w == "is" || w == "was") && (s.low(v+1) == "a" || s.low(v+1) == "an") {
		x := v + 2
		if s.low(x) == "joint" || s.low(x) == "common" {
			x++
		}
		if (orgDescriptors[s.low(x)] || s.low(x) == "alliance") && s.low(x+1) == "of" {
			// "The CMMD is a joint initiative of A, B and C": each is a member
			d.memberOrgList(s, p, y, x+2, "y-is-an-initiative-of-z")
			return
		}
	}
	if w := s.low(v); w == "is" || w == "was" || w == "been" || w == "became" || w == "remains" {
		if role, prep, _, ok := s.rolePhrase(v + 1); ok && strings.Contains(role, "member") {
			if o := s.orgAfter(prep + 1); o != nil && o.ent != y {
				d.add(s, rightsgraph.RelMemberOf, y, o.ent, "member", nil, 0.75, "y-is-a-member-of-z", p.i, o.j)
				d.asAreMembers(s, o)
			}
		}
		return
	}
	if s.low(k) == "(" {
		for k < len(ts) && ts[k].w != ")" {
			k++
		}
		k++
	}
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) != "," {
		return
	}
	end := s.clauseEnd(k+1, false)
	for x := k + 1; x+1 < len(ts) && x < k+14; x++ {
		switch {
		case (s.low(x) == "which" || s.low(x) == "that") && (s.low(x+1) == "includes" || s.low(x+1) == "include" || s.low(x+1) == "also" && s.low(x+2) == "includes") && networkish(y):
			// "the Z network, which includes A and B": the members follow
			a := x + 2
			if s.low(x+1) == "also" {
				a++
			}
			d.memberOrgList(s, p, y, a, "z-which-includes-y")
			return
		case s.low(x) == "which" && (s.low(x+1) == "unites" || s.low(x+1) == "brings" || s.low(x+1) == "includes" || s.low(x+1) == "comprises" || s.low(x+1) == "united"):
			d.membersListed(s, p, y, x+2)
			return
		case s.low(x) == "which" && x == k+1:
			// "Y, which joined the coalition last year"
			v := x + 1
			for formerly[s.low(v)] || s.low(v) == "has" || s.low(v) == "had" {
				v++
			}
			if w := s.low(v); w == "joined" || w == "rejoined" {
				if o := s.orgAfter(v + 1); o != nil && o.ent != y {
					d.add(s, rightsgraph.RelMemberOf, y, o.ent, "member", nil, 0.7, "y-which-joined-z", p.i, o.j)
				}
				return
			}
		case s.low(x) == "of" && s.low(x+1) == "which":
			if s.low(x+2) == "the" {
				x++
			}
			if m := s.at[x+2]; m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation && s.low(m.j) == "is" && s.low(m.j+1) == "a" && s.low(m.j+2) == "member" {
				d.add(s, rightsgraph.RelMemberOf, m.ent, y, "member", nil, 0.75, "y-of-which-x-is-a-member", p.i, m.j+3)
			}
			return
		case x >= end:
			return
		}
	}
}

// memberOrgList reads a list of organisations from token a on ("A, B and
// C"), each a member of y, which p names.
func (d *drafter) memberOrgList(s *sent, p *mention, y *ent, a int, rule string) {
	for n := 0; n < 8; n++ {
		o := s.orgAfter(a)
		if o == nil || o.ent == y {
			return
		}
		d.add(s, rightsgraph.RelMemberOf, o.ent, y, "member", nil, 0.7, rule, p.i, o.j)
		next, more := s.listNext(o.j)
		if !more {
			return
		}
		a = next
	}
}

// admitted reads the bodies a network admitted as its members: "The
// congress admitted three new members to the Network: A, B and C", "The
// Board admitted the Jermuk association “Aghbyur” as a full member",
// "DECIDED: to admit A and B as members", "Two organisations were admitted
// at the meeting: A and B". The network is the body named after "to" or
// "of", else the subject that is a body, else the report's publisher.
func (d *drafter) admitted(s *sent) {
	v := slices.IndexFunc(s.ts, func(t tok) bool { return t.low == "admitted" || t.low == "admit" || t.low == "admits" })
	if v < 0 {
		return
	}
	var net *ent
	a := v + 1
	if (s.low(a) == "to" || s.low(a) == "into") && s.kindAt(a+1+b2i(s.low(a+1) == "the"), rightsgraph.KindPerson) == nil {
		// "to admit to the Network the Kostanay association “Zhas Zanger”"
		if o := s.orgAfter(a + 1); o != nil && o.i <= a+2 {
			net, a = o.ent, o.j
		}
	}
	for x := a; x < len(s.ts) && net == nil; x++ {
		// "three new members to the Network:", "as a member of the coalition"
		if w := s.low(x); (w == "to" || w == "into" || w == "of" && (s.low(x-1) == "member" || s.low(x-1) == "members")) && s.kindAt(x+1+b2i(s.low(x+1) == "the"), rightsgraph.KindOrganisation) != nil {
			net = s.orgAfter(x + 1).ent
		}
	}
	if net == nil {
		for _, m := range s.ms {
			if m.i >= v || m.ent == nil || m.ent.kind != rightsgraph.KindOrganisation {
				continue
			}
			if first, _, _ := strings.Cut(strings.ToLower(m.ent.name), " "); networkish(m.ent) && !meetingOrgans[first] {
				net = m.ent // "the Network’s coordinating council admitted …"
			}
		}
	}
	if net == nil {
		net = d.publisherOrg()
	}
	if net == nil {
		return
	}
	if c := slices.IndexFunc(s.ts[v:], func(t tok) bool { return t.w == ":" }); c > 0 {
		a = v + c + 1 // "admitted two new member organisations: …"
	}
	for _, o := range s.orgChain(a) {
		if o.ent != net && !d.statedHere(s, rightsgraph.RelMemberOf, o.ent, net) {
			d.add(s, rightsgraph.RelMemberOf, o.ent, net, "member", nil, 0.7, "z-admitted-y", v, o.j)
		}
	}
}

// meetingOrgans open the names of a body's organs that meet and decide:
// "the General Assembly of the Coalition admitted …" admits to the coalition.
var meetingOrgans = wordSet(`board general assembly council congress meeting conference presidium`)

// orgChain returns the bodies listed from token a on, joined by commas,
// semicolons and "and", each perhaps with what it is before its name, and
// with a bracket or where it is based after it: "the Vynohradiv society
// “Romani Luludi”, the Kryvyi Rih Roma Community (KRRC) and the Tobyl
// Association, based in Kostanay". It stops at anything else.
func (s *sent) orgChain(a int) []*mention {
	var out []*mention
	for x := a; len(out) < 10; {
		o := s.orgAfter(x)
		if o == nil || o.i > x+6 || s.kindAt(x, rightsgraph.KindPerson) != nil {
			return out
		}
		for y := x; y < o.i; y++ {
			if m := s.at[y]; m != nil && m.j > y {
				y = m.j - 1 // a place: "the Kryvyi Rih Roma Community"
				continue
			}
			if t := s.ts[y]; !t.word && !isOpenQuote(t.w) && t.w != "-" && t.w != "’s" && t.w != "'s" || t.word && t.up && !orgDescriptors[t.low] {
				return out // not the words that say what the body is
			}
		}
		out = append(out, o)
		x = o.j
		if isCloseQuote(s.low(x)) {
			x++
		}
		if s.low(x) == "(" {
			for y := x + 1; y < len(s.ts) && y <= x+8; y++ {
				if s.ts[y].w == ")" {
					x = y + 1 // "(Young Lawyer)", "(Talsi)"
					break
				}
			}
		}
		if s.low(x) == "," && s.low(x+1) == "based" && s.low(x+2) == "in" {
			if pl := s.kindAt(x+3, rightsgraph.KindPlace); pl != nil {
				x = pl.j // ", based in Kostanay"
			}
		}
		switch {
		case s.low(x) == "and" || s.low(x) == "&":
			x++
		case (s.low(x) == "," || s.low(x) == ";") && s.low(x+1) == "and":
			x += 2
		case s.low(x) == "," || s.low(x) == ";":
			x++
		default:
			return out
		}
	}
	return out
}

// memberNouns are the plurals a body's members go by.
var memberNouns = wordSet(`organisations organizations groups ngos associations unions initiatives members centres centers clubs`)

// coalitionOf reads the members of a body stated with its subject y: "Y is
// a coalition of five organisations: A, B and C", "Y is a member of Z,
// together with A and B", "A and B are both members of Z".
func (d *drafter) coalitionOf(s *sent, y *mention) {
	k := y.j
	if w := s.low(k); w != "is" && w != "was" && w != "are" {
		return
	}
	k++
	if w := s.low(k); w == "both" || w == "all" || w == "also" {
		k++
	}
	if w := s.low(k); w == "a" || w == "an" {
		k++
	}
	// "a coalition of five organisations: A, B and C"
	x := k
	for x < len(s.ts) && x < k+4 && s.ts[x].word && !s.ts[x].up && !networkHeads[s.low(x)] {
		x++
	}
	if networkHeads[s.low(x)] && !s.ts[x].up && s.low(x+1) == "of" {
		n := x + 2
		if s.ts[min(n, len(s.ts)-1)].digit || numberWords[s.low(n)] {
			n++
		}
		if memberNouns[s.low(n)] && s.low(n+1) == ":" {
			d.memberOrgList(s, y, y.ent, n+2, "y-is-a-coalition-of-list")
		}
		return
	}
	if w := s.low(k); (w == "member" || w == "members") && s.low(k+1) == "of" {
		z := s.orgAfter(k + 2)
		if z == nil || z.ent == y.ent || s.branch {
			return
		}
		// "A and B are both members of Z": every organisation of the subject
		if s.low(y.j) == "are" {
			for _, m := range s.ms {
				if m.j <= y.j && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation && m.ent != z.ent && !d.statedHere(s, rightsgraph.RelMemberOf, m.ent, z.ent) {
					d.add(s, rightsgraph.RelMemberOf, m.ent, z.ent, "member", nil, 0.7, "a-and-b-are-members-of-z", m.i, z.j)
				}
			}
		}
		// "…, together with A and B", "…, as are A and B"
		if s.low(z.j) == "," && s.low(z.j+1) == "together" && s.low(z.j+2) == "with" {
			d.memberOrgList(s, z, z.ent, z.j+3, "member-of-z-together-with")
		}
		d.asAreMembers(s, z)
	}
}

// membersListed reads the members of a network y named from token a on,
// after "among them", "including" or "such as": "Y unites 31
// organisations, among them A and B".
func (d *drafter) membersListed(s *sent, p *mention, y *ent, a int) {
	for x := a; x+1 < len(s.ts) && x < a+10; x++ {
		if !(s.low(x) == "among" && s.low(x+1) == "them" || s.low(x) == "including" || s.low(x) == "such" && s.low(x+1) == "as") {
			continue
		}
		for _, m := range s.ms {
			if m.i > x && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation && m.ent != y {
				d.add(s, rightsgraph.RelMemberOf, m.ent, y, "member", nil, 0.7, "y-unites-among-them-x", p.i, m.j)
			}
		}
		return
	}
}

// rolesOfList reads people listed after the plural of their role in an
// organisation: "two deputies of the Jogorku Kenesh, A and B", "lawyers of
// the Centre, A, B and C". Each is MEMBER_OF it, with the role.
func (d *drafter) rolesOfList(s *sent) {
	for of := 1; of+1 < len(s.ts); of++ {
		if s.low(of) != "of" {
			continue
		}
		role, ok := pluralRole(s.low(of - 1))
		if !ok {
			continue
		}
		o := s.orgAfter(of + 1)
		if o == nil || o.ent == nil {
			continue
		}
		// "the journalists of the online publication Ordo Press A and B",
		// "volunteers of the network’s St Petersburg group, A and B": the
		// list starts after the body's name and what follows it
		a := o.j
		for a < len(s.ts) && a < o.j+5 && s.at[a] == nil && (s.ts[a].w == "’s" || s.ts[a].w == "'s" || isCloseQuote(s.ts[a].w) || s.ts[a].word && !s.ts[a].up && unitWords[s.low(a)]) {
			a++
		}
		if m := s.at[min(a, len(s.ts))]; m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindPlace && unitWords[s.low(m.j)] {
			a = m.j + 1 // "’s St Petersburg group"
		}
		if s.low(a) == "," {
			a++
		}
		for n := 0; n < 8; n++ {
			p := s.at[min(a, len(s.ts))]
			if p == nil || p.ent == nil || p.ent.kind != rightsgraph.KindPerson {
				break
			}
			if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o.ent) {
				d.add(s, rightsgraph.RelMemberOf, p.ent, o.ent, role, nil, 0.75, "roles-of-y-list", of-1, p.j)
			}
			next, more := s.listNext(p.j)
			if !more {
				break
			}
			a = next
		}
	}
}

// listNext returns where the next item of a list starts after an item
// that ends at a ("A, B and C", "“A”, B"), and false at the list's end.
func (s *sent) listNext(a int) (int, bool) {
	if isCloseQuote(s.low(a)) {
		a++
	}
	comma := s.low(a) == ","
	if comma {
		a++
	}
	if s.low(a) == "and" {
		return a + 1, true
	}
	return a, comma
}

// pluralRole returns the singular of a plural word for positions in an
// organisation ("deputies", "lawyers"); false for any other word.
func pluralRole(w string) (string, bool) {
	var sing string
	switch {
	case strings.HasSuffix(w, "ies"):
		sing = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s"):
		sing = strings.TrimSuffix(w, "s")
	default:
		return "", false
	}
	return sing, memberRoles[sing] || leadRoles[sing]
}

// publisherOrg returns the organisation the draft has as the report's
// publisher, which "we" and "our" stand for in its own words; nil when
// there is none.
func (d *drafter) publisherOrg() *ent {
	for _, r := range d.rels {
		if r.t == rightsgraph.RelPublished && r.from != nil && r.from.kind == rightsgraph.KindOrganisation && !r.from.dropped {
			return r.from
		}
	}
	return nil
}

// quoted says whether token k lies inside quotation marks of its sentence.
func (s *sent) quoted(k int) bool {
	open := 0
	for x := 0; x < k; x++ {
		switch s.ts[x].w {
		case "“", "«":
			open++
		case "”", "»":
			open--
		}
	}
	return open > 0
}

// ourPeople reads, in a report's own words, who belongs to its publisher:
// "Our director, X", "X and Y of our legal department", "X coordinates
// our office in Y", "our team: three staff lawyers — A, B and C"; and
// what the publisher belongs to: "We are a member of Z".
func (d *drafter) ourPeople(s *sent) {
	we := d.publisherOrg()
	if we == nil {
		return
	}
	for k := 0; k < len(s.ts); k++ {
		w := s.low(k)
		if w != "our" && w != "we" || s.quoted(k) || k > 0 && s.ts[k].up && s.ts[k-1].w != "“" {
			continue // a capitalised "Our" inside a sentence starts a name
		}
		if w == "we" {
			// "We are a member of Z", "we belong to Z"
			if (s.low(k+1) == "are" || s.low(k+1) == "were") && s.low(k+2) == "a" && s.low(k+3) == "member" && s.low(k+4) == "of" ||
				s.low(k+1) == "belong" && s.low(k+2) == "to" {
				at := k + 5
				if s.low(k+1) == "belong" {
					at = k + 3
				}
				if o := s.orgAfter(at); o != nil && o.ent != we {
					d.add(s, rightsgraph.RelMemberOf, we, o.ent, "member", nil, 0.7, "we-are-members-of-z", k, o.j)
				}
			}
			continue
		}
		if s.low(k-1) == "of" && s.low(k-2) == "one" && s.low(k-3) == "," && s.orgEndsBefore(k-3) {
			continue // "the Homel Legal Initiative, one of our founding members, X …": the body's apposition
		}
		// "Our director, X" / "our lawyer X" / "Our own chair, X"
		r0 := k + 1
		if s.low(r0) == "own" {
			r0++
		}
		e := r0
		for e < len(s.ts) && e < k+4 && s.ts[e].word && !s.ts[e].up && !leadRoles[s.low(e)] && !memberRoles[s.low(e)] && roleModifiers[s.low(e)] {
			e++
		}
		if role := s.low(e); leadRoles[role] || memberRoles[role] {
			for e+1 < len(s.ts) && s.ts[e+1].word && !s.ts[e+1].up && (leadRoles[s.low(e+1)] || memberRoles[s.low(e+1)]) {
				e++ // "Our deputy director, X"
			}
			role = s.low(e)
			x := e + 1
			if s.low(x) == "," || s.low(x) == "were" || s.low(x) == "are" || s.low(x) == "is" || s.low(x) == "was" || s.low(x) == ":" {
				x++ // "Our director, X", "Our legal analysts were A and B"
			}
			roleWords := strings.TrimSpace(strings.Join(lowWords(s.ts[r0:e+1]), " "))
			if sing, ok := pluralRole(role); ok {
				roleWords = strings.TrimSuffix(roleWords, role) + sing
			}
			lead := leadRoles[role] && !slices.ContainsFunc(strings.Fields(roleWords), func(w string) bool { return subordinate[w] })
			s.branch = false // the publisher itself, not a unit an earlier match passed through
			if p := s.kindAt(x, rightsgraph.KindPerson); p != nil {
				for _, y := range s.personListFrom(p) {
					d.roleRel(s, y, &mention{ent: we}, roleWords, lead, 0.7, "our-role-x", k, y.j)
				}
				continue
			}
			if p := s.mentionEndingAt(k-2, rightsgraph.KindPerson); p != nil && (s.low(k-1) == "," || s.low(k-1) == "is") {
				// "Mirlan Orozbaev, our correspondent", "X is our only social worker"
				d.roleRel(s, p, &mention{ent: we}, roleWords, lead, 0.7, "our-role-x", p.i, e+1)
				continue
			}
		}
		if d.ourTeam(s, we, k) || d.ourLedBy(s, we, k) {
			continue
		}
		// "X and Y of our legal department", "X coordinates our office"
		b := k - 1
		verb := ""
		if s.low(b) == "of" || s.low(b) == "at" || s.low(b) == "in" {
			b--
		} else if r := verbRole(s.low(b)); r != "" || s.low(b) == "manages" || s.low(b) == "joined" && orgDescriptors[s.low(k+1)] {
			verb, b = r, b-1
			if s.low(b) == "also" {
				b--
			}
			if s.low(b) == "who" && s.low(b-1) == "," {
				b -= 2 // "X, who runs our office in Naryn"
			}
		} else {
			continue
		}
		if p := s.mentionEndingAt(b, rightsgraph.KindPerson); p != nil {
			list := []*mention{p}
			for mi, m := range s.ms {
				if m == p {
					list = s.personListWith(mi, listGap)
				}
			}
			for _, x := range list {
				d.roleRel(s, x, &mention{ent: we}, verb, false, 0.7, "x-of-our-unit", list[0].i, k+1)
			}
		}
	}
}

// representing reads who speaks or comes for an organisation: "X, representing
// Y", "X spoke on behalf of Y", "Speaking on behalf of Y, X said". Each makes
// X a member of Y, as its representative.
func (d *drafter) representing(s *sent) {
	for _, p := range s.ms {
		if p.ent == nil || p.ent.kind != rightsgraph.KindPerson {
			continue
		}
		k := p.j
		if s.low(k) == "," || s.low(k) == "(" {
			k++
		}
		for n := 0; n < 2 && (speechVerbs[s.low(k)] || attendVerbs[s.low(k)] || s.low(k) == "speaking" || s.low(k) == "who"); n++ {
			k++ // "X attended on behalf of Y", "X, speaking on behalf of Y"
		}
		at := -1
		switch {
		case s.low(k) == "representing" && k > p.j:
			at = k + 1
		case s.low(k) == "on" && s.low(k+1) == "behalf" && s.low(k+2) == "of":
			at = k + 3
		case s.low(k) == "for" && k > p.j && (speechVerbs[s.low(k-1)] || s.low(k-1) == "speaking"):
			at = k + 1 // "X spoke for the Omsk Legal Support Centre"
		}
		if at >= 0 {
			if o := s.orgAfter(at); o != nil {
				d.roleRel(s, p, o, "representative", false, 0.7, "x-representing-y", p.i, o.j)
			}
			continue
		}
		// "Speaking on behalf of Y, X said …", "Speaking for Y, its
		// programme manager X", "…, Mr. X"
		b := p.i - 1
		if s.low(b) == "." && titles[s.low(b-1)] {
			b--
		}
		if titles[s.low(b)] {
			b--
		}
		role := ""
		if r := b; s.low(r) != "," {
			for r >= 0 && s.ts[r].word && !s.ts[r].up && roleWord(s.low(r)) {
				r--
			}
			if r < b && s.low(r) == "its" && s.low(r-1) == "," {
				role, b = strings.Join(lowWords(s.ts[r+1:b+1]), " "), r-1
			} else if r < b && s.low(r) == "," {
				role, b = strings.Join(lowWords(s.ts[r+1:b+1]), " "), r // "For Y, adviser X"
			}
		}
		if s.low(p.j) == "," && s.low(p.j+1) == "its" {
			if r, _, ok := s.rolePhraseBare(p.j + 2); ok && role == "" {
				role = r // "For Y, Mr X, its deputy director, defended …"
			}
		}
		if s.low(b) != "," {
			continue
		}
		o := s.mentionEndingAt(b-1, rightsgraph.KindOrganisation)
		if o == nil && isCloseQuote(s.low(b-1)) {
			o = s.mentionEndingAt(b-2, rightsgraph.KindOrganisation)
		}
		if o == nil {
			continue
		}
		if role == "" {
			role = "representative"
		}
		for x := o.i - 1; x >= 0 && x >= o.i-7 && (s.ts[x].word || isOpenQuote(s.low(x))); x-- {
			// "Speaking on behalf of the Roma youth organisation “Drom”, X"
			if x >= 2 && s.low(x) == "of" && s.low(x-1) == "behalf" && s.low(x-2) == "on" || s.low(x) == "representing" || s.low(x) == "for" && (s.low(x-1) == "speaking" || x == 0 || s.low(x-1) == ",") {
				d.roleRel(s, p, o, role, false, 0.7, "x-representing-y", x, p.j)
				break
			}
		}
	}
}

// programmeLine reads a line of a programme or contact block that gives a
// person and their organisation and nothing else: "Alexei Pankov, Baltic
// Exile Press Association", "Moderator: X, Y (ACR)".
func (d *drafter) programmeLine(s *sent) {
	ts := s.ts
	if o := d.memberListOwner(s); o != nil {
		d.listOwner = o
	} else if !isDash(s.low(0)) && s.low(0) != "•" {
		d.listOwner = nil // the list ended
	}
	for k := range ts {
		// each line's start: the sentence's, after a line break, or an
		// item after a semicolon ("Present: A, Y; B, Z (online)")
		if k == 0 || strings.Contains(d.text[ts[k-1].e:ts[k].s], "\n") || ts[k-1].w == ";" {
			d.programmeItem(s, k)
		}
	}
}

// memberListOwner returns the publisher when the sentence opens with a line
// that announces its members listed below, one a line: "Member
// organisations and their representatives:", "Member organisations were
// represented as follows:". Each body of such a line is the publisher's
// member (bodyLine).
func (d *drafter) memberListOwner(s *sent) *ent {
	member := false
	for k, t := range s.ts {
		if k > 0 && strings.Contains(d.text[s.ts[k-1].e:t.s], "\n") {
			return nil
		}
		if t.low == "member" && (s.low(k+1) == "organisations" || s.low(k+1) == "organizations") || t.low == "members" {
			member = true
		}
		if t.w == ":" {
			if member && k+1 < len(s.ts) && strings.Contains(d.text[t.e:s.ts[k+1].s], "\n") {
				if we := d.publisherOrg(); we != nil && networkish(we) {
					return we
				}
			}
			return nil
		}
	}
	return nil
}

// programmeItem reads one line of a programme starting at token k.
func (d *drafter) programmeItem(s *sent, k int) {
	ts := s.ts
	if isDash(s.low(k)) || s.low(k) == "•" || s.low(k) == "*" {
		k++ // "– Poti Civic Centre (Poti): Nana Tsikolia, chair"
	}
	if d.bodyLine(s, k) {
		return
	}
	for x := k; x < len(ts) && x < k+3; x++ {
		if ts[x].w == ":" {
			k = x + 1 // "Moderator:", "Media contact:"
			break
		}
	}
	p := s.kindAt(k, rightsgraph.KindPerson)
	if p == nil || s.low(p.j) != "," {
		return
	}
	o := s.kindAt(p.j+1, rightsgraph.KindOrganisation)
	if s.low(p.j+1) == "the" {
		o = s.kindAt(p.j+2, rightsgraph.KindOrganisation)
	}
	if o == nil {
		return
	}
	e := o.j
	if s.low(e) == "(" && s.low(e+2) == ")" {
		e += 3 // "(BSCPP)"
	}
	var role []string
	for e < len(ts) && ts[e].word && !ts[e].up && roleWord(ts[e].low) && !strings.Contains(d.text[ts[e-1].e:ts[e].s], "\n") {
		role = append(role, ts[e].low) // "Yulia Zaitseva, Shtorm correspondent"
		e++
	}
	if s.low(e) == "(" && s.low(e+2) == ")" && !ts[e+1].up {
		e += 3 // "(online)"
	}
	if e < len(ts) && !(e == len(ts)-1 && ts[e].w == "." || ts[e].w == ";") && !strings.Contains(d.text[ts[e-1].e:ts[e].s], "\n") {
		return // more follows on the line
	}
	lead := headsBy(role)
	d.roleRel(s, p, o, strings.Join(role, " "), lead, 0.65, "programme-line", p.i, e)
}

// whoseOrganisation reads "Nana Abashidze, whose organisation, the Kakheti
// Women’s Democracy Centre, …": the person belongs to it.
func (d *drafter) whoseOrganisation(s *sent) {
	for _, p := range s.ms {
		if p.ent == nil || p.ent.kind != rightsgraph.KindPerson || s.low(p.j) != "," || s.low(p.j+1) != "whose" || !orgDescriptors[s.low(p.j+2)] {
			continue
		}
		k := p.j + 3
		if s.low(k) == "," {
			k++
		}
		if o := s.orgAfter(k); o != nil {
			d.roleRel(s, p, o, "", false, 0.7, "x-whose-organisation-y", p.i, o.j)
		}
	}
}

// whichXHeads reads a leader in an object clause: "The network, which
// Tembotov coordinates, …", "the Centre that Anna Petrova founded in 2014".
func (d *drafter) whichXHeads(s *sent) {
	for _, o := range s.ms {
		if o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation {
			continue
		}
		k := o.j
		if isCloseQuote(s.low(k)) {
			k++
		}
		if s.low(k) == "," {
			k++
		}
		if s.low(k) == "to" && s.low(k+1) == "which" {
			k++ // "Y, to which X has belonged since 2021"
		}
		if w := s.low(k); w != "which" && w != "that" {
			continue
		}
		p := s.kindAt(k+1, rightsgraph.KindPerson)
		if p == nil {
			p = s.orgAfter(k + 1)
		}
		if p == nil || p.ent == o.ent || p.i > k+3 {
			continue
		}
		v := p.j
		for formerly[s.low(v)] || s.low(v) == "has" || s.low(v) == "had" || s.low(v) == "have" || s.low(v) == "still" {
			v++
		}
		if w := s.low(v); w == "joined" || w == "belongs" || w == "belonged" || w == "belong" {
			// "the network Y, which Berega joined in 2005": a member of Y
			if p.ent.kind == rightsgraph.KindPerson || networkish(o.ent) {
				d.add(s, rightsgraph.RelMemberOf, p.ent, o.ent, "member", nil, 0.75, "y-which-x-joined", o.i, v+1)
			}
			continue
		}
		if role := verbRole(s.low(v)); role != "" && p.ent.kind == rightsgraph.KindPerson {
			d.roleRel(s, p, o, role, role != "founder", 0.75, "y-which-x-heads", o.i, v+1)
		}
	}
}

// colleagues reads "colleague at Y": "His lawyer, X, is Kodzokova’s
// colleague at the Centre", "Her colleague on the Commission, X, …". The
// colleague belongs to Y.
func (d *drafter) colleagues(s *sent) {
	for k := range s.ts {
		if w := s.low(k); w != "colleague" && w != "colleagues" {
			continue
		}
		if b := s.low(k - 1); (b == "her" || b == "his") && k >= 2 && s.low(k-2) == "and" {
			// "X, head of Y, and her colleague Z": Z belongs to Y too
			x := k + 1
			if s.low(x) == "," {
				x++
			}
			if p := s.kindAt(x, rightsgraph.KindPerson); p != nil {
				var o *ent
				for _, r := range d.rels {
					if r.to.kind == rightsgraph.KindOrganisation && (r.t == rightsgraph.RelLeads || r.t == rightsgraph.RelMemberOf) && r.qs >= s.ts[0].s && r.qe <= s.ts[k].s && r.from.kind == rightsgraph.KindPerson {
						o = r.to
					}
				}
				if o != nil {
					d.roleRel(s, p, &mention{ent: o}, "colleague", false, 0.65, "and-her-colleague-x", k-2, p.j)
				}
			}
			continue
		}
		if p := s.low(k + 1); p != "at" && p != "on" && p != "from" && p != "in" {
			continue
		}
		o := s.orgAfter(k + 2)
		if o == nil {
			continue
		}
		var p *mention
		if s.low(o.j) == "," {
			p = s.kindAt(o.j+1, rightsgraph.KindPerson) // "Her colleague on the Commission, X"
		}
		if p == nil {
			// "X is Kodzokova’s colleague at Y": the nearest person before
			// who is not the possessor
			for _, m := range s.ms {
				if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindPerson && s.low(m.j) != "’s" && s.low(m.j) != "'s" {
					p = m
				}
			}
		}
		if p != nil {
			d.roleRel(s, p, o, "colleague", false, 0.65, "colleague-at-y", min(p.i, k), max(p.j, o.j))
		}
	}
}

// secondDescription reads an apposition whose second description gives the
// organisation: "X, a German constitutional lawyer and a member of the
// Venice Commission", "X, a teacher from Aravan and a member of Y".
func (d *drafter) secondDescription(s *sent) {
	for _, p := range s.ms {
		if p.ent == nil || p.ent.kind != rightsgraph.KindPerson || s.low(p.j) != "," || !determiners[s.low(p.j+1)] {
			continue
		}
		for x := p.j + 2; x+1 < len(s.ts) && x <= p.j+9; x++ {
			t := s.ts[x]
			if t.w == "," || t.w == ";" || t.w == "." || s.at[x] != nil && s.at[x].ent != nil && s.at[x].ent.kind == rightsgraph.KindOrganisation {
				break // the first description ends, or names a body itself
			}
			if t.low != "and" || !determiners[s.low(x+1)] {
				continue
			}
			if role, prep, lead, ok := s.rolePhrase(x + 1); ok {
				if o := s.orgAfter(prep + 1); o != nil {
					d.roleRel(s, p, o, cleanRole(role), lead, 0.7, "x-a-and-a-role-of-y", p.i, o.j)
				}
			}
			break
		}
	}
}

// attendVerbs say that someone came to an event: "X attended on behalf of Y".
var attendVerbs = wordSet(`attended participated came appeared testified`)

// ourTeam reads the publisher's people listed after its "our" at k: "X,
// one of our volunteers", "one of our lawyers, X", "our team consisted of
// three staff lawyers — A, B and C". It says whether it found any.
func (d *drafter) ourTeam(s *sent, we *ent, k int) bool {
	e := k + 1
	for e < len(s.ts) && e < k+3 && s.ts[e].word && !s.ts[e].up && roleModifiers[s.low(e)] {
		e++
	}
	if s.low(k-1) == "of" && s.low(k-2) == "one" {
		// "one of our volunteers"
		role, ok := pluralRole(s.low(e))
		if !ok {
			return false
		}
		p := s.mentionEndingAt(k-4, rightsgraph.KindPerson)
		if s.low(k-3) != "," {
			p = nil
		}
		if p == nil && s.low(e+1) == "," {
			p = s.kindAt(e+2, rightsgraph.KindPerson)
		}
		if p == nil {
			return false
		}
		d.roleRel(s, p, &mention{ent: we}, role, false, 0.7, "one-of-our-role", min(p.i, k-2), max(p.j, e+1))
		return true
	}
	if !teamWords[s.low(e)] {
		return false
	}
	// "our team consisted of three staff lawyers — A, B and C": the first
	// list of persons after it, before the clause ends.
	role := ""
	for x := e + 1; x < len(s.ts) && x <= e+12; x++ {
		if w := s.low(x); w == ";" || w == "." || w == "which" || w == "who" || w == "that" {
			return false
		}
		if r, ok := pluralRole(s.low(x)); ok && role == "" {
			role = r
		}
		p := s.kindAt(x, rightsgraph.KindPerson)
		if p == nil {
			continue
		}
		list := s.personListFrom(p)
		for _, y := range list {
			d.roleRel(s, y, &mention{ent: we}, role, false, 0.7, "our-team-list", k, list[len(list)-1].j)
		}
		return true
	}
	return false
}

// headModifiers may stand before the post of a body's head without making
// it a lesser one: "executive director", "general director".
// headsBy says whether a post of these words heads its organisation: its
// last word a head's ("director", "chair", "founder and head") with no
// word that makes it a subordinate's ("deputy director"); a founder alone
// is one of its members.
func headsBy(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "founder" && !slices.Contains(words, "and") {
		return false
	}
	return leadRoles[last] && !slices.ContainsFunc(words, func(w string) bool { return subordinate[w] })
}

var headModifiers = wordSet(`executive general managing chief founding co acting interim sole board`)

// chiefHeads are the posts that head an institution after "chief": the
// chief doctor of a hospital, the chief editor of a newspaper.
var chiefHeads = wordSet(`doctor physician editor`)

// numberWords are the small counts a text writes in words: "two of its herders".
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty several some many`)

// serveVerbAt reads a verb of working for a body at token j, after
// auxiliaries and adverbs ("has long volunteered"), and returns where the
// body's name may start: after "for", "at" or "with", which may follow a
// few lower-case words of what the work is. It returns -1 when there is no
// such verb.
func serveVerbAt(s *sent, j int) int {
	j = pastTime(s, j)
	for s.low(j) == "has" || s.low(j) == "have" || s.low(j) == "had" || formerly[s.low(j)] {
		j++
	}
	spent := s.low(j) == "spent" && s.duration(j+1) > 0 // "spent eight years with Y"
	if belongVerbs[s.low(j)] && s.low(j+1) == "to" {
		return j + 2 // "X belongs to the Independent Union of Metalworkers"
	}
	if (s.low(j) == "was" || s.low(j) == "were") && (s.low(j+1) == "expelled" || s.low(j+1) == "disbarred") && s.low(j+2) == "from" {
		return j + 3 // "X was expelled from the Minsk City Bar Association": a member until then
	}
	if !serveVerbs[s.low(j)] && !workVerbs[s.low(j)] && !spent {
		return -1
	}
	for x := j + 1; x < len(s.ts) && x <= j+10 && (s.ts[x].word && !s.ts[x].up || s.ts[x].digit); x++ {
		w := s.low(x)
		if n := s.duration(x); n > 0 {
			x += n - 1 // "eight years"
			continue
		}
		if (w == "for" || w == "from" || w == "since" || w == "to") && (s.duration(x+1) > 0 || s.ts[min(x+1, len(s.ts)-1)].digit) {
			continue // "for six years", "from 2011 to 2016"
		}
		if w == "of" && s.low(j+1) == "on" && (s.low(x-1) == "board" || s.low(x-1) == "council" || s.low(x-1) == "committee") {
			return x + 1 // "sits on the advisory board of Y"
		}
		if w == "on" && x == j+1 && sitVerbs[s.low(j)] {
			// "sat on the Public Monitoring Commission"; a seat on "the
			// Coalition’s council" is sitsOn's
			o := s.kindAt(x+1+b2i(determiners[s.low(x+1)]), rightsgraph.KindOrganisation)
			if o != nil && s.low(o.j) != "’s" && s.low(o.j) != "'s" {
				return x + 1
			}
		}
		if w == "for" || w == "at" || w == "with" || w == "in" && x > j+1 {
			// "in" only after more words: "worked for six years in the
			// office of Y", not "works in Moscow"
			return x + 1
		}
	}
	return -1
}

// duration returns how many tokens a length of time at k takes ("eight
// years", "10 months", "a year"), or 0.
func (s *sent) duration(k int) int {
	w := s.low(k)
	if !(numberWords[w] || w == "a" || k < len(s.ts) && s.ts[k].digit) {
		return 0
	}
	switch s.low(k + 1) {
	case "year", "years", "month", "months", "decade", "decades":
		return 2
	}
	return 0
}

// pastTime returns where the verb starts after a time that opens a
// predicate at j ("until 2021 worked", "before joining KRLI worked", "until
// last year was"), or j when none is there.
func pastTime(s *sent, j int) int {
	if w := s.low(j); w != "until" && w != "till" && w != "before" {
		return j
	}
	for x := j + 1; x < len(s.ts) && x <= j+4; x++ {
		if w := s.low(x); serveVerbs[w] || workVerbs[w] || verbRole(w) != "" || w == "was" || w == "had" {
			return x
		}
		if !s.ts[x].word && !s.ts[x].digit {
			return j
		}
	}
	return j
}

// adviserRoles are the roles written with "to" before the organisation:
// "legal adviser to the foundation".
var adviserRoles = wordSet(`adviser advisor advisers advisors assistant consultant envoy`)

// serveVerbs say that someone works in, for or with an organisation, or
// sits on it: "who has volunteered for Y", "who sat on Y".
var serveVerbs = wordSet(`works worked volunteers volunteered serves served sits sat lectures lectured teaches taught
studies studied interns interned researches researched advises advised writes wrote written`)

// sitVerbs say that someone has a seat on a body: "X sat on the Y", "X
// served on the Y".
var sitVerbs = wordSet(`sits sat sit serves served serve`)

// belongVerbs say that someone belongs to a body: "X belongs to Y".
var belongVerbs = wordSet(`belongs belonged belong`)

// teamWords name the group of a publisher's people: "our team".
var teamWords = wordSet(`team staff group monitors crew`)

// respectively pairs a list of people with a list of bodies in order:
// "representatives of A, B and C — X, Y and Z respectively", "X and Y,
// respectively directors of A and B". Each person belongs to the body in
// the same place, in the role the sentence gives before the bodies.
func (d *drafter) respectively(s *sent) {
	r := slices.IndexFunc(s.ts, func(t tok) bool { return t.low == "respectively" })
	if r < 0 {
		return
	}
	var people, orgs []*mention
	for _, m := range s.ms {
		if m.ent == nil {
			continue
		}
		switch m.ent.kind {
		case rightsgraph.KindPerson:
			people = append(people, m)
		case rightsgraph.KindOrganisation:
			if m.part == nil && !m.generic {
				orgs = append(orgs, m)
			}
		}
	}
	if len(people) < 2 || len(people) != len(orgs) {
		return
	}
	// The role before the first body: "representatives of", "directors of".
	role, lead := "", false
	if b := orgs[0].i - 1; s.low(b) == "the" && s.low(b-1) == "of" || s.low(b) == "of" {
		at := b - 1
		if s.low(b) == "the" {
			at--
		}
		w := s.low(at)
		if sing, ok := pluralRole(w); ok {
			w = sing
		}
		if leadRoles[w] || memberRoles[w] {
			role, lead = w, leadRoles[w]
		}
	}
	for i, p := range people {
		d.roleRel(s, p, orgs[i], role, lead, 0.7, "respectively", min(p.i, orgs[i].i), max(p.j, orgs[i].j, r+1))
	}
}

// amongMembers reads "Among the network's members are A and B": each of
// the list is MEMBER_OF the organisation.
func (d *drafter) amongMembers(s *sent) {
	for _, o := range s.ms {
		if o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation {
			continue
		}
		b := o.i - 1
		if s.low(b) == "the" {
			b--
		}
		k := o.j
		if (s.low(k) == "’s" || s.low(k) == "'s") && (s.low(k+1) == "other" || s.low(k+1) == "new") {
			k++ // "The coalition’s other members are A and B"
		}
		if !(s.low(k) == "’s" || s.low(k) == "'s" || s.low(k) == "other" || s.low(k) == "new") || s.low(k+1) != "members" {
			continue
		}
		if w := s.low(k + 2); s.low(b) == "among" && w != "are" && w != "were" && w != "is" && w != "include" && w != ":" ||
			s.low(b) != "among" && w != "include" && w != "included" && w != "are" && w != ":" {
			// "Among Y's members are A and B", "Y's members include A, B and C"
			continue
		}
		for _, m := range s.ms {
			if m.i > k+2 && m.ent != nil && m.ent != o.ent && (m.ent.kind == rightsgraph.KindOrganisation || m.ent.kind == rightsgraph.KindPerson) {
				d.add(s, rightsgraph.RelMemberOf, m.ent, o.ent, "member", nil, 0.7, "among-y-members", b, m.j)
			}
		}
	}
}

// joinedList reads the organisations listed after what they joined:
// "Three organisations joined the network: A, B and C", "Two more groups
// joined the coalition at the training: A and B", "Joined the federation:
// A, B and C". Each is MEMBER_OF the body joined.
func (d *drafter) joinedList(s *sent) {
	for k, t := range s.ts {
		if t.low != "joined" && t.low != "join" && t.low != "joins" {
			continue
		}
		y := s.orgAfter(k + 1)
		if y == nil || y.ent == nil || s.branch {
			continue
		}
		c := y.j
		for c < len(s.ts) && c <= y.j+6 && s.at[c] == nil && s.ts[c].w != ":" && s.ts[c].w != "," && s.ts[c].w != "." {
			c++ // "at the training", "this year"
		}
		if s.low(c) != ":" {
			continue
		}
		if !slices.ContainsFunc(s.ts[c+1:], func(t tok) bool { return t.w == ";" }) {
			d.memberOrgList(s, y, y.ent, c+1, "joined-y-list")
			continue
		}
		// "…: the group “Kelechek” from Leilek, led by X; the Kadamjay
		// Association of Water Users; and …": each item its own clause
		for a := c + 1; a < len(s.ts); {
			if s.low(a) == "and" {
				a++
			}
			if o := s.orgAfter(a); o != nil && o.ent != nil && o.ent != y.ent {
				d.add(s, rightsgraph.RelMemberOf, o.ent, y.ent, "member", nil, 0.7, "joined-y-list", y.i, o.j)
			}
			for a < len(s.ts) && s.ts[a].w != ";" {
				a++
			}
			a++
		}
	}
}

// oneOfItsRole reads "X, one of its founders," and "X, one of their
// lawyers,": X belongs to the organisation named before in the sentence,
// or else to the one the sentence before spoke of.
func (d *drafter) oneOfItsRole(s *sent) {
	for _, p := range s.ms {
		k := p.j
		if p.ent == nil || p.ent.kind != rightsgraph.KindPerson || s.low(k) != "," || s.low(k+1) != "one" || s.low(k+2) != "of" || s.low(k+3) != "its" && s.low(k+3) != "their" {
			continue
		}
		role, ok := pluralRole(s.low(k + 4))
		if !ok {
			continue
		}
		o := s.lastOrgBefore(p.i)
		if o == nil {
			o = d.prevSubject(rightsgraph.KindOrganisation)
		}
		if o != nil && !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o) {
			// also when the sentence says X leads it: "is directed by X,
			// one of its founders"
			d.add(s, rightsgraph.RelMemberOf, p.ent, o, role, nil, 0.7, "x-one-of-its-role", p.i, k+5)
		}
	}
}

// lastOrgBefore returns the organisation named last before token k.
func (s *sent) lastOrgBefore(k int) *ent {
	var last *ent
	for _, m := range s.ms {
		if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
			last = m.ent
		}
	}
	return last
}

// boardWords name the governing body of an organisation, whose members
// are the organisation's.
var boardWords = wordSet(`board council presidium`)

// boardMembers reads who sits on a body's board when the sentence names
// only the board: "… elected its board. The chair is X. The other members
// of the new board are A, B and C", "The board is chaired by X", "elected
// the network’s council. Its members are: A, B and C". The body is the one
// whose board this or the last two sentences named ("Y's board", "the
// board of Y", "its board" after Y).
func (d *drafter) boardMembers(s *sent) {
	var owner *ent
	word := "board"
	for k, t := range s.ts {
		if !t.word || t.up || !boardWords[t.low] {
			continue
		}
		if o := d.boardOwner(s, k); o != nil {
			owner, word = o, t.low
			break
		}
		if d.boardFresh > 0 {
			word = t.low
		}
	}
	target := owner
	if target == nil && d.boardFresh > 0 {
		target = d.board
	}
	if target == nil && d.boardSection != "" {
		target = d.publisherOrg() // under the heading "Board", the publisher's
	}
	if owner != nil {
		d.board, d.boardFresh = owner, 3
	} else if d.boardFresh > 0 {
		d.boardFresh--
	}
	if target == nil || len(s.ts) < 4 {
		return
	}
	boardBefore := func(k int) bool {
		return slices.ContainsFunc(s.ts[:k], func(t tok) bool { return t.word && !t.up && boardWords[t.low] })
	}
	for k := 0; k+2 < len(s.ts); k++ {
		switch {
		case s.low(k) == "members" && (boardBefore(k) || s.low(k+1) == "of" && (boardWords[s.low(k+3)] || boardWords[s.low(k+4)]) || k <= 2 && (s.low(0) == "its" || s.low(0) == "their")):
			// "The other members of the new board are A and B", "The other
			// board members are A and B", "Its members are: A, B"
			a := k + 1
			for a < len(s.ts) && a < k+6 && s.low(a) != "are" && s.low(a) != "include" && s.low(a) != "were" {
				a++
			}
			if a >= len(s.ts) || a >= k+6 {
				continue
			}
			d.boardList(s, target, word+" member", k, a+1)
			return
		case boardWords[s.low(k)] && !s.ts[k].up && s.low(k+1) == ":" && (owner != nil || k <= 2):
			// "The association’s board: A (chair), B and C"
			d.boardList(s, target, word+" member", k, k+2)
			return
		case boardWords[s.low(k)] && !s.ts[k].up && s.includesAt(k+1) > 0:
			// "The new council of the Union includes A and B", "the board
			// also includes A and B"
			d.boardList(s, target, word+" member", k, s.includesAt(k+1))
			return
		case boardWords[s.low(k)] && !s.ts[k].up && s.chairedBy(k+1) != nil:
			// "The board is chaired by X", "The board (Consiliul de
			// administrație) is chaired by X", "governed by a board of
			// five, chaired since 2023 by X"
			if p := s.chairedBy(k + 1); !d.statedHere(s, rightsgraph.RelLeads, p.ent, target) {
				d.roleRel(s, p, &mention{ent: target}, "chair of the "+word, true, 0.7, "board-chaired-by-x", 0, p.j)
			}
			return
		case k == 0 && (s.low(0) == "the" || s.low(0) == "its") && s.low(1) == "chair" && s.low(2) == "is" && owner == nil:
			// "… elected its board. The chair is X"
			if p := s.kindAt(3, rightsgraph.KindPerson); p != nil && !d.statedHere(s, rightsgraph.RelLeads, p.ent, target) {
				d.roleRel(s, p, &mention{ent: target}, "chair", true, 0.65, "board-chair-is-x", 0, p.j)
			}
			return
		}
	}
}

// oneOfMembers reads a body's membership in apposition after "one of":
// "the Chiatura Miners’ Families Association, one of the Network’s
// founding members", "“Ryadom” (Side by Side), one of the coalition’s
// founding members", "the Homel Legal Initiative, one of our founding
// members".
func (d *drafter) oneOfMembers(s *sent, p *mention) {
	k := p.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	k = s.afterBrackets(k)
	if s.low(k) != "," || s.low(k+1) != "one" || s.low(k+2) != "of" {
		return
	}
	x := k + 3
	var z *ent
	if s.low(x) == "our" {
		z, x = d.publisherOrg(), x+1
	} else {
		for y := x; y < len(s.ts) && y < x+8; y++ {
			if w := s.low(y); w == "’s" || w == "'s" {
				if m := s.mentionEndingAt(y-1, rightsgraph.KindOrganisation); m != nil {
					z, x = m.ent, y+1
				}
				break
			}
		}
	}
	if z == nil || z == p.ent {
		return
	}
	role := "member"
	for ; x < len(s.ts) && (s.low(x) == "founding" || s.low(x) == "first" || s.low(x) == "original" || s.low(x) == "oldest"); x++ {
		if s.low(x) == "founding" {
			role = "founding member"
		}
	}
	if s.low(x) == "members" || s.low(x) == "member" && s.low(x+1) == "organisations" {
		d.add(s, rightsgraph.RelMemberOf, p.ent, z, role, nil, 0.7, "y-one-of-zs-members", p.i, x+1)
	}
}

// orgEndsBefore says whether an organisation's name ends just before
// token k, after its closing quote or brackets.
func (s *sent) orgEndsBefore(k int) bool {
	e := k - 1
	if e >= 0 && s.ts[e].w == ")" {
		for e > 0 && s.ts[e].w != "(" {
			e--
		}
		e--
	}
	if e >= 0 && isCloseQuote(s.ts[e].w) {
		e--
	}
	return s.mentionEndingAt(e, rightsgraph.KindOrganisation) != nil
}

// affiliatedElsewhere says whether the draft already has p leading or
// belonging to a body other than o.
func (d *drafter) affiliatedElsewhere(p, o *ent) bool {
	for _, r := range d.rels {
		if r.from == p && r.to != o && (r.t == rightsgraph.RelLeads || r.t == rightsgraph.RelMemberOf) {
			return true
		}
	}
	return false
}

// whoLeadsIt reads ", who has directed it ever since", ", who still runs
// it", ", who heads it" from token j after a founder's name, and returns
// the post and the token after "it"; e is 0 when no such clause follows.
func (s *sent) whoLeadsIt(j int) (role string, e int) {
	if s.low(j) != "," || s.low(j+1) != "who" {
		return "", 0
	}
	k := j + 2
	for n := 0; n < 2 && (s.low(k) == "has" || s.low(k) == "still" || s.low(k) == "now" || s.low(k) == "also"); n++ {
		k++
	}
	v := s.low(k)
	if _, ok := passiveLead[v]; !ok && !slices.Contains([]string{"heads", "leads", "chairs", "directs", "coordinates", "runs"}, v) {
		return "", 0
	}
	if s.low(k+1) != "it" {
		return "", 0
	}
	return verbRole(v), k + 2
}

// skipWhenWhere returns the token after the phrases of place and time
// that may stand between a passive verb and its "by": "from Almaty",
// "since May 2019", "in Mogilev in 2016".
func (s *sent) skipWhenWhere(k int) int {
	for n := 0; n < 3 && (s.low(k) == "from" || s.low(k) == "since" || s.low(k) == "in"); n++ {
		k++
		if m := s.at[min(k, len(s.ts))]; m != nil {
			k = m.j
			continue
		}
		start := k
		for k < len(s.ts) && k < start+4 && (s.ts[k].digit || months[s.low(k)] > 0 || s.low(k) == "early" || s.low(k) == "late" || s.low(k) == "the" && k == start) {
			k++
		}
		if k == start {
			k++
		}
	}
	return k
}

// chairedBy reads who chairs a board from token k after the board's word:
// "is chaired by X", "has been chaired since 2022 by the economist X", "of
// five, chaired since 2023 by X". It returns nil when no such clause
// follows.
func (s *sent) chairedBy(k int) *mention {
	k = s.afterBrackets(k)
	if s.low(k) == "of" && k+1 < len(s.ts) && (s.ts[k+1].digit || numberWords[s.low(k+1)]) {
		k += 2 // "a board of five"
	}
	switch {
	case s.low(k) == "is" || s.low(k) == "was" || s.low(k) == ",":
		k++
	case s.low(k) == "has" && s.low(k+1) == "been":
		k += 2
	default:
		return nil
	}
	if s.low(k) != "chaired" && s.low(k) != "headed" {
		return nil
	}
	k = s.skipWhenWhere(k + 1)
	if s.low(k) != "by" {
		return nil
	}
	k++
	for n := 0; n < 3 && k < len(s.ts) && (titles[s.low(k)] || s.low(k) == "." || determiners[s.low(k)] && !s.ts[k].up || s.ts[k].word && !s.ts[k].up && roleNoun(s.low(k))); n++ {
		k++ // "by Dr X", "by the economist X"
	}
	return s.kindAt(k, rightsgraph.KindPerson)
}

// afterBrackets returns k, or the token after the brackets that open at k:
// a translation or an acronym written after a word.
func (s *sent) afterBrackets(k int) int {
	if s.low(k) != "(" {
		return k
	}
	for x := k + 1; x < len(s.ts) && x <= k+12; x++ {
		if s.ts[x].w == ")" {
			return x + 1
		}
	}
	return k
}

// boardSectionList reads the publisher's board listed under a heading of
// its own ("Board of Trustees"), one member a line: "– Saule Temirbekova
// (chair);", "– Yerlan Mukashev, chairman of the miners’ union “Kenshi
// Birligi”;". The chair leads the publisher; the others sit on its board.
func (d *drafter) boardSectionList(s *sent) {
	if d.boardSection == "" {
		return
	}
	we := d.publisherOrg()
	if we == nil {
		return
	}
	member := "board member"
	if strings.Contains(d.boardSection, "trustees") {
		member = "trustee"
	}
	for k := range s.ts {
		if !d.lineStart(s.ts, k) || !isDash(s.low(k)) && s.low(k) != "•" {
			continue
		}
		p := s.kindAt(k+1, rightsgraph.KindPerson)
		for t := k + 1; p == nil && t < k+3 && t < len(s.ts) && (titles[s.low(t)] || s.ts[t].w == "."); t++ {
			p = s.kindAt(t+1, rightsgraph.KindPerson) // "– Professor X"
		}
		if p == nil || p.ent == we {
			continue
		}
		chair := s.low(p.j) == "(" && leadRoles[s.low(p.j+1)] && s.low(p.j+2) == ")" ||
			s.low(p.j) == "," && leadRoles[s.low(p.j+1)] && (p.j+2 >= len(s.ts) || !s.ts[p.j+2].word)
		if chair {
			d.roleRel(s, p, &mention{ent: we}, s.low(p.j+1)+" of the "+d.boardSection, true, 0.65, "board-section-list", k, p.j+2)
		} else {
			d.roleRel(s, p, &mention{ent: we}, member, false, 0.65, "board-section-list", k, p.j)
		}
	}
}

// staffSectionList reads the publisher's staff listed under a heading of
// their own, one post a line: the post before a dash ("Executive director —
// Margareta Bîrcă (since 2011)", "Personal assistance service — Liliana
// Scutaru (coordinator), Petru Bodiul (peer counsellor)") or after it ("Ion
// Gârbu — deputy director"). The head of the whole body leads it; everyone
// else is its member.
func (d *drafter) staffSectionList(s *sent) {
	if !d.staffSection {
		return
	}
	we := d.publisherOrg()
	if we == nil {
		return
	}
	for k := range s.ts {
		if !d.lineStart(s.ts, k) || isDash(s.low(k)) {
			continue
		}
		end := k + 1
		for end < len(s.ts) && !d.lineStart(s.ts, end) {
			end++
		}
		dash := slices.IndexFunc(s.ts[k:end], func(t tok) bool { return isDash(t.w) })
		if dash <= 0 {
			continue
		}
		dash += k
		if p := s.kindAt(k, rightsgraph.KindPerson); p != nil && p.ent != nil {
			// "Ion Gârbu — deputy director"
			if p.j == dash {
				if role, ok := d.postWords(s, dash+1, end); ok {
					d.roleRel(s, p, &mention{ent: we}, role, headsBy(strings.Fields(firstPart(role))), 0.6, "staff-section-list", k, end)
				}
			}
			continue
		}
		post, ok := d.postWords(s, k, dash)
		if !ok {
			continue
		}
		for x := dash + 1; x < end; x++ {
			p := s.kindAt(x, rightsgraph.KindPerson)
			if p == nil || p.ent == nil {
				continue
			}
			role, lead := post, headsBy(strings.Fields(firstPart(post)))
			if s.low(p.j) == "(" {
				if r, ok := d.postWords(s, p.j+1, slices.IndexFunc(s.ts[p.j:end], func(t tok) bool { return t.w == ")" })+p.j); ok {
					role, lead = r, false // "Liliana Scutaru (coordinator)" of a service, not of the body
				}
			}
			d.roleRel(s, p, &mention{ent: we}, role, lead, 0.6, "staff-section-list", k, p.j)
			x = p.j
		}
	}
}

// postWords returns the words from i to j as a post ("deputy director, head
// of the Chisinau office"), when they name no entity and hold no number; a
// capitalised first word is lower-cased.
func (d *drafter) postWords(s *sent, i, j int) (string, bool) {
	if i >= j || j > len(s.ts) {
		return "", false
	}
	for x := i; x < j; x++ {
		if t := s.ts[x]; t.digit || s.at[x] != nil && s.at[x].ent != nil && s.at[x].ent.kind != rightsgraph.KindPlace {
			return "", false
		}
	}
	r := d.text[s.ts[i].s:s.ts[j-1].e]
	if !s.ts[i].caps {
		r = strings.ToLower(r[:1]) + r[1:]
	}
	return r, true
}

// firstPart returns a post up to its first comma: "deputy director" of
// "deputy director, head of the Chisinau office".
func firstPart(role string) string {
	if c := strings.IndexByte(role, ','); c >= 0 {
		return role[:c]
	}
	return role
}

// boardAppointed reads a post a body's board gave: "In March the board
// appointed Asel Tokonova as deputy director", "the centre’s board
// appointed X, until now the head of its legal department, as executive
// director". The post is in the board's body: the one the sentence names
// as its owner, else the one whose board the text spoke of, else the
// publisher.
func (d *drafter) boardAppointed(s *sent) {
	v := slices.IndexFunc(s.ts, func(t tok) bool { return t.low == "appointed" || t.low == "elected" })
	if v < 2 || !boardWords[s.low(v-1)] || s.ts[v-1].up {
		return
	}
	p := s.kindAt(v+1, rightsgraph.KindPerson)
	if p == nil {
		return
	}
	a := p.j
	for c := a + 1; s.low(a) == "," && c < len(s.ts) && c < a+25 && s.kindAt(c, rightsgraph.KindPerson) == nil; c++ {
		if s.low(c) == "," && s.low(c+1) == "as" {
			a = c + 1 // ", until now the head of its legal department,", ", who had run the Centre’s programme,"
			break
		}
	}
	if s.low(a) != "as" {
		return
	}
	if w := s.low(a + 1); w == "its" || w == "the" || w == "their" {
		a++ // "as its director"
	}
	role, lead, ok := s.rolePhraseBare(a + 1)
	if !ok || s.low(a+1+len(strings.Fields(role))) == "of" {
		return // "as head of Y": another rule's
	}
	body := d.boardOwner(s, v-1)
	if body == nil && s.low(v-2) == "its" {
		body = d.prevSubject(rightsgraph.KindOrganisation) // "Y … . On 5 October its board elected X"
	}
	if body == nil && d.boardFresh > 0 {
		body = d.board
	}
	if body == nil {
		body = d.publisherOrg()
	}
	if body == nil {
		return
	}
	d.roleRel(s, p, &mention{ent: body}, role, lead, 0.7, "board-appointed-x-as-role", v-1, a+1+len(strings.Fields(role)))
}

// officeHolders open the names of bodies that are one person's office:
// "Commissioner for Human Rights in the Vologda Region".
var officeHolders = wordSet(`commissioner ombudsman ombudsperson`)

// namesOffice returns the office a body's name opens with, in lower case
// ("commissioner" of "Commissioner for Human Rights in the Vologda
// Region"), or "".
func namesOffice(e *ent) string {
	first, _, _ := strings.Cut(e.name, " ")
	if w := strings.ToLower(first); officeHolders[w] {
		return w
	}
	return ""
}

// holderOfOffice reads who holds an office that a body's name names, next
// to it: "Irina Smirnova, Commissioner for Human Rights in the Vologda
// Region", "the Commissioner for Human Rights in the Samara Region, Olga
// Volkova", "Ombudsman of Moldova Anna Rusu". The holder leads the body.
func (d *drafter) holderOfOffice(s *sent) {
	for _, o := range s.ms {
		if o.ent == nil || o.ent.kind != rightsgraph.KindOrganisation || !officeHolders[s.low(o.i)] || !s.ts[o.i].up {
			continue
		}
		office := namesOffice(o.ent)
		if office == "" {
			continue // "the Commissioner" standing for the Office of the Commissioner
		}
		var p *mention
		switch {
		case o.i >= 2 && s.low(o.i-1) == "," && (o.j >= len(s.ts) || !s.ts[o.j].word || s.low(o.j) == "and"):
			// "X, Commissioner for Human Rights in Y,"
			p = s.mentionEndingAt(o.i-2, rightsgraph.KindPerson)
		case objectOf(s, o):
			// "an observer from the office of the Commissioner …, X": another post
		case s.low(o.j) == ",":
			// "the Commissioner for Human Rights in Y, X, said"
			if q := s.kindAt(o.j+1, rightsgraph.KindPerson); q != nil && (q.j >= len(s.ts) || !s.ts[q.j].word) {
				p = q
			}
		default:
			p = s.kindAt(o.j, rightsgraph.KindPerson) // "Ombudsman of Moldova Anna Rusu"
		}
		if p != nil && !d.statedHere(s, rightsgraph.RelLeads, p.ent, o.ent) {
			d.roleRel(s, p, o, office, true, 0.75, "holder-of-office", min(p.i, o.i), max(p.j, o.j))
		}
	}
}

// ledUnits are the parts of a body that "The … is headed by X" names alone.
var ledUnits = wordSet(`branch office department division chapter commission`)

// unitLedBy reads who leads a unit named only by what it is, at the start
// of a sentence: "The branch is headed by X", "Cahul: the office is headed
// by X", "The audit commission is chaired by X". X belongs to the body the
// unit is part of: the one whose unit of that kind the text named last
// ("The Talas branch of the Legal Aid Coalition of Kyrgyzstan joins …"),
// or the publisher when a town opens the line.
func (d *drafter) unitLedBy(s *sent) {
	defer func() {
		// "The Talas branch of the Legal Aid Coalition of Kyrgyzstan":
		// whose branch "the branch" is from now on
		for x := 1; x+2 < len(s.ts); x++ {
			if w := s.low(x); ledUnits[w] && s.low(x+1) == "of" {
				if o := s.orgAfter(x + 2); o != nil && o.i <= x+3 {
					d.unitOwner[w] = o.ent
				}
			}
		}
	}()
	k, town := 0, ""
	if pl := s.kindAt(0, rightsgraph.KindPlace); pl != nil && s.low(pl.j) == ":" {
		town, k = d.text[s.ts[0].s:s.ts[pl.j-1].e], pl.j+1 // "Cahul: the office …"
	}
	if s.low(k) != "the" {
		return
	}
	u := k + 1
	for u < len(s.ts) && u < k+4 && s.ts[u].word && !s.ts[u].up && !ledUnits[s.low(u)] {
		u++ // "The audit commission", "the legal department"
	}
	if u >= len(s.ts) || s.ts[u].up || !ledUnits[s.low(u)] {
		return
	}
	unit := s.words(k+1, u+1)
	v := u + 1
	if w := s.low(v); w != "is" && w != "was" {
		return
	}
	v++
	if w := s.low(v); w == "now" || w == "currently" {
		v++
	}
	active, ok := passiveLead[s.low(v)]
	if !ok || s.low(v+1) != "by" {
		return
	}
	p := s.kindAt(v+2, rightsgraph.KindPerson)
	for t := v + 2; p == nil && t < v+5 && t < len(s.ts) && (titles[s.low(t)] || roleWord(s.low(t)) || determiners[s.low(t)] || s.ts[t].w == "."); t++ {
		p = s.kindAt(t+1, rightsgraph.KindPerson) // "by Dr X", "by the lawyer X"
	}
	body := d.unitOwner[s.low(u)]
	if town != "" {
		body = d.publisherOrg()
	}
	if p == nil || body == nil {
		return
	}
	if town != "" {
		unit = town + " " + unit // "head of the Cahul office"
	}
	d.roleRel(s, p, &mention{ent: body}, verbRole(active)+" of the "+unit, false, 0.6, "unit-is-led-by-x", k, p.j)
}

// includesAt returns where a list starts after "includes" at token k or
// after the owner or an adverb that follow the board's word there ("of
// the Union includes", "also includes"); 0 when no such verb follows.
func (s *sent) includesAt(k int) int {
	if s.low(k) == "of" {
		if o := s.orgAfter(k + 1); o != nil {
			k = o.j
		}
	}
	if s.low(k) == "also" || s.low(k) == "now" {
		k++
	}
	if w := s.low(k); w == "includes" || w == "included" || w == "include" {
		return k + 1
	}
	return 0
}

// boardOwner returns the organisation whose board the word at k names:
// "Y's board", "the board of Y", "its board" after Y in the sentence, "our
// board", or "Y is chaired by X; the board also includes …".
func (d *drafter) boardOwner(s *sent, k int) *ent {
	b := k - 1
	for b > 0 && (s.low(b) == "new" || s.low(b) == "standing" || s.low(b) == "coordinating" || s.low(b) == "supervisory" || s.low(b) == "executive") {
		b--
	}
	switch w := s.low(b); {
	case w == "’s" || w == "'s":
		if m := s.kindAt(b-1, rightsgraph.KindOrganisation); m != nil {
			return m.ent
		}
		for _, m := range s.ms {
			if m.j == b && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
				return m.ent
			}
		}
	case w == "its" || w == "their":
		return s.lastOrgBefore(b)
	case w == "our":
		return d.publisherOrg()
	}
	if s.low(k+1) == "of" && !(k+2 < len(s.ts) && (s.ts[k+2].digit || numberWords[s.low(k+2)])) {
		if o := s.orgAfter(k + 2); o != nil && o.ent != nil && !s.branch {
			return o.ent
		}
		return nil
	}
	if (s.low(b) == "the" || s.low(b) == "a") && len(s.ms) > 0 && s.ms[0].i <= 1 && s.ms[0].j < b && s.ms[0].ent != nil && s.ms[0].ent.kind == rightsgraph.KindOrganisation {
		return s.ms[0].ent // "Y is chaired by X; the board also includes A", "Y is governed by a board of five"
	}
	return nil
}

// boardList makes each person listed from token a on a member of y, with
// the role: "A, a lecturer at Vilnius University, and B, a psychologist".
// A person counts when a list's comma, "and", a colon or the start leads
// to it, so that a person named inside a description does not.
func (d *drafter) boardList(s *sent, y *ent, role string, from, a int) {
	if s.low(a) == ":" {
		a++
	}
	if s.lastItemAfterSemicolon(a) && (d.boardSection != "" || slices.ContainsFunc(s.ts[:a], func(t tok) bool { return t.word && !t.up && boardWords[t.low] })) {
		// "A, one of the founders; B, a councillor in Y; and C, who leads Z"
		for _, p := range s.semicolonItems(a) {
			if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, y) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, y) {
				d.add(s, rightsgraph.RelMemberOf, p.ent, y, role, nil, 0.7, "board-members-are-x", from, p.j)
			}
		}
		return
	}
	for x := a; x < len(s.ts) && s.ts[x].w != ";"; x++ {
		p := s.kindAt(x, rightsgraph.KindPerson)
		if p == nil {
			continue
		}
		b := x - 1
		for n := 0; b >= a && (titles[s.low(b)] || n < 3 && s.ts[b].word && !s.ts[b].up && (roleNoun(s.low(b)) || roleModifiers[s.low(b)] || s.low(b) == "the" || s.low(b) == "retired" || s.low(b) == "former")); n++ {
			b-- // "the retired judge C"
		}
		if b < a || s.low(b) == "," || s.low(b) == "and" || s.low(b) == ":" {
			t, r, end := rightsgraph.RelMemberOf, role, p.j
			if s.low(p.j) == "(" {
				// "A (chair), B and C": a post of the board in brackets
				if post, lead, ok := s.rolePhraseBare(p.j + 1); ok && s.low(p.j+1+len(strings.Fields(post))) == ")" {
					r, end = post+" of the "+strings.Fields(role)[0], p.j+2+len(strings.Fields(post))
					if lead {
						t = rightsgraph.RelLeads
					}
				}
			}
			if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, y) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, y) {
				d.add(s, t, p.ent, y, r, nil, 0.7, "board-members-are-x", from, end)
			}
		}
		x = p.j - 1
	}
}

// orgIsLedBy reads a leader named in a passive clause whose subject is
// the organisation: "The network is coordinated from Almaty by X", "Y's
// board is chaired by X".
func (d *drafter) orgIsLedBy(s *sent, o *mention) {
	k := o.j
	if o.part != nil {
		k = o.part.j // "The Uzgen Branch of Ak Niet is led by X": the unit is
	}
	for _, u := range s.ms {
		if u.part == o {
			return // … and not its body
		}
	}
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) == "(" {
		// "The independent union “Mys” (Copper) is led by X": a translation
		for x := k + 1; x < len(s.ts) && x <= k+8; x++ {
			if s.low(x) == ")" {
				k = x + 1
				break
			}
		}
	}
	board, aside := false, false
	unit := ""
	if (s.low(k) == "’s" || s.low(k) == "'s") && s.low(k+1) == "board" {
		board, k = true, k+2
	} else if s.low(k) == "’s" || s.low(k) == "'s" {
		// "The Centre’s Isfara office is headed by X", "The Union’s legal
		// service is headed by X": X heads a part of the body
		u := k + 1
		if m := s.kindAt(u, rightsgraph.KindPlace); m != nil {
			u = m.j
		} else if u < len(s.ts) && s.ts[u].word && s.ts[u].up && s.at[u] == nil {
			u++ // a town the lexicon does not know
		}
		e := u
		for e < len(s.ts) && e < u+3 && s.ts[e].word && !s.ts[e].up && !unitWords[s.low(e)] && s.low(e) != "service" {
			e++
		}
		if e < len(s.ts) && s.ts[e].word && !s.ts[e].up && (unitWords[s.low(e)] || s.low(e) == "service") {
			unit, k = d.text[s.ts[k+1].s:s.ts[e].e], e+1
		}
	}
	if s.ts[min(k, len(s.ts)-1)].word && !s.ts[min(k, len(s.ts)-1)].up && orgDescriptors[s.low(k)] {
		k++ // "The Citizens Against Corruption group is headed by X"
	}
	if c := s.asideEnd(k); c > 0 && (s.low(c+1) == "is" || s.low(c+1) == "was" || s.low(c+1) == "has") {
		k = c + 1 // "The hospital, the largest in the region, is headed by X"
	}
	switch {
	case s.low(k) == "is" || s.low(k) == "was":
		k++
	case s.low(k) == "has" && s.low(k+1) == "been":
		k += 2
	case s.low(k) == "," && (s.low(k+1) == "which" || s.low(k+1) == "that") && (s.low(k+2) == "is" || s.low(k+2) == "was"):
		k += 3 // "Y, which is headed by X, …"
	case s.low(k) == "," && (foundedWords[s.low(k+1)] || s.low(k+1) == "set" && s.low(k+2) == "up"):
		k++ // "Y, founded in 2003 by X, …": founders in an aside
		aside = true
	case s.low(k) == "," && passiveLead[s.low(k+1)] != "" && s.low(k+2) == "by":
		k++ // "The clinic, headed by Dr X, sends students"
		aside = true
	default:
		return
	}
	if adverbs[s.low(k)] || s.low(k) == "currently" || s.low(k) == "now" || s.low(k) == "still" {
		k++
	}
	active, ok := passiveLead[s.low(k)]
	founded := foundedWords[s.low(k)] || s.low(k) == "set" && s.low(k+1) == "up"
	if !ok && !founded {
		return
	}
	if s.low(k) == "set" {
		k++
	}
	k++
	k = s.skipWhenWhere(k)
	if founded && s.low(k) == "and" {
		// "Y was founded in Urgench in 2019 and is directed by X", "Y, set
		// up in 2023 and coordinated by X": who leads it now
		x := k + 1
		if w := s.low(x); w == "is" || w == "was" || w == "has" && s.low(x+1) == "been" {
			x++
			if w == "has" {
				x++
			}
		}
		if adverbs[s.low(x)] || s.low(x) == "now" || s.low(x) == "still" {
			x++
		}
		if a, ok := passiveLead[s.low(x)]; ok && s.low(s.skipWhenWhere(x+1)) == "by" {
			active, founded, k = a, false, s.skipWhenWhere(x+1) // "set up in 2005 and headed since 2017 by X"
		}
	}
	if s.low(k) != "by" {
		return
	}
	if founded {
		// "Dzvon was set up in Mogilev in 2016 by the advocate A, the
		// journalist B and C": each founder is a member
		from := k + 1
		for _, p := range s.describedPersons(k + 1) {
			if aside && slices.ContainsFunc(s.ts[from:p.i], func(t tok) bool {
				return t.word && !t.up && t.low != "and" && !determiners[t.low] && !titles[t.low] && !leadRoles[t.low] && !memberRoles[t.low]
			}) {
				break // "Y, founded by X, sent its lawyer Z": the aside ended
			}
			from = p.j
			if role, e := s.whoLeadsIt(p.j); e > 0 {
				// "founded in 2009 by the lawyer X, who has directed it ever since"
				d.roleRel(s, p, o, "founder and "+role, true, 0.75, "y-was-founded-by-x-who-leads-it", o.i, e)
				continue
			}
			d.roleRel(s, p, o, "founder", false, 0.75, "y-was-founded-by-x", o.i, p.j)
		}
		return
	}
	role, rule := verbRole(active), "y-is-led-by-x"
	var p *mention
	if s.low(k+1) == "its" {
		// "is headed by its chief physician, X": the post named; whatever
		// the post ("led by its deputy director" while the director is
		// away), it says who leads the body now
		role, _, p = s.postThenPerson(k + 2)
		rule = "y-is-led-by-its-role-x"
	} else {
		p = s.kindAt(k+1, rightsgraph.KindPerson)
		for x := k + 1; p == nil && x < k+4 && x < len(s.ts) && (titles[s.low(x)] || s.ts[x].w == "."); x++ {
			p = s.kindAt(x+1, rightsgraph.KindPerson) // "by Professor X"
		}
		if board {
			role = "chair of the board"
		}
	}
	if p == nil {
		return
	}
	if unit != "" {
		d.roleRel(s, p, o, role+" of the "+unit, false, 0.75, "y-unit-is-led-by-x", o.i, p.j)
		return
	}
	of := o.i - 1
	if s.low(of) == "the" {
		of--
	}
	if u := of - 1; u >= 0 && s.low(of) == "of" && unitWords[s.low(u)] && !s.ts[u].up {
		// "The Nadvirna branch of Y is headed by X": X heads a part of Y
		// and is a member of the whole
		d.roleRel(s, p, o, role+" of the "+s.low(u), false, 0.75, "unit-of-y-is-led-by-x", u, p.j)
		return
	}
	d.roleRel(s, p, o, role, true, 0.8, rule, o.i, p.j)
}

// asideEnd returns where an aside that opens with the comma at k closes
// ("Y, the largest in the region, is …", "the office, opened in 2019, is
// …"): the closing comma, within ten tokens and with no name between; 0
// when there is none.
func (s *sent) asideEnd(k int) int {
	if s.low(k) != "," {
		return 0
	}
	for c := k + 1; c < len(s.ts) && c <= k+10; c++ {
		if s.at[c] != nil || s.low(c) == "which" || s.low(c) == "who" || s.low(c) == "and" {
			return 0
		}
		if s.low(c) == "," {
			return c
		}
	}
	return 0
}

// uniteVerbs say that an organisation is made of others.
var uniteVerbs = wordSet(`unites united includes include included comprises comprised brings brought`)

// memberCounts are the words that count what a network is made of.
var memberCounts = wordSet(`organisations organizations groups ngos members associations initiatives foundations centres`)

// memberList reads the members of an organisation p listed after what it
// is made of: "The Alliance unites fourteen organisations, among them A
// and B", "Y now brings together five groups: A, B and C", "Y, whose
// members include A and B". Each organisation or person of the list is
// MEMBER_OF p.
func (d *drafter) memberList(s *sent, p *mention) {
	// A list runs on through colons and quoted names, to the end of the
	// sentence or a semicolon.
	end := p.j
	for end < len(s.ts) && s.ts[end].w != ";" && s.ts[end].w != "." {
		end++
	}
	for v := p.j; v < end && v < p.j+16; v++ {
		w := s.low(v)
		if s.low(v-1) == "," && (w == "which" || w == "based" || w == "founded" || w == "headed" || w == "led") {
			// an aside ("The network, which X coordinates, unites …",
			// "Y, based in Warsaw, unites …"): past it
			for v < end && s.ts[v].w != "," {
				v++
			}
			continue
		}
		if w == "which" || w == "that" || w == "who" || v > p.j && s.at[v] != nil && s.kindAt(v, rightsgraph.KindPlace) == nil {
			return // another clause, or another name first (handled by orgMembers)
		}
		if !uniteVerbs[w] || (w == "brings" || w == "brought") && s.low(v+1) != "together" {
			continue
		}
		whose := false // "whose (23) members (also) include"
		for x := v - 1; x >= p.j && x >= v-4; x-- {
			if s.low(x) == "whose" {
				whose = slices.Contains([]string{s.low(x + 1), s.low(x + 2)}, "members")
				break
			}
		}
		// The list begins after a colon, "among them", "including" or
		// "such as" that follow a count of what it is made of, or at
		// once after "whose members include".
		start := -1
		if whose {
			start = v + 1
		} else {
			counted := false
			for x := v + 1; x < end && x < v+8; x++ {
				counted = counted || memberCounts[s.low(x)]
				switch {
				case !counted:
				case s.low(x) == ":" || s.low(x) == "including":
					start = x + 1
				case s.low(x) == "among" && s.low(x+1) == "them", s.low(x) == "such" && s.low(x+1) == "as":
					start = x + 2
				}
				if start >= 0 {
					break
				}
			}
		}
		if start < 0 {
			return
		}
		for _, m := range s.ms {
			if m.i >= start && m.i < end && m.ent != nil && m.ent != p.ent &&
				(m.ent.kind == rightsgraph.KindOrganisation || m.ent.kind == rightsgraph.KindPerson) {
				d.add(s, rightsgraph.RelMemberOf, m.ent, p.ent, "member", nil, 0.7, "y-unites-x", p.i, m.j)
			}
		}
		return
	}
}

// predicateAfter returns where the verb of a subject ending before token k
// starts, past an aside ("Y, led by X, is part of Z") and a first
// predicate ("Y unites 28 offices and is a member of Z"); k when none.
func (s *sent) predicateAfter(k int) int {
	v := k
	if s.low(v) == "," && asideOpeners[s.low(v+1)] {
		for x := v + 2; x < len(s.ts) && x < v+30; x++ {
			if s.ts[x].w == "," {
				v = x + 1
				break
			}
			if s.ts[x].w == "." || s.ts[x].w == ";" {
				return k
			}
		}
		if v == k {
			return k
		}
	}
	if w := s.low(v); w != "is" && w != "was" && w != "belongs" && w != "has" && w != "became" {
		for x := v; x < len(s.ts) && x < v+10; x++ {
			if s.ts[x].w == "," || s.ts[x].w == "." || s.ts[x].w == ";" {
				break
			}
			if s.low(x) == "and" && (s.low(x+1) == "is" || s.low(x+1) == "belongs" || s.low(x+1) == "has" && s.low(x+2) == "been") {
				return x + 1
			}
		}
	}
	return v
}

// asideOpeners open an aside after an organisation's name.
var asideOpeners = wordSet(`led headed chaired directed run founded coordinated where whose which based established`)

// networkHeads name bodies that other organisations join.
var networkHeads = wordSet(`network networks coalition alliance association federation union platform council
consortium partnership forum league`)

// networkish says whether an organisation's name or its descriptor makes it
// a body of organisations: "the Z Network", "the coalition “Z”".
func networkish(e *ent) bool {
	if networkHeads[e.head] {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if networkHeads[w] {
			return true
		}
	}
	return false
}

// orgLedBy reads a leader written after the organisation: "Y, headed by
// X", "Y, whose director X spoke first", "Y, chaired by X".
func (d *drafter) orgLedBy(s *sent, o *mention) {
	k := o.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) == "(" {
		for k < len(s.ts) && s.ts[k].w != ")" {
			k++
		}
		k++
	}
	if (s.low(k) == "from" || s.low(k) == "in") && s.kindAt(k+1, rightsgraph.KindPlace) != nil && s.low(s.at[k+1].j) == "," {
		k = s.at[k+1].j // "“Zelyony Bereg” from Yalutorovsk, coordinator X"
	}
	board := false // "Y's board, which includes A and B"
	if (s.low(k) == "’s" || s.low(k) == "'s") && (s.low(k+1) == "board" || s.low(k+1) == "council") && s.low(k+2) == "," {
		board = true
		k += 2
	}
	if s.low(k) != "," {
		return
	}
	k++
	// "Y, based in Rakhiv and chaired by X": where Y is, then who leads it.
	if (s.low(k) == "based" || s.low(k) == "headquartered") && s.low(k+1) == "in" {
		if pl := s.kindAt(k+2, rightsgraph.KindPlace); pl != nil && s.low(pl.j) == "and" && passiveLead[s.low(pl.j+1)] != "" {
			k = pl.j + 1
		}
	}
	role, lead := "", true
	switch w := s.low(k); {
	case board:
		if !(s.low(k) == "which" || s.low(k) == "that") || !(s.low(k+1) == "includes" || s.low(k+1) == "include" || s.low(k+1) == "included" || s.low(k+1) == "comprises") {
			return
		}
		role, lead = "board member", false
		k += 2
	case w == "where":
		// "Y, where X coordinates the legal programme": X works there.
		p := s.kindAt(k+1, rightsgraph.KindPerson)
		if p == nil {
			return
		}
		v := s.low(p.j)
		if formerly[v] {
			v = s.low(p.j + 1)
		}
		r := verbRole(v)
		if r == "" && !workVerbs[v] && v != "teaches" && v != "manages" {
			return
		}
		d.roleRel(s, p, o, r, false, 0.75, "y-where-x-works", o.i, p.j+1)
		return
	case passiveLead[w] != "" && s.low(k+1) == "by":
		role = verbRole(passiveLead[w])
		k += 2
	case roleWord(w) && !s.ts[k].up:
		// "“Podruga” (Tyumen), director Yelena Zuyeva": a list's item
		r, l, ok := s.rolePhraseBare(k)
		if !ok {
			return
		}
		k += len(strings.Fields(r))
		p := s.kindAt(k, rightsgraph.KindPerson)
		if p == nil || prepositions[s.low(p.j)] || objectOf(s, o) {
			return // "Y, journalist X of Z", "a member of Y, project leader X"
		}
		role, lead = r, l
	case w == "whose":
		var words []string
		for k++; k < len(s.ts) && s.ts[k].word && !s.ts[k].up && (roleWord(s.low(k)) || s.low(k) == "and" && len(words) > 0 && roleWord(s.low(k+1))); k++ {
			words = append(words, s.low(k))
		}
		if one, ok := pluralRole(s.low(k)); ok && s.ts[k].word && !s.ts[k].up && (s.low(k+1) == "are" || s.low(k+1) == "were") {
			words, k = append(words, one), k+1 // "whose co-chairs are A and B"
		}
		if len(words) == 0 {
			return
		}
		role = strings.Join(words, " ")
		lead = headsBy(words)
		if s.low(k) == "," || s.low(k) == "is" || s.low(k) == "was" || s.low(k) == "are" || s.low(k) == "were" {
			k++ // "whose founder and head is X"
		}
	default:
		return
	}
	for s.low(k) == "the" || s.low(k) == "its" {
		k++
	}
	p := s.kindAt(k, rightsgraph.KindPerson)
	if p == nil {
		return
	}
	for _, x := range s.personListFrom(p) {
		d.roleRel(s, x, o, role, lead, 0.8, "y-headed-by-x", o.i, x.j)
	}
}

// orgOfPerson returns the organisation a person leads or belongs to, as
// drafted so far (the last one found).
func (d *drafter) orgOfPerson(p *ent) *ent {
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := d.rels[i]
		if r.from == p && (r.t == rightsgraph.RelMemberOf || r.t == rightsgraph.RelLeads) && r.to.kind == rightsgraph.KindOrganisation {
			return r.to
		}
	}
	return nil
}

// untilAt returns what a post lasted until, after "until" at k or a few
// words on ("until 2024", "in Kutaisi until 2019", "after Kurbatova until
// its liquidation"), or "": a post that ended.
func untilAt(s *sent, k int) string {
	for x := k; x < len(s.ts) && x < k+4; x++ {
		if s.low(x) == "until" && x+1 < len(s.ts) && s.ts[x+1].digit {
			return s.words(x+1, x+2)
		}
		if s.low(x) == "until" && (possessives[s.low(x+1)] || s.low(x+1) == "last" || s.low(x+1) == "this") && x+2 < len(s.ts) && s.ts[x+2].word && !s.ts[x+2].up {
			return s.words(x+1, x+3) // "until its liquidation", "until her arrest", "until last year"
		}
		if s.ts[x].w == "," || s.ts[x].w == "." || s.low(x) == "and" {
			return ""
		}
	}
	return ""
}

// partStaff reads the staff of a unit of the publisher named after its
// head, from token k on: "… is headed by X, with the lawyers A and B",
// "… is headed by X and employs four lawyers, among them A and B".
func (d *drafter) partStaff(s *sent, we *ent, k int) {
	x := k
	for x < len(s.ts) && x < k+8 && s.ts[x].w != ";" && s.ts[x].w != "." {
		if _, ok := pluralRole(s.low(x)); ok && (s.low(x+1) == "," && s.low(x+2) == "among" && s.low(x+3) == "them" || s.kindAt(x+1, rightsgraph.KindPerson) != nil) {
			break
		}
		x++
	}
	role, ok := pluralRole(s.low(x))
	if !ok || x >= k+8 {
		return
	}
	at := x + 1
	if s.low(at) == "," {
		at += 3 // ", among them"
	}
	p := s.kindAt(at, rightsgraph.KindPerson)
	if p == nil {
		return
	}
	for _, q := range s.personListFrom(p) {
		d.roleRel(s, q, &mention{ent: we}, role, false, 0.65, "our-unit-staff", x, q.j)
	}
}

// sitsOn reads a seat on a body's board or council named by its
// possessive: "X sits on the coalition’s council", "X, who also sits on
// the mission’s steering board", "X sits on our advisory council".
func (d *drafter) sitsOn(s *sent) {
	for v := 1; v+3 < len(s.ts); v++ {
		if w := s.low(v); (w != "sits" && w != "sat" && w != "sit") || s.low(v+1) != "on" {
			continue
		}
		b := v - 1
		for b > 0 && (formerly[s.low(b)] || s.low(b) == "who" || s.low(b) == ",") {
			b-- // "X, who also sits on"
		}
		p := s.mentionEndingAt(b, rightsgraph.KindPerson)
		if p == nil {
			continue
		}
		k := v + 2
		var body *ent
		switch {
		case s.low(k) == "our":
			body, k = d.publisherOrg(), k+1
		default:
			if s.low(k) == "the" {
				k++
			}
			o := s.kindAt(k, rightsgraph.KindOrganisation)
			if o == nil || s.low(o.j) != "’s" && s.low(o.j) != "'s" {
				continue
			}
			body, k = o.ent, o.j+1
		}
		e := k
		for e < len(s.ts) && e < k+3 && s.ts[e].word && !s.ts[e].up && !boardWords[s.low(e)] {
			e++ // "steering", "advisory"
		}
		if body == nil || !boardWords[s.low(e)] || body == p.ent {
			continue
		}
		d.roleRel(s, p, &mention{ent: body}, "member of the "+s.words(k, e+1), false, 0.7, "x-sits-on-y-s-board", p.i, e+1)
	}
}

// pronounPosts reads the posts of a person named before by a pronoun
// that is the subject of a clause: "Zoya Fedulova keeps the accounts: she
// was re-elected treasurer of Y", "X teaches at Z; he also sits on the
// board of Y", "He heads Y" after a sentence about one person.
func (d *drafter) pronounPosts(s *sent) {
	for b := 0; b+3 < len(s.ts); b++ {
		if w := s.low(b); w != "he" && w != "she" {
			continue
		}
		a := b - 1
		if w := s.low(a); w == "today" || w == "now" || w == "since" || w == "currently" {
			a-- // "; today he volunteers with Y"
		}
		if b > 0 && s.low(a) != ";" && s.low(a) != ":" && !(s.low(a) == "and" && s.low(a-1) == ",") {
			continue
		}
		var x *ent
		for _, m := range s.ms {
			if m.i < b && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
				x = m.ent
			}
		}
		if b == 0 {
			x = d.prevSubject(rightsgraph.KindPerson)
		}
		if x == nil {
			continue
		}
		p := &mention{i: b, j: b + 1, ent: x}
		v := b + 1
		for formerly[s.low(v)] || s.low(v) == "still" {
			v++
		}
		if r := copulaRole(s, v); r > 0 {
			d.copulaPost(s, p, r)
		} else if k := serveVerbAt(s, v); k >= 0 {
			if o := s.orgAfter(k); o != nil && o.i <= k+3 && s.kindAt(k, rightsgraph.KindPlace) == nil {
				role := ""
				if s.low(v+1) == "on" && boardWords[s.low(k-2)] {
					role = "member of the " + s.low(k-2) // "sits on the board of Y"
				}
				d.roleRel(s, p, o, role, false, 0.7, "pronoun-works-for-y", b, o.j)
			}
		} else if r := verbRole(s.low(v)); r != "" && r != "founder" && s.low(v) != "led" && s.low(v) != "ran" {
			if o := s.orgAfter(v + 1); o != nil {
				d.roleRel(s, p, o, r, !s.branch && !possessedPart(s, o), 0.7, "pronoun-heads-y", b, o.j)
			}
		}
	}
}

// ownBodyNamed reads a person's body named in apposition to "her
// organisation": "X presented figures collected by her organisation, the
// Khorezm Child Rights Initiative".
func (d *drafter) ownBodyNamed(s *sent) {
	for k := 1; k+3 < len(s.ts); k++ {
		if w := s.low(k); w != "his" && w != "her" {
			continue
		}
		h := k + 1
		for h < len(s.ts) && h <= k+3 && s.ts[h].word && !s.ts[h].up && !orgDescriptors[s.low(h)] {
			h++ // "her own small organisation"
		}
		if !orgDescriptors[s.low(h)] || s.low(h+1) != "," {
			continue
		}
		x := h + 2
		if s.low(x) == "the" {
			x++
		}
		o := s.kindAt(x, rightsgraph.KindOrganisation)
		var p *mention
		for _, m := range s.ms {
			if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
				p = m
			}
		}
		if o == nil || p == nil {
			continue
		}
		d.roleRel(s, p, o, "", false, 0.7, "her-organisation-y", p.i, o.j)
	}
}

// membersAre reads a list of members after "members are": "The Network’s
// members are now: A (Kant), B and C" (bodies of the network), "The other
// members of the board are A, a lecturer at Z, and B" and "The board’s
// other members are A and B" (people on the board of the body the text
// speaks of).
func (d *drafter) membersAre(s *sent) {
	for k := 1; k+2 < len(s.ts); k++ {
		if s.low(k) != "members" {
			continue
		}
		v := k + 1
		var body *ent
		role := "member"
		b := k - 1
		if s.low(b) == "other" {
			b--
		}
		if s.low(b) == "’s" || s.low(b) == "'s" {
			if y := s.mentionEndingAt(b-1, rightsgraph.KindOrganisation); y != nil {
				body = y.ent // "The Network’s members are"
			} else if boardWords[s.low(b-1)] {
				role = "board member" // "The board’s other members are"
			} else {
				continue
			}
		}
		if s.low(v) == "of" {
			x := v + 1
			if s.low(x) == "the" {
				x++
			}
			for x < len(s.ts) && x < v+4 && s.ts[x].word && !s.ts[x].up && !boardWords[s.low(x)] {
				x++ // "new", "interim"
			}
			if !boardWords[s.low(x)] {
				continue
			}
			if s.low(x) == "board" {
				role = "board member"
			} else {
				role = "member of the " + s.words(v+2, x+1)
			}
			v = x + 1
		}
		if s.low(v) == "now" {
			v++
		}
		if s.low(v) != "are" && s.low(v) != "were" {
			continue
		}
		if s.low(v+1) == "now" || s.low(v+1) == ":" {
			v++
		}
		board := role != "member"
		if board {
			body = d.publisherOrg() // the board of the body that publishes the report
		}
		if body == nil {
			return
		}
		for _, m := range s.ms {
			if m.i <= v || m.ent == nil || m.ent == body || d.inBrackets(s, m) {
				continue
			}
			if board && m.ent.kind == rightsgraph.KindPerson {
				d.roleRel(s, m, &mention{ent: body}, role, false, 0.65, "members-are-x", k, m.j)
			} else if !board && m.ent.kind == rightsgraph.KindOrganisation && !personBefore(s.ms, m.i-1) && !d.statedHere(s, rightsgraph.RelMemberOf, m.ent, body) {
				d.add(s, rightsgraph.RelMemberOf, m.ent, body, "member", nil, 0.65, "members-are-x", k, m.j)
			}
		}
		return
	}
}

// boardChair reads who chairs the board of the body the report speaks of,
// the publisher's or else the body the sentence before spoke of: "The
// board’s chair, the sociologist X, thanked …", "The board is chaired by X".
func (d *drafter) boardChair(s *sent) {
	if s.low(0) != "the" || s.low(1) != "board" {
		return
	}
	var p *mention
	switch {
	case s.low(2) == "’s" || s.low(2) == "'s":
		if w := s.low(3); w != "chair" && w != "chairman" && w != "chairwoman" && w != "chairperson" || s.low(4) != "," {
			return
		}
		x := 5
		if determiners[s.low(x)] {
			x++
		}
		for x < len(s.ts) && s.ts[x].word && !s.ts[x].up && roleNoun(s.low(x)) {
			x++ // "the sociologist X"
		}
		p = s.kindAt(x, rightsgraph.KindPerson)
	case s.low(s.afterBrackets(2)) == "is" && (s.low(s.afterBrackets(2)+1) == "chaired" || s.low(s.afterBrackets(2)+1) == "headed") && s.low(s.afterBrackets(2)+2) == "by":
		// "The board (Consiliul de administrație) is chaired by X"
		x := s.afterBrackets(2) + 3
		for titles[s.low(x)] || s.low(x) == "." {
			x++
		}
		p = s.kindAt(x, rightsgraph.KindPerson)
	}
	body := d.publisherOrg()
	if body == nil {
		body = d.prevSubject(rightsgraph.KindOrganisation)
	}
	if p == nil || body == nil {
		return
	}
	d.roleRel(s, p, &mention{ent: body}, "chair of the board", true, 0.7, "board-chair-x", 0, p.j)
}

// asAreMembers reads the bodies added after a membership of z: "Y is a
// member of Z, as are A and B", "… of Z since 2019, as have A and B".
func (d *drafter) asAreMembers(s *sent, z *mention) {
	c := z.j
	if w := s.low(c); (w == "since" || w == "in") && c+1 < len(s.ts) && s.ts[c+1].digit {
		c += 2
	}
	if s.low(c) == "," && s.low(c+1) == "as" && asAre[s.low(c+2)] {
		d.memberOrgList(s, z, z.ent, c+3, "member-of-z-as-are")
	}
}

// asAre are the verbs of "as are A and B", which adds A and B to what the
// clause before says.
var asAre = wordSet(`are were have has had do did`)

// pastLead are the past forms of leading a body.
var pastLead = wordSet(`led headed chaired directed ran coordinated`)

// possessives are the words that own what follows them.
var possessives = wordSet(`its his her their`)

// formerly are the adverbs that open a past or present affiliation.
var formerly = wordSet(`formerly previously earlier once now currently presently also later both all recently`)

// apposAffiliation reads one affiliation of an apposition starting at token
// k, after the persons of list (j is the token after the last of them): "a
// lawyer with Y", "Y's director", "of Y", "formerly of Y". It returns the
// token after the organisation, or -1.
func (d *drafter) apposAffiliation(s *sent, list []*mention, j, k int) int {
	ts := s.ts
	for k < len(ts) && formerly[s.low(k)] {
		k++
	}
	if len(list) > 1 && (s.low(k) == "a" || s.low(k) == "an") {
		list = list[len(list)-1:] // "A and B, an advocate with Y": one post, the last one's
	}
	if s.low(k) == "of" && (s.low(k+1) == "them" || s.low(k+1) == "whom") {
		k += 2 // "all of them staff of Y"
	}
	if v := serveVerbAt(s, k); v >= 0 && k > j+1 {
		// "X, formerly with Y, now works for Z": a second predicate
		if o := s.orgAfter(v); o != nil {
			for _, x := range list {
				d.roleRel(s, x, o, "", false, 0.7, "x-appos-works-for-y", list[0].i, o.j)
			}
			return o.j
		}
	}
	kk := k
	if s.low(kk) == "one" && s.low(kk+1) == "of" {
		kk += 2 // "one of the clinic’s founders"
	}
	det := kk
	for kk < len(ts) && determiners[s.low(kk)] {
		kk++
	}
	if kk < len(ts) && strings.HasSuffix(s.low(kk), "-year-old") {
		kk++ // "a 21-year-old GAFE volunteer"
	}
	past := false // "a former Y staffer" no longer belongs, but did
	for kk < len(ts) && (s.low(kk) == "former" || s.low(kk) == "longtime" || s.low(kk) == "long-time") {
		past = past || s.low(kk) == "former"
		kk++
	}
	o := s.kindAt(kk, rightsgraph.KindOrganisation)
	if o == nil && ts[j].w == "(" && k == j+1 {
		// "X (agricultural cooperative “Tundra”)": a body described, in brackets
		if m := s.orgAfter(kk); m != nil && s.low(m.j) == ")" {
			o = m
		}
	}
	if o == nil && det < kk && s.kindAt(det, rightsgraph.KindOrganisation) != nil && (s.low(s.at[det].j) == "’s" || s.low(s.at[det].j) == "'s") {
		o = s.at[det] // "X, the movement’s monitoring coordinator": a back-reference with its article
	}
	if o != nil {
		// "X, Memorial's lawyer" / "X, Memorial chair" / "X, the Centre's director"
		r := o.j
		if s.low(r) == "’s" || s.low(r) == "'s" {
			r++
		}
		if role, lead, ok := s.rolePhraseBare(r); ok {
			n := r + len(strings.Fields(role))
			if unitWords[s.low(n)] || past {
				lead = false // "Y's legal department head"
			}
			if s.low(n) == "in" && s.kindAt(n+1, rightsgraph.KindPlace) != nil {
				lead = false // "Y's coordinator in Istanbul" heads a branch
				n = s.at[n+1].j
			}
			for _, x := range list {
				d.roleRel(s, x, o, role, lead, 0.8, "appos-org-role", list[0].i, n)
			}
			return n
		} else if e := o.j + b2i(isCloseQuote(s.low(o.j))); ts[j].w == "," && kk == k && !past && (e == len(ts) || ts[e].w == ";" || ts[e].w == "." || ts[e].w == "," && (s.kindAt(e+1, rightsgraph.KindPerson) != nil || s.low(e+1) == "and" || isDash(s.low(e+1)))) {
			// "Alexei Pankov, Baltic Exile Press Association;" in a list of
			// signatories or speakers: the person and the body they are from;
			// "X, Commissioner for Human Rights in Y" holds the office
			// (holderOfOffice)
			if namesOffice(o.ent) == "" {
				for _, x := range list {
					d.roleRel(s, x, o, "", false, 0.7, "x-comma-y", list[0].i, o.j)
				}
			}
			return e
		} else if ts[j].w == "(" && (s.low(o.j) == ")" || s.low(o.j) == "," && (s.kindAt(o.j+1, rightsgraph.KindPlace) != nil && s.low(s.at[o.j+1].j) == ")" || o.j+2 < len(ts) && ts[o.j+1].capWord() && s.at[o.j+1] == nil && ts[o.j+2].w == ")")) {
			// "X (Y)", "X (Y, Tbilisi)"
			for _, x := range list {
				d.roleRel(s, x, o, "", false, 0.75, "x-paren-y", list[0].i, o.j+1)
			}
			return o.j + 1
		} else if ts[j].w == "(" && (roleWord(s.low(o.j)) || s.low(o.j) == "board") && s.low(o.j+1) == ")" {
			// "Elena Vaisman (UADL board)"
			role := s.low(o.j)
			if role == "board" {
				role = "board member"
			}
			for _, x := range list {
				d.roleRel(s, x, o, role, false, 0.7, "x-paren-y-role", list[0].i, o.j+2)
			}
			return o.j + 2
		}
		return -1
	}
	if w := s.low(k); w == "of" || w == "from" || (w == "with" || w == "at") && k > 0 && formerly[s.low(k-1)] {
		if o := s.orgAfter(k + 1); o != nil {
			for _, x := range list {
				d.roleRel(s, x, o, "", false, 0.8, "appos-of", list[0].i, o.j)
			}
			return o.j
		}
		return -1
	}
	if ts[j].w == "(" {
		// "X (lawyer, Agora)": a role, then the organisation; "X (head of
		// the claims unit, Y)": a post in a unit of Y
		if role, lead, ok := s.rolePhraseBare(k); ok {
			n := k + len(strings.Fields(role))
			if s.low(n) == "of" {
				for x := n + 1; x < len(ts) && x <= n+5 && ts[x].word && !ts[x].up; x++ {
					if unitWords[s.low(x)] && s.low(x+1) == "," {
						role, lead, n = s.words(k, x+1), false, x+1
						break
					}
				}
			}
			if s.low(n) == "," {
				if o := s.orgAfter(n + 1); o != nil && (s.low(o.j) == ")" || isCloseQuote(s.low(o.j)) && s.low(o.j+1) == ")") {
					for _, x := range list {
						d.roleRel(s, x, o, role, lead, 0.75, "x-paren-role-y", list[0].i, o.j+1)
					}
					return o.j + 1
				}
			}
		}
	}
	if role, prep, lead, ok := s.rolePhrase(k); ok {
		if o := s.orgAfter(prep + 1); o != nil {
			e := o.j
			if (s.low(e) == "’s" || s.low(e) == "'s") && (unitWords[s.low(e+1)] || unitWords[s.low(e+2)] || unitWords[s.low(e+3)] || publicationWords[s.low(e+1)]) {
				lead = false // "head of Y's legal department": a member of Y
				for e < len(ts) && ts[e].word || e < len(ts) && (ts[e].w == "’s" || ts[e].w == "'s") {
					e++
					if unitWords[s.low(e-1)] || publicationWords[s.low(e-1)] {
						break
					}
				}
			}
			if roles := respectiveRoles(cleanRole(role), len(list)); roles != nil {
				// "A and B, chairman and deputy chairman of Y": each his own
				for n, x := range list {
					ws := strings.Fields(roles[n])
					l := headsBy(ws)
					d.roleRel(s, x, o, roles[n], l && !s.branch, 0.85, "appos-role-of", list[0].i, o.j)
				}
				return e
			}
			for _, x := range list {
				d.roleRel(s, x, o, cleanRole(role), lead, 0.9, "appos-role-of", list[0].i, o.j)
			}
			return e
		}
	}
	return -1
}

// respectiveRoles splits "chairman and deputy chairman" into one post for
// each of n people named before it, or returns nil when the role is one
// post ("founder and director" of one person, "lawyers" of several).
func respectiveRoles(role string, n int) []string {
	parts := strings.Split(strings.ReplaceAll(role, ", and ", ", "), " and ")
	if n < 2 || len(parts) != 2 {
		return nil
	}
	roles := append(strings.Split(parts[0], ", "), parts[1])
	if len(roles) != n {
		return nil
	}
	for _, r := range roles {
		ws := strings.Fields(r)
		if len(ws) == 0 || !leadRoles[ws[len(ws)-1]] && !memberRoles[ws[len(ws)-1]] {
			return nil
		}
	}
	return roles
}

// possessedPart says whether a part of the organisation o follows its
// possessive: "the union’s Edineț branch", "the Centre’s legal programme",
// "the Circle’s litigation work". Who heads such a part is a member of o.
func possessedPart(s *sent, o *mention) bool {
	k := o.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	return (s.low(k) == "’s" || s.low(k) == "'s") && k+1 < len(s.ts) && s.ts[k+1].word && (!s.ts[k+1].up || unitAhead(s, k+1))
}

// unitWords name a part of an organisation: its head is a member of the whole.
// unitAhead says whether a unit of an organisation is named after token k:
// up to three words or places that describe it, then the unit word
// ("programme", "office"), with "of" after it unless the organisation's
// possessive came before ("Y’s Irkutsk office").
func unitAhead(s *sent, k int) bool {
	possessed := s.low(k-1) == "’s" || s.low(k-1) == "'s"
	start := k + 1
	if pm := s.kindAt(k, rightsgraph.KindPlace); pm != nil {
		start = pm.j // "IPDL’s Eastern Europe programme"
	}
	for x := start; x < len(s.ts) && x <= start+2; x++ {
		if w := s.low(x); unitWords[w] || unitWords[strings.TrimSuffix(w, "s")] {
			return s.low(x+1) == "of" || possessed
		}
		if !s.ts[x].word || s.ts[x].up && s.kindAt(x, rightsgraph.KindPlace) == nil {
			return false
		}
	}
	return false
}

var unitWords = wordSet(`department office branch section unit programme program team service division desk chapter group cell
faculty laboratory`)

// rolePhraseBare reads a role with no preposition after it ("chair" in
// "Memorial chair Oleg Orlov").
func (s *sent) rolePhraseBare(i int) (role string, lead, ok bool) {
	var words []string
	for k := i; k < len(s.ts) && len(words) < 3; k++ {
		w := s.ts[k].low
		if !s.ts[k].word || !(leadRoles[w] || memberRoles[w] || roleModifiers[w] || w == "board") {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return "", false, false
	}
	last := words[len(words)-1]
	deputy := slices.ContainsFunc(words, func(w string) bool { return subordinate[w] })
	founder := last == "founder" && !slices.Contains(words, "and") // a founder alone is a member
	return strings.Join(words, " "), leadRoles[last] && !deputy && !founder, leadRoles[last] || memberRoles[last]
}

// representedBy reads "Y was represented by [its coordinator] X and Z".
func (d *drafter) representedBy(s *sent, p *mention) bool {
	ts := s.ts
	k := p.i - 1
	if k >= 0 && titles[ts[k].low] {
		k-- // "represented by Colonel X"
	}
	if k >= 1 && ts[k].w == "," && ts[k-1].word && !ts[k-1].up && (leadRoles[ts[k-1].low] || memberRoles[ts[k-1].low]) {
		k-- // "represented by its deputy head, X"
	}
	var words []string
	for k >= 0 && ts[k].word && !ts[k].up && (leadRoles[ts[k].low] || memberRoles[ts[k].low] || roleModifiers[ts[k].low] ||
		ts[k].low == "and" && len(words) > 0 && k > 0 && (leadRoles[ts[k-1].low] || memberRoles[ts[k-1].low])) { // "its founder and coordinator"
		words = append([]string{ts[k].low}, words...)
		k--
	}
	if len(words) == 0 && k >= 2 && ts[k].w == "," {
		// "represented by two of its herders, A and B"
		if sing, ok := pluralRole(ts[k-1].low); (ok || sing != "" && (ts[k-2].low == "its" || ts[k-2].low == "their")) && !ts[k-1].up {
			words = []string{sing} // any plural after "its" is a post there
			k -= 2
		}
	}
	if k >= 0 && (ts[k].low == "its" || ts[k].low == "their" || ts[k].low == "the") {
		k--
	}
	if k >= 1 && ts[k].low == "of" && (ts[k-1].digit || numberWords[ts[k-1].low]) {
		k -= 2 // "two of its herders"
	}
	if k < 2 || ts[k].low != "by" {
		return false
	}
	// "represented at the meeting by X": a short place or occasion between
	r := k - 1
	if ts[r].low != "represented" && r >= 3 {
		for x := r; x >= 1 && x >= k-5 && ts[x].word && !ts[x].up; x-- {
			if (ts[x].low == "at" || ts[x].low == "in") && ts[x-1].low == "represented" {
				r = x - 1
				break
			}
		}
	}
	if ts[r].low != "represented" {
		return false
	}
	b := r - 1
	if b >= 1 && ts[b].w == "," {
		b-- // "Atyrau Women's Council, represented by its chair X"
	}
	for b >= 0 && (auxVerbs[ts[b].low] || adverbs[ts[b].low] || ts[b].low == "been") {
		b--
	}
	if b >= 3 && ts[b].w == ")" && ts[b-2].w == "(" {
		b -= 3 // "The Foundation for Legal Initiatives (FLI) was represented by"
	}
	o := s.mentionEndingAt(b, rightsgraph.KindOrganisation)
	if o == nil && b >= 0 && isCloseQuote(ts[b].w) {
		o = s.mentionEndingAt(b-1, rightsgraph.KindOrganisation)
	}
	if o == nil {
		return false
	}
	role, lead := strings.Join(words, " "), false
	if len(words) > 0 {
		// "represented by its founder, X": a founder alone is a member
		lead = leadRoles[words[len(words)-1]] && words[len(words)-1] != "founder" && !slices.ContainsFunc(words, func(w string) bool { return subordinate[w] })
	}
	list := s.personListFrom(p)
	for _, x := range list {
		d.roleRel(s, x, o, role, lead, 0.8, "y-represented-by-x", o.i, x.j)
	}
	// Being represented at an event is attending it; the representative
	// attends too when the text does not say they spoke.
	if congress, _ := d.congressOf(s); congress != nil {
		d.add(s, rightsgraph.RelAttended, o.ent, congress, "", nil, 0.6, "y-represented-by-x", 0, len(ts))
		spoke := false
		for k := p.j; k < len(ts); k++ {
			if speechVerbs[ts[k].low] && !(k > 0 && (ts[k-1].low == "not" || ts[k-1].low == "never")) {
				spoke = true
			}
		}
		if !spoke {
			for _, x := range list {
				d.add(s, rightsgraph.RelAttended, x.ent, congress, "", nil, 0.55, "y-represented-by-x", 0, len(ts))
			}
		}
	}
	return true
}

// preposedRole finds roles written before the person.
func (d *drafter) preposedRole(s *sent, p *mention) {
	ts := s.ts
	k := p.i - 1
	if k >= 3 && ts[k].low == "them" && ts[k-1].low == "among" && ts[k-2].w == "," {
		k -= 2 // "Observers from Y, among them X"
	}
	for k >= 2 && (titles[ts[k].low] && ts[k].up || ts[k].w == "." && titles[ts[k-1].low]) && p.i-k <= 2 {
		k-- // "…, Dr X"
	}
	if k >= 3 && ts[k].word && !ts[k].up && roleNoun(ts[k].low) && determiners[ts[k-1].low] && ts[k-2].w == "," {
		k -= 2 // "The coordinator of Y’s Lutsk branch, the lawyer X"
	} else if k >= 4 && ts[k].word && !ts[k].up && roleNoun(ts[k].low) && nationalities[ts[k-1].low] && determiners[ts[k-2].low] && ts[k-3].w == "," {
		k -= 3 // "Novi Dom's founder and director, the Montenegrin lawyer X"
	} else if k >= 3 && ts[k].word && !ts[k].up && roleNoun(ts[k].low) && ts[k-1].w == "," && (ts[k-2].w == "’s" || ts[k-2].w == "'s" || roleWord(ts[k-2].low)) {
		k-- // "The Society’s chairwoman, lawyer X"
	}
	// "The lawyer of the Centre Timofei Zhukov": no comma after the body.
	tight := k >= 1 && k == p.i-1 && ts[k].word && s.mentionEndingAt(k, rightsgraph.KindOrganisation) != nil
	if k >= 1 && (tight || ts[k].w == "," || ts[k].w == "—" || ts[k].w == "–" || ts[k].w == ":" || ts[k].w == "(" || (ts[k].low == "is" || ts[k].low == "was") && !ts[k].up) {
		// "… of Y, X": walk back over "ROLE of [the] Y"; "The Centre’s
		// lawyer is X".
		e := k - 1
		if tight {
			e = k
		}
		if ts[e].w == ")" { // "(PMC)"
			for e > 0 && ts[e].w != "(" {
				e--
			}
			e--
		}
		o := s.mentionEndingAt(e, rightsgraph.KindOrganisation)
		if o == nil && e > 0 && isCloseQuote(ts[e].w) {
			o = s.mentionEndingAt(e-1, rightsgraph.KindOrganisation) // "… Families “Watandar”, X"
			if o != nil {
				e--
			}
		}
		unit, board := false, false
		if o == nil && e >= 0 && (unitWords[ts[e].low] || ts[e].low == "board") {
			board = ts[e].low == "board" && e == k-1 // "The chair of Rodnik’s board, X" heads Rodnik
			// "the head of Y's legal department, X": a member of Y
			for x := e - 1; x >= 1 && x >= e-3; x-- {
				if ts[x].w == "’s" || ts[x].w == "'s" {
					if o = s.mentionEndingAt(x-1, rightsgraph.KindOrganisation); o != nil {
						unit = true
					}
					break
				}
				if !ts[x].word || ts[x].up {
					break
				}
			}
		}
		if o == nil {
			// "a representative of Y in the southern region, X": the
			// place of the post comes between Y and the person.
			for x := e; x > 0 && x >= e-5; x-- {
				if ts[x].low != "in" {
					if !ts[x].word || ts[x].up && s.kindAt(x, rightsgraph.KindPlace) == nil && !(x > 0 && s.kindAt(x-1, rightsgraph.KindPlace) != nil) {
						break
					}
					continue
				}
				if x < e {
					o = s.mentionEndingAt(x-1, rightsgraph.KindOrganisation)
				}
				break
			}
		}
		if o == nil {
			// "The network’s coordinator, Davit Kiknadze", "Memorial's
			// lawyer, X": the organisation's role before the person.
			r := e
			for r >= 0 && ts[r].word && !ts[r].up && (roleWord(ts[r].low) || ts[r].low == "and" && r < e && r > 0 && roleWord(ts[r-1].low) || ts[r].low == "own" && r < e) {
				r-- // "ABJE’s own security officer, X"
			}
			if r == e || r < 1 || ts[r].w != "’s" && ts[r].w != "'s" {
				return
			}
			if o = s.mentionEndingAt(r-1, rightsgraph.KindOrganisation); o == nil {
				return
			}
			var words []string
			for x := r + 1; x <= e; x++ {
				if ts[x].low != "own" {
					words = append(words, ts[x].low)
				}
			}
			if len(words) == 0 {
				return
			}
			lead := headsBy(words)
			for _, x := range s.personListFrom(p) {
				d.roleRel(s, x, o, cleanRole(strings.Join(words, " ")), lead, 0.8, "org-role-comma-x", o.i, x.j)
			}
			return
		}
		b := o.i - 1
		if b >= 0 && isOpenQuote(ts[b].w) {
			b--
			if m := s.mentionEndingAt(b, rightsgraph.KindOrganisation); m != nil && m.ent == o.ent {
				b = m.i - 1 // "the Association of Afghan Families “Watandar”": one body, two names
			}
		}
		for b >= 0 && ((determiners[ts[b].low] || orgDescriptors[ts[b].low] || nationalities[ts[b].low] || bodyAdjectives[ts[b].low]) && !ts[b].up || nationalities[ts[b].low] && s.kindAt(b, rightsgraph.KindPlace) == nil || strings.HasSuffix(ts[b].low, "-based")) {
			b-- // "the chairman of the board of the regional public organisation “Svoy Dom”, X"
		}
		if b < 0 || ts[b].low != "of" && !(ts[b].low == "at" || ts[b].low == "with" || ts[b].low == "from") {
			return
		}
		if b >= 2 && unitWords[ts[b-1].low] {
			// "the head of the legal department of Y, X": a member of Y
			for x := b - 2; x >= 1 && x >= b-4; x-- {
				if ts[x].low == "of" {
					b, unit = x, true
					break
				}
				if !ts[x].word || ts[x].up {
					break
				}
			}
		}
		at := ts[b].low != "of" || unit // "her colleague at Y, X": a member, whatever the role
		// the role: words before "of", back to a determiner or a preposition
		e = b
		if e >= 3 && ts[e-1].low == "board" && ts[e-2].low == "the" && ts[e-3].low == "of" {
			e -= 3
		}
		r := e - 1
		if at {
			// "A sociologist at Y, Dr X", "The deputy head of social
			// protection at Y, X": a post there, maybe in a field
			for x := r; x >= 2 && x >= r-3 && ts[x].word && !ts[x].up && !determiners[ts[x].low]; x-- {
				if ts[x].low == "of" && (leadRoles[ts[x-1].low] || memberRoles[ts[x-1].low]) {
					r = x - 1
					break
				}
			}
		}
		for r >= 0 && ts[r].word && (leadRoles[ts[r].low] || memberRoles[ts[r].low] || ts[r].low == "deputy" || ts[r].low == "executive" || ts[r].low == "vice" || at && (ts[r].low == "colleague" || ts[r].low == "colleagues" || roleNoun(ts[r].low) && !ts[r].up)) {
			r--
		}
		if r == e-1 {
			return
		}
		words := []string{}
		for x := r + 1; x < b; x++ {
			words = append(words, ts[x].low)
		}
		role := strings.Join(words, " ")
		head := ts[e-1].low
		deputy := slices.Contains(words, "deputy") || slices.Contains(words, "vice")
		start := r + 1
		if start > 0 && determiners[ts[start-1].low] {
			start--
		}
		for _, x := range s.personListFrom(p) {
			if board && unit && leadRoles[head] && !deputy {
				d.roleRel(s, x, o, cleanRole(role)+" of the board", true, 0.85, "role-of-y-x", start, x.j)
				continue
			}
			d.roleRel(s, x, o, cleanRole(role), leadRoles[head] && !deputy && !at, 0.85, "role-of-y-x", start, x.j)
		}
		return
	}
	// "Y's director X", "Y director X", "director of Y X"
	r := k
	for r >= 0 && ts[r].word && (leadRoles[ts[r].low] || memberRoles[ts[r].low] || ts[r].low == "deputy" || ts[r].low == "executive" ||
		ts[r].low == "board" && r < k && (ts[r+1].low == "member" || ts[r+1].low == "members") ||
		ts[r].low == "and" && r > 0 && r < k && (leadRoles[ts[r-1].low] || memberRoles[ts[r-1].low])) { // "founder and director"
		r--
	}
	if r == k && k >= 1 && (ts[k].w == "’s" || ts[k].w == "'s") {
		// "Memorial's Oleg Orlov said": one of the body's people
		if o := s.mentionEndingAt(k-1, rightsgraph.KindOrganisation); o != nil && !o.generic {
			d.roleRel(s, p, o, "", false, 0.7, "org-s-x", o.i, p.j)
		}
		return
	}
	if r == k || r < 0 {
		return
	}
	var words []string
	for x := r + 1; x <= k; x++ {
		words = append(words, ts[x].low)
	}
	role := strings.Join(words, " ")
	head := words[len(words)-1]
	deputy := slices.Contains(words, "deputy")
	b := r
	if ts[b].w == "’s" || ts[b].w == "'s" {
		b--
	}
	if o := s.mentionEndingAt(b, rightsgraph.KindOrganisation); o != nil {
		// "the Union's lawyers A and B": each of the list
		for _, x := range s.personListFrom(p) {
			d.roleRel(s, x, o, cleanRole(role), leadRoles[head] && !deputy, 0.8, "org-role-x", o.i, x.j)
		}
	}
}

// roleWord says whether w can be part of a role before a name: "board
// member", "executive director".
func roleWord(w string) bool {
	return leadRoles[w] || memberRoles[w] || roleModifiers[w] || w == "board"
}

// personListFrom returns the persons of a list starting with p ("P, Q and R").
func (s *sent) personListFrom(p *mention) []*mention {
	list := []*mention{p}
	for mi, m := range s.ms {
		if m != p {
			continue
		}
		for k := mi + 1; k < len(s.ms); k++ {
			n, last := s.ms[k], list[len(list)-1]
			if n.ent == nil || n.ent.kind != rightsgraph.KindPerson {
				break
			}
			gap := listGap(s.ts[last.j:n.i])
			if len(gap) == 1 && (gap[0].w == "," || gap[0].low == "and") || len(gap) == 2 && gap[0].w == "," && gap[1].low == "and" {
				list = append(list, n)
				continue
			}
			break
		}
	}
	return list
}

// mentionEndingAt finds a mention of a kind whose last token is k. A body
// named after its unit ("the Migration Service of the Ministry") gives the
// unit, which the whole phrase names.
func (s *sent) mentionEndingAt(k int, kind rightsgraph.Kind) *mention {
	m := s.mentionEnding(k, kind)
	for _, u := range s.ms {
		if m != nil && u.part == m && u.ent != nil {
			return u
		}
	}
	return m
}

func (s *sent) mentionEnding(k int, kind rightsgraph.Kind) *mention {
	for _, m := range s.ms {
		if m.j-1 == k && m.ent != nil && m.ent.kind == kind {
			return m
		}
		// a closing quote after a quoted name
		if m.j == k && m.ent != nil && m.ent.kind == kind && k < len(s.ts) && isCloseQuote(s.ts[k].w) {
			return m
		}
	}
	return nil
}

func verbRole(v string) string {
	switch v {
	case "heads", "headed", "leads", "led", "runs", "ran", "run":
		return "head"
	case "chairs", "chaired":
		return "chair"
	case "directs", "directed":
		return "director"
	case "founded":
		return "founder"
	case "coordinates", "coordinated":
		return "coordinator"
	case "edits", "edited":
		return "editor"
	case "commands", "commanded":
		return "commander"
	}
	return ""
}

func cleanRole(r string) string {
	for _, p := range []string{"the ", "a ", "an ", "its ", "his ", "her ", "all ", "both "} {
		r = strings.TrimPrefix(r, p)
	}
	// "all coordinators of Y": each is a coordinator
	if w := strings.Fields(r); len(w) > 0 {
		last := w[len(w)-1]
		if one := strings.TrimSuffix(last, "s"); one != last && (leadRoles[one] || memberRoles[one]) {
			w[len(w)-1] = one
			r = strings.Join(w, " ")
		}
	}
	return r
}

// branchWords name a part of an organisation elsewhere: "a branch of Z".
var branchWords = wordSet(`branch chapter division affiliate subsidiary section`)

// cityOfficeWords name where an organisation works in a place: "Y’s Kazan office".
var cityOfficeWords = wordSet(`office offices branch bureau representation`)

// draftVerbs say who wrote a law: "the draft law prepared by Y".
var draftVerbs = wordSet(`prepared drafted proposed introduced submitted authored developed`)

// branchesAndDrafts reads "Y’s Kazan office" (BASED_IN), "Y, a branch of
// Z" and "Y is a regional branch of Z" (PART_OF), and "L, prepared by Y",
// "L, proposed by deputy X" (DRAFTED).
func (d *drafter) branchesAndDrafts(s *sent) {
	for _, m := range s.ms {
		if m.ent == nil {
			continue
		}
		j := m.j
		if isCloseQuote(s.low(j)) {
			j++
		}
		switch m.ent.kind {
		case rightsgraph.KindOrganisation:
			if s.low(j) == "’s" || s.low(j) == "'s" {
				if p := s.kindAt(j+1, rightsgraph.KindPlace); p != nil && cityOfficeWords[s.low(p.j)] {
					d.add(s, rightsgraph.RelBasedIn, m.ent, p.ent, "", nil, 0.55, "org-city-office", m.i, p.j+1)
				}
				continue
			}
			k := j
			if w := s.low(k); w == "," || w == "is" || w == "was" || w == "remains" || w == "became" {
				k++
			} else {
				continue
			}
			if s.low(k) == "a" || s.low(k) == "the" || s.low(k) == "its" {
				k++
			}
			if s.low(k) == "regional" || s.low(k) == "local" || s.low(k) == "national" || s.low(k) == "city" {
				k++
			}
			if branchWords[s.low(k)] && s.low(k+1) == "of" {
				if o := s.orgAfter(k + 2); o != nil && o.ent != m.ent {
					d.add(s, rightsgraph.RelPartOf, m.ent, o.ent, s.low(k), nil, 0.7, "y-a-branch-of-z", m.i, o.j)
				}
			}
		case rightsgraph.KindLaw:
			k := j
			if s.low(k) == "," {
				k++
			}
			if !draftVerbs[s.low(k)] || s.low(k+1) != "by" {
				continue
			}
			if b := m.i - 1; s.low(b) == "the" && s.low(b-1) == "to" || s.low(b) == "to" {
				continue // "amendments to the Law on X, prepared by Y": Y drafted the amendments
			}
			x := k + 2
			for x < len(s.ts) && x < k+6 && s.ts[x].word && !s.ts[x].up && (determiners[s.low(x)] || roleWord(s.low(x)) || titles[s.low(x)]) {
				x++ // "proposed by deputy X", "prepared by the Ministry"
			}
			if a := s.kindAt(x, rightsgraph.KindPerson, rightsgraph.KindOrganisation); a != nil {
				d.add(s, rightsgraph.RelDrafted, a.ent, m.ent, "", nil, 0.7, "law-prepared-by-y", m.i, a.j)
			}
		}
	}
}

func isDash(w string) bool { return w == "–" || w == "—" || w == "-" }

// unitOfAt returns the index of "of" when a unit of a body follows token k,
// after at most two lower-case words ("regional office of", "field unit
// of"), or 0.
func unitOfAt(s *sent, k int) int {
	for x := k; x < len(s.ts) && x <= k+2; x++ {
		t := s.ts[x]
		if !t.word || t.up {
			return 0
		}
		if unitWords[t.low] && s.low(x+1) == "of" {
			return x + 1
		}
	}
	return 0
}

// copulaRole returns where a post starts after a person's verb at token j
// that gives the person a post: "is a member of Y", "became director of
// Y", "was elected chair of Y", "takes over as coordinator of Y", "has been
// appointed to Y"; or 0.
func copulaRole(s *sent, j int) int {
	k := j
	switch s.low(k) {
	case "has", "had", "have":
		if s.low(k+1) != "been" {
			return 0
		}
		k += 2
		if !appointedWords[s.low(k)] {
			return 0
		}
		return k + 1
	case "takes", "took", "taking":
		if s.low(k+1) == "over" && s.low(k+2) == "as" {
			return k + 3
		}
		return 0
	case "serves", "served", "acts", "acted":
		if s.low(k+1) == "as" {
			return k + 2
		}
		return 0
	case "used":
		// "used to sit as a judge of Y", "used to be a lawyer at Y"
		if s.low(k+1) != "to" {
			return 0
		}
		if s.low(k+2) == "be" {
			return k + 3
		}
		if (s.low(k+2) == "sit" || s.low(k+2) == "work" || s.low(k+2) == "serve") && s.low(k+3) == "as" {
			return k + 4
		}
		return 0
	case "is", "was", "becomes", "became", "remains", "remained":
		k++
		if appointedWords[s.low(k)] {
			k++ // "was elected chair of Y"
			if s.low(k) == "as" {
				k++
			}
		}
		return k
	}
	return 0
}

// appointedWords are the participles that give someone a post.
var appointedWords = wordSet(`elected re-elected appointed named made`)

// foundedWords are the participles of founding a body.
var foundedWords = wordSet(`founded established created launched co-founded`)

// describedPersons returns the persons listed from token k on, each maybe
// after an article and a few lower-case words that say who they are: "the
// advocate A, the journalist B and C".
func (s *sent) describedPersons(k int) []*mention {
	if n := s.ts[min(k, len(s.ts)-1)]; (n.digit || numberWords[n.low]) && s.low(k+2) == ":" {
		k += 3 // "by three women: A, B and C"
		if slices.ContainsFunc(s.ts[k:], func(t tok) bool { return t.w == ";" }) {
			return s.semicolonItems(k)
		}
	}
	var ps []*mention
	gap, appos := 0, false
	for x := k; x < len(s.ts); x++ {
		if m := s.kindAt(x, rightsgraph.KindPerson); m != nil {
			ps = append(ps, m)
			x, gap = m.j-1, 0
			appos = s.low(m.j) == ","
			continue
		}
		t := s.ts[x]
		if m := s.at[x]; appos && m != nil && m.ent != nil && (m.ent.kind == rightsgraph.KindOrganisation || m.ent.kind == rightsgraph.KindPlace) && gap < 14 {
			x, gap = m.j-1, gap+1 // "A, chair of the human rights committee of the Georgian Bar Association, and B"
			continue
		}
		switch {
		case t.w == "," || t.w == ";" || t.low == "and":
			gap = 0
			appos = appos && t.w == ","
		case t.word && (!t.up || titles[t.low]) && (gap < 3 || appos && gap < 14):
			// "the journalist B", "A, then a labour lawyer in private practice, and B"
			gap++
		default:
			return ps
		}
	}
	return ps
}

// lastItemAfterSemicolon says whether a list from a ends with "; and"
// before a person: a list whose items end with semicolons.
func (s *sent) lastItemAfterSemicolon(a int) bool {
	for x := a; x+1 < len(s.ts); x++ {
		if s.ts[x].w == ";" && s.low(x+1) == "and" {
			for y := x + 2; y < len(s.ts) && y <= x+4; y++ {
				if s.kindAt(y, rightsgraph.KindPerson) != nil {
					return true
				}
			}
		}
	}
	return false
}

// semicolonItems returns the persons that open the items of a list from k
// whose items end with semicolons, however long each item's description:
// "A, then a kindergarten teacher and the mother of a boy with cerebral
// palsy; B, a lawyer who lost his sight at thirty; and C".
func (s *sent) semicolonItems(k int) []*mention {
	var ps []*mention
	for x := k; x < len(s.ts); {
		// "and C", "the journalist B", "Dr C": a few words before the name
		for y := x; y < len(s.ts) && y <= x+3 && s.ts[y].word && s.ts[y].w != ";"; y++ {
			if m := s.kindAt(y, rightsgraph.KindPerson); m != nil {
				ps = append(ps, m)
				break
			}
			if s.ts[y].up && !titles[s.low(y)] {
				break
			}
		}
		for x < len(s.ts) && s.ts[x].w != ";" {
			x++
		}
		x++
	}
	return ps
}

// itsRole reads "Y …; its director, X" and "Y, and its coordinator X": a
// post of the body named last before "its" in the sentence.
func (d *drafter) itsRole(s *sent) {
	for k := 1; k+2 < len(s.ts); k++ {
		if s.low(k) != "its" || s.ts[k-1].w != ";" && s.ts[k-1].w != "," && s.low(k-1) != "and" && s.low(k-1) != "by" && s.low(k-1) != "including" && s.low(k-1) != "sent" && s.low(k-1) != "sends" {
			continue // "moderated by Y's director, X, and by its regional coordinator, Z"
		}
		role, lead, p := s.postThenPerson(k + 1)
		if p == nil {
			continue
		}
		var o *mention
		for _, m := range s.ms {
			if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
				o = m
			}
			if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindPerson && o != nil && !d.statedHere(s, rightsgraph.RelLeads, m.ent, o.ent) && !d.statedHere(s, rightsgraph.RelMemberOf, m.ent, o.ent) {
				o = nil // "X of Y and its …": Y belongs to a person's clause; leave it, unless X is Y's own
			}
		}
		if y := s.representedSubject(); y != nil && y.j <= k {
			o = y // "Orientir is represented in the network by its commander, X": the subject's
		}
		if o != nil && !d.statedHere(s, rightsgraph.RelLeads, p.ent, o.ent) && !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o.ent) {
			d.roleRel(s, p, o, role, lead, 0.75, "y-its-role-x", o.i, p.j)
		}
	}
}

// representedSubject is the organisation that opens a sentence "Y is (or
// was) represented …", or nil.
func (s *sent) representedSubject() *mention {
	if len(s.ms) == 0 {
		return nil
	}
	y := s.ms[0]
	if y.ent == nil || y.ent.kind != rightsgraph.KindOrganisation || !sentenceStart(s.ts, y.i) && !(y.i == 1 && s.low(0) == "the") {
		return nil
	}
	k := y.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) == "is" || s.low(k) == "was" || s.low(k) == "are" || s.low(k) == "were" {
		k++
	}
	if s.low(k) != "represented" {
		return nil
	}
	return y
}

// whichMemberJoined reads a body's members in a relative clause after its
// name: "Y (RCDC), of which Pro Copil has been a member since 2016", "Y,
// to which “Mashuk” has belonged since 2018", "Y, which Berega joined in
// 2005".
func (d *drafter) whichMemberJoined(s *sent, y *mention) {
	k := y.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) == "(" && s.low(k+2) == ")" {
		k += 3 // its acronym
	}
	if s.low(k) != "," {
		return
	}
	k++
	of := s.low(k) == "of" || s.low(k) == "to"
	if of {
		k++
	}
	if s.low(k) != "which" {
		return
	}
	z := s.orgAfter(k + 1)
	if z == nil || z.ent == y.ent {
		return
	}
	v := z.j
	if isCloseQuote(s.low(v)) {
		v++
	}
	for formerly[s.low(v)] || s.low(v) == "has" || s.low(v) == "had" || s.low(v) == "have" || s.low(v) == "been" {
		v++
	}
	w := s.low(v)
	switch {
	case of && (w == "member" || w == "members" || (w == "a" || w == "one") && (s.low(v+1) == "member" || s.low(v+1) == "of")),
		of && (w == "is" || w == "was" || w == "became") && (s.low(v+1) == "a" || s.low(v+1) == "one") && (s.low(v+2) == "member" || s.low(v+2) == "of"),
		of && (w == "belongs" || w == "belonged" || w == "belong"),
		!of && (w == "joined" || w == "joins"):
		d.add(s, rightsgraph.RelMemberOf, z.ent, y.ent, "member", nil, 0.75, "y-which-z-joined", y.i, v+1)
	}
}

// orgParenPerson reads a person in brackets after a body, as lists of
// members write them: "the Ratne Women’s Initiative (Olha Prystupa)", "the
// Shatsk Lakes Group (Ihor Zhukovskyi, coordinator)", "the Kovel Society of
// Pensioners (Petro Haiduk, its chairman)".
func (d *drafter) orgParenPerson(s *sent, o *mention) {
	k := o.j
	if isCloseQuote(s.low(k)) {
		k++
	}
	if s.low(k) != "(" {
		return
	}
	p := s.kindAt(k+1, rightsgraph.KindPerson)
	if p == nil {
		return
	}
	role, lead, e := "", false, p.j
	if s.low(e) == "," {
		x := e + 1
		if s.low(x) == "its" || s.low(x) == "the" {
			x++
		}
		r, l, ok := s.rolePhraseBare(x)
		if !ok {
			return
		}
		role, lead, e = r, l, x+len(strings.Fields(r))
	}
	if s.low(e) != ")" {
		return
	}
	d.roleRel(s, p, o, role, lead, 0.75, "y-paren-x", o.i, e+1)
}

// pronounMemberships reads the memberships of the body the sentence before
// spoke of, named here by a pronoun: "It is a member of the national
// network Y", "Its members include A (X), B and C".
func (d *drafter) pronounMemberships(s *sent) {
	// "The Adamlyk Centre was registered in 2009, and since 2015 it has
	// been a member of Y": the body the sentence opens with.
	if len(s.ms) > 0 && s.ms[0].i <= 1 && s.ms[0].ent != nil && s.ms[0].ent.kind == rightsgraph.KindOrganisation {
		for k := s.ms[0].j; k+3 < len(s.ts); k++ {
			if s.low(k) == "it" && !s.ts[k].up && (s.low(k-1) == "and" || s.low(k-1) == "," || s.ts[k-1].digit) && !s.quoted(k) {
				d.orgMembers(s, &mention{i: s.ms[0].i, j: k + 1, ent: s.ms[0].ent}, s.ms[0].ent, k+1)
			}
		}
	}
	if len(s.ts) < 4 || len(d.prevMs) == 0 {
		return
	}
	if s.low(0) == "it" && s.ts[0].up {
		if y := d.prevSubject(rightsgraph.KindOrganisation); y != nil {
			d.orgMembers(s, &mention{i: 0, j: 1, ent: y}, y, 1)
		}
	}
	for k := 0; k+3 < len(s.ts); k++ {
		if s.low(k) != "its" || s.low(k+1) != "members" || !uniteVerbs[s.low(k+2)] && s.low(k+2) != "are" && s.low(k+2) != "were" {
			continue // "Its members include A and B", "Its members are A, B and C"
		}
		var y *ent
		for _, m := range s.ms {
			if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
				y = m.ent
			}
		}
		if y == nil {
			y = d.prevSubject(rightsgraph.KindOrganisation)
		}
		if y == nil || s.kindAt(k+3+b2i(s.low(k+3) == ":"), rightsgraph.KindPerson) != nil {
			return // "Its members were A, editor at the weekly Y; B, …": the bodies are theirs
		}
		for _, m := range s.ms {
			if m.i > k+2 && m.ent != nil && m.ent != y && m.ent.kind == rightsgraph.KindOrganisation && !d.inBrackets(s, m) {
				d.add(s, rightsgraph.RelMemberOf, m.ent, y, "member", nil, 0.7, "its-members-include-x", k, m.j)
			}
		}
		return
	}
}

// inBrackets says whether a mention stands inside brackets opened after
// another name: "A (X, coordinator)".
func (d *drafter) inBrackets(s *sent, m *mention) bool {
	return m.i > 0 && s.low(m.i-1) == "("
}

// postOfPrevious reads a sentence that opens with a post of what the
// sentence before spoke of: "Y was set up in 2023. Its president, X, told
// the hearing …" (Y the subject of that sentence, or the only organisation
// it names), and "Z spoke of … . His deputy, X, presented …" (X belongs
// to the body Z leads).
func (d *drafter) postOfPrevious(s *sent) {
	if len(s.ts) < 4 || len(d.prevMs) == 0 {
		return
	}
	switch s.low(0) {
	case "its": // not "their": "Their lawyer" is most often the lawyer of people
		role, lead, p := s.postThenPerson(1)
		if p == nil || p.ent == nil || p.ent.kind != rightsgraph.KindPerson {
			return
		}
		if o := d.prevSubject(rightsgraph.KindOrganisation); o != nil && !d.statedHere(s, rightsgraph.RelLeads, p.ent, o) && !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o) {
			d.roleRel(s, p, &mention{ent: o}, role, lead, 0.7, "its-role-x-after", 0, p.j)
		}
	case "his", "her":
		if r, _, ok := s.rolePhraseBare(1); ok {
			// "Her deputy in the Union, X": the body named
			n := 1 + len(strings.Fields(r))
			if w := s.low(n); w == "in" || w == "at" || w == "with" {
				if o := s.orgAfter(n + 1); o != nil && s.low(o.j) == "," {
					if p := s.kindAt(o.j+1, rightsgraph.KindPerson); p != nil {
						d.roleRel(s, p, o, r, false, 0.7, "deputy-in-y", 0, p.j)
						return
					}
				}
			}
		}
		role, _, p := s.postThenPerson(1)
		if s.low(1) == "colleague" {
			// "Her colleague X", "Her colleague, social worker X"
			x := 2
			if s.low(x) == "," {
				x++
			}
			for n := 0; n < 3 && s.kindAt(x, rightsgraph.KindPerson) == nil && s.ts[min(x, len(s.ts)-1)].word && !s.ts[min(x, len(s.ts)-1)].up && !prepositions[s.low(x)]; n++ {
				x++ // "social worker"
			}
			role, p = "colleague", s.kindAt(x, rightsgraph.KindPerson)
		}
		if p == nil || p.ent == nil || p.ent.kind != rightsgraph.KindPerson {
			return
		}
		if f := strings.Fields(role); !slices.ContainsFunc(f, func(w string) bool { return w == "deputy" || w == "colleague" || w == "co-chair" }) {
			return // "His lawyer, X": the person's own lawyer, not the body's
		}
		head := d.prevSubject(rightsgraph.KindPerson)
		if head == nil {
			return
		}
		// A deputy's body is the one the person leads; a colleague's, the
		// one they lead or else belong to.
		var o, member *ent
		for _, r := range d.relsFrom(head) {
			if r.to.kind != rightsgraph.KindOrganisation || r.to.dropped {
				continue
			}
			if r.t == rightsgraph.RelLeads {
				o = r.to
			}
			if r.t == rightsgraph.RelMemberOf && role == "colleague" {
				member = r.to
			}
		}
		if o == nil {
			o = member
		}
		if o != nil && o != p.ent && !d.statedHere(s, rightsgraph.RelLeads, p.ent, o) && !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o) {
			d.roleRel(s, p, &mention{ent: o}, role, false, 0.65, "deputy-of-previous", 0, p.j)
		}
	}
}

// elected reads a post given by a body's vote or decision: "The Alliance
// elected X to its board", "the general meeting of Y elected X chair of
// the board", "Y has elected X as its head", "X was re-elected to the
// Network’s coordinating council", "X was elected to the board of Y".
func (d *drafter) elected(s *sent) {
	for v := 1; v+2 < len(s.ts); v++ {
		if w := s.low(v); w != "elected" && w != "re-elected" && w != "appointed" && w != "elect" && w != "re-elect" && w != "appoint" {
			continue // "to appoint X coordinator of the coalition" in minutes
		}
		var body *ent
		var list []*mention
		k := v + 1
		if p := s.kindAt(v+1, rightsgraph.KindPerson); p != nil {
			// active: the body named first before the verb gives the post,
			// not one in an aside ("Y's meeting, held at our office, elected")
			for _, m := range s.ms {
				if m.j <= v && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation && body == nil {
					body = m.ent
				}
				if m.j <= v && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
					body = nil // "X of Y elected Z": not the body's vote
				}
			}
			list = s.personListFrom(p)
			k = list[len(list)-1].j
			if s.low(k) == "," && (s.low(k+1) == "a" || s.low(k+1) == "an") {
				// "re-elected X, a local entrepreneur, as chair": skip the description
				for k++; k < len(s.ts) && s.ts[k].w != "," && k < v+14; k++ {
				}
				k++
			}
		} else {
			// passive: "X was elected to …"
			b := v - 1
			for b > 0 && (s.low(b) == "was" || s.low(b) == "is" || s.low(b) == "been" || s.low(b) == "has" || s.low(b) == "also" || s.low(b) == "recently") {
				b--
			}
			p := s.mentionEndingAt(b, rightsgraph.KindPerson)
			if p == nil || b == v-1 || s.low(k) != "to" {
				continue
			}
			list = s.personListFrom(p)
		}
		if len(list) == 0 {
			continue
		}
		role, lead := "", false
		switch {
		case s.low(k) == "to":
			// "to its board", "to the Network’s coordinating council", "to
			// the board of Y"
			x := k + 1
			if w := s.low(x); w == "its" || w == "their" || w == "the" {
				x++
			}
			if m := s.kindAt(x, rightsgraph.KindOrganisation); m != nil && (s.low(m.j) == "’s" || s.low(m.j) == "'s") {
				body, x = m.ent, m.j+1
			}
			for x < len(s.ts) && x < k+5 && s.ts[x].word && !s.ts[x].up && !boardWords[s.low(x)] {
				x++
			}
			if !boardWords[s.low(x)] {
				continue
			}
			role = "member of the " + s.low(x)
			if s.low(x) == "board" {
				role = "board member"
			}
			if s.low(x+1) == "of" {
				if o := s.orgAfter(x + 2); o != nil {
					body = o.ent
				}
			}
		default:
			x := k
			if s.low(x) == "as" {
				x++
			}
			if w := s.low(x); w == "its" || w == "their" || w == "the" {
				x++
			}
			r, l, ok := s.rolePhraseBare(x)
			if !ok {
				continue
			}
			role, lead = r, l
			x += len(strings.Fields(r))
			if s.low(x) == "of" {
				if o := s.orgAfter(x + 1); o != nil && o.i <= x+2 {
					body = o.ent // "coordinator of the coalition"
				} else if w := s.low(x + 2); s.low(x+1) == "the" && boardWords[w] {
					role += " of the " + w // "chair of the board": of the body that votes
				} else {
					continue
				}
			}
		}
		if body == nil {
			continue
		}
		for _, p := range list {
			if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, body) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, body) {
				d.roleRel(s, p, &mention{ent: body}, role, lead, 0.7, "y-elected-x", 0, len(s.ts))
			}
		}
	}
}

// withUsVerbs are the verbs of working for the publisher, in the
// report's own words: "who volunteers with us", "has joined us as".
var withUsVerbs = wordSet(`volunteers volunteered volunteer works worked work joined join joins serves served`)

// withUs reads the publisher's people where the report says "us": "X, a
// nurse who volunteers with us", "X has joined us as programme manager",
// "X joined us from Y" (X worked for Y before).
func (d *drafter) withUs(s *sent) {
	we := d.publisherOrg()
	if we == nil {
		return
	}
	for k := 2; k < len(s.ts); k++ {
		if s.low(k) != "us" || s.quoted(k) {
			continue
		}
		v := k - 1
		if w := s.low(v); w == "with" || w == "for" {
			v--
		}
		verb := s.low(v)
		if !withUsVerbs[verb] || (verb == "joined" || verb == "join" || verb == "joins") != (v == k-1) {
			continue // "joined us", "volunteers with us"
		}
		// The person is the nearest before the verb, in the same clause.
		var p *mention
		for _, m := range s.ms {
			if m.j <= v && m.ent != nil && (m.ent.kind == rightsgraph.KindPerson || m.ent.kind == rightsgraph.KindOrganisation) {
				p = m
			}
		}
		if p == nil || p.ent.kind != rightsgraph.KindPerson || slices.ContainsFunc(s.ts[p.j:v], func(t tok) bool { return t.w == ";" || t.w == "." }) {
			continue
		}
		role := ""
		if strings.HasPrefix(verb, "volunteer") {
			role = "volunteer"
		}
		if s.low(k+1) == "as" {
			x := k + 2
			if w := s.low(x); w == "a" || w == "an" || w == "our" {
				x++
			}
			for x < len(s.ts) && x < k+6 && s.ts[x].word && !s.ts[x].up && !prepositions[s.low(x)] && s.low(x) != "and" {
				role = strings.TrimSpace(role + " " + s.low(x))
				x++
			}
		}
		if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, we) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, we) {
			d.roleRel(s, p, &mention{ent: we}, role, false, 0.7, "x-works-with-us", p.i, k+1)
		}
		if verb == "joined" && s.low(k+1) == "from" {
			// "X, who joined us from the Vitebsk Youth Club": a member there before
			if o := s.orgAfter(k + 2); o != nil && o.i <= k+4 && o.ent != we {
				d.roleRel(s, p, o, "", false, 0.65, "joined-us-from-y", p.i, o.j)
			}
		}
	}
}

// afterYearsAt reads a past affiliation that opens a sentence: "After
// eight years at Y, where she headed the Kutaisi office, X came home",
// "After eleven years with the hospice “Dom Sveta”, X returned".
func (d *drafter) afterYearsAt(s *sent) {
	if w := s.low(0); w != "after" && w != "following" {
		return
	}
	n := s.duration(1)
	if n == 0 {
		return
	}
	k := 1 + n
	if w := s.low(k); w != "at" && w != "with" && w != "in" {
		return
	}
	o := s.orgAfter(k + 1)
	if o == nil || o.i > k+6 {
		return
	}
	// The subject follows the clause and its aside: the first person
	// after a comma.
	for x := o.j; x+1 < len(s.ts); x++ {
		if s.ts[x].w != "," {
			continue
		}
		if p := s.kindAt(x+1, rightsgraph.KindPerson); p != nil {
			d.roleRel(s, p, o, "", false, 0.7, "after-years-at-y-x", 0, p.j)
			return
		}
		if w := s.low(x + 1); w != "where" && w != "which" && w != "when" {
			return
		}
	}
}

// pluralPosts reads several people of one body under one post: "Its two
// lawyers, A and B", "two of its coordinators, A and B", "the Centre’s
// three monitors: A, B and C". The body is the one named last before "its"
// in the sentence, or the previous sentence's subject.
func (d *drafter) pluralPosts(s *sent) {
	for k := 0; k+3 < len(s.ts); k++ {
		owner := s.low(k)
		if owner != "its" && owner != "’s" && owner != "'s" && owner != "our" {
			continue
		}
		x := k + 1
		if w := s.low(x); w == "new" || w == "current" {
			x++ // "The Network’s new deputy chairs are A and B"
		}
		counted := s.ts[x].digit || numberWords[s.low(x)]
		if counted {
			x++
		}
		role, ok := pluralRole(s.low(x))
		if mod := s.low(x); !ok && (roleModifiers[mod] || mod == "staff") && !s.ts[x].up {
			if role, ok = pluralRole(s.low(x + 1)); ok {
				role, x = mod+" "+role, x+1 // "deputy chairs", "our two staff lawyers"
			}
		}
		if !ok || s.ts[x].up {
			continue
		}
		are := (s.low(x+1) == "are" || s.low(x+1) == "were") && role != "member"
		if !counted && !are && (k < 2 || s.low(k-1) != "of" || !(s.ts[k-2].digit || numberWords[s.low(k-2)])) {
			continue // "two of its lawyers", "its two lawyers", "its deputy chairs are": they are several
		}
		if w := s.low(x + 1); w != "," && w != ":" && w != "—" && w != "–" && !are {
			continue
		}
		first := s.kindAt(x+2, rightsgraph.KindPerson)
		if first == nil {
			continue
		}
		var body *ent
		if owner == "our" {
			body = d.publisherOrg()
		} else if owner == "its" {
			for _, m := range s.ms {
				if m.j <= k && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
					body = m.ent
				}
			}
			if body == nil && k <= 1 {
				body = d.prevSubject(rightsgraph.KindOrganisation)
			}
		} else if m := s.mentionEndingAt(k-1, rightsgraph.KindOrganisation); m != nil {
			body = m.ent
		}
		if body == nil {
			continue
		}
		list := s.personListFrom(first)
		if are {
			list = s.describedPersons(x + 2) // "Among its founders were A, a chemical engineer, B and C"
		}
		for _, p := range list {
			if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, body) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, body) {
				d.roleRel(s, p, &mention{ent: body}, role, false, 0.7, "its-n-roles-x-y", k, p.j)
			}
		}
	}
}

// electedBoardList reads a board or council elected and listed after a
// colon, inline or one member a line: "the Assembly elected the Board of
// the Network for 2026–2028:\n– A, director of Z, chair of the Board;\n– B
// (Y), deputy chair;", "elected a new council of the network for two
// years: A (ex officio), B and C of Z". Each is a member of the body whose
// board it is; its chair leads it.
func (d *drafter) electedBoardList(s *sent) {
	e := slices.IndexFunc(s.ts, func(t tok) bool { return t.low == "elected" || t.low == "elects" })
	if e < 0 {
		return
	}
	x := e + 1
	for x < len(s.ts) && x <= e+3 && (s.low(x) == "the" || s.low(x) == "a" || s.low(x) == "its" || s.low(x) == "new" || s.low(x) == "their") {
		x++
	}
	if !boardWords[s.low(x)] {
		return
	}
	word := s.low(x)
	var body *ent
	switch {
	case s.low(x+1) == "of":
		if o := s.orgAfter(x + 2); o != nil {
			body = o.ent
		}
	case s.low(x-1) == "its" || s.low(x-1) == "their":
		body = s.lastOrgBefore(x - 1)
	}
	if body == nil {
		return
	}
	colon := -1
	for y := x + 1; y < len(s.ts) && y <= x+12; y++ {
		if s.ts[y].w == ":" {
			colon = y
			break
		}
		if s.kindAt(y, rightsgraph.KindPerson) != nil {
			return
		}
	}
	if colon < 0 {
		return
	}
	start := colon + 1
	for y := start; y < len(s.ts); y++ {
		p := s.kindAt(y, rightsgraph.KindPerson)
		if p == nil {
			continue
		}
		b := y - 1
		for b >= start && titles[s.low(b)] {
			b--
		}
		if !(b < start || s.low(b) == "," || s.low(b) == ";" || s.low(b) == "and" || isDash(s.low(b)) && d.lineStart(s.ts, b+1)) {
			continue // a person inside a member's description
		}
		end := p.j
		for end < len(s.ts) && s.ts[end].w != ";" && !(end > p.j && d.lineStart(s.ts, end)) {
			end++
		}
		role, lead := word+" member", false
		for c := p.j; c+1 < end; c++ {
			if s.ts[c].w == "," && (s.low(c+1) == "chair" || s.low(c+1) == "chairman" || s.low(c+1) == "chairwoman" || s.low(c+1) == "chairperson") {
				role, lead = "chair of the "+word, true // "A, director of Z, chair of the Board"
			}
		}
		if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, body) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, body) {
			d.roleRel(s, p, &mention{ent: body}, role, lead, 0.65, "elected-board-list", e, p.j)
		}
		y = end
	}
}

// otherMembersWere reads the rest of a body whose head the sentence before
// named: "The Jury of the X Prize was chaired by Dr Y. The other jurors
// were A, chair of Z, and B".
func (d *drafter) otherMembersWere(s *sent) {
	if s.low(0) != "the" || s.low(1) != "other" || s.low(3) != "were" && s.low(3) != "are" {
		return
	}
	role, ok := pluralRole(s.low(2))
	if !ok || !memberRoles[role] || eventRoles[role] {
		return
	}
	body := d.prevSubject(rightsgraph.KindOrganisation)
	if body == nil {
		return
	}
	for _, p := range s.describedPersons(4) {
		if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, body) {
			d.roleRel(s, p, &mention{ent: body}, role, false, 0.65, "the-other-roles-were-x", 0, p.j)
		}
	}
}

// eventRoles are the parts people play at an event rather than in a body.
var eventRoles = wordSet(`participant speaker delegate observer monitor guest`)

// prevSubject returns the entity of a kind the previous sentence opens
// with, or else the only one of that kind it names.
func (d *drafter) prevSubject(kind rightsgraph.Kind) *ent {
	var only *ent
	n := 0
	for x, m := range d.prevMs {
		if m.ent == nil {
			continue
		}
		if x == 0 && m.i <= 1 {
			if m.ent.kind == kind {
				return m.ent // "The Network has been placing …"
			}
			if kind == rightsgraph.KindOrganisation {
				return nil // "The conference was organised by Y. Its chair, X": the event's
			}
		}
		if m.ent.kind != kind {
			continue
		}
		if m.ent != only {
			only = m.ent
			n++
		}
	}
	if n == 1 {
		return only
	}
	return nil
}

// roleNoun says whether a lower-case word names a post or a profession:
// "lawyer", "sociologist", "geriatrician".
func roleNoun(w string) bool {
	if leadRoles[w] || memberRoles[w] {
		return true
	}
	if notRoles[w] || utf8.RuneCountInString(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ician") || strings.HasSuffix(w, "logist") || strings.HasSuffix(w, "ographer")
}

// ourLedBy reads who leads the publisher or a group of its people in a
// passive after "our" at k: "Our centre is headed by X", "Our board of
// trustees is chaired by X", "Our 18 volunteers are coordinated by X".
func (d *drafter) ourLedBy(s *sent, we *ent, k int) bool {
	x := k + 1
	for x < len(s.ts) && x <= k+3 && (s.ts[x].digit || numberWords[s.low(x)] || roleModifiers[s.low(x)]) {
		x++
	}
	if s.ts[min(x, len(s.ts)-1)].word && !s.ts[min(x, len(s.ts)-1)].up && teamWords[s.low(x+1)] {
		x++ // "Our letters team is led by X"
	}
	what := s.low(x)
	board := what == "board"
	if board && s.low(x+1) == "of" && s.ts[min(x+2, len(s.ts)-1)].word {
		x += 2 // "our board of trustees"
	}
	_, plural := pluralRole(what)
	part := teamWords[what] || unitWords[what] // "Our legal department is headed by X"
	whole := (orgDescriptors[what] || orgHeads[what]) && !board && !part
	if !whole && !board && !plural && !part {
		return false
	}
	v := x + 1
	if s.low(v) != "is" && s.low(v) != "are" && s.low(v) != "was" && s.low(v) != "were" {
		return false
	}
	v++
	if s.low(v) == "currently" || s.low(v) == "now" {
		v++
	}
	active, ok := passiveLead[s.low(v)]
	if !ok || s.low(v+1) != "by" {
		return false
	}
	p := s.kindAt(v+2, rightsgraph.KindPerson)
	for t := v + 2; p == nil && t < v+5 && t < len(s.ts) && (titles[s.low(t)] || s.ts[t].w == "."); t++ {
		p = s.kindAt(t+1, rightsgraph.KindPerson) // "by Professor X"
	}
	if p == nil {
		return false
	}
	role := verbRole(active)
	switch {
	case whole:
		d.roleRel(s, p, &mention{ent: we}, role, true, 0.75, "our-y-is-led-by-x", k, p.j)
	case board:
		d.roleRel(s, p, &mention{ent: we}, role+" of the board", true, 0.75, "our-y-is-led-by-x", k, p.j)
	case part:
		d.roleRel(s, p, &mention{ent: we}, role+" of the "+strings.Join(lowWords(s.ts[k+1:x+1]), " "), false, 0.7, "our-y-is-led-by-x", k, p.j) // "head of the letters team"
		d.partStaff(s, we, p.j)
	default:
		d.roleRel(s, p, &mention{ent: we}, role+" of "+what, false, 0.7, "our-y-is-led-by-x", k, p.j) // "coordinator of volunteers"
	}
	return true
}

// passiveLead maps the passive of leading to its active form: "headed" →
// "heads".
var passiveLead = map[string]string{"headed": "heads", "led": "leads", "chaired": "chairs", "directed": "directs", "coordinated": "coordinates", "run": "runs"}

// objectOf says whether an organisation's mention is the object of a
// preposition ("a member of the Y network"), looking back over articles,
// descriptors and quote marks.
func objectOf(s *sent, o *mention) bool {
	b := o.i - 1
	for b >= 0 && (determiners[s.low(b)] || isOpenQuote(s.ts[b].w) || s.ts[b].word && !s.ts[b].up && orgDescriptors[s.low(b)]) {
		b--
	}
	return b >= 0 && prepositions[s.low(b)]
}

// publicationWords name what a body publishes: "editor of the Club’s
// bulletin" works on a part of the body, not at its head.
var publicationWords = wordSet(`bulletin newsletter magazine journal website blog podcast yearbook`)

// bodyLine reads a line that names a body, then its people: "Poti Civic
// Centre (Poti): Nana Tsikolia, chair", "Adjara Rights Monitor (Batumi):
// A and B, monitors".
func (d *drafter) bodyLine(s *sent, k int) bool {
	kind := false
	for x := k; x < k+6 && x < len(s.ts) && s.at[x] == nil && (s.ts[x].word || s.ts[x].w == "’" || s.ts[x].w == "'"); x++ { // "parents’ initiative “Dvuyazychie”"
		// "Charitable foundation “Oberih” (Berdychiv): …", "Roma
		// association “Baxt” (Talsi): …", "Association of Permanent
		// Residents “Pastāvīgie” (Ventspils): …"
		kind = kind || x < k+3 && (bodyKindWords[s.low(x)] || orgDescriptors[s.low(x)])
		if kind && isOpenQuote(s.low(x+1)) {
			k = x + 2
			break
		}
	}
	o := s.kindAt(k, rightsgraph.KindOrganisation)
	if s.low(k) == "the" {
		o = s.kindAt(k+1, rightsgraph.KindOrganisation)
	}
	if o == nil {
		return false
	}
	x := o.j
	if m := s.kindAt(x+1, rightsgraph.KindOrganisation); isOpenQuote(s.low(x)) && m != nil && m.ent == o.ent {
		x = m.j // the kind, then the name: "Association of Permanent Residents “Pastāvīgie”"
	}
	if isCloseQuote(s.low(x)) {
		x++
	}
	if s.low(x) == "(" {
		// "(Poti)", "(Liepaja; observer member)"
		for y := x + 1; y < len(s.ts) && y <= x+8 && s.kindAt(y, rightsgraph.KindPerson) == nil; y++ {
			if s.ts[y].w == ")" {
				x = y + 1
				break
			}
		}
	}
	if s.low(x) == "," && x+2 < len(s.ts) && s.ts[x+1].capWord() && isDash(s.low(x+2)) {
		x += 2 // "anti-war community “Most” (Bridge), Vilnius — X, coordinator": the town
	}
	if s.low(x) != ":" && !isDash(s.low(x)) {
		return false
	}
	found := false
	for at := x + 1; ; {
		// "Iryna Yatsenko, director; Andrii Fedoruk, lawyer": each person,
		// or list of persons, with a post of their own
		p := s.kindAt(at, rightsgraph.KindPerson)
		if p == nil {
			return found
		}
		if !found && d.listOwner != nil && o.ent != d.listOwner {
			d.add(s, rightsgraph.RelMemberOf, o.ent, d.listOwner, "member", nil, 0.65, "member-list-line", o.i, o.j)
		}
		found = true
		list := s.personListFrom(p)
		role, lead, next := s.bodyLinePost(list)
		for _, q := range list {
			d.roleRel(s, q, o, role, lead, 0.7, "body-line", o.i, q.j)
		}
		if s.low(next) != ";" {
			return true
		}
		at = next + 1
	}
}

// bodyLinePost reads the post after a body line's list of persons ("A and
// B, monitors", "X, head of its Osh office"): the post, whether it leads,
// and the token after it.
func (s *sent) bodyLinePost(list []*mention) (role string, lead bool, next int) {
	e := list[len(list)-1].j
	next = e
	if s.low(e) == "," {
		var words []string
		y := e + 1
		for ; y < len(s.ts) && s.ts[y].word && !s.ts[y].up && len(words) < 5; y++ {
			words = append(words, s.low(y))
		}
		unit := false
		if n := len(words); n >= 3 && (words[n-1] == "its" || words[n-1] == "the") && words[n-2] == "of" && y+1 < len(s.ts) && s.ts[y].capWord() && unitWords[s.low(y+1)] {
			// "head of its Osh office": a post in a unit of the body
			words, unit, y = append(words, s.ts[y].w, s.low(y+1)), true, y+2
		}
		if len(words) > 0 && unit {
			role, next = strings.Join(words, " "), y
		} else if len(words) > 0 {
			last := words[len(words)-1]
			if sing, ok := pluralRole(last); ok && len(list) > 1 {
				words[len(words)-1] = sing // "A and B, monitors"
				last = sing
			}
			if roleWord(last) || roleNoun(last) || slices.Contains(words, "of") && roleWord(words[0]) {
				role, next = strings.Join(words, " "), y
				lead = !slices.ContainsFunc(words, func(w string) bool { return subordinate[w] }) &&
					(leadRoles[words[0]] && (len(words) == 1 || words[1] == "of") || len(words) == 3 && words[1] == "and" && leadRoles[words[2]]) // "founder and head"
			}
		}
	}
	return role, lead, next
}

// cameFrom reads people grouped by the body they came from: "From the Rivne
// Disability Rights Centre came A, its director, and B, a lawyer", "The
// Lviv Rehabilitation Centre sent A, its chief physician", "Two veterans
// came from the Union of Veterans: A and B".
func (d *drafter) cameFrom(s *sent) {
	for k := 0; k+2 < len(s.ts); k++ {
		var o *mention
		a, role := 0, ""
		switch w := s.low(k); {
		case w == "from" && (k == 0 || s.ts[k].up):
			// "From the X came A …"
			if o = s.orgAfter(k + 1); o != nil && (s.low(o.j) == "came" || s.low(o.j) == "arrived" || s.low(o.j) == "," && k == 0) {
				a = o.j + 1 // "From the Russian House of Freedom, its chair, X, and the board member Y spoke"
			}
		case w == "sent" && k > 0:
			if o = s.mentionEndingAt(k-1, rightsgraph.KindOrganisation); o != nil {
				a = k + 1 // "The Lviv Rehabilitation Centre sent A", but not "sent A a letter"
				if p := s.kindAt(a, rightsgraph.KindPerson); p != nil && determiners[s.low(p.j)] {
					o = nil
				}
			}
		case (w == "came" || w == "arrived") && s.low(k+1) == "from" && k >= 1:
			// "Two veterans came from Y: A and B"
			if sing, ok := pluralRole(s.low(k - 1)); ok {
				if o = s.orgAfter(k + 2); o != nil && (s.low(o.j) == ":" || s.low(o.j) == ",") {
					a, role = o.j+1, sing
				}
			}
		}
		if o == nil || a == 0 {
			continue
		}
		for n := 0; n < 6; n++ {
			if s.low(a) == "its" || s.low(a) == "the" {
				// "came its chair, X", "and the board member Y"
				if r, lead, p := s.postThenPerson(a + 1); p != nil {
					d.roleRel(s, p, o, r, lead, 0.75, "y-sent-x", o.i, p.j)
					a = p.j
				}
			}
			p := s.kindAt(a, rightsgraph.KindPerson)
			e := a
			if p != nil {
				r, lead := role, false
				e = p.j
				if s.low(e) == "," && (s.low(e+1) == "its" || s.low(e+1) == "a" || s.low(e+1) == "an") {
					if rr, l, ok := s.rolePhraseBare(e + 2); ok {
						r, lead = rr, l && s.low(e+1) == "its"
						e += 2 + len(strings.Fields(rr))
					} else if roleNoun(s.low(e + 2)) {
						r, e = s.low(e+2), e+3 // "a psychologist"
					}
				}
				if !d.statedHere(s, rightsgraph.RelMemberOf, p.ent, o.ent) && !d.statedHere(s, rightsgraph.RelLeads, p.ent, o.ent) {
					d.roleRel(s, p, o, r, lead, 0.75, "y-sent-x", o.i, p.j)
				}
			}
			// the next of the list: ", and B", " and B", ", B"
			for s.low(e) == "," || s.low(e) == "and" {
				e++
			}
			if e == a || s.kindAt(e, rightsgraph.KindPerson) == nil && s.low(e) != "its" && s.low(e) != "the" {
				break
			}
			a = e
		}
	}
}

// bodyAdjectives describe a kind of body before its descriptor: "the
// regional public organisation".
var bodyAdjectives = wordSet(`regional public local non-governmental independent international national youth
charitable civic interregional all-russian non-profit voluntary`)

// predicateAfterAppos reads the main verb after a person's apposition: "X,
// a wheelchair user himself, has headed Y since 2016", "X, 41, heads Y".
func (d *drafter) predicateAfterAppos(s *sent, p *mention) {
	if s.low(p.j) != "," {
		return
	}
	// One or two asides: "X, a lawyer, heads Y", "X, 44, an accountant by
	// training, heads Y".
	c := p.j
	for n := 0; n < 2; n++ {
		start := c + 1
		for c = start; c < len(s.ts) && c <= start+7; c++ {
			if s.ts[c].w == "," {
				break
			}
			if m := s.at[c]; m != nil && m.ent != nil && m.ent.kind != rightsgraph.KindPlace || !s.ts[c].word && !s.ts[c].digit || s.low(c) == "who" || s.low(c) == "and" {
				return // an affiliation or a clause the other rules read
			}
		}
		if c >= len(s.ts) || s.ts[c].w != "," || c == start {
			return
		}
		if verbRole(s.low(c+1)) != "" || s.low(c+1) == "has" || s.low(c+1) == "still" || formerly[s.low(c+1)] {
			break
		}
	}
	v := c + 1
	for s.low(v) == "has" || s.low(v) == "had" || s.low(v) == "have" || formerly[s.low(v)] || s.low(v) == "still" {
		v++
	}
	role := verbRole(s.low(v))
	if role == "" || role == "founder" {
		return
	}
	if o := s.orgAfter(v + 1); o != nil {
		d.roleRel(s, p, o, role, !s.branch, 0.75, "x-appos-heads-y", p.i, o.j)
	}
}

// postThenPerson reads a post and the person who holds it from token k:
// "director, Father X", "board member Y"; p is nil when none is there.
func (s *sent) postThenPerson(k int) (role string, lead bool, p *mention) {
	if w := s.low(k); w == "present" || w == "current" {
		k++ // "Its present director, X": the post as it is now
	}
	role, lead, ok := s.rolePhraseBare(k)
	if !ok {
		return "", false, nil
	}
	x := k + len(strings.Fields(role))
	if s.low(x) == "and" {
		if r2, l2, ok := s.rolePhraseBare(x + 1); ok {
			// "its founder and director, X"
			role, lead, x = role+" and "+r2, l2 && !slices.ContainsFunc(strings.Fields(role), func(w string) bool { return subordinate[w] }), x+1+len(strings.Fields(r2))
		}
	}
	if s.low(x) == "," || s.low(x) == "is" || s.low(x) == "was" {
		x++ // "its director, X", "her deputy is X"
	}
	for titles[s.low(x)] && s.kindAt(x, rightsgraph.KindPerson) == nil || s.low(x) == "." {
		x++ // "its director, Father X"
	}
	return role, lead, s.kindAt(x, rightsgraph.KindPerson)
}

// words returns the sentence's words from token a to b, lower-cased and
// joined by spaces.
func (s *sent) words(a, b int) string {
	ws := make([]string, 0, b-a)
	for x := a; x < b && x < len(s.ts); x++ {
		if s.ts[x].word {
			ws = append(ws, s.low(x))
		}
	}
	return strings.Join(ws, " ")
}
