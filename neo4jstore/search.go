package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// Search narrows with a full-text index of tokens made here, not by an
// analyzer: the words of every name's normalized and folded forms (see
// rightsgraph.NewKey), the deletion neighbourhood of each folded word
// (every string left by deleting up to two of its characters, marked
// with a leading "_"), its proper suffixes (marked "~"), and the folded
// length of each name ("_#n"). A
// whitespace analyzer keeps them as they are, so that the index and
// MatchKey see the same words in every script.
//
// The query (searchQuery) is then a superset of what MatchKey can score
// above zero, by two facts:
//
//   - Two strings within k edits (Levenshtein) share a string reachable
//     from each by at most k deletions. So a word within its allowed edits
//     of a name's word shares a deletion token with it.
//   - A name within k edits (k ≤ 2) of the whole query, as MatchKey's
//     whole-string fuzzy match allows, has a length within k of the
//     query's, and either keeps the query's spaces (so each query word is
//     within k edits of a name word), or an edit added, dropped or
//     replaced a space. Then at most one edit is left for the words, and
//     every query word but one (none when k is 1) is still "safe": a word
//     of the name, its start (a space after it dropped) or end (a space
//     before it dropped), or split into name words (its proper prefixes
//     and suffixes). A word is spoiled only by a dropped space and a typo
//     together.
//
// The narrowing holds only for words the index keeps whole and in full:
// folded words of at most maxFuzzyRunes-2 characters (their deletion
// tokens are indexed for name words up to maxFuzzyRunes) and words within
// the tokenizer's length. A query beyond that, or one whose Lucene query
// would have too many clauses, falls back to ranking every entity.
const (
	tokenIndex     = "rightsgraph_entity_tokens"
	maxFuzzyRunes  = 24
	maxTokenRunes  = 200 // below the whitespace tokenizer's 255
	maxClauses     = 1000
	fuzzyMarker    = "_"
	suffixMarker   = "~"
	lengthMarker   = "_#"
	emptyDeletion  = "_" // the deletion token of the empty string
	maxSearchEdits = 2   // rightsgraph.AllowedEdits' largest answer
)

// searchTokens is the searchTokens property of an entity with these names.
func searchTokens(names []string) string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, n := range names {
		k := rightsgraph.NewKey(n)
		for _, w := range strings.Fields(k.Norm) {
			add(w)
		}
		fold := strings.Fields(k.Fold)
		for _, w := range fold {
			add(w)
			if utf8.RuneCountInString(w) <= maxFuzzyRunes {
				deletions(w, maxSearchEdits, func(d string) { add(fuzzyToken(d)) })
				for i := range w {
					if i > 0 {
						add(suffixMarker + w[i:])
					}
				}
			}
		}
		add(fmt.Sprintf("%s%d", lengthMarker, utf8.RuneCountInString(k.Fold)))
	}
	return strings.Join(out, " ")
}

func fuzzyToken(d string) string {
	if d == "" {
		return emptyDeletion
	}
	return fuzzyMarker + d
}

// deletions calls fn with w and every string left by deleting up to k of
// its characters (some more than once).
func deletions(w string, k int, fn func(string)) {
	fn(w)
	if k == 0 || w == "" {
		return
	}
	rs := []rune(w)
	for i := range rs {
		deletions(string(rs[:i])+string(rs[i+1:]), k-1, fn)
	}
}

// lq is a Lucene query: a term (a prefix when prefix is set), or the AND
// or OR of queries. It renders as Lucene's syntax (String) and, for
// tests, matches a set of tokens as the index would (matches).
type lq struct {
	term   string
	prefix bool
	and    bool
	kids   []*lq
}

func term(t string) *lq     { return &lq{term: t} }
func prefixOf(t string) *lq { return &lq{term: t, prefix: true} }
func allOf(kids ...*lq) *lq { return &lq{and: true, kids: kids} }
func anyOf(kids ...*lq) *lq { return &lq{kids: kids} }

// clauses counts the terms, which Lucene caps.
func (q *lq) clauses() int {
	if q.kids == nil {
		return 1
	}
	n := 0
	for _, k := range q.kids {
		n += k.clauses()
	}
	return n
}

