package extract

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/seed"
)

// Case is a report with its gold annotation, for evaluation.
type Case struct {
	Name string
	Text string
	Gold *rightsgraph.ReportGraph
}

// LoadCases reads every annotation (*.yaml) of a folder of fsys with the
// text its report block names, parsed by the loader's own parser.
func LoadCases(fsys fs.FS, dir string) ([]Case, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no annotations (*.yaml)", dir)
	}
	var cases []Case
	for _, f := range files {
		ann, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		var head struct {
			Report struct {
				Text string `yaml:"text"`
			} `yaml:"report"`
		}
		if err := yaml.Unmarshal(ann, &head); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		textFile := cmp.Or(head.Report.Text, strings.TrimSuffix(path.Base(f), ".yaml")+".txt")
		text, err := fs.ReadFile(fsys, path.Join(path.Dir(f), textFile))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		g, ps := seed.ParseReport(seed.ReportInput{Text: string(text), Annotation: ann})
		if ps != nil {
			return nil, fmt.Errorf("%s: %w", f, ps)
		}
		cases = append(cases, Case{Name: strings.TrimSuffix(path.Base(f), ".yaml"), Text: string(text), Gold: g})
	}
	return cases, nil
}

// Score counts matches of drafted items against gold ones.
type Score struct{ TP, FP, FN int }

// Precision is TP / (TP + FP), 0 when nothing was drafted.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN), 0 when there is no gold item.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Score) add(o Score) { s.TP, s.FP, s.FN = s.TP+o.TP, s.FP+o.FP, s.FN+o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is the drafter's score over a set of cases.
type Evaluation struct {
	Entities    map[rightsgraph.Kind]*Score
	Relations   map[rightsgraph.RelType]*Score
	LeadsMember Score // LEADS ∪ MEMBER_OF
	// Linked of LinkTotal drafted entities whose gold entity Known holds
	// were linked to its id.
	Linked, LinkTotal int
	Words             int
	Elapsed           time.Duration
}

// WordsPerSecond is the drafting speed over the cases.
func (e *Evaluation) WordsPerSecond() float64 {
	if e.Elapsed <= 0 {
		return 0
	}
	return float64(e.Words) / e.Elapsed.Seconds()
}

// Evaluate drafts every case against known (nil for no linking) and scores
// the drafts against the gold annotations: entities by kind and
// normalised name or alias, one to one; relations by type and matched ends,
// an issue end matching when the two relations' quotes overlap.
func Evaluate(ctx context.Context, cases []Case, known Known) (*Evaluation, error) {
	return EvaluateWith(ctx, cases, known, Options{})
}

