package rightsgraph

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// fold returns the Latin form of name s, whose Normalize form is n, in
// which the transliterations of one Cyrillic name agree: Cyrillic is
// written in Latin letters, and the spellings that ISO 9, BGN/PCGN, the
// scholarly system and common English use for the same letter are made
// one. So "Лев Пономарёв", "Lev Ponomarev" and "Lev Ponomarëv" fold alike,
// as do "Людмила Алексеева", "Liudmila Alekseeva", "Lyudmila Alexeyeva"
// and "Lûdmila Alekseeva", or "Щаранский", "Shcharanskiy", "Ščaranskij".
//
// The rules, applied in this order:
//   - č, š, ž, ŝ (ISO 9, scholarly) are written ch, sh, zh, shch, as BGN
//     writes ч, ш, ж, щ; other accents go (ë, è, ì, â, û…, see Normalize);
//   - Cyrillic letters are written as BGN/PCGN writes them (х as kh, ц
//     as ts, ю as yu…); г is h in a name with a letter only Ukrainian has
//     (і, ї, є, ґ), g otherwise; the soft and hard signs go;
//   - x is ks, kh is h, ts is c (ISO 9 ц), y and j are i (й, ы; ISO 9 j);
//   - an i before a vowel goes: it only softens it (ю, я, е written yu,
//     ya, ye; "Liudmila" and "Ludmila"; "ii" and "iy" endings).
//
// The scholarly x for х cannot be told from the English x (Alexeyeva), and
// English wins: "Xruščev" folds apart from "Khrushchev".
func fold(s, n string) string {
	src := n
	if !isASCII(s) {
		// The carons and circumflexes are read before Normalize drops them.
		if d := norm.NFD.String(s); strings.ContainsAny(d, "\u030c\u0302") {
			if m := latinDigraphs.Replace(d); m != d {
				src = Normalize(m)
			}
		}
		src = cyrillicToLatin(src)
	}
	return dropSoftI(latinFold.Replace(src))
}

// latinDigraphs spells out the Latin letters of ISO 9 and the scholarly
// system that BGN/PCGN and English write as digraphs (in NFD form).
var latinDigraphs = strings.NewReplacer(
	"c\u030c", "ch", "C\u030c", "Ch",
	"s\u030c", "sh", "S\u030c", "Sh",
	"z\u030c", "zh", "Z\u030c", "Zh",
	"s\u0302", "shch", "S\u0302", "Shch",
)

// latinFold unifies the Latin spellings of one sound (see fold).
var latinFold = strings.NewReplacer("x", "ks", "kh", "h", "ts", "c", "y", "i", "j", "i")

// cyrillic maps each lower-case Cyrillic letter that Normalize leaves (it
// has turned й into и, ё into е, ї into і, ў into у) to its BGN/PCGN
// spelling: Russian, Ukrainian, Belarusian, and the letters of Serbian,
// Macedonian and Kazakh that names bring.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'є': "ye", 'ґ': "g",
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dzh", 'ѕ': "dz",
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h",
	'ѣ': "e", 'ѳ': "f", 'ѵ': "i",
}

// cyrillicToLatin writes the Cyrillic letters of n, a Normalize form, in
// Latin (see cyrillic); other letters stay.
func cyrillicToLatin(n string) string {
	if !strings.ContainsFunc(n, func(r rune) bool { return r >= 'Ѐ' && r <= 'ԯ' }) {
		return n
	}
	// Ukrainian writes г for h, and has letters Russian lacks: one of them
	// anywhere in the name makes it Ukrainian ("Ігор Грушевський").
	ukrainian := strings.ContainsAny(n, "ієґ")
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		switch l, ok := cyrillic[r]; {
		case r == 'г' && ukrainian:
			b.WriteByte('h')
		case ok:
			b.WriteString(l)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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
