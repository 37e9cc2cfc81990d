package inmem_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/storetest"
)

// TestReopenKeepsMergeRecordsAndTokens merges, reopens, and unmerges: the
// merge's record survives the journal, and so do tokens created and
// revoked as edits, with their clearance.
func TestReopenKeepsMergeRecordsAndTokens(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir)
	storetest.MustLoad(t, s, storetest.ReportA(t), storetest.ReportB(t))
	wantE, wantR := storetest.Dump(t, s)
	editor := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "ngo", Role: rightsgraph.RoleEditor})
	admin := rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "root", Role: rightsgraph.RoleAdmin})
	if _, err := rightsgraph.MergeEntities(editor, s, "organisation/coast-watch", "organisation/open-rights-centre"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := rightsgraph.CreateToken(admin, s, "field", rightsgraph.RoleEditor, false); err != nil {
		t.Fatal(err)
	}
	if _, err := rightsgraph.RevokeToken(admin, s, "field"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := rightsgraph.CreateToken(admin, s, "keeper", rightsgraph.RoleEditor, true); err != nil {
		t.Fatal(err)
	}
	wantTokens, _ := s.Tokens(context.Background())
	s.Close()

	again := MustOpen(t, dir)
	if got, _ := again.Tokens(context.Background()); !reflect.DeepEqual(got, wantTokens) || len(got) != 2 || !got[0].Revoked() || !got[1].Cleared {
		t.Errorf("tokens after reopening = %+v, want %+v", got, wantTokens)
	}
	if _, _, err := rightsgraph.UnmergeEntities(editor, again, "organisation/open-rights-centre"); err != nil {
		t.Fatalf("unmerge after reopening: %v", err)
	}
	gotE, gotR := storetest.Dump(t, again)
	if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotR, wantR) {
		t.Error("the graph after reopening and unmerging differs from the graph before the merge")
	}
	again.Close()
	third := MustOpen(t, dir)
	if e, err := third.Entity(context.Background(), "organisation/open-rights-centre"); err != nil || e.ID != "organisation/open-rights-centre" {
		t.Errorf("the unmerged id after reopening again: %+v, %v", e, err)
	}
}
