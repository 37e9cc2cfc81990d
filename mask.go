package rightsgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaskRune replaces each character of a masked name, one for one, so that
// offsets into a masked text stay valid.
const MaskRune = '█'

// masker masks names in texts: every whole-word occurrence of a name, in
// any case, with line breaks and typographic apostrophes read as spaces
// and apostrophes, becomes as many MaskRunes as it has characters. It
// reads a text once, looking each word up among the names' first words,
// so that a text costs its length whatever the number of names.
type masker struct {
	names   []string            // folded (see maskFold), longest first, without repeats
	byFirst map[string][]string // names by their first word, longest first
	odd     []string            // names that start with no letter or digit
}

func newMasker(names []string) *masker {
	seen := map[string]bool{}
	m := &masker{byFirst: map[string][]string{}}
	for _, n := range names {
		f := strings.TrimSpace(maskFold(n))
		if f != "" && !seen[f] {
			seen[f] = true
			m.names = append(m.names, f)
		}
	}
	slices.SortFunc(m.names, func(a, b string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, n := range m.names {
		if w := firstWord(n); w != "" {
			m.byFirst[w] = append(m.byFirst[w], n)
		} else {
			m.odd = append(m.odd, n)
		}
	}
	return m
}

// firstWord returns the letters and digits s starts with.
func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

// maskFold folds s character for character (never changing how many
// characters it has): lower case, white space as a space, typographic
// apostrophes as '.
func maskFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r < utf8.RuneSelf && r != ' ' && (r < '\t' || r > '\r'):
			return r
		case unicode.IsSpace(r):
			return ' '
		case r == '’' || r == 'ʼ' || r == '‘':
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
}

func (m *masker) empty() bool { return m == nil || len(m.names) == 0 }

// key identifies the names masked.
func (m *masker) key() string {
	if m.empty() {
		return ""
	}
	sum := sha256.Sum256([]byte(strings.Join(m.names, "\x00")))
	return hex.EncodeToString(sum[:8])
}

// apply returns s with the names masked; s itself when none occurs.
func (m *masker) apply(s string) string {
	if m.empty() || s == "" {
		return s
	}
	folded := maskFold(s)
	type span struct{ start, end int } // in bytes of folded
	var spans []span
	// whole reports whether folded[b:b+len(name)] is name as a whole word.
	whole := func(b int, name string) bool {
		e := b + len(name)
		if !strings.HasPrefix(folded[b:], name) {
			return false
		}
		if r, _ := utf8.DecodeLastRuneInString(folded[:b]); b > 0 && isWordRune(r) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(folded[e:])
		return e == len(folded) || !isWordRune(r)
	}
	inWord := false
	for b, r := range folded {
		word := isWordRune(r)
		if word && !inWord {
			for _, name := range m.byFirst[firstWord(folded[b:])] {
				if whole(b, name) {
					spans = append(spans, span{b, b + len(name)})
					break // the longest
				}
			}
		}
		inWord = word
	}
	for _, name := range m.odd {
		for from := 0; ; {
			i := strings.Index(folded[from:], name)
			if i < 0 {
				break
			}
			if whole(from+i, name) {
				spans = append(spans, span{from + i, from + i + len(name)})
			}
			from += i + 1
		}
	}
	if len(spans) == 0 {
		return s
	}
	// folded has the characters of s one for one: mark by character.
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	masked := make([]bool, 0, len(s))
	k, until := 0, 0
	for b := range folded {
		for ; k < len(spans) && spans[k].start <= b; k++ {
			until = max(until, spans[k].end)
		}
		masked = append(masked, b < until)
	}
	var out strings.Builder
	out.Grow(len(s) + 2*len(spans)*8)
	k = 0
	for _, r := range s {
		if masked[k] {
			out.WriteRune(MaskRune)
		} else {
			out.WriteRune(r)
		}
		k++
	}
	return out.String()
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
