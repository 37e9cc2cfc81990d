package extract

import (
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

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
			if w := ts[v].low; (passVerbs[w] || w == "followed") && !passiveSend(s, v) && !(w == "passed" && s.low(v+1) == "on") {
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

	d.addressees(s)
	done := false
	for v := 0; v < len(ts); v++ {
		w := ts[v].low
		if !(demandVerbs[w] || w == "demands" || w == "proposals" || w == "calls") || s.low(v+1) == "by" {
			continue
		}
		if (w == "expresses" || w == "expressed") && s.low(v+1) != "concern" {
			continue
		}
		if w == "expresses" || w == "expressed" {
			v++ // "expresses concern about"
			if s.low(v+1) == "about" || s.low(v+1) == "over" || s.low(v+1) == "at" {
				v++
			}
		}
		if !d.demandSubject(s, v, doc) {
			continue
		}
		k := v + 1
		if w == "asks" || w == "asked" || w == "urges" || w == "urged" || w == "requests" || w == "requested" {
			// "asks the Prosecutor General to open …": the addressee, then the demand
			if o := s.orgAfter(k); o != nil && s.low(o.j) == "to" {
				d.add(s, rightsgraph.RelAddresses, from, o.ent, "addressee", nil, 0.6, "document-asks-x", v, s.clauseEnd(o.j, false))
				k = o.j
			}
		}
		if s.low(k) == "on" {
			// "calls on the Parliament of Georgia to reject the draft law"
			if o := s.orgAfter(k + 1); o != nil && s.low(o.j) == "to" {
				d.add(s, rightsgraph.RelAddresses, from, o.ent, "addressee", nil, 0.6, "document-calls-on-x", v, s.clauseEnd(o.j, false))
				k = o.j
			} else {
				for x := k + 1; x < len(ts) && x <= k+12; x++ {
					if s.low(x) == "to" && x <= k+6 {
						k = x // "calling on the authorities to repeal …"
						break
					}
					if s.low(x) == ":" {
						k = x // "calls on the participating States: …"
						break
					}
					if s.low(x) == ";" || s.low(x) == "." {
						break
					}
				}
			}
		}
		if s.low(k) == "for" || s.low(k) == "to" || s.low(k) == "that" || s.low(k) == "of" || s.low(k) == "about" {
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
				if len(items) == 1 {
					// "the release of X and an end to Y": no commas
					items = s.topicItems(k, end)
				}
			} else {
				items = [][2]int{{k, s.clauseEnd(k, true)}}
			}
		}
		d.addressItems(s, from, items, v)
		done = true
		// A second demand in the same sentence: "…, and calls on X to …".
		if len(items) > 0 {
			v = max(v, items[len(items)-1][1]-1)
		}
	}
	if done {
		return
	}
	// "… adopted recommendations to the Government:\n— to ensure …;\n— to
	// stop …": the document's list in the same sentence, after its colon.
	if doc != nil {
		// "adopted recommendations, including the creation of a housing
		// fund and the simplification of registration"
		c := doc.j
		if s.low(c) == "," {
			c++
		}
		if s.low(c) == "including" || s.low(c) == "such" && s.low(c+1) == "as" {
			if s.low(c) == "such" {
				c++
			}
			end := s.clauseEnd(c+1, false)
			items := splitList(s, c+1, end)
			if len(items) <= 1 {
				items = s.topicItems(c+1, end)
			}
			d.addressItems(s, from, items, c)
			return
		}
		for c := doc.j; c+1 < len(ts); c++ {
			if ts[c].w != ":" {
				continue
			}
			if n := ts[c+1]; n.digit || n.w == "–" || n.w == "—" || n.w == "-" || n.w == "•" {
				d.addressItems(s, from, semicolonItems(s, c+1), c)
			}
			break
		}
	}
}

// demandSubject says whether the demand at v is the document's or the
// event's: the document or the event is named before it, or the demand is
// a noun ("There were demands to…", "proposals for").
// passiveSend says whether the verb at v is a passive of sending or
// signing ("the appeal was sent on 26 July", "signed by 31 organisations"):
// what happened to a document after the event passed it.
func passiveSend(s *sent, v int) bool {
	switch s.low(v) {
	case "sent", "signed", "published", "released", "endorsed", "forwarded", "submitted":
	default:
		return false
	}
	b := s.low(v - 1)
	if b == "also" || b == "already" || b == "then" {
		b = s.low(v - 2)
	}
	return b == "was" || b == "were" || b == "been" || b == "be" || b == "is" || b == "are"
}

