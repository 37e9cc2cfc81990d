package seed

import (
	"cmp"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/rightsgraph/rightsgraph"
)

// parse reads one annotation file and the report text it names, checks
// both, and returns the report's graph, or the problems found (at most
// MaxProblems of them, and a last saying there were more). read reads a
// file by name, the annotation's own name and its text's path joined to
// its folder; file is the annotation as messages name it.
func parse(file, name string, read func(string) ([]byte, error)) (*rightsgraph.ReportGraph, Problems) {
	return (&parser{file: file, name: name}).parse(read)
}

// MaxProblems is how many problems a parse reports, at most: enough to fix
// a file, while a file of countless mistakes gets a bounded answer.
const MaxProblems = 100

// MaxAnnotationBytes bounds an annotation's size.
const MaxAnnotationBytes = 5 << 20

// quoteWidth is how many characters of a quote, a name or an id a message
// repeats: messages must not repeat all a client sent.
const quoteWidth = 80

// short cuts a value for a message.
func short(s string) string { return rightsgraph.Truncate(s, quoteWidth) }

// ReportInput is a report sent whole rather than as files (the addReport
// mutation): its text, its annotation, whose report block's text: key is
// then not needed (and not read), and fields that, when set, stand for the
// block's own.
type ReportInput struct {
	Title       string
	URL         string
	PublishedAt string
	Text        string
	Annotation  []byte
}

// ParseReport checks a report sent whole exactly as a report's files are
// checked, and returns its graph, or every problem found, in a file named
// "annotation".
func ParseReport(in ReportInput) (*rightsgraph.ReportGraph, Problems) {
	p := &parser{file: "annotation", name: "annotation", given: &in}
	return p.parse(func(string) ([]byte, error) {
		if len(in.Annotation) > MaxAnnotationBytes {
			return nil, fmt.Errorf("the annotation is %d bytes long, more than %d", len(in.Annotation), MaxAnnotationBytes)
		}
		return in.Annotation, nil
	})
}

func (p *parser) parse(read func(string) ([]byte, error)) (*rightsgraph.ReportGraph, Problems) {
	file := p.file
	data, err := read(p.name)
	if err != nil {
		return nil, Problems{{File: file, Msg: cleanPathError(err).Error()}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Problems{yamlProblem(file, err)}
	}
	if line := anchorLine(&doc); line > 0 {
		return nil, Problems{{File: file, Line: line, Msg: "anchors and aliases are not allowed (&name, *name): write each value out"}}
	}
	var a annotation
	if doc.Kind != 0 {
		if err := doc.Decode(&a); err != nil {
			var te *yaml.TypeError
			if errors.As(err, &te) {
				for _, msg := range te.Errors {
					p.problems.add(yamlProblem(file, errors.New(msg)))
				}
				return nil, p.problems.list()
			}
			return nil, Problems{yamlProblem(file, err)}
		}
	}
	if a.at == 0 {
		return nil, Problems{{File: file, Line: 1, Msg: "empty annotation: want report, entities and relations"}}
	}
	p.unknownKeys(a.lines, "file")
	report := p.report(a.Report, read)
	entities := p.entities(a.Entities, report)
	var relations []*rightsgraph.Relation
	if report != nil {
		relations = p.relations(a.Relations, report, entities)
	}
	if p.problems.n > 0 {
		return nil, p.problems.list()
	}
	g := &rightsgraph.ReportGraph{Report: report, Relations: relations}
	for _, e := range entities.list {
		g.Entities = append(g.Entities, e)
	}
	if err := g.Validate(); err != nil { // the store's own guard: never fails after the checks above
		return nil, Problems{{File: file, Msg: rightsgraph.ErrorMessage(err)}}
	}
	return g, nil
}

// yamlLine finds the line number in the YAML library's messages.
var yamlLine = regexp.MustCompile(`line (\d+): `)

func yamlProblem(file string, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		line, _ := strconv.Atoi(msg[m[2]:m[3]])
		return Problem{File: file, Line: line, Msg: "invalid YAML: " + short(msg[:m[0]]+msg[m[1]:])}
	}
	return Problem{File: file, Line: 1, Msg: "invalid YAML: " + short(msg)}
}

// anchorLine returns the line of the first anchor (&name) or alias (*name)
// in the YAML tree n, or 0 when there is none. An alias repeats a value
// where it stands, so a short file could expand into a huge graph, and
// every problem about the value would repeat it: the loader refuses them
// before anything is decoded.
func anchorLine(n *yaml.Node) int {
	if n.Anchor != "" || n.Kind == yaml.AliasNode {
		return n.Line
	}
	for _, c := range n.Content {
		if line := anchorLine(c); line > 0 {
			return line
		}
	}
	return 0
}

