package inmem

import (
	"fmt"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// What the embedded store writes to its data folder has its own types,
// tagged and versioned, apart from the domain types: renaming a field of
// rightsgraph.Entity must never change what a data folder means. Each
// format version keeps its decoding types here for as long as a release
// may meet a folder written in it.
//
// Version 1 (the releases up to November 2026) is one journal.log whose
// records embed the domain types under their Go field names; it has no
// FORMAT file. Version 2 adds the FORMAT file, snapshots with journal
// tails, and records that hold changes rather than whole copies.
const formatVersion = 2

// Version 2 record types: one journal record, and what it holds.
type (
	recordV2 struct {
		Op     string    `json:"op"`
		Graph  *graphV2  `json:"graph,omitempty"`  // a whole report graph, when a load is journalled as one
		Writes []writeV2 `json:"writes,omitempty"` // the changes, in order
		Audit  *auditV2  `json:"audit,omitempty"`  // a load's entry
		Next   string    `json:"next,omitempty"`   // op "next": the journal continues in this file
	}
	writeV2 struct {
		Op        string                    `json:"op"`
		ID        string                    `json:"id,omitempty"`
		Kind      string                    `json:"kind,omitempty"`
		Set       map[string]declarationV2  `json:"set,omitempty"`  // op "declare": declarations new or changed, by source
		Drop      []string                  `json:"drop,omitempty"` // op "declare": sources that no longer declare
		Relation  *relationV2               `json:"relation,omitempty"`
		Evidence  []evidenceV2              `json:"evidence,omitempty"` // op "evidence-add": added to the relation's
		Index     []int                     `json:"index,omitempty"`    // op "evidence-add": the places of the evidence added, in the new list
		Role      string                    `json:"role,omitempty"`     // op "evidence-add": the relation's role after it
		At        string                    `json:"at,omitempty"`       // op "evidence-add": the relation's congress after it
		To        string                    `json:"to,omitempty"`
		Retracted bool                      `json:"retracted,omitempty"`
		Merge     *rightsgraph.MergeRecord  `json:"merge,omitempty"` // a versioned JSON form of its own
		Token     *tokenV2                  `json:"token,omitempty"`
		Audit     *auditV2                  `json:"audit,omitempty"`
		Decls     map[string]*declarationV2 `json:"decls,omitempty"` // op "entity": the whole set (none: the entity is gone)
	}
	graphV2 struct {
		Report    rightsgraph.EntityRecord   `json:"report"`
		Entities  []rightsgraph.EntityRecord `json:"entities,omitempty"`
		Relations []relationV2               `json:"relations,omitempty"`
	}
	declarationV2 struct {
		Seq    int64                    `json:"seq"`
		Entity rightsgraph.EntityRecord `json:"entity"`
		// TextDiff, in op "declare", gives the entity's text as a change
		// to the text of the declaration it replaces (Entity.Text is then
		// empty), so that a corrected report costs the correction.
		TextDiff *textV2 `json:"textDiff,omitempty"`
	}
	relationV2 struct {
		ID       string       `json:"id"`
		Type     string       `json:"type"`
		From     string       `json:"from"`
		To       string       `json:"to"`
		Role     string       `json:"role,omitempty"`
		At       string       `json:"at,omitempty"`
		Evidence []evidenceV2 `json:"evidence"`
		// Visibility is set on a restricted relation only.
		Visibility rightsgraph.Visibility `json:"visibility,omitempty"`
	}
	evidenceV2 struct {
		Report string `json:"report"`
		Quote  string `json:"quote"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Role   string `json:"role,omitempty"`
		At     string `json:"at,omitempty"`
		Editor string `json:"editor,omitempty"`
	}
	tokenV2 struct {
		Name      string    `json:"name"`
		Role      string    `json:"role"`
		Hash      string    `json:"hash"`
		CreatedAt time.Time `json:"createdAt"`
		RevokedAt time.Time `json:"revokedAt,omitzero"`
		Cleared   bool      `json:"cleared,omitempty"`
	}
	// auditV2 is an audit entry whose before and after are kept as changes
	// to texts the log already holds (see textV2), so that a thousand edits
	// of one relation cost a thousand small entries, not a thousand copies.
	auditV2 struct {
		Seq      int64     `json:"seq"`
		At       time.Time `json:"at"`
		Actor    string    `json:"actor"`
		Action   string    `json:"action"`
		Entities []string  `json:"entities"`
		Summary  string    `json:"summary,omitempty"`
		Before   *textV2   `json:"before,omitempty"`
		After    *textV2   `json:"after,omitempty"`
	}
	// textV2 is base[:Head] + Text + base[len(base)-Tail:], where base is
	// the After of audit entry number Of (1-based, in log order), this
	// entry's own Before when Self is set, or "" otherwise.
	textV2 struct {
		Text string `json:"text,omitempty"`
		Of   int    `json:"of,omitempty"`
		Self bool   `json:"self,omitempty"`
		Head int    `json:"head,omitempty"`
		Tail int    `json:"tail,omitempty"`
	}
)

// The writes only the journal knows: the store's own writes are
// encoded as these when they change little of what is there.
const (
	wDeclare     = "declare"      // some of an entity's declarations changed
	wEvidenceAdd = "evidence-add" // evidence added to a relation
)

// Version 1 record types, mirroring what the November 2026 release wrote:
// the domain types under their Go field names at that time.
type (
	recordV1 struct {
		Op     string    `json:"op"`
		Graph  *graphV1  `json:"graph"`
		Token  *tokenV1  `json:"token"`
		Writes []writeV1 `json:"writes"`
		Audit  *auditV1  `json:"audit"`
	}
	writeV1 struct {
		Op        string                   `json:"op"`
		ID        string                   `json:"id"`
		Kind      string                   `json:"kind"`
		Decls     map[string]declarationV1 `json:"decls"`
		Relation  *relationV1              `json:"relation"`
		To        string                   `json:"to"`
		Retracted bool                     `json:"retracted"`
		Merge     *rightsgraph.MergeRecord `json:"merge"`
		Token     *tokenV1                 `json:"token"`
		Audit     *auditV1                 `json:"audit"`
	}
	graphV1 struct {
		Report    *entityV1     `json:"Report"`
		Entities  []*entityV1   `json:"Entities"`
		Relations []*relationV1 `json:"Relations"`
	}
	entityV1 struct {
		ID          string   `json:"ID"`
		Kind        string   `json:"Kind"`
		Name        string   `json:"Name"`
		Aliases     []string `json:"Aliases"`
		Description string   `json:"Description"`
		StartDate   string   `json:"StartDate"`
		EndDate     string   `json:"EndDate"`
		URL         string   `json:"URL"`
		PublishedAt string   `json:"PublishedAt"`
		Source      string   `json:"Source"`
		Attribution string   `json:"Attribution"`
		Text        string   `json:"Text"`
		Reports     []string `json:"Reports"`
	}
	declarationV1 struct {
		Seq    int64     `json:"Seq"`
		Entity *entityV1 `json:"Entity"`
	}
	relationV1 struct {
		ID       string       `json:"ID"`
		Type     string       `json:"Type"`
		From     string       `json:"From"`
		To       string       `json:"To"`
		Role     string       `json:"Role"`
		At       string       `json:"At"`
		Evidence []evidenceV1 `json:"Evidence"`
	}
	evidenceV1 struct {
		Report string `json:"Report"`
		Quote  string `json:"Quote"`
		Start  int    `json:"Start"`
		End    int    `json:"End"`
		Role   string `json:"Role"`
		At     string `json:"At"`
		Editor string `json:"Editor"`
	}
	tokenV1 struct {
		Name      string    `json:"Name"`
		Role      string    `json:"Role"`
		Hash      string    `json:"Hash"`
		CreatedAt time.Time `json:"CreatedAt"`
		RevokedAt time.Time `json:"RevokedAt"`
	}
	auditV1 struct {
		Seq      int64     `json:"Seq"`
		At       time.Time `json:"At"`
		Actor    string    `json:"Actor"`
		Action   string    `json:"Action"`
		Entities []string  `json:"Entities"`
		Summary  string    `json:"Summary"`
		Before   string    `json:"Before"`
		After    string    `json:"After"`
	}
)

// Conversions of version 1 records to the store's own.

func (r recordV1) record() (record, error) {
	out := record{Op: r.Op}
	if r.Graph != nil {
		if r.Graph.Report == nil {
			return out, fmt.Errorf("a report graph without its report")
		}
		g := &rightsgraph.ReportGraph{Report: r.Graph.Report.entity()}
		for _, e := range r.Graph.Entities {
			if e != nil {
				g.Entities = append(g.Entities, e.entity())
			}
		}
		for _, rel := range r.Graph.Relations {
			if rel != nil {
				g.Relations = append(g.Relations, rel.relation())
			}
		}
		out.Graph = g
	}
	if r.Token != nil {
		t := r.Token.token()
		out.Token = &t
	}
	if r.Audit != nil {
		a := r.Audit.entry()
		out.Audit = &a
	}
	for _, w := range r.Writes {
		ow := write{Op: w.Op, ID: w.ID, Kind: rightsgraph.Kind(w.Kind), To: w.To, Retracted: w.Retracted, Merge: w.Merge}
		if w.Decls != nil {
			ow.Decls = map[string]rightsgraph.Declaration{}
			for src, d := range w.Decls {
				if d.Entity == nil {
					return out, fmt.Errorf("a declaration of %s without its entity", w.ID)
				}
				ow.Decls[src] = rightsgraph.Declaration{Seq: d.Seq, Entity: d.Entity.entity()}
			}
		}
		if w.Relation != nil {
			ow.Relation = w.Relation.relation()
		}
		if w.Token != nil {
			t := w.Token.token()
			ow.Token = &t
		}
		if w.Audit != nil {
			a := w.Audit.entry()
			ow.Audit = &a
		}
		out.Writes = append(out.Writes, ow)
	}
	return out, nil
}

func (e *entityV1) entity() *rightsgraph.Entity {
	return &rightsgraph.Entity{
		ID: e.ID, Kind: rightsgraph.Kind(e.Kind), Name: e.Name, Aliases: e.Aliases, Description: e.Description,
		StartDate: e.StartDate, EndDate: e.EndDate, URL: e.URL, PublishedAt: e.PublishedAt, Source: e.Source,
		Attribution: e.Attribution, Text: e.Text, Reports: e.Reports,
	}
}

func (r *relationV1) relation() *rightsgraph.Relation {
	out := &rightsgraph.Relation{ID: r.ID, Type: rightsgraph.RelType(r.Type), From: r.From, To: r.To, Role: r.Role, At: r.At}
	for _, ev := range r.Evidence {
		out.Evidence = append(out.Evidence, rightsgraph.Evidence{Report: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End, Role: ev.Role, At: ev.At, Editor: ev.Editor})
	}
	return out
}

func (t *tokenV1) token() rightsgraph.Token {
	return rightsgraph.Token{Name: t.Name, Role: rightsgraph.Role(t.Role), Hash: t.Hash, CreatedAt: t.CreatedAt, RevokedAt: t.RevokedAt}
}

func (a *auditV1) entry() rightsgraph.AuditEntry {
	return rightsgraph.AuditEntry{Seq: a.Seq, At: a.At, Actor: a.Actor, Action: a.Action, Entities: a.Entities, Summary: a.Summary, Before: a.Before, After: a.After}
}

// Conversions between the domain types and version 2.

func toDeclarationV2(d rightsgraph.Declaration) declarationV2 {
	return declarationV2{Seq: d.Seq, Entity: rightsgraph.NewEntityRecord(d.Entity)}
}

func (d declarationV2) declaration() rightsgraph.Declaration {
	return rightsgraph.Declaration{Seq: d.Seq, Entity: d.Entity.Entity()}
}

func toEvidenceV2(evs []rightsgraph.Evidence) []evidenceV2 {
	out := make([]evidenceV2, 0, len(evs))
	for _, ev := range evs {
		out = append(out, evidenceV2{Report: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End, Role: ev.Role, At: ev.At, Editor: ev.Editor})
	}
	return out
}

func evidenceOf(evs []evidenceV2) []rightsgraph.Evidence {
	out := make([]rightsgraph.Evidence, 0, len(evs))
	for _, ev := range evs {
		out = append(out, rightsgraph.Evidence{Report: ev.Report, Quote: ev.Quote, Start: ev.Start, End: ev.End, Role: ev.Role, At: ev.At, Editor: ev.Editor})
	}
	return out
}

func toRelationV2(r *rightsgraph.Relation) relationV2 {
	return relationV2{ID: r.ID, Type: string(r.Type), From: r.From, To: r.To, Role: r.Role, At: r.At, Evidence: toEvidenceV2(r.Evidence), Visibility: r.Visibility}
}

func (r relationV2) relation() *rightsgraph.Relation {
	return &rightsgraph.Relation{ID: r.ID, Type: rightsgraph.RelType(r.Type), From: r.From, To: r.To, Role: r.Role, At: r.At, Evidence: evidenceOf(r.Evidence), Visibility: r.Visibility}
}

func toGraphV2(g *rightsgraph.ReportGraph) *graphV2 {
	out := &graphV2{Report: rightsgraph.NewEntityRecord(g.Report)}
	for _, e := range g.Entities {
		out.Entities = append(out.Entities, rightsgraph.NewEntityRecord(e))
	}
	for _, r := range g.Relations {
		out.Relations = append(out.Relations, toRelationV2(r))
	}
	return out
}

func (g *graphV2) graph() *rightsgraph.ReportGraph {
	out := &rightsgraph.ReportGraph{Report: g.Report.Entity()}
	for _, e := range g.Entities {
		out.Entities = append(out.Entities, e.Entity())
	}
	for _, r := range g.Relations {
		out.Relations = append(out.Relations, r.relation())
	}
	return out
}

func toTokenV2(t rightsgraph.Token) *tokenV2 {
	return &tokenV2{Name: t.Name, Role: string(t.Role), Hash: t.Hash, CreatedAt: t.CreatedAt, RevokedAt: t.RevokedAt, Cleared: t.Cleared}
}

func (t *tokenV2) token() rightsgraph.Token {
	return rightsgraph.Token{Name: t.Name, Role: rightsgraph.Role(t.Role), Hash: t.Hash, CreatedAt: t.CreatedAt, RevokedAt: t.RevokedAt, Cleared: t.Cleared}
}

// auditCoder encodes audit entries against the log they join: a before
// that some earlier entry had as its after is written as a reference to
// it, and an after as the change from its own before.
type auditCoder struct {
	log     []rightsgraph.AuditEntry // the log so far
	byAfter map[string]int           // an after → the number of the latest entry with it
}

func newAuditCoder() *auditCoder { return &auditCoder{byAfter: map[string]int{}} }

// add appends an entry to the log the coder knows.
func (c *auditCoder) add(e rightsgraph.AuditEntry) {
	c.log = append(c.log, e)
	if e.After != "" {
		c.byAfter[e.After] = len(c.log)
	}
}

// encode returns the version 2 form of e, which would be entry number
// len(c.log)+1.
func (c *auditCoder) encode(e rightsgraph.AuditEntry) *auditV2 {
	out := &auditV2{Seq: e.Seq, At: e.At, Actor: e.Actor, Action: e.Action, Entities: e.Entities, Summary: e.Summary}
	if e.Before != "" {
		if n, ok := c.byAfter[e.Before]; ok {
			out.Before = &textV2{Of: n, Head: len(e.Before)}
		} else {
			out.Before = &textV2{Text: e.Before}
		}
	}
	if e.After != "" {
		out.After = diffText(e.Before, e.After)
		out.After.Self = e.Before != "" && (out.After.Head > 0 || out.After.Tail > 0)
	}
	return out
}

// decode returns the entry a version 2 form stands for, as entry number
// len(c.log)+1.
func (c *auditCoder) decode(a *auditV2) (rightsgraph.AuditEntry, error) {
	e := rightsgraph.AuditEntry{Seq: a.Seq, At: a.At, Actor: a.Actor, Action: a.Action, Entities: a.Entities, Summary: a.Summary}
	var err error
	if e.Before, err = c.text(a.Before, ""); err != nil {
		return e, fmt.Errorf("audit entry %d: before: %w", a.Seq, err)
	}
	if e.After, err = c.text(a.After, e.Before); err != nil {
		return e, fmt.Errorf("audit entry %d: after: %w", a.Seq, err)
	}
	return e, nil
}

func (c *auditCoder) text(t *textV2, before string) (string, error) {
	if t == nil {
		return "", nil
	}
	base := ""
	switch {
	case t.Self:
		base = before
	case t.Of > 0:
		if t.Of > len(c.log) {
			return "", fmt.Errorf("refers to entry %d of %d", t.Of, len(c.log))
		}
		base = c.log[t.Of-1].After
	}
	if t.Head < 0 || t.Tail < 0 || t.Head+t.Tail > len(base) {
		return "", fmt.Errorf("keeps %d+%d bytes of %d", t.Head, t.Tail, len(base))
	}
	return base[:t.Head] + t.Text + base[len(base)-t.Tail:], nil
}

// diffText returns after as the change from base: what they share at
// the start and at the end is kept, the middle is written.
func diffText(base, after string) *textV2 {
	head := 0
	for head < len(base) && head < len(after) && base[head] == after[head] {
		head++
	}
	tail := 0
	for tail < len(base)-head && tail < len(after)-head && base[len(base)-1-tail] == after[len(after)-1-tail] {
		tail++
	}
	return &textV2{Text: after[head : len(after)-tail], Head: head, Tail: tail}
}
