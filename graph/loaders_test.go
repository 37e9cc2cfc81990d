package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph"
)

// countingStore counts the calls of each store method it passes on, and
// the keys the batch methods are asked for.
type countingStore struct {
	rightsgraph.Store
	mu      sync.Mutex
	calls   map[string]int
	keys    map[string][]string // batch method → every id asked for
	selects [][]rightsgraph.RelSelect
	// leanRelations records, for each read ahead, whether it asked for
	// lean relations (AroundQuery.LeanRelations).
	leanRelations []bool
}

func newCountingStore(s rightsgraph.Store) *countingStore {
	return &countingStore{Store: s, calls: map[string]int{}, keys: map[string][]string{}}
}

func (s *countingStore) count(method string, keys ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[method]++
	s.keys[method] = append(s.keys[method], keys...)
}

// take returns the calls and keys since the last take and starts again.
func (s *countingStore) take() (calls map[string]int, keys map[string][]string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	calls, keys = s.calls, s.keys
	s.calls, s.keys, s.selects, s.leanRelations = map[string]int{}, map[string][]string{}, nil, nil
	return calls, keys
}

// takeLeanRelations returns, for each read ahead since the last take,
// whether it asked for lean relations, and starts again.
func (s *countingStore) takeLeanRelations() []bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	lean := s.leanRelations
	s.calls, s.keys, s.selects, s.leanRelations = map[string]int{}, map[string][]string{}, nil, nil
	return lean
}

// takeSelects returns the selections of the Around calls since the last
// take, and starts again.
func (s *countingStore) takeSelects() [][]rightsgraph.RelSelect {
	s.mu.Lock()
	defer s.mu.Unlock()
	sel := s.selects
	s.calls, s.keys, s.selects, s.leanRelations = map[string]int{}, map[string][]string{}, nil, nil
	return sel
}

func (s *countingStore) Entity(ctx context.Context, id string) (*rightsgraph.Entity, error) {
	s.count("Entity")
	return s.Store.Entity(ctx, id)
}

func (s *countingStore) EntitiesByIDs(ctx context.Context, ids []string) (map[string]*rightsgraph.Entity, error) {
	s.count("EntitiesByIDs", ids...)
	return s.Store.EntitiesByIDs(ctx, ids)
}

func (s *countingStore) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	if q.Around != nil { // a read around the page, with it
		s.mu.Lock()
		s.selects = append(s.selects, q.Around.Select)
		s.leanRelations = append(s.leanRelations, q.Around.LeanRelations)
		s.mu.Unlock()
		s.count("ListEntitiesAround")
	} else {
		s.count("ListEntities")
	}
	return s.Store.ListEntities(ctx, q)
}

func (s *countingStore) Revision(ctx context.Context) (int64, error) {
	s.count("Revision")
	return s.Store.Revision(ctx)
}

func (s *countingStore) Around(ctx context.Context, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	s.mu.Lock()
	s.selects = append(s.selects, q.Select)
	s.leanRelations = append(s.leanRelations, q.LeanRelations)
	s.mu.Unlock()
	if q.Lean {
		s.count("AroundLean", q.IDs...)
	} else {
		s.count("Around", q.IDs...)
	}
	return s.Store.Around(ctx, q)
}

func (s *countingStore) RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*rightsgraph.Relation, error) {
	s.count("RelationsByEntityIDs", ids...)
	return s.Store.RelationsByEntityIDs(ctx, ids)
}

func (s *countingStore) Search(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	s.count("Search")
	return s.Store.Search(ctx, q)
}

func (s *countingStore) Stats(ctx context.Context) (*rightsgraph.Stats, error) {
	s.count("Stats")
	return s.Store.Stats(ctx)
}

func (s *countingStore) EachEntity(ctx context.Context, fn func(*rightsgraph.Entity) error) error {
	s.count("EachEntity")
	return s.Store.EachEntity(ctx, fn)
}

