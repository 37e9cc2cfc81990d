package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

func testUpsertEntity(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	orgKind := rightsgraph.KindOrganisation
	personKind := rightsgraph.KindPerson

	t.Run("creates an entity", func(t *testing.T) {
		before := mustStats(t, s)
		in := rightsgraph.EntityInput{ID: "organisation/river-watch", Kind: orgKind, Name: "River Watch",
			Aliases: []string{"RW", "Речной дозор"}, Description: ptr("Watches rivers.")}
		want := &rightsgraph.Entity{ID: in.ID, Kind: orgKind, Name: "River Watch", Aliases: []string{"RW", "Речной дозор"}, Description: "Watches rivers."}
		assertEntity(t, mustUpsert(t, editorCtx, s, in), want)
		assertEntity(t, mustEntity(t, s, in.ID), want)
		for _, name := range []string{"River Watch", "rw", "Речной дозор"} {
			assertTopHit(t, s, name, in.ID)
		}
		after := mustStats(t, s)
		if after.Nodes != before.Nodes+1 || after.NodesByKind[orgKind] != before.NodesByKind[orgKind]+1 {
			t.Errorf("Stats after creating = %+v, before %+v: want one more organisation", after, before)
		}
	})

	corrected := &rightsgraph.Entity{ID: ivanID, Kind: personKind, Name: "Ivan A. Sidorov", Aliases: []string{"Vanya Sidorov"},
		Description: "A lawyer.", Reports: []string{reportE}}
	t.Run("corrects a declared entity", func(t *testing.T) {
		got := mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: personKind, Name: "Ivan A. Sidorov",
			Aliases: []string{"Vanya Sidorov"}, Description: ptr("A lawyer.")})
		assertEntity(t, got, corrected)
		assertEntity(t, mustEntity(t, s, ivanID), corrected)
		assertTopHit(t, s, "Vanya Sidorov", ivanID)
		assertTopHit(t, s, "Ivan A. Sidorov", ivanID)
	})

	t.Run("reloading the report keeps the editor's word", func(t *testing.T) {
		changed := editReport(t, textE+" Ivan Sidorov is a member of the Centre.", factLeads, factRaised)
		for _, e := range changed.Entities {
			if e.ID == ivanID {
				e.Name, e.Aliases, e.Description = "Ivan Petrovich Sidorov", []string{"I. P. Sidorov"}, "A member of the Centre."
			}
		}
		tests := []struct {
			name string
			g    *rightsgraph.ReportGraph
		}{
			{"same graph", editFixture(t)},
			{"changed graph", changed},
			{"same graph again", editFixture(t)},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				MustLoad(t, s, tt.g)
				assertEntity(t, mustEntity(t, s, ivanID), corrected)
			})
		}
	})

	t.Run("an entity an editor corrected outlives the reports that declared it", func(t *testing.T) {
		without := editFixture(t)
		without.Entities = slices.DeleteFunc(without.Entities, func(e *rightsgraph.Entity) bool { return e.ID == ivanID })
		MustLoad(t, s, without)
		orphan := corrected.Clone()
		orphan.Reports = nil
		assertEntity(t, mustEntity(t, s, ivanID), orphan)
		MustLoad(t, s, editFixture(t))
		assertEntity(t, mustEntity(t, s, ivanID), corrected)
	})

	t.Run("nil keeps, empty clears", func(t *testing.T) {
		steps := []struct {
			name string
			in   rightsgraph.EntityInput
			want rightsgraph.Entity
		}{
			{"nothing given keeps all", rightsgraph.EntityInput{},
				rightsgraph.Entity{Name: "Ivan A. Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer."}},
			{"a name keeps aliases and description", rightsgraph.EntityInput{Name: "Ivan Sidorov"},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer."}},
			{"a description keeps name and aliases", rightsgraph.EntityInput{Description: ptr("A lawyer in Moscow.")},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya Sidorov"}, Description: "A lawyer in Moscow."}},
			{"aliases keep name and description", rightsgraph.EntityInput{Aliases: []string{"Vanya", "I. Sidorov"}},
				rightsgraph.Entity{Name: "Ivan Sidorov", Aliases: []string{"Vanya", "I. Sidorov"}, Description: "A lawyer in Moscow."}},
			{"empty aliases clear them", rightsgraph.EntityInput{Aliases: []string{}},
				rightsgraph.Entity{Name: "Ivan Sidorov", Description: "A lawyer in Moscow."}},
			{"an empty description clears it", rightsgraph.EntityInput{Description: ptr("")},
				rightsgraph.Entity{Name: "Ivan Sidorov"}},
		}
		for _, st := range steps {
			t.Run(st.name, func(t *testing.T) {
				in := st.in
				in.ID, in.Kind = ivanID, personKind
				want := st.want
				want.ID, want.Kind, want.Reports = ivanID, personKind, []string{reportE}
				assertEntity(t, mustUpsert(t, editorCtx, s, in), &want)
				assertEntity(t, mustEntity(t, s, ivanID), &want)
			})
		}
	})

	t.Run("ifVersion", func(t *testing.T) {
		// Anna has aliases, the issue none: a version must not depend on
		// how a store keeps an empty list.
		for _, id := range []string{annaID, tortureID} {
			t.Run(id, func(t *testing.T) {
				read := mustEntity(t, s, id)
				got := mustUpsert(t, editorCtx, s, rightsgraph.EntityInput{ID: id, Kind: read.Kind,
					Description: ptr("Read, then written."), IfVersion: read.Version()})
				now := mustEntity(t, s, id)
				if got.Description != "Read, then written." || got.Version() != now.Version() {
					t.Errorf("UpsertEntity returned %s (version %s); Entity gives %s (version %s): want the same",
						editable(got), got.Version(), editable(now), now.Version())
				}
				before := takeSnapshot(t, s)
				_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: id, Kind: read.Kind,
					Description: ptr("Lost update."), IfVersion: read.Version()})
				assertCode(t, err, rightsgraph.ECONFLICT)
				assertUnchanged(t, s, before)
			})
		}
		t.Run("of an entity that does not exist", func(t *testing.T) {
			before := takeSnapshot(t, s)
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: "organisation/new", Kind: orgKind,
				Name: "New", IfVersion: mustEntity(t, s, orcID).Version()})
			assertCode(t, err, rightsgraph.ECONFLICT)
			assertUnchanged(t, s, before)
		})
	})

	t.Run("refuses bad input", func(t *testing.T) {
		tests := []struct {
			name  string
			in    rightsgraph.EntityInput
			field string
		}{
			{"a new entity without a name", rightsgraph.EntityInput{ID: "organisation/nameless", Kind: orgKind}, "input.name"},
			{"unknown kind", rightsgraph.EntityInput{ID: "robot/r2", Kind: "ROBOT", Name: "R2"}, "input.kind"},
			{"no kind", rightsgraph.EntityInput{ID: "organisation/x", Name: "X"}, "input.kind"},
			{"kind REPORT", rightsgraph.EntityInput{ID: "report/new", Kind: rightsgraph.KindReport, Name: "New report"}, "input.kind"},
			{"an id of another kind", rightsgraph.EntityInput{ID: "person/river", Kind: orgKind, Name: "River"}, "input.id"},
			{"a malformed id", rightsgraph.EntityInput{ID: "organisation/River Watch", Kind: orgKind, Name: "River"}, "input.id"},
			{"no id", rightsgraph.EntityInput{Kind: orgKind, Name: "River"}, "input.id"},
			// An id's prefix fixes its kind, so a kind other than the
			// existing entity's is refused on the id.
			{"a kind other than the existing entity's", rightsgraph.EntityInput{ID: ivanID, Kind: orgKind, Name: "Ivan"}, "input.id"},
			{"a name without a letter", rightsgraph.EntityInput{ID: "organisation/dots", Kind: orgKind, Name: "..."}, "input.name"},
			{"an alias repeating the name", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Aliases: []string{"anna petrova"}}, "input.aliases"},
			{"an empty alias", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Aliases: []string{" "}}, "input.aliases"},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.UpsertEntity(editorCtx, s, tt.in)
				assertError(t, err, rightsgraph.EINVALID, tt.field)
				assertUnchanged(t, s, before)
			})
		}
	})

	t.Run("a change to nothing writes nothing", func(t *testing.T) {
		anna := mustEntity(t, s, annaID)
		tests := []struct {
			name string
			in   rightsgraph.EntityInput
		}{
			{"the same fields", rightsgraph.EntityInput{ID: annaID, Kind: personKind, Name: anna.Name, Aliases: anna.Aliases,
				Description: ptr(anna.Description), IfVersion: anna.Version()}},
			{"no fields", rightsgraph.EntityInput{ID: annaID, Kind: personKind}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := takeSnapshot(t, s)
				assertEntity(t, mustUpsert(t, editorCtx, s, tt.in), anna)
				assertUnchanged(t, s, before)
			})
		}
	})
}

