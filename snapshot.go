package rightsgraph

import (
	"cmp"
	"context"
	"slices"
)

// Snapshot is the whole graph as it stood at one moment (Revision), held
// in memory: every relation's ends are among its entities, and no id
// repeats, whatever changes were made while it was read. Stores make it
// (Store.Snapshot); exports and analyses read it, as they read a Store.
// Its entities and relations are shared: EachEntity and EachRelation
// hand out copies.
type Snapshot struct {
	Revision  int64
	Entities  []*Entity   // sorted by id
	Relations []*Relation // sorted by id
}

// NewSnapshot returns the snapshot of entities and relations read at one
// revision, sorting them by id.
func NewSnapshot(revision int64, entities []*Entity, relations []*Relation) *Snapshot {
	slices.SortFunc(entities, func(a, b *Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(relations, func(a, b *Relation) int { return cmp.Compare(a.ID, b.ID) })
	return &Snapshot{Revision: revision, Entities: entities, Relations: relations}
}

// EachEntity calls fn for a copy of every entity, in id order, until fn
// fails.
func (s *Snapshot) EachEntity(ctx context.Context, fn func(*Entity) error) error {
	for _, e := range s.Entities {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(e.Clone()); err != nil {
			return err
		}
	}
	return nil
}

// EachRelation calls fn for a copy of every relation, in id order, until
// fn fails.
func (s *Snapshot) EachRelation(ctx context.Context, fn func(*Relation) error) error {
	for _, r := range s.Relations {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(r.Clone()); err != nil {
			return err
		}
	}
	return nil
}
