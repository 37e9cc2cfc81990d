package seed

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// annotation is the YAML file of a report: the report's own facts, the
// entities it names and the relations it states. Every part remembers the
// lines its fields were on, for messages.
type annotation struct {
	Report    reportDoc     `yaml:"report"`
	Entities  []entityDoc   `yaml:"entities"`
	Relations []relationDoc `yaml:"relations"`
	lines
}

type reportDoc struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Text        string `yaml:"text"`
	URL         string `yaml:"url"`
	Source      string `yaml:"source"`
	PublishedAt string `yaml:"publishedAt"`
	Attribution string `yaml:"attribution"`
	Description string `yaml:"description"`
	Visibility  string `yaml:"visibility"`
	lines
}

type entityDoc struct {
	ID          string   `yaml:"id"`
	Kind        string   `yaml:"kind"`
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases"`
	Description string   `yaml:"description"`
	StartDate   string   `yaml:"startDate"`
	EndDate     string   `yaml:"endDate"`
	Visibility  string   `yaml:"visibility"`
	scored      `yaml:",inline"`
	lines
}

type relationDoc struct {
	Type       string `yaml:"type"`
	From       string `yaml:"from"`
	To         string `yaml:"to"`
	Role       string `yaml:"role"`
	At         string `yaml:"at"`
	Quote      string `yaml:"quote"`
	Occurrence int    `yaml:"occurrence"`
	Visibility string `yaml:"visibility"`
	scored     `yaml:",inline"`
	lines
}

// scored is what a drafter adds to an entity or relation for its reviewer:
// how sure it is (0 to 1) and the rule that found it. Both are checked, not
// stored.
type scored struct {
	Confidence *float64 `yaml:"confidence"`
	Rule       string   `yaml:"rule"`
}

// lines records where a mapping and each of its keys were in the file.
type lines struct {
	at      int
	fields  map[string]int
	unknown []string // keys that name no field
}

// line returns the line of a field, or of the mapping when the field is absent.
func (l lines) line(field string) int {
	if n, ok := l.fields[field]; ok {
		return n
	}
	return l.at
}

// record reads the lines of a mapping node and notes keys not in known.
func (l *lines) record(n *yaml.Node, known []string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping of %s", n.Line, strings.Join(known, ", "))
	}
	l.at, l.fields = n.Line, map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		l.fields[k.Value] = k.Line
		if !slices.Contains(known, k.Value) {
			l.unknown = append(l.unknown, k.Value)
		}
	}
	return nil
}

// UnmarshalYAML decodes the file and records its lines.
func (a *annotation) UnmarshalYAML(n *yaml.Node) error {
	type plain annotation
	if err := decodeWithLines(n, (*plain)(a), &a.lines, "report", "entities", "relations"); err != nil {
		return err
	}
	return emptyItems(n, "entities", "relations")
}

// emptyItems finds an empty item ("-" alone) in the lists under keys: the
// YAML library drops it from a list of structs without a word.
func emptyItems(n *yaml.Node, keys ...string) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		list := n.Content[i+1]
		if list.Kind == yaml.AliasNode {
			list = list.Alias
		}
		if !slices.Contains(keys, n.Content[i].Value) || list.Kind != yaml.SequenceNode {
			continue
		}
		for _, item := range list.Content {
			target := item
			if target.Kind == yaml.AliasNode {
				target = target.Alias
			}
			if target.ShortTag() == "!!null" {
				return fmt.Errorf("line %d: empty item in %s", item.Line, n.Content[i].Value)
			}
		}
	}
	return nil
}

// UnmarshalYAML decodes the report block and records its lines.
func (d *reportDoc) UnmarshalYAML(n *yaml.Node) error {
	type plain reportDoc
	return decodeWithLines(n, (*plain)(d), &d.lines, "id", "title", "text", "url", "source", "publishedAt", "attribution", "description", "visibility")
}

// UnmarshalYAML decodes an entity and records its lines.
func (d *entityDoc) UnmarshalYAML(n *yaml.Node) error {
	type plain entityDoc
	return decodeWithLines(n, (*plain)(d), &d.lines, "id", "kind", "name", "aliases", "description", "startDate", "endDate", "confidence", "rule", "visibility")
}

// UnmarshalYAML decodes a relation and records its lines.
func (d *relationDoc) UnmarshalYAML(n *yaml.Node) error {
	type plain relationDoc
	return decodeWithLines(n, (*plain)(d), &d.lines, "type", "from", "to", "role", "at", "quote", "occurrence", "confidence", "rule", "visibility")
}

func decodeWithLines(n *yaml.Node, v any, l *lines, known ...string) error {
	if err := l.record(n, known); err != nil {
		return err
	}
	// Decoding into the plain type keeps lines (unexported) untouched.
	saved := *l
	if err := n.Decode(v); err != nil {
		return err
	}
	*l = saved
	return nil
}
