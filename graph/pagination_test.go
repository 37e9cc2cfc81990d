package graph_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph"
)

// connection is a page of any of the entity lists.
type connection struct {
	TotalCount int `json:"totalCount"`
	Edges      []struct {
		Cursor string  `json:"cursor"`
		Node   pageRef `json:"node"`
	} `json:"edges"`
	Nodes    []pageRef `json:"nodes"`
	PageInfo struct {
		HasNextPage     bool    `json:"hasNextPage"`
		HasPreviousPage bool    `json:"hasPreviousPage"`
		StartCursor     *string `json:"startCursor"`
		EndCursor       *string `json:"endCursor"`
	} `json:"pageInfo"`
}

type pageRef struct {
	Typename string `json:"__typename"`
	ID       string `json:"id"`
	Kind     string `json:"kind"`
}

func (c connection) ids() []string {
	ids := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		ids[i] = n.ID
	}
	return ids
}

// listQuery says which page of which list to fetch. Nil fields are left
// out of the request, so that the schema's defaults apply.
type listQuery struct {
	field  string   // entities, persons, organisations, …
	kinds  []string // only for entities
	filter map[string]any
	order  map[string]any
	first  *int
	after  *string
	last   *int
	before *string
}

// MustPage fetches one page of a list.
func MustPage(tb testing.TB, c *client.Client, q listQuery) connection {
	tb.Helper()
	var decl, args []string
	var opts []client.Option
	add := func(name, typ string, v any) {
		decl = append(decl, fmt.Sprintf("$%s: %s", name, typ))
		args = append(args, fmt.Sprintf("%s: $%s", name, name))
		opts = append(opts, client.Var(name, v))
	}
	if q.kinds != nil {
		add("kinds", "[Kind!]", q.kinds)
	}
	if q.filter != nil {
		add("filter", "EntityFilter", q.filter)
	}
	if q.order != nil {
		add("orderBy", "EntityOrder", q.order)
	}
	if q.first != nil {
		add("first", "Int", *q.first)
	}
	if q.after != nil {
		add("after", "String", *q.after)
	}
	if q.last != nil {
		add("last", "Int", *q.last)
	}
	if q.before != nil {
		add("before", "String", *q.before)
	}
	var sig, call string
	if len(decl) > 0 {
		sig, call = "("+strings.Join(decl, ", ")+")", "("+strings.Join(args, ", ")+")"
	}
	query := fmt.Sprintf(`query%s {
  list: %s%s {
    totalCount
    edges { cursor node { __typename id kind } }
    nodes { __typename id kind }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`, sig, q.field, call)
	var resp struct {
		List connection `json:"list"`
	}
	MustPost(tb, c, query, &resp, opts...)
	checkPageShape(tb, resp.List)
	return resp.List
}

// checkPageShape checks what every page must hold together: edges and nodes
// alike, start and end cursors those of the first and last edge.
func checkPageShape(tb testing.TB, p connection) {
	tb.Helper()
	if len(p.Edges) != len(p.Nodes) {
		tb.Fatalf("%d edges but %d nodes", len(p.Edges), len(p.Nodes))
	}
	for i, e := range p.Edges {
		if e.Node != p.Nodes[i] {
			tb.Errorf("edge %d holds %+v, node %d is %+v", i, e.Node, i, p.Nodes[i])
		}
		if e.Cursor == "" {
			tb.Errorf("edge %d has no cursor", i)
		}
	}
	info := p.PageInfo
	if len(p.Edges) == 0 {
		if info.StartCursor != nil || info.EndCursor != nil {
			tb.Errorf("empty page with cursors %v..%v", deref(info.StartCursor), deref(info.EndCursor))
		}
		return
	}
	if deref(info.StartCursor) != p.Edges[0].Cursor || deref(info.EndCursor) != p.Edges[len(p.Edges)-1].Cursor {
		tb.Errorf("pageInfo cursors are not those of the first and last edges")
	}
}

func ptr[T any](v T) *T { return &v }

