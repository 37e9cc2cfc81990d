package storetest

import (
	"context"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// testAround checks that Around answers, in one read, what EntitiesByIDs
// and RelationsByEntityIDs answer for the same ids, and reaches at least
// what reading level by level reaches: at every depth, with a type
// filter, for a merged id, an unknown one and none.
func testAround(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t), mergeReportC(t), mergeReportD(t, ""))
	mustMerge(t, editorCtx, s, keepID, dropID)
	tests := []struct {
		name string
		q    rightsgraph.AroundQuery
	}{
		{"one entity", rightsgraph.AroundQuery{IDs: []string{"organisation/open-rights-centre"}, Depth: 1}},
		{"two hops", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova"}, Depth: 2}},
		{"three hops", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova"}, Depth: 3}},
		{"a page", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "person/ivan-sidorov", "issue/torture-in-prisons"}, Depth: 1}},
		{"typed walk", rightsgraph.AroundQuery{IDs: []string{"issue/torture-in-prisons"}, Depth: 2, Types: []rightsgraph.RelType{rightsgraph.RelRaised}}},
		{"merged id", rightsgraph.AroundQuery{IDs: []string{dropID}, Depth: 2}},
		{"unknown id", rightsgraph.AroundQuery{IDs: []string{"person/nobody"}, Depth: 2}},
		{"no ids", rightsgraph.AroundQuery{Depth: 1}},
		{"lean", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", dropID}, Depth: 2, Lean: true}},
		{"lean typed walk", rightsgraph.AroundQuery{IDs: []string{"issue/torture-in-prisons"}, Depth: 3, Types: []rightsgraph.RelType{rightsgraph.RelRaised}, Lean: true}},
		{"selection", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre", "issue/torture-in-prisons"}, Depth: 1,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirIn}}}},
		{"selection of one direction", rightsgraph.AroundQuery{IDs: []string{"organisation/open-rights-centre", keepID}, Depth: 1,
			Select: []rightsgraph.RelSelect{{Dir: rightsgraph.DirIn}}}},
		{"selection both ways", rightsgraph.AroundQuery{IDs: []string{keepID, dropID, "person/anna-petrova"}, Depth: 1,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelPartOf, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelPartOf, Dir: rightsgraph.DirIn}, {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirBoth}}}},
		{"lean selection", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "person/ivan-sidorov"}, Depth: 1, Lean: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirOut}, {Dir: rightsgraph.DirBoth}}}},
		{"lean relations", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", dropID}, Depth: 2, LeanRelations: true}},
		{"lean relations of a selection", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre"}, Depth: 1, LeanRelations: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelRaised, Dir: rightsgraph.DirIn}}}},
		{"lean ends", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre", dropID}, Depth: 1, LeanEnds: true}},
		{"lean ends two hops", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova"}, Depth: 2, LeanEnds: true}},
		{"lean without names", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", dropID}, Depth: 2, Lean: true, Nameless: true}},
		{"lean ends without names", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre"}, Depth: 1, LeanEnds: true, Nameless: true}},
		{"lean ends and relations of a selection", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "person/ivan-sidorov"}, Depth: 1, LeanRelations: true, LeanEnds: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirOut}}}},
		{"lean asked", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre", dropID}, Depth: 1, LeanAsked: true}},
		{"lean asked two hops", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova"}, Depth: 2, LeanAsked: true}},
		{"all lean but the relations", rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "person/ivan-sidorov"}, Depth: 1, LeanAsked: true, LeanEnds: true, Nameless: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := CheckAround(t, ctx, s, tt.q)
			if len(tt.q.IDs) > 0 && tt.q.IDs[0] == dropID && (a.Entities[dropID] == nil || a.Entities[dropID].ID != keepID) {
				t.Errorf("Around of merged id %s = %v, want its survivor %s", dropID, a.Entities[dropID], keepID)
			}
		})
	}
	t.Run("selection reads only what it picks", func(t *testing.T) {
		// Anna leads the centre and raised torture in prisons; the centre
		// raised it too, and Ivan is a member of it.
		a := CheckAround(t, ctx, s, rightsgraph.AroundQuery{IDs: []string{"person/anna-petrova", "organisation/open-rights-centre"}, Depth: 1,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}}})
		anna := a.Relations["person/anna-petrova"]
		if len(anna) != 1 || anna[0].Type != rightsgraph.RelLeads || anna[0].To != "organisation/open-rights-centre" {
			t.Errorf("Anna's relations picked = %v, want the one LEADS to the centre", relationIDs(anna))
		}
		if centre, ok := a.Relations["organisation/open-rights-centre"]; !ok || len(centre) != 0 {
			t.Errorf("the centre's relations picked = %v (listed: %v), want an empty list: it is led, it leads nothing", relationIDs(centre), ok)
		}
		for _, id := range []string{"person/ivan-sidorov", "issue/torture-in-prisons"} {
			if a.Entities[id] != nil {
				t.Errorf("Around read %s, at the end of a relation the selection does not pick", id)
			}
		}
	})
	for _, q := range []rightsgraph.AroundQuery{{IDs: []string{"person/anna-petrova"}}, {Depth: rightsgraph.MaxAroundDepth + 1}, {Depth: 1, Types: []rightsgraph.RelType{"KNOWS"}},
		{Depth: 2, Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}}},
		{Depth: 1, Select: []rightsgraph.RelSelect{{Type: "KNOWS", Dir: rightsgraph.DirOut}}},
		{Depth: 1, Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads}}}} {
		if _, err := s.Around(ctx, q); rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
			t.Errorf("Around(%+v) = %v, want EINVALID", q, err)
		}
	}
}

