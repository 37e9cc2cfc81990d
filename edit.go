package rightsgraph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// EditTx is one atomic change to a store, as the editing functions of this
// package see it: reads of the graph, and writes that take effect
// together when it commits. The logic of every edit lives in this file,
// once; stores only read and write (Store.Edit), so that every store edits
// alike. Reads may or may not see the change's own writes, so every edit
// reads all it needs before it writes.
type EditTx interface {
	// Seq returns the change's sequence number, larger than any before it.
	// The store takes it, with its write lock if it has one, when the
	// change begins (Store.Edit), so that concurrent changes never
	// interleave, whatever the edit reads first.
	Seq() int64
	// Resolve returns the id each of ids stands for now: the survivor of
	// the merges it went through, or itself.
	Resolve(ids []string) (map[string]string, error)
	// Declarations returns the declarations of the entities among ids that
	// exist, by entity id and then report id (or EditKey).
	Declarations(ids []string) (map[string]map[string]Declaration, error)
	// Relations returns the relations among ids that exist.
	Relations(ids []string) (map[string]*Relation, error)
	// RelationsOf returns every relation that starts or ends at entity id,
	// or has evidence placed at it (Evidence.At).
	RelationsOf(id string) ([]*Relation, error)
	// Retracted reports whether an editor retracted the relation id.
	Retracted(id string) (bool, error)
	// Retractions returns the ids of the retracted relations with an end
	// at entity id.
	Retractions(id string) ([]string, error)
	// RedirectedTo returns, sorted, the ids other than id that resolve to
	// id: the entities merged into it.
	RedirectedTo(id string) ([]string, error)
	// Merge returns the record of the merge that dropped id, or nil when
	// there is none.
	Merge(drop string) (*MergeRecord, error)
	// Token returns the API token of that name, or nil when there is none.
	Token(name string) (*Token, error)

	// The batch reads of a load (load.go), so that a store answers each
	// in one round trip however large the report.

	// ReportStatements returns what report rid declared and stated when it
	// was last loaded or edited: ids of entities and relations, a superset
	// of those it declares and gives evidence for, some perhaps from
	// before merges since.
	ReportStatements(rid string) (entities, relations []string, err error)
	// RetractedAmong returns which of the relation ids editors retracted.
	RetractedAmong(ids []string) (map[string]bool, error)
	// EditorEvidenceFrom returns, ordered by id, the relations with
	// evidence an editor gave from report rid.
	EditorEvidenceFrom(rid string) ([]*Relation, error)
	// RelationIDsOf returns, for each of the entity ids that has any, the
	// ids of the relations that start or end there.
	RelationIDsOf(ids []string) (map[string][]string, error)

	// PutEntity sets the declarations of an entity of a kind, creating it
	// if need be; no declarations delete it.
	PutEntity(id string, kind Kind, decls map[string]Declaration) error
	// PutRelation writes a relation (its ends exist), replacing the one
	// with its id.
	PutRelation(r *Relation) error
	// DeleteRelation deletes a relation if it exists.
	DeleteRelation(id string) error
	// PutEntities does what PutEntity does for each of es, at once.
	PutEntities(es []EntityWrite) error
	// PutRelations does what PutRelation does for each of rs, at once.
	PutRelations(rs []*Relation) error
	// DeleteRelations deletes the relations among ids that exist.
	DeleteRelations(ids []string) error
	// SetReportStatements records what report rid declares and states
	// now, for ReportStatements; a store that finds those in the graph
	// itself may ignore it.
	SetReportStatements(rid string, entities, relations []string) error
	// Redirect makes from, and every id that resolved to from, resolve to to.
	Redirect(from, to string) error
	// Unredirect makes from resolve to itself again.
	Unredirect(from string) error
	// PutMerge keeps the record of a merge, by its dropped id.
	PutMerge(m *MergeRecord) error
	// DeleteMerge forgets the record of the merge that dropped id.
	DeleteMerge(drop string) error
	// PutToken writes an API token, replacing the one of its name.
	PutToken(t Token) error
	// SetRetracted marks a relation id retracted, so that reloading a report
	// that states it does not bring it back, or lifts the mark.
	SetRetracted(id string, retracted bool) error
	// Audit records the change in the audit log.
	Audit(e AuditEntry) error
}

