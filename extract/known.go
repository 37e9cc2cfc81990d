package extract

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// Slug returns the lower-case ASCII slug of a name, as drafted ids use it
// after "<kind>/" (Cyrillic transliterated, accents dropped).
func Slug(name string) string { return slug(name) }

// storeKnown is a Known over a store's search.
type storeKnown struct{ store rightsgraph.Store }

// StoreKnown returns a Known over the graph of a store: a name links when
// it equals (normalised) the name or an alias of exactly one entity of its
// kind, as EntitiesKnown links over a list.
func StoreKnown(s rightsgraph.Store) Known { return storeKnown{s} }

// Lookup links a name of a kind when exactly one entity of the store has it.
func (k storeKnown) Lookup(ctx context.Context, kind rightsgraph.Kind, name string) (Link, bool, error) {
	want := rightsgraph.Normalize(name)
	if want == "" {
		return Link{}, false, nil
	}
	hits, err := k.store.Search(ctx, rightsgraph.SearchQuery{Text: name, Kinds: []rightsgraph.Kind{kind}, First: 10})
	if err != nil {
		return Link{}, false, err
	}
	var found *rightsgraph.Entity
	for _, h := range hits {
		e := h.Entity
		if e.Kind != kind || !slices.ContainsFunc(e.Names(), func(n string) bool { return rightsgraph.Normalize(n) == want }) {
			continue
		}
		if found != nil && found.ID != e.ID {
			return Link{}, false, nil // two entities have the name: the reviewer decides
		}
		found = e
	}
	if found == nil {
		return Link{}, false, nil
	}
	return Link{ID: found.ID, Name: found.Name, Aliases: slices.Clone(found.Aliases)}, true, nil
}
