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
// and apostrophes, becomes as many MaskRunes as it has characters.
type masker struct {
	names []string // folded (see maskFold), longest first, without repeats
}

func newMasker(names []string) *masker {
	seen := map[string]bool{}
	m := &masker{}
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
	return m
}

// maskFold folds s character for character (never changing how many
// characters it has): lower case, white space as a space, typographic
// apostrophes as '.
func maskFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
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

// apply returns s with the names masked.
func (m *masker) apply(s string) string {
	if m.empty() || s == "" {
		return s
	}
	folded := maskFold(s)
	type span struct{ start, end int } // in characters
	var spans []span
	for _, name := range m.names {
		from := 0
		for {
			i := strings.Index(folded[from:], name)
			if i < 0 {
				break
			}
			b := from + i
			e := b + len(name)
			from = b + 1
			if r, _ := utf8.DecodeLastRuneInString(folded[:b]); b > 0 && isWordRune(r) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(folded[e:]); e < len(folded) && isWordRune(r) {
				continue
			}
			start := utf8.RuneCountInString(folded[:b])
			spans = append(spans, span{start, start + utf8.RuneCountInString(name)})
		}
	}
	if len(spans) == 0 {
		return s
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var out strings.Builder
	out.Grow(len(s) + 2*len(spans)*8)
	k, i := 0, 0
	for _, r := range s {
		for k < len(spans) && spans[k].end <= i {
			k++
		}
		if k < len(spans) && spans[k].start <= i {
			out.WriteRune(MaskRune)
		} else {
			out.WriteRune(r)
		}
		i++
	}
	return out.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