// EntityInput is what an editor says of an entity (upsertEntity). Aliases
// and Description keep what the entity has when nil; Name does when empty,
// but a new entity needs one. IfVersion, when set, must be the entity's
// Version: a client that read the entity, changed it and writes it back
// then never overwrites a change made in between.
type EntityInput struct {
	ID          string
	Kind        Kind
	Name        string
	Aliases     []string
	Description *string
	IfVersion   string
}

// RelationInput is a fact an editor adds (addRelation): From –Type→ To,
// cited by Quote of Report. The server finds the quote in the report's
// text; Occurrence picks one (1-based) when it occurs more than once.
type RelationInput struct {
	From       string
	To         string
	Type       RelType
	Role       string
	At         string
	Report     string
	Quote      string
	Occurrence int
}

// Actor names who makes a change: the token of the request, or "system"
// for the command line and the server itself.
func Actor(ctx context.Context) string {
	if p := PrincipalFrom(ctx); p.Name != "" {
		return p.Name
	}
	return SystemActor
}

// UpsertEntity creates an entity or corrects its name, aliases or
// description, as an editor. Names and aliases are cleaned (CleanName). The editor's word outlives reloads of the
// reports that declare the entity. It returns the entity as it is now.
func UpsertEntity(ctx context.Context, s Store, in EntityInput) (*Entity, error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return nil, err
	}
	in.Name, in.Aliases = CleanName(in.Name), CleanNames(in.Aliases)
	switch {
	case !in.Kind.Valid():
		return nil, FieldError("input.kind", "unknown kind %q", in.Kind)
	case in.Kind == KindReport:
		return nil, FieldError("input.kind", "reports are added with addReport")
	case !idPattern.MatchString(in.ID) || !strings.HasPrefix(in.ID, in.Kind.IDPrefix()):
		return nil, FieldError("input.id", "id %q: want %s<lower-case-slug>", in.ID, in.Kind.IDPrefix())
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return nil, err
	}
	var out *Entity
	err = s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		ids, err := tx.Resolve([]string{in.ID})
		if err != nil {
			return err
		}
		id := ids[in.ID]
		all, err := tx.Declarations([]string{id})
		if err != nil {
			return err
		}
		decls := maps.Clone(all[id])
		before := MergeDeclarations(decls)
		switch {
		case view.hides(before):
			return &Error{Code: ENOTFOUND, Field: "input.id", Message: fmt.Sprintf("no entity with id %q", in.ID)}
		case before != nil && view != nil && view.masks(before, in):
			return &Error{Code: EFORBIDDEN, Field: "input.id", Message: fmt.Sprintf(
				"%s mentions something restricted: only a token with clearance may change its name, aliases or description", in.ID)}
		case before != nil && before.Kind != in.Kind:
			return FieldError("input.kind", "%s is a %s, not a %s", id, before.Kind, in.Kind)
		case in.IfVersion != "" && (before == nil || before.Version() != in.IfVersion):
			return Errorf(ECONFLICT, "%s changed since version %s was read; read it again and repeat the edit", id, in.IfVersion)
		case before == nil && in.Name == "":
			return FieldError("input.name", "a new entity needs a name")
		}
		edit := &Entity{ID: id, Kind: in.Kind, Name: in.Name, Aliases: in.Aliases}
		if before != nil {
			edit.Name = cmp.Or(in.Name, before.Name)
			if in.Aliases == nil {
				edit.Aliases = before.Aliases
			}
			edit.Description = before.Description
		}
		if in.Description != nil {
			edit.Description = *in.Description
		}
		if prev, ok := decls[EditKey]; ok {
			edit.Visibility = prev.Entity.Visibility // an edit of the name keeps who may see it
		}
		if err := edit.Validate(); err != nil {
			return FieldError("input."+cmp.Or(ErrorField(err), "aliases"), "%s", ErrorMessage(err))
		}
		if decls == nil {
			decls = map[string]Declaration{}
		}
		decls[EditKey] = Declaration{Seq: seq, Entity: edit}
		after := MergeDeclarations(decls)
		if before != nil && before.Version() == after.Version() {
			out = before
			return nil // nothing changes
		}
		if err := tx.PutEntity(id, in.Kind, decls); err != nil {
			return err
		}
		out = after
		return tx.Audit(NewAuditEntry(ctx, seq, "upsertEntity", []string{id},
			fmt.Sprintf("%s %q", verb(before == nil, "created", "edited"), after.Name), entityState(before), entityState(after)))
	})
	return out, err
}