// EvaluateWith is Evaluate drafting with options.
func EvaluateWith(ctx context.Context, cases []Case, known Known, opts Options) (*Evaluation, error) {
	ev := &Evaluation{Entities: map[rightsgraph.Kind]*Score{}, Relations: map[rightsgraph.RelType]*Score{}}
	var knownIDs map[string]bool
	if k, ok := known.(*entitiesKnown); ok {
		knownIDs = k.ids
	}
	for _, c := range cases {
		start := time.Now()
		r, err := DraftWith(ctx, c.Text, known, opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		ev.Elapsed += time.Since(start)
		ev.Words += r.Words
		match := scoreEntities(ev, r, c.Gold)
		scoreRelations(ev, r, c.Gold, match)
		for goldID, d := range match {
			if knownIDs[goldID] {
				ev.LinkTotal++
				if d.Existing != nil && d.Existing.ID == goldID {
					ev.Linked++
				}
			}
		}
	}
	return ev, nil
}

// Add adds the counts of o to e, as for one evaluation over both sets of
// cases.
func (e *Evaluation) Add(o *Evaluation) {
	for k, s := range o.Entities {
		if e.Entities[k] == nil {
			e.Entities[k] = &Score{}
		}
		e.Entities[k].add(*s)
	}
	for t, s := range o.Relations {
		if e.Relations[t] == nil {
			e.Relations[t] = &Score{}
		}
		e.Relations[t].add(*s)
	}
	e.LeadsMember.add(o.LeadsMember)
	e.Linked += o.Linked
	e.LinkTotal += o.LinkTotal
	e.Words += o.Words
	e.Elapsed += o.Elapsed
}

func names(e []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range e {
		if k := rightsgraph.Normalize(n); k != "" {
			m[k] = true
		}
	}
	return m
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// scoreEntities matches drafted entities to gold ones, greedily, surest
// first, and returns gold id → drafted entity.
func scoreEntities(ev *Evaluation, r *Result, gold *rightsgraph.ReportGraph) map[string]*Entity {
	match := map[string]*Entity{}
	drafts := make([]*Entity, 0, len(r.Entities))
	for i := range r.Entities {
		drafts = append(drafts, &r.Entities[i])
	}
	slices.SortStableFunc(drafts, func(a, b *Entity) int { return cmp.Compare(b.Confidence, a.Confidence) })
	for _, k := range rightsgraph.Kinds {
		if k == rightsgraph.KindIssue || k == rightsgraph.KindReport {
			continue
		}
		var golds []*rightsgraph.Entity
		for _, g := range gold.Entities {
			if g.Kind == k {
				golds = append(golds, g)
			}
		}
		s := Score{}
		for _, d := range drafts {
			if d.Kind != k {
				continue
			}
			dn := names(append([]string{d.Name}, d.Aliases...))
			var best *rightsgraph.Entity
			for _, g := range golds {
				if match[g.ID] != nil || !intersects(dn, names(g.Names())) {
					continue
				}
				if best == nil || dn[rightsgraph.Normalize(g.Name)] {
					best = g
				}
			}
			if best == nil {
				s.FP++
				continue
			}
			match[best.ID] = d
			s.TP++
		}
		s.FN = len(golds) - s.TP
		if s.TP+s.FP+s.FN > 0 {
			if ev.Entities[k] == nil {
				ev.Entities[k] = &Score{}
			}
			ev.Entities[k].add(s)
		}
	}
	return match
}

// draftRel is the drafted relations of one type and ends, with their quotes.
type draftRel struct {
	t        rightsgraph.RelType
	from, to string
	spans    [][2]int
	matched  bool
}

func overlaps(a, b [][2]int) bool {
	for _, x := range a {
		for _, y := range b {
			if x[0] < y[1] && y[0] < x[1] {
				return true
			}
		}
	}
	return false
}

func scoreRelations(ev *Evaluation, r *Result, gold *rightsgraph.ReportGraph, match map[string]*Entity) {
	kinds := map[string]rightsgraph.Kind{}
	for _, e := range r.Entities {
		kinds[e.ID] = e.Kind
	}
	var drafts []*draftRel
	byKey := map[string]*draftRel{}
	for _, x := range r.Relations {
		k := string(x.Type) + "|" + x.From + "|" + x.To
		d := byKey[k]
		if d == nil {
			d = &draftRel{t: x.Type, from: x.From, to: x.To}
			byKey[k] = d
			drafts = append(drafts, d)
		}
		d.spans = append(d.spans, [2]int{x.Evidence.Start, x.Evidence.End})
	}
	goldKinds := map[string]rightsgraph.Kind{gold.Report.ID: rightsgraph.KindReport}
	for _, e := range gold.Entities {
		goldKinds[e.ID] = e.Kind
	}
	per := map[rightsgraph.RelType]*Score{}
	score := func(t rightsgraph.RelType) *Score {
		if per[t] == nil {
			per[t] = &Score{}
		}
		return per[t]
	}
	endMatches := func(goldID, draftID string, gs, ds [][2]int) bool {
		switch goldKinds[goldID] {
		case rightsgraph.KindReport:
			return draftID == ReportRef
		case rightsgraph.KindIssue:
			return kinds[draftID] == rightsgraph.KindIssue && overlaps(gs, ds)
		}
		d := match[goldID]
		return d != nil && d.ID == draftID
	}
	for _, g := range gold.Relations {
		var gs [][2]int
		for _, e := range g.Evidence {
			gs = append(gs, [2]int{e.Start, e.End})
		}
		found := false
		for _, d := range drafts {
			if d.matched || d.t != g.Type {
				continue
			}
			if endMatches(g.From, d.from, gs, d.spans) && endMatches(g.To, d.to, gs, d.spans) {
				d.matched, found = true, true
				break
			}
		}
		if found {
			score(g.Type).TP++
		} else {
			score(g.Type).FN++
		}
	}
	for _, d := range drafts {
		if !d.matched {
			score(d.t).FP++
		}
	}
	for t, s := range per {
		if ev.Relations[t] == nil {
			ev.Relations[t] = &Score{}
		}
		ev.Relations[t].add(*s)
		if t == rightsgraph.RelLeads || t == rightsgraph.RelMemberOf {
			ev.LeadsMember.add(*s)
		}
	}
}

// ScoreDraft scores one draft against its gold graph, as Evaluate does.
func ScoreDraft(r *Result, gold *rightsgraph.ReportGraph) *Evaluation {
	ev := &Evaluation{Entities: map[rightsgraph.Kind]*Score{}, Relations: map[rightsgraph.RelType]*Score{}, Words: r.Words}
	match := scoreEntities(ev, r, gold)
	scoreRelations(ev, r, gold, match)
	return ev
}

// entitiesKnown is a Known over a list of entities.
type entitiesKnown struct {
	byName map[string][]*rightsgraph.Entity
	ids    map[string]bool
}

// EntitiesKnown returns a Known over entities: a name links when it equals
// (normalised) the name or an alias of exactly one entity of its kind.
func EntitiesKnown(ents []*rightsgraph.Entity) Known {
	k := &entitiesKnown{byName: map[string][]*rightsgraph.Entity{}, ids: map[string]bool{}}
	for _, e := range ents {
		if k.ids[e.ID] {
			continue
		}
		k.ids[e.ID] = true
		for n := range names(e.Names()) {
			k.byName[n] = append(k.byName[n], e)
		}
	}
	return k
}

// Lookup links a name of a kind when exactly one entity has it.
func (k *entitiesKnown) Lookup(_ context.Context, kind rightsgraph.Kind, name string) (Link, bool, error) {
	var found *rightsgraph.Entity
	for _, e := range k.byName[rightsgraph.Normalize(name)] {
		if e.Kind != kind {
			continue
		}
		if found != nil && found.ID != e.ID {
			return Link{}, false, nil
		}
		found = e
	}
	if found == nil {
		return Link{}, false, nil
	}
	return Link{ID: found.ID, Name: found.Name, Aliases: slices.Clone(found.Aliases)}, true, nil
}

// GoldEntities returns every entity of the cases' gold annotations.
func GoldEntities(cases []Case) []*rightsgraph.Entity {
	var out []*rightsgraph.Entity
	for _, c := range cases {
		out = append(out, c.Gold.Entities...)
	}
	return out
}

// WriteTable prints the evaluation: precision, recall and F1 with counts
// per kind and type, the LEADS ∪ MEMBER_OF line, linking and speed.
func (e *Evaluation) WriteTable(w io.Writer, title string) {
	fmt.Fprintf(w, "== %s\n", title)
	fmt.Fprintf(w, "%-24s %6s %6s %6s %5s %5s %5s\n", "", "P", "R", "F1", "tp", "fp", "fn")
	line := func(name string, s Score) {
		fmt.Fprintf(w, "%-24s %6.2f %6.2f %6.2f %5d %5d %5d\n", name, s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	}
	for _, k := range rightsgraph.Kinds {
		if s := e.Entities[k]; s != nil {
			line(string(k), *s)
		}
	}
	var all Score
	for _, t := range rightsgraph.RelTypes() {
		if s := e.Relations[t]; s != nil {
			line(string(t), *s)
			all.add(*s)
		}
	}
	line("LEADS ∪ MEMBER_OF", e.LeadsMember)
	line("all relations", all)
	if e.LinkTotal > 0 {
		fmt.Fprintf(w, "%-24s %6.2f (%d of %d)\n", "linking accuracy", ratio(e.Linked, e.LinkTotal), e.Linked, e.LinkTotal)
	} else {
		fmt.Fprintf(w, "%-24s %6s\n", "linking accuracy", "-")
	}
	fmt.Fprintf(w, "%-24s %6.0f (%d words)\n\n", "words/s", e.WordsPerSecond(), e.Words)
}

// Misses lists, for tuning, the gold entities and relations a draft missed
// ("-") and the drafted ones gold does not hold ("+"), of the kinds and
// relation types named in only (comma-separated; all when empty).
func Misses(r *Result, gold *rightsgraph.ReportGraph, only string) []string {
	want := func(s string) bool { return only == "" || slices.Contains(strings.Split(only, ","), s) }
	ev := &Evaluation{Entities: map[rightsgraph.Kind]*Score{}, Relations: map[rightsgraph.RelType]*Score{}}
	match := scoreEntities(ev, r, gold)
	var out []string
	matched := map[string]bool{}
	for _, g := range gold.Entities {
		if !want(string(g.Kind)) || g.Kind == rightsgraph.KindIssue {
			continue
		}
		if d := match[g.ID]; d != nil {
			matched[d.ID] = true
		} else {
			out = append(out, fmt.Sprintf("- %s %q %v", g.Kind, g.Name, g.Aliases))
		}
	}
	for _, e := range r.Entities {
		if want(string(e.Kind)) && e.Kind != rightsgraph.KindIssue && !matched[e.ID] {
			out = append(out, fmt.Sprintf("+ %s %q %v %.2f %s", e.Kind, e.Name, e.Aliases, e.Confidence, e.Rule))
		}
	}
	toGold := map[string]string{ReportRef: gold.Report.ID}
	for gid, d := range match {
		toGold[d.ID] = gid
	}
	type k3 struct{ t, f, to string }
	goldRels := map[k3]bool{}
	for _, g := range gold.Relations {
		goldRels[k3{string(g.Type), g.From, g.To}] = true
	}
	draftRels := map[k3]bool{}
	for _, x := range r.Relations {
		if !want(string(x.Type)) {
			continue
		}
		k := k3{string(x.Type), cmp.Or(toGold[x.From], x.From), cmp.Or(toGold[x.To], x.To)}
		// An issue matches by its quote, as the scorer matches it, at
		// either end.
		for _, g := range gold.Relations {
			if string(g.Type) != k.t {
				continue
			}
			fromIssue := strings.HasPrefix(g.From, "issue/") && strings.HasPrefix(x.From, "issue/")
			toIssue := strings.HasPrefix(g.To, "issue/") && strings.HasPrefix(x.To, "issue/")
			if !(fromIssue && (toIssue || g.To == k.to) || toIssue && g.From == k.f) {
				continue
			}
			var gs [][2]int
			for _, e := range g.Evidence {
				gs = append(gs, [2]int{e.Start, e.End})
			}
			if overlaps(gs, [][2]int{{x.Evidence.Start, x.Evidence.End}}) {
				k.f, k.to = g.From, g.To
				break
			}
		}
		draftRels[k] = true
		if !goldRels[k] {
			out = append(out, fmt.Sprintf("+ %s %s -> %s [%s] %s | %.100q", x.Type, x.From, x.To, x.Role, x.Rule, x.Evidence.Quote))
		}
	}
	for _, g := range gold.Relations {
		if want(string(g.Type)) && !draftRels[k3{string(g.Type), g.From, g.To}] {
			out = append(out, fmt.Sprintf("- %s %s -> %s [%s] | %.100q", g.Type, g.From, g.To, g.Role, g.Evidence[0].Quote))
		}
	}
	return out
}
