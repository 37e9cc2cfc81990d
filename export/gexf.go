package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph"
)

// gexfNamespace is the namespace of GEXF 1.3. Readers find the graph by it:
// networkx looks for {http://gexf.net/1.3}graph.
const gexfNamespace = "http://gexf.net/1.3"

// gexfAttribute declares one attribute of nodes or edges. Its id is its
// title, so that a file reads without the declarations at hand.
type gexfAttribute struct {
	XMLName xml.Name `xml:"attribute"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title,attr"`
	Type    string   `xml:"type,attr"`
}

var (
	gexfNodeAttributes = []string{"kind", "aliases", "description"}
	gexfEdgeAttributes = []string{"type", "role", "at", "evidence"}
)

// GEXF writes the graph as GEXF 1.3, the native format of Gephi: one node
// per entity, labelled with its name, with the attributes kind, aliases (a
// JSON array) and description; one directed edge per relation, labelled
// with its type, with the attributes type, role, at and evidence (a JSON
// array of {report, quote, start, end}). Empty attributes are left out.
func GEXF(ctx context.Context, w io.Writer, s Source) error {
	s, err := Consistent(ctx, s)
	if err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	root := xml.StartElement{Name: xml.Name{Local: "gexf"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: gexfNamespace},
		{Name: xml.Name{Local: "version"}, Value: "1.3"},
	}}
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	if err := enc.Encode(struct {
		XMLName xml.Name `xml:"meta"`
		Creator string   `xml:"creator"`
	}{Creator: "rightsgraph"}); err != nil {
		return err
	}
	graph := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "defaultedgetype"}, Value: "directed"},
		{Name: xml.Name{Local: "mode"}, Value: "static"},
	}}
	if err := enc.EncodeToken(graph); err != nil {
		return err
	}
	for _, class := range []struct {
		name   string
		titles []string
	}{{"node", gexfNodeAttributes}, {"edge", gexfEdgeAttributes}} {
		attrs := make([]gexfAttribute, len(class.titles))
		for i, t := range class.titles {
			attrs[i] = gexfAttribute{ID: t, Title: t, Type: "string"}
		}
		if err := enc.Encode(struct {
			XMLName    xml.Name        `xml:"attributes"`
			Class      string          `xml:"class,attr"`
			Mode       string          `xml:"mode,attr"`
			Attributes []gexfAttribute `xml:"attribute"`
		}{Class: class.name, Mode: "static", Attributes: attrs}); err != nil {
			return err
		}
	}

	nodes := xml.StartElement{Name: xml.Name{Local: "nodes"}}
	if err := enc.EncodeToken(nodes); err != nil {
		return err
	}
	err = s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		aliases, err := aliasesString(e)
		if err != nil {
			return err
		}
		return enc.Encode(gexfElement{
			XMLName: xml.Name{Local: "node"}, ID: e.ID, Label: e.Name,
			AttValues: attValues("kind", string(e.Kind), "aliases", aliases, "description", e.Description),
		})
	})
	if err != nil {
		return fmt.Errorf("export nodes: %w", err)
	}
	if err := enc.EncodeToken(nodes.End()); err != nil {
		return err
	}

	edges := xml.StartElement{Name: xml.Name{Local: "edges"}}
	if err := enc.EncodeToken(edges); err != nil {
		return err
	}
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		ev, err := evidenceString(r)
		if err != nil {
			return err
		}
		return enc.Encode(gexfElement{
			XMLName: xml.Name{Local: "edge"}, ID: r.ID, Source: r.From, Target: r.To,
			Label:     string(r.Type),
			AttValues: attValues("type", string(r.Type), "role", r.Role, "at", r.At, "evidence", ev),
		})
	})
	if err != nil {
		return fmt.Errorf("export edges: %w", err)
	}
	for _, end := range []xml.EndElement{edges.End(), graph.End(), root.End()} {
		if err := enc.EncodeToken(end); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// gexfElement is a node or an edge. Values live in attributes, where
// encoding/xml writes newlines and tabs as character references, so that
// they survive attribute-value normalisation.
type gexfElement struct {
	XMLName   xml.Name
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr,omitempty"`
	Target    string         `xml:"target,attr,omitempty"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// attValues pairs attribute ids with values, leaving out empty values.
func attValues(kv ...string) []gexfAttValue {
	var out []gexfAttValue
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gexfAttValue{For: kv[i], Value: kv[i+1]})
		}
	}
	return out
}