// AddRelation adds a fact as an editor, or more evidence for one: the
// quote must be in the cited report (its offsets are found here), the
// relationship type must allow the kinds it joins. A relation an editor
// retracted may be added again. The role is cleaned like a name (see
// CleanName). It returns the relation as it is now.
func AddRelation(ctx context.Context, s Store, in RelationInput) (*Relation, error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return nil, err
	}
	in.Role = CleanName(in.Role)
	rule, ok := in.Type.Rule()
	switch {
	case !ok || rule.From == nil:
		return nil, FieldError("input.type", "%q is not a relationship type an editor may add", in.Type)
	case in.Quote == "":
		return nil, FieldError("input.evidence.quote", "the quote is empty")
	case in.Occurrence < 0:
		return nil, FieldError("input.evidence.occurrence", "occurrence must be positive")
	}
	if err := CheckStatement(in.Role, in.Quote); err != nil {
		field := "input.evidence.quote"
		if ErrorField(err) == "role" {
			field = "input.role"
		}
		return nil, FieldError(field, "%s", ErrorMessage(err))
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return nil, err
	}
	var out *Relation
	err = s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		wanted := map[string]string{"input.from": in.From, "input.to": in.To, "input.evidence.report": in.Report}
		if in.At != "" {
			wanted["input.at"] = in.At
		}
		ents, err := currentEntities(tx, wanted, view)
		if err != nil {
			return err
		}
		from, to, report := ents["input.from"], ents["input.to"], ents["input.evidence.report"]
		switch {
		case !rule.Allows(from.Kind, to.Kind):
			return FieldError("input.type", "%s may not go from a %s to a %s", in.Type, from.Kind, to.Kind)
		case report.Kind != KindReport:
			return FieldError("input.evidence.report", "%s is not a report", report.ID)
		case in.At != "" && ents["input.at"].Kind != KindCongress:
			return FieldError("input.at", "%s is not a congress", in.At)
		}
		// The quote is found in the text as the request sees it, masked:
		// quoting a hidden name must not tell that it is there.
		text := report.Text
		if view != nil {
			text = view.Mask(text)
		}
		start, end, count, found := Locate(text, in.Quote, max(in.Occurrence, 1))
		switch {
		case count == 0:
			return FieldError("input.evidence.quote", "the quote is not in the text of %s", report.ID)
		case !found:
			return FieldError("input.evidence.occurrence", "the quote occurs %d times in %s, not %d", count, report.ID, in.Occurrence)
		case count > 1 && in.Occurrence == 0:
			return FieldError("input.evidence.quote", "the quote occurs %d times in %s: quote more, or give its occurrence", count, report.ID)
		}
		ev := Evidence{Report: report.ID, Quote: in.Quote, Start: start, End: end, Role: in.Role, Editor: Actor(ctx)}
		if in.At != "" {
			ev.At = ents["input.at"].ID
		}
		id := RelationID(from.ID, in.Type, to.ID)
		old, err := tx.Relations([]string{id})
		if err != nil {
			return err
		}
		before := old[id]
		retracted, err := tx.Retracted(id)
		if err != nil {
			return err
		}
		if before != nil && slices.ContainsFunc(before.Evidence, func(e Evidence) bool {
			if e.Editor == "" {
				return false // an editor confirms the annotation: that outlives the annotation
			}
			e.Editor = ev.Editor
			return e == ev
		}) {
			out = before
			return nil // an editor gave this evidence already
		}
		after := &Relation{ID: id, Type: in.Type, From: from.ID, To: to.ID}
		if before != nil {
			after = before.Clone()
		}
		after.Evidence = append(after.Evidence, ev)
		after.Derive()
		if err := tx.PutRelation(after); err != nil {
			return err
		}
		if retracted {
			if err := tx.SetRetracted(id, false); err != nil {
				return err
			}
		}
		out = after
		return tx.Audit(NewAuditEntry(ctx, seq, "addRelation", []string{from.ID, to.ID},
			fmt.Sprintf("%s %s %s %s", verb(before == nil, "added", "added evidence to"), from.Name, in.Type, to.Name),
			relationState(before), relationState(after)))
	})
	return out, err
}

