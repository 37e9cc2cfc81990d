// Package extract drafts a report's annotation from its text: a rule-based
// reader of English human-rights reports that finds the people,
// organisations, places, events, documents, laws and issues the text names,
// and the relations it states between them, each with the exact quote that
// states it. The draft is the loader's own YAML (see Result.YAML), valid as
// written, for a reviewer to correct rather than write.
//
// The drafter works offline with word lists of its own (lexicon.go) and the
// text itself: capitalised spans typed by their shape and by their context,
// a lexicon of the text's lower-case words, coreference of surnames,
// acronyms and short forms, and constructions such as "X, director of Y".
package extract

import (
	"context"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// Known answers "which entity of the graph is this name?" (linking).
type Known interface {
	// Lookup returns the entity of the graph that a name of this kind
	// refers to, if exactly one is a confident match.
	Lookup(ctx context.Context, kind rightsgraph.Kind, name string) (Link, bool, error)
}

// Link is an entity of the graph a drafted entity refers to.
type Link struct {
	ID, Name string
	Aliases  []string
}

// Result is a draft annotation of a text.
type Result struct {
	Text      string
	Entities  []Entity
	Relations []Relation
	Words     int // words of the text
}

// Entity is a drafted entity. Rule names the construction that found it and
// Confidence how sure the drafter is (0 to 1). Existing is set when the
// entity is one the graph already holds: then ID and Name are the graph's.
type Entity struct {
	ID          string
	Kind        rightsgraph.Kind
	Name        string
	Aliases     []string
	Description string
	StartDate   string
	EndDate     string
	Confidence  float64
	Rule        string
	Existing    *Link
	Mentions    []Span
}

// Span is a stretch of the text in code points, half-open, like Evidence.
type Span struct{ Start, End int }

// Relation is a drafted relation, with the quote that states it.
type Relation struct {
	Type       rightsgraph.RelType
	From, To   string
	Role, At   string
	Confidence float64
	Rule       string
	Evidence   Evidence
}

// Evidence is the quote of a relation: its text and code-point span.
// Occurrence is 0 when the quote occurs once in the text, else which
// occurrence (1-based) it is, as the loader's occurrence key.
type Evidence struct {
	Quote      string
	Start, End int
	Occurrence int
}

// Meta is what the YAML says of the report itself.
type Meta struct {
	ID, Title, TextFile, URL, PublishedAt, Source, Attribution string
}

// MaxTextBytes is the largest text Draft reads (32 MiB). Drafting costs
// time and memory about linear in the text; larger texts are refused.
const MaxTextBytes = 32 << 20

// Draft reads a report's text and returns a draft annotation. known links
// names to the graph's entities; it may be nil (no linking). An empty,
// binary or non-UTF-8 text, or one over MaxTextBytes, is refused with
// rightsgraph.EINVALID; a text that names nothing gives an empty draft.
func Draft(ctx context.Context, text string, known Known) (*Result, error) {
	return DraftWith(ctx, text, known, Options{})
}

func checkText(text string) error {
	switch {
	case len(text) > MaxTextBytes:
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the text is %d bytes: the drafter reads at most %d (32 MiB); split the report", len(text), MaxTextBytes)
	case !utf8.ValidString(text):
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the text is not valid UTF-8: convert it first")
	}
	blank, bad, n := true, 0, 0
	for _, r := range text {
		n++
		switch {
		case r == 0:
			return rightsgraph.Errorf(rightsgraph.EINVALID, "the text holds NUL bytes: it looks like a binary file, not a report's text")
		case r == '\n' || r == '\r' || r == '\t':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
			bad++
		case r != ' ' && r != 0xa0 && r != 0xfeff:
			blank = false
		}
	}
	if blank {
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the text is empty")
	}
	if bad*10 > n {
		return rightsgraph.Errorf(rightsgraph.EINVALID, "the text is mostly control characters (%d of %d): it looks like a binary file, not a report's text", bad, n)
	}
	return nil
}