func (d *drafter) demandSubject(s *sent, v int, doc *mention) bool {
	w := s.low(v)
	if w == "demands" && s.low(v-1) != "it" || w == "proposals" || w == "recommendations" {
		return true
	}
	list := false // a list of demands follows: "The Centre calls on the authorities:"
	for k := v + 1; k < len(s.ts) && k <= v+12; k++ {
		if s.ts[k].w == ":" {
			list = true
		}
	}
	// "(a) calls on the Parliament …": an item of the list a document opened
	k := v - 1
	for k >= 0 && (!s.ts[k].word || s.ts[k].digit || len(s.ts[k].w) == 1) && s.ts[k].w != ";" && k >= v-3 {
		k--
	}
	if (k < 0 || s.ts[k].w == ";") && k < v-1 && d.lastRes != nil {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-14; k-- {
		t := s.low(k)
		if m := s.at[k]; list && m != nil && m.ent != nil && m.ent.kind == rightsgraph.KindOrganisation || list && (t == "we" || t == "centre" || t == "organisation" || t == "organization") {
			return true
		}
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
ratify ratification close open hold drop halt allow grant provide create establish respect implement reinstate
register withdrawal withdraw
cancel return withdraw guarantee prosecute sign review ask introduce adopt amend reject unblock unblocking
fund reduce check protect lift free restore decriminalise decriminalize`)

// addressItems records what each item of a document's list of demands
// addresses: the laws, bodies and places it names, and its issue.
func (d *drafter) addressItems(s *sent, from *ent, items [][2]int, v int) {
	for _, it := range items {
		// An item found at the end of a sentence may run past its last
		// token: keep it within the sentence.
		it[0], it[1] = max(it[0], 0), min(it[1], len(s.ts))
		if it[0] >= it[1] {
			continue
		}
		a, b := it[0], it[1]
		for a < b && (determiners[s.low(a)] || s.low(a) == "to") {
			a++
		}
		// "(a) calls on the Ministry to close …", "(b) demands the release of
		// X": an item that is a verb of the document.
		if a < b && (demandVerbs[s.low(a)] || s.low(a) == "calls") && s.ts[a].word {
			a++
			if s.low(a) == "on" || s.low(a) == "upon" {
				if o := s.orgAfter(a + 1); o != nil && o.j < b {
					d.add(s, rightsgraph.RelAddresses, from, o.ent, "addressee", nil, 0.6, "document-calls-on-x", it[0], b)
					a = o.j
				}
			}
			for a < b && (s.low(a) == "for" || s.low(a) == "to" || s.low(a) == "that") {
				a++
			}
			it[0] = a
		}
		// "to the State Duma: to adopt the law": the addressee, then the demand
		for c := a; c < b && c < a+12; c++ {
			if s.ts[c].w != ":" {
				continue
			}
			if o := s.orgAfter(a); o != nil && o.j <= c {
				d.add(s, rightsgraph.RelAddresses, from, o.ent, "addressee", nil, 0.6, "document-to-x", it[0], c+1)
			}
			a = c + 1
			it[0] = a
			for a < b && (determiners[s.low(a)] || s.low(a) == "to") {
				a++
			}
			break
		}
		role := ""
		if a < b && demandRoles[s.low(a)] {
			role = s.low(a)
			a++
			for a < b && (s.low(a) == "of" || s.low(a) == "to" || determiners[s.low(a)]) {
				a++
			}
		}
		if it[0] >= it[1] || a >= b {
			continue // "(a) calls" and nothing more
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
		if !named && role != "" && d.onlyPerson(s, a, b) {
			// "the release of Oleg Kim": a person is no document's topic,
			// the demand about them is.
			a = it[0]
			for a < b && (determiners[s.low(a)] || s.low(a) == "to" || !s.ts[a].word) {
				a++
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
	case (first.w == "–" || first.w == "-" || first.w == "•" || first.w == "—") && len(ts) > 3 && ts[1].low == "to" && slices.ContainsFunc(ts[:min(len(ts), 16)], func(t tok) bool { return t.w == ":" }):
		// "– to the Ministry of Justice: to …; to …"
		d.addresseeItems(s, 2)
		return true
	case first.digit && len(ts) > 1 && (ts[1].w == "." || ts[1].w == ")") || first.w == "–" || first.w == "-" || first.w == "•" || first.w == "—" || first.w == "(" && len(ts) > 2 && ts[2].w == ")":
		d.addressItems(s, d.pendingDoc, semicolonItems(s, 0), 0)
		return true
	case first.low == "to" && first.up:
		d.addresseeItems(s, 1)
		return true
	}
	d.pendingDoc = nil
	return false
}

// addresseeItems reads "To the Ministry of Justice: – to …; – to …" from
// the organisation at token k on: the addressee, then what is asked of it.
func (d *drafter) addresseeItems(s *sent, k int) {
	ts := s.ts
	c := k
	for c < len(ts) && ts[c].w != ":" {
		c++
	}
	if c == len(ts) {
		return
	}
	if o := s.orgAfter(k); o != nil && o.j <= c {
		d.add(s, rightsgraph.RelAddresses, d.pendingDoc, o.ent, "addressee", nil, 0.6, "document-to-x", 0, c+1)
	}
	if c+1 < len(ts) {
		d.addressItems(s, d.pendingDoc, semicolonItems(s, c+1), c)
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
		// "to prohibit X and to raise Y", "to apply X, and to prefer Y": two demands
		if s.low(k) == "and" && s.low(k+1) == "to" && k > start+1 && s.ts[min(k+2, len(s.ts)-1)].word && !s.ts[min(k+2, len(s.ts)-1)].up {
			e := k
			if s.ts[k-1].w == "," {
				e--
			}
			flush(e)
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

// onlyPerson says whether tokens [a, b) are a person's name and nothing more.
func (d *drafter) onlyPerson(s *sent, a, b int) bool {
	for b > a && !s.ts[b-1].word {
		b--
	}
	for _, m := range s.ms {
		if m.i == a && m.j >= b && m.ent != nil && m.ent.kind == rightsgraph.KindPerson {
			return true
		}
	}
	return false
}

// addressees reads whom a document is addressed to: "an appeal to the
// Prosecutor's Office of Tatarstan", "a resolution addressed to the State
// Duma and the Federal Chamber of Advocates", "an open letter to the
// deputies of the Jogorku Kenesh".
func (d *drafter) addressees(s *sent) {
	ts := s.ts
	for _, m := range s.ms {
		if m.ent == nil || m.ent.kind != rightsgraph.KindResolution {
			continue
		}
		k := -1
		for x := m.i; x < m.j; x++ {
			if s.low(x) == "to" {
				k = x + 1
				break
			}
		}
		if k < 0 {
			x := m.j
			if x < len(ts) && isCloseQuote(ts[x].w) {
				x++
			}
			if x < len(ts) && ts[x].w == "," {
				x++
			}
			for s.low(x) == "was" || s.low(x) == "were" || s.low(x) == "has" || s.low(x) == "have" || s.low(x) == "been" || s.low(x) == "also" {
				x++ // "were addressed to"
			}
			// (a body a document is only sent to is mentioned, not addressed)
			if s.low(x) == "addressed" {
				x++
			}
			if s.low(x) != "to" {
				continue
			}
			k = x + 1
		}
		for n := 0; n < 4 && k < len(ts); n++ {
			// "the deputies of", "the authorities of": the body named after
			if s.low(k) == "the" && !ts[k+min(1, len(ts)-k-1)].up && k+2 < len(ts) && s.low(k+2) == "of" {
				k += 3
			}
			o := s.orgAfter(k)
			if o == nil {
				if p := s.kindAt(k, rightsgraph.KindPlace); p != nil {
					o = p
				} else if s.low(k) == "the" {
					o = s.kindAt(k+1, rightsgraph.KindPlace)
				}
			}
			if o == nil {
				break
			}
			d.add(s, rightsgraph.RelAddresses, m.ent, o.ent, "addressee", nil, 0.6, "document-to-x", m.i, o.j)
			e := o.j
			if e < len(ts) && isCloseQuote(ts[e].w) {
				e++
			}
			if s.low(e) != "and" {
				break
			}
			k = e + 1
		}
	}
}
