package extract

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/rightsgraph/rightsgraph"
)

// ReportRef stands for the report itself in a Relation's From (MENTIONS):
// Result.YAML writes the report's id there.
const ReportRef = "report"

// derive adds what the guidelines derive from stated relations: an
// organisation raised what its head or member raised (same quote), and
// took part in an event its head or member spoke at when the quote names it.
func (d *drafter) derive() {
	orgsOf := map[*ent][]*ent{}
	for _, r := range d.rels {
		if (r.t == rightsgraph.RelLeads || r.t == rightsgraph.RelMemberOf) && r.from.kind == rightsgraph.KindPerson {
			if !slices.Contains(orgsOf[r.from], r.to) {
				orgsOf[r.from] = append(orgsOf[r.from], r.to)
			}
		}
	}
	d.series()
	d.unheldEvents()
	n := len(d.rels)
	for _, r := range d.rels[:n] {
		for _, o := range orgsOf[r.from] {
			switch r.t {
			case rightsgraph.RelRaised:
				d.addRel(&rel{t: r.t, from: o, to: r.to, at: r.at, conf: r.conf * 0.9, rule: "org-of-speaker-raised", qs: r.qs, qe: r.qe})
			case rightsgraph.RelInvestigated:
				d.addRel(&rel{t: r.t, from: o, to: r.to, conf: r.conf * 0.9, rule: "org-of-investigator", qs: r.qs, qe: r.qe})
				// An organisation whose member spoke is not said to attend:
				// the guidelines keep ATTENDED for those present without speaking.
			}
		}
	}
}

// unheldEvents drops the speeches at an event the text never says took
// place: no date, no place it was held in, no organiser, chair, document or
// discussion. A monitoring report, an interview or an open letter quotes
// people who spoke to its authors, not at the event it mentions in passing
// ("a conference of the network in March").
func (d *drafter) unheldEvents() {
	held := map[*ent]bool{}
	for _, e := range d.ents {
		// an event with a date, or one the text keeps coming back to
		if e.kind == rightsgraph.KindCongress && (e.start != "" || e == d.main && e.count >= 3 && !e.other) {
			held[e] = true
		}
	}
	for _, r := range d.rels {
		switch r.t {
		case rightsgraph.RelHeldIn:
			if r.role != "planned" {
				held[r.from] = true
			}
		case rightsgraph.RelOrganised:
			// "a conference of the network" names an organiser, not a
			// meeting that took place.
			if r.role != "planned" && r.rule != "event-of-org" {
				held[r.to] = true
			}
		case rightsgraph.RelChaired, rightsgraph.RelAttended:
			held[r.to] = true
		case rightsgraph.RelDiscussed:
			held[r.from] = true
		}
	}
	// The one event the text says took place is the report's event, when
	// another (a headline's, a back-reference's) was taken for it.
	var only *ent
	if m := d.main; m != nil && !m.dropped && !m.other && held[m] {
		only = m
	} else {
		for _, e := range d.ents {
			if e.kind == rightsgraph.KindCongress && !e.dropped && !e.other && held[e] && (only == nil || e.count > only.count) {
				only = e // the held event the text names most
			}
		}
	}
	out := d.rels[:0]
	for _, r := range d.rels {
		if r.t == rightsgraph.RelSpokeAt && !held[r.to] {
			if only == nil || r.to.other {
				continue
			}
			k := string(r.t) + "|" + r.from.key() + "|" + only.key() + "|" + itoa(r.qs)
			if d.relSeen[k] {
				continue
			}
			d.relSeen[k] = true
			r.to = only
		}
		if r.at != nil && !held[r.at] {
			if only != nil && !r.at.other {
				r.at = only
			} else {
				r.at = nil
			}
		}
		out = append(out, r)
	}
	d.rels = out
}

// series orders the events of one series around the report's event: an
// earlier one (first, previous) PRECEDED it, a planned one (third, next)
// follows it.
func (d *drafter) series() {
	main := d.main
	if main == nil || main.dropped {
		return
	}
	for _, e := range d.ents {
		if e == main || e.kind != rightsgraph.KindCongress || e.dropped || len(e.mentions) == 0 {
			continue
		}
		before, after := false, false
		switch {
		case e.ordinal > 0 && main.ordinal > 0:
			before, after = e.ordinal < main.ordinal, e.ordinal > main.ordinal
		default:
			f := strings.ToLower(e.name)
			for _, w := range []string{"previous", "earlier", "last", "former", "past", "first"} {
				before = before || strings.Contains(f, w+" ")
			}
			for _, w := range []string{"next", "upcoming", "forthcoming", "future", "coming", "follow-up"} {
				after = after || strings.Contains(f, w+" ")
			}
			// "plan to hold a second hearing": the report's event comes first
			after = after && !before || e.planned && !before
		}
		if !before && !after {
			continue
		}
		qs, qe := d.sentenceAround(e.mentions[0][0], e.mentions[0][1])
		if before {
			d.addRel(&rel{t: rightsgraph.RelPreceded, from: e, to: main, conf: 0.6, rule: "series-earlier", qs: qs, qe: qe})
		} else {
			d.addRel(&rel{t: rightsgraph.RelPreceded, from: main, to: e, conf: 0.6, rule: "series-planned", qs: qs, qe: qe})
		}
	}
}

