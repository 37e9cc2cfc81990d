package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// Search narrows with a full-text index of tokens made here, not by an
// analyzer, so that a query of a few terms finds every name MatchKey can
// score above zero (searchQuery). A whitespace analyzer keeps the tokens
// as they are, so that the index and MatchKey see the same words in every
// script. The tokens of a name are:
//
//   - the words of its normalized and folded forms (see rightsgraph.NewKey),
//     which prefix queries find for exact, prefix and word matches;
//   - for each folded word of at most maxFuzzyRunes characters, and for
//     the whole folded name (spaces as "_", marked "#") of at most
//     maxWholeRunes, the pieces that typos leave intact (see pieces and
//     wholePieces);
//   - the proper suffixes of each folded word ("~"), which find the end of
//     two words merged by a lost space, and the number of folded words
//     ("#w"), which tells a name whose edits added spaces (see
//     spaceTouched).
//
// Pieces rest on the pigeonhole principle. Cut a query word w of n
// characters in two halves A|B: a word within one edit of w (Levenshtein)
// keeps one half intact, so it starts with A or ends with B. Cut w in
// three, A|B|C: a word within two edits keeps one part intact: it starts
// with A, ends with C, or (one edit in A, one in C) holds B at A's length,
// give or take one. The word is within the edits of w's length, so each
// piece is indexed under every length n it could serve and the query asks
// for its own: a handful of terms per word, where enumerating the typos
// (or their deletion neighbourhoods, as before) takes dozens, and every
// term costs a seek in each segment of the index: at 20,000 entities a
// query of 150–280 such terms kept Neo4j at 6–16 ms a search.
const (
	tokenIndex    = "rightsgraph_entity_tokens"
	maxFuzzyRunes = 24  // words with pieces: a query word within two edits of one has at most 22
	maxWholeRunes = 200 // names with whole pieces; a piece is at most half of one, below the tokenizer's 255
	maxTokenRunes = 200 // below the whitespace tokenizer's 255
	maxClauses    = 1000
	wholeMarker   = "#"
	suffixMarker  = "~"
	maxEdits      = 2 // rightsgraph.AllowedEdits' largest answer
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
		for _, w := range strings.Fields(k.Fold) {
			add(w)
			rs := []rune(w)
			if len(rs) <= maxFuzzyRunes {
				pieces(rs, add)
			}
			for l := 1; l < len(rs) && l <= maxFuzzyRunes-maxEdits; l++ {
				add(suffixMarker + string(rs[len(rs)-l:]))
			}
		}
		if whole := []rune(wholeString(k.Fold)); len(whole) <= maxWholeRunes {
			wholePieces(whole, add)
		}
		add(wordCount(len(strings.Fields(k.Fold))))
	}
	return strings.Join(out, " ")
}

// wholeString is a folded name as one token: spaces, which Fold keeps
// single and never leading or trailing, as "_", which it never holds.
func wholeString(fold string) string { return strings.ReplaceAll(fold, " ", "_") }

// halves and thirds cut a query of n characters: halves into A|B for
// one edit, thirds into A|B|C for two (A and C alike, B what is left).
func halves(n int) (a, b int)    { return (n + 1) / 2, n - (n+1)/2 }
func thirds(n int) (a, b, c int) { return (n + 1) / 3, n - 2*((n+1)/3), (n + 1) / 3 }

// piece is the token of a piece s for a query of n characters: a marker
// ("#" for whole names), the kind ("<" and ">" for the halves of a
// one-edit query, "@" and "$" for the first and last thirds of a two-edit
// one and "=" for its middle; see wholePieces for whole names' quarters),
// n and ".". No folded word holds these characters.
func piece(marker, kind string, n int, s []rune) string {
	return marker + kind + strconv.Itoa(n) + "." + string(s)
}

