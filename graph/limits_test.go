package graph_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/introspection"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph"
)

// TestLimitsCountIntrospection checks that the depth, alias, field and
// complexity limits count introspection selections as they count others,
// while the standard introspection query of GraphiQL still answers.
func TestLimitsCountIntrospection(t *testing.T) {
	c := newClient(MustSeededStore(t))
	var aliases, fields strings.Builder
	for i := range 31 {
		fmt.Fprintf(&aliases, " a%d: types { name }", i)
	}
	for range 2001 {
		fields.WriteString(" name")
	}
	for _, tt := range []struct{ name, query, code string }{
		{"aliases inside __schema", "{ __schema {" + aliases.String() + " } }", graph.CodeAliasLimit},
		{"depth inside __type", `{ __type(name: "Person") { ` + strings.Repeat("ofType { ", 15) + "name" + strings.Repeat(" }", 15) + " } }", graph.CodeDepthLimit},
		{"fields inside __type", `{ __type(name: "Person") {` + fields.String() + " } }", graph.CodeFieldLimit},
		{"every type eight times", "{ __schema { a: types { ...T } b: types { ...T } c: types { ...T } d: types { ...T } e: types { ...T } f: types { ...T } g: types { ...T } h: types { ...T } } }" +
			" fragment T on __Type { name fields { name args { name type { name ofType { name } } } type { name ofType { name ofType { name } } } } }", graph.CodeComplexityLimit},
		{"introspection on top of a costly query", `{ persons(first: 100) { nodes { name relations(first: 95) { id } } } __schema { types { name fields { name } } } }`, graph.CodeComplexityLimit},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := MustErrors(t, c, tt.query)
			if errs[0].code() != tt.code {
				t.Errorf("code %q (%s), want %s", errs[0].code(), errs[0].Message, tt.code)
			}
		})
	}
	t.Run("the standard introspection query", func(t *testing.T) {
		var resp map[string]any
		MustPost(t, c, introspection.NewQuery(introspection.QueryOptions{OneOf: true}), &resp)
	})
	t.Run("the costly query alone", func(t *testing.T) {
		var resp map[string]any
		MustPost(t, c, `{ persons(first: 100) { nodes { name relations(first: 95) { id } } } }`, &resp)
	})
	t.Run("__type of one type", func(t *testing.T) {
		var resp map[string]any
		MustPost(t, c, `{ __type(name: "Person") { name fields { name type { name kind ofType { name } } } } }`, &resp)
	})
}

// TestLimitsOfAQueryAskedAgain checks that a query asked again is held to
// the limits as the first time, whatever its variables: one whose cost
// arguments take variables is measured with each request's values, and
// one that is measured once (its variables are not costs) passes with any
// values of them.
func TestLimitsOfAQueryAskedAgain(t *testing.T) {
	c := newClient(MustSeededStore(t))
	const costed = `query($n: Int, $m: Int) { persons(first: $n) { nodes { id relations(first: $m) { id } } } }`
	for _, tt := range []struct {
		name string
		n, m int
		code string // "" passes
	}{
		{"cheap", 5, 5, ""},
		{"costly page", 2000, 5, graph.CodeComplexityLimit},
		{"cheap again", 5, 5, ""},
		{"costly relations", 5, 3000, graph.CodeComplexityLimit},
		{"cheap once more", 5, 5, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			vars := []client.Option{client.Var("n", tt.n), client.Var("m", tt.m)}
			if tt.code == "" {
				var resp map[string]any
				MustPost(t, c, costed, &resp, vars...)
				return
			}
			if _, errs := MustErrors(t, c, costed, vars...); errs[0].code() != tt.code {
				t.Errorf("code %q (%s), want %s", errs[0].code(), errs[0].Message, tt.code)
			}
		})
	}
	t.Run("variables that are not costs", func(t *testing.T) {
		const q = `query($id: ID!, $types: [RelType!]) { entity(id: $id) { id relations(types: $types) { id } } }`
		for _, id := range []string{"person/lev-ponomarev", "organisation/memorial", "person/nobody"} {
			var resp map[string]any
			MustPost(t, c, q, &resp, client.Var("id", id), client.Var("types", []string{"LEADS"}))
		}
	})
	t.Run("a costly query without variables, twice", func(t *testing.T) {
		for range 2 {
			if _, errs := MustErrors(t, c, `{ persons(first: 100) { nodes { id relations(first: 200) { id } } } }`); errs[0].code() != graph.CodeComplexityLimit {
				t.Errorf("code %q (%s), want %s", errs[0].code(), errs[0].Message, graph.CodeComplexityLimit)
			}
		}
	})
}

