// Package benchapi measures rightsgraph's GraphQL API against the obvious
// alternative, @neo4j/graphql over the same Neo4j, and against raw Cypher
// through the Go driver (the floor): four questions analysts and
// visualisation tools ask, each with many parameter values drawn from the
// graph, answers checked equal across targets before anything is timed.
package benchapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/synth"
)

// Target names, as the table prints them and -targets selects them.
const (
	TargetNeo4j    = "rightsgraph/Neo4j"
	TargetEmbedded = "rightsgraph/embedded"
	TargetPeer     = "@neo4j/graphql"
	TargetCypher   = "raw Cypher"
)

// Neo4jConfig says how to reach the Neo4j the benchmark empties and fills.
type Neo4jConfig struct {
	URI, User, Password, Database string
}

// Config is one run of the benchmark.
type Config struct {
	Neo4j Neo4jConfig
	// Wipe agrees to emptying the Neo4j database (required).
	Wipe bool
	// Reuse keeps the Neo4j graph of an earlier run when its counts are
	// the embedded store's: for reruns while nothing in how neo4jstore
	// stores the graph has changed.
	Reuse bool
	// Entities and Relations size the synthetic graph.
	Entities, Relations int
	// Params is how many parameter values each question draws.
	Params int
	// Neighbourhood bounds the size of the 2-hop neighbourhoods Q2 draws;
	// zero is 100–150 nodes.
	NeighbourhoodMin, NeighbourhoodMax int
	// Duration is the load each target gets per question and concurrency;
	// Slice is how long it keeps the machine before the next target.
	Duration, Slice time.Duration
	// Concurrency lists the numbers of requests kept in flight.
	Concurrency []int
	// PeerDir is the peer's folder (bench/peer); "" leaves the peer out.
	PeerDir string
	// Targets and Questions select what runs; empty is everything.
	Targets   []string
	Questions []Question
	// CheckOnly stops after the answers are checked.
	CheckOnly bool
	// CPUProfile, when set, is where each of rightsgraph's servers writes
	// a CPU profile of the measurement (after the checks): the name with
	// the store before its extension (cpu.prof: cpu.neo4j.prof and
	// cpu.embedded.prof).
	CPUProfile string
	// Progress receives what the run is doing; nil is silent.
	Progress io.Writer
}

// Result is what a run measured.
type Result struct {
	Cells []*Cell
	// Checked counts the answers compared, by question.
	Checked map[Question]int
}

