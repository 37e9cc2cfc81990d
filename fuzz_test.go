package rightsgraph_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// FuzzNormalize checks the invariants that search and sorting rely on: the
// stores sort by Normalize(name), and the Neo4j store re-normalizes a stored
// key, so Normalize must be a fixed point of itself; and every score lies in
// [0, 1], fuzzy scores below ScoreWordPrefixes.
func FuzzNormalize(f *testing.F) {
	for _, s := range [][2]string{
		{"Lev Ponomarev", "lev PONOMAREV."},
		{"Liudmila Alekseeva", "Lyudmila Alexeyeva"},
		{"Natalya Taubina", "Taub Nat"},
		{"Centre ‘E’", "Centre E"},
		{"  Sergeï  Kovalev!! ", "Ponomarov"},
		{"“Café” — ÉCOLE", "ecole"},
		{"İstanbul ǅemal ẞ", "ß"},
		{"\xff\xfe", ""},
		{"ᄀ ᅡ", "가"}, // Hangul jamo compose into syllables
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, q string) {
		n := rightsgraph.Normalize(s)
		if again := rightsgraph.Normalize(n); again != n {
			t.Errorf("Normalize(%q) = %q, but Normalize(%q) = %q: want a fixed point", s, n, n, again)
		}
		CheckNormalized(t, s, n)
		// Apostrophes join words: one more, between any two runes, changes
		// nothing. Short inputs only, as this is quadratic.
		if len(s) <= 32 {
			for i := range s + "." { // each rune's start, and the end
				if with := s[:i] + "'" + s[i:]; rightsgraph.Normalize(with) != n {
					t.Errorf("Normalize(%q) = %q, but Normalize(%q) = %q: an apostrophe changed more than itself", s, n, with, rightsgraph.Normalize(with))
				}
			}
		}

		ks, kq := rightsgraph.NewKey(s), rightsgraph.NewKey(q)
		if ks.Norm != n {
			t.Errorf("NewKey(%q).Norm = %q, want Normalize's %q", s, ks.Norm, n)
		}
		CheckScore(t, q, s, rightsgraph.MatchKey(kq, ks))
		CheckScore(t, s, q, rightsgraph.MatchKey(ks, kq))

		want := rightsgraph.ScoreExact
		if n == "" {
			want = 0 // nothing to match
		}
		if self := rightsgraph.Match(s, s); self != want {
			t.Errorf("Match(%q, itself) = %v, want %v (normalized %q)", s, self, want, n)
		}
		if n != "" && n == kq.Norm {
			if got := rightsgraph.MatchKey(kq, ks); got != rightsgraph.ScoreExact {
				t.Errorf("Match(%q, %q) = %v, want %v: both normalize to %q", q, s, got, rightsgraph.ScoreExact, n)
			}
		}
	})
}

// CheckNormalized checks the form of Normalize's result n for input s:
// valid UTF-8, lower-case letters and digits in words joined by single
// spaces. "Lower case" means unicode.ToLower leaves every rune alone: a few
// upper-case letters, such as ℂ and 𝐀, have no lower-case form.
func CheckNormalized(tb testing.TB, s, n string) {
	tb.Helper()
	if !utf8.ValidString(n) {
		tb.Errorf("Normalize(%q) = %q: not UTF-8", s, n)
	}
	if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
		tb.Errorf("Normalize(%q) = %q: leading, trailing or double space", s, n)
	}
	for _, r := range n {
		if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			tb.Errorf("Normalize(%q) = %q: holds %U, neither letter, digit nor space", s, n, r)
		}
		if unicode.ToLower(r) != r {
			tb.Errorf("Normalize(%q) = %q: holds upper-case %U", s, n, r)
		}
	}
}

// CheckScore checks that a score is one of the named scores, or a fuzzy
// score in [0, ScoreWordPrefixes).
func CheckScore(tb testing.TB, query, name string, score float64) {
	tb.Helper()
	named := []float64{rightsgraph.ScoreExact, rightsgraph.ScoreTranslit, rightsgraph.ScorePrefix, rightsgraph.ScoreWords, rightsgraph.ScoreWordPrefixes}
	if !slices.Contains(named, score) && !(score >= 0 && score < rightsgraph.ScoreWordPrefixes) {
		tb.Errorf("Match(%q, %q) = %v, want a named score or one in [0, %v)", query, name, score, rightsgraph.ScoreWordPrefixes)
	}
}

// FuzzLocate checks Locate against a plain search over code points.
func FuzzLocate(f *testing.F) {
	f.Add("“Café” is a café; café.", "café", 2)
	f.Add("aaaa", "aa", 3) // overlapping
	f.Add("aaaa", "aa", 4)
	f.Add("Mara Quill leads — Mara Quill", "Mara Quill", 0)
	f.Add("a\xffb\xff", "\xff", 2) // invalid bytes count as one code point each
	f.Add("\xe2\xe2\x82\xac\xf0é€", "€", 2)
	f.Add("x", "", 1)
	f.Add("", "x", -1)
	f.Fuzz(func(t *testing.T, text, quote string, n int) {
		start, end, count, ok := rightsgraph.Locate(text, quote, n)
		if count < 0 || ok != (n >= 1 && n <= count) {
			t.Fatalf("Locate(%q, %q, %d) = count %d, ok %v: want ok exactly when 1 <= n <= count", text, quote, n, count, ok)
		}
		if ok && end-start != utf8.RuneCountInString(quote) {
			t.Errorf("Locate(%q, %q, %d) = [%d, %d): want the quote's %d code points", text, quote, n, start, end, utf8.RuneCountInString(quote))
		}
		// Offsets are code points, which only mean something when the quote
		// is UTF-8: a byte match of a stray continuation byte may start
		// inside a rune of the text.
		if !utf8.ValidString(quote) {
			return
		}
		runes := []rune(text)
		if ok && (start < 0 || end > len(runes) || string(runes[start:end]) != quote) {
			t.Fatalf("Locate(%q, %q, %d) = [%d, %d), which is not the quote", text, quote, n, start, end)
		}
		if len(text) > 1<<12 || len(quote) > 1<<8 {
			return // keep the quadratic reference cheap
		}
		var at []int // where the quote starts, overlaps included
		if q := []rune(quote); len(q) > 0 {
			for i := 0; i+len(q) <= len(runes); i++ {
				if slices.Equal(runes[i:i+len(q)], q) {
					at = append(at, i)
				}
			}
		}
		// Stray bytes of the text turn into U+FFFD in []rune, where a quote
		// holding U+FFFD would match them and Locate would not.
		if !utf8.ValidString(text) && strings.ContainsRune(quote, utf8.RuneError) {
			return
		}
		if count != len(at) {
			t.Errorf("Locate(%q, %q, %d): count %d, want %d (at %v)", text, quote, n, count, len(at), at)
		}
		if ok && start != at[n-1] {
			t.Errorf("Locate(%q, %q, %d) starts at %d, want %d", text, quote, n, start, at[n-1])
		}
	})
}
