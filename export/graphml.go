// Package export writes the graph in the file formats graph tools open.
// Every writer reads one state of the graph (see Consistent) and writes it
// as it goes, one entity or relation at a time.
package export

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph"
)

// Source is what an export reads: the whole graph (every rightsgraph.Store)
// or a part of it (*rightsgraph.Subgraph), each in id order.
type Source interface {
	EachEntity(ctx context.Context, fn func(*rightsgraph.Entity) error) error
	EachRelation(ctx context.Context, fn func(*rightsgraph.Relation) error) error
}

// Formats lists the export formats that write one file, by name. CSV is not
// among them: it is two files (see CSV), served over HTTP as one zip (see
// CSVZip).
var Formats = map[string]func(ctx context.Context, w io.Writer, s Source) error{
	"graphml": GraphML,
	"gexf":    GEXF,
	"cyjs":    CytoscapeJSON,
}

// ContentTypes gives the media type of each format. That of "csv" is the
// zip that CSVZip writes, as HTTP serves it.
var ContentTypes = map[string]string{
	"graphml": "application/graphml+xml",
	"gexf":    "application/gexf+xml",
	"cyjs":    "application/json",
	"csv":     "application/zip",
}

// graphmlKey declares one attribute of nodes or edges.
type graphmlKey struct {
	id, target, name string
}

var graphmlKeys = []graphmlKey{
	{"kind", "node", "kind"},
	{"name", "node", "name"},
	{"aliases", "node", "aliases"},
	{"description", "node", "description"},
	{"type", "edge", "type"},
	{"role", "edge", "role"},
	{"at", "edge", "at"},
	{"evidence", "edge", "evidence"},
}

// GraphML writes the whole graph as GraphML: one node per entity with the
// keys kind, name, aliases (a JSON array) and description; one directed edge
// per relation with type, role, at and evidence (a JSON array of
// {report, quote, start, end}).
func GraphML(ctx context.Context, w io.Writer, s Source) error {
	s, err := Consistent(ctx, s)
	if err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: "http://graphml.graphdrawing.org/xmlns"},
	}}
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	for _, k := range graphmlKeys {
		if err := enc.Encode(struct {
			XMLName  xml.Name `xml:"key"`
			ID       string   `xml:"id,attr"`
			For      string   `xml:"for,attr"`
			AttrName string   `xml:"attr.name,attr"`
			AttrType string   `xml:"attr.type,attr"`
		}{ID: k.id, For: k.target, AttrName: k.name, AttrType: "string"}); err != nil {
			return err
		}
	}
	graph := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "id"}, Value: "rightsgraph"},
		{Name: xml.Name{Local: "edgedefault"}, Value: "directed"},
	}}
	if err := enc.EncodeToken(graph); err != nil {
		return err
	}
	err = s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		aliases, err := aliasesString(e)
		if err != nil {
			return err
		}
		return enc.Encode(graphmlElement{
			XMLName: xml.Name{Local: "node"}, ID: e.ID,
			Data: data(
				"kind", string(e.Kind), "name", e.Name, "aliases", aliases,
				"description", e.Description),
		})
	})
	if err != nil {
		return fmt.Errorf("export nodes: %w", err)
	}
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		ev, err := evidenceString(r)
		if err != nil {
			return err
		}
		return enc.Encode(graphmlElement{
			XMLName: xml.Name{Local: "edge"}, ID: r.ID, Source: r.From, Target: r.To,
			Data: data("type", string(r.Type), "role", r.Role, "at", r.At, "evidence", ev),
		})
	})
	if err != nil {
		return fmt.Errorf("export edges: %w", err)
	}
	if err := enc.EncodeToken(graph.End()); err != nil {
		return err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

type graphmlElement struct {
	XMLName xml.Name
	ID      string        `xml:"id,attr"`
	Source  string        `xml:"source,attr,omitempty"`
	Target  string        `xml:"target,attr,omitempty"`
	Data    []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// data pairs keys with values, leaving out empty values.
func data(kv ...string) []graphmlData {
	var out []graphmlData
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, graphmlData{Key: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

// EvidenceJSON is how evidence is written inside export formats.
type EvidenceJSON struct {
	Report string `json:"report"`
	Quote  string `json:"quote"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

func evidenceJSON(evs []rightsgraph.Evidence) []EvidenceJSON {
	out := make([]EvidenceJSON, len(evs))
	for i, ev := range evs {
		out[i] = EvidenceJSON{Report: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End}
	}
	return out
}

// aliasesString returns the entity's aliases as a JSON array, [] when it has
// none, for formats whose attributes are strings.
func aliasesString(e *rightsgraph.Entity) (string, error) {
	b, err := json.Marshal(nonNil(e.Aliases))
	return string(b), err
}

// evidenceString returns the relation's evidence as a JSON array of
// EvidenceJSON, for formats whose attributes are strings.
func evidenceString(r *rightsgraph.Relation) (string, error) {
	b, err := json.Marshal(evidenceJSON(r.Evidence))
	return string(b), err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