// TestIntrospectionOff checks that __schema and __type are refused with
// their own code when introspection is off, and __typename is not.
func TestIntrospectionOff(t *testing.T) {
	s := MustSeededStore(t)
	log := slog.New(slog.DiscardHandler)
	opts := graph.DefaultOptions()
	opts.Introspection = false
	c := client.New(graph.NewHandler(s, analysis.NewAnalyzer(s, log), log, opts))
	for _, q := range []string{`{ __schema { queryType { name } } }`, `{ __type(name: "Person") { name } }`, `{ ... on Query { __schema { types { name } } } }`} {
		if _, errs := MustErrors(t, c, q); errs[0].code() != graph.CodeIntrospectionDisabled {
			t.Errorf("%s: %q (%s), want %s", q, errs[0].code(), errs[0].Message, graph.CodeIntrospectionDisabled)
		}
	}
	var resp map[string]any
	MustPost(t, c, `{ __typename stats { nodes } }`, &resp)
}

// cancellingStore ends the request's context as soon as ListEntities has
// answered, and counts the store calls made after that.
type cancellingStore struct {
	rightsgraph.Store
	cancel context.CancelFunc
	after  atomic.Int32
}

func (s *cancellingStore) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	p, err := s.Store.ListEntities(ctx, q)
	s.cancel()
	return p, err
}

func (s *cancellingStore) RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
	s.after.Add(1)
	return s.Store.RelationsByEntityIDs(ctx, ids)
}

func (s *cancellingStore) EntitiesByIDs(ctx context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
	s.after.Add(1)
	return s.Store.EntitiesByIDs(ctx, ids)
}

// TestEndedContextStopsTheWork ends a request's context in the middle of
// its execution: nothing below the field that was resolving runs, and the
// answer is one TIMEOUT error without data.
func TestEndedContextStopsTheWork(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &cancellingStore{Store: MustSeededStore(t), cancel: cancel}
	c := newClient(s)
	data, errs := MustErrors(t, c, `{ persons(first: 50) { nodes { name relations { other { name relations { id } } } } } }`,
		func(r *client.Request) { r.HTTP = r.HTTP.WithContext(ctx) })
	if len(errs) != 1 || errs[0].code() != graph.CodeTimeout || data != nil {
		t.Errorf("data %v, errors %v; want one %s error and no data", data, errs, graph.CodeTimeout)
	}
	if n := s.after.Load(); n > 0 {
		t.Errorf("%d store calls after the context ended", n)
	}
}

// endingEditStore ends the request's context as soon as an edit is written.
type endingEditStore struct {
	rightsgraph.Store
	cancel context.CancelFunc
}

func (s *endingEditStore) Edit(ctx context.Context, fn func(tx rightsgraph.EditTx) error) error {
	err := s.Store.Edit(ctx, fn)
	s.cancel()
	return err
}

// TestEndedContextAfterAWrite ends a mutation's context once its write is
// done: the client still learns what it did, rather than TIMEOUT.
func TestEndedContextAfterAWrite(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &endingEditStore{Store: MustSeededStore(t), cancel: cancel}
	ctx = rightsgraph.WithPrincipal(ctx, rightsgraph.Principal{Name: "ed", Role: rightsgraph.RoleEditor})
	var resp struct {
		UpsertEntity struct{ Entity struct{ ID string } }
	}
	MustPost(t, newClient(s), `mutation { upsertEntity(input: {id: "organisation/harbour-watch", kind: ORGANISATION, name: "Harbour Watch"}) { entity { id } } }`,
		&resp, func(r *client.Request) { r.HTTP = r.HTTP.WithContext(ctx) })
	if resp.UpsertEntity.Entity.ID != "organisation/harbour-watch" {
		t.Errorf("answer %+v, want the entity written", resp)
	}
}
