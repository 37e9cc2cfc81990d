package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

func testAuditLog(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	const riverID = "organisation/river-watch"
	steps := []struct {
		name     string
		do       func() error
		actor    string
		action   string
		entities []string
		created  bool // Before is ""
		removed  bool // After is ""
	}{
		{"load", func() error { return s.LoadReport(ctx, editFixture(t)) },
			"system", "loadReport", []string{reportE}, true, false},
		{"reload by a principal", func() error {
			return s.LoadReport(as("seed-admin", rightsgraph.RoleAdmin), editReport(t, textE+" Конец.", factLeads, factRaised))
		}, "seed-admin", "loadReport", []string{reportE}, false, false},
		{"create an entity", func() error {
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: riverID, Kind: rightsgraph.KindOrganisation, Name: "River Watch"})
			return err
		}, "ngo-editor", "upsertEntity", []string{riverID}, true, false},
		{"correct an entity", func() error {
			_, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: rightsgraph.KindPerson, Name: "Ivan A. Sidorov"})
			return err
		}, "ngo-editor", "upsertEntity", []string{ivanID}, false, false},
		{"add a relation", func() error {
			_, err := rightsgraph.AddRelation(as("other-editor", rightsgraph.RoleEditor), s, rightsgraph.RelationInput{
				From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: quoteMember})
			return err
		}, "other-editor", "addRelation", []string{ivanID, orcID}, true, false},
		{"add evidence", func() error {
			_, err := rightsgraph.AddRelation(editorCtx, s, rightsgraph.RelationInput{
				From: annaID, To: orcID, Type: rightsgraph.RelLeads, Report: reportE, Quote: quoteSays})
			return err
		}, "ngo-editor", "addRelation", []string{annaID, orcID}, false, false},
		{"retract", func() error {
			_, err := rightsgraph.RetractRelation(editorCtx, s, memberID)
			return err
		}, "ngo-editor", "retractRelation", []string{ivanID, orcID}, false, true},
		{"merge", func() error {
			_, err := rightsgraph.MergeEntities(as("ngo-admin", rightsgraph.RoleAdmin), s, orcID, riverID)
			return err
		}, "ngo-admin", "mergeEntities", []string{orcID, riverID}, false, false},
	}
	var prev []rightsgraph.AuditEntry
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			start := time.Now()
			if err := st.do(); err != nil {
				t.Fatal(err)
			}
			all := auditAll(t, s, rightsgraph.AuditQuery{})
			if len(all) != len(prev)+1 || !slices.Equal(auditSeqs(all[1:]), auditSeqs(prev)) {
				t.Fatalf("audit log %v after the step, %v before: want one new entry first", auditSeqs(all), auditSeqs(prev))
			}
			prev = all
			e := all[0]
			if e.Actor != st.actor || e.Action != st.action {
				t.Errorf("entry: %s by %q, want %s by %q", e.Action, e.Actor, st.action, st.actor)
			}
			if got, want := slices.Sorted(slices.Values(e.Entities)), slices.Sorted(slices.Values(st.entities)); !slices.Equal(got, want) {
				t.Errorf("entry touched %v, want %v", e.Entities, st.entities)
			}
			if e.Summary == "" {
				t.Errorf("entry without a summary")
			}
			if (e.Before == "") != st.created || (e.Before != "" && !json.Valid([]byte(e.Before))) {
				t.Errorf("Before = %q; want empty: %v, else JSON", e.Before, st.created)
			}
			if (e.After == "") != st.removed || (e.After != "" && !json.Valid([]byte(e.After))) {
				t.Errorf("After = %q; want empty: %v, else JSON", e.After, st.removed)
			}
			if e.At.Before(start.Add(-time.Second)) || e.At.After(time.Now().Add(time.Second)) {
				t.Errorf("At = %v, want between %v and now", e.At, start)
			}
		})
	}
	all := auditAll(t, s, rightsgraph.AuditQuery{})
	if len(all) != len(steps) {
		t.Fatalf("%d entries, want %d", len(all), len(steps))
	}
	seqs := auditSeqs(all)
	for i := 1; i < len(seqs); i++ {
		if seqs[i] >= seqs[i-1] {
			t.Errorf("entries not newest first: %v", seqs)
		}
	}

	t.Run("paging", func(t *testing.T) {
		for _, first := range []int{1, 3, len(steps), rightsgraph.MaxAuditPage} {
			t.Run(fmt.Sprint(first), func(t *testing.T) {
				if got := auditSeqs(auditAll(t, s, rightsgraph.AuditQuery{First: first})); !slices.Equal(got, seqs) {
					t.Errorf("pages of %d: %v, want %v", first, got, seqs)
				}
			})
		}
		page, err := s.AuditLog(ctx, rightsgraph.AuditQuery{})
		if err != nil || len(page.Entries) != len(steps) || page.HasNextPage {
			t.Errorf("AuditLog with First 0 = %d entries, next %v, %v; want all %d (default 20)", len(page.Entries), page.HasNextPage, err, len(steps))
		}
	})

	t.Run("entity filter", func(t *testing.T) {
		for _, id := range []string{ivanID, orcID, reportE, riverID, "person/nobody"} {
			t.Run(id, func(t *testing.T) {
				var want []int64
				for _, e := range all {
					if slices.Contains(e.Entities, id) {
						want = append(want, e.Seq)
					}
				}
				if got := auditSeqs(auditAll(t, s, rightsgraph.AuditQuery{First: 1, Entity: id})); !slices.Equal(got, want) {
					t.Errorf("entries of %s: %v, want %v", id, got, want)
				}
			})
		}
	})

	t.Run("refuses bad queries", func(t *testing.T) {
		for _, q := range []rightsgraph.AuditQuery{
			{First: rightsgraph.MaxAuditPage + 1}, {First: -1}, {After: "!!"}, {After: "bm90LWEtbnVtYmVy"}, {After: rightsgraph.AuditCursor(0)},
		} {
			_, err := s.AuditLog(ctx, q)
			assertCode(t, err, rightsgraph.EINVALID)
		}
	})

	t.Run("refused and empty edits write nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		for _, e := range []anEdit{
			{"anonymous", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(context.Background(), s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson, Name: "X"})
				return err
			}},
			{"stale version", func(ctx context.Context) error {
				_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson, Name: "X", IfVersion: "0000000000000000"})
				return err
			}},
			{"unknown relation", func(ctx context.Context) error {
				_, err := rightsgraph.RetractRelation(ctx, s, memberID)
				return err
			}},
			{"bad quote", func(ctx context.Context) error {
				_, err := rightsgraph.AddRelation(ctx, s, rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: "nowhere"})
				return err
			}},
			{"an invalid load", func(ctx context.Context) error {
				g := editFixture(t)
				g.Relations[0].Evidence[0].Start++
				return s.LoadReport(ctx, g)
			}},
		} {
			if e.do(editorCtx) == nil {
				t.Errorf("%s: succeeded, want an error", e.name)
			}
		}
		if _, err := rightsgraph.UpsertEntity(editorCtx, s, rightsgraph.EntityInput{ID: ivanID, Kind: rightsgraph.KindPerson}); err != nil {
			t.Errorf("an empty upsert: %v", err)
		}
		assertUnchanged(t, s, before)
	})
}