func (s *countingStore) EachRelation(ctx context.Context, fn func(*rightsgraph.Relation) error) error {
	s.count("EachRelation")
	return s.Store.EachRelation(ctx, fn)
}

// maxTries bounds how often a query is repeated to see its batch structure.
const maxTries = 100

// TestStoreCallsDoNotGrowWithPageSize checks that the dataloaders batch: a
// page of entities with their relations, the entities at the other ends
// and the reports of the evidence costs the same few store calls for a page
// of 5 as for a page of 50.
//
// The counts are those of the batch structure: one ListEntities for the
// page, one Around for the relations of all its entities and their other
// ends (the list reads ahead, see readAround), and EntitiesByIDs for the
// reports of the evidence.
// A loader closes its batch a fixed time after the first key arrives; when
// resolving the page's siblings takes longer (a busy machine, the race
// detector) a batch splits and the request costs more calls. A split only
// ever adds calls, so each query is tried until it shows the structure, up
// to maxTries times; every try must load each key once.
func TestStoreCallsDoNotGrowWithPageSize(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := newClient(s)
	tests := []struct {
		name  string
		query string
		want  map[string]int
	}{
		{
			name: "entities with relations, other ends and evidence",
			query: `query($first: Int) {
  list: entities(first: $first) { nodes { id name relations { type role other { id name } evidence { quote report { id } } } } }
}`,
			want: map[string]int{"ListEntitiesAround": 1, "EntitiesByIDs": 1},
		},
		{
			name: "typed fields of persons, with at",
			query: `query($first: Int) {
  list: persons(first: $first) { nodes { id leads { role other { name } } raised { other { name } at { name } } spokeAt { other { id } } } }
}`,
			want: map[string]int{"ListEntitiesAround": 1, "EntitiesByIDs": 1},
		},
		{
			name:  "reports of entities",
			query: `query($first: Int) { list: organisations(first: $first) { nodes { id reports { id title } } } }`,
			// The entities come with the page; their reports in one call.
			want: map[string]int{"ListEntities": 1, "EntitiesByIDs": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, first := range []int{5, 15, 50} {
				var best, worst map[string]int
				tries := 0
				for tries < maxTries && !within(best, tt.want) {
					tries++
					var resp struct {
						List struct {
							Nodes []map[string]any `json:"nodes"`
						} `json:"list"`
					}
					s.take()
					MustPost(t, c, tt.query, &resp, client.Var("first", first))
					calls, keys := s.take()
					if len(resp.List.Nodes) == 0 {
						t.Fatalf("first: %d returned no nodes", first)
					}
					for m, ks := range keys {
						if dup := repeated(ks); dup != "" {
							t.Errorf("first: %d: %s asked for %s twice in one request", first, m, dup)
						}
					}
					if best == nil || total(calls) < total(best) {
						best = calls
					}
					if worst == nil || total(calls) > total(worst) {
						worst = calls
					}
				}
				t.Logf("first: %d: store calls %v in %d tries, at worst %v", first, best, tries, worst)
				if !within(best, tt.want) {
					t.Errorf("first: %d: store calls %v in the best of %d tries, want at most %v", first, best, tries, tt.want)
				}
			}
		})
	}
}

// within reports whether calls makes no more calls of any method than
// want: fewer are fine, when entities primed from a page are among those
// a later level asks for.
func within(calls, want map[string]int) bool {
	if calls == nil {
		return false
	}
	for m, n := range calls {
		if n > want[m] {
			return false
		}
	}
	return true
}

func total(calls map[string]int) int {
	n := 0
	for _, v := range calls {
		n += v
	}
	return n
}

// repeated returns a key that occurs twice in keys, or "".
func repeated(keys []string) string {
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			return k
		}
		seen[k] = true
	}
	return ""
}