// pieces calls add with the pieces of a folded word x that typos asks for
// when a query word of any length n within one or two edits of x's could
// match it: what a query's halves or thirds leave intact in x (see the
// notes above).
func pieces(x []rune, add func(string)) {
	m := len(x)
	for n := max(1, m-1); n <= m+1; n++ {
		a, b := halves(n)
		if a <= m {
			add(piece("", "<", n, x[:a]))
		}
		if b <= m {
			add(piece("", ">", n, x[m-b:]))
		}
	}
	for n := max(1, m-2); n <= m+2; n++ {
		a, b, c := thirds(n)
		if a <= m {
			add(piece("", "@", n, x[:a]))
		}
		if c <= m {
			add(piece("", "$", n, x[m-c:]))
		}
		for at := a - 1; at <= a+1; at++ {
			if at >= 0 && at+b <= m {
				add(piece("", "=", n, x[at:at+b]))
			}
		}
	}
}

// typos returns the terms that find every word within edits (one or
// two) of w among words indexed by pieces.
func typos(w []rune, edits int) []*lq {
	n := len(w)
	if edits == 1 {
		a, _ := halves(n)
		return []*lq{term(piece("", "<", n, w[:a])), term(piece("", ">", n, w[a:]))}
	}
	a, b, _ := thirds(n)
	return []*lq{term(piece("", "@", n, w[:a])), term(piece("", "$", n, w[a+b:])), term(piece("", "=", n, w[a:a+b]))}
}

// quarters cuts a whole name of n characters in four.
func quarters(n int) [4]int {
	var q [4]int
	for i := range q {
		q[i] = n*(i+1)/4 - n*i/4
	}
	return q
}

// wholePieces calls add with the pieces of a whole folded name x that
// wholeTypos asks for. A third of a name is too common a piece ("Vera
// Ab…" starts many names), so two edits cut the query in four quarters,
// of which two stay intact, and each case asks for half of the name:
//
//   - edits in the last half only: x starts with the first half ("P");
//   - in the first half only: x ends with the last half ("S");
//   - in the second and third quarters: x starts with the first ("p")
//     and ends with the last ("s");
//   - in the first and third: the second quarter at its place give or
//     take one ("b"), and the last;
//   - in the second and fourth: the first, and the third at its place
//     ("c");
//   - in the first and fourth: the middle half at its place ("m").
//
// One edit cuts the name in halves as a word's do ("<", ">").
func wholePieces(x []rune, add func(string)) {
	m := len(x)
	for n := max(1, m-1); n <= m+1; n++ {
		a, b := halves(n)
		if a <= m {
			add(piece(wholeMarker, "<", n, x[:a]))
		}
		if b <= m {
			add(piece(wholeMarker, ">", n, x[m-b:]))
		}
	}
	for n := max(1, m-2); n <= m+2; n++ {
		q := quarters(n)
		prefix := func(kind string, l int) {
			if l <= m {
				add(piece(wholeMarker, kind, n, x[:l]))
			}
		}
		suffix := func(kind string, l int) {
			if l <= m {
				add(piece(wholeMarker, kind, n, x[m-l:]))
			}
		}
		at := func(kind string, start, l int) {
			for i := start - 1; i <= start+1; i++ {
				if i >= 0 && i+l <= m {
					add(piece(wholeMarker, kind, n, x[i:i+l]))
				}
			}
		}
		prefix("P", q[0]+q[1])
		suffix("S", q[2]+q[3])
		prefix("p", q[0])
		suffix("s", q[3])
		at("b", q[0], q[1])
		at("c", q[0]+q[1], q[2])
		at("m", q[0], q[1]+q[2])
	}
}

// wordCount is the token of a name of n folded words.
func wordCount(n int) string { return wholeMarker + "w" + strconv.Itoa(n) }

