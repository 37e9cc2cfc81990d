package graph_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/analysis"
	"github.com/rightsgraph/rightsgraph/graph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// Ids of the bundled report (seed/reports/2017-11-moscow-human-rights-congress.yaml)
// that the tests rely on. The report is still being annotated, so the tests
// assert only its most stable facts and take everything else from the store.
const (
	reportID           = "report/2017-11-moscow-human-rights-congress"
	congressID         = "congress/2017-moscow-human-rights-congress"
	levID              = "person/lev-ponomarev"
	alekseevaID        = "person/liudmila-alekseeva"
	taubinaID          = "person/natalya-taubina"
	orlovID            = "person/oleg-orlov"
	forHumanRightsID   = "organisation/for-human-rights"
	publicVerdictID    = "organisation/public-verdict-foundation"
	memorialID         = "organisation/memorial-human-rights-centre"
	oversightID        = "organisation/public-oversight-commissions"
	hrCouncilID        = "organisation/human-rights-council-of-russia"
	chechnyaIssueID    = "issue/human-rights-in-chechnya"
	chechnyaResolution = "resolution/chechnya"
	moscowID           = "place/moscow"
	chechnyaPlaceID    = "place/chechnya"
)

// MustSeededStore returns an embedded store holding the bundled reports.
func MustSeededStore(tb testing.TB) *inmem.Store {
	tb.Helper()
	s := inmem.New()
	if _, err := seed.LoadFS(context.Background(), s, seed.Bundled(), seed.Options{}); err != nil {
		tb.Fatalf("load bundled reports: %v", err)
	}
	return s
}

// newClient returns a GraphQL test client over the real handler on s.
func newClient(s rightsgraph.Store) *client.Client {
	return client.New(newHandler(s, slog.New(slog.DiscardHandler)))
}

// newHandler returns the real GraphQL handler on s, with its analyzer.
func newHandler(s rightsgraph.Store, log *slog.Logger) http.Handler {
	return graph.NewHandler(s, analysis.NewAnalyzer(s, log), log, graph.DefaultOptions())
}

// MustPost runs a query that must succeed and decodes its data into resp.
func MustPost(tb testing.TB, c *client.Client, query string, resp any, opts ...client.Option) {
	tb.Helper()
	if err := c.Post(query, resp, opts...); err != nil {
		tb.Fatalf("query failed: %v\nquery: %s", err, query)
	}
}

// gqlError is one entry of a response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Locations  []any          `json:"locations"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { s, _ := e.Extensions["code"].(string); return s }

// MustErrors runs a query that must fail and returns its data (nil when
// null) and errors.
func MustErrors(tb testing.TB, c *client.Client, query string, opts ...client.Option) (any, []gqlError) {
	tb.Helper()
	resp, err := c.RawPost(query, opts...)
	if err != nil {
		tb.Fatalf("post: %v", err)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			tb.Fatalf("decode errors %s: %v", resp.Errors, err)
		}
	}
	if len(errs) == 0 {
		tb.Fatalf("query succeeded, want an error: data %v", resp.Data)
	}
	return resp.Data, errs
}

// rawResponse is a whole HTTP response of the GraphQL endpoint.
type rawResponse struct {
	Status int
	Body   []byte
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// MustRawPost posts a query to h without the test client, which refuses
// to decode responses with an HTTP error status (parse errors get 422).
func MustRawPost(tb testing.TB, h http.Handler, query string) rawResponse {
	tb.Helper()
	return MustRawPostAccept(tb, h, query, "")
}

// MustRawPostAccept is MustRawPost with an Accept header ("" for none).
func MustRawPostAccept(tb testing.TB, h http.Handler, query, accept string) rawResponse {
	tb.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	out := rawResponse{Status: w.Code, Body: w.Body.Bytes()}
	if err := json.Unmarshal(out.Body, &out); err != nil {
		tb.Fatalf("decode %s: %v", out.Body, err)
	}
	return out
}

// The response shapes shared by the tests.
type (
	entityRef struct {
		ID   string `json:"id"`
		Kind string `json:"kind"`
		Name string `json:"name"`
	}
	reportRef struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	evidence struct {
		Report reportRef `json:"report"`
		Quote  string    `json:"quote"`
		Start  int       `json:"start"`
		End    int       `json:"end"`
	}
	relation struct {
		ID        string     `json:"id"`
		Type      string     `json:"type"`
		Direction string     `json:"direction"`
		Role      *string    `json:"role"`
		Other     entityRef  `json:"other"`
		At        *entityRef `json:"at"`
		Evidence  []evidence `json:"evidence"`
	}
)

// relFields selects every field of a relation.
const relFields = `
fragment rel on Relation {
  id type direction role
  other { id kind name }
  at { id kind name }
  evidence { quote start end report { id title } }
}`

func relationIDs(rels []relation) []string {
	ids := make([]string, len(rels))
	for i, r := range rels {
		ids[i] = r.ID
	}
	return ids
}

// findRelation returns the relation of type t with other at the other end.
func findRelation(rels []relation, t, other string) (relation, bool) {
	i := slices.IndexFunc(rels, func(r relation) bool { return r.Type == t && r.Other.ID == other })
	if i < 0 {
		return relation{}, false
	}
	return rels[i], true
}

func TestNode(t *testing.T) {
	c := newClient(MustSeededStore(t))
	const q = `query($id: ID!) { node(id: $id) { __typename id ... on Entity { kind name } } }`
	tests := []struct {
		name, id, wantType, wantName string
	}{
		{"person", levID, "Person", "Lev Ponomarev"},
		{"organisation", forHumanRightsID, "Organisation", "For Human Rights"},
		{"congress", congressID, "Congress", ""},
		{"resolution", chechnyaResolution, "Resolution", ""},
		{"report", reportID, "Report", ""},
		{"place", moscowID, "Place", "Moscow"},
		{"issue", chechnyaIssueID, "Issue", ""},
		{"unknown id", "person/nobody-at-all", "", ""},
		{"malformed id", "not an id", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Node *struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
					Kind     string `json:"kind"`
					Name     string `json:"name"`
				} `json:"node"`
			}
			MustPost(t, c, q, &resp, client.Var("id", tt.id))
			if tt.wantType == "" {
				if resp.Node != nil {
					t.Fatalf("node(%q) = %+v, want null", tt.id, *resp.Node)
				}
				return
			}
			n := resp.Node
			if n == nil {
				t.Fatalf("node(%q) = null", tt.id)
			}
			if n.ID != tt.id || n.Typename != tt.wantType || n.Kind != strings.ToUpper(tt.wantType) {
				t.Errorf("node(%q) = %s %s %s, want %s %s", tt.id, n.Typename, n.ID, n.Kind, tt.wantType, tt.id)
			}
			if tt.wantName != "" && n.Name != tt.wantName {
				t.Errorf("name = %q, want %q", n.Name, tt.wantName)
			}
		})
	}
}

