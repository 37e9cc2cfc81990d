package extract

import (
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// eventRelations finds who organised and chaired events, who attended,
// what they discussed and where they took place.
func (d *drafter) eventRelations(s *sent) {
	ts := s.ts
	congress, named := d.congressOf(s)
	if congress == nil {
		return
	}
	d.moderatorNamed(s, congress)
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		switch {
		case organiseVerbs[w] && s.low(v+1) == "by" && w != "held" && w != "hold":
			// "called by the Human Rights Council of Russia (and Y)"
			for k := v + 2; k < len(ts) && k <= v+30; k++ {
				if ts[k].w == "." || ts[k].w == ";" {
					break
				}
				if ts[k].word && !ts[k].up && strings.HasSuffix(ts[k].low, "ed") && (s.low(k-1) == "and" || s.low(k-1) == ",") && s.at[k] == nil {
					break // "… and co-chaired by X", "… and supported by Y": no organiser
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
					if (s.low(n) == "from" || s.low(n) == "in") && s.kindAt(n+1, rightsgraph.KindPlace) != nil {
						n = s.at[n+1].j // "the group H (Translation) from Dushanbe and …"
					}
					if s.low(n) == "," && asideOpeners[s.low(n+1)] && s.low(n+2) == "by" {
						// "organised by Y, headed by X, together with Z": past the aside
						for x := n + 3; x < len(ts) && x <= n+12; x++ {
							if ts[x].w == "." || ts[x].w == ";" {
								break
							}
							if ts[x].w == "," {
								if w := s.low(x + 1); w == "together" || w == "jointly" || w == "along" {
									n = x + 1
								}
								break
							}
						}
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
		case (w == "co-organised" || w == "co-organized" || w == "co-hosted") && s.low(v+1) == "with":
			// "The event was co-organised with Y (and Z)"
			for k := v + 2; k < len(ts); {
				o := s.orgAfter(k)
				if o == nil {
					break
				}
				d.add(s, rightsgraph.RelOrganised, o.ent, congress, "co-organiser", nil, confIf(named, 0.8, 0.65), "co-organised-with-y", max(0, v-4), o.j)
				k = o.j + b2i(isCloseQuote(s.low(o.j)))
				if s.low(k) == "," {
					k++
				}
				if s.low(k) != "and" {
					break
				}
				k++
			}
		case w == "present" && s.low(v-1) == "also" && (s.low(v+1) == "were" || s.low(v+1) == "was"):
			// "Also present were X, head of Y, and a delegation from Z"
			for _, m := range s.ms {
				if m.i <= v+1 || m.ent == nil {
					continue
				}
				if m.ent.kind == rightsgraph.KindPerson || m.ent.kind == rightsgraph.KindOrganisation && (s.low(m.i-1) == "from" || s.low(m.i-2) == "from") {
					d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.65, "also-present-were", 0, len(ts))
				}
			}
		case organiseVerbs[w] && w != "called" && v > 0 || (w == "plan" || w == "plans") && (s.low(v+1) == "a" || s.low(v+1) == "the" || s.low(v+1) == "to"):
			// "Memorial organised the round table", "X and Y held a side
			// event", "The organisers plan a second hearing"
			held := w == "held" || w == "hold" || w == "holds" || w == "hosts" || w == "plan" || w == "plans"
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
			if v >= 2 && ts[v-1].w == "," {
				// "the SHRG, together with the foundation “Nadiya” (Hope), held
				// the hearing": the organisation before the aside, and the one in it
				b := v - 2
				for b > 0 && ts[b].w != "," && v-b < 16 {
					b--
				}
				if b > 0 && (s.low(b+1) == "together" || s.low(b+1) == "jointly" || s.low(b+1) == "along") && s.low(b+2) == "with" {
					if o := s.mentionEndingAt(b-1, rightsgraph.KindOrganisation); o != nil {
						subjs, start = []*mention{o}, o.i
						if o2 := s.orgAfter(b + 3); o2 != nil && o2.j < v && o2.ent != o.ent {
							subjs = append(subjs, o2)
						}
					}
				}
			}
			if subjs == nil {
				// "The organisers intend to hold the third forum": every organiser named
				for k := max(0, v-4); k < v; k++ {
					if s.low(k) == "organisers" || s.low(k) == "organizers" {
						for _, r := range d.rels {
							if r.t == rightsgraph.RelOrganised && (r.to == congress || r.to == d.main) && r.to != target && r.from.kind == rightsgraph.KindOrganisation && !slices.ContainsFunc(subjs, func(m *mention) bool { return m.ent == r.from }) {
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
		case w == "chaired" || w == "co-chaired" || w == "moderated" || w == "co-moderated" || w == "presided" || w == "facilitated":
			if s.low(v+1) == "by" && v >= 2 && ts[v-1].w == "," && (s.mentionEndingAt(v-2, rightsgraph.KindOrganisation) != nil || isCloseQuote(ts[v-2].w) && s.mentionEndingAt(v-3, rightsgraph.KindOrganisation) != nil) {
				// "the Union of Disability Advocates, chaired by X": the
				// organisation's chair, not the event's.
			} else if s.low(v+1) == "by" {
				// "moderated by Dr Olga Rybakova (AIA)", "moderated by the
				// chair of the board of ACAL, Farrukh Sharipov"
				end := s.clauseEnd(v+2, false)
				for _, p := range s.ms {
					if p.i > v+1 && p.i < end && p.ent != nil && p.ent.kind == rightsgraph.KindPerson {
						// "moderated by A and B": both
						for _, x := range s.personListFrom(p) {
							d.add(s, rightsgraph.RelChaired, x.ent, congress, moderator(w), nil, 0.8, "chaired-by-x", max(0, v-6), x.j)
						}
						if w != "co-chaired" && w != "co-moderated" {
							break
						}
						// "co-chaired by X, head of Y, and Z, chair of W": every person
						// the clause lists after its own apposition.
						end = s.clauseEnd(v+2, false)
						for k := p.j; k < len(s.ts) && k < p.j+16; k++ {
							if s.low(k) == "and" && (s.low(k-1) == "," || k == p.j) {
								end = len(s.ts)
							}
						}
					}
				}
			} else if subj, start := d.subjectOfOrWho(s, v); subj != nil && subj.ent.kind == rightsgraph.KindPerson {
				end := s.clauseEnd(v, true)
				d.add(s, rightsgraph.RelChaired, subj.ent, congress, moderator(w), nil, confIf(named, 0.85, 0.7), "x-chaired", start, end)
			}
		case w == "attended" || w == "participated" || (w == "took" && s.low(v+1) == "part") || w == "joined" && s.orgAfter(v+1) == nil ||
			(w == "followed" || w == "observed") && asObservers(s, v) || (w == "were" || w == "was") && (s.low(v+1) == "present" || s.low(v+1) == "also" && s.low(v+2) == "present") ||
			(w == "was" || w == "were") && s.low(v+1) == "also" && (s.low(v+2) == "among" && (s.low(v+4) == "participants" || s.low(v+4) == "guests") || s.low(v+2) == "in" && s.low(v+4) == "audience"):
			// "Representatives of Y followed the hearing as observers"
			// "X joined Y as a volunteer" is a membership, not attendance.
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
				if p := subjs[0]; p.i >= 2 && s.low(p.i-1) == "them" && s.low(p.i-2) == "among" {
					// "Observers from Y, among them X, attended": Y did too.
					orgs := s.representedOrgs(p.i)
					for k := 0; len(orgs) == 0 && k+2 < p.i; k++ {
						if s.low(k) == "members" && s.low(k+1) == "of" {
							if o := s.orgAfter(k + 2); o != nil && o.j < p.i {
								orgs = []*mention{o} // "Members of Y's board, among them X"
							}
						}
					}
					for _, m := range orgs {
						d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.6, "representatives-of-y-attended", 0, s.clauseEnd(v, false))
					}
				}
			} else if orgs := s.representedOrgs(v); len(orgs) > 0 {
				// "Representatives of the Ministry of Labour and of the
				// Ombudsman's Office attended": the organisations attended.
				for _, m := range orgs {
					d.add(s, rightsgraph.RelAttended, m.ent, congress, "", nil, 0.65, "representatives-of-y-attended", 0, s.clauseEnd(v, false))
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
		case w == "participation" && s.low(v+1) == "of":
			// "with the participation of the Regional Administration and Y"
			for k := v + 2; k < len(ts); {
				o := s.orgAfter(k)
				if o == nil {
					break
				}
				d.add(s, rightsgraph.RelAttended, o.ent, congress, "", nil, 0.65, "participation-of-y", max(0, v-2), o.j)
				k = o.j
				if s.low(k) == "(" {
					for k < len(ts) && ts[k].w != ")" {
						k++
					}
					k++
				}
				if s.low(k) == "," {
					k++
				}
				if s.low(k) != "and" {
					break
				}
				k++
			}
		case w == "represented" && s.low(v+1) == "by" && s.kindAt(v+2, rightsgraph.KindPerson) == nil && s.kindAt(v+3, rightsgraph.KindPerson) == nil && s.kindAt(v+4, rightsgraph.KindPerson) == nil:
			// "The Migration Service was represented by two officers": the
			// body attended, its unnamed officers for it.
			b := v - 1
			for b >= 0 && (auxVerbs[s.low(b)] || s.low(b) == "been" || adverbs[s.low(b)]) {
				b--
			}
			if o := s.mentionEndingAt(b, rightsgraph.KindOrganisation); o != nil {
				d.add(s, rightsgraph.RelAttended, o.ent, congress, "", nil, 0.6, "y-represented-by-officers", o.i, s.clauseEnd(v, false))
			}
		case w == "participants" || w == "guests" || w == "organisations" && s.low(v-1) == "participating" || w == "speakers" && s.low(v+1) != "":
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
		// "a public hearing on the rights of IDPs", "the conference “Safe
		// at Home” on domestic violence": what the event is about.
		if m := s.at[v]; m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindCongress && !m.generic && ts[len(ts)-1].w == "." {
			d.eventTopic(s, m) // in the account, not in a title that repeats it
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

// eventTopic reads the subject of an event from its description: the
// complement after its head noun ("on X", "about X"), inside the mention
// or right after its title.
func (d *drafter) eventTopic(s *sent, m *mention) {
	ts := s.ts
	k := -1
	for x := m.i + 1; x <= m.j+1 && x < len(ts); x++ {
		if x >= m.j && x > m.j && !(isCloseQuote(ts[x-1].w) && x-1 == m.j) {
			break
		}
		if w := s.low(x); (w == "on" || w == "about") && x > m.i && (congressHeads[s.low(x-1)] || lowerEventHeads[s.low(x-1)] || s.low(x-1) == "table" || isCloseQuote(ts[x-1].w)) {
			k = x + 1
			break
		}
	}
	if k < 0 || k >= len(ts) {
		return
	}
	end := k
	for end < len(ts) && end-k < 12 && ts[end].word && !complementStops[ts[end].low] && !auxVerbs[ts[end].low] && !ts[end].digit && months[ts[end].low] == 0 && !(ts[end].low == "in" && end+1 < len(ts) && ts[end+1].up) {
		if s.low(end) == "organised" || s.low(end) == "organized" || s.low(end) == "took" {
			break
		}
		end++
	}
	if end-k < 1 {
		return
	}
	if issue := d.issueFrom(s, k, end); issue != nil {
		d.add(s, rightsgraph.RelDiscussed, m.ent, issue, "", nil, 0.6, "event-on-topic", m.i, end)
	}
}

// moderatorNamed reads who chaired the event by the post named before
// them, or as the subject of a first verb: "Chair: X", "Moderator: X", "The
// moderator, X, director of Y, opened the discussion", "X opened the
// evening and chaired it".
func (d *drafter) moderatorNamed(s *sent, congress *ent) {
	k := 0
	if s.low(k) == "the" || s.low(k) == "its" || s.low(k) == "our" {
		k++
	}
	post := s.low(k)
	if (post == "chair" || post == "chairperson" || post == "moderator" || post == "moderators" || post == "facilitator") && (s.low(k+1) == ":" && k == 0 || s.low(k+1) == "," && k == 1 && post != "chair" && post != "chairperson") {
		if p := s.kindAt(k+2, rightsgraph.KindPerson); p != nil {
			role := ""
			if post != "chair" && post != "chairperson" {
				role = "moderator"
			}
			for _, x := range s.personListFrom(p) {
				d.add(s, rightsgraph.RelChaired, x.ent, congress, role, nil, 0.7, "chair-named-x", 0, x.j)
			}
		}
	}
	for v := 1; v+1 < len(s.ts); v++ {
		if w := s.low(v); (w == "chaired" || w == "moderated") && s.low(v+1) == "it" && s.low(v-1) == "and" {
			if subj, _ := d.subjectOf(s, v); subj == nil {
				// "X opened the evening and chaired it": the subject of the first verb
				for _, m := range s.ms {
					if m.ent != nil && m.ent.kind == rightsgraph.KindPerson && m.i < v && (m.i == 0 || sentenceStart(s.ts, m.i)) {
						d.add(s, rightsgraph.RelChaired, m.ent, congress, moderator(w), nil, 0.65, "x-chaired-it", m.i, v+2)
						break
					}
				}
			}
		}
	}
}

func moderator(w string) string {
	if w == "moderated" || w == "facilitated" || w == "co-moderated" {
		return "moderator"
	}
	if w == "co-chaired" {
		return "co-chair"
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
	// "…, prepared by the Ministry": a participle after a comma qualifies
	// the item before it; it is no item of its own.
	items = slices.DeleteFunc(items, func(it [2]int) bool {
		w := s.low(it[0])
		return it[0] > a && it[1] > it[0] && s.ts[it[0]].word && !s.ts[it[0]].up && strings.HasSuffix(w, "ed") && s.low(it[0]+1) == "by"
	})
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

// delegates are the people who stand for an organisation at an event.
var delegates = wordSet(`representative representatives observer observers delegation delegations delegate delegates staff`)

// representedOrgs returns the organisations whose representatives are the
// subject of the verb at v: "Representatives of Y and of Z attended",
// "Observers from Y attended", "A representative of Y attended".
func (s *sent) representedOrgs(v int) []*mention {
	from := -1
	for k := 0; k+1 < v; k++ {
		if delegates[s.low(k)] && (s.low(k+1) == "of" || s.low(k+1) == "from") {
			from = k + 1
		}
		if s.ts[k].w == ";" || s.ts[k].w == "." {
			from = -1
		}
	}
	if from < 0 {
		return nil
	}
	var out []*mention
	for _, m := range s.ms {
		if m.i > from && m.j <= v && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation {
			out = append(out, m)
		}
	}
	return out
}

// asObservers says whether the verb at v is followed, in its clause, by
// "as observers": "followed the discussions as observers".
func asObservers(s *sent, v int) bool {
	end := s.clauseEnd(v, true)
	for k := v + 1; k+1 < end && k < v+8; k++ {
		if s.low(k) == "as" && (s.low(k+1) == "observers" || s.low(k+1) == "observer") {
			return true
		}
	}
	return false
}