// CheckAround reads q with s.Around and fails t unless every entity and
// relation list it holds is what EntitiesByIDs and RelationsByEntityIDs
// give for that id (lean, as rightsgraph.LeanEntity and LeanRelation
// make them, when q is; only what q.Select picks of a list, when it
// selects), and it holds all that reading level by level
// (rightsgraph.AroundByLevels) reaches. With a selection, it holds no
// entity but those asked for and the other ends of what it picked. It
// returns what Around read.
func CheckAround(t *testing.T, ctx context.Context, s rightsgraph.Store, q rightsgraph.AroundQuery) *rightsgraph.Around {
	t.Helper()
	got, err := s.Around(ctx, q)
	if err != nil {
		t.Fatalf("Around(%+v): %v", q, err)
	}
	checkAroundRead(t, ctx, s, q, got)
	return got
}

// checkAroundRead fails t unless got is what CheckAround expects of an
// Around of q.
func checkAroundRead(t *testing.T, ctx context.Context, s rightsgraph.Store, q rightsgraph.AroundQuery, got *rightsgraph.Around) {
	t.Helper()
	leanRelations := q.Lean || q.LeanRelations
	ids := slices.Sorted(maps.Keys(got.Entities))
	es, err := s.EntitiesByIDs(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	// An entity read lean: every one (Lean), every one not asked for
	// (LeanEnds), or every one asked for (LeanAsked).
	leanEntity := func(id string) bool {
		asked := slices.Contains(q.IDs, id)
		return q.Lean || q.LeanEnds && !asked || q.LeanAsked && asked
	}
	for id, e := range es {
		if leanEntity(id) {
			es[id] = rightsgraph.LeanEntity(e)
		}
	}
	// An entity whose name the store may leave out (Nameless): a lean one
	// not asked for.
	nameless := func(id string) bool { return q.Nameless && (q.Lean || q.LeanEnds) && !slices.Contains(q.IDs, id) }
	for _, id := range ids {
		e := got.Entities[id]
		if leanEntity(id) { // the guard may have made an empty list of what lean leaves nil
			e = rightsgraph.LeanEntity(e)
		}
		if nameless(id) && e.Name == "" && es[id] != nil {
			es[id].Name = ""
		}
		if !reflect.DeepEqual(e, es[id]) {
			t.Errorf("Around's entity %s = %+v, EntitiesByIDs' %+v", id, got.Entities[id], es[id])
		}
	}
	relIDs := slices.Sorted(maps.Keys(got.Relations))
	rels, err := s.RelationsByEntityIDs(ctx, relIDs)
	if err != nil {
		t.Fatal(err)
	}
	if leanRelations {
		for _, list := range rels {
			for i, r := range list {
				list[i] = rightsgraph.LeanRelation(r)
			}
		}
	}
	for id, list := range rels {
		rels[id] = rightsgraph.SelectRelations(id, list, q.Select)
	}
	for _, id := range relIDs {
		if leanRelations {
			for i, r := range got.Relations[id] {
				got.Relations[id][i] = rightsgraph.LeanRelation(r)
			}
		}
		if len(got.Relations[id]) != len(rels[id]) || len(rels[id]) > 0 && !reflect.DeepEqual(got.Relations[id], rels[id]) {
			t.Errorf("Around's relations of %s = %v, RelationsByEntityIDs' %v", id, relationIDs(got.Relations[id]), relationIDs(rels[id]))
		}
	}
	if len(q.Select) > 0 {
		reached := map[string]bool{}
		for _, id := range q.IDs {
			reached[id] = true
		}
		for id, list := range got.Relations {
			for _, r := range list {
				reached[r.Other(id)] = true
			}
		}
		for _, id := range ids {
			if !reached[id] {
				t.Errorf("Around(%+v) read entity %s, neither asked for nor at the end of a relation picked", q, id)
			}
		}
	}
	want, err := rightsgraph.AroundByLevels(ctx, s, q)
	if err != nil {
		t.Fatal(err)
	}
	for id := range want.Entities {
		if got.Entities[id] == nil {
			t.Errorf("Around(%+v) misses entity %s, which reading level by level reaches", q, id)
		}
	}
	for id, list := range want.Relations {
		if _, ok := got.Relations[id]; !ok && len(list) > 0 {
			t.Errorf("Around(%+v) misses the relations of %s, which reading level by level reads", q, id)
		}
	}
}

// testListAround checks that a page read with what surrounds it
// (EntityQuery.Around) is the page read without, and that what it holds
// around the page is what Around answers for the page's ids: forwards and
// backwards from cursors, filtered, ordered both ways, with selections,
// lean and deeper.
func testListAround(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, ReportA(t), ReportB(t), mergeReportC(t), mergeReportD(t, ""))
	mustMerge(t, editorCtx, s, keepID, dropID)
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	arounds := []struct {
		name string
		q    rightsgraph.AroundQuery
	}{
		{"whole", rightsgraph.AroundQuery{Depth: 1}},
		{"lean relations of a selection", rightsgraph.AroundQuery{Depth: 1, LeanRelations: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirBoth}}}},
		{"lean, two hops", rightsgraph.AroundQuery{Depth: 2, Lean: true}},
		{"lean relations and ends of a selection", rightsgraph.AroundQuery{Depth: 1, LeanRelations: true, LeanEnds: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}, {Type: rightsgraph.RelMemberOf, Dir: rightsgraph.DirBoth}}}},
		{"all lean, a selection", rightsgraph.AroundQuery{Depth: 1, LeanRelations: true, LeanEnds: true, LeanAsked: true, Nameless: true,
			Select: []rightsgraph.RelSelect{{Type: rightsgraph.RelLeads, Dir: rightsgraph.DirOut}}}},
		{"lean asked, two hops", rightsgraph.AroundQuery{Depth: 2, LeanAsked: true}},
	}
	var lists []rightsgraph.EntityQuery
	for _, q := range []rightsgraph.EntityQuery{
		{First: 2}, {Last: 3}, {First: 3, Order: rightsgraph.OrderByID, Desc: true},
		{Kinds: []rightsgraph.Kind{rightsgraph.KindPerson, rightsgraph.KindOrganisation}, First: 2},
		{NameContains: "watch"}, {Report: "report/b", First: 2},
	} {
		// The query, and the pages after and before its first page's
		// cursors, which the store skips at.
		lists = append(lists, q)
		first, err := s.ListEntities(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range first.Cursors {
			after, before := q, q
			if q.Last > 0 {
				after.First, after.Last = q.Last, 0
			}
			after.After = c
			before.Before, before.First, before.Last = c, 0, 2
			lists = append(lists, after, before)
		}
	}
	for _, a := range arounds {
		t.Run(a.name, func(t *testing.T) {
			for _, q := range lists {
				want, err := s.ListEntities(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				aq := a.q
				q.Around = &aq
				got, err := s.ListEntities(ctx, q)
				if err != nil {
					t.Fatalf("ListEntities(%+v): %v", q, err)
				}
				around := got.Around
				if around == nil {
					t.Fatalf("ListEntities(%+v) read nothing around the page", q)
				}
				got.Around = nil
				if aq.LeanAsked { // the page's entities as LeanEntity has them
					for i, e := range want.Entities {
						want.Entities[i] = rightsgraph.LeanEntity(e)
					}
					for i, e := range got.Entities { // the guard may have made an empty list of what lean leaves nil
						got.Entities[i] = rightsgraph.LeanEntity(e)
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("ListEntities(%+v) = %v %+v, without Around %v %+v", q, entityIDs(got.Entities), got, entityIDs(want.Entities), want)
				}
				if around.Revision != rev {
					t.Errorf("ListEntities(%+v) read around at revision %d, want %d", q, around.Revision, rev)
				}
				aq.IDs = entityIDs(got.Entities)
				for _, id := range aq.IDs {
					if _, ok := around.Relations[id]; !ok || around.Entities[id] == nil {
						t.Errorf("ListEntities(%+v) holds nothing around %s, on the page", q, id)
					}
				}
				if aq.Depth == 1 && len(around.Relations) != len(aq.IDs) {
					t.Errorf("ListEntities(%+v) holds the relations of %v, want those of the page %v", q, slices.Sorted(maps.Keys(around.Relations)), aq.IDs)
				}
				checkAroundRead(t, ctx, s, aq, around)
			}
		})
	}
	if _, err := s.ListEntities(ctx, rightsgraph.EntityQuery{Around: &rightsgraph.AroundQuery{Depth: 0}}); rightsgraph.ErrorCode(err) != rightsgraph.EINVALID {
		t.Errorf("ListEntities with Around of depth 0 = %v, want EINVALID", err)
	}
}
