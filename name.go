package rightsgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanName returns a name or alias as the graph keeps it: composed (NFC),
// without invisible characters (zero-width spaces, joiners and
// non-joiners, byte order marks, bidirectional controls, soft hyphens and
// every other format character, variation selectors, fillers), with any
// other space or control character (no-break space, tab, line break…)
// turned into a plain space, runs of spaces made one, and no space at
// either end. It is how every name enters the graph, from a report or an
// editor, so that a copy of a name that differs only by what a reader
// cannot see is the same name, not an impostor that looks like it.
func CleanName(s string) string {
	if isCleanASCII(s) {
		return s
	}
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading space
	for _, r := range s {
		switch {
		case invisible(r):
		case unicode.IsSpace(r) || unicode.IsControl(r) || unicode.In(r, unicode.Z):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(r)
			space = false
		}
	}
	// Removing a character may have put two that compose side by side.
	return norm.NFC.String(strings.TrimSuffix(b.String(), " "))
}

// CleanNames applies CleanName to each of names, in a new slice; nil stays nil.
func CleanNames(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = CleanName(n)
	}
	return out
}

// invisible reports whether r is drawn as nothing: a format character
// (Cf: zero-width space, joiners, BOM, bidi controls, soft hyphen, tags),
// a variation selector, or another default-ignorable code point such as
// the Hangul fillers. Search drops them too (see Normalize).
func invisible(r rune) bool {
	return r >= 0x80 && (unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r))
}

// isCleanASCII reports whether s is printable ASCII with single inner
// spaces and none at either end: then CleanName has nothing to do.
func isCleanASCII(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}
