package benchapi

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// peerStartTimeout bounds how long the peer may take to serve.
const peerStartTimeout = 2 * time.Minute

// peer is the @neo4j/graphql server, a Node child process.
type peer struct {
	cmd   *exec.Cmd
	stdin io.Closer
	url   string
	dir   string // holds the type definitions
}

// startPeer runs bench/peer/server.js (in dir, after npm ci) over the
// Neo4j at uri, with PeerTypeDefs, and waits until it serves.
func startPeer(ctx context.Context, dir string, neo Neo4jConfig, stderr io.Writer) (*peer, error) {
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql")); err != nil {
		return nil, fmt.Errorf("the peer's packages are not installed: run npm ci in %s (make bench-api does)", dir)
	}
	tmp, err := os.MkdirTemp("", "benchapi-peer-")
	if err != nil {
		return nil, err
	}
	typedefs := filepath.Join(tmp, "typedefs.graphql")
	if err := os.WriteFile(typedefs, []byte(PeerTypeDefs()), 0o600); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	cmd := exec.Command("node", "server.js")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"NEO4J_URI="+neo.URI, "NEO4J_USER="+neo.User, "NEO4J_PASSWORD="+neo.Password,
		"NEO4J_DATABASE="+neo.Database, "PEER_TYPEDEFS="+typedefs, "PEER_PORT=0")
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("starting the peer (node): %w", err)
	}
	p := &peer{cmd: cmd, stdin: stdin, dir: tmp}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "peer: listening on "); ok {
				found <- u
			}
		}
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			p.stop()
			return nil, fmt.Errorf("the peer exited before serving (its errors are above)")
		}
		p.url = u
	case <-time.After(peerStartTimeout):
		p.stop()
		return nil, fmt.Errorf("the peer did not serve within %v", peerStartTimeout)
	case <-ctx.Done():
		p.stop()
		return nil, ctx.Err()
	}
	return p, nil
}

// stop ends the peer by closing its standard input, and kills it if it
// has not exited within a few seconds.
func (p *peer) stop() {
	p.stdin.Close()
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
	os.RemoveAll(p.dir)
}