// wholeTypos returns the query that finds every whole name within edits
// (one or two) of the whole query w, of words words, that touches a space
// of the query or adds one, among names indexed by wholePieces (a name
// the same edits reach without touching a space, the query's words find:
// see spacesKept). Where the edits fall in parts of w without a space, no
// two words can have merged, so spaces were only added: the name has more
// words than the query, which narrows the pieces of common names.
func wholeTypos(w []rune, words, edits int) *lq {
	n := len(w)
	t := func(kind string, from, to int) *lq { return term(piece(wholeMarker, kind, n, w[from:to])) }
	// split: the edits fell in these spans of w; they add at least one
	// space, and merge no words when the spans hold none.
	split := func(q *lq, spans ...[2]int) *lq {
		for _, sp := range spans {
			if slices.Contains(w[sp[0]:sp[1]], '_') {
				return q
			}
		}
		more := anyOf()
		for c := words + 1; c <= words+edits; c++ {
			more.kids = append(more.kids, term(wordCount(c)))
		}
		if q.and {
			q.kids = append(q.kids, more)
			return q
		}
		return allOf(q, more)
	}
	if edits == 1 {
		a, _ := halves(n)
		return anyOf(split(t("<", 0, a), [2]int{a, n}), split(t(">", a, n), [2]int{0, a}))
	}
	q := quarters(n)
	b, c, d := q[0], q[0]+q[1], q[0]+q[1]+q[2]
	p, s := func() *lq { return t("p", 0, b) }, func() *lq { return t("s", d, n) }
	cases := anyOf(
		split(t("P", 0, c), [2]int{c, n}),
		split(t("S", c, n), [2]int{0, c}),
		split(allOf(p(), s()), [2]int{b, d}),
		split(allOf(t("b", b, c), s()), [2]int{0, b}, [2]int{c, d}),
		split(allOf(p(), t("c", c, d)), [2]int{b, c}, [2]int{d, n}),
		split(t("m", b, d), [2]int{0, b}, [2]int{d, n}))
	// Where no case adds a word count, the last quarter is asked for once
	// (each term costs a seek per segment of the index).
	if k := cases.kids; k[2].and && k[3].and && len(k[2].kids) == 2 && len(k[3].kids) == 2 {
		k[2] = allOf(s(), anyOf(p(), k[3].kids[0]))
		cases.kids = slices.Delete(k, 3, 4)
	}
	return cases
}

// spaceTouched returns what a name within edits (one or two) of the
// whole query has when the edits touch a space: more words than the
// query (spaces only added), or two words merged into one that the first
// starts and the second ends (a space dropped or replaced), which leaves
// at most edits-1 words spoiled by the other edit: every other word is a
// word of the name, starts one or ends one ("~", the proper suffixes of
// its words up to the longest query word with pieces).
func spaceTouched(fold []string, edits int) *lq {
	q := anyOf()
	for c := len(fold) + 1; c <= len(fold)+edits; c++ {
		q.kids = append(q.kids, term(wordCount(c)))
	}
	if len(fold) < 2 {
		return q // one word merges with none
	}
	safe := make([]*lq, len(fold))
	for i, w := range fold {
		safe[i] = anyOf(prefixOf(w))
		if i > 0 { // the first word is never the end of a merge
			safe[i].kids = append(safe[i].kids, term(suffixMarker+w))
		}
	}
	switch spoiled := edits - 1; {
	case spoiled == 0:
		q.kids = append(q.kids, allOf(safe...))
	case len(fold) <= maxSafeWords:
		// At most one spoiled: of every two words, one is safe.
		all := allOf()
		for i := range fold {
			for j := i + 1; j < len(fold); j++ {
				all.kids = append(all.kids, anyOf(safe[i], safe[j]))
			}
		}
		q.kids = append(q.kids, all)
	default:
		q.kids = append(q.kids, anyOf(safe...)) // more candidates, still all of them
	}
	return q
}

// maxSafeWords bounds the words whose pairs spaceTouched asks for.
const maxSafeWords = 5