// TestLoadersArePerRequest checks that nothing one request loads is seen
// by the next: each request starts with empty loaders and asks the store
// again.
func TestLoadersArePerRequest(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := newClient(s)
	const q = `query($id: ID!) { entity(id: $id) { relations(first: 3) { other { id } } ... on Person { reports { id } } } }`
	for i := range 3 {
		var resp struct {
			Entity struct {
				Relations []struct {
					Other struct{ ID string } `json:"other"`
				} `json:"relations"`
				Reports []struct{ ID string } `json:"reports"`
			} `json:"entity"`
		}
		MustPost(t, c, q, &resp, client.Var("id", levID))
		calls, keys := s.take()
		if len(calls) != 2 || calls["Around"] != 1 || calls["EntitiesByIDs"] != 1 {
			t.Errorf("request %d: store calls %v, want one Around and one EntitiesByIDs (the reports)", i+1, calls)
		}
		if got := keys["Around"]; !slices.Equal(got, []string{levID}) {
			t.Errorf("request %d: Around asked for %v, want [%s]", i+1, got, levID)
		}
		if len(resp.Entity.Relations) == 0 {
			t.Errorf("request %d: no relations", i+1)
		}
	}
}

// TestReadAheadAsksOnce checks that an entity, a page or a neighbourhood
// with the relations and their other ends costs one store call past the
// root field's own, whatever the nesting: the resolvers read ahead and the
// loaders are primed, so that no loader waits for a batch.
func TestReadAheadAsksOnce(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := newClient(s)
	tests := []struct {
		name, query string
		want        map[string]int
	}{
		{"entity", `{ entity(id: "` + levID + `") { id name relations { id type other { id name } } } }`, map[string]int{"Around": 1}},
		{"entity through a fragment", `{ entity(id: "` + levID + `") { ...F } } fragment F on Person { leads { other { id } } }`, map[string]int{"Around": 1}},
		{"node", `{ node(id: "` + levID + `") { ... on Person { spokeAt { other { name } } } } }`, map[string]int{"Around": 1}},
		{"unknown entity", `{ entity(id: "person/nobody") { relations { id } } }`, map[string]int{"Around": 1}},
		{"entity without relations", `{ entity(id: "` + levID + `") { name } }`, map[string]int{"Entity": 1}},
		{"page", `{ persons(first: 20) { nodes { id leads { other { id } } } } }`, map[string]int{"ListEntitiesAround": 1}},
		{"page through edges", `{ persons(first: 20) { edges { node { id relations { type } } } } }`, map[string]int{"ListEntitiesAround": 1}},
		{"page without relations", `{ persons(first: 20) { nodes { id name } } }`, map[string]int{"ListEntities": 1}},
		{"neighbourhood", `{ neighbourhood(id: "` + levID + `", depth: 2) { nodes { id } edges { id } } }`, map[string]int{"AroundLean": 1}},
		{"neighbourhood with evidence", `{ neighbourhood(id: "` + levID + `", depth: 2) { nodes { id } edges { evidence { quote } } } }`, map[string]int{"Around": 1}},
		{"neighbourhood with descriptions", `{ neighbourhood(id: "` + levID + `") { nodes { id description } } }`, map[string]int{"Around": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.take()
			var resp map[string]any
			MustPost(t, c, tt.query, &resp)
			if calls, _ := s.take(); !reflect.DeepEqual(calls, tt.want) {
				t.Errorf("store calls %v, want %v", calls, tt.want)
			}
		})
	}
}