func testConcurrentEdits(t *testing.T, s rightsgraph.Store) {
	const n = 8
	MustLoad(t, s, editFixture(t))

	t.Run("aliases by version", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx := as(fmt.Sprintf("editor-%d", i), rightsgraph.RoleEditor)
				alias := fmt.Sprintf("Petrova %c", 'A'+i)
				for range 200 {
					e, err := s.Entity(ctx, annaID)
					if err != nil {
						t.Error(err)
						return
					}
					_, err = rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: annaID, Kind: rightsgraph.KindPerson,
						Aliases: append(slices.Clone(e.Aliases), alias), IfVersion: e.Version()})
					if rightsgraph.ErrorCode(err) == rightsgraph.ECONFLICT {
						continue
					}
					if err != nil {
						t.Errorf("editor %d: %v", i, err)
					}
					return
				}
				t.Errorf("editor %d: still in conflict after 200 attempts", i)
			}()
		}
		wg.Wait()
		anna := mustEntity(t, s, annaID)
		want := []string{"Anya Petrova"}
		for i := range n {
			want = append(want, fmt.Sprintf("Petrova %c", 'A'+i))
		}
		if got := slices.Sorted(slices.Values(anna.Aliases)); !slices.Equal(got, want) {
			t.Errorf("aliases %q, want %q: an update was lost", got, want)
		}
		upserts := 0
		for _, e := range auditAll(t, s, rightsgraph.AuditQuery{Entity: annaID}) {
			if e.Action == "upsertEntity" {
				upserts++
			}
		}
		if upserts != n {
			t.Errorf("%d upsertEntity entries, want %d", upserts, n)
		}
	})

	t.Run("evidence for one relation", func(t *testing.T) {
		const reportChorus = "report/chorus"
		ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
		var text strings.Builder
		text.WriteString("Anna Petrova raised torture in prisons")
		for _, o := range ordinals {
			fmt.Fprintf(&text, ", a %s time", o)
		}
		text.WriteString(".")
		MustLoad(t, s, textOnly(t, reportChorus, text.String()))
		want := []rightsgraph.Evidence{annotationEvidence(t, reportE, textE, quoteRaised, "")}
		var wg sync.WaitGroup
		for i, o := range ordinals {
			name := fmt.Sprintf("editor-%d", i)
			quote := "a " + o + " time"
			want = append(want, editorEvidence(t, name, reportChorus, text.String(), quote, "", 1))
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := rightsgraph.AddRelation(as(name, rightsgraph.RoleEditor), s, rightsgraph.RelationInput{
					From: annaID, To: tortureID, Type: rightsgraph.RelRaised, Report: reportChorus, Quote: quote})
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
			}()
		}
		wg.Wait()
		assertEvidence(t, relation(t, s, raisedID), raisedID, want...)
		if st := mustStats(t, s); st.Evidence != 2+n {
			t.Errorf("Stats count %d pieces of evidence, want %d", st.Evidence, 2+n)
		}
	})
}

