package extract

import (
	"context"
	"slices"

	"github.com/rightsgraph/rightsgraph"
)

// storeKnown links names through a store's search.
type storeKnown struct{ s rightsgraph.Store }

// StoreKnown returns a Known over s.Search: the same normaliser as search,
// and only exact or transliteration-level matches (rightsgraph.ScoreTranslit
// and up) of the right kind, when exactly one entity matches so.
func StoreKnown(s rightsgraph.Store) Known { return storeKnown{s} }

// Lookup links name when exactly one entity of kind matches it confidently.
func (k storeKnown) Lookup(ctx context.Context, kind rightsgraph.Kind, name string) (Link, bool, error) {
	if rightsgraph.Normalize(name) == "" {
		return Link{}, false, nil
	}
	hits, err := k.s.Search(ctx, rightsgraph.SearchQuery{Text: name, Kinds: []rightsgraph.Kind{kind}, First: 10})
	if rightsgraph.ErrorCode(err) == rightsgraph.EINVALID {
		return Link{}, false, nil // a name search refuses cannot be in the graph
	} else if err != nil {
		return Link{}, false, err
	}
	var found *rightsgraph.Entity
	for _, h := range hits {
		if h.Score < rightsgraph.ScoreTranslit || h.Entity == nil || h.Entity.Kind != kind {
			continue
		}
		if found != nil && found.ID != h.Entity.ID {
			return Link{}, false, nil // two confident matches: not ours to choose
		}
		found = h.Entity
	}
	if found == nil {
		return Link{}, false, nil
	}
	return Link{ID: found.ID, Name: found.Name, Aliases: slices.Clone(found.Aliases)}, true, nil
}