func TestEntity(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	const q = `query($id: ID!) {
  entity(id: $id) {
    __typename id kind name aliases description
    reports { id }
    ... on Congress { startDate endDate }
    ... on Report { title url publishedAt source attribution text }
  }
}`
	type entity struct {
		Typename    string      `json:"__typename"`
		ID          string      `json:"id"`
		Kind        string      `json:"kind"`
		Name        string      `json:"name"`
		Aliases     []string    `json:"aliases"`
		Description *string     `json:"description"`
		Reports     []reportRef `json:"reports"`
		StartDate   *string     `json:"startDate"`
		EndDate     *string     `json:"endDate"`
		Title       *string     `json:"title"`
		URL         *string     `json:"url"`
		PublishedAt *string     `json:"publishedAt"`
		Source      *string     `json:"source"`
		Attribution *string     `json:"attribution"`
		Text        *string     `json:"text"`
	}
	tests := []struct {
		name, id    string
		wantAliases []string // some of the aliases
	}{
		{"person with aliases", levID, []string{"Len Ponomarev"}},
		{"person with transliterations", alekseevaID, []string{"Liudmila Mikhailovna Alekseeva", "Lyudmila Alexeyeva"}},
		{"organisation with abbreviations", oversightID, []string{"ONK", "POC"}},
		{"congress", congressID, nil},
		{"report", reportID, nil},
		{"unknown id", "organisation/no-such-thing", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Entity *entity `json:"entity"`
			}
			MustPost(t, c, q, &resp, client.Var("id", tt.id))
			want, err := s.Entity(context.Background(), tt.id)
			if rightsgraph.ErrorCode(err) == rightsgraph.ENOTFOUND {
				if resp.Entity != nil {
					t.Fatalf("entity(%q) = %+v, want null", tt.id, *resp.Entity)
				}
				return
			} else if err != nil {
				t.Fatal(err)
			}
			got := resp.Entity
			if got == nil {
				t.Fatalf("entity(%q) = null", tt.id)
			}
			if got.ID != want.ID || got.Kind != string(want.Kind) || got.Name != want.Name ||
				!strings.EqualFold(got.Typename, string(want.Kind)) {
				t.Errorf("entity(%q) = %s %s %q (%s), want %s %q", tt.id, got.Kind, got.ID, got.Name, got.Typename, want.Kind, want.Name)
			}
			if !slices.Equal(got.Aliases, want.Aliases) {
				t.Errorf("aliases = %q, want %q", got.Aliases, want.Aliases)
			}
			for _, a := range tt.wantAliases {
				if !slices.Contains(got.Aliases, a) {
					t.Errorf("aliases %q lack %q", got.Aliases, a)
				}
			}
			if d := deref(got.Description); d != want.Description {
				t.Errorf("description = %q, want %q", d, want.Description)
			}
			var reports []string
			for _, r := range got.Reports {
				reports = append(reports, r.ID)
			}
			if !slices.Contains(reports, reportID) || !slices.Equal(reports, want.Reports) {
				t.Errorf("reports = %q, want %q (with %s)", reports, want.Reports, reportID)
			}
			if want.Kind == rightsgraph.KindCongress && (deref(got.StartDate) != want.StartDate || deref(got.EndDate) != want.EndDate) {
				t.Errorf("dates = %v..%v, want %s..%s", deref(got.StartDate), deref(got.EndDate), want.StartDate, want.EndDate)
			}
			if want.Kind == rightsgraph.KindReport {
				gotReport := []string{deref(got.Title), deref(got.URL), deref(got.PublishedAt), deref(got.Source), deref(got.Attribution), deref(got.Text)}
				wantReport := []string{want.Name, want.URL, want.PublishedAt, want.Source, want.Attribution, want.Text}
				if !slices.Equal(gotReport, wantReport) || want.Text == "" {
					t.Errorf("report fields (title, url, publishedAt, source, attribution, text) differ from the store's:\n got %.80q\nwant %.80q", gotReport, wantReport)
				}
			}
		})
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

type searchHit struct {
	Entity entityRef `json:"entity"`
	Score  float64   `json:"score"`
}

// MustSearch runs search through the API.
func MustSearch(tb testing.TB, c *client.Client, query string, kinds []string, first *int) []searchHit {
	tb.Helper()
	var resp struct {
		Search []searchHit `json:"search"`
	}
	opts := []client.Option{client.Var("q", query)}
	if kinds != nil {
		opts = append(opts, client.Var("kinds", kinds))
	}
	if first != nil {
		opts = append(opts, client.Var("first", *first))
	}
	// Variables left out keep the schema's defaults (first = 10).
	decl, args := "$q: String!", "query: $q"
	if kinds != nil {
		decl, args = decl+", $kinds: [Kind!]", args+", kinds: $kinds"
	}
	if first != nil {
		decl, args = decl+", $first: Int", args+", first: $first"
	}
	q := fmt.Sprintf(`query(%s) { search(%s) { score entity { id kind name } } }`, decl, args)
	MustPost(tb, c, q, &resp, opts...)
	return resp.Search
}

func hitIDs(hits []searchHit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Entity.ID
	}
	return ids
}

