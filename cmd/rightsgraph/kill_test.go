package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// childServeEnv, when set, makes the test binary run `rightsgraph serve`
// over the data folder it names instead of the tests (see
// TestAcknowledgedMutationSurvivesKill).
const childServeEnv = "RIGHTSGRAPH_TEST_CHILD_DATA"

// TestAcknowledgedMutationSurvivesKill runs serve in a child process, sends
// it mutations, SIGKILLs it the moment the last is acknowledged, and finds
// every change, with its audit entry, after a restart.
func TestAcknowledgedMutationSurvivesKill(t *testing.T) {
	if dir := os.Getenv(childServeEnv); dir != "" {
		err := run(context.Background(), []string{"serve", "-addr", "127.0.0.1:0"},
			env(map[string]string{"RIGHTSGRAPH_DATA": dir}), os.Stdout, os.Stderr)
		t.Fatalf("serve ended: %v", err)
	}
	dir := t.TempDir()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir})
	var out bytes.Buffer
	if err := run(context.Background(), []string{"token", "create", "-role", "editor", "-name", "ngo"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]

	cmd := exec.Command(os.Args[0], "-test.run=^TestAcknowledgedMutationSurvivesKill$")
	cmd.Env = append(os.Environ(), childServeEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() }) //nolint:errcheck // already killed below
	base := ""
	for sc := bufio.NewScanner(stdout); sc.Scan(); {
		if m := listening.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("the child never listened")
	}
	go io.Copy(io.Discard, stdout) //nolint:errcheck // drain the child's log
	waitReady(t, base)

	mutate := func(base, q string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(`{"query":`+quoteJSON(q)+`}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
			t.Fatalf("mutation: %d %s", resp.StatusCode, body)
		}
	}
	mutate(base, `mutation { upsertEntity(input: {id: "organisation/harbour-watch", kind: ORGANISATION, name: "Harbour Watch", aliases: ["HW"]}) { entity { id } } }`)
	mutate(base, `mutation { mergeEntities(keep: "organisation/memorial-human-rights-centre", drop: "organisation/harbour-watch") { dropped } }`)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait() //nolint:errcheck // killed

	base, _ = startServerWith(t, getenv)
	waitReady(t, base)
	_, body := get(t, base+`/graphql?query=`+url.QueryEscape(`{ entity(id: "organisation/harbour-watch") { id aliases } }`))
	if !strings.Contains(body, "memorial-human-rights-centre") || !strings.Contains(body, "HW") {
		t.Errorf("after the kill: %s, want the merge into Memorial with the alias HW", body)
	}
}

func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
