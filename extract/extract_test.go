package extract_test

import (
	"context"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// MustDraft drafts text with known, failing the test on an error.
func MustDraft(tb testing.TB, text string, known extract.Known) *extract.Result {
	tb.Helper()
	r, err := extract.Draft(context.Background(), text, known)
	if err != nil {
		tb.Fatalf("Draft: %v", err)
	}
	return r
}

// MustLoad checks the draft's YAML with the loader's own parser, as
// `rightsgraph seed -dry-run` does, and returns the graph it makes.
func MustLoad(tb testing.TB, r *extract.Result, m extract.Meta) *rightsgraph.ReportGraph {
	tb.Helper()
	y, err := r.YAML(m)
	if err != nil {
		tb.Fatalf("YAML: %v", err)
	}
	g, ps := seed.ParseReport(seed.ReportInput{Text: r.Text, Annotation: y})
	if ps != nil {
		tb.Fatalf("the draft does not load:\n%v", ps)
	}
	return g
}

// CheckSpans checks every quote and mention against the text.
func CheckSpans(tb testing.TB, r *extract.Result) {
	tb.Helper()
	runes := []rune(r.Text)
	for _, x := range r.Relations {
		ev := x.Evidence
		if ev.Start < 0 || ev.End > len(runes) || ev.Start >= ev.End {
			tb.Fatalf("%s %s→%s: span %d..%d outside the text (%d code points)", x.Type, x.From, x.To, ev.Start, ev.End, len(runes))
		}
		if got := string(runes[ev.Start:ev.End]); got != ev.Quote {
			tb.Fatalf("%s %s→%s: text at %d..%d is %q, quote %q", x.Type, x.From, x.To, ev.Start, ev.End, got, ev.Quote)
		}
		n := max(ev.Occurrence, 1)
		start, end, count, ok := rightsgraph.Locate(r.Text, ev.Quote, n)
		if !ok || start != ev.Start || end != ev.End {
			tb.Fatalf("%s %s→%s: Locate(%q, %d) = %d..%d ok=%v, evidence says %d..%d", x.Type, x.From, x.To, ev.Quote, n, start, end, ok, ev.Start, ev.End)
		}
		if (count > 1) != (ev.Occurrence > 0) {
			tb.Fatalf("%s: quote %q occurs %d times, occurrence %d", x.Type, ev.Quote, count, ev.Occurrence)
		}
		if x.Confidence < 0 || x.Confidence > 1 || x.Rule == "" {
			tb.Fatalf("%s %s→%s: confidence %v, rule %q", x.Type, x.From, x.To, x.Confidence, x.Rule)
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				tb.Fatalf("%s: mention %v outside the text", e.ID, m)
			}
		}
		if e.Confidence < 0 || e.Confidence > 1 || e.Rule == "" {
			tb.Fatalf("%s: confidence %v, rule %q", e.ID, e.Confidence, e.Rule)
		}
	}
}

// corpus returns the bundled report's text and every text of the
// evaluation corpus, by name.
func corpus(tb testing.TB) map[string]string {
	tb.Helper()
	texts := map[string]string{}
	b, err := fs.ReadFile(seed.Bundled(), "2017-11-moscow-human-rights-congress.txt")
	if err != nil {
		tb.Fatal(err)
	}
	texts["bundled"] = string(b)
	for _, dir := range []string{"testdata/eval/dev", "testdata/eval/heldout"} {
		files, _ := fs.Glob(os.DirFS(dir), "*.txt")
		for _, f := range files {
			b, err := os.ReadFile(path.Join(dir, f))
			if err != nil {
				tb.Fatal(err)
			}
			texts[path.Join(path.Base(dir), f)] = string(b)
		}
	}
	return texts
}

func TestDraftsLoadAsWritten(t *testing.T) {
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			r := MustDraft(t, text, nil)
			CheckSpans(t, r)
			g := MustLoad(t, r, extract.Meta{Title: name, PublishedAt: "2024-01-02"})
			if len(g.Entities) == 0 || len(g.Relations) == 0 {
				t.Errorf("an empty draft: %d entities, %d relations", len(g.Entities), len(g.Relations))
			}
		})
	}
}