// expectedIDs is the oracle of the lists: the ids of the store's entities
// of the given kinds (all when none) that match nameContains, in the
// order the schema documents (NAME: name ignoring case and accents, then
// id; ID: id).
func expectedIDs(tb testing.TB, s rightsgraph.Store, kinds []string, nameContains, field string, desc bool) []string {
	tb.Helper()
	var es []*rightsgraph.Entity
	want := rightsgraph.Normalize(nameContains)
	err := s.EachEntity(context.Background(), func(e *rightsgraph.Entity) error {
		if len(kinds) > 0 && !slices.Contains(kinds, string(e.Kind)) {
			return nil
		}
		if want != "" && !slices.ContainsFunc(e.Names(), func(n string) bool { return strings.Contains(rightsgraph.Normalize(n), want) }) {
			return nil
		}
		es = append(es, e)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	slices.SortFunc(es, func(a, b *rightsgraph.Entity) int {
		c := strings.Compare(a.ID, b.ID)
		if field != "ID" {
			c = cmp.Or(strings.Compare(rightsgraph.Normalize(a.Name), rightsgraph.Normalize(b.Name)), c)
		}
		if desc {
			c = -c
		}
		return c
	})
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// walkForward pages through a list with first/after and checks every page.
func walkForward(tb testing.TB, c *client.Client, q listQuery, size int) []string {
	tb.Helper()
	q.first = &size
	var ids []string
	total := -1
	for page := 0; ; page++ {
		if page > 1000 {
			tb.Fatal("the walk does not end")
		}
		p := MustPage(tb, c, q)
		if total == -1 {
			total = p.TotalCount
		} else if p.TotalCount != total {
			tb.Errorf("page %d: totalCount %d, was %d", page, p.TotalCount, total)
		}
		ids = append(ids, p.ids()...)
		last := len(ids) == total
		if p.PageInfo.HasNextPage == last {
			tb.Errorf("page %d (%d of %d seen): hasNextPage %v", page, len(ids), total, p.PageInfo.HasNextPage)
		}
		if p.PageInfo.HasPreviousPage != (page > 0) {
			tb.Errorf("page %d: hasPreviousPage %v", page, p.PageInfo.HasPreviousPage)
		}
		if len(p.Nodes) != min(size, total-(len(ids)-len(p.Nodes))) {
			tb.Errorf("page %d has %d nodes, want %d", page, len(p.Nodes), min(size, total))
		}
		if !p.PageInfo.HasNextPage || len(p.Nodes) == 0 {
			return ids
		}
		q.after = p.PageInfo.EndCursor
	}
}

// walkBackward pages through a list from its end with last/before and
// returns the ids in the order met, that is the list reversed.
func walkBackward(tb testing.TB, c *client.Client, q listQuery, size int) []string {
	tb.Helper()
	q.last = &size
	var ids []string
	total := -1
	for page := 0; ; page++ {
		if page > 1000 {
			tb.Fatal("the walk does not end")
		}
		p := MustPage(tb, c, q)
		if total == -1 {
			total = p.TotalCount
		} else if p.TotalCount != total {
			tb.Errorf("page %d: totalCount %d, was %d", page, p.TotalCount, total)
		}
		for _, id := range slices.Backward(p.ids()) {
			ids = append(ids, id)
		}
		first := len(ids) == total
		if p.PageInfo.HasPreviousPage == first {
			tb.Errorf("page %d (%d of %d seen): hasPreviousPage %v", page, len(ids), total, p.PageInfo.HasPreviousPage)
		}
		if p.PageInfo.HasNextPage != (page > 0) {
			tb.Errorf("page %d: hasNextPage %v", page, p.PageInfo.HasNextPage)
		}
		if !p.PageInfo.HasPreviousPage || len(p.Nodes) == 0 {
			return ids
		}
		q.before = p.PageInfo.StartCursor
	}
}

func checkSameIDs(tb testing.TB, got, want []string) {
	tb.Helper()
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			tb.Errorf("%s met twice", id)
		}
		seen[id] = true
	}
	if !slices.Equal(got, want) {
		tb.Errorf("walk met %d ids:\n%v\nwant %d:\n%v", len(got), got, len(want), want)
	}
}

func TestPersonsWalk(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	want := expectedIDs(t, s, []string{"PERSON"}, "", "NAME", false)
	if len(want) < 7 {
		t.Fatalf("only %d persons; the walks need several pages", len(want))
	}
	full := MustPage(t, c, listQuery{field: "persons", first: ptr(100)})
	if got := full.ids(); !slices.Equal(got, want) {
		t.Fatalf("persons(first: 100) = %v, want %v", got, want)
	}

	for _, size := range []int{1, 3, len(want) - 1, len(want), len(want) + 1} {
		t.Run(fmt.Sprintf("forward by %d", size), func(t *testing.T) {
			checkSameIDs(t, walkForward(t, c, listQuery{field: "persons"}, size), want)
		})
		t.Run(fmt.Sprintf("backward by %d", size), func(t *testing.T) {
			checkSameIDs(t, walkBackward(t, c, listQuery{field: "persons"}, size), reversed(want))
		})
	}

	t.Run("default page size", func(t *testing.T) {
		p := MustPage(t, c, listQuery{field: "entities"})
		if len(p.Nodes) != rightsgraph.DefaultPageSize || !p.PageInfo.HasNextPage {
			t.Errorf("entities() has %d nodes, hasNextPage %v; want %d and true", len(p.Nodes), p.PageInfo.HasNextPage, rightsgraph.DefaultPageSize)
		}
	})
	t.Run("after the last", func(t *testing.T) {
		p := MustPage(t, c, listQuery{field: "persons", first: ptr(3), after: full.PageInfo.EndCursor})
		if len(p.Nodes) != 0 || p.PageInfo.HasNextPage || !p.PageInfo.HasPreviousPage || p.TotalCount != len(want) {
			t.Errorf("page after the last = %v, %+v, total %d", p.ids(), p.PageInfo, p.TotalCount)
		}
	})
	t.Run("before the first", func(t *testing.T) {
		p := MustPage(t, c, listQuery{field: "persons", last: ptr(3), before: full.PageInfo.StartCursor})
		if len(p.Nodes) != 0 || p.PageInfo.HasPreviousPage || !p.PageInfo.HasNextPage {
			t.Errorf("page before the first = %v, %+v", p.ids(), p.PageInfo)
		}
	})
	t.Run("between two cursors", func(t *testing.T) {
		after, before := full.Edges[1].Cursor, full.Edges[5].Cursor
		for _, q := range []listQuery{
			{field: "persons", after: &after, before: &before},
			{field: "persons", after: &after, before: &before, first: ptr(10)},
			{field: "persons", after: &after, before: &before, last: ptr(10)},
		} {
			if got := MustPage(t, c, q).ids(); !slices.Equal(got, want[2:5]) {
				t.Errorf("persons(after: 1, before: 5, first %v, last %v) = %v, want %v", deref(q.first), deref(q.last), got, want[2:5])
			}
		}
	})
}

// TestCursorSurvivesInsertion checks that a cursor points at an entity, not
// an offset: an entity added before it does not shift the next page.
func TestCursorSurvivesInsertion(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	want := expectedIDs(t, s, []string{"PERSON"}, "", "NAME", false)
	p := MustPage(t, c, listQuery{field: "persons", first: ptr(3)})
	err := s.LoadReport(context.Background(), &rightsgraph.ReportGraph{
		Report:   &rightsgraph.Entity{ID: "report/fixture", Kind: rightsgraph.KindReport, Name: "Fixture", Text: "A fixture."},
		Entities: []*rightsgraph.Entity{{ID: "person/aaron-aardvark", Kind: rightsgraph.KindPerson, Name: "Aaron Aardvark"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	next := MustPage(t, c, listQuery{field: "persons", first: ptr(3), after: p.PageInfo.EndCursor})
	if got := next.ids(); !slices.Equal(got, want[3:6]) {
		t.Errorf("page after an insertion = %v, want %v", got, want[3:6])
	}
	if next.TotalCount != len(want)+1 {
		t.Errorf("totalCount %d, want %d", next.TotalCount, len(want)+1)
	}
}

func TestListOrder(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	kinds := []string{"PERSON", "ORGANISATION"}
	tests := []struct {
		name  string
		order map[string]any
		field string
		desc  bool
	}{
		{"default", nil, "NAME", false},
		{"name ascending", map[string]any{"field": "NAME", "direction": "ASC"}, "NAME", false},
		{"name descending", map[string]any{"field": "NAME", "direction": "DESC"}, "NAME", true},
		{"id ascending", map[string]any{"field": "ID", "direction": "ASC"}, "ID", false},
		{"id descending", map[string]any{"field": "ID", "direction": "DESC"}, "ID", true},
		{"id, direction by default", map[string]any{"field": "ID"}, "ID", false},
		{"field by default", map[string]any{"direction": "DESC"}, "NAME", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := expectedIDs(t, s, kinds, "", tt.field, tt.desc)
			q := listQuery{field: "entities", kinds: kinds, order: tt.order}
			checkSameIDs(t, walkForward(t, c, q, 4), want)
			checkSameIDs(t, walkBackward(t, c, q, 5), reversed(want))
		})
	}
	t.Run("persons by id descending", func(t *testing.T) {
		want := expectedIDs(t, s, []string{"PERSON"}, "", "ID", true)
		q := listQuery{field: "persons", order: map[string]any{"field": "ID", "direction": "DESC"}}
		checkSameIDs(t, walkForward(t, c, q, 3), want)
		if !slices.IsSortedFunc(want, func(a, b string) int { return strings.Compare(b, a) }) {
			t.Errorf("%v is not in descending id order", want)
		}
	})
}

func TestEntitiesFilter(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	tests := []struct {
		name         string
		kinds        []string
		nameContains string
		report       string
		mustHave     []string
		wantNone     bool
	}{
		{"name of one person", []string{"PERSON"}, "ponomarev", "", []string{levID}, false},
		{"alias, with the kind", []string{"ORGANISATION"}, "ONK", "", []string{oversightID}, false},
		{"case, accents and punctuation ignored", []string{"ORGANISATION"}, "CENTRE E", "", []string{"organisation/centre-e"}, false},
		{"several kinds", []string{"PERSON", "ORGANISATION"}, "memorial", "", []string{memorialID}, false},
		{"all kinds", nil, "chechnya", "", []string{chechnyaPlaceID, chechnyaResolution, chechnyaIssueID}, false},
		{"transliteration in an alias", []string{"PERSON"}, "alexeyeva", "", []string{alekseevaID}, false},
		{"kind without a match", []string{"LAW"}, "ponomarev", "", nil, true},
		{"no match", nil, "zzzz-nothing", "", nil, true},
		{"report", []string{"CONGRESS"}, "", reportID, []string{congressID}, false},
		{"report and name", []string{"PERSON"}, "taubina", reportID, []string{taubinaID}, false},
		{"unknown report", nil, "", "report/none", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			filter := map[string]any{}
			if tt.nameContains != "" {
				filter["nameContains"] = tt.nameContains
			}
			if tt.report != "" {
				filter["report"] = tt.report
			}
			// Every entity of the bundled seed is declared by its report.
			want := expectedIDs(t, s, tt.kinds, tt.nameContains, "NAME", false)
			if tt.report != "" && tt.report != reportID {
				want = nil
			}
			q := listQuery{field: "entities", kinds: tt.kinds, filter: filter}
			got := walkForward(t, c, q, 2)
			checkSameIDs(t, got, want)
			for _, id := range tt.mustHave {
				if !slices.Contains(got, id) {
					t.Errorf("entities = %v, lacks %s", got, id)
				}
			}
			if tt.wantNone != (len(got) == 0) {
				t.Errorf("entities = %v, want none: %v", got, tt.wantNone)
			}
			for _, id := range got {
				if k, _, _ := strings.Cut(id, "/"); len(tt.kinds) > 0 && !slices.Contains(tt.kinds, strings.ToUpper(k)) {
					t.Errorf("%s is not of kinds %v", id, tt.kinds)
				}
			}
		})
	}
}

func TestTypedListsHoldTheirKind(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		field, kind, typename string
	}{
		{"persons", "PERSON", "Person"},
		{"organisations", "ORGANISATION", "Organisation"},
		{"issues", "ISSUE", "Issue"},
		{"congresses", "CONGRESS", "Congress"},
		{"resolutions", "RESOLUTION", "Resolution"},
		{"reports", "REPORT", "Report"},
		{"places", "PLACE", "Place"},
		{"laws", "LAW", "Law"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			want := expectedIDs(t, s, []string{tt.kind}, "", "NAME", false)
			if len(want) == 0 {
				t.Fatalf("the seed has no %s", tt.kind)
			}
			p := MustPage(t, c, listQuery{field: tt.field, first: ptr(100)})
			if got := p.ids(); !slices.Equal(got, want) {
				t.Errorf("%s = %v, want %v", tt.field, got, want)
			}
			if p.TotalCount != st.NodesByKind[rightsgraph.Kind(tt.kind)] {
				t.Errorf("totalCount %d, stats say %d", p.TotalCount, st.NodesByKind[rightsgraph.Kind(tt.kind)])
			}
			for _, n := range p.Nodes {
				if n.Kind != tt.kind || n.Typename != tt.typename || !strings.HasPrefix(n.ID, strings.ToLower(tt.kind)+"/") {
					t.Errorf("%s holds %+v, want a %s", tt.field, n, tt.typename)
				}
			}
			// The typed list pages like entities(kinds: [kind]).
			if len(want) > 1 {
				checkSameIDs(t, walkForward(t, c, listQuery{field: tt.field}, 2), want)
			}
		})
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