func (q *lq) String() string {
	if q.kids == nil {
		if q.prefix {
			return escapeLucene(q.term) + "*"
		}
		return escapeLucene(q.term)
	}
	op := " OR "
	if q.and {
		op = " AND "
	}
	parts := make([]string, len(q.kids))
	for i, k := range q.kids {
		parts[i] = k.String()
	}
	return "(" + strings.Join(parts, op) + ")"
}

func (q *lq) matches(tokens map[string]bool) bool {
	if q.kids == nil {
		if !q.prefix {
			return tokens[q.term]
		}
		for t := range tokens {
			if strings.HasPrefix(t, q.term) {
				return true
			}
		}
		return false
	}
	for _, k := range q.kids {
		if k.matches(tokens) != q.and {
			return !q.and
		}
	}
	return q.and
}

// searchQuery returns a query of the token index whose matches include
// every entity MatchKey scores above zero against k, or ok false when it
// cannot be sure (see the notes above) and every entity must be ranked.
func searchQuery(k rightsgraph.Key) (q *lq, ok bool) {
	norm, fold := strings.Fields(k.Norm), strings.Fields(k.Fold)
	if len(norm) == 0 || len(fold) == 0 {
		return nil, false
	}
	edits := rightsgraph.AllowedEdits(len(k.Fold))
	for _, w := range fold {
		if n := utf8.RuneCountInString(w); n > maxTokenRunes || edits > 0 && n > maxFuzzyRunes-maxSearchEdits {
			return nil, false
		}
	}
	// fuzzy matches a name with a word within edits of w, or that w
	// starts.
	fuzzy := func(w string, edits int) *lq {
		g := anyOf(term(w), prefixOf(w))
		seen := map[string]bool{w: true}
		if edits > 0 {
			deletions(w, edits, func(d string) {
				if t := fuzzyToken(d); !seen[t] {
					seen[t] = true
					g.kids = append(g.kids, term(t))
				}
			})
		}
		return g
	}
	// safe matches a name where w survives a change of spaces: as a
	// word, the start or the end of one, or split into words (its proper
	// prefixes and suffixes as words).
	safe := func(w string) *lq {
		g := anyOf(term(w), prefixOf(w), term(suffixMarker+w))
		seen := map[string]bool{w: true}
		for i := range w {
			for _, t := range []string{w[:i], w[i:]} {
				if i > 0 && !seen[t] {
					seen[t] = true
					g.kids = append(g.kids, term(t))
				}
			}
		}
		return g
	}
	// Every folded word a word of the name, the start of one, or within
	// its allowed edits of one: exact, prefix, word and fuzzy word matches.
	words := allOf()
	for _, w := range fold {
		words.kids = append(words.kids, fuzzy(w, rightsgraph.AllowedEdits(len(w))))
	}
	q = anyOf(words)
	// Words of the normalized form, where they differ: every one a word,
	// or the start of one.
	if !slices.Equal(norm, fold) {
		n := allOf()
		for _, w := range norm {
			if utf8.RuneCountInString(w) > maxTokenRunes {
				return nil, false
			}
			n.kids = append(n.kids, anyOf(term(w), prefixOf(w)))
		}
		q.kids = append(q.kids, n)
	}
	if edits > 0 {
		// A name within edits of the whole query, of about its length:
		// either its spaces are where the query's are, and every word is
		// within edits of one of the name's; or a space was added,
		// dropped or replaced, which leaves no edit, or one, for the
		// words, and spoils at most one of them.
		lengths := anyOf()
		r := utf8.RuneCountInString(k.Fold)
		for l := max(r-edits, 0); l <= r+edits; l++ {
			lengths.kids = append(lengths.kids, term(fmt.Sprintf("%s%d", lengthMarker, l)))
		}
		spaced := allOf(lengths)
		for _, w := range fold {
			spaced.kids = append(spaced.kids, fuzzy(w, edits))
		}
		q.kids = append(q.kids, spaced)
		safes := make([]*lq, len(fold))
		sum := 0
		for i, w := range fold {
			safes[i] = safe(w)
			sum += safes[i].clauses()
		}
		need := len(fold) // one edit, a space's: no word spoiled
		if edits == 2 {
			need = max(len(fold)-1, 1)
		}
		moved := anyOf()
		if combinations(len(fold)-1, need-1)*sum <= maxClauses-q.clauses() {
			eachCombination(len(fold), need, func(idx []int) {
				c := allOf()
				for _, i := range idx {
					c.kids = append(c.kids, safes[i])
				}
				moved.kids = append(moved.kids, c)
			})
		} else {
			moved.kids = safes // any one: more candidates, still all of them
		}
		q.kids = append(q.kids, allOf(lengths, moved))
	}
	if q.clauses() > maxClauses {
		return nil, false
	}
	return q, true
}