// TestGuardedReadAheadAsksOnce checks that, behind the guard, a request
// whose first read is Around, or a page read with what surrounds it, asks
// the store nothing else: the view comes from the revision read with the
// data. A request that starts with another read asks for the revision
// first, once.
func TestGuardedReadAheadAsksOnce(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := client.New(asPrincipal(newHandler(rightsgraph.Guard(overNetwork{s}), slog.New(slog.DiscardHandler))))
	tests := []struct {
		name, query string
		want        map[string]int
	}{
		{"entity", `{ entity(id: "` + levID + `") { id name relations { id type other { id name } } } }`, map[string]int{"Around": 1}},
		{"neighbourhood", `{ neighbourhood(id: "` + levID + `", depth: 2) { nodes { id } } }`, map[string]int{"AroundLean": 1}},
		{"page", `{ persons(first: 20) { nodes { id leads { other { id } } } } }`, map[string]int{"ListEntitiesAround": 1}},
		{"page without relations", `{ persons(first: 20) { nodes { id name } } }`, map[string]int{"Revision": 1, "ListEntities": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, who := range []string{"anonymous", "cleared"} {
				var resp map[string]any
				MustPost(t, c, tt.query, &resp, client.AddHeader("X-Test-Principal", who)) // the first builds the view
				s.take()
				MustPost(t, c, tt.query, &resp, client.AddHeader("X-Test-Principal", who))
				want := tt.want
				if who == "cleared" {
					want = maps.Clone(want)
					delete(want, "Revision") // a cleared request needs no view
				}
				if calls, _ := s.take(); !reflect.DeepEqual(calls, want) {
					t.Errorf("%s: store calls %v, want %v", who, calls, want)
				}
			}
		})
	}
}

