package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

func testAddRelation(t *testing.T, s rightsgraph.Store) {
	MustLoad(t, s, editFixture(t))
	const editor = "ngo-editor"
	member := func(quote string) rightsgraph.RelationInput {
		return rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportE, Quote: quote}
	}

	t.Run("the server finds the quote, in code points", func(t *testing.T) {
		tests := []struct {
			name  string
			quote string
		}{
			{"after Cyrillic text", quoteMember},
			{"Cyrillic", quoteTitle},
		}
		var want []rightsgraph.Evidence
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ev := editorEvidence(t, editor, reportE, textE, tt.quote, "", 1)
				if byteStart := strings.Index(textE, tt.quote); ev.Start == byteStart && ev.End == byteStart+len(tt.quote) {
					t.Fatalf("fixture: %q has the same offsets in bytes and code points", tt.quote)
				}
				if got := string([]rune(textE)[ev.Start:ev.End]); got != tt.quote {
					t.Fatalf("fixture: offsets [%d,%d) give %q", ev.Start, ev.End, got)
				}
				want = append(want, ev)
				got := mustAddRelation(t, editorCtx, s, member(tt.quote))
				assertEvidence(t, got, memberID, want...)
				stored := relation(t, s, memberID)
				assertEvidence(t, stored, memberID, want...)
				if stored != nil && (stored.From != ivanID || stored.To != orcID || stored.Type != rightsgraph.RelMemberOf) {
					t.Errorf("relation = %+v, want %s", stored, memberID)
				}
			})
		}
	})

	t.Run("refuses bad input", func(t *testing.T) {
		tests := []struct {
			name  string
			in    rightsgraph.RelationInput
			code  string
			field string
		}{
			{"a quote not in the report", member("works for the Coast Watch"), rightsgraph.EINVALID, "input.evidence.quote"},
			{"an empty quote", member(""), rightsgraph.EINVALID, "input.evidence.quote"},
			{"a quote there twice, without occurrence", member(quoteTwice), rightsgraph.EINVALID, "input.evidence.quote"},
			{"an occurrence beyond the last", func() rightsgraph.RelationInput {
				in := member(quoteTwice)
				in.Occurrence = 3
				return in
			}(), rightsgraph.EINVALID, "input.evidence.occurrence"},
			{"a negative occurrence", func() rightsgraph.RelationInput {
				in := member(quoteMember)
				in.Occurrence = -1
				return in
			}(), rightsgraph.EINVALID, "input.evidence.occurrence"},
			{"kinds the type does not allow", rightsgraph.RelationInput{From: orcID, To: annaID, Type: rightsgraph.RelLeads,
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"an unknown type", rightsgraph.RelationInput{From: annaID, To: orcID, Type: "ADMIRES",
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"ALLIED_WITH", rightsgraph.RelationInput{From: orcID, To: orcID, Type: rightsgraph.RelAlliedWith,
				Report: reportE, Quote: quoteLeads}, rightsgraph.EINVALID, "input.type"},
			{"an unknown from", rightsgraph.RelationInput{From: "person/nobody", To: orcID, Type: rightsgraph.RelMemberOf,
				Report: reportE, Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.from"},
			{"an unknown to", rightsgraph.RelationInput{From: ivanID, To: "organisation/nowhere", Type: rightsgraph.RelMemberOf,
				Report: reportE, Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.to"},
			{"an unknown report", rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf,
				Report: "report/nowhere", Quote: quoteMember}, rightsgraph.ENOTFOUND, "input.evidence.report"},
			{"a report that is not a report", rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf,
				Report: orcID, Quote: quoteMember}, rightsgraph.EINVALID, "input.evidence.report"},
			{"an unknown congress", rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
				At: "congress/nowhere", Report: reportE, Quote: quoteTorture}, rightsgraph.ENOTFOUND, "input.at"},
			{"a congress that is not a congress", rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
				At: orcID, Report: reportE, Quote: quoteTorture}, rightsgraph.EINVALID, "input.at"},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.AddRelation(editorCtx, s, tt.in)
				assertError(t, err, tt.code, tt.field)
				assertUnchanged(t, s, before)
			})
		}
	})

	leadsAnnotation := annotationEvidence(t, reportE, textE, quoteLeads, "head")
	leadsEditor := editorEvidence(t, editor, reportE, textE, quoteSays, "chair", 1)
	addLeads := rightsgraph.RelationInput{From: annaID, To: orcID, Type: rightsgraph.RelLeads, Role: "chair", Report: reportE, Quote: quoteSays}
	t.Run("evidence joins an annotated relation, and the editor's role wins", func(t *testing.T) {
		got := mustAddRelation(t, editorCtx, s, addLeads)
		assertEvidence(t, got, leadsID, leadsAnnotation, leadsEditor)
		stored := relation(t, s, leadsID)
		assertEvidence(t, stored, leadsID, leadsAnnotation, leadsEditor)
		if stored != nil && stored.Role != "chair" {
			t.Errorf("role %q, want the editor's, chair", stored.Role)
		}
	})

	t.Run("the same evidence again changes nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		got := mustAddRelation(t, editorCtx, s, addLeads)
		assertEvidence(t, got, leadsID, leadsAnnotation, leadsEditor)
		assertUnchanged(t, s, before)
	})

	memberEvidence := []rightsgraph.Evidence{
		editorEvidence(t, editor, reportE, textE, quoteMember, "", 1),
		editorEvidence(t, editor, reportE, textE, quoteTitle, "", 1),
	}
	t.Run("reloading the report keeps the editor's evidence", func(t *testing.T) {
		es, rs := Dump(t, s)
		MustLoad(t, s, editFixture(t))
		assertSameDump(t, s, es, rs)
	})

	t.Run("a report that no longer states the relation leaves the editor's evidence", func(t *testing.T) {
		MustLoad(t, s, editReport(t, textE, factRaised))
		stored := relation(t, s, leadsID)
		assertEvidence(t, stored, leadsID, leadsEditor)
		if stored != nil && stored.Role != "chair" {
			t.Errorf("role %q, want chair", stored.Role)
		}
		assertEvidence(t, relation(t, s, memberID), memberID, memberEvidence...)
		MustLoad(t, s, editFixture(t))
		assertEvidence(t, relation(t, s, leadsID), leadsID, leadsAnnotation, leadsEditor)
	})

	newText := "Новая редакция. " + textE
	t.Run("a new text that has the quote once relocates it", func(t *testing.T) {
		MustLoad(t, s, editReport(t, newText, factLeads, factRaised))
		assertEvidence(t, relation(t, s, leadsID), leadsID,
			annotationEvidence(t, reportE, newText, quoteLeads, "head"), editorEvidence(t, editor, reportE, newText, quoteSays, "chair", 1))
		assertEvidence(t, relation(t, s, memberID), memberID,
			editorEvidence(t, editor, reportE, newText, quoteMember, "", 1), editorEvidence(t, editor, reportE, newText, quoteTitle, "", 1))
	})

	t.Run("a new text without the quote once is refused", func(t *testing.T) {
		tests := []struct {
			name string
			text string
		}{
			{"the quote is gone", strings.Replace(newText, quoteMember, "works there", 1)},
			{"the quote is there twice", newText + " Ivan Sidorov " + quoteMember + "."},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := s.LoadReport(context.Background(), editReport(t, tt.text, factLeads, factRaised))
				assertCode(t, err, rightsgraph.ECONFLICT)
				assertUnchanged(t, s, before)
			})
		}
	})

	const (
		reportTwice = "report/twice"
		textTwice   = "Ivan Sidorov signed for the Centre. A year later, Ivan Sidorov signed for the Centre."
		quoteSigned = "Ivan Sidorov signed for the Centre"
	)
	signed := func(n int) rightsgraph.RelationInput {
		return rightsgraph.RelationInput{From: ivanID, To: orcID, Type: rightsgraph.RelMemberOf, Report: reportTwice, Quote: quoteSigned, Occurrence: n}
	}
	twiceEvidence := []rightsgraph.Evidence{
		editorEvidence(t, editor, reportTwice, textTwice, quoteSigned, "", 2),
		editorEvidence(t, editor, reportTwice, textTwice, quoteSigned, "", 1),
	}
	t.Run("an occurrence picks one of a quote's places", func(t *testing.T) {
		MustLoad(t, s, textOnly(t, reportTwice, textTwice))
		for i, n := range []int{2, 1} {
			got := mustAddRelation(t, editorCtx, s, signed(n))
			if !slices.Contains(got.Evidence, twiceEvidence[i]) {
				t.Errorf("occurrence %d: evidence %s, want it to hold %+v", n, describe(got.Evidence), twiceEvidence[i])
			}
		}
		assertEvidence(t, relation(t, s, memberID), memberID, append(twiceEvidence,
			editorEvidence(t, editor, reportE, newText, quoteMember, "", 1), editorEvidence(t, editor, reportE, newText, quoteTitle, "", 1))...)
	})

	t.Run("a quote that occurs twice survives reloading its unchanged report", func(t *testing.T) {
		es, rs := Dump(t, s)
		if err := s.LoadReport(context.Background(), textOnly(t, reportTwice, textTwice)); err != nil {
			t.Fatalf("reloading %s unchanged: %v (code %s)", reportTwice, err, rightsgraph.ErrorCode(err))
		}
		assertSameDump(t, s, es, rs)
	})

	t.Run("an end that no report declares any more", func(t *testing.T) {
		const (
			reportSolo = "report/solo"
			textSolo   = "Maria Ivanova works with the Open Rights Centre, the report says."
			mariaID    = "person/maria-ivanova"
		)
		MustLoad(t, s, Report(t, reportSolo, textSolo, []*rightsgraph.Entity{person(mariaID, "Maria Ivanova")}))
		mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: mariaID, To: orcID, Type: rightsgraph.RelMemberOf,
			Report: reportSolo, Quote: "Maria Ivanova works with the Open Rights Centre"})
		before := takeSnapshot(t, s)
		// The report no longer declares Maria Ivanova, whom the editor's
		// relation joins: the store may refuse the load or keep her, but
		// must not leave the relation dangling.
		err := s.LoadReport(context.Background(), textOnly(t, reportSolo, textSolo))
		if err != nil {
			assertCode(t, err, rightsgraph.ECONFLICT)
			assertUnchanged(t, s, before)
			return
		}
		es, rs := Dump(t, s)
		ids := entityIDs(es)
		for _, r := range rs {
			if !slices.Contains(ids, r.From) || !slices.Contains(ids, r.To) {
				t.Errorf("relation %s joins an entity that is gone", r.ID)
			}
		}
		if r := relation(t, s, rightsgraph.RelationID(mariaID, rightsgraph.RelMemberOf, orcID)); r == nil {
			t.Errorf("the editor's relation of Maria Ivanova is gone")
		}
	})
}

