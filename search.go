package rightsgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// SearchHit is an entity found by a search, with a score in (0, 1]:
// 1 for an exact match of a name or alias, less for prefix, word and fuzzy
// matches.
type SearchHit struct {
	Entity *Entity
	Score  float64
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

// Normalize folds a name for matching: lower case, accents removed,
// punctuation and runs of space turned into single spaces.
func Normalize(s string) string {
	folded := s
	if !isASCII(s) { // only non-ASCII text can carry accents
		// Normalize must be a fixed point of itself, so the text is made
		// UTF-8 first (after a stray byte, as in "\xf0Å", norm leaves a rune
		// undecomposed), and apostrophes go before composing, so that the
		// letters they part compose now, not on a second call ("ᄀ'ᅡ" → "가").
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
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
		case r == '\'' || r == '’' || r == '‘':
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

// apostrophes are dropped: they join words (see Normalize).
var apostrophes = strings.NewReplacer("'", "", "’", "", "‘", "")

// translit maps spellings that English transliterations of Russian names
// use interchangeably onto one form: Liudmila/Lyudmila/Ludmila,
// Alekseeva/Alexeyeva, Natalya/Natalia, Sergei/Sergey.
var translit = strings.NewReplacer("x", "ks", "kh", "h", "y", "i")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// dropSoftI drops an "i" that only softens the vowel after it ("liu" → "lu").
func dropSoftI(s string) string {
	if !strings.Contains(s, "i") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 'i' && i+1 < len(b) && strings.IndexByte("aeiou", b[i+1]) >= 0 {
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// Key is a name prepared for matching: Norm is Normalize's form, Fold also
// unifies transliteration variants.
type Key struct {
	Norm  string
	Fold  string
	words []string // of Fold
}

// NewKey prepares s for matching.
func NewKey(s string) Key {
	n := Normalize(s)
	f := dropSoftI(translit.Replace(n))
	return Key{Norm: n, Fold: f, words: strings.Fields(f)}
}

// Match scores how well a search query matches one name. See MatchKey.
func Match(query, name string) float64 { return MatchKey(NewKey(query), NewKey(name)) }

// MatchKey scores how well a query matches a name, both prepared by NewKey:
// ScoreExact when equal but for case, accents and punctuation; ScoreTranslit
// when equal but for transliteration; ScorePrefix when the name starts with
// the query; ScoreWords when every query word is a word of the name;
// ScoreWordPrefixes when every query word starts a word of the name; below
// that, fuzzy matches within a small edit distance; 0 for no match.
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
	if strings.HasPrefix(n, q) && (len(q) >= 3 || n[len(q)] == ' ') {
		return ScorePrefix
	}
	qw, nw := query.words, name.words
	if allWords(qw, nw, func(a, b string) bool { return a == b }) {
		return ScoreWords
	}
	if allWords(qw, nw, func(a, b string) bool { return len(a) >= 3 && strings.HasPrefix(b, a) }) {
		return ScoreWordPrefixes
	}
	// Fuzzy: the whole query against the whole name, or word by word.
	best := 0.0
	if d, ok := distanceWithin(q, n, AllowedEdits(len(q))); ok {
		best = fuzzyScore(d, len(n))
	}
	edits, ok := 0, true
	for _, a := range qw {
		d := bestWordDistance(a, nw)
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

// distanceWithin returns the edit distance of a and b when it is at most
// limit. Strings whose lengths differ by more cannot be that close, so the
// costly computation is skipped for most pairs.
func distanceWithin(a, b string, limit int) (int, bool) {
	if diff := len(a) - len(b); diff > limit || -diff > limit {
		return 0, false
	}
	if a == b {
		return 0, true
	}
	if limit == 0 {
		return 0, false
	}
	d := levenshtein.ComputeDistance(a, b)
	return d, d <= limit
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
