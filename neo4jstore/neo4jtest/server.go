package neo4jtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// Server is a Neo4j server of a test's own, run by scripts/neo4j.sh in a
// temporary home, for tests that stop or kill it. It shares the jars of
// the main test server (.neo4j/lib).
type Server struct {
	tb   testing.TB
	home string
	Port int
	URI  string
}

// NewServer prepares, but does not start, a server on a free port. It is
// stopped when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	Config(tb) // skip or fail as every Neo4j test does
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s := &Server{tb: tb, home: tb.TempDir(), Port: port, URI: fmt.Sprintf("bolt://127.0.0.1:%d", port)}
	tb.Cleanup(func() { s.script("stop") })
	return s
}

// Home is the server's folder (NEO4J_HOME), where neo4j-admin finds its
// configuration and databases.
func (s *Server) Home() string { return s.home }

// Start starts the server and returns once it answers RETURN 1.
func (s *Server) Start() {
	s.tb.Helper()
	if out, err := s.script("start"); err != nil {
		s.tb.Fatalf("start Neo4j: %v\n%s", err, out)
	}
}

// Stop stops the server cleanly.
func (s *Server) Stop() {
	s.tb.Helper()
	if out, err := s.script("stop"); err != nil {
		s.tb.Fatalf("stop Neo4j: %v\n%s", err, out)
	}
}

// Kill ends the server with SIGKILL, as a crash would.
func (s *Server) Kill() {
	s.tb.Helper()
	b, err := os.ReadFile(filepath.Join(s.home, "run", "rightsgraph-neo4j.pid"))
	if err != nil {
		s.tb.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		s.tb.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		s.tb.Fatal(err)
	}
	p, _ := os.FindProcess(pid)
	p.Wait() //nolint:errcheck // not our child: this only reaps when it is
	for syscall.Kill(pid, 0) == nil {
		runtime.Gosched()
	}
}

// Lib is the folder of the server's jars (NEO4J_LIB), which hold
// neo4j-admin's commands too.
func (s *Server) Lib() string { return filepath.Join(repoRoot(), ".neo4j", "lib") }

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func (s *Server) script(cmd string) (string, error) {
	c := exec.Command(filepath.Join(repoRoot(), "scripts", "neo4j.sh"), cmd)
	c.Env = append(os.Environ(),
		"NEO4J_HOME="+s.home,
		"NEO4J_BOLT_PORT="+strconv.Itoa(s.Port),
		"NEO4J_LIB="+s.Lib(),
	)
	out, err := c.CombinedOutput()
	return string(out), err
}