// checkRanked fails unless hits are best first, ties by name then id, with
// scores in (0, 1].
func checkRanked(tb testing.TB, hits []searchHit) {
	tb.Helper()
	for i, h := range hits {
		if h.Score <= 0 || h.Score > 1 {
			tb.Errorf("hit %d (%s) has score %v, want (0, 1]", i, h.Entity.ID, h.Score)
		}
		if i == 0 {
			continue
		}
		p := hits[i-1]
		if c := cmp.Or(cmp.Compare(h.Score, p.Score),
			-strings.Compare(rightsgraph.Normalize(h.Entity.Name), rightsgraph.Normalize(p.Entity.Name)),
			-strings.Compare(h.Entity.ID, p.Entity.ID)); c >= 0 {
			tb.Errorf("hit %d %s (%v) ranks after %s (%v)", i, h.Entity.ID, h.Score, p.Entity.ID, p.Score)
		}
	}
}

func TestSearchTopHit(t *testing.T) {
	c := newClient(MustSeededStore(t))
	// Score bands of the schema's SearchHit doc.
	exact := func(s float64) bool { return s == rightsgraph.ScoreExact }
	translit := func(s float64) bool { return s == rightsgraph.ScoreTranslit }
	prefix := func(s float64) bool { return s == rightsgraph.ScorePrefix }
	fuzzy := func(s float64) bool { return s > 0 && s < rightsgraph.ScoreWordPrefixes }
	tests := []struct {
		name, query, want string
		score             func(float64) bool
	}{
		{"name", "Lev Ponomarev", levID, exact},
		{"typo in the name as the report prints it", "Len Ponomarev", levID, exact},
		{"patronymic form", "Liudmila Mikhailovna Alekseeva", alekseevaID, exact},
		{"other transliteration", "Lyudmila Alexeyeva", alekseevaID, exact},
		{"Russian abbreviation", "ONK", oversightID, exact},
		{"English abbreviation", "POC", oversightID, exact},
		{"case and punctuation", "  lev   PONOMAREV!! ", levID, exact},
		{"transliteration variant", "Chechnia", chechnyaPlaceID, translit},
		{"prefix", "Lev Ponom", levID, prefix},
		{"typo", "Ponomerev", levID, fuzzy},
		{"typo of a short name", "Moskow", moscowID, fuzzy},
		{"typo in two words", "Lev Ponomarv", levID, fuzzy},
		{"typo in a surname", "Taubna", taubinaID, fuzzy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := MustSearch(t, c, tt.query, nil, nil)
			if len(hits) == 0 {
				t.Fatalf("search(%q) found nothing, want %s", tt.query, tt.want)
			}
			if top := hits[0]; top.Entity.ID != tt.want || !tt.score(top.Score) {
				t.Errorf("search(%q) top hit = %s (%v), want %s; all: %v", tt.query, top.Entity.ID, top.Score, tt.want, hits)
			}
			checkRanked(t, hits)
		})
	}
}

// TestSearchRanking checks exact > prefix > fuzzy in one result list, on a
// store of its own so that the seed's growth cannot change the ranking.
func TestSearchRanking(t *testing.T) {
	ctx := context.Background()
	s := inmem.New()
	g := &rightsgraph.ReportGraph{
		Report: &rightsgraph.Entity{ID: "report/fixture", Kind: rightsgraph.KindReport, Name: "Fixture", Text: "A fixture."},
		Entities: []*rightsgraph.Entity{
			{ID: "organisation/fuzzy", Kind: rightsgraph.KindOrganisation, Name: "Memorail"},
			{ID: "organisation/words", Kind: rightsgraph.KindOrganisation, Name: "Friends of Memorial"},
			{ID: "organisation/prefix", Kind: rightsgraph.KindOrganisation, Name: "Memorial Society"},
			{ID: "organisation/exact", Kind: rightsgraph.KindOrganisation, Name: "Society", Aliases: []string{"Memorial"}},
			{ID: "person/unrelated", Kind: rightsgraph.KindPerson, Name: "Lev Ponomarev"},
		},
	}
	if err := s.LoadReport(ctx, g); err != nil {
		t.Fatal(err)
	}
	hits := MustSearch(t, newClient(s), "memorial", nil, nil)
	want := []string{"organisation/exact", "organisation/prefix", "organisation/words", "organisation/fuzzy"}
	if got := hitIDs(hits); !slices.Equal(got, want) {
		t.Fatalf("search(memorial) = %v, want %v", hits, want)
	}
	checkRanked(t, hits)
	wantScores := []float64{rightsgraph.ScoreExact, rightsgraph.ScorePrefix, rightsgraph.ScoreWords}
	for i, w := range wantScores {
		if hits[i].Score != w {
			t.Errorf("%s scores %v, want %v", hits[i].Entity.ID, hits[i].Score, w)
		}
	}
	if f := hits[3].Score; f <= 0 || f >= rightsgraph.ScoreWordPrefixes {
		t.Errorf("fuzzy hit scores %v, want (0, %v)", f, rightsgraph.ScoreWordPrefixes)
	}
}

func TestSearchSeedRanking(t *testing.T) {
	c := newClient(MustSeededStore(t))
	hits := MustSearch(t, c, "Moscow", nil, nil)
	checkRanked(t, hits)
	if len(hits) < 3 || hits[0].Entity.ID != moscowID || hits[0].Score != rightsgraph.ScoreExact {
		t.Fatalf("search(Moscow) = %v, want %s first with an exact score, then more", hits, moscowID)
	}
	var bands []float64
	for _, h := range hits {
		if !slices.Contains(bands, h.Score) {
			bands = append(bands, h.Score)
		}
	}
	if !slices.Contains(bands, rightsgraph.ScorePrefix) {
		t.Errorf("search(Moscow) scores %v: no prefix match (Moscow Helsinki Group)", bands)
	}
}