// spacesKept returns the query that finds every name within edits (one or
// two) of the whole query, its spaces kept, that the query's words do not
// find: one word, w, took more edits than a word of its length may (see
// rightsgraph.AllowedEdits), so the others took what was left, none or
// (w short enough to allow none) one.
func spacesKept(fold []string, edits int) *lq {
	q := anyOf()
	for i, w := range fold {
		allowed := rightsgraph.AllowedEdits(len(w))
		if allowed >= edits || len(fold) == 1 {
			continue
		}
		c := allOf()
		if allowed > 0 && len(fold) == 2 || allowed == 0 {
			// One other word alone, or words that may carry a typo
			// themselves, narrow too little: w's own pieces too.
			c.kids = append(c.kids, anyOf(typos([]rune(w), edits)...))
		}
		for j, o := range fold {
			if j == i {
				continue
			}
			if allowed == 0 && edits == 2 {
				c.kids = append(c.kids, anyOf(typos([]rune(o), 1)...))
			} else {
				c.kids = append(c.kids, term(o))
			}
		}
		q.kids = append(q.kids, c)
	}
	return q
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
// cannot be sure (a word or name too long for the pieces, see the notes
// above) and every entity must be ranked. A name matches when
//
//   - every folded word of the query starts a word of the name (exact,
//     prefix and word matches) or is within its allowed edits of one
//     (fuzzy words): pieces of the name's words;
//   - or every normalized word of the query starts a word of the name;
//   - or the whole folded query is within its allowed edits of the whole
//     folded name, where the words alone may miss it: the edits touched a
//     space (pieces of the whole name, see wholeTypos and spaceTouched)
//     or gave one word more than its own allowance (spacesKept).
func searchQuery(k rightsgraph.Key) (q *lq, ok bool) {
	norm, fold := strings.Fields(k.Norm), strings.Fields(k.Fold)
	if len(norm) == 0 || len(fold) == 0 {
		return nil, false
	}
	words := allOf()
	for _, w := range fold {
		rs := []rune(w)
		edits := rightsgraph.AllowedEdits(len(w))
		if len(rs) > maxTokenRunes || edits > 0 && len(rs) > maxFuzzyRunes-maxEdits {
			return nil, false
		}
		g := anyOf(prefixOf(w))
		if edits > 0 {
			g.kids = append(g.kids, typos(rs, edits)...)
		}
		words.kids = append(words.kids, g)
	}
	q = anyOf(words)
	if !slices.Equal(norm, fold) {
		n := allOf()
		for _, w := range norm {
			if utf8.RuneCountInString(w) > maxTokenRunes {
				return nil, false
			}
			n.kids = append(n.kids, prefixOf(w))
		}
		q.kids = append(q.kids, n)
	}
	if edits := rightsgraph.AllowedEdits(len(k.Fold)); edits > 0 {
		whole := []rune(wholeString(k.Fold))
		if len(whole) > maxWholeRunes-maxEdits {
			return nil, false
		}
		q.kids = append(q.kids, allOf(wholeTypos(whole, len(fold), edits), spaceTouched(fold, edits)))
		if kept := spacesKept(fold, edits); len(kept.kids) > 0 {
			q.kids = append(q.kids, kept)
		}
	}
	if q.clauses() > maxClauses {
		return nil, false
	}
	return q, true
}

// Search ranks the entities whose names match q.Text with the store's
// copy of the names (see searchNames), brought up to date when the graph
// has changed since. While another search does that, a query the
// full-text index can narrow is answered with the index (see
// searchIndexed), and one it cannot waits for the copy rather than read
// every entity's names, which it does only when the graph keeps changing
// under the copies it waited for. Every way gives the embedded store's
// answer.
func (s *Store) Search(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	hits, _, err := s.searchAt(ctx, q, false)
	return hits, err
}

// SearchRevision searches as Search does and returns the revision the
// hits are of (see rightsgraph.RevisionSearcher): the one read with them,
// or, when the hits come another way, one read before them.
func (s *Store) SearchRevision(ctx context.Context, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, int64, error) {
	return s.searchAt(ctx, q, true)
}

// searchAt searches, and reads the revision when revision is set; 0 when
// not.
func (s *Store) searchAt(ctx context.Context, q rightsgraph.SearchQuery, revision bool) ([]rightsgraph.SearchHit, int64, error) {
	if err := q.Validate(); err != nil {
		return nil, 0, err
	}
	key := rightsgraph.NewKey(q.Text)
	c := s.search.cur.Load()
	for range maxNameReads {
		if key.Norm == "" {
			break
		}
		if c != nil {
			hits, ok, err := s.searchNames(ctx, c, key, q)
			if err != nil || ok {
				return hits, c.rev.seq, err
			}
		}
		_, narrowed := searchQuery(key)
		var err error
		if c, err = s.newerNames(ctx, c, !narrowed); err != nil {
			return nil, 0, err
		}
		if c == nil {
			break
		}
	}
	var rev int64
	if revision {
		var err error
		if rev, err = s.Revision(ctx); err != nil {
			return nil, 0, err
		}
	}
	if key.Norm == "" {
		return []rightsgraph.SearchHit{}, rev, nil
	}
	hits, err := s.searchIndexed(ctx, key, q)
	return hits, rev, err
}

// maxNameReads bounds the copies of the names one search reads or waits
// for while the graph keeps changing.
const maxNameReads = 3

// newerNames returns a copy of the names other than old: the one another
// search read meanwhile, or one it reads now. When another search is
// reading one, it waits for that when wait is set and returns nil
// otherwise.
func (s *Store) newerNames(ctx context.Context, old *names, wait bool) (*names, error) {
	if wait {
		s.search.reading.Lock()
	} else if !s.search.reading.TryLock() {
		return nil, nil
	}
	defer s.search.reading.Unlock()
	if c := s.search.cur.Load(); c != old {
		return c, nil
	}
	var c *names
	var err error
	if old != nil {
		if c, err = s.updateNames(ctx, old); err != nil {
			return nil, err
		}
	}
	if c == nil || c == old {
		// Nothing changed, as far as the changes tell, yet the revision
		// read with the hits was another: read everything again.
		if c, err = s.readNames(ctx); err != nil {
			return nil, err
		}
	}
	s.search.cur.Store(c)
	return c, nil
}

// searchIndexed ranks the entities whose names match key, in two round
// trips: the token index finds the candidates (all that MatchKey can
// match, see searchQuery) with their names alone, rightsgraph.MatchKey
// scores them, and the entities that can rank among the first q.First
// (every one scoring at least the q.First-th best: equal scores go by
// weight) are read whole, with the weights of equal scores, for
// rightsgraph.RankHits to rank them as the embedded store does. Most
// candidates match nothing, and most matches cannot rank: reading their
// weights would cost more than the round trip saved. A query the index
// cannot narrow reads every entity's names instead.
func (s *Store) searchIndexed(ctx context.Context, key rightsgraph.Key, q rightsgraph.SearchQuery) ([]rightsgraph.SearchHit, error) {
	score := func(name string, aliases []string) float64 { return scoreNames(key, name, aliases) }
	var recs []*neo4j.Record
	var err error
	if lucene, narrowed := searchQuery(key); narrowed {
		recs, err = s.read(ctx, qSearchTokens, map[string]any{"index": tokenIndex, "query": lucene.String(), "kinds": kindStrings(q.Kinds)})
	} else {
		recs, err = s.read(ctx, qSearchAll, map[string]any{"kinds": kindStrings(q.Kinds)})
	}
	if err != nil {
		return nil, err
	}
	type match struct {
		id    string
		score float64
	}
	var matches []match
	for _, rec := range recs {
		get := func(k string) any { v, _ := rec.Get(k); return v }
		if sc := score(str(get("name")), strs(get("aliases"))); sc > 0 {
			matches = append(matches, match{str(get("id")), sc})
		}
	}
	if len(matches) == 0 {
		return []rightsgraph.SearchHit{}, nil
	}
	n := q.First
	if n == 0 {
		n = 10
	}
	slices.SortFunc(matches, func(a, b match) int { return cmp.Compare(b.score, a.score) })
	least := matches[min(n, len(matches))-1].score
	var ids []string
	for _, m := range matches {
		if m.score < least {
			break
		}
		ids = append(ids, m.id)
	}
	recs, err = s.read(ctx, qSearchHits, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	hits := []rightsgraph.SearchHit{}
	for _, rec := range recs {
		e, err := entityFrom(rec)
		if err != nil {
			return nil, err
		}
		// Scored again: the entity may have changed since the first read.
		if sc := score(e.Name, e.Aliases); sc > 0 {
			rels, _, _ := neo4j.GetRecordValue[int64](rec, "relations")
			ev, _, _ := neo4j.GetRecordValue[int64](rec, "evidence")
			hits = append(hits, rightsgraph.SearchHit{Entity: e, Score: sc, Relations: int(rels), Evidence: int(ev)})
		}
	}
	return rightsgraph.RankHits(hits, q.First), nil
}
