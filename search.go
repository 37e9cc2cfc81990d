package rightsgraph

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// SearchHit is an entity found by a search, with a score in (0, 1]:
// 1 for an exact match of a name or alias, less for prefix, word and fuzzy
// matches.
//
// Relations and Evidence weigh equal scores (see RankHits): how many
// relations the entity has, and how many pieces of evidence they carry.
type SearchHit struct {
	Entity    *Entity
	Score     float64
	Relations int
	Evidence  int
}

// Scores of the kinds of match, from best to worst. A fuzzy match scores
// below ScoreWordPrefixes, lower the more edits it needs.
const (
	ScoreExact        = 1.0
	ScoreTranslit     = 0.95
	ScorePrefix       = 0.9
	ScoreWords        = 0.8
	ScoreWordPrefixes = 0.7
	scoreFuzzy        = 0.6
)

// Normalize folds a name for matching: lower case, accents and invisible
// characters (see CleanName) removed, apostrophes dropped, other
// punctuation and runs of space turned into single spaces. It keeps the
// script: Cyrillic stays Cyrillic (NewKey's Fold transliterates).
func Normalize(s string) string {
	folded := s
	if !isASCII(s) { // only non-ASCII text can carry accents
		// Normalize must be a fixed point of itself, so the text is made
		// UTF-8 first (after a stray byte, as in "\xf0Å", norm leaves a rune
		// undecomposed), and apostrophes and invisible characters go before
		// composing, so that the letters they part compose now, not on a
		// second call ("ᄀ'ᅡ" → "가").
		t := transform.Chain(runes.Remove(runes.Predicate(invisible)), norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if f, _, err := transform.String(t, apostrophes.Replace(strings.ToValidUTF8(s, "\uFFFD"))); err == nil {
			folded = f
		}
	}
	var b strings.Builder
	b.Grow(len(folded))
	space := true // drop leading space
	for _, r := range strings.ToLower(folded) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		case r == '\'':
			// "Centre ‘E’" and "Centre E" match; apostrophes join words.
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// apostrophes are dropped: they join words (see Normalize). The modifier
// letters are the soft and hard signs of transliterated Russian (ISO 9
// "Ilʹič", "obʺekt") and the Ukrainian apostrophe; the Greek numeral sign
// (U+0374) is the soft sign's canonical twin, which NFC turns into it.
var apostrophes = strings.NewReplacer("'", "", "’", "", "‘", "", "ʹ", "", "\u0374", "", "ʺ", "", "ʼ", "")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Key is a name prepared for matching: Norm is Normalize's form, Fold a
// Latin form that also unifies transliteration variants (see fold).
type Key struct {
	Norm      string
	Fold      string
	normWords []string
	words     []string // of Fold
	changed   bool     // Fold != Norm
}

// NewKey prepares s for matching.
func NewKey(s string) Key {
	n := Normalize(s)
	f := fold(s, n)
	return Key{Norm: n, Fold: f, normWords: strings.Fields(n), words: strings.Fields(f), changed: f != n}
}

// Match scores how well a search query matches one name. See MatchKey.
func Match(query, name string) float64 { return MatchKey(NewKey(query), NewKey(name)) }

// MaxQueryWords is how many words of a query are matched word by word
// (ScoreWords, ScoreWordPrefixes and typos in words); a longer query
// matches only as a whole. It bounds the cost of a match: word by word it
// is the number of query words times the length of the name.
const MaxQueryWords = 32

// MatchKey scores how well a query matches a name, both prepared by NewKey:
// ScoreExact when equal but for case, accents and punctuation; ScoreTranslit
// when equal but for script or transliteration; ScorePrefix when the name
// starts with the query; ScoreWords when every query word is a word of the
// name; ScoreWordPrefixes when every query word starts a word of the name;
// below that, fuzzy matches within a small edit distance; 0 for no match.
// Its cost grows linearly with the length of the name and of the query,
// however long they are.
func MatchKey(query, name Key) float64 {
	if query.Norm == "" || name.Norm == "" {
		return 0
	}
	if query.Norm == name.Norm {
		return ScoreExact
	}
	q, n := query.Fold, name.Fold
	if q == n {
		return ScoreTranslit
	}
	// Prefixes on both forms: the fold of a prefix is not always a prefix
	// of the fold ("Mik" → "mik", "Mikhail" → "mihail").
	if isPrefix(query.Norm, name.Norm) || isPrefix(q, n) {
		return ScorePrefix
	}
	best := 0.0
	// Fuzzy, the whole query against the whole name.
	if d, ok := distanceWithin(q, n, AllowedEdits(len(q))); ok {
		best = fuzzyScore(d, len(n))
	}
	if len(query.words) > MaxQueryWords || len(query.normWords) > MaxQueryWords {
		return best
	}
	// Words on both forms too, the normalized ones only where they differ
	// from the folded (most Latin names fold to themselves).
	both := query.changed || name.changed
	same := func(a, b string) bool { return a == b }
	if allWords(query.words, name.words, same) || both && allWords(query.normWords, name.normWords, same) {
		return ScoreWords
	}
	starts := func(a, b string) bool { return len(a) >= 3 && strings.HasPrefix(b, a) }
	if allWords(query.words, name.words, starts) || both && allWords(query.normWords, name.normWords, starts) {
		return ScoreWordPrefixes
	}
	// Fuzzy, word by word.
	edits, ok := 0, true
	for _, a := range query.words {
		d := bestWordDistance(a, name.words)
		if d > AllowedEdits(len(a)) {
			ok = false
			break
		}
		edits += d
	}
	if ok {
		// Per word, typos weigh against the query's length, not the
		// name's: a long name must not hide a typo better than a short one.
		if s := fuzzyScore(edits, len(q)) * 0.95; s > best {
			best = s
		}
	}
	return best
}

// isPrefix reports whether name starts with query, a whole word of it when
// the query is shorter than three bytes.
func isPrefix(query, name string) bool {
	return strings.HasPrefix(name, query) && (len(query) >= 3 || name[len(query)] == ' ')
}

// AllowedEdits is how many typos a query word of n bytes may carry.
func AllowedEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

func fuzzyScore(edits, nameLen int) float64 {
	return scoreFuzzy * (1 - float64(edits)/float64(nameLen+1))
}

func bestWordDistance(w string, words []string) int {
	best := len(w) + 1
	limit := AllowedEdits(len(w))
	for _, x := range words {
		if d, ok := distanceWithin(w, x, limit); ok && d < best {
			best = d
		}
	}
	return best
}

// distanceWithin returns the edit distance (Levenshtein, over code points)
// of a and b when it is at most limit. Only the diagonal band of width
// 2·limit+1 of the edit matrix can hold such a distance, so the cost is
// linear in the length of the strings, not quadratic: a name of 40,000
// characters costs an attacker nothing but its length.
func distanceWithin(a, b string, limit int) (int, bool) {
	if a == b {
		return 0, true
	}
	if limit <= 0 {
		return 0, false
	}
	// A code point is one to four bytes: a string of many more bytes
	// than the other has more code points than the limit allows.
	if len(a) > 4*(len(b)+limit) || len(b) > 4*(len(a)+limit) {
		return 0, false
	}
	if diff := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); diff > limit || -diff > limit {
		return 0, false // most pairs: too different in length to be close
	}
	if isASCII(a) && isASCII(b) {
		return banded([]byte(a), []byte(b), limit)
	}
	return banded([]rune(a), []rune(b), limit)
}

// banded is distanceWithin over the code points (or, for ASCII, the bytes)
// of two strings.
func banded[E byte | rune](a, b []E, limit int) (int, bool) {
	// A common prefix and suffix cost no edits.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n, m := len(a), len(b)
	if m-n > limit {
		return 0, false
	}
	if n == 0 {
		return m, true
	}
	// prev and cur are rows of the matrix; cells outside the band hold
	// limit+1, which stands for "more than limit". Words fit the arrays
	// on the stack.
	far := limit + 1
	var rows [2][48]int
	prev, cur := rows[0][:], rows[1][:]
	if m >= len(prev) {
		prev, cur = make([]int, m+1), make([]int, m+1)
	}
	for j := 0; j <= m; j++ {
		prev[j] = min(j, far)
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-limit), min(m, i+limit)
		if lo == 1 {
			cur[0] = min(i, far)
		} else {
			cur[lo-1] = far
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			d = min(d, prev[j]+1, cur[j-1]+1, far)
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if hi < m {
			cur[hi+1] = far // read as prev[hi+1] by the next row
		}
		if rowMin > limit {
			return 0, false
		}
		prev, cur = cur, prev
	}
	return prev[m], prev[m] <= limit
}

func allWords(qw, nw []string, eq func(q, n string) bool) bool {
	for _, a := range qw {
		found := false
		for _, b := range nw {
			if eq(a, b) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// SearchQuery asks for the entities best matching Text, of the given kinds
// (all when empty), at most First of them.
type SearchQuery struct {
	Text  string
	Kinds []Kind
	First int

	wide bool // asked by Guard, which may ask for more than MaxSearchResults
}

// RevisionSearcher is a Store that reads the revision with a search's
// hits, as of which the hits are: no change committed between the
// revision's read and theirs, or any that did is one a request that read
// the revision just before would have missed too. Guard then reads no
// revision before a search (see guarded.Search).
type RevisionSearcher interface {
	SearchRevision(ctx context.Context, q SearchQuery) ([]SearchHit, int64, error)
}

// Validate checks the query's arguments.
func (q *SearchQuery) Validate() error {
	switch {
	case q.First < 0:
		return Errorf(EINVALID, "first must not be negative")
	case q.First > MaxSearchResults && !q.wide:
		return Errorf(EINVALID, "first must be at most %d", MaxSearchResults)
	}
	for _, k := range q.Kinds {
		if !k.Valid() {
			return Errorf(EINVALID, "unknown kind %q", k)
		}
	}
	return nil
}

// RankHits sorts hits best first and keeps the first n (10 when n is 0).
// Equal scores go by weight of evidence: more relations first, then more
// pieces of evidence, and only then by name and id. So an entity the
// reports speak of outranks a look-alike an editor made up with the same
// name, whatever its id.
func RankHits(hits []SearchHit, n int) []SearchHit {
	if n == 0 {
		n = 10
	}
	type ranked struct {
		SearchHit
		name string
	}
	rs := make([]ranked, len(hits))
	for i, h := range hits {
		rs[i] = ranked{h, SortKey(h.Entity, OrderByName)} // once, not per comparison
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.Relations, a.Relations),
			cmp.Compare(b.Evidence, a.Evidence),
			strings.Compare(a.name, b.name),
			strings.Compare(a.Entity.ID, b.Entity.ID),
		)
	})
	for i := range rs {
		hits[i] = rs[i].SearchHit
	}
	return hits[:min(n, len(hits))]
}
