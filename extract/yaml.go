package extract

import (
	"bytes"
	"cmp"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/rightsgraph/rightsgraph"
)

type yamlDoc struct {
	Report    yamlReport     `yaml:"report"`
	Entities  []yamlEntity   `yaml:"entities"`
	Relations []yamlRelation `yaml:"relations"`
}

type yamlReport struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Text        string `yaml:"text,omitempty"`
	URL         string `yaml:"url,omitempty"`
	Source      string `yaml:"source,omitempty"`
	PublishedAt string `yaml:"publishedAt,omitempty"`
	Attribution string `yaml:"attribution,omitempty"`
}

type yamlEntity struct {
	ID          string   `yaml:"id"`
	Kind        string   `yaml:"kind"`
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases,omitempty,flow"`
	Description string   `yaml:"description,omitempty"`
	StartDate   string   `yaml:"startDate,omitempty"`
	EndDate     string   `yaml:"endDate,omitempty"`
	Confidence  float64  `yaml:"confidence"`
	Rule        string   `yaml:"rule"`
}

type yamlRelation struct {
	Type       string  `yaml:"type"`
	From       string  `yaml:"from"`
	To         string  `yaml:"to"`
	Role       string  `yaml:"role,omitempty"`
	At         string  `yaml:"at,omitempty"`
	Quote      string  `yaml:"quote"`
	Occurrence int     `yaml:"occurrence,omitempty"`
	Confidence float64 `yaml:"confidence"`
	Rule       string  `yaml:"rule"`
}

// YAML writes the draft in the loader's annotation format, with a
// confidence and the rule that found it on every entity and relation. Meta
// fills the report block; without an id or a title it makes them from the
// title or the text's first line. Meta.TextFile names the text beside the
// YAML, which `rightsgraph seed` needs; without it the YAML suits a report
// sent whole (seed.ParseReport, the addReport mutation).
func (r *Result) YAML(m Meta) ([]byte, error) {
	m.Title = cmp.Or(strings.TrimSpace(m.Title), firstLine(r.Text), "Draft report")
	if m.ID == "" {
		m.ID = "report/" + cmp.Or(slug(m.Title), "draft")
	}
	rep := &rightsgraph.Entity{ID: m.ID, Kind: rightsgraph.KindReport, Name: m.Title, Text: cmp.Or(r.Text, " ")}
	if err := rep.Validate(); err != nil {
		return nil, err
	}
	doc := yamlDoc{Report: yamlReport{ID: m.ID, Title: m.Title, Text: m.TextFile, URL: m.URL, Source: m.Source,
		PublishedAt: m.PublishedAt, Attribution: m.Attribution}}
	doc.Entities = []yamlEntity{}
	doc.Relations = []yamlRelation{}
	for _, e := range r.Entities {
		doc.Entities = append(doc.Entities, yamlEntity{ID: e.ID, Kind: string(e.Kind), Name: e.Name, Aliases: e.Aliases,
			Description: e.Description, StartDate: e.StartDate, EndDate: e.EndDate, Confidence: e.Confidence, Rule: e.Rule})
	}
	for _, x := range r.Relations {
		from, to := x.From, x.To
		if from == ReportRef {
			from = m.ID
		}
		if to == ReportRef {
			to = m.ID
		}
		doc.Relations = append(doc.Relations, yamlRelation{Type: string(x.Type), From: from, To: to, Role: x.Role, At: x.At,
			Quote: x.Evidence.Quote, Occurrence: x.Evidence.Occurrence, Confidence: x.Confidence, Rule: x.Rule})
	}
	var buf bytes.Buffer
	buf.WriteString("# Draft annotation, written by the drafter from the report's text.\n")
	buf.WriteString("# Review every item: confidence (0 to 1) and rule say how sure it is and what found it.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func firstLine(text string) string {
	for _, l := range strings.Split(text[:min(len(text), 4096)], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if utf8.RuneCountInString(l) > 120 {
				rs := []rune(l)
				l = strings.TrimSpace(string(rs[:120]))
			}
			return l
		}
	}
	return ""
}