func TestSearchKindsAndFirst(t *testing.T) {
	c := newClient(MustSeededStore(t))
	all := MustSearch(t, c, "Chechnya", nil, ptr(100))
	tests := []struct {
		name      string
		kinds     []string
		first     *int
		wantFirst string
		wantLen   int // 0: as many as all has of those kinds
	}{
		{"no kinds", nil, nil, chechnyaPlaceID, 0},
		{"one kind", []string{"RESOLUTION"}, nil, chechnyaResolution, 0},
		{"two kinds", []string{"ISSUE", "RESOLUTION"}, nil, chechnyaResolution, 0},
		{"a kind without matches", []string{"LAW"}, nil, "", 0},
		{"first", nil, ptr(2), chechnyaPlaceID, 2},
		{"first zero", nil, ptr(0), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := MustSearch(t, c, "Chechnya", tt.kinds, tt.first)
			var want []string
			for _, h := range all {
				if len(tt.kinds) == 0 || slices.Contains(tt.kinds, h.Entity.Kind) {
					want = append(want, h.Entity.ID)
				}
			}
			if tt.first != nil {
				want = want[:min(*tt.first, len(want))]
			}
			if got := hitIDs(hits); !slices.Equal(got, want) {
				t.Errorf("search = %v, want %v", got, want)
			}
			if tt.wantFirst != "" && (len(hits) == 0 || hits[0].Entity.ID != tt.wantFirst) {
				t.Errorf("top hit of %v, want %s", hits, tt.wantFirst)
			}
			if tt.wantLen != 0 && len(hits) != tt.wantLen {
				t.Errorf("%d hits, want %d", len(hits), tt.wantLen)
			}
			for _, h := range hits {
				if len(tt.kinds) > 0 && !slices.Contains(tt.kinds, h.Entity.Kind) {
					t.Errorf("hit %s of kind %s, want one of %v", h.Entity.ID, h.Entity.Kind, tt.kinds)
				}
			}
		})
	}
	t.Run("default first is 10", func(t *testing.T) {
		many := MustSearch(t, c, "Human Rights", nil, ptr(100))
		if len(many) <= 10 {
			t.Skipf("only %d hits for Human Rights; the default cannot show", len(many))
		}
		if got := hitIDs(MustSearch(t, c, "Human Rights", nil, nil)); !slices.Equal(got, hitIDs(many[:10])) {
			t.Errorf("search without first = %v, want the first 10 of %v", got, hitIDs(many))
		}
	})
}

