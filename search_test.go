package rightsgraph_test

import (
	"strings"
	"testing"
	"unicode"

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

// TestMatchCyrillic checks that Cyrillic names fold to the same key as
// their Latin transliterations: ISO 9, BGN/PCGN, the scholarly system and
// common English spellings, Russian and Ukrainian.
func TestMatchCyrillic(t *testing.T) {
	tests := []struct {
		cyrillic string
		latin    []string
	}{
		{"Лев Пономарёв", []string{"Lev Ponomarev", "Lev Ponomarëv"}},
		{"Людмила Алексеева", []string{"Liudmila Alekseeva", "Lyudmila Alexeyeva", "Ludmila Alekseeva", "Lûdmila Alekseeva", "Ljudmila Alekseeva"}},
		{"Сергей Ковалёв", []string{"Sergei Kovalev", "Sergey Kovalev", "Sergej Kovalëv"}},
		{"Наталья Таубина", []string{"Natalya Taubina", "Natalia Taubina", "Natal'ya Taubina", "Natalʹja Taubina", "Natalʹâ Taubina"}},
		{"Мемориал", []string{"Memorial"}},
		{"Щаранский", []string{"Shcharanskiy", "Shcharansky", "Ščaranskij", "Ŝaranskij"}},
		{"Хрущёв", []string{"Khrushchev", "Hruŝëv"}},
		{"Цветаева", []string{"Tsvetaeva", "Tsvetayeva", "Cvetaeva"}},
		{"Жанна Чечня", []string{"Zhanna Chechnya", "Žanna Čečnâ", "Žanna Čečnja"}},
		{"Валерий Борщёв", []string{"Valery Borshchev", "Valeriy Borshchev", "Valerii Borshchev", "Valerij Borščev"}},
		{"Объединение", []string{"Obʺedinenie", "Obyedineniye", "Ob'edinenie"}},
		// Ukrainian: г is h, и is y, і ї є ґ.
		{"Київ", []string{"Kyiv", "Kyïv"}},
		{"Григорій", []string{"Hryhoriy", "Hryhorii", "Hryhorij"}},
		{"Євген", []string{"Yevhen", "Ievhen", "Jevhen", "Êvhen"}},
		{"Ґонта", []string{"Gonta", "G̀onta"}},
		{"Ігор Грушевський", []string{"Ihor Hrushevskyi", "Ihor Hrushevskyy", "Ihor Hruševskyj"}},
		{"Мар'яна", []string{"Mariana", "Mar'yana", "Marʼjana"}},
		// Belarusian ў, Serbian љ.
		{"Ўладзімір", []string{"Uladzimir"}},
		{"Љубиша", []string{"Ljubiša"}},
	}
	for _, tt := range tests {
		for _, l := range tt.latin {
			t.Run(tt.cyrillic+"/"+l, func(t *testing.T) {
				c, k := rightsgraph.NewKey(tt.cyrillic), rightsgraph.NewKey(l)
				if c.Fold != k.Fold {
					t.Errorf("folds differ: %q → %q, %q → %q", tt.cyrillic, c.Fold, l, k.Fold)
				}
				if got := rightsgraph.Match(tt.cyrillic, l); got < rightsgraph.ScoreTranslit {
					t.Errorf("Match(%q, %q) = %v, want at least %v", tt.cyrillic, l, got, rightsgraph.ScoreTranslit)
				}
				if got := rightsgraph.Match(l, tt.cyrillic); got < rightsgraph.ScoreTranslit {
					t.Errorf("Match(%q, %q) = %v, want at least %v", l, tt.cyrillic, got, rightsgraph.ScoreTranslit)
				}
			})
		}
	}
}

func TestMatchCyrillicKinds(t *testing.T) {
	tests := []struct {
		name, query, against string
		want                 float64
	}{
		{"same script is exact", "ЛЕВ пономарев", "Лев Пономарёв", rightsgraph.ScoreExact},
		{"prefix across scripts", "Мемориал", "Memorial Human Rights Centre", rightsgraph.ScorePrefix},
		{"typing in Cyrillic", "Пономар", "Lev Ponomarev", rightsgraph.ScoreWordPrefixes},
		{"word across scripts", "Пономарёв", "Lev Ponomarev", rightsgraph.ScoreWords},
		{"Latin prefix of a folded name", "Mik", "Mikhail Fedotov", rightsgraph.ScorePrefix},
		{"no match", "Лев Пономарёв", "Oleg Orlov", 0},
		{"Russian г is g", "Григорий", "Hryhoriy", 0},
		{"Russian and Ukrainian names of one city differ", "Киев", "Kyiv", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rightsgraph.Match(tt.query, tt.against); got != tt.want {
				t.Errorf("Match(%q, %q) = %v, want %v", tt.query, tt.against, got, tt.want)
			}
		})
	}
}