func (e *ent) mentionedIn(s, end int) bool {
	for _, m := range e.mentions {
		if m[0] >= s && m[1] <= end {
			return true
		}
	}
	return false
}

func (d *drafter) addRel(r *rel) {
	k := string(r.t) + "|" + r.from.key() + "|" + r.to.key() + "|" + itoa(r.qs)
	if d.relSeen[k] {
		return
	}
	d.relSeen[k] = true
	d.rels = append(d.rels, r)
}

// link asks Known for each entity and merges entities that turn out to be
// one entity of the graph.
func (d *drafter) link(ctx context.Context) error {
	if d.known == nil {
		return nil
	}
	byID := map[string]*ent{}
	for _, e := range d.ents {
		if e.dropped || e.kind == rightsgraph.KindIssue {
			continue
		}
		for _, f := range append([]string{e.name}, e.forms...) {
			l, ok, err := d.known.Lookup(ctx, e.kind, f)
			if err != nil {
				return fmt.Errorf("link %q: %w", f, err)
			}
			if ok && l.ID != "" && strings.HasPrefix(l.ID, e.kind.IDPrefix()) {
				if other := byID[l.ID]; other != nil {
					d.merge(other, e)
				} else {
					e.link = &l
					byID[l.ID] = e
				}
				break
			}
		}
	}
	return nil
}

// merge folds entity b into a.
func (d *drafter) merge(a, b *ent) {
	for _, f := range b.forms {
		a.addForm(f)
	}
	a.mentions = append(a.mentions, b.mentions...)
	a.conf = max(a.conf, b.conf)
	b.dropped = true
	for _, r := range d.rels {
		if r.from == b {
			r.from = a
		}
		if r.to == b {
			r.to = a
		}
		if r.at == b {
			r.at = a
		}
	}
}