func testRevisionFollowsEdits(t *testing.T, s rightsgraph.Store) {
	const riverID = "organisation/river-watch"
	upsert := func(ctx context.Context, name string) func() error {
		return func() error {
			_, err := rightsgraph.UpsertEntity(ctx, s, rightsgraph.EntityInput{ID: riverID, Kind: rightsgraph.KindOrganisation, Name: name})
			return err
		}
	}
	add := func(rel rightsgraph.RelType, from, to, quote string) func() error {
		return func() error {
			_, err := rightsgraph.AddRelation(editorCtx, s, rightsgraph.RelationInput{From: from, To: to, Type: rel, Report: reportE, Quote: quote})
			return err
		}
	}
	retract := func() error {
		_, err := rightsgraph.RetractRelation(editorCtx, s, memberID)
		return err
	}
	steps := []struct {
		name    string
		do      func() error
		code    string // of the error; "" for success
		changes bool
	}{
		{"load", func() error { return s.LoadReport(context.Background(), editFixture(t)) }, "", true},
		{"create an entity", upsert(editorCtx, "River Watch"), "", true},
		{"correct it", upsert(editorCtx, "River Watchers"), "", true},
		{"the same correction", upsert(editorCtx, "River Watchers"), "", false},
		{"a refused edit", upsert(context.Background(), "River"), rightsgraph.EUNAUTHORIZED, false},
		{"add a relation", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", true},
		{"the same evidence", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", false},
		{"add evidence", add(rightsgraph.RelLeads, annaID, orcID, quoteSays), "", true},
		{"retract", retract, "", true},
		{"retract again", retract, rightsgraph.ENOTFOUND, false},
		{"add it again", add(rightsgraph.RelMemberOf, ivanID, orcID, quoteMember), "", true},
		{"merge", func() error {
			_, err := rightsgraph.MergeEntities(editorCtx, s, orcID, riverID)
			return err
		}, "", true},
	}
	rev := mustRevision(t, s)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			assertCode(t, st.do(), st.code)
			now := mustRevision(t, s)
			if changed := now != rev; changed != st.changes {
				t.Errorf("Revision %d, was %d: changed %v, want %v", now, rev, changed, st.changes)
			}
			rev = now
		})
	}
}
