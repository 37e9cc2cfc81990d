package benchapi

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestStartChildFails checks that a server that cannot serve ends the
// start with an error, rather than a wait.
func TestStartChildFails(t *testing.T) {
	var stderr bytes.Buffer
	c, err := startChild(context.Background(), childSpec{Target: "nothing"}, &stderr)
	if err == nil {
		c.stop()
		t.Fatal("startChild served a target that does not exist")
	}
	if !strings.Contains(err.Error(), "exited") || !strings.Contains(stderr.String(), `no server for target "nothing"`) {
		t.Errorf("startChild = %v, stderr %q; want it to say the server exited, and why", err, stderr.String())
	}
}

func TestProfileName(t *testing.T) {
	for _, tc := range []struct{ name, target, want string }{
		{"cpu.prof", TargetNeo4j, "cpu.neo4j.prof"},
		{"/tmp/x/cpu.prof", TargetEmbedded, "/tmp/x/cpu.embedded.prof"},
		{"cpu", TargetNeo4j, "cpu.neo4j"},
	} {
		if got := profileName(tc.name, tc.target); got != tc.want {
			t.Errorf("profileName(%q, %q) = %q, want %q", tc.name, tc.target, got, tc.want)
		}
	}
}
