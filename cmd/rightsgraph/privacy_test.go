package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestExportRestricted exports a data folder with a restricted person and
// report: what anyone may see by default, everything with -restricted.
func TestExportRestricted(t *testing.T) {
	dir := t.TempDir()
	s, err := inmem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	storetest.LoadRestrictedGraph(t, s)
	s.Close()
	getenv := env(map[string]string{"RIGHTSGRAPH_DATA": dir})
	for _, args := range [][]string{
		{"export", "-format", "graphml"},
		{"export", "-format", "gexf", "-around", "organisation/valley-watch", "-depth", "2"},
		{"export", "-format", "cyjs", "-restricted"},
	} {
		var out bytes.Buffer
		if err := run(context.Background(), args, getenv, &out, io.Discard); err != nil {
			t.Fatal(args, err)
		}
		restricted := args[len(args)-1] == "-restricted"
		for _, secret := range []string{"Quorvasov", "Kestrel", "closed meeting"} {
			if n := strings.Count(out.String(), secret); restricted != (n > 0) {
				t.Errorf("%v: %q %d times", args, secret, n)
			}
		}
	}

	// A cleared token, listed as such.
	var out bytes.Buffer
	if err := run(context.Background(), []string{"token", "create", "-role", "reader", "-name", "lawyer", "-restricted"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"token", "list"}, getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(out.String()), " "), "lawyer reader true") {
		t.Errorf("token list:\n%s", out.String())
	}
}
