package rightsgraph

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// RelType is the type of a relationship. Its value is both the GraphQL enum
// value and the Neo4j relationship type.
type RelType string

// The relationship types, each with the kinds it may join in RelTypeRules.
const (
	RelLeads        RelType = "LEADS"
	RelMemberOf     RelType = "MEMBER_OF"
	RelPartOf       RelType = "PART_OF"
	RelRaised       RelType = "RAISED"
	RelPassed       RelType = "PASSED"
	RelAddresses    RelType = "ADDRESSES"
	RelOrganised    RelType = "ORGANISED"
	RelChaired      RelType = "CHAIRED"
	RelSpokeAt      RelType = "SPOKE_AT"
	RelAttended     RelType = "ATTENDED"
	RelHeldIn       RelType = "HELD_IN"
	RelPreceded     RelType = "PRECEDED"
	RelDiscussed    RelType = "DISCUSSED"
	RelConcerns     RelType = "CONCERNS"
	RelInvestigated RelType = "INVESTIGATED"
	RelDrafted      RelType = "DRAFTED"
	RelBasedIn      RelType = "BASED_IN"
	RelLocatedIn    RelType = "LOCATED_IN"
	RelPublished    RelType = "PUBLISHED"
	RelTranslated   RelType = "TRANSLATED"
	RelMentions     RelType = "MENTIONS"
	// RelAlliedWith is derived by analysis, never stored: organisations
	// that stand together (see analysis.Alliances).
	RelAlliedWith RelType = "ALLIED_WITH"
)

// RelTypeRule says which kinds a relationship type may join, and what it means.
type RelTypeRule struct {
	Type RelType
	From []Kind
	To   []Kind
	Doc  string
}

var (
	agents  = []Kind{KindPerson, KindOrganisation}
	anyKind = Kinds
)

// RelTypeRules lists every relationship type in a fixed order.
var RelTypeRules = []RelTypeRule{
	{RelLeads, []Kind{KindPerson}, []Kind{KindOrganisation}, "A person leads an organisation; role says how (head, chair, director…)."},
	{RelMemberOf, agents, []Kind{KindOrganisation}, "A person or organisation belongs to an organisation."},
	{RelPartOf, []Kind{KindOrganisation}, []Kind{KindOrganisation}, "An organisation is a unit of a larger one."},
	{RelRaised, agents, []Kind{KindIssue}, "A person or organisation raised an issue, at the congress named by at."},
	{RelPassed, []Kind{KindCongress}, []Kind{KindResolution}, "A congress passed a resolution, statement or demand."},
	{RelAddresses, []Kind{KindResolution}, []Kind{KindIssue, KindLaw, KindOrganisation, KindPlace}, "A resolution addresses an issue, law, body or place; role says what it demands."},
	{RelOrganised, agents, []Kind{KindCongress}, "A person or organisation organised or convened a congress."},
	{RelChaired, []Kind{KindPerson}, []Kind{KindCongress}, "A person chaired a congress."},
	{RelSpokeAt, []Kind{KindPerson}, []Kind{KindCongress}, "A person spoke at a congress, or had a speech read there; role says how."},
	{RelAttended, agents, []Kind{KindCongress}, "A person or organisation took part in a congress."},
	{RelHeldIn, []Kind{KindCongress}, []Kind{KindPlace}, "A congress took place in a place."},
	{RelPreceded, []Kind{KindCongress}, []Kind{KindCongress}, "A congress came before another of the same series."},
	{RelDiscussed, []Kind{KindCongress}, []Kind{KindIssue, KindLaw}, "A congress discussed an issue or law; role says how (panel, criticised…)."},
	{RelConcerns, []Kind{KindIssue, KindLaw}, []Kind{KindPerson, KindOrganisation, KindPlace, KindLaw, KindIssue}, "An issue or law concerns a person, body, place or law."},
	{RelInvestigated, agents, []Kind{KindIssue}, "A person or organisation investigated a matter."},
	{RelDrafted, agents, []Kind{KindLaw}, "A person or organisation drafted a law."},
	{RelBasedIn, []Kind{KindOrganisation}, []Kind{KindPlace}, "An organisation works in or for a place."},
	{RelLocatedIn, []Kind{KindPlace}, []Kind{KindPlace}, "A place lies in a larger place."},
	{RelPublished, []Kind{KindOrganisation}, []Kind{KindReport}, "An organisation published a report."},
	{RelTranslated, []Kind{KindPerson}, []Kind{KindReport}, "A person translated a report."},
	{RelMentions, []Kind{KindReport}, anyKind, "A report mentions an entity it says nothing more specific about."},
	{RelAlliedWith, nil, nil, "Derived, never stated: two organisations stand together (allianceNetwork)."},
}

// Rule returns the rule of the type, and false for an unknown type.
func (t RelType) Rule() (RelTypeRule, bool) {
	for _, r := range RelTypeRules {
		if r.Type == t {
			return r, true
		}
	}
	return RelTypeRule{}, false
}

// Valid reports whether t is a known relationship type.
func (t RelType) Valid() bool { _, ok := t.Rule(); return ok }

// Allows reports whether a relationship of this type may go from a
// kind to another.
func (r RelTypeRule) Allows(from, to Kind) bool {
	return slices.Contains(r.From, from) && slices.Contains(r.To, to)
}

// RelTypes lists every relationship type in a fixed order.
func RelTypes() []RelType {
	ts := make([]RelType, len(RelTypeRules))
	for i, r := range RelTypeRules {
		ts[i] = r.Type
	}
	return ts
}