// anEdit is one call of an editing function.
type anEdit struct {
	name string
	do   func(ctx context.Context) error
}

func testEditNeedsEditorRole(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	// edits returns one call of each editing function, which an editor may
	// make in this order; tag keeps the ids apart.
	edits := func(tag string) []anEdit {
		id := "organisation/" + tag + "-group"
		rel := rightsgraph.RelationID(ivanID, rightsgraph.RelMemberOf, id)
		return []anEdit{
			{"upsertEntity", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: id, Kind: rightsgraph.KindOrganisation, Name: tag + " group"})
				return err
			}},
			{"addRelation", func(ctx context.Context) error {
				_, err := rightsgraph.AddRelation(ctx, s, rightsgraph.RelationInput{From: ivanID, To: id, Type: rightsgraph.RelMemberOf,
					Report: reportE, Quote: quoteMember})
				return err
			}},
			{"retractRelation", func(ctx context.Context) error {
				_, err := rightsgraph.RetractRelation(ctx, s, rel)
				return err
			}},
			{"mergeEntities", func(ctx context.Context) error {
				_, err := rightsgraph.MergeEntities(ctx, s, orcID, id)
				return err
			}},
		}
	}
	refused := []struct {
		name string
		ctx  context.Context
		code string
	}{
		{"anonymous", context.Background(), rightsgraph.EUNAUTHORIZED},
		{"a name without a role", rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "someone"}), rightsgraph.EUNAUTHORIZED},
		{"reader", as("ngo-reader", rightsgraph.RoleReader), rightsgraph.EFORBIDDEN},
		{"unknown role", as("ngo-god", "god"), rightsgraph.EFORBIDDEN},
	}
	before := takeSnapshot(t, s)
	for _, who := range refused {
		for _, e := range edits("refused") {
			t.Run(who.name+"/"+e.name, func(t *testing.T) {
				assertCode(t, e.do(who.ctx), who.code)
				assertUnchanged(t, s, before)
			})
		}
	}
	allowed := []struct {
		name  string
		token string
		role  rightsgraph.Role
	}{
		{"editor", "ngo-editor", rightsgraph.RoleEditor},
		{"admin", "ngo-admin", rightsgraph.RoleAdmin},
	}
	for _, who := range allowed {
		for _, e := range edits(who.name) {
			t.Run(who.name+"/"+e.name, func(t *testing.T) {
				if err := e.do(as(who.token, who.role)); err != nil {
					t.Fatal(err)
				}
				if got := newestAudit(t, s); got.Actor != who.token || got.Action != e.name {
					t.Errorf("newest audit entry: %s by %q, want %s by %q", got.Action, got.Actor, e.name, who.token)
				}
			})
		}
	}
}