type parser struct {
	file     string       // the annotation, as messages name it
	name     string       // the annotation, as read reads it
	given    *ReportInput // a report sent whole; nil for files
	problems problemList
	quotes   *quoteIndex
}

// problemList keeps the first MaxProblems problems, and counts them all.
type problemList struct {
	kept    Problems
	n       int
	stopped bool // the parser stopped looking, with more to check
}

func (l *problemList) add(p Problem) {
	if l.n++; l.n <= MaxProblems {
		l.kept = append(l.kept, p)
	}
}

// full reports whether more problems would not be reported: the parser
// stops looking then.
func (l *problemList) full() bool { return l.n >= MaxProblems }

// list returns the problems kept, with a last one saying how many more
// there were.
func (l *problemList) list() Problems {
	if l.n <= MaxProblems && !l.stopped {
		return l.kept
	}
	last := l.kept[len(l.kept)-1]
	return append(slices.Clone(l.kept), Problem{File: last.File,
		Msg: fmt.Sprintf("and more problems, not listed: fix these first (at most %d are listed)", MaxProblems)})
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.problems.add(Problem{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) unknownKeys(l lines, where string) {
	for _, k := range l.unknown {
		p.errorf(l.line(k), "unknown key %q in %s", short(k), where)
	}
}

func (p *parser) checkDate(l lines, field, value string) {
	if value == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, value); err != nil {
		p.errorf(l.line(field), "%s %q: want a date like 2017-11-26", field, short(value))
	}
}

// checkScored checks a drafter's confidence, which must lie in 0..1.
func (p *parser) checkScored(l lines, s scored) {
	if c := s.Confidence; c != nil && !(*c >= 0 && *c <= 1) {
		p.errorf(l.line("confidence"), "confidence %v: want a number from 0 to 1", *c)
	}
}

// report checks the report block and reads the text it names.
func (p *parser) report(d reportDoc, read func(string) ([]byte, error)) *rightsgraph.Entity {
	p.unknownKeys(d.lines, "report")
	if d.at == 0 {
		p.errorf(1, "missing report: block (id, title, text…)")
		return nil
	}
	if g := p.given; g != nil {
		d.Title, d.URL, d.PublishedAt = cmp.Or(g.Title, d.Title), cmp.Or(g.URL, d.URL), cmp.Or(g.PublishedAt, d.PublishedAt)
	}
	e := &rightsgraph.Entity{
		ID: d.ID, Kind: rightsgraph.KindReport, Name: rightsgraph.CleanName(d.Title), Description: d.Description,
		URL: d.URL, PublishedAt: d.PublishedAt, Source: d.Source, Attribution: d.Attribution,
		Visibility: p.visibility(d.lines, d.Visibility, "report"),
	}
	ok := true
	if d.ID == "" {
		p.errorf(d.line("id"), "report: missing id")
		ok = false
	}
	if d.Title == "" {
		p.errorf(d.line("title"), "report: missing title")
		ok = false
	}
	p.checkDate(d.lines, "publishedAt", d.PublishedAt)
	if p.given != nil {
		if p.given.Text == "" || !utf8.ValidString(p.given.Text) {
			p.errorf(d.at, "report: the text is empty or not UTF-8")
			return nil
		}
		e.Text = p.given.Text
	} else if !p.readText(d, e, read) {
		return nil
	}
	if ok {
		if err := e.Validate(); err != nil {
			p.errorf(d.line("id"), "%s", rightsgraph.ErrorMessage(err))
			return nil
		}
	}
	if !ok {
		return nil
	}
	return e
}

// readText reads the text file the report block names into e.Text.
func (p *parser) readText(d reportDoc, e *rightsgraph.Entity, read func(string) ([]byte, error)) bool {
	if d.Text == "" {
		p.errorf(d.line("text"), "report: missing text (the file of the report's text, beside this one)")
		return false
	}
	if !filepath.IsLocal(filepath.FromSlash(d.Text)) { // "../../dev/zero" would hang the load
		p.errorf(d.line("text"), "report text %s: want a file in this annotation's folder or below it", short(d.Text))
		return false
	}
	text, err := read(path.Join(path.Dir(p.name), filepath.ToSlash(d.Text)))
	if err != nil {
		p.errorf(d.line("text"), "report text %s: %v", short(d.Text), cleanPathError(err))
		return false
	}
	if !utf8.Valid(text) {
		p.errorf(d.line("text"), "report text %s is not UTF-8", short(d.Text))
		return false
	}
	e.Text = string(text)
	return true
}

// declared is the entities of a file, with where each was declared.
type declared struct {
	list  []*rightsgraph.Entity
	byID  map[string]*rightsgraph.Entity
	lines map[string]int
}

// entities checks the entities: valid each, distinct ids, and no name or
// alias that two of them share.
func (p *parser) entities(docs []entityDoc, report *rightsgraph.Entity) declared {
	ds := declared{byID: map[string]*rightsgraph.Entity{}, lines: map[string]int{}}
	names := map[string]string{} // normalized name or alias → entity id
	if report != nil {
		ds.byID[report.ID] = report
	}
	for _, d := range docs {
		p.unknownKeys(d.lines, "entity")
		p.checkScored(d.lines, d.scored)
		e := &rightsgraph.Entity{
			ID: d.ID, Kind: rightsgraph.Kind(d.Kind), Name: rightsgraph.CleanName(d.Name), Aliases: rightsgraph.CleanNames(d.Aliases),
			Description: d.Description, StartDate: d.StartDate, EndDate: d.EndDate,
			Visibility: p.visibility(d.lines, d.Visibility, "entity "+short(d.ID)),
		}
		if e.Kind == rightsgraph.KindReport {
			p.errorf(d.line("kind"), "entity %q: the report is declared in the report: block, not as an entity", short(d.ID))
			continue
		}
		if err := e.Validate(); err != nil {
			p.errorf(d.line(cmp.Or(rightsgraph.ErrorField(err), "id")), "%s", rightsgraph.ErrorMessage(err))
			continue
		}
		p.checkDate(d.lines, "startDate", d.StartDate)
		p.checkDate(d.lines, "endDate", d.EndDate)
		if (d.StartDate != "" || d.EndDate != "") && e.Kind != rightsgraph.KindCongress {
			p.errorf(d.line("startDate"), "entity %q: only congresses have dates", short(d.ID))
		}
		if first, dup := ds.lines[e.ID]; dup || (report != nil && e.ID == report.ID) {
			p.errorf(d.line("id"), "duplicate entity id %q (first declared on line %d)", short(e.ID), first)
			continue
		}
		for _, n := range e.Names() {
			key := rightsgraph.Normalize(n)
			if other, taken := names[key]; taken {
				field := "aliases"
				if n == e.Name {
					field = "name"
				}
				p.errorf(d.line(field), "entity %q: name or alias %q is already a name or alias of %q", short(e.ID), short(n), short(other))
				continue
			}
			names[key] = e.ID
		}
		ds.list = append(ds.list, e)
		ds.byID[e.ID] = e
		ds.lines[e.ID] = d.line("id")
	}
	return ds
}

// relations checks the relations and turns their quotes into evidence.
// Statements of one fact (type, from, to) become one relation with several
// pieces of evidence.
func (p *parser) relations(docs []relationDoc, report *rightsgraph.Entity, ents declared) []*rightsgraph.Relation {
	var out []*rightsgraph.Relation
	byID := map[string]*rightsgraph.Relation{}
	firstLine := map[string]int{} // relation id + offsets → line
	for _, d := range docs {
		if p.problems.full() {
			p.problems.stopped = true
			break // what follows would not be reported
		}
		p.unknownKeys(d.lines, "relation")
		p.checkScored(d.lines, d.scored)
		t := rightsgraph.RelType(d.Type)
		rule, ok := t.Rule()
		if !ok {
			p.errorf(d.line("type"), "unknown relationship type %q (want one of %s)", short(d.Type), relTypeList())
			continue
		}
		from, okFrom := p.endpoint(d, "from", d.From, ents)
		to, okTo := p.endpoint(d, "to", d.To, ents)
		if okFrom && okTo && !rule.Allows(from.Kind, to.Kind) {
			p.errorf(d.line("type"), "%s may not go from %s %q to %s %q (allowed: %s → %s)",
				t, from.Kind, from.ID, to.Kind, to.ID, kindList(rule.From), kindList(rule.To))
			okTo = false
		}
		if d.At != "" {
			if at, ok := ents.byID[d.At]; !ok {
				p.errorf(d.line("at"), "at: unknown entity %q (declare it under entities)", short(d.At))
			} else if at.Kind != rightsgraph.KindCongress {
				p.errorf(d.line("at"), "at: %q is a %s, want a CONGRESS", short(d.At), at.Kind)
			}
		}
		ev, okQuote := p.evidence(d, report)
		if !okFrom || !okTo || !okQuote {
			continue
		}
		id := rightsgraph.RelationID(d.From, t, d.To)
		stmt := fmt.Sprintf("%s@%d", id, ev.Start)
		if line, dup := firstLine[stmt]; dup {
			p.errorf(d.line("quote"), "duplicate relation: %s with this quote is already stated on line %d", id, line)
			continue
		}
		firstLine[stmt] = d.line("type")
		rel, seen := byID[id]
		if !seen {
			rel = &rightsgraph.Relation{ID: id, Type: t, From: d.From, To: d.To, Role: d.Role, At: d.At}
			byID[id] = rel
			out = append(out, rel)
		} else if d.Role != "" && rel.Role != "" && d.Role != rel.Role {
			p.errorf(d.line("role"), "%s: role %q contradicts role %q stated before", id, short(d.Role), short(rel.Role))
			continue
		}
		// Every role stated agrees: the relation's is the one stated. One
		// statement that restricts the relation restricts it.
		rel.Role = cmp.Or(rel.Role, d.Role)
		if p.visibility(d.lines, d.Visibility, id).Restricted() {
			rel.Visibility = rightsgraph.VisibilityRestricted
		}
		rel.Evidence = append(rel.Evidence, ev)
	}
	for _, rel := range out {
		rel.Derive() // once: sorting at every piece of evidence would be quadratic
	}
	return out
}

func (p *parser) endpoint(d relationDoc, field, id string, ents declared) (*rightsgraph.Entity, bool) {
	if id == "" {
		p.errorf(d.line(field), "relation: missing %s", field)
		return nil, false
	}
	e, ok := ents.byID[id]
	if !ok {
		p.errorf(d.line(field), "%s: unknown entity %q (declare it under entities)", field, short(id))
	}
	return e, ok
}

// evidence finds the relation's quote in the report text.
func (p *parser) evidence(d relationDoc, report *rightsgraph.Entity) (rightsgraph.Evidence, bool) {
	line := d.line("quote")
	if strings.TrimSpace(d.Quote) == "" {
		p.errorf(line, "relation: missing quote (the words of the report that state it)")
		return rightsgraph.Evidence{}, false
	}
	if d.Occurrence < 0 {
		p.errorf(d.line("occurrence"), "occurrence %d: want 1 or more", d.Occurrence)
		return rightsgraph.Evidence{}, false
	}
	if err := rightsgraph.CheckStatement(d.Role, d.Quote); err != nil {
		p.errorf(d.line(rightsgraph.ErrorField(err)), "%s", rightsgraph.ErrorMessage(err))
		return rightsgraph.Evidence{}, false
	}
	if p.quotes == nil {
		p.quotes = newQuoteIndex(report.Text)
	}
	n := max(d.Occurrence, 1)
	start, end, count, ok, tooMany := p.quotes.locate(d.Quote, n)
	switch {
	case tooMany:
		p.errorf(line, "quote occurs more than %d times in the report text: lengthen it", maxOccurrences)
		ok = false
	case count == 0:
		hint := ""
		if p.quotes.nearMiss(d.Quote) {
			hint = " (it differs only in spaces, line breaks or quotation marks: copy it exactly)"
		}
		p.errorf(line, "quote not found in the report text%s: %q", hint, short(d.Quote))
	case count > 1 && d.Occurrence == 0:
		p.errorf(line, "quote occurs %d times in the report text: lengthen it or add occurrence: N", count)
		ok = false
	case !ok:
		p.errorf(d.line("occurrence"), "occurrence %d: the quote occurs only %d times", d.Occurrence, count)
	}
	return rightsgraph.Evidence{Report: report.ID, Quote: d.Quote, Start: start, End: end, Role: d.Role, At: d.At}, ok
}

// squash folds spaces and quotation marks, to tell near misses apart.
var squasher = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "-", "—", "-")

func squash(s string) string {
	return strings.Join(strings.Fields(squasher.Replace(s)), " ")
}

func relTypeList() string {
	var ts []string
	for _, t := range rightsgraph.RelTypes() {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, ", ")
}

func kindList(ks []rightsgraph.Kind) string {
	var s []string
	for _, k := range ks {
		s = append(s, string(k))
	}
	return strings.Join(s, "|")
}

// visibility reads a visibility field: restricted restricts; public, or
// none, leaves the thing public. Anything else is a problem on its line.
func (p *parser) visibility(l lines, s, what string) rightsgraph.Visibility {
	v, err := rightsgraph.ParseVisibility(s)
	if err != nil {
		p.errorf(l.line("visibility"), "%s: %s", what, rightsgraph.ErrorMessage(err))
		return ""
	}
	if v == rightsgraph.VisibilityPublic {
		return ""
	}
	return v
}