// slug makes the lower-case ASCII slug of a name for an id.
func slug(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, name)
	if err != nil {
		s = name
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if lat, ok := cyrillic[r]; ok {
			b.WriteString(lat)
			dash = false
			continue
		}
		if lat, ok := latinLetters[r]; ok {
			b.WriteString(lat)
			dash = false
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if r == '\'' || r == '’' || r == '‘' {
			continue
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 60 {
		out = strings.Trim(out[:60], "-")
	}
	return out
}

// latinLetters are the Latin letters that carry no accent to remove but
// are no ASCII letter either: "Aydın" is "aydin", "Wałęsa" "walesa".
var latinLetters = map[rune]string{'ı': "i", 'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ħ': "h", 'ŀ': "l"}

var cyrillic = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s",
	'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u"}

// result turns the draft into a Result: ids, names, aliases no two
// entities share, and quotes with their offsets.
func (d *drafter) result(ctx context.Context) (*Result, error) {
	for _, e := range d.ents {
		if len(e.mentions) == 0 {
			e.dropped = true // named only in the first pass's reading
		}
	}
	d.derive()
	if err := d.link(ctx); err != nil {
		return nil, err
	}
	// Stronger entities keep contested names and aliases.
	ents := slices.Clone(d.ents)
	slices.SortStableFunc(ents, func(a, b *ent) int {
		return cmp.Or(cmp.Compare(b.linked(), a.linked()), cmp.Compare(b.conf, a.conf), cmp.Compare(a.order, b.order))
	})
	owner := map[string]*ent{}
	for _, e := range ents {
		if e.dropped {
			continue
		}
		if e.link != nil {
			e.name = e.link.Name
		}
		n := rightsgraph.Normalize(e.name)
		if n == "" || utf8.RuneCountInString(e.name) > rightsgraph.MaxNameLength {
			e.dropped = true // no name, or a run of capitals no name is as long as
			continue
		}
		if o := owner[n]; o != nil && o != e {
			if o.kind == e.kind && e.link == nil && o.link == nil {
				d.merge(o, e)
			} else {
				e.dropped = true
			}
			continue
		}
		owner[n] = e
	}
	used := map[string]bool{}
	for _, e := range ents {
		if e.dropped {
			continue
		}
		if e.link != nil {
			e.id = e.link.ID
		} else {
			base := e.kind.IDPrefix() + cmp.Or(slug(e.name), "x")
			e.id = base
			for n := 2; used[e.id] || d.linkedID(e.id); n++ {
				e.id = base + "-" + itoa(n)
			}
		}
		used[e.id] = true
	}
	// Aliases: every other form, unless another entity has it.
	aliases := map[*ent][]string{}
	for _, e := range ents {
		if e.dropped {
			continue
		}
		var as []string
		for _, f := range e.forms {
			n := rightsgraph.Normalize(f)
			if n == "" || utf8.RuneCountInString(f) > rightsgraph.MaxAliasLength {
				continue
			}
			if o := owner[n]; o != nil && o != e {
				continue
			}
			owner[n] = e
			as = append(as, f)
		}
		as = rightsgraph.DistinctAliases(e.name, as)
		aliases[e] = as[:min(len(as), rightsgraph.MaxAliases)]
	}
	// Relations whose ends survived, one per statement.
	var rels []*rel
	for _, r := range d.rels {
		if r.from.dropped || r.to.dropped || r.from == r.to {
			continue
		}
		if r.at != nil && r.at.dropped {
			r.at = nil
		}
		if rightsgraph.CheckStatement(r.role, d.text[r.qs:r.qe]) != nil {
			continue // a "sentence" longer than any quote the graph keeps
		}
		rels = append(rels, r)
	}
	rels = dedupeRels(rels)
	inRel := map[*ent]bool{}
	for _, r := range rels {
		inRel[r.from], inRel[r.to] = true, true
		if r.at != nil {
			inRel[r.at] = true
		}
	}
	// An entity no relation names is one the report mentions.
	var mentions []*rel
	for _, e := range d.ents {
		if e.dropped || inRel[e] || len(e.mentions) == 0 {
			continue
		}
		m := e.mentions[0]
		qs, qe := d.sentenceAround(m[0], m[1])
		if rightsgraph.CheckStatement("", d.text[qs:qe]) != nil {
			continue
		}
		mentions = append(mentions, &rel{t: rightsgraph.RelMentions, to: e, conf: e.conf * 0.5, rule: "mentioned", qs: qs, qe: qe})
	}
	ri := newRuneIndex(d.text)
	spans := make([][2]int, 0, len(rels)+len(mentions))
	for _, r := range rels {
		spans = append(spans, [2]int{r.qs, r.qe})
	}
	for _, r := range mentions {
		spans = append(spans, [2]int{r.qs, r.qe})
	}
	counts, nth := occurrences(d.text, spans)
	res := &Result{Text: d.text, Words: d.words}
	for _, e := range d.ents {
		if e.dropped {
			continue
		}
		out := Entity{ID: e.id, Kind: e.kind, Name: e.name, Aliases: aliases[e], StartDate: e.start, EndDate: e.end,
			Confidence: round2(e.conf), Rule: e.rule, Existing: e.link}
		slices.SortFunc(e.mentions, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], a[1]-b[1]) })
		e.mentions = slices.Compact(e.mentions)
		for _, m := range e.mentions {
			out.Mentions = append(out.Mentions, Span{ri.at(m[0]), ri.at(m[1])})
		}
		res.Entities = append(res.Entities, out)
	}
	for i, r := range append(rels, mentions...) {
		if counts[i] > rightsgraph.MaxQuoteOccurrences {
			continue // a quote found so often tells nothing, and cannot be loaded
		}
		ev := Evidence{Quote: d.text[r.qs:r.qe], Start: ri.at(r.qs), End: ri.at(r.qe)}
		if counts[i] > 1 {
			ev.Occurrence = nth[i]
		}
		out := Relation{Type: r.t, To: r.to.id, Role: r.role, Confidence: round2(r.conf), Rule: r.rule, Evidence: ev}
		if r.from != nil {
			out.From = r.from.id
		} else {
			out.From = ReportRef
		}
		if r.to == d.report {
			out.To = ReportRef
		}
		if r.at != nil {
			out.At = r.at.id
		}
		res.Relations = append(res.Relations, out)
	}
	return res, nil
}

func (e *ent) linked() int {
	if e.link != nil {
		return 1
	}
	return 0
}

func (d *drafter) linkedID(id string) bool {
	for _, e := range d.ents {
		if e.link != nil && e.link.ID == id && !e.dropped {
			return true
		}
	}
	return false
}

// dedupeRels keeps one relation per type, ends and quote, and one role per
// type and ends (the loader refuses contradicting roles).
func dedupeRels(rels []*rel) []*rel {
	seen := map[string]bool{}
	role := map[string]string{}
	var out []*rel
	for _, r := range rels {
		k := string(r.t) + "|" + r.from.key() + "|" + r.to.key()
		if seen[k+"|"+itoa(r.qs)] {
			continue
		}
		seen[k+"|"+itoa(r.qs)] = true
		if r.role != "" {
			if prev, ok := role[k]; ok && prev != r.role {
				r.role = ""
			} else {
				role[k] = r.role
			}
		}
		out = append(out, r)
	}
	return out
}

// sentenceAround returns the bytes of the sentence holding [s, e).
func (d *drafter) sentenceAround(s, e int) (int, int) {
	qs, qe := s, e
	bs, be := s, e
	found := false
	blocks(d.text[max(0, s-4000):min(len(d.text), e+4000)], func(a, b int) bool {
		off := max(0, s-4000)
		if a+off <= s && b+off >= e {
			bs, be, found = a+off, b+off, true
			return false
		}
		return true
	})
	if !found {
		return qs, qe
	}
	toks := tokenize(d.text, bs, be, nil)
	sentences(toks, func(ts []tok) {
		if ts[0].s <= s && ts[len(ts)-1].e >= e {
			qs, qe = ts[0].s, ts[len(ts)-1].e
		}
	})
	if qe-qs < window {
		qs, qe = bs, be
	}
	return qs, qe
}

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}