// testReportsAndAuditNeedTheirRoles: a report sent by a user needs an
// editor, and the audit log an admin, as the root decides for every store.
func testReportsAndAuditNeedTheirRoles(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, ReportA(t))
	ctx := context.Background()
	rev, _ := s.Revision(ctx)
	for _, who := range []struct {
		name string
		ctx  context.Context
		code string
	}{
		{"anonymous", ctx, rightsgraph.EUNAUTHORIZED},
		{"reader", as("ngo-reader", rightsgraph.RoleReader), rightsgraph.EFORBIDDEN},
	} {
		if err := rightsgraph.AddReport(who.ctx, s, ReportB(t)); rightsgraph.ErrorCode(err) != who.code {
			t.Errorf("%s: AddReport = %v, want %s", who.name, err, who.code)
		}
	}
	if after, _ := s.Revision(ctx); after != rev {
		t.Error("a refused AddReport changed the store")
	}
	if err := rightsgraph.AddReport(as("ngo-editor", rightsgraph.RoleEditor), s, ReportB(t)); err != nil {
		t.Errorf("an editor's AddReport: %v", err)
	}
	if _, err := rightsgraph.ReadAuditLog(as("ngo-editor", rightsgraph.RoleEditor), s, rightsgraph.AuditQuery{}); rightsgraph.ErrorCode(err) != rightsgraph.EFORBIDDEN {
		t.Errorf("an editor reads the audit log: %v", err)
	}
	page, err := rightsgraph.ReadAuditLog(as("ngo-admin", rightsgraph.RoleAdmin), s, rightsgraph.AuditQuery{})
	if err != nil || len(page.Entries) != 2 || page.Entries[0].Actor != "ngo-editor" {
		t.Errorf("an admin reads the audit log: %+v, %v", page, err)
	}
}
