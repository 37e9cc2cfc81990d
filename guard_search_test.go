package rightsgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// revisionSearcher is the embedded store reading the revision with a
// search's hits (rightsgraph.RevisionSearcher), counting what it is
// asked.
type revisionSearcher struct {
	rightsgraph.Store
	revisions, searches, revisionSearches int
}

func (s *revisionSearcher) Revision(ctx context.Context) (int64, error) {
	s.revisions++
	return s.Store.Revision(ctx)
}

func (s *revisionSearcher) Search(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	s.searches++
	return s.Store.Search(ctx, q)
}

func (s *revisionSearcher) SearchRevision(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, int64, error) {
	s.revisionSearches++
	rev, err := s.Store.Revision(ctx)
	if err != nil {
		return nil, 0, err
	}
	hits, err := s.Store.Search(ctx, q)
	return hits, rev, err
}

// TestGuardedSearchReadsTheRevisionWithTheHits checks that a search
// through Guard over a store that reads the revision with the hits reads
// no revision before them, asks again only when the view of that
// revision hides more than the latest view did, and answers, hiding and
// weighing, exactly as over a store that does not.
func TestGuardedSearchReadsTheRevisionWithTheHits(t *testing.T) {
	rs := &revisionSearcher{Store: inmem.New()}
	guarded := storetest.LoadRestrictedGraph(t, rs)
	oracle := storetest.LoadRestrictedGraph(t, inmem.New())
	anonymous := context.Background()
	summary := func(hits []rightsgraph.SearchHit) string {
		var b strings.Builder
		for _, h := range hits {
			fmt.Fprintf(&b, "%s:%.4f:%d:%d ", h.Entity.ID, h.Score, h.Relations, h.Evidence)
		}
		return b.String()
	}
	check := func(when string) {
		t.Helper()
		for _, text := range []string{"Steppe Rights Centre", "Anna Temirova", "Quorvasov", "Dmitri Lenz", "Valley Watch", "torture", "Open Archive"} {
			for _, first := range []int{1, 10} {
				q := rightsgraph.SearchQuery{Text: text, First: first}
				want, err := oracle.Search(anonymous, q)
				if err != nil {
					t.Fatal(err)
				}
				got, err := guarded.Search(anonymous, q)
				if err != nil {
					t.Fatal(err)
				}
				if a, b := summary(got), summary(want); a != b {
					t.Errorf("%s: Search(%q, first %d) =\n  %s\nwant\n  %s", when, text, first, a, b)
				}
				b, _ := json.Marshal(got)
				for _, secret := range storetest.RestrictedSecrets {
					if bytes.Contains(b, []byte(secret)) {
						t.Errorf("%s: Search(%q) leaks %q", when, text, secret)
					}
				}
			}
		}
	}
	asked := func(when string, searches int) {
		t.Helper()
		if rs.revisions != 0 || rs.revisionSearches != 14 || rs.searches != searches {
			t.Errorf("%s: %d revisions read apart, %d searches with the revision, %d without; want 0, 14, %d",
				when, rs.revisions, rs.revisionSearches, rs.searches, searches)
		}
		rs.revisions, rs.revisionSearches, rs.searches = 0, 0, 0
	}
	check("first")
	asked("first", 1) // the first search had no view to go by
	check("again")
	asked("again", 0)
	admin := rightsgraph.WithPrincipal(anonymous, rightsgraph.Principal{Name: "t", Role: rightsgraph.RoleAdmin})
	for _, s := range []rightsgraph.Store{guarded, oracle} {
		if _, err := rightsgraph.SetVisibility(admin, s, "organisation/valley-watch", rightsgraph.VisibilityRestricted); err != nil {
			t.Fatal(err)
		}
	}
	rs.revisions, rs.revisionSearches, rs.searches = 0, 0, 0
	check("after a restriction")
	asked("after a restriction", 1) // the new view hides one more
}
