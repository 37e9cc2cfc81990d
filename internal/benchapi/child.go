package benchapi

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/internal/gctune"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
	"github.com/rightsgraph/rightsgraph/server"
	"github.com/rightsgraph/rightsgraph/synth"
)

// childEnv names the environment variable that makes a process a server
// of the benchmark (see ChildMain): it holds the childSpec as JSON.
const childEnv = "BENCHAPI_SERVE"

// childStartTimeout bounds how long a server may take to load its graph
// and serve: the embedded store loads the whole synthetic graph first.
const childStartTimeout = 15 * time.Minute

// childSpec is what a server of the benchmark serves.
type childSpec struct {
	// Target is TargetNeo4j or TargetEmbedded.
	Target string
	Neo4j  Neo4jConfig
	// Entities and Relations size the synthetic graph the embedded store
	// loads (the same as the parent's: synth is reproducible).
	Entities, Relations int
}

// The lines a server and its parent exchange. The server writes
// childListening with its URL once it serves, and childStopped once a CPU
// profile is written; the parent writes childProfile with a file name to
// start a CPU profile, childStop to end it, and closes the server's
// standard input to end the server.
const (
	childListening = "benchapi server: listening on "
	childProfile   = "profile "
	childStop      = "stop"
	childStopped   = "stopped"
)

// ChildMain serves rightsgraph and exits when the process was started by
// Run as the server of one target, and returns at once otherwise. Every
// program that runs Run calls it first (cmd/benchapi, and the tests'
// TestMain): Run starts each of rightsgraph's servers as a copy of the
// running executable, so that each is measured in a process of its own,
// whose garbage collector sees only its own heap.
func ChildMain() {
	raw, ok := os.LookupEnv(childEnv)
	if !ok {
		return
	}
	if err := serveChild(raw, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchapi server:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// serveChild loads or opens the store spec asks for, serves rightsgraph
// over it on a free local port, and returns when in ends (the parent
// closed it, or exited), obeying its profile commands meanwhile.
func serveChild(raw string, in io.Reader, out io.Writer) error {
	var spec childSpec
	if err := json.Unmarshal([]byte(raw), &spec); err != nil {
		return fmt.Errorf("%s: %w", childEnv, err)
	}
	// The garbage collector as serve sets it by default.
	defer gctune.Start(gctune.DefaultHeadroom).Stop()
	ctx := context.Background()
	var store rightsgraph.Store
	switch spec.Target {
	case TargetEmbedded:
		emb := inmem.New()
		defer emb.Close()
		if err := loadGraph(ctx, emb, synth.Generate(syntheticOptions(spec.Entities, spec.Relations))); err != nil {
			return fmt.Errorf("loading the embedded store: %w", err)
		}
		store = emb
	case TargetNeo4j:
		n, err := neo4jstore.Open(neo4jstore.Config{URI: spec.Neo4j.URI, User: spec.Neo4j.User, Password: spec.Neo4j.Password, Database: spec.Neo4j.Database})
		if err != nil {
			return err
		}
		defer n.Close()
		store = n
	default:
		return fmt.Errorf("no server for target %q", spec.Target)
	}
	// The first read through the guard plans Neo4j's query of what is
	// restricted, which can outlast a readiness probe's two seconds on a
	// busy machine, and a probe that gives up never lets it finish: read
	// once without a deadline before serving.
	if _, err := rightsgraph.Guard(store).Stats(ctx); err != nil {
		return fmt.Errorf("the first read of %s: %w", spec.Target, err)
	}
	url, stop, err := serveRightsgraph(store)
	if err != nil {
		return err
	}
	defer stop()
	if _, err := fmt.Fprintln(out, childListening+url); err != nil {
		return err
	}
	sc := bufio.NewScanner(in)
	var profile *os.File
	defer func() {
		if profile != nil {
			pprof.StopCPUProfile()
			profile.Close()
		}
	}()
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, childProfile) && profile == nil:
			f, err := os.Create(strings.TrimPrefix(line, childProfile))
			if err != nil {
				return err
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				f.Close()
				return err
			}
			profile = f
		case line == childStop:
			if profile != nil {
				pprof.StopCPUProfile()
				err := profile.Close()
				profile = nil
				if err != nil {
					return err
				}
			}
			if _, err := fmt.Fprintln(out, childStopped); err != nil {
				return err
			}
		default:
			return fmt.Errorf("unknown command %q", line)
		}
	}
	return sc.Err()
}