func TestBundledReport(t *testing.T) {
	r := MustDraft(t, corpus(t)["bundled"], nil)
	byName := map[string]extract.Entity{}
	for _, e := range r.Entities {
		byName[e.Name] = e
	}
	// One entity per person however written, with the other forms as aliases.
	p, ok := byName["Liudmila Alekseeva"]
	if !ok || p.Kind != rightsgraph.KindPerson {
		t.Fatalf("no person Liudmila Alekseeva in %v", names(r))
	}
	for _, want := range []string{"Liudmila Mikhailovna Alekseeva"} {
		if !containsNorm(p.Aliases, want) {
			t.Errorf("Liudmila Alekseeva's aliases %v lack %q", p.Aliases, want)
		}
	}
	if l, ok := byName["Lev Ponomarev"]; !ok || !containsNorm(l.Aliases, "Len Ponomarev") {
		t.Errorf("Lev Ponomarev: %+v", l)
	}
	leads := map[string]string{}
	for _, x := range r.Relations {
		if x.Type == rightsgraph.RelLeads {
			leads[x.From] = x.To + " " + x.Role
		}
	}
	for from, want := range map[string]string{
		"person/natalya-taubina":      "organisation/public-verdict-foundation director",
		"person/svetlana-gannushkina": "organisation/civic-assistance-committee chair",
		"person/sergei-kovalev":       "organisation/andrei-sakharov-foundation chair of the board",
	} {
		if leads[from] != want {
			t.Errorf("LEADS from %s = %q, want %q", from, leads[from], want)
		}
	}
}

func names(r *extract.Result) []string {
	var out []string
	for _, e := range r.Entities {
		out = append(out, e.Name)
	}
	return out
}

func containsNorm(list []string, s string) bool {
	for _, x := range list {
		if rightsgraph.Normalize(x) == rightsgraph.Normalize(s) {
			return true
		}
	}
	return false
}

func TestBadTextIsRefused(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"only spaces", " \n\t\n "},
		{"NUL bytes", "Anna Petrova\x00\x00 leads the Centre."},
		{"binary", strings.Repeat("\x01\x02\x03\x04\x05\x06\x07\x08", 100) + "Anna Petrova"},
		{"not UTF-8", "Anna Petrova \xff\xfe leads the Centre."},
		{"too large", strings.Repeat("a", extract.MaxTextBytes+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Draft(t.Context(), tt.text, nil)
			if rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
				t.Fatalf("Draft = %v, %v; want an %s error", r, err, rightsgraph.EINVALID)
			}
			if msg := rightsgraph.ErrorMessage(err); msg == "" || msg == "internal error" {
				t.Errorf("message %q", msg)
			}
		})
	}
}

func TestTextWithoutNamesGivesAnEmptyDraft(t *testing.T) {
	r := MustDraft(t, "it was a quiet day, and nothing at all happened anywhere.\n", nil)
	if len(r.Entities) != 0 || len(r.Relations) != 0 {
		t.Fatalf("draft of a text without names: %+v", r)
	}
	MustLoad(t, r, extract.Meta{Title: "Nothing"})
}

const sample = `Round table on prisons in Perm

On 3 March 2024 a round table entitled “Prisons Without Torture” took place in Perm. It was organised by the Centre for Prison Reform (CPR).

Anna Sergeyevna Petrova, director of the Centre for Prison Reform, spoke of torture in the colonies of the region. Petrova said that the CPR had received 40 complaints.

Oleg Ivanov, a lawyer with the CPR, described the lack of medical care in pre-trial detention. The Centre has worked in Perm since 2001.
`

func TestOneEntityPerReferent(t *testing.T) {
	r := MustDraft(t, sample, nil)
	var org, person *extract.Entity
	for i, e := range r.Entities {
		switch e.Name {
		case "Centre for Prison Reform":
			org = &r.Entities[i]
		case "Anna Petrova":
			person = &r.Entities[i]
		}
	}
	if org == nil || person == nil {
		t.Fatalf("entities %v", names(r))
	}
	if !containsNorm(org.Aliases, "CPR") {
		t.Errorf("the acronym defined in the text is not an alias: %v", org.Aliases)
	}
	if !containsNorm(person.Aliases, "Petrova") || !containsNorm(person.Aliases, "Anna Sergeyevna Petrova") {
		t.Errorf("person aliases %v", person.Aliases)
	}
	var lead, member bool
	for _, x := range r.Relations {
		lead = lead || x.Type == rightsgraph.RelLeads && x.From == person.ID && x.To == org.ID && x.Role == "director"
		member = member || x.Type == rightsgraph.RelMemberOf && x.To == org.ID && x.Role == "lawyer"
	}
	if !lead || !member {
		t.Errorf("LEADS %v, MEMBER_OF %v in %+v", lead, member, r.Relations)
	}
	MustLoad(t, r, extract.Meta{})
}

func TestNoAliasIsShared(t *testing.T) {
	for name, text := range corpus(t) {
		r := MustDraft(t, text, nil)
		owner := map[string]string{}
		for _, e := range r.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				k := rightsgraph.Normalize(n)
				if o, ok := owner[k]; ok && o != e.ID {
					t.Errorf("%s: %q is a name or alias of %s and %s", name, n, o, e.ID)
				}
				owner[k] = e.ID
			}
		}
	}
}

