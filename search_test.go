package rightsgraph_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name, query, against string
		want                 float64 // exact score, or -1 for "some fuzzy score > 0"
	}{
		{"exact ignores case and punctuation", "lev PONOMAREV.", "Lev Ponomarev", rightsgraph.ScoreExact},
		{"exact ignores accents", "Sergeï Kovalev", "Sergei Kovalev", rightsgraph.ScoreExact},
		{"transliteration", "Lyudmila Alexeyeva", "Liudmila Alekseeva", rightsgraph.ScoreTranslit},
		{"prefix", "Lev Pono", "Lev Ponomarev", rightsgraph.ScorePrefix},
		{"words", "Taubina", "Natalya Taubina", rightsgraph.ScoreWords},
		{"word prefixes", "Taub Nat", "Natalya Taubina", rightsgraph.ScoreWordPrefixes},
		{"typo", "Len Ponomarev", "Lev Ponomarev", -1},
		{"typo in one word", "Ponomarov", "Lev Ponomarev", -1},
		{"apostrophes", "Centre E", "Centre ‘E’", rightsgraph.ScoreExact},
		{"no match", "Gannushkina", "Lev Ponomarev", 0},
		{"short words need exactness", "ONK", "OMK", 0},
		{"empty query", "", "Lev Ponomarev", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rightsgraph.Match(tt.query, tt.against)
			switch {
			case tt.want == -1 && (got <= 0 || got >= rightsgraph.ScoreWordPrefixes):
				t.Errorf("Match(%q, %q) = %v, want a fuzzy score in (0, %v)", tt.query, tt.against, got, rightsgraph.ScoreWordPrefixes)
			case tt.want != -1 && got != tt.want:
				t.Errorf("Match(%q, %q) = %v, want %v", tt.query, tt.against, got, tt.want)
			}
		})
	}
}

func TestMatchRanksExactOverPrefixOverFuzzy(t *testing.T) {
	exact := rightsgraph.Match("Memorial", "Memorial")
	prefix := rightsgraph.Match("Memorial", "Memorial Human Rights Centre")
	fuzzy := rightsgraph.Match("Memorial", "Memorail")
	if !(exact > prefix && prefix > fuzzy && fuzzy > 0) {
		t.Errorf("exact %v, prefix %v, fuzzy %v: want exact > prefix > fuzzy > 0", exact, prefix, fuzzy)
	}
}

func TestLocate(t *testing.T) {
	text := "“Café” is a café; café."
	start, end, count, ok := rightsgraph.Locate(text, "café", 2)
	if !ok || count != 2 {
		t.Fatalf("Locate: ok=%v count=%d, want the 2nd of 2", ok, count)
	}
	if got := string([]rune(text)[start:end]); got != "café" || start != 18 {
		t.Errorf("Locate = [%d,%d) %q, want [18,22) \"café\"", start, end, got)
	}
	if _, _, count, ok := rightsgraph.Locate(text, "tea", 1); ok || count != 0 {
		t.Errorf("Locate(tea) = ok %v count %d, want no match", ok, count)
	}
}
