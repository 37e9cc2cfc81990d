package extract

import (
	"strings"
	"testing"
)

// TestSentencesStayBounded: text whose sentences start in lower case, or
// that has no full stop at all, still comes in sentences of bounded
// length, so that the rules' work grows with the text, not its square.
func TestSentencesStayBounded(t *testing.T) {
	for name, text := range map[string]string{
		"lower case after full stops": strings.Repeat("the monitors spoke of the conditions in remand prisons.\n", 500),
		"no full stop":                strings.Repeat("the monitors spoke of the conditions in remand prisons ", 500),
	} {
		toks := tokenize(text, 0, len(text), nil)
		n, longest := 0, 0
		sentences(toks, func(ts []tok) {
			n += len(ts)
			longest = max(longest, len(ts))
		})
		if n != len(toks) {
			t.Errorf("%s: the sentences hold %d tokens of %d", name, n, len(toks))
		}
		if longest > maxSentence {
			t.Errorf("%s: a sentence of %d tokens, want at most %d", name, longest, maxSentence)
		}
		if name == "lower case after full stops" && longest > longSentence+12 {
			t.Errorf("%s: a sentence of %d tokens runs past its full stop after %d", name, longest, longSentence)
		}
	}
}
