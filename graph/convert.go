package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// toEntity turns a domain entity into the GraphQL type of its kind.
func toEntity(e *rightsgraph.Entity) model.Entity {
	// version is computed from e when a query asks for it (kinds.resolvers.go).
	id, kind, name, desc, source := e.ID, model.Kind(e.Kind), e.Name, optional(e.Description), e
	vis := model.Visibility(e.Visibility.Or())
	// The answer only reads aliases: no copy of what the store copied.
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	switch e.Kind {
	case rightsgraph.KindPerson:
		return &model.Person{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	case rightsgraph.KindOrganisation:
		return &model.Organisation{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	case rightsgraph.KindIssue:
		return &model.Issue{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	case rightsgraph.KindCongress:
		return &model.Congress{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis,
			StartDate: optional(e.StartDate), EndDate: optional(e.EndDate)}
	case rightsgraph.KindResolution:
		return &model.Resolution{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	case rightsgraph.KindReport:
		return &model.Report{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis,
			Title: e.Name, URL: optional(e.URL), PublishedAt: optional(e.PublishedAt),
			Source: optional(e.Source), Attribution: optional(e.Attribution), Text: e.Text}
	case rightsgraph.KindPlace:
		return &model.Place{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	case rightsgraph.KindLaw:
		return &model.Law{ID: id, Kind: kind, Name: name, Aliases: aliases, Description: desc, Entity: source, Visibility: vis}
	}
	panic(fmt.Sprintf("entity %q of unknown kind %q", e.ID, e.Kind))
}

// optional returns a pointer to s, or nil for "". It takes its memory
// only for a non-empty s: a parameter whose address is returned is moved
// to the heap on entry, an allocation per call even for the empty strings
// that most calls pass.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	p := new(string)
	*p = s
	return p
}

// toRelation turns a domain relation into the GraphQL one, seen from self.
func toRelation(self string, r *rightsgraph.Relation) *model.Relation {
	m := relationSeen(self, r)
	return &m
}

// relationSeen is the GraphQL relation r seen from self, as a value, so
// that a list of them can take one block.
func relationSeen(self string, r *rightsgraph.Relation) model.Relation {
	dir := model.DirectionOut
	if r.To == self && r.From != self {
		dir = model.DirectionIn
	}
	return model.Relation{
		ID: r.ID, Type: model.RelType(r.Type), Direction: dir,
		Role: optional(r.Role), OtherID: r.Other(self), AtID: r.At, Visibility: model.Visibility(r.Visibility.Or()),
		Pieces: r.Evidence,
	}
}

// entityOf loads an entity that must exist, such as the other end of a
// relation: a missing one is an internal error.
func entityOf(ctx context.Context, id string) (model.Entity, error) {
	e, err := loadersFrom(ctx).Entities.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, fmt.Errorf("entity %q is referenced but missing", id)
	}
	return toEntity(e), nil
}

// otherEnd loads the entity at the other end of a relation: the lean
// copy a read ahead left when the field asks only for what it holds (see
// rightsgraph.AroundQuery.LeanEnds), else as entityOf does.
func otherEnd(ctx context.Context, id string) (model.Entity, error) {
	if e, nameless, ok := loadersFrom(ctx).leanEnds.get(id); ok && e != nil && asksLeanEntity(ctx) && !(nameless && asksName(ctx)) {
		return toEntity(e), nil
	}
	return entityOf(ctx, id)
}

// kindOf loads an entity that must exist and be of type T.
func kindOf[T model.Entity](ctx context.Context, id string) (T, error) {
	var zero T
	e, err := loadersFrom(ctx).Entities.Load(ctx, id)
	if err != nil {
		return zero, err
	}
	if e == nil {
		return zero, fmt.Errorf("entity %q is referenced but missing", id)
	}
	t, ok := toEntity(e).(T)
	if !ok {
		return zero, fmt.Errorf("entity %q is a %s, want a %T", id, e.Kind, zero)
	}
	return t, nil
}

// relationsOf returns the relations of entity id of the given types (all
// when none) in a direction, at most first of them (all when nil).
func relationsOf(ctx context.Context, id string, types []model.RelType, dir model.Direction, first *int) ([]*model.Relation, error) {
	if first != nil && *first < 0 {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "first must not be negative")
	}
	l := loadersFrom(ctx)
	rels, ok := l.selected.covering(id, types, dir, func() bool { return asksLean(ctx) })
	if !ok {
		var err error
		if rels, err = l.Relations.Load(ctx, id); err != nil {
			return nil, err
		}
	}
	// Filtered before conversion: a page asks for a few relations of
	// entities that may have many. Counted first, so that the answer takes
	// one block of relations and one list.
	picks := func(r *rightsgraph.Relation) bool {
		return (len(types) == 0 || slices.Contains(types, model.RelType(r.Type))) &&
			(dir == model.DirectionBoth || r.From == r.To || (dir == model.DirectionOut) == (r.From == id))
	}
	n := 0
	for _, r := range rels {
		if picks(r) {
			n++
		}
	}
	if first != nil {
		n = min(n, *first)
	}
	out, block := make([]*model.Relation, 0, n), make([]model.Relation, n)
	for _, r := range rels {
		if len(out) == n {
			break
		}
		if picks(r) {
			block[len(out)] = relationSeen(id, r)
			out = append(out, &block[len(out)])
		}
	}
	return out, nil
}

// typed returns the relations of one type in one direction that the
// typed field being resolved, such as Person.leads or
// Organisation.leaders, stands for (see typedRelations).
func typed(ctx context.Context, id string) ([]*model.Relation, error) {
	fc := graphql.GetFieldContext(ctx)
	t, ok := typedRelations[fc.Object][fc.Field.Name]
	if !ok {
		return nil, fmt.Errorf("%s.%s is not a typed relation field", fc.Object, fc.Field.Name)
	}
	return relationsOf(ctx, id, []model.RelType{model.RelType(t.Type)}, model.Direction(t.Dir), nil)
}

// reportsOf returns the reports that declare an entity.
func reportsOf(ctx context.Context, id string) ([]*model.Report, error) {
	e, err := loadersFrom(ctx).Entities.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	out := []*model.Report{}
	for _, rid := range e.Reports {
		r, err := kindOf[*model.Report](ctx, rid)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func directionOr(d *model.Direction) model.Direction {
	if d == nil {
		return model.DirectionBoth
	}
	return *d
}