// Run loads the graph into a fresh Neo4j and an embedded store, serves
// rightsgraph over both, each in a process of its own (see ChildMain),
// starts the peer, checks that every target answers every question alike,
// and then measures them. It returns an error on any mismatch.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	want := func(name string) bool { return len(cfg.Targets) == 0 || slices.Contains(cfg.Targets, name) }
	// Only the embedded store runs without Neo4j: measuring it alone
	// neither needs nor empties a database.
	needNeo4j := want(TargetNeo4j) || want(TargetCypher) || cfg.PeerDir != "" && want(TargetPeer)
	if needNeo4j {
		if err := checkWipeable(cfg.Neo4j.URI, cfg.Wipe); err != nil {
			return nil, err
		}
	}
	progress := io.Discard
	if cfg.Progress != nil {
		// The peer's stderr is copied here from another goroutine.
		progress = &lockedWriter{w: cfg.Progress}
	}
	say := func(format string, args ...any) { fmt.Fprintf(progress, "benchapi: "+format+"\n", args...) }
	questions := cfg.Questions
	if len(questions) == 0 {
		questions = Questions
	}

	graphs := synth.Generate(syntheticOptions(cfg.Entities, cfg.Relations))
	synthetic := map[string]bool{}
	for _, g := range graphs {
		for _, e := range g.Entities {
			synthetic[e.ID] = true
		}
	}
	// The embedded store here is only read for the parameters; the
	// embedded target serves its own copy, loaded alike, in its own
	// process.
	emb := inmem.New()
	defer emb.Close()
	t0 := time.Now()
	if err := loadGraph(ctx, emb, graphs); err != nil {
		return nil, fmt.Errorf("loading the embedded store: %w", err)
	}
	say("loaded the bundled reports and %d entities / %d relations into the embedded store in %v", cfg.Entities, cfg.Relations, time.Since(t0).Round(time.Millisecond))
	var driver neo4j.DriverWithContext
	var neo rightsgraph.Store
	if needNeo4j {
		auth := neo4j.NoAuth()
		if cfg.Neo4j.Password != "" {
			auth = neo4j.BasicAuth(cfg.Neo4j.User, cfg.Neo4j.Password, "")
		}
		var err error
		driver, err = neo4j.NewDriverWithContext(cfg.Neo4j.URI, auth)
		if err != nil {
			return nil, fmt.Errorf("NEO4J_URI: %w", err)
		}
		defer driver.Close(context.Background())
		n, err := neo4jstore.Open(neo4jstore.Config{URI: cfg.Neo4j.URI, User: cfg.Neo4j.User, Password: cfg.Neo4j.Password, Database: cfg.Neo4j.Database})
		if err != nil {
			return nil, err
		}
		defer n.Close()
		neo = n
		if !cfg.Reuse || !sameCounts(ctx, emb, neo) {
			say("emptying Neo4j at %s", cfg.Neo4j.URI)
			if err := wipe(ctx, driver, cfg.Neo4j.Database); err != nil {
				return nil, err
			}
			t0 := time.Now()
			if err := loadGraph(ctx, neo, graphs); err != nil {
				return nil, fmt.Errorf("loading Neo4j: %w", err)
			}
			say("loaded the same into Neo4j in %v", time.Since(t0).Round(time.Millisecond))
		} else {
			say("reusing the graph already in Neo4j (same counts)")
		}
	}
	g, err := newGraphIndex(ctx, emb, synthetic)
	if err != nil {
		return nil, err
	}
	lo, hi := cfg.NeighbourhoodMin, cfg.NeighbourhoodMax
	if hi == 0 {
		lo, hi = defaultMinNeighbourhood, defaultMaxNeighbourhood
	}
	params, err := drawParams(g, cfg.Params, lo, hi, 1)
	if err != nil {
		return nil, err
	}
	// The load generator need not carry the graph through the measurement.
	g = nil
	emb.Close()
	runtime.GC()

	httpClient := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256}, Timeout: time.Minute}
	var targets []Target
	var rgTargets []string
	var children []*child
	for _, name := range []string{TargetNeo4j, TargetEmbedded} {
		if !want(name) || name == TargetNeo4j && !needNeo4j {
			continue
		}
		say("starting the server of %s", name)
		c, err := startChild(ctx, childSpec{Target: name, Neo4j: cfg.Neo4j, Entities: cfg.Entities, Relations: cfg.Relations}, progress)
		if err != nil {
			return nil, err
		}
		defer c.stop()
		children = append(children, c)
		targets = append(targets, &rightsgraphTarget{name: name, gqlClient: gqlClient{url: c.url, client: httpClient}})
		rgTargets = append(rgTargets, name)
	}
	if cfg.PeerDir != "" && want(TargetPeer) && needNeo4j {
		say("starting the peer in %s", cfg.PeerDir)
		p, err := startPeer(ctx, cfg.PeerDir, cfg.Neo4j, progress)
		if err != nil {
			return nil, err
		}
		defer p.stop()
		targets = append(targets, newPeerTarget(gqlClient{url: p.url, client: httpClient}))
	}
	if want(TargetCypher) && driver != nil {
		targets = append(targets, &cypherTarget{driver: driver, database: cfg.Neo4j.Database})
	}
	if len(targets) == 0 {
		return nil, errors.New("no target selected")
	}

	res := &Result{Checked: map[Question]int{}}
	for _, q := range questions {
		say("checking %d answers of %s on %d targets", cfg.Params, q, len(targets))
		n, err := check(ctx, targets, rgTargets, q, params[q])
		if err != nil {
			return nil, err
		}
		res.Checked[q] = n
	}
	if cfg.CheckOnly {
		return res, nil
	}
	if cfg.CPUProfile != "" {
		for _, c := range children {
			if err := c.command(ctx, childProfile+profileName(cfg.CPUProfile, c.target)); err != nil {
				return nil, err
			}
		}
	}
	for _, q := range questions {
		for _, c := range cfg.Concurrency {
			say("measuring %s at concurrency %d", q, c)
			res.Cells = append(res.Cells, measure(ctx, targets, q, params[q], c, cfg.Duration, cfg.Slice)...)
		}
	}
	if cfg.CPUProfile != "" {
		for _, c := range children {
			if err := c.command(ctx, childStop); err != nil {
				return nil, err
			}
		}
	}
	return res, ctx.Err()
}