// Evidence is a quote of a report that supports a relationship. Start and End
// are half-open offsets in Unicode code points into the report's text. Role
// and At are what this statement says of the role and the congress, if
// anything: the relation's own Role and At derive from them (see Restate).
type Evidence struct {
	Report string
	Quote  string
	Start  int
	End    int
	Role   string
	At     string
	// Editor names the token whose editor added this evidence through the
	// API; empty for evidence from a report's annotation. An editor's
	// evidence outlives reloads of the report it cites.
	Editor string
}

// Relation is a relationship of the graph: From –Type→ To, with an optional
// role and the congress At which it was stated, and one or more pieces of
// evidence. Its ID is derived from type and ends (see RelationID); Role and
// At are the first its evidence states, in evidence order.
type Relation struct {
	ID       string
	Type     RelType
	From     string
	To       string
	Role     string
	At       string
	Evidence []Evidence
	// Visibility is RESTRICTED for a relation only cleared requests see;
	// empty or PUBLIC otherwise.
	Visibility Visibility
}

// RelationID returns the stable id of the relationship of a type between two
// entities: a fact is one relationship however many reports state it.
func RelationID(from string, t RelType, to string) string {
	return from + "|" + string(t) + "|" + to
}

// SplitRelationID takes a relation id apart (see RelationID); ok is false
// when it is not one, or names no known type.
func SplitRelationID(id string) (from string, t RelType, to string, ok bool) {
	parts := strings.Split(id, "|")
	if len(parts) != 3 || !RelType(parts[1]).Valid() {
		return "", "", "", false
	}
	return parts[0], RelType(parts[1]), parts[2], true
}

// Clone returns a deep copy of r.
func (r *Relation) Clone() *Relation {
	if r == nil {
		return nil
	}
	c := *r
	c.Evidence = slices.Clone(r.Evidence)
	return &c
}

// Other returns the id at the other end of the relation from id.
func (r *Relation) Other(id string) string {
	if r.From == id {
		return r.To
	}
	return r.From
}

// Locate returns the half-open code-point offsets of the n-th (1-based)
// occurrence of quote in text, and how many times quote occurs in all,
// overlapping occurrences included. It returns ok=false when there is no
// n-th occurrence. Its time is linear in the lengths of text and quote,
// however the quote overlaps itself.
func Locate(text, quote string, n int) (start, end, count int, ok bool) {
	if quote == "" || !utf8.ValidString(quote) {
		return 0, 0, 0, false
	}
	at := -1 // byte offset of the n-th occurrence
	for i := range occurrences(text, quote) {
		count++
		if count == n {
			at = i
		}
	}
	if at < 0 {
		return 0, 0, count, false
	}
	start = utf8.RuneCountInString(text[:at])
	return start, start + utf8.RuneCountInString(quote), count, true
}

// occurrences yields the byte offset of every occurrence of quote in text,
// in order, overlapping ones included. A quote that is UTF-8 starts with a
// byte that never continues a rune, so no occurrence starts inside another
// rune of the text.
//
// Searching again from each occurrence plus one byte would compare the
// quote anew at each overlapping occurrence: quadratic for a quote like
// "aaaa…" in a text like "aaaa…". Overlapping occurrences lie a period of
// the quote apart, so after one at i the next can only be at i+p (p the
// quote's shortest period), where only the last p bytes are new; when
// that fails, the next lies more than half a quote on, and the search
// starts again there.
func occurrences(text, quote string) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		m := len(quote)
		p := period(quote)
		i := strings.Index(text, quote)
		for i >= 0 {
			if !yield(i) {
				return
			}
			if j := i + p; j+m <= len(text) && text[i+m:j+m] == quote[m-p:] {
				i = j
				continue
			}
			next := strings.Index(text[i+p:], quote)
			if next < 0 {
				return
			}
			i += p + next
		}
	}
}

// period returns the shortest p > 0 such that s[i] == s[i+p] for every i,
// from the failure function of Knuth, Morris and Pratt.
func period(s string) int {
	fail := make([]int, len(s)+1) // fail[i]: the longest proper border of s[:i]
	fail[0] = -1
	for i, k := 0, -1; i < len(s); i++ {
		for k >= 0 && s[k] != s[i] {
			k = fail[k]
		}
		k++
		fail[i+1] = k
	}
	return len(s) - fail[len(s)]
}

// Derive sorts the relation's evidence, drops repeats, and sets Role and At
// to the first its evidence states, an editor's evidence before an
// annotation's: editors correct what the annotation says.
func (r *Relation) Derive() {
	r.Evidence = SortEvidence(r.Evidence)
	r.Role, r.At = "", ""
	for _, editors := range []bool{true, false} {
		for _, ev := range r.Evidence {
			if (ev.Editor != "") == editors {
				r.Role, r.At = cmp.Or(r.Role, ev.Role), cmp.Or(r.At, ev.At)
			}
		}
	}
}

// SortEvidence sorts evidence by report, then position, and drops repeats.
func SortEvidence(evs []Evidence) []Evidence {
	slices.SortFunc(evs, func(a, b Evidence) int {
		return cmp.Or(strings.Compare(a.Report, b.Report), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			strings.Compare(a.Editor, b.Editor), strings.Compare(a.Role, b.Role), strings.Compare(a.At, b.At))
	})
	return slices.Compact(evs)
}

// SortRelations sorts the relations of entity id by type, then the id at
// their other end, then their own id.
func SortRelations(id string, rels []*Relation) {
	slices.SortFunc(rels, func(a, b *Relation) int {
		return cmp.Or(
			strings.Compare(string(a.Type), string(b.Type)),
			strings.Compare(a.Other(id), b.Other(id)),
			strings.Compare(a.ID, b.ID),
		)
	})
}
