package neo4jstore_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestNeo4jListParity checks that the pages Neo4j cuts from its sort indexes
// are those rightsgraph.PageOf cuts from every match sorted in Go, for
// names whose order Neo4j's own string comparison (UTF-16) would get
// wrong (supplementary letters against fullwidth ones), keys that are
// prefixes of others, both orders and directions, kinds and reports, and
// every cursor: of each entity, of an entity renamed since, and made up.
func TestNeo4jListParity(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.MustOpen(t)
	names := []string{"Ａnna", "𝐀nna", "anna", "Anna B", "Anna", "Annab", "가나", "Zoe", "zoé", "Ölga", "ab", "a b", "Ｚed", "𐐨ed", "\uFFFDx"}
	var es []*rightsgraph.Entity
	for i, n := range names {
		kind := rightsgraph.KindPerson
		if i%3 == 1 {
			kind = rightsgraph.KindOrganisation
		}
		es = append(es, &rightsgraph.Entity{ID: fmt.Sprintf("%s%c%d", kind.IDPrefix(), 'a'+rune(i%4), i), Kind: kind, Name: n})
	}
	storetest.MustLoad(t, s, storetest.Report(t, "report/l", "A list.", es[:8]), storetest.Report(t, "report/m", "More.", es[8:]))
	all, _ := storetest.Dump(t, s)

	cursor := func(key, id string) string {
		b, _ := json.Marshal(map[string]string{"k": key, "i": id})
		return base64.RawURLEncoding.EncodeToString(b)
	}
	for _, order := range []rightsgraph.EntityOrder{rightsgraph.OrderByName, rightsgraph.OrderByID} {
		var cursors []string
		for i, e := range all {
			if i%2 == 0 || e.Kind == rightsgraph.KindOrganisation {
				cursors = append(cursors, rightsgraph.EncodeCursor(e, order))
			}
		}
		// A cursor whose entity was renamed since, and made-up ones.
		cursors = append(cursors, cursor("zzz", es[0].ID), cursor("anna", "person/zz"), cursor("anna", "a"),
			cursor(es[3].ID, "zz"), cursor(es[3].ID, "a"), cursor("𝐀", "x"), cursor("", ""+es[1].ID))
		for _, desc := range []bool{false, true} {
			for _, filter := range []rightsgraph.EntityQuery{{}, {Kinds: []rightsgraph.Kind{rightsgraph.KindOrganisation}},
				{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson, rightsgraph.KindOrganisation}}, {Report: "report/m"}, {NameContains: "ann"}} {
				qs := []rightsgraph.EntityQuery{{}}
				for _, n := range []int{1, 3} {
					qs = append(qs, rightsgraph.EntityQuery{First: n}, rightsgraph.EntityQuery{Last: max(n, 1)})
					for _, c := range cursors {
						qs = append(qs, rightsgraph.EntityQuery{First: n, After: c}, rightsgraph.EntityQuery{Last: max(n, 1), Before: c},
							rightsgraph.EntityQuery{First: n, Before: c})
						if n == 3 && len(filter.Kinds) == 2 {
							for _, d := range everyFourth(cursors) {
								qs = append(qs, rightsgraph.EntityQuery{First: n, After: c, Before: d}, rightsgraph.EntityQuery{Last: n, After: c, Before: d})
							}
						}
					}
				}
				for _, q := range qs {
					q.Order, q.Desc, q.Kinds, q.Report, q.NameContains = order, desc, filter.Kinds, filter.Report, filter.NameContains
					want := expectedPage(t, all, q)
					got, err := s.ListEntities(ctx, q)
					if err != nil {
						t.Fatalf("%+v: %v", q, err)
					}
					if !reflect.DeepEqual(pageSummary(got), pageSummary(want)) {
						t.Fatalf("ListEntities(%+v)\n got %v\nwant %v", q, pageSummary(got), pageSummary(want))
					}
				}
			}
		}
	}
}

// expectedPage is PageOf over the entities that match q.
func expectedPage(t *testing.T, all []*rightsgraph.Entity, q rightsgraph.EntityQuery) *rightsgraph.EntityPage {
	t.Helper()
	var match []*rightsgraph.Entity
	for _, e := range all {
		if (len(q.Kinds) == 0 || slices.Contains(q.Kinds, e.Kind)) && (q.Report == "" || slices.Contains(e.Reports, q.Report)) &&
			(q.NameContains == "" || slices.ContainsFunc(e.Names(), func(n string) bool {
				return strings.Contains(rightsgraph.Normalize(n), rightsgraph.Normalize(q.NameContains))
			})) {
			match = append(match, e)
		}
	}
	rightsgraph.SortEntities(match, q.Order, q.Desc)
	page, err := rightsgraph.PageOf(match, q)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

func pageSummary(p *rightsgraph.EntityPage) []any {
	var ids []string
	for _, e := range p.Entities {
		ids = append(ids, e.ID)
	}
	return []any{ids, p.Cursors, p.HasPreviousPage, p.HasNextPage, p.Total}
}

func everyFourth(s []string) []string {
	var out []string
	for i := 0; i < len(s); i += 4 {
		out = append(out, s[i])
	}
	return out
}