func TestStats(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	var resp struct {
		Stats struct {
			Nodes         int `json:"nodes"`
			Relationships int `json:"relationships"`
			Evidence      int `json:"evidence"`
			NodesByKind   []struct {
				Kind  string `json:"kind"`
				Count int    `json:"count"`
			} `json:"nodesByKind"`
			RelationshipsByType []struct {
				Type  string `json:"type"`
				Count int    `json:"count"`
			} `json:"relationshipsByType"`
		} `json:"stats"`
		Entities struct {
			TotalCount int `json:"totalCount"`
		} `json:"entities"`
	}
	MustPost(t, c, `{
  stats { nodes relationships evidence nodesByKind { kind count } relationshipsByType { type count } }
  entities(first: 1) { totalCount }
}`, &resp)
	got := resp.Stats
	want, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	byKind, sumKinds := map[rightsgraph.Kind]int{}, 0
	for _, kc := range got.NodesByKind {
		byKind[rightsgraph.Kind(kc.Kind)] = kc.Count
		sumKinds += kc.Count
	}
	byType, sumTypes := map[rightsgraph.RelType]int{}, 0
	for _, tc := range got.RelationshipsByType {
		byType[rightsgraph.RelType(tc.Type)] = tc.Count
		sumTypes += tc.Count
	}
	var evidence, relations int
	if err := s.EachRelation(context.Background(), func(r *rightsgraph.Relation) error {
		relations++
		evidence += len(r.Evidence)
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	checks := []struct {
		name      string
		got, want int
	}{
		{"nodes = sum by kind", got.Nodes, sumKinds},
		{"relationships = sum by type", got.Relationships, sumTypes},
		{"nodes = store", got.Nodes, want.Nodes},
		{"relationships = store", got.Relationships, want.Relationships},
		{"evidence = store", got.Evidence, want.Evidence},
		{"relationships = relations listed", got.Relationships, relations},
		{"evidence = evidence listed", got.Evidence, evidence},
		{"nodes = entities totalCount", got.Nodes, resp.Entities.TotalCount},
	}
	for _, ck := range checks {
		t.Run(ck.name, func(t *testing.T) {
			if ck.got != ck.want {
				t.Errorf("got %d, want %d", ck.got, ck.want)
			}
		})
	}
	t.Run("by kind = store", func(t *testing.T) {
		if !maps.Equal(byKind, want.NodesByKind) {
			t.Errorf("nodesByKind = %v, want %v", byKind, want.NodesByKind)
		}
	})
	t.Run("by type = store", func(t *testing.T) {
		if !maps.Equal(byType, want.RelsByType) {
			t.Errorf("relationshipsByType = %v, want %v", byType, want.RelsByType)
		}
	})
	t.Run("no zero counts", func(t *testing.T) {
		for k, n := range byKind {
			if n <= 0 {
				t.Errorf("kind %s counted %d", k, n)
			}
		}
		for ty, n := range byType {
			if n <= 0 {
				t.Errorf("type %s counted %d", ty, n)
			}
		}
	})
}

// MustRelations returns entity(id).relations with the given arguments.
func MustRelations(tb testing.TB, c *client.Client, id string, vars map[string]any) []relation {
	tb.Helper()
	var resp struct {
		Entity *struct {
			Relations []relation `json:"relations"`
		} `json:"entity"`
	}
	opts := []client.Option{client.Var("id", id)}
	decl, args := "$id: ID!", []string{}
	for _, name := range slices.Sorted(maps.Keys(vars)) {
		typ := map[string]string{"types": "[RelType!]", "direction": "Direction", "first": "Int"}[name]
		decl += fmt.Sprintf(", $%s: %s", name, typ)
		args = append(args, fmt.Sprintf("%s: $%s", name, name))
		opts = append(opts, client.Var(name, vars[name]))
	}
	sel := "relations"
	if len(args) > 0 {
		sel += "(" + strings.Join(args, ", ") + ")"
	}
	q := fmt.Sprintf("query(%s) { entity(id: $id) { %s { ...rel } } }%s", decl, sel, relFields)
	MustPost(tb, c, q, &resp, opts...)
	if resp.Entity == nil {
		tb.Fatalf("entity(%q) = null", id)
	}
	return resp.Entity.Relations
}

func TestRelations(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)
	ctx := context.Background()
	for _, id := range []string{levID, congressID, memorialID, chechnyaIssueID, chechnyaResolution, reportID, moscowID} {
		t.Run(id, func(t *testing.T) {
			all := MustRelations(t, c, id, nil)
			stored, err := s.RelationsByEntityIDs(ctx, []string{id})
			if err != nil {
				t.Fatal(err)
			}
			var storedIDs []string
			for _, r := range stored[id] {
				storedIDs = append(storedIDs, r.ID)
			}
			if got := relationIDs(all); !slices.Equal(got, storedIDs) {
				t.Fatalf("relations = %v, want the store's %v", got, storedIDs)
			}
			for i, r := range all {
				parts := strings.Split(r.ID, "|")
				if len(parts) != 3 {
					t.Fatalf("relation id %q, want from|TYPE|to", r.ID)
				}
				from, typ, to := parts[0], parts[1], parts[2]
				wantDir, other := "OUT", to
				if from != id {
					wantDir, other = "IN", from
				}
				if r.Type != typ || r.Direction != wantDir || r.Other.ID != other {
					t.Errorf("relation %s = %s %s other %s, want %s %s other %s", r.ID, r.Type, r.Direction, r.Other.ID, typ, wantDir, other)
				}
				if len(r.Evidence) == 0 {
					t.Errorf("relation %s has no evidence", r.ID)
				}
				if want := stored[id][i]; deref(r.Role) != want.Role || (r.At == nil) != (want.At == "") {
					t.Errorf("relation %s role %q at %v, want %q at %q", r.ID, deref(r.Role), r.At, want.Role, want.At)
				}
			}

			types := map[string]bool{}
			for _, r := range all {
				types[r.Type] = true
			}
			someType := slices.Sorted(maps.Keys(types))[0]
			filters := []struct {
				name string
				vars map[string]any
				keep func(relation) bool
				n    int
			}{
				{"direction OUT", map[string]any{"direction": "OUT"}, func(r relation) bool { return r.Direction == "OUT" }, -1},
				{"direction IN", map[string]any{"direction": "IN"}, func(r relation) bool { return r.Direction == "IN" }, -1},
				{"direction BOTH", map[string]any{"direction": "BOTH"}, func(relation) bool { return true }, -1},
				{"one type", map[string]any{"types": []string{someType}}, func(r relation) bool { return r.Type == someType }, -1},
				{"two types", map[string]any{"types": []string{someType, "MENTIONS"}}, func(r relation) bool { return r.Type == someType || r.Type == "MENTIONS" }, -1},
				{"empty types means all", map[string]any{"types": []string{}}, func(relation) bool { return true }, -1},
				{"first 2", map[string]any{"first": 2}, func(relation) bool { return true }, 2},
				{"first 0", map[string]any{"first": 0}, func(relation) bool { return true }, 0},
				{"type, direction and first", map[string]any{"types": []string{someType}, "direction": "OUT", "first": 1},
					func(r relation) bool { return r.Type == someType && r.Direction == "OUT" }, 1},
			}
			for _, f := range filters {
				t.Run(f.name, func(t *testing.T) {
					var want []string
					for _, r := range all {
						if f.keep(r) {
							want = append(want, r.ID)
						}
					}
					if f.n >= 0 {
						want = want[:min(f.n, len(want))]
					}
					if got := relationIDs(MustRelations(t, c, id, f.vars)); !slices.Equal(got, want) {
						t.Errorf("relations(%v) = %v, want %v", f.vars, got, want)
					}
				})
			}
		})
	}

	t.Run("evidence", func(t *testing.T) {
		report, err := s.Entity(ctx, reportID)
		if err != nil {
			t.Fatal(err)
		}
		rels := MustRelations(t, c, levID, map[string]any{"types": []string{"LEADS"}})
		r, ok := findRelation(rels, "LEADS", forHumanRightsID)
		if !ok || len(rels) != 1 {
			t.Fatalf("LEADS of %s = %v, want one to %s", levID, relationIDs(rels), forHumanRightsID)
		}
		if deref(r.Role) != "head" || r.Direction != "OUT" || r.Other.Name != "For Human Rights" || r.Other.Kind != "ORGANISATION" {
			t.Errorf("relation = %+v, want role head, OUT, to For Human Rights", r)
		}
		for _, ev := range r.Evidence {
			if ev.Report != (reportRef{reportID, report.Name}) {
				t.Errorf("evidence report = %+v, want %s %q", ev.Report, reportID, report.Name)
			}
			if !strings.Contains(ev.Quote, "Lev Ponomarev") || !strings.Contains(ev.Quote, "For Human Rights") {
				t.Errorf("evidence quote %q does not state the fact", ev.Quote)
			}
		}
	})
}

// MustAllEntityIDs returns the id of every entity, walking entities().
func MustAllEntityIDs(tb testing.TB, c *client.Client) []string {
	tb.Helper()
	var ids []string
	var after *string
	for {
		var resp struct {
			Entities struct {
				Nodes    []struct{ ID string } `json:"nodes"`
				PageInfo struct {
					HasNextPage bool    `json:"hasNextPage"`
					EndCursor   *string `json:"endCursor"`
				} `json:"pageInfo"`
			} `json:"entities"`
		}
		MustPost(tb, c, `query($after: String) {
  entities(first: 100, after: $after, orderBy: {field: ID}) { nodes { id } pageInfo { hasNextPage endCursor } }
}`, &resp, client.Var("after", after))
		for _, n := range resp.Entities.Nodes {
			ids = append(ids, n.ID)
		}
		if !resp.Entities.PageInfo.HasNextPage {
			return ids
		}
		after = resp.Entities.PageInfo.EndCursor
	}
}

// TestEvidenceQuotesReportText checks the provenance contract on every
// relation of every entity: Report.text in code points [start, end) is the
// quote.
func TestEvidenceQuotesReportText(t *testing.T) {
	s := MustSeededStore(t)
	c := newClient(s)

	var reports struct {
		Reports struct {
			Nodes []struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Text  string `json:"text"`
			} `json:"nodes"`
		} `json:"reports"`
	}
	MustPost(t, c, `{ reports(first: 100) { nodes { id title text } } }`, &reports)
	texts := map[string][]rune{}
	for _, r := range reports.Reports.Nodes {
		stored, err := s.Entity(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r.Text == "" || r.Text != stored.Text || r.Title != stored.Name {
			t.Errorf("report %s: title %q and %d bytes of text, want %q and the store's %d", r.ID, r.Title, len(r.Text), stored.Name, len(stored.Text))
		}
		texts[r.ID] = []rune(r.Text)
	}
	if _, ok := texts[reportID]; !ok {
		t.Fatalf("reports lack %s", reportID)
	}

	ids := MustAllEntityIDs(t, c)
	const q = `query($id: ID!) { entity(id: $id) { relations { id evidence { quote start end report { id text } } } } }`
	checked, multiByte := 0, 0
	for _, id := range ids {
		var resp struct {
			Entity struct {
				Relations []struct {
					ID       string `json:"id"`
					Evidence []struct {
						Quote  string `json:"quote"`
						Start  int    `json:"start"`
						End    int    `json:"end"`
						Report struct {
							ID   string `json:"id"`
							Text string `json:"text"`
						} `json:"report"`
					} `json:"evidence"`
				} `json:"relations"`
			} `json:"entity"`
		}
		MustPost(t, c, q, &resp, client.Var("id", id))
		for _, r := range resp.Entity.Relations {
			if len(r.Evidence) == 0 {
				t.Errorf("%s: relation %s has no evidence", id, r.ID)
			}
			for _, ev := range r.Evidence {
				text := []rune(ev.Report.Text)
				if !slices.Equal(text, texts[ev.Report.ID]) {
					t.Errorf("%s: evidence report %s text differs from reports()", r.ID, ev.Report.ID)
				}
				if ev.Start < 0 || ev.Start >= ev.End || ev.End > len(text) {
					t.Errorf("%s: evidence [%d,%d) outside the text of %d code points", r.ID, ev.Start, ev.End, len(text))
					continue
				}
				if got := string(text[ev.Start:ev.End]); got != ev.Quote {
					t.Errorf("%s: text[%d:%d] = %q, want the quote %q", r.ID, ev.Start, ev.End, got, ev.Quote)
				}
				if len(ev.Quote) != ev.End-ev.Start {
					multiByte++
				}
				checked++
			}
		}
	}
	// Quotes with curly quotes or dashes make code point and byte offsets
	// differ; without them the test could not tell the two apart.
	if checked == 0 || multiByte == 0 {
		t.Errorf("checked %d pieces of evidence, %d with multi-byte characters; want some of each", checked, multiByte)
	}
}

// typedCase is a typed relation field: on entity id, field of type typ
// must return the relations of relType in direction, with others among them.
type typedCase struct {
	typ, field, id string
	relType, dir   string
	want           map[string]string // other id → role ("" for any)
	wantAtCongress bool
}

func TestTypedRelationFields(t *testing.T) {
	c := newClient(MustSeededStore(t))
	tests := []typedCase{
		{"Person", "leads", levID, "LEADS", "OUT", map[string]string{forHumanRightsID: "head"}, false},
		{"Person", "leads", taubinaID, "LEADS", "OUT", map[string]string{publicVerdictID: "director"}, false},
		{"Person", "chaired", levID, "CHAIRED", "OUT", map[string]string{congressID: ""}, false},
		{"Person", "memberOf", orlovID, "MEMBER_OF", "OUT", map[string]string{memorialID: ""}, false},
		{"Person", "raised", orlovID, "RAISED", "OUT", map[string]string{chechnyaIssueID: ""}, true},
		{"Person", "spokeAt", orlovID, "SPOKE_AT", "OUT", map[string]string{congressID: ""}, false},
		{"Organisation", "leaders", forHumanRightsID, "LEADS", "IN", map[string]string{levID: "head"}, false},
		{"Organisation", "leaders", publicVerdictID, "LEADS", "IN", map[string]string{taubinaID: "director"}, false},
		{"Organisation", "members", memorialID, "MEMBER_OF", "IN", map[string]string{orlovID: ""}, false},
		{"Organisation", "raised", memorialID, "RAISED", "OUT", map[string]string{chechnyaIssueID: ""}, true},
		{"Organisation", "organised", hrCouncilID, "ORGANISED", "OUT", map[string]string{congressID: ""}, false},
		{"Organisation", "partOf", "organisation/moscow-public-oversight-commission", "PART_OF", "OUT", map[string]string{oversightID: ""}, false},
		{"Organisation", "units", oversightID, "PART_OF", "IN", map[string]string{"organisation/moscow-public-oversight-commission": ""}, false},
		{"Issue", "discussedAt", "issue/situation-of-ngos", "DISCUSSED", "IN", map[string]string{congressID: ""}, false},
		{"Congress", "discussed", congressID, "DISCUSSED", "OUT", map[string]string{"issue/situation-of-ngos": ""}, false},
		{"Congress", "attendees", congressID, "ATTENDED", "IN", map[string]string{memorialID: "", publicVerdictID: ""}, false},
		{"Law", "addressedBy", "law/foreign-agent-ngo-law", "ADDRESSES", "IN", map[string]string{"resolution/final-resolution": "repeal"}, false},
		{"Issue", "raisedBy", chechnyaIssueID, "RAISED", "IN", map[string]string{orlovID: "", memorialID: ""}, true},
		{"Issue", "addressedBy", chechnyaIssueID, "ADDRESSES", "IN", map[string]string{chechnyaResolution: ""}, false},
		{"Congress", "resolutions", congressID, "PASSED", "OUT", map[string]string{chechnyaResolution: ""}, false},
		{"Congress", "speakers", congressID, "SPOKE_AT", "IN", map[string]string{levID: "", taubinaID: "", orlovID: ""}, false},
		{"Congress", "chairs", congressID, "CHAIRED", "IN", map[string]string{levID: ""}, false},
		{"Congress", "organisers", congressID, "ORGANISED", "IN", map[string]string{hrCouncilID: ""}, false},
		{"Congress", "heldIn", congressID, "HELD_IN", "OUT", map[string]string{moscowID: ""}, false},
		{"Resolution", "addresses", chechnyaResolution, "ADDRESSES", "OUT", map[string]string{chechnyaIssueID: "", chechnyaPlaceID: ""}, false},
		{"Resolution", "passedBy", chechnyaResolution, "PASSED", "IN", map[string]string{congressID: ""}, false},
	}
	for _, tt := range tests {
		t.Run(tt.typ+"."+tt.field+"/"+tt.id, func(t *testing.T) {
			// The field and its equivalent relations() query side by side.
			q := fmt.Sprintf(`query($id: ID!, $types: [RelType!], $dir: Direction) {
  entity(id: $id) { __typename ... on %s { typed: %s { ...rel } } relations(types: $types, direction: $dir) { id } }
}%s`, tt.typ, tt.field, relFields)
			var resp struct {
				Entity *struct {
					Typename  string     `json:"__typename"`
					Typed     []relation `json:"typed"`
					Relations []struct {
						ID string `json:"id"`
					} `json:"relations"`
				} `json:"entity"`
			}
			MustPost(t, c, q, &resp, client.Var("id", tt.id), client.Var("types", []string{tt.relType}), client.Var("dir", tt.dir))
			e := resp.Entity
			if e == nil || e.Typename != tt.typ {
				t.Fatalf("entity(%q) = %+v, want a %s", tt.id, e, tt.typ)
			}
			var viaRelations []string
			for _, r := range e.Relations {
				viaRelations = append(viaRelations, r.ID)
			}
			if got := relationIDs(e.Typed); !slices.Equal(got, viaRelations) {
				t.Errorf("%s = %v, want relations(types: [%s], direction: %s) = %v", tt.field, got, tt.relType, tt.dir, viaRelations)
			}
			for _, r := range e.Typed {
				if r.Type != tt.relType || r.Direction != tt.dir {
					t.Errorf("%s returned %s (%s %s), want %s %s", tt.field, r.ID, r.Type, r.Direction, tt.relType, tt.dir)
				}
				if len(r.Evidence) == 0 {
					t.Errorf("%s has no evidence", r.ID)
				}
				if tt.wantAtCongress && (r.At == nil || r.At.ID != congressID || r.At.Kind != "CONGRESS" || r.At.Name == "") {
					t.Errorf("%s at = %+v, want %s", r.ID, r.At, congressID)
				}
			}
			for other, role := range tt.want {
				r, ok := findRelation(e.Typed, tt.relType, other)
				if !ok {
					t.Errorf("%s = %v, lacks %s", tt.field, relationIDs(e.Typed), other)
					continue
				}
				if role != "" && deref(r.Role) != role {
					t.Errorf("%s role = %q, want %q", r.ID, deref(r.Role), role)
				}
			}
		})
	}
}

// TestRelationAt checks Relation.at: the congress for RAISED, null where
// the annotation names none.
func TestRelationAt(t *testing.T) {
	c := newClient(MustSeededStore(t))
	tests := []struct {
		name, id, relType, other string
		wantAt                   string
	}{
		{"raised at the congress", orlovID, "RAISED", chechnyaIssueID, congressID},
		{"leads, at no congress", levID, "LEADS", forHumanRightsID, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels := MustRelations(t, c, tt.id, map[string]any{"types": []string{tt.relType}})
			r, ok := findRelation(rels, tt.relType, tt.other)
			if !ok {
				t.Fatalf("%s %s %s missing from %v", tt.id, tt.relType, tt.other, relationIDs(rels))
			}
			if got := deref(r.At).ID; got != tt.wantAt {
				t.Errorf("at = %q, want %q", got, tt.wantAt)
			}
		})
	}
}