// serveRightsgraph serves rightsgraph's API over a loaded store on a free
// local port, as serve does once the store is up. It does not call
// SetNotReady, which would start the whole-graph analysis in the
// background: a one-off at start-up that none of the questions uses, and
// that would otherwise run during the measurement.
func serveRightsgraph(s rightsgraph.Store) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	api := server.New(s, slog.New(slog.DiscardHandler), server.Options{MaxBody: 1 << 20, Timeout: time.Minute})
	srv := &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + "/graphql", func() { srv.Close(); api.Close() }, nil
}

// child is a server of the benchmark running in its own process.
type child struct {
	target string
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string // the server's standard output, line by line
	done   chan struct{}
	url    string
}

// startChild starts the server of target as a copy of the running
// executable (see ChildMain), and returns once it serves and its store
// answers (/readyz). Its errors go to stderr.
func startChild(ctx context.Context, spec childSpec, stderr io.Writer) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(spec)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"="+string(raw))
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the server of %s: %w", spec.Target, err)
	}
	c := &child{target: spec.Target, cmd: cmd, stdin: stdin, lines: make(chan string, 4), done: make(chan struct{})}
	go func() {
		// Wait only after the last line is read: it closes the pipe.
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case c.lines <- sc.Text():
			default: // more than the parent waits for: not the protocol
			}
		}
		close(c.lines)
		cmd.Wait()
		close(c.done)
	}()
	ctx, cancel := context.WithTimeout(ctx, childStartTimeout)
	defer cancel()
	if err := c.waitReady(ctx); err != nil {
		c.stop()
		return nil, fmt.Errorf("the server of %s: %w", spec.Target, err)
	}
	return c, nil
}

// waitReady waits for the server's URL, then for /readyz to answer 200.
func (c *child) waitReady(ctx context.Context) error {
	line, err := c.next(ctx)
	if err != nil {
		return err
	}
	u, ok := strings.CutPrefix(line, childListening)
	if !ok {
		return fmt.Errorf("said %q rather than where it listens", line)
	}
	c.url = u
	ready := strings.TrimSuffix(u, "/graphql") + "/readyz"
	client := &http.Client{Timeout: 5 * time.Second}
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, ready, nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("/readyz: %d %s", resp.StatusCode, strings.TrimSpace(string(body)))
		}
		select {
		case <-c.done:
			return fmt.Errorf("exited (its errors are above; last: %v)", err)
		case <-ctx.Done():
			return fmt.Errorf("not ready (%v): %w", err, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// next returns the next line the server writes.
func (c *child) next(ctx context.Context) (string, error) {
	select {
	case line, ok := <-c.lines:
		if !ok {
			<-c.done
			return "", errors.New("exited (its errors are above)")
		}
		return line, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// command writes one command to the server; stop waits for its answer.
func (c *child) command(ctx context.Context, cmd string) error {
	if _, err := fmt.Fprintln(c.stdin, cmd); err != nil {
		return fmt.Errorf("the server of %s: %w", c.target, err)
	}
	if cmd != childStop {
		return nil
	}
	line, err := c.next(ctx)
	if err != nil {
		return fmt.Errorf("the server of %s: %w", c.target, err)
	}
	if line != childStopped {
		return fmt.Errorf("the server of %s said %q rather than %q", c.target, line, childStopped)
	}
	return nil
}

// stop ends the server by closing its standard input, and kills it if it
// has not exited within a few seconds.
func (c *child) stop() {
	c.stdin.Close()
	select {
	case <-c.done:
	case <-time.After(5 * time.Second):
		c.cmd.Process.Kill()
		<-c.done
	}
}
