package rightsgraph

import (
	"context"
	"fmt"
	"maps"
	"strings"
)

// Visibility says who may see an entity or a relation: everyone, or only
// those with clearance (see Principal.Cleared). On a report's declaration
// of an entity, and on an editor's, the empty Visibility says nothing;
// on an entity or a relation it is public.
type Visibility string

// The visibilities.
const (
	VisibilityPublic     Visibility = "PUBLIC"
	VisibilityRestricted Visibility = "RESTRICTED"
)

// ParseVisibility reads a visibility as annotations write it: "public" or
// "restricted", in any case. The empty string is the empty Visibility.
func ParseVisibility(s string) (Visibility, error) {
	switch v := Visibility(strings.ToUpper(strings.TrimSpace(s))); v {
	case "", VisibilityPublic, VisibilityRestricted:
		return v, nil
	}
	return "", Errorf(EINVALID, "visibility %q: want public or restricted", s)
}

// Valid reports whether v is PUBLIC or RESTRICTED.
func (v Visibility) Valid() bool { return v == VisibilityPublic || v == VisibilityRestricted }

// Restricted reports whether v restricts.
func (v Visibility) Restricted() bool { return v == VisibilityRestricted }

// Or returns v, or PUBLIC when v says nothing: what an entity or a
// relation shows.
func (v Visibility) Or() Visibility {
	if v == "" {
		return VisibilityPublic
	}
	return v
}

// Cleared reports whether the request may see what is restricted: admins
// and tokens created with clearance may; anonymous requests and every
// other token may not.
func Cleared(ctx context.Context) bool {
	p := PrincipalFrom(ctx)
	return p.Role == RoleAdmin || (p.Cleared && p.Role.Valid())
}

// SetVisibility restricts an entity or a relation (by id) or makes it
// public again, as an editor: any editor may restrict, only a cleared one
// (see Cleared) may make public, and something the request cannot see
// reads as an unknown id. The editor's word outlives reloads of the
// reports. It returns the visibility now. The change is audited; setting
// what is already so changes nothing.
func SetVisibility(ctx context.Context, s Store, id string, v Visibility) (Visibility, error) {
	if err := Require(ctx, RoleEditor); err != nil {
		return "", err
	}
	if !v.Valid() {
		return "", FieldError("visibility", "visibility %q: want PUBLIC or RESTRICTED", v)
	}
	if v == VisibilityPublic && !Cleared(ctx) {
		return "", &Error{Code: EFORBIDDEN, Field: "visibility",
			Message: "only a token with clearance (token create -restricted) may make something public"}
	}
	if err := CheckVisible(ctx, s, id); err != nil {
		return "", err
	}
	stored := v
	if v == VisibilityPublic {
		stored = ""
	}
	err := s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		if _, _, _, ok := SplitRelationID(id); ok {
			before, rid, err := currentRelation(tx, id)
			if err != nil {
				return err
			}
			if before.Visibility == stored {
				return nil
			}
			after := before.Clone()
			after.Visibility = stored
			if err := tx.PutRelation(after); err != nil {
				return err
			}
			return tx.Audit(NewAuditEntry(ctx, seq, "setVisibility", []string{before.From, before.To},
				fmt.Sprintf("made %s %s", rid, strings.ToLower(string(v))), visibilityState(rid, before.Visibility), visibilityState(rid, stored)))
		}
		ids, err := tx.Resolve([]string{id})
		if err != nil {
			return err
		}
		eid := ids[id]
		all, err := tx.Declarations([]string{eid})
		if err != nil {
			return err
		}
		decls := maps.Clone(all[eid])
		before := MergeDeclarations(decls)
		if before == nil {
			return hiddenError(id)
		}
		if before.Visibility.Or() == v {
			return nil
		}
		edit := &Entity{ID: eid, Kind: before.Kind}
		if d, ok := decls[EditKey]; ok {
			edit = d.Entity.Clone()
		}
		edit.Visibility = v // explicit, so that it overrides what reports say
		decls[EditKey] = Declaration{Seq: seq, Entity: edit}
		if err := tx.PutEntity(eid, before.Kind, decls); err != nil {
			return err
		}
		return tx.Audit(NewAuditEntry(ctx, seq, "setVisibility", []string{eid},
			fmt.Sprintf("made %s %s", eid, strings.ToLower(string(v))), visibilityState(eid, before.Visibility), visibilityState(eid, stored)))
	})
	if err != nil {
		return "", err
	}
	return v, nil
}

// visibilityState is what the audit log keeps of a visibility change.
func visibilityState(id string, v Visibility) map[string]string {
	return map[string]string{"id": id, "visibility": string(v.Or())}
}
