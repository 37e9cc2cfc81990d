package extract

import (
	"context"

	"github.com/rightsgraph/rightsgraph"
)

// StoreKnown links names to the entities of a store through its search, so
// that drafting matches names exactly as search does (case, accents,
// punctuation, transliteration, Cyrillic). Only a match as good as a
// transliteration of a name or alias counts, and only when one entity of
// the kind has it: a draft never links a name the graph holds twice.
func StoreKnown(s rightsgraph.Store) Known { return storeKnown{s} }

type storeKnown struct{ s rightsgraph.Store }

func (k storeKnown) Lookup(ctx context.Context, kind rightsgraph.Kind, name string) (Link, bool, error) {
	hits, err := k.s.Search(ctx, rightsgraph.SearchQuery{Text: name, Kinds: []rightsgraph.Kind{kind}, First: 2})
	if rightsgraph.ErrorCode(err) == rightsgraph.EINVALID {
		return Link{}, false, nil // a name search refuses cannot be in the graph
	} else if err != nil {
		return Link{}, false, err
	}
	if len(hits) == 0 || hits[0].Score < rightsgraph.ScoreTranslit {
		return Link{}, false, nil
	}
	if len(hits) > 1 && hits[1].Score >= rightsgraph.ScoreTranslit {
		return Link{}, false, nil // two entities answer to the name
	}
	e := hits[0].Entity
	return Link{ID: e.ID, Name: e.Name, Aliases: e.Aliases}, true, nil
}
