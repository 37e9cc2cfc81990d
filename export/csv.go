package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// The headers of the CSV files. Gephi's spreadsheet import knows Id and
// Label for nodes, and Source, Target, Type (Directed or Undirected), Id and
// Label for edges; every other column becomes an attribute. The relation's
// own type is therefore relation_type.
var (
	csvNodeHeader = []string{"Id", "Label", "kind", "aliases", "description"}
	csvEdgeHeader = []string{"Source", "Target", "Type", "Id", "Label", "relation_type", "role", "at", "evidence"}
)

// CSV writes the graph as the two files of Gephi's spreadsheet import:
// nodes (Id, Label = name, kind, aliases as a JSON array of strings,
// description) and edges (Source, Target, Type = Directed, Id, Label = the
// relation type, relation_type, role, at, evidence as a JSON array of
// {report, quote, start, end}). It writes all the nodes, then all the edges.
//
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
// return as a formula, so such a cell (and one that starts with ', to keep
// the rule reversible) is written with a ' in front, as OWASP advises
// against CSV injection: a reader that wants the value drops one leading '.
func CSV(ctx context.Context, nodes, edges io.Writer, s Source) error {
	if err := csvNodes(ctx, nodes, s); err != nil {
		return err
	}
	return csvEdges(ctx, edges, s)
}

// CSVZip writes the two files of CSV, nodes.csv and edges.csv, in one zip
// archive: the form in which HTTP serves the csv format.
func CSVZip(ctx context.Context, w io.Writer, s Source) error {
	zw := zip.NewWriter(w)
	for _, part := range []struct {
		name  string
		write func(context.Context, io.Writer, Source) error
	}{{"nodes.csv", csvNodes}, {"edges.csv", csvEdges}} {
		f, err := zw.Create(part.name)
		if err != nil {
			return err
		}
		if err := part.write(ctx, f, s); err != nil {
			return err
		}
	}
	return zw.Close()
}

func csvNodes(ctx context.Context, w io.Writer, s Source) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvNodeHeader); err != nil {
		return err
	}
	err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		aliases, err := json.Marshal(nonNil(e.Aliases))
		if err != nil {
			return err
		}
		return cw.Write(cells(e.ID, e.Name, string(e.Kind), string(aliases), e.Description))
	})
	if err != nil {
		return fmt.Errorf("export nodes: %w", err)
	}
	cw.Flush()
	return cw.Error()
}

func csvEdges(ctx context.Context, w io.Writer, s Source) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvEdgeHeader); err != nil {
		return err
	}
	err := s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		ev, err := evidenceString(r)
		if err != nil {
			return err
		}
		return cw.Write(cells(r.From, r.To, "Directed", r.ID, string(r.Type), string(r.Type), r.Role, r.At, ev))
	})
	if err != nil {
		return fmt.Errorf("export edges: %w", err)
	}
	cw.Flush()
	return cw.Error()
}

// cells neutralises the values of a row: one that a spreadsheet would run
// as a formula, or that starts with ', gets a ' in front.
func cells(values ...string) []string {
	for i, v := range values {
		if v != "" && strings.ContainsRune("=+-@\t\r'", rune(v[0])) {
			values[i] = "'" + v
		}
	}
	return values
}