// profileName is the CPU profile file of one target's server: name with
// the store before its extension.
func profileName(name, target string) string {
	store := strings.ToLower(strings.TrimPrefix(target, "rightsgraph/"))
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + store + ext
}

// sameCounts reports whether Neo4j holds as many entities of each kind,
// relations of each type and pieces of evidence as the embedded store.
func sameCounts(ctx context.Context, emb, neo rightsgraph.Store) bool {
	a, err := emb.Stats(ctx)
	if err != nil {
		return false
	}
	b, err := neo.Stats(ctx)
	if err != nil {
		return false
	}
	return reflect.DeepEqual(a, b)
}

// lockedWriter serialises writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// maxShown bounds the mismatches an error lists.
const maxShown = 3

// check asks every target every parameter value of a question and fails
// on any difference: the comparable part across every target, the rest
// between rightsgraph's two stores. Q3's top hit must also be the entity
// whose exact name was asked.
func check(ctx context.Context, targets []Target, rgTargets []string, q Question, params []Param) (int, error) {
	var problems []string
	n := 0
	for _, p := range params {
		answers := make([]Answer, len(targets))
		for i, t := range targets {
			a, err := t.Ask(ctx, q, p)
			if err != nil {
				return n, fmt.Errorf("%s on %s (%+v): %w", q, t.Name(), p, err)
			}
			answers[i] = a
			n++
		}
		ref := -1
		for i, t := range targets {
			if q == Q3 && answers[i].Common != p.ID {
				problems = append(problems, fmt.Sprintf("%s: %s ranks %q first for %q, not %s", q, t.Name(), answers[i].Common, p.Phrase, p.ID))
			}
			if ref < 0 {
				ref = i
				continue
			}
			if answers[i].Common != answers[ref].Common {
				problems = append(problems, fmt.Sprintf("%s(%s): %s and %s differ:\n%s\n-- vs --\n%s", q, paramString(p),
					targets[ref].Name(), t.Name(), clip(answers[ref].Common), clip(answers[i].Common)))
			}
		}
		var own []int
		for i, t := range targets {
			if slices.Contains(rgTargets, t.Name()) {
				own = append(own, i)
			}
		}
		if len(own) == 2 && answers[own[0]].Own != answers[own[1]].Own {
			problems = append(problems, fmt.Sprintf("%s(%s): rightsgraph's stores differ:\n%s\n-- vs --\n%s", q, paramString(p),
				clip(answers[own[0]].Own), clip(answers[own[1]].Own)))
		}
	}
	if len(problems) > 0 {
		more := ""
		if len(problems) > maxShown {
			more = fmt.Sprintf("\n(and %d more)", len(problems)-maxShown)
			problems = problems[:maxShown]
		}
		return n, fmt.Errorf("answers differ (%d values of %s):\n%s%s", len(params), q, strings.Join(problems, "\n"), more)
	}
	return n, ctx.Err()
}

func paramString(p Param) string {
	if p.Phrase != "" {
		return fmt.Sprintf("%q", p.Phrase)
	}
	return p.ID
}

func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}