// TestConcurrentRequests runs requests side by side on one handler, for
// the race detector: loaders and the store are shared by nothing else.
func TestConcurrentRequests(t *testing.T) {
	c := newClient(MustSeededStore(t))
	const q = `query($id: ID!) { entity(id: $id) { id relations { other { id } evidence { report { id } } } } }`
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		id := []string{levID, congressID, memorialID, chechnyaIssueID}[i%4]
		wg.Go(func() {
			var resp struct {
				Entity struct {
					ID        string `json:"id"`
					Relations []any  `json:"relations"`
				} `json:"entity"`
			}
			if err := c.Post(q, &resp, client.Var("id", id)); err != nil {
				errs <- err
				return
			}
			if resp.Entity.ID != id || len(resp.Entity.Relations) == 0 {
				errs <- fmt.Errorf("entity(%q) = %+v", id, resp.Entity)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// inProcessStore is a countingStore that says it runs in the process, as
// the embedded store does: loaders then call it at once.
type inProcessStore struct{ *countingStore }

func (inProcessStore) InProcess() bool { return true }

// TestInProcessLoadersAnswerAlike checks that loaders that call an
// in-process store at once answer as batching ones do, and still ask for
// each key once per request.
func TestInProcessLoadersAnswerAlike(t *testing.T) {
	base := MustSeededStore(t)
	batched, direct := newCountingStore(base), inProcessStore{newCountingStore(base)}
	const q = `query($id: ID!) {
  entity(id: $id) { id name version relations { type other { id name version relations { other { id name } } } evidence { report { id title } } } reports { id } }
  persons(first: 30) { nodes { id version leads { other { name } } reports { title } } }
  search(query: "Memorial") { entity { id version } }
}`
	for _, id := range []string{levID, congressID, memorialID, chechnyaIssueID} {
		var want, got map[string]any
		MustPost(t, newClient(batched), q, &want, client.Var("id", id))
		MustPost(t, newClient(direct), q, &got, client.Var("id", id))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("entity %s: in process\n%v\nbatched\n%v", id, got, want)
		}
		calls, keys := direct.take()
		for m, ks := range keys {
			// Each root field that reads ahead reads its own entities.
			if dup := repeated(ks); dup != "" && m != "Around" {
				t.Errorf("entity %s: %s asked for %s twice in one request", id, m, dup)
			}
		}
		// The entity and the page read ahead; the search does not.
		if calls["Around"] != 1 || calls["Search"] != 1 || calls["ListEntitiesAround"] != 1 {
			t.Errorf("entity %s: store calls %v", id, calls)
		}
	}
}

// TestTypedRelationTable checks that every typed relation field of the
// schema (Person.leads…) is in the table its resolvers and the read ahead
// use, and nothing else is.
func TestTypedRelationTable(t *testing.T) {
	schema := graph.SchemaRelationFields()
	for typ, fields := range schema {
		for _, f := range fields {
			if _, ok := graph.TypedRelations[typ][f]; !ok {
				t.Errorf("%s.%s returns relations but is not in the table of typed relations", typ, f)
			}
		}
	}
	for typ, fields := range graph.TypedRelations {
		for f, sel := range fields {
			if !slices.Contains(schema[typ], f) {
				t.Errorf("the table of typed relations has %s.%s, which the schema does not", typ, f)
			}
			if !sel.Type.Valid() || (sel.Dir != rightsgraph.DirOut && sel.Dir != rightsgraph.DirIn) {
				t.Errorf("%s.%s selects %+v", typ, f, sel)
			}
		}
	}
}

// TestReadAheadSelects checks that a read ahead asks the store for only
// the types and directions of relation the query asks for, and for every
// relation as soon as one field asks for all of them.
func TestReadAheadSelects(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := newClient(s)
	leadsOut := rightsgraph.RelSelect{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}
	tests := []struct {
		name, query string
		vars        map[string]any
		want        []rightsgraph.RelSelect
	}{
		{"a page of what persons lead", `{ persons(first: 20) { nodes { id leads { other { id } } } } }`, nil, []rightsgraph.RelSelect{leadsOut}},
		{"typed fields through a fragment", `{ entity(id: "` + levID + `") { ...F } } fragment F on Person { leads { id } raised { id } }`, nil,
			[]rightsgraph.RelSelect{leadsOut, {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut}}},
		{"relations of some types", `query($types: [RelType!], $dir: Direction) { persons(first: 20) { edges { node { relations(types: $types, direction: $dir, first: 1) { id } } } } }`,
			map[string]any{"types": []string{"RAISED", "SPOKE_AT"}, "dir": "OUT"},
			[]rightsgraph.RelSelect{{Type: rightsgraph.RelRaised, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelSpokeAt, Dir: rightsgraph.DirOut}}},
		{"relations of every type one way", `{ organisations(first: 20) { nodes { relations(direction: IN) { id } } } }`, nil, []rightsgraph.RelSelect{{Dir: rightsgraph.DirIn}}},
		{"relations of no type given", `query($types: [RelType!]) { persons(first: 20) { nodes { relations(types: $types) { id } } } }`, map[string]any{"types": nil}, nil},
		{"typed and every relation", `{ persons(first: 20) { nodes { leads { id } relations { id } } } }`, nil, nil},
		{"every relation", `{ entity(id: "` + levID + `") { relations { id } } }`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.take()
			var resp map[string]any
			var opts []client.Option
			for k, v := range tt.vars {
				opts = append(opts, client.Var(k, v))
			}
			MustPost(t, c, tt.query, &resp, opts...)
			if got := s.takeSelects(); len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("Around asked to select %v, want one call selecting %v", got, tt.want)
			}
		})
	}
}

// TestSelectedListsAnswerOnlyWhatTheyCover reads a page of persons with
// what they lead, then, through the organisations they lead, the same
// persons again with every relation and other types: the lists the page
// read in part answer only the fields they cover, and the answers are
// those of loaders without a read ahead.
func TestSelectedListsAnswerOnlyWhatTheyCover(t *testing.T) {
	base := MustSeededStore(t)
	ahead, direct := newCountingStore(base), inProcessStore{newCountingStore(base)}
	const q = `{ persons(first: 100) { nodes { id leads { id other { ... on Organisation { leaders { other { id ... on Person {
  all: relations { id type } memberOf { id } leads { id role } in: relations(direction: IN) { id } some: relations(types: [LEADS, CHAIRED]) { id }
} } } } } } } } }`
	var got struct {
		Persons struct {
			Nodes []struct {
				Leads []struct {
					Other struct {
						Leaders []struct {
							Other struct {
								ID  string `json:"id"`
								All []struct {
									ID   string `json:"id"`
									Type string `json:"type"`
								} `json:"all"`
							} `json:"other"`
						} `json:"leaders"`
					} `json:"other"`
				} `json:"leads"`
			} `json:"nodes"`
		} `json:"persons"`
	}
	var wantRaw, gotRaw map[string]any
	MustPost(t, newClient(direct), q, &wantRaw)
	MustPost(t, newClient(ahead), q, &gotRaw)
	if !reflect.DeepEqual(gotRaw, wantRaw) {
		t.Errorf("read ahead\n%v\nloaders alone\n%v", gotRaw, wantRaw)
	}
	if sel := ahead.takeSelects(); len(sel) != 1 || len(sel[0]) != 1 || sel[0][0].Type != rightsgraph.RelLeads {
		t.Errorf("Around selected %v, want only LEADS", sel)
	}
	if err := json.Unmarshal([]byte(asJSON(wantRaw)), &got); err != nil {
		t.Fatal(err)
	}
	others := 0 // relations of a leader other than LEADS, which the page did not read
	for _, n := range got.Persons.Nodes {
		for _, l := range n.Leads {
			for _, leader := range l.Other.Leaders {
				for _, r := range leader.Other.All {
					if r.Type != "LEADS" {
						others++
					}
				}
			}
		}
	}
	if others == 0 {
		t.Errorf("the leaders' relations hold nothing but LEADS: the test shows nothing")
	}
}

// TestReadAheadLeanRelations checks that a read ahead asks for lean
// relations exactly when every relation field it reads for asks only for
// what a lean relation holds, and that a list read lean never answers a
// field that asks for more: the persons a page read with what they lead,
// reached again through the organisations they lead, answer role and
// evidence as when the page read whole relations.
func TestReadAheadLeanRelations(t *testing.T) {
	s := newCountingStore(MustSeededStore(t))
	c := newClient(s)
	tests := []struct {
		name, query string
		lean        bool
	}{
		{"a page of what persons lead", `{ persons(first: 20) { nodes { id leads { other { id } } } } }`, true},
		{"ids, types, directions and visibility", `{ entity(id: "` + levID + `") { relations { id type direction visibility __typename other { id name description } } } }`, true},
		{"through fragments", `{ persons(first: 20) { nodes { ...P } } } fragment P on Person { leads { ...R } } fragment R on Relation { id other { id } }`, true},
		{"a role", `{ persons(first: 20) { nodes { id leads { role other { id } } } } }`, false},
		{"evidence", `{ entity(id: "` + levID + `") { relations { id evidence { quote } } } }`, false},
		{"a congress", `{ entity(id: "` + levID + `") { ... on Person { spokeAt { at { id } } } } }`, false},
		{"one field of two asks for more", `{ persons(first: 20) { nodes { id leads { id } memberOf { role } } } }`, false},
		{"in a fragment", `{ persons(first: 20) { nodes { leads { ...R } } } } fragment R on Relation { id evidence { start } }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.take()
			var resp map[string]any
			MustPost(t, c, tt.query, &resp)
			if got := s.takeLeanRelations(); len(got) != 1 || got[0] != tt.lean {
				t.Errorf("read ahead asked for lean relations %v, want one read asking %v", got, tt.lean)
			}
		})
	}
	nested := `{ leads { role evidence { quote start end report { id } } other { id } } }`
	leanPage := `{ persons(first: 100) { nodes { leads { other { ... on Organisation { leaders { other { ... on Person ` + nested + ` } } } } } } } }`
	wholePage := `{ persons(first: 100) { nodes { leads { role other { ... on Organisation { leaders { other { ... on Person ` + nested + ` } } } } } } } }`
	var lean, whole struct {
		Persons struct {
			Nodes []struct {
				Leads []struct {
					Role  *string `json:"role"` // asked of the whole page only
					Other struct {
						Leaders []struct {
							Other map[string]any `json:"other"`
						} `json:"leaders"`
					} `json:"other"`
				} `json:"leads"`
			} `json:"nodes"`
		} `json:"persons"`
	}
	s.take()
	MustPost(t, c, leanPage, &lean)
	if got := s.takeLeanRelations(); len(got) != 1 || !got[0] {
		t.Fatalf("the page read ahead with lean relations %v, want one lean read", got)
	}
	MustPost(t, c, wholePage, &whole)
	for i, n := range lean.Persons.Nodes {
		for j, l := range n.Leads {
			for k, leader := range l.Other.Leaders {
				want := whole.Persons.Nodes[i].Leads[j].Other.Leaders[k].Other
				if !reflect.DeepEqual(leader.Other, want) {
					t.Errorf("a leader reached again through a page read lean: %v, through one read whole: %v", leader.Other, want)
				}
			}
		}
	}
	if !strings.Contains(asJSON(whole), `"quote"`) {
		t.Errorf("no leader reached again has evidence: the test shows nothing")
	}
}

// wholeReads is a store that reads ahead whole whatever it is asked: no
// lean relations, ends or entities asked for, and every name.
type wholeReads struct{ rightsgraph.Store }

func whole(q rightsgraph.AroundQuery) rightsgraph.AroundQuery {
	q.Lean, q.LeanRelations, q.LeanEnds, q.LeanAsked, q.Nameless = false, false, false, false, false
	return q
}

func (s wholeReads) Around(ctx context.Context, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	return s.Store.Around(ctx, whole(q))
}

func (s wholeReads) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	if q.Around != nil {
		aq := whole(*q.Around)
		q.Around = &aq
	}
	return s.Store.ListEntities(ctx, q)
}

// namelessReads is a store that leaves out the names that Nameless lets
// it leave out, as the Neo4j store does.
type namelessReads struct{ rightsgraph.Store }

func dropNames(a *rightsgraph.Around, q rightsgraph.AroundQuery, asked []string) {
	if a == nil || !q.Nameless || !(q.Lean || q.LeanEnds) {
		return
	}
	for id, e := range a.Entities {
		if !slices.Contains(asked, id) {
			c := *e
			c.Name = ""
			a.Entities[id] = &c
		}
	}
}

func (s namelessReads) Around(ctx context.Context, q rightsgraph.AroundQuery) (*rightsgraph.Around, error) {
	a, err := s.Store.Around(ctx, q)
	dropNames(a, q, q.IDs)
	return a, err
}

func (s namelessReads) ListEntities(ctx context.Context, q rightsgraph.EntityQuery) (*rightsgraph.EntityPage, error) {
	p, err := s.Store.ListEntities(ctx, q)
	if err == nil && q.Around != nil {
		var ids []string
		for _, e := range p.Entities {
			ids = append(ids, e.ID)
		}
		dropNames(p.Around, *q.Around, ids)
	}
	return p, err
}

// TestLeanReadsAnswerAlike checks that what a read ahead reads lean (the
// entities asked for, the other ends, without names) answers a request
// as a whole read does, when other fields of the same request ask for
// more of the same entities.
func TestLeanReadsAnswerAlike(t *testing.T) {
	base := MustSeededStore(t)
	const q = `query($id: ID!) {
  a: persons(first: 40) { nodes { id leads { other { id } } } }
  b: persons(first: 40) { edges { cursor node { id name description version leads { other { id name description } } } } }
  c: entity(id: $id) { id name relations { other { id } } }
  d: entity(id: $id) { id description ... on Person { leads { other { id name } } } }
  e: organisations(first: 40) { nodes { id kind leaders { other { id } } members { other { id name } } } }
  f: search(query: "Memorial") { entity { id ... on Organisation { leaders { other { id name } } } } }
  g: search(query: "Ponomarev") { entity { id ... on Person { leads { other { id name } } } } }
}`
	for _, id := range []string{levID, congressID, memorialID, chechnyaIssueID} {
		for _, s := range []rightsgraph.Store{namelessReads{newCountingStore(base)}, namelessReads{inProcessStore{newCountingStore(base)}}} {
			var want, got map[string]any
			MustPost(t, newClient(wholeReads{s}), q, &want, client.Var("id", id))
			MustPost(t, newClient(s), q, &got, client.Var("id", id))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("entity %s (%T): read lean\n%v\nread whole\n%v", id, s, got, want)
			}
		}
	}
}
