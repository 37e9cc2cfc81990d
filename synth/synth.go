// Package synth generates synthetic reports of any size, for benchmarks
// and load tests: people, organisations and issues with relations between
// them, each relation quoting its own sentence of the report's text.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// Options size a synthetic graph.
type Options struct {
	// Reports is how many reports share the graph's relations: at least
	// as many as keep each report's text within rightsgraph.MaxTextBytes.
	Reports int
	// Entities and Relations are the totals over all reports. A report
	// declares the entities its relations join.
	Entities  int
	Relations int
	// Seed makes the graph reproducible.
	Seed uint64
}

// kinds of synthetic entities, in the proportions they are made.
var kinds = []rightsgraph.Kind{
	rightsgraph.KindPerson, rightsgraph.KindPerson, rightsgraph.KindPerson,
	rightsgraph.KindOrganisation, rightsgraph.KindOrganisation, rightsgraph.KindIssue,
}

// shapes are the relations made, each with its sentence.
var shapes = []struct {
	t        rightsgraph.RelType
	from, to rightsgraph.Kind
	verb     string
}{
	{rightsgraph.RelLeads, rightsgraph.KindPerson, rightsgraph.KindOrganisation, "leads"},
	{rightsgraph.RelMemberOf, rightsgraph.KindPerson, rightsgraph.KindOrganisation, "is a member of"},
	{rightsgraph.RelRaised, rightsgraph.KindPerson, rightsgraph.KindIssue, "raised"},
	{rightsgraph.RelRaised, rightsgraph.KindOrganisation, rightsgraph.KindIssue, "raised"},
	{rightsgraph.RelPartOf, rightsgraph.KindOrganisation, rightsgraph.KindOrganisation, "is part of"},
}

var firstNames = []string{"Anna", "Boris", "Vera", "Grigory", "Darya", "Yelena", "Zakhar", "Irina", "Kirill", "Lidia", "Mikhail", "Nadezhda", "Oleg", "Polina", "Roman", "Svetlana"}
var lastNames = []string{"Abramova", "Belov", "Vasilieva", "Gusev", "Dmitrieva", "Yegorov", "Zhukova", "Zaitsev", "Ivanova", "Kozlov", "Lebedeva", "Morozov", "Novikova", "Orlov", "Pavlova", "Sokolov"}
var orgWords = []string{"Rights", "Memory", "Justice", "Voice", "Shield", "Dignity", "Truth", "Law", "Help", "Watch"}
var issueWords = []string{"torture", "censorship", "detention", "elections", "housing", "labour", "migration", "courts", "media", "conscription"}

// relationsPerReport bounds the relations of one report, so that its text,
// a sentence of at most about 100 bytes per relation, stays within the
// loader's limit.
const relationsPerReport = rightsgraph.MaxTextBytes / 100

// Generate returns the reports of a synthetic graph. The same options give
// the same graph.
func Generate(o Options) []*rightsgraph.ReportGraph {
	rng := rand.New(rand.NewPCG(o.Seed, 42))
	o.Reports = max(o.Reports, 1, (o.Relations+relationsPerReport-1)/relationsPerReport)
	byKind := map[rightsgraph.Kind][]*rightsgraph.Entity{}
	for i := range o.Entities {
		k := kinds[i%len(kinds)]
		e := &rightsgraph.Entity{ID: fmt.Sprintf("%s%d", k.IDPrefix(), i), Kind: k}
		switch k {
		case rightsgraph.KindPerson:
			e.Name = fmt.Sprintf("%s %s %d", firstNames[rng.IntN(len(firstNames))], lastNames[rng.IntN(len(lastNames))], i)
		case rightsgraph.KindOrganisation:
			e.Name = fmt.Sprintf("%s %s Centre %d", orgWords[rng.IntN(len(orgWords))], orgWords[rng.IntN(len(orgWords))], i)
			e.Aliases = []string{fmt.Sprintf("C%d", i)}
		default:
			e.Name = fmt.Sprintf("%s and %s %d", issueWords[rng.IntN(len(issueWords))], issueWords[rng.IntN(len(issueWords))], i)
		}
		byKind[k] = append(byKind[k], e)
	}

	graphs := make([]*rightsgraph.ReportGraph, o.Reports)
	texts := make([]strings.Builder, o.Reports)
	runes := make([]int, o.Reports)
	seen := make([]map[string]*rightsgraph.Relation, o.Reports)
	declared := make([]map[string]bool, o.Reports)
	for r := range graphs {
		graphs[r] = &rightsgraph.ReportGraph{
			Report: &rightsgraph.Entity{ID: fmt.Sprintf("report/synthetic-%d", r), Kind: rightsgraph.KindReport, Name: fmt.Sprintf("Synthetic report %d", r), Source: "synth"},
		}
		seen[r] = map[string]*rightsgraph.Relation{}
		declared[r] = map[string]bool{}
	}
	for i := range o.Relations {
		s := shapes[i%len(shapes)]
		froms, tos := byKind[s.from], byKind[s.to]
		if len(froms) == 0 || len(tos) == 0 {
			continue
		}
		from, to := froms[rng.IntN(len(froms))], tos[rng.IntN(len(tos))]
		if from == to {
			continue
		}
		r := i % o.Reports
		sentence := fmt.Sprintf("In fact %d, %s %s %s.", i, from.Name, s.verb, to.Name)
		start := runes[r]
		texts[r].WriteString(sentence)
		texts[r].WriteByte(' ')
		n := utf8.RuneCountInString(sentence)
		runes[r] += n + 1
		id := rightsgraph.RelationID(from.ID, s.t, to.ID)
		rel, ok := seen[r][id]
		if !ok {
			rel = &rightsgraph.Relation{ID: id, Type: s.t, From: from.ID, To: to.ID}
			seen[r][id] = rel
			graphs[r].Relations = append(graphs[r].Relations, rel)
			for _, e := range []*rightsgraph.Entity{from, to} {
				if !declared[r][e.ID] {
					declared[r][e.ID] = true
					graphs[r].Entities = append(graphs[r].Entities, e)
				}
			}
		}
		rel.Evidence = append(rel.Evidence, rightsgraph.Evidence{Report: graphs[r].Report.ID, Quote: sentence, Start: start, End: start + n})
	}
	for r, g := range graphs {
		g.Report.Text = texts[r].String()
		if g.Report.Text == "" {
			g.Report.Text = "An empty synthetic report."
		}
	}
	return graphs
}