func TestLinkingReusesTheGraphsEntity(t *testing.T) {
	known := extract.EntitiesKnown([]*rightsgraph.Entity{
		{ID: "organisation/cpr", Kind: rightsgraph.KindOrganisation, Name: "Centre for Prison Reform (Perm)", Aliases: []string{"Centre for Prison Reform", "CPR"}},
		{ID: "person/anna-petrova", Kind: rightsgraph.KindPerson, Name: "Anna S. Petrova", Aliases: []string{"Anna Petrova"}},
		{ID: "place/perm", Kind: rightsgraph.KindOrganisation, Name: "Perm"}, // wrong kind: never linked
	})
	r := MustDraft(t, sample, known)
	found := map[string]extract.Entity{}
	for _, e := range r.Entities {
		found[e.ID] = e
	}
	org, ok := found["organisation/cpr"]
	if !ok || org.Name != "Centre for Prison Reform (Perm)" || org.Existing == nil || org.Existing.ID != "organisation/cpr" {
		t.Fatalf("the organisation is not linked: %+v", found)
	}
	if !containsNorm(org.Aliases, "Centre for Prison Reform") {
		t.Errorf("the text's form is not an alias: %v", org.Aliases)
	}
	if p, ok := found["person/anna-petrova"]; !ok || p.Name != "Anna S. Petrova" {
		t.Errorf("the person is not linked with the graph's name: %+v", p)
	}
	for _, e := range r.Entities {
		if e.Kind == rightsgraph.KindPlace && e.Existing != nil {
			t.Errorf("a place linked to an entity of another kind: %+v", e)
		}
	}
	g := MustLoad(t, r, extract.Meta{})
	for _, x := range g.Relations {
		if x.Type == rightsgraph.RelLeads && (x.From != "person/anna-petrova" || x.To != "organisation/cpr") {
			t.Errorf("LEADS %s → %s", x.From, x.To)
		}
	}
}

func TestStoreKnown(t *testing.T) {
	s := inmem.New()
	text := corpus(t)["bundled"]
	if _, err := seed.LoadFS(t.Context(), s, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	k := extract.StoreKnown(s)
	tests := []struct {
		kind rightsgraph.Kind
		name string
		id   string // "" for no link
	}{
		{rightsgraph.KindPerson, "Lyudmila Alexeyeva", "person/liudmila-alekseeva"},
		{rightsgraph.KindOrganisation, "memorial human rights centre", "organisation/memorial-human-rights-centre"},
		{rightsgraph.KindPerson, "Memorial Human Rights Centre", ""}, // wrong kind
		{rightsgraph.KindPerson, "Ponomar", ""},                      // a prefix is not confident
		{rightsgraph.KindOrganisation, "", ""},
	}
	for _, tt := range tests {
		l, ok, err := k.Lookup(t.Context(), tt.kind, tt.name)
		if err != nil {
			t.Fatal(err)
		}
		if ok != (tt.id != "") || l.ID != tt.id {
			t.Errorf("Lookup(%s, %q) = %q, %v; want %q", tt.kind, tt.name, l.ID, ok, tt.id)
		}
	}
	// Drafting the bundled report against its own graph links its people.
	r := MustDraft(t, text, k)
	linked := 0
	for _, e := range r.Entities {
		if e.Existing != nil {
			linked++
			if e.ID != e.Existing.ID || e.Name != e.Existing.Name {
				t.Errorf("linked entity %s keeps %s / %q", e.Existing.ID, e.ID, e.Name)
			}
		}
	}
	if linked < 20 {
		t.Errorf("only %d entities linked", linked)
	}
	MustLoad(t, r, extract.Meta{ID: "report/2017-11-moscow-human-rights-congress"})
}

func TestCyrillicText(t *testing.T) {
	text := "Правозащитный центр «Мемориал» провёл конференцию в Москве. Олег Орлов, председатель Правозащитного центра, выступил с докладом о Чечне.\n\nAnna Petrova, director of the Центр Свобода Foundation, spoke of torture."
	r := MustDraft(t, text, nil)
	CheckSpans(t, r)
	MustLoad(t, r, extract.Meta{Title: "Конференция"})
	for _, e := range r.Entities {
		if !utf8.ValidString(e.Name) {
			t.Errorf("invalid name %q", e.Name)
		}
	}
}

func TestRepeatedQuotesGetOccurrences(t *testing.T) {
	para := "Anna Petrova, director of the Centre for Prison Reform, spoke of torture in the colonies.\n\n"
	r := MustDraft(t, para+para+para, nil)
	CheckSpans(t, r)
	seen := map[int]bool{}
	for _, x := range r.Relations {
		if x.Type == rightsgraph.RelLeads {
			seen[x.Evidence.Occurrence] = true
		}
	}
	if !seen[1] || !seen[2] || !seen[3] {
		t.Errorf("occurrences of the repeated LEADS quote: %v", seen)
	}
	MustLoad(t, r, extract.Meta{})
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	text := strings.Repeat("Anna Petrova, director of the Centre for Prison Reform, spoke.\n\n", 2000)
	if _, err := extract.Draft(ctx, text, nil); err == nil {
		t.Fatal("Draft ignored a cancelled context")
	}
}

func rightsgraphCode(err error) string { return rightsgraph.ErrorCode(err) }