func testRetractRelation(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	MustLoad(t, s, editFixture(t))
	annotation := annotationEvidence(t, reportE, textE, quoteRaised, "")
	editor := editorEvidence(t, "ngo-editor", reportE, textE, quoteTorture, "", 1)

	t.Run("the relation is gone", func(t *testing.T) {
		before := mustStats(t, s)
		got := mustRetract(t, editorCtx, s, raisedID)
		assertEvidence(t, got, raisedID, annotation)
		rels, err := s.RelationsByEntityIDs(ctx, []string{annaID, tortureID})
		if err != nil {
			t.Fatal(err)
		}
		for id, rs := range rels {
			if slices.Contains(relationIDs(rs), raisedID) {
				t.Errorf("RelationsByEntityIDs(%s) still lists %s", id, raisedID)
			}
		}
		after := mustStats(t, s)
		if after.Relationships != before.Relationships-1 || after.Evidence != before.Evidence-1 ||
			after.RelsByType[rightsgraph.RelRaised] != before.RelsByType[rightsgraph.RelRaised]-1 || after.Nodes != before.Nodes {
			t.Errorf("Stats after retracting = %+v, before %+v: want one relation and its evidence less, the same nodes", after, before)
		}
	})

	t.Run("reloading the report does not bring it back", func(t *testing.T) {
		es, rs := Dump(t, s)
		MustLoad(t, s, editFixture(t))
		assertSameDump(t, s, es, rs)
		if r := relation(t, s, raisedID); r != nil {
			t.Errorf("retracted relation back: %+v", r)
		}
	})

	t.Run("retracting it again finds nothing", func(t *testing.T) {
		before := takeSnapshot(t, s)
		_, err := rightsgraph.RetractRelation(editorCtx, s, raisedID)
		assertCode(t, err, rightsgraph.ENOTFOUND)
		assertUnchanged(t, s, before)
	})

	t.Run("adding it brings it back with the editor's evidence", func(t *testing.T) {
		got := mustAddRelation(t, editorCtx, s, rightsgraph.RelationInput{From: annaID, To: tortureID, Type: rightsgraph.RelRaised,
			Report: reportE, Quote: quoteTorture})
		assertEvidence(t, got, raisedID, editor)
		assertEvidence(t, relation(t, s, raisedID), raisedID, editor)
	})

	t.Run("then reloading the report restates the annotation's evidence", func(t *testing.T) {
		MustLoad(t, s, editFixture(t))
		assertEvidence(t, relation(t, s, raisedID), raisedID, annotation, editor)
	})

	t.Run("refuses", func(t *testing.T) {
		tests := []struct {
			name string
			id   string
			code string
		}{
			{"an unknown end", rightsgraph.RelationID("person/nobody", rightsgraph.RelRaised, tortureID), rightsgraph.ENOTFOUND},
			{"a relation that does not exist", rightsgraph.RelationID(ivanID, rightsgraph.RelLeads, orcID), rightsgraph.ENOTFOUND},
			{"an empty id", "", rightsgraph.EINVALID},
			{"no separators", "not-a-relation", rightsgraph.EINVALID},
			{"two parts", annaID + "|RAISED", rightsgraph.EINVALID},
			{"four parts", raisedID + "|x", rightsgraph.EINVALID},
			{"an unknown type", annaID + "|ADMIRES|" + tortureID, rightsgraph.EINVALID},
		}
		before := takeSnapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := rightsgraph.RetractRelation(editorCtx, s, tt.id)
				field := ""
				if tt.code == rightsgraph.EINVALID {
					field = "id"
				}
				assertError(t, err, tt.code, field)
				assertUnchanged(t, s, before)
			})
		}
	})
}
