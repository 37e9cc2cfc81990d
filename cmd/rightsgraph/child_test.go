package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The attack tests run serve in a child process (the test binary itself,
// running the same test) so that they can read its memory and CPU from
// /proc while they attack it over TCP.

// childEnv, when set, holds the environment (a JSON object) with which the
// test binary serves instead of running the test that started it.
const childEnv = "RIGHTSGRAPH_TEST_CHILD_ENV"

// child is serve running in a process of its own.
type child struct {
	base   string
	pid    int
	dir    string // its data folder
	token  string // an editor's
	stderr *syncBuffer
}

// startChild makes an editor's token in a data folder (kv's, or a fresh
// one), then serves it in a child process with the environment kv and
// waits until it is ready. The calling test must begin with serveIfChild.
func startChild(t *testing.T, kv map[string]string) *child {
	t.Helper()
	kv = merged(kv, map[string]string{"RIGHTSGRAPH_DATA": t.TempDir()})
	var out bytes.Buffer
	if err := run(context.Background(), []string{"token", "create", "-role", "editor", "-name", "attacker"}, env(kv), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	raw, _ := json.Marshal(kv)
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$")
	cmd.Env = append(os.Environ(), childEnv+"="+string(raw))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{dir: kv["RIGHTSGRAPH_DATA"], token: lines[len(lines)-1], stderr: &syncBuffer{}}
	cmd.Stderr = c.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c.pid = cmd.Process.Pid
	t.Cleanup(func() {
		cmd.Process.Kill() //nolint:errcheck // it may be gone already
		cmd.Wait()         //nolint:errcheck // killed
		if t.Failed() {
			t.Logf("server log (last 4 KB):\n%s", tail(c.stderr.String(), 4096))
		}
	})
	for sc := bufio.NewScanner(stdout); sc.Scan(); {
		if m := listening.FindStringSubmatch(sc.Text()); m != nil {
			c.base = m[1]
			break
		}
	}
	if c.base == "" {
		t.Fatalf("the child never listened:\n%s", c.stderr.String())
	}
	go io.Copy(io.Discard, stdout) //nolint:errcheck // drain the child's log
	waitReady(t, c.base)
	return c
}

// serveIfChild serves, and never returns, when the process is the child
// of startChild.
func serveIfChild(t *testing.T) {
	raw := os.Getenv(childEnv)
	if raw == "" {
		return
	}
	var kv map[string]string
	if err := json.Unmarshal([]byte(raw), &kv); err != nil {
		t.Fatal(err)
	}
	err := run(context.Background(), []string{"serve", "-addr", "127.0.0.1:0"}, env(kv), os.Stdout, os.Stderr)
	t.Fatalf("serve ended: %v", err)
}

// merged returns a's entries over b's.
func merged(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range b {
		out[k] = v
	}
	for k, v := range a {
		out[k] = v
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// procStatus reads a field of /proc/<pid>/status in bytes (VmRSS, VmHWM),
// or 0 when the process is gone.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// rssKiB reads the resident set of a process, in KiB.
func rssKiB(t *testing.T, pid int) int64 {
	t.Helper()
	n := procStatus(pid, "VmRSS")
	if n == 0 {
		t.Fatalf("no VmRSS in /proc/%d/status", pid)
	}
	return n >> 10
}

// watchRSS samples the resident set of a process until stop is called,
// which returns the peak in KiB.
func watchRSS(t *testing.T, pid int) (stop func() int64) {
	t.Helper()
	peak := rssKiB(t, pid)
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				peak = max(peak, procStatus(pid, "VmRSS")>>10)
			}
		}
	}()
	return func() int64 {
		close(done)
		<-finished
		return peak
	}
}

// cpuTime reads the CPU time, user and system, the process has used.
func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which ends with ")": utime and
	// stime are the 12th and 13th, in clock ticks of 1/100 s.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// measure runs attack while it samples the child's resident memory, and
// returns the peak (the larger of the samples and the kernel's own
// high-water mark) and the CPU time the attack cost the child.
func (c *child) measure(attack func()) (peakRSS int64, cpu time.Duration) {
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var sampled int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			sampled = max(sampled, procStatus(c.pid, "VmRSS"))
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	before := cpuTime(c.pid)
	attack()
	cpu = cpuTime(c.pid) - before
	close(stop)
	wg.Wait()
	return max(sampled, procStatus(c.pid, "VmHWM")), cpu
}