// TestMatchIgnoresInvisible checks that what a reader cannot see does not
// tell two names apart.
func TestMatchIgnoresInvisible(t *testing.T) {
	for _, name := range []string{
		"Lev Pono\u200bmarev",       // zero-width space
		"Lev\u00a0Ponomarev",        // no-break space
		"Lev Ponomare\u0301v",       // combining acute accent
		"Lev Pono\u00admarev",       // soft hyphen
		"\ufeffLev Ponomarev",       // byte order mark
		"Lev \u202ePonomarev",       // right-to-left override
		"Lev Po\u200dno\u200cmarev", // joiners
		"Lev\u2003Ponomarev",        // em space
		"Lev Ponomarev\ufe0f",       // variation selector
	} {
		if got := rightsgraph.Match("Lev Ponomarev", name); got != rightsgraph.ScoreExact {
			t.Errorf("Match(Lev Ponomarev, %q) = %v, want %v", name, got, rightsgraph.ScoreExact)
		}
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "Lev Ponomarev", "Lev Ponomarev"},
		{"zero-width space", "Lev Pono\u200bmarev", "Lev Ponomarev"},
		{"zero-width joiner and non-joiner", "Lev\u200d Pono\u200cmarev", "Lev Ponomarev"},
		{"byte order mark", "\ufeffLev Ponomarev", "Lev Ponomarev"},
		{"bidi controls", "\u202eLev\u202c \u2066Ponomarev\u2069\u200f", "Lev Ponomarev"},
		{"soft hyphen", "Pono\u00admarev", "Ponomarev"},
		{"tag characters", "Lev\U000E0041 Ponomarev", "Lev Ponomarev"},
		{"Hangul filler", "Lev\u3164Ponomarev", "LevPonomarev"},
		{"variation selector", "Lev Ponomarev\ufe0f", "Lev Ponomarev"},
		{"no-break space", "Lev\u00a0Ponomarev", "Lev Ponomarev"},
		{"other spaces", "Lev\u2003\u202fPonomarev\u3000", "Lev Ponomarev"},
		{"controls", "Lev\tPonomarev\r\n\x00", "Lev Ponomarev"},
		{"runs of space", "  Lev   Ponomarev ", "Lev Ponomarev"},
		{"composed", "Ponomare\u0308v", "Ponomarëv"},
		{"composed across a removed character", "Ponomare\u200b\u0308v", "Ponomarëv"},
		{"Cyrillic stays", "Лев\u00a0Пономарёв", "Лев Пономарёв"},
		{"not UTF-8", "Lev\xffPonomarev", "Lev\ufffdPonomarev"},
		{"only invisible", "\u200b\u200d", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rightsgraph.CleanName(tt.in)
			if got != tt.want {
				t.Errorf("CleanName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := rightsgraph.CleanName(got); again != got {
				t.Errorf("CleanName(%q) = %q, but CleanName of that is %q", tt.in, got, again)
			}
		})
	}
}

// FuzzCleanName checks that CleanName is a fixed point of itself, leaves no
// invisible character or space other than single inner spaces, and changes
// nothing search sees.
func FuzzCleanName(f *testing.F) {
	for _, s := range []string{"Lev Pono\u200bmarev", " a\u00a0\u00a0b ", "e\u200b\u0301", "\xff\u202e", "ᄀ\u200bᅡ", "e\x00\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := rightsgraph.CleanName(s)
		if again := rightsgraph.CleanName(c); again != c {
			t.Errorf("CleanName(%q) = %q, but CleanName of that is %q", s, c, again)
		}
		if strings.HasPrefix(c, " ") || strings.HasSuffix(c, " ") || strings.Contains(c, "  ") {
			t.Errorf("CleanName(%q) = %q: leading, trailing or double space", s, c)
		}
		for _, r := range c {
			if r != ' ' && (unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
				t.Errorf("CleanName(%q) = %q: holds %U", s, c, r)
			}
		}
		if n, nc := rightsgraph.Normalize(s), rightsgraph.Normalize(c); n != nc {
			t.Errorf("Normalize(%q) = %q but Normalize(CleanName) = Normalize(%q) = %q", s, n, c, nc)
		}
	})
}