func TestBadUserInput(t *testing.T) {
	c := newClient(MustSeededStore(t))
	garbage := "eyJub3QiOiJhIGN1cnNvciJ9" // base64 of {"not":"a cursor"}
	tests := []struct {
		name, query string
		vars        map[string]any
		path        string
	}{
		{"negative first on a list", `{ persons(first: -1) { totalCount } }`, nil, "persons"},
		{"negative last on a list", `{ entities(last: -2) { totalCount } }`, nil, "entities"},
		{"negative first on search", `{ search(query: "Lev", first: -1) { score } }`, nil, "search"},
		{"negative first on relations", `query($id: ID!) { entity(id: $id) { relations(first: -1) { id } } }`, map[string]any{"id": levID}, "entity.relations"},
		{"first over 100 on a list", `{ organisations(first: 101) { totalCount } }`, nil, "organisations"},
		{"last over 100 on a list", `{ issues(last: 1000) { totalCount } }`, nil, "issues"},
		{"first over 100 on search", `{ search(query: "Lev", first: 101) { score } }`, nil, "search"},
		{"first zero on a list", `{ laws(first: 0) { totalCount } }`, nil, "laws"},
		{"first and last", `{ places(first: 2, last: 2) { totalCount } }`, nil, "places"},
		{"cursor not base64", `query($c: String) { persons(after: $c) { totalCount } }`, map[string]any{"c": "not a cursor!"}, "persons"},
		{"cursor of the wrong shape", `query($c: String) { persons(after: $c) { totalCount } }`, map[string]any{"c": garbage}, "persons"},
		{"invalid before cursor", `query($c: String) { entities(last: 3, before: $c) { totalCount } }`, map[string]any{"c": "%%%"}, "entities"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []client.Option
			for k, v := range tt.vars {
				opts = append(opts, client.Var(k, v))
			}
			_, errs := MustErrors(t, c, tt.query, opts...)
			if len(errs) != 1 {
				t.Fatalf("errors = %+v, want one", errs)
			}
			e := errs[0]
			if e.code() != rightsgraph.EINVALID {
				t.Errorf("extensions.code = %q, want %q (%q)", e.code(), rightsgraph.EINVALID, e.Message)
			}
			var path []string
			for _, p := range e.Path {
				path = append(path, fmt.Sprint(p))
			}
			if got := strings.Join(path, "."); got != tt.path {
				t.Errorf("path = %q, want %q", got, tt.path)
			}
			if e.Message == "" || e.Message == "internal error" {
				t.Errorf("message = %q, want one that tells the user what to fix", e.Message)
			}
		})
	}
}