func combinations(n, k int) int {
	c := 1
	for i := range k {
		c = c * (n - i) / (i + 1)
	}
	return c
}

// eachCombination calls fn with every k-subset of 0..n-1, in order.
func eachCombination(n, k int, fn func([]int)) {
	idx := make([]int, k)
	var rec func(start, depth int)
	rec = func(start, depth int) {
		if depth == k {
			fn(slices.Clone(idx))
			return
		}
		for i := start; i <= n-(k-depth); i++ {
			idx[depth] = i
			rec(i+1, depth+1)
		}
	}
	rec(0, 0)
}

// Search ranks the entities whose names match q.Text, in one round trip:
// the token index finds the candidates (all that MatchKey can match, see
// searchQuery), with their names and the weights of equal scores, and
// rightsgraph.MatchKey and RankHits rank them as the embedded store does.
// Candidates come without a report's text, which is read for the hits.
// A query the index cannot narrow reads every entity's names, then the
// weights of those that match.
func (s *Store) Search(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	key := rightsgraph.NewKey(q.Text)
	if key.Norm == "" {
		return []rightsgraph.SearchHit{}, nil
	}
	var recs []*neo4j.Record
	var err error
	lucene, narrowed := searchQuery(key)
	if narrowed {
		recs, err = s.read(ctx, qSearchTokens, map[string]any{"index": tokenIndex, "query": lucene.String(), "kinds": kindStrings(q.Kinds)})
	} else {
		recs, err = s.read(ctx, qSearchAll, map[string]any{"kinds": kindStrings(q.Kinds)})
	}
	if err != nil {
		return nil, err
	}
	hits := []rightsgraph.SearchHit{}
	for _, rec := range recs {
		e, err := entityFrom(rec)
		if err != nil {
			return nil, err
		}
		best := 0.0
		for _, n := range e.Names() {
			best = max(best, rightsgraph.MatchKey(key, rightsgraph.NewKey(n)))
		}
		if best > 0 {
			rels, _, _ := neo4j.GetRecordValue[int64](rec, "relations")
			ev, _, _ := neo4j.GetRecordValue[int64](rec, "evidence")
			hits = append(hits, rightsgraph.SearchHit{Entity: e, Score: best, Relations: int(rels), Evidence: int(ev)})
		}
	}
	if !narrowed && len(hits) > 0 {
		// Every entity was read: the weights only of those that match.
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.Entity.ID
		}
		recs, err := s.read(ctx, qSearchWeights, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		weights := map[string][2]int{}
		for _, rec := range recs {
			id, _ := rec.Get("id")
			rels, _, _ := neo4j.GetRecordValue[int64](rec, "relations")
			ev, _, _ := neo4j.GetRecordValue[int64](rec, "evidence")
			weights[str(id)] = [2]int{int(rels), int(ev)}
		}
		for i, h := range hits {
			w := weights[h.Entity.ID]
			hits[i].Relations, hits[i].Evidence = w[0], w[1]
		}
	}
	hits = rightsgraph.RankHits(hits, q.First)
	var reports []string
	for _, h := range hits {
		if h.Entity.Kind == rightsgraph.KindReport {
			reports = append(reports, h.Entity.ID)
		}
	}
	if len(reports) > 0 {
		full, err := s.EntitiesByIDs(ctx, reports)
		if err != nil {
			return nil, err
		}
		for i, h := range hits {
			if e := full[h.Entity.ID]; e != nil {
				hits[i].Entity = e
			}
		}
	}
	return hits, nil
}
