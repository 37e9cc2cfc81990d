package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/export"
)

// TestReaders opens every export of the bundled report with the tools people
// open them with: networkx (Python), graphology and Cytoscape.js (Node).
// The readers, in readers/, print what they found as JSON. A reader that is
// not installed skips, unless REQUIRE_READERS=1, where it fails: the
// Makefile installs them (see readers/requirements.txt and package.json).
func TestReaders(t *testing.T) {
	store := MustSeed(t)
	st, err := store.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	lev, err := store.Entity(t.Context(), levID)
	if err != nil {
		t.Fatal(err)
	}
	leads := want(t, &rightsgraph.Subgraph{Edges: []*rightsgraph.Relation{mustRelation(t, store, leadsID)}}).Edges[0]

	dir := t.TempDir()
	files := map[string]string{}
	for name, write := range map[string]func(context.Context, io.Writer, export.Source) error{
		"graphml": export.GraphML,
		"gexf":    export.GEXF,
		"cyjs":    export.CytoscapeJSON,
		"csv":     export.CSVZip,
	} {
		files[name] = filepath.Join(dir, "rightsgraph."+name)
		var buf bytes.Buffer
		if err := write(t.Context(), &buf, store); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(files[name], buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	readersDir, err := filepath.Abs("readers")
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range []struct {
		name string
		// command returns the command that runs the reader, or why it cannot.
		command func() ([]string, string)
		// formats maps each format the tool reads to where the sample keeps
		// a node's name and an edge's relation type.
		formats map[string][2]string
	}{
		{"networkx", func() ([]string, string) { return pythonReader(readersDir) },
			map[string][2]string{"graphml": {"name", "type"}, "gexf": {"label", "type"}, "csv": {"Label", "relation_type"}}},
		{"graphology", func() ([]string, string) { return nodeReader(readersDir) },
			map[string][2]string{"graphml": {"name", "type"}, "gexf": {"label", "type"}}},
		{"cytoscape", func() ([]string, string) { return nodeReader(readersDir) },
			map[string][2]string{"cyjs": {"name", "type"}}},
	} {
		t.Run(tool.name, func(t *testing.T) {
			cmd, missing := tool.command()
			if missing != "" {
				if os.Getenv("REQUIRE_READERS") == "1" {
					t.Fatalf("%s (REQUIRE_READERS=1)", missing)
				}
				t.Skip(missing)
			}
			for format, keys := range tool.formats {
				t.Run(format, func(t *testing.T) {
					t.Parallel()
					got := runReader(t, append(cmd, format, files[format], levID, leadsID))
					if got.Nodes != st.Nodes || got.Edges != st.Relationships {
						t.Errorf("read %d nodes, %d edges; Stats says %d, %d", got.Nodes, got.Edges, st.Nodes, st.Relationships)
					}
					if !got.Directed {
						t.Error("read as an undirected graph")
					}
					n, e := got.Sample.Node, got.Sample.Edge
					if n["kind"] != "PERSON" || n[keys[0]] != lev.Name {
						t.Errorf("node %s read as %v, want kind PERSON and %s %q", levID, n, keys[0], lev.Name)
					}
					if e[keys[1]] != "LEADS" || e["role"] != "head" || e["source"] != levID || e["target"] != fhrID {
						t.Errorf("edge %s read as %v", leadsID, e)
					}
					if ev := evidenceOf(t, e["evidence"]); !reflect.DeepEqual(ev, leads.Evidence) {
						t.Errorf("evidence of %s read as %+v, want %+v", leadsID, ev, leads.Evidence)
					}
				})
			}
		})
	}
}

// readerResult is what every reader prints.
type readerResult struct {
	Nodes, Edges int
	Directed     bool
	Sample       struct {
		Node, Edge map[string]any
	}
}

func runReader(t *testing.T, args []string) readerResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.Bytes())
	}
	var r readerResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("%v printed %q: %v", args, stdout.Bytes(), err)
	}
	return r
}

// evidenceOf reads evidence as a reader printed it: a JSON string where the
// format keeps attributes as strings, an array in Cytoscape.js JSON.
func evidenceOf(t *testing.T, v any) []export.EvidenceJSON {
	t.Helper()
	b, ok := v.(string)
	if !ok {
		raw, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		b = string(raw)
	}
	var evs []export.EvidenceJSON
	if err := json.Unmarshal([]byte(b), &evs); err != nil {
		t.Fatalf("evidence %v: %v", v, err)
	}
	return evs
}

// pythonReader returns the command of the networkx reader: the project's
// .venv when there is one, else python3 from PATH.
func pythonReader(readersDir string) ([]string, string) {
	py := filepath.Join(filepath.Dir(filepath.Dir(readersDir)), ".venv", "bin", "python")
	if _, err := os.Stat(py); err != nil {
		if py, err = exec.LookPath("python3"); err != nil {
			return nil, "python3 not found"
		}
	}
	if out, err := exec.Command(py, "-c", "import networkx").CombinedOutput(); err != nil {
		return nil, "networkx is not installed for " + py + ": " + string(out) +
			"(python3 -m venv .venv && .venv/bin/pip install -r export/readers/requirements.txt)"
	}
	return []string{py, filepath.Join(readersDir, "read_networkx.py")}, ""
}

// nodeReader returns the command of the Node reader, once node and the
// packages it imports are there.
func nodeReader(readersDir string) ([]string, string) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, "node not found"
	}
	for _, p := range []string{"graphology", "graphology-gexf", "graphology-graphml", "cytoscape"} {
		if _, err := os.Stat(filepath.Join(readersDir, "node_modules", p, "package.json")); err != nil {
			return nil, "npm package " + p + " is not installed (cd export/readers && npm ci)"
		}
	}
	return []string{node, filepath.Join(readersDir, "read_graphology.mjs")}, ""
}