// TestRequestErrors checks errors found before execution: no data at all,
// and the status the GraphQL-over-HTTP spec asks for: 200 to a client that
// accepts only application/json, a 4xx to one that accepts
// application/graphql-response+json.
func TestRequestErrors(t *testing.T) {
	h := newHandler(MustSeededStore(t), slog.New(slog.DiscardHandler))
	tests := []struct {
		name, query, code string
		clientError       bool // a 4xx status with graphql-response+json
	}{
		{"syntax error", `{ entity(id: "person/lev-ponomarev") { id `, "GRAPHQL_PARSE_FAILED", true},
		{"unknown field", `{ entity(id: "person/lev-ponomarev") { salary } }`, "GRAPHQL_VALIDATION_FAILED", true},
		{"wrong argument type", `{ search(query: "Lev", first: "ten") { score } }`, "GRAPHQL_VALIDATION_FAILED", true},
		{"unknown enum value", `{ search(query: "Lev", kinds: [ALIEN]) { score } }`, "GRAPHQL_VALIDATION_FAILED", true},
		// Each level multiplies: 100 entities × 10 relations × 10 relations.
		{"over the complexity limit", `{ entities(first: 100) { nodes { relations { other { relations { other { id name } } } } } } }`,
			"COMPLEXITY_LIMIT_EXCEEDED", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := MustRawPost(t, h, tt.query)
			if len(resp.Errors) == 0 {
				t.Fatalf("no errors: %s", resp.Body)
			}
			if d := string(resp.Data); d != "" && d != "null" {
				t.Errorf("data = %s, want none", d)
			}
			if got := resp.Errors[0].code(); got != tt.code {
				t.Errorf("extensions.code = %q, want %q", got, tt.code)
			}
			if resp.Status != http.StatusOK {
				t.Errorf("HTTP status %d with application/json, want 200", resp.Status)
			}
			resp = MustRawPostAccept(t, h, tt.query, "application/graphql-response+json")
			if is4xx := resp.Status >= 400 && resp.Status < 500; is4xx != tt.clientError || (!is4xx && resp.Status != http.StatusOK) {
				t.Errorf("HTTP status %d with graphql-response+json, want a 4xx: %v", resp.Status, tt.clientError)
			}
			if tt.clientError && bytes.Contains(resp.Body, []byte(`"data"`)) {
				t.Errorf("a request error has a data entry: %s", resp.Body)
			}
		})
	}
}

