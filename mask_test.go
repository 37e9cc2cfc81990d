package rightsgraph

import (
	"testing"
	"unicode/utf8"
)

func TestMasker(t *testing.T) {
	m := newMasker([]string{"Zhanybek Quorvasov", "Quorvasov", "Ана Ли", "O’Neil", "«Free Word»"})
	for _, tt := range []struct{ in, want string }{
		{"Zhanybek Quorvasov spoke.", "██████████████████ spoke."},
		{"QUORVASOV's lawyer", "█████████'s lawyer"},
		{"Zhanybek\nQuorvasov", "██████████████████"},
		{"Quorvasova is someone else", "Quorvasova is someone else"},
		{"AQuorvasov", "AQuorvasov"},
		{"🙂 Ана Ли and ана ли", "🙂 ██████ and ██████"},
		{"o'neil and O’NEIL", "██████ and ██████"},
		{"the movement «Free Word» said", "the movement ███████████ said"},
		{"nothing here", "nothing here"},
		{"", ""},
	} {
		got := m.apply(tt.in)
		if got != tt.want {
			t.Errorf("apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
			t.Errorf("apply(%q) changed the length", tt.in)
		}
	}
	if s := "no names"; m.apply(s) != s || newMasker(nil).apply(s) != s {
		t.Error("a text without names changed")
	}
}

func BenchmarkMasker(b *testing.B) {
	var names []string
	for i := range 200 {
		names = append(names, "Person"+string(rune('A'+i%26))+" Surname"+string(rune('a'+i/26)))
	}
	m := newMasker(names)
	quote := "Anna Temirova, director of the Steppe Rights Centre, opened the round table on torture in custody."
	b.ReportAllocs()
	for b.Loop() {
		m.apply(quote)
	}
}
