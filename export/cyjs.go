package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/rightsgraph/rightsgraph"
)

// cyNode and cyEdge are the elements of Cytoscape.js JSON. Optional strings
// are left out when empty; aliases and evidence are always arrays.
type cyNode struct {
	Data struct {
		ID          string   `json:"id"`
		Label       string   `json:"label"`
		Kind        string   `json:"kind"`
		Name        string   `json:"name"`
		Aliases     []string `json:"aliases"`
		Description string   `json:"description,omitempty"`
	} `json:"data"`
}

type cyEdge struct {
	Data struct {
		ID       string         `json:"id"`
		Source   string         `json:"source"`
		Target   string         `json:"target"`
		Type     string         `json:"type"`
		Label    string         `json:"label"`
		Role     string         `json:"role,omitempty"`
		At       string         `json:"at,omitempty"`
		Evidence []EvidenceJSON `json:"evidence"`
	} `json:"data"`
}

// CytoscapeJSON writes the graph as the elements JSON of Cytoscape.js (and
// Cytoscape's .cyjs): {"elements": {"nodes": [...], "edges": [...]}}, each
// element {"data": {...}}. A node's data holds id, label (its name), kind,
// name, aliases and description; an edge's holds id, source, target, type,
// label (its type), role, at and evidence (an array of {report, quote,
// start, end}). It writes one element at a time, never the whole document.
func CytoscapeJSON(ctx context.Context, w io.Writer, s Source) error {
	s, err := Consistent(ctx, s)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	// sep writes what goes before an element: nothing before the first.
	first := true
	sep := func() error {
		text := ",\n"
		if first {
			text, first = "\n", false
		}
		_, err := bw.WriteString(text)
		return err
	}
	// element writes one node or edge, after its separator.
	element := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := sep(); err != nil {
			return err
		}
		_, err = bw.Write(b)
		return err
	}
	if _, err := bw.WriteString(`{"elements":{"nodes":[`); err != nil {
		return err
	}
	err = s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		var n cyNode
		n.Data.ID, n.Data.Label, n.Data.Kind, n.Data.Name = e.ID, e.Name, string(e.Kind), e.Name
		n.Data.Aliases, n.Data.Description = nonNil(e.Aliases), e.Description
		return element(n)
	})
	if err != nil {
		return fmt.Errorf("export nodes: %w", err)
	}
	if _, err := bw.WriteString("\n],\"edges\":["); err != nil {
		return err
	}
	first = true
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		var e cyEdge
		e.Data.ID, e.Data.Source, e.Data.Target = r.ID, r.From, r.To
		e.Data.Type, e.Data.Label, e.Data.Role, e.Data.At = string(r.Type), string(r.Type), r.Role, r.At
		e.Data.Evidence = evidenceJSON(r.Evidence)
		return element(e)
	})
	if err != nil {
		return fmt.Errorf("export edges: %w", err)
	}
	if _, err := bw.WriteString("\n]}}\n"); err != nil {
		return err
	}
	return bw.Flush()
}