// TestRequestWithoutQuery checks that a request carrying no query, which
// is no GraphQL request at all, answers 400 whatever it accepts.
func TestRequestWithoutQuery(t *testing.T) {
	h := newHandler(MustSeededStore(t), slog.New(slog.DiscardHandler))
	tests := []struct {
		name string
		req  *http.Request
	}{
		{"POST", httptest.NewRequest(http.MethodPost, "/", strings.NewReader(`{"variables": {"id": "x"}}`))},
		{"GET", httptest.NewRequest(http.MethodGet, "/?variables=%7B%7D", nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, tt.req)
			if w.Code != http.StatusBadRequest {
				t.Errorf("HTTP status %d, want 400: %s", w.Code, w.Body)
			}
		})
	}
}

// failingStore is the seeded store with a Stats that fails with a detail
// the user must not see, and a Search that panics.
type failingStore struct {
	rightsgraph.Store
}

const secret = "secret db detail"

func (failingStore) Stats(context.Context) (*rightsgraph.Stats, error) {
	return nil, errors.New(secret)
}

func (failingStore) Search(context.Context, rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	panic(secret)
}

func TestInternalErrorsAreMasked(t *testing.T) {
	var logs bytes.Buffer
	h := newHandler(failingStore{MustSeededStore(t)}, slog.New(slog.NewTextHandler(&logs, nil)))
	tests := []struct {
		name, query, path string
	}{
		{"store error", `{ stats { nodes } }`, "stats"},
		{"panic", `{ search(query: "Lev") { score } }`, "search"},
		{"error beside data", `{ entity(id: "person/lev-ponomarev") { id } stats { nodes } }`, "stats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs.Reset()
			resp := MustRawPost(t, h, tt.query)
			if resp.Status != http.StatusOK {
				t.Errorf("HTTP status %d, want 200", resp.Status)
			}
			if bytes.Contains(bytes.ToLower(resp.Body), []byte("secret")) {
				t.Errorf("response shows the internal detail: %s", resp.Body)
			}
			if len(resp.Errors) != 1 {
				t.Fatalf("errors = %+v, want one", resp.Errors)
			}
			e := resp.Errors[0]
			if e.Message != "internal error" || e.code() != rightsgraph.EINTERNAL {
				t.Errorf("error = %q code %q, want %q code %q", e.Message, e.code(), "internal error", rightsgraph.EINTERNAL)
			}
			if len(e.Path) != 1 || e.Path[0] != tt.path {
				t.Errorf("path = %v, want [%s]", e.Path, tt.path)
			}
			if !strings.Contains(logs.String(), secret) {
				t.Errorf("the detail was not logged; logs: %q", logs.String())
			}
		})
	}
}

// TestGET checks that queries also run over GET, as GraphQL over HTTP
// allows.
func TestGET(t *testing.T) {
	h := newHandler(MustSeededStore(t), slog.New(slog.DiscardHandler))
	req := httptest.NewRequest(http.MethodGet, "/?query="+url.QueryEscape(`{ entity(id: "person/lev-ponomarev") { name } }`), nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var resp struct {
		Data struct {
			Entity struct{ Name string } `json:"entity"`
		} `json:"data"`
		Errors []gqlError `json:"errors"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decode %s: %v", w.Body, err)
	}
	if w.Code != http.StatusOK || len(resp.Errors) > 0 || resp.Data.Entity.Name != "Lev Ponomarev" {
		t.Errorf("GET = %d %s", w.Code, w.Body)
	}
}
