package inmem

import (
	"context"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/synth"
)

// TestLoadWritesMatchApply loads changing reports in two stores: one as
// this release journals loads (the writes that differ), one as version 1
// journals replay them (the whole graph applied). Both hold the same
// graph after every load, and the same after a reopen.
func TestLoadWritesMatchApply(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	got, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	want := New()
	// Reports of different seeds declare the same entities otherwise;
	// reloading one unchanged makes its declarations the latest again.
	steps := []struct {
		report int
		seed   uint64
	}{{0, 1}, {1, 1}, {2, 1}, {1, 2}, {0, 1}, {2, 3}, {0, 1}, {1, 2}, {1, 2}, {2, 1}, {0, 2}, {2, 1}}
	for i, st := range steps {
		g := synth.Generate(synth.Options{Reports: 3, Entities: 120, Relations: 300, Seed: st.seed})[st.report]
		if err := got.LoadReport(ctx, g); err != nil {
			t.Fatal(err)
		}
		want.mu.Lock()
		want.applyRecord(record{Op: opLoadReport, Graph: g.Redirect(map[string]string{})})
		want.mu.Unlock()
		if !sameGraph(got, want) {
			t.Fatalf("step %d: the graphs differ", i+1)
		}
	}
	got.Close()
	again, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if !sameGraph(again, want) {
		t.Error("the reopened graph differs")
	}
}

func sameGraph(a, b *Store) bool {
	snap := func(s *Store) ([]*rightsgraph.Entity, []*rightsgraph.Relation) {
		var es []*rightsgraph.Entity
		var rs []*rightsgraph.Relation
		s.EachEntity(context.Background(), func(e *rightsgraph.Entity) error { es = append(es, e); return nil })     //nolint:errcheck // never fails
		s.EachRelation(context.Background(), func(r *rightsgraph.Relation) error { rs = append(rs, r); return nil }) //nolint:errcheck // never fails
		return es, rs
	}
	ae, ar := snap(a)
	be, br := snap(b)
	return reflect.DeepEqual(ae, be) && reflect.DeepEqual(ar, br)
}