// RetractRelation removes a relation with all its evidence, as an editor,
// and keeps it out when a report that states it is loaded again. It returns
// the relation as it was.
func RetractRelation(ctx context.Context, s Store, id string) (*Relation, error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return nil, err
	}
	_, _, _, ok := SplitRelationID(id)
	if !ok {
		return nil, FieldError("id", "%q is not a relation id (from|TYPE|to)", id)
	}
	view, err := ViewOf(ctx, s)
	if err != nil {
		return nil, err
	}
	var out *Relation
	err = s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		before, rid, err := currentRelation(tx, id)
		if err != nil {
			return err
		}
		if view != nil && view.Relation(before) == nil {
			return Errorf(ENOTFOUND, "no relation with id %q", id)
		}
		if err := tx.DeleteRelation(rid); err != nil {
			return err
		}
		if err := tx.SetRetracted(rid, true); err != nil {
			return err
		}
		out = before
		return tx.Audit(NewAuditEntry(ctx, seq, "retractRelation", []string{before.From, before.To},
			"retracted "+rid, relationState(before), nil))
	})
	return out, err
}

// currentRelation reads the relation id stands for now, through the
// merges of its ends, with its id now; an unknown one is ENOTFOUND.
func currentRelation(tx EditTx, id string) (*Relation, string, error) {
	from, t, to, ok := SplitRelationID(id)
	if !ok {
		return nil, "", FieldError("id", "%q is not a relation id (from|TYPE|to)", id)
	}
	ends, err := tx.Resolve([]string{from, to})
	if err != nil {
		return nil, "", err
	}
	rid := RelationID(ends[from], t, ends[to])
	rels, err := tx.Relations([]string{rid})
	if err != nil {
		return nil, "", err
	}
	if rels[rid] == nil {
		return nil, "", Errorf(ENOTFOUND, "no relation with id %q", id)
	}
	return rels[rid], rid, nil
}

// currentEntities reads the entities named by each input field, through
// merges, and refuses a missing one with ENOTFOUND naming its field.
// An entity the view v hides (nil: none) is missing too.
func currentEntities(tx EditTx, byField map[string]string, v *View) (map[string]*Entity, error) {
	asked := slices.Collect(maps.Values(byField))
	ids, err := tx.Resolve(asked)
	if err != nil {
		return nil, err
	}
	decls, err := tx.Declarations(slices.Collect(maps.Values(ids)))
	if err != nil {
		return nil, err
	}
	out := map[string]*Entity{}
	for _, field := range slices.Sorted(maps.Keys(byField)) {
		e := MergeDeclarations(decls[ids[byField[field]]])
		if e == nil || v.hides(e) {
			return nil, &Error{Code: ENOTFOUND, Field: field, Message: fmt.Sprintf("no entity with id %q", byField[field])}
		}
		out[field] = e
	}
	return out, nil
}

func verb(created bool, yes, no string) string {
	if created {
		return yes
	}
	return no
}
