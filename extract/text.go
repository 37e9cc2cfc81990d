package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of the text, at byte offsets s and e.
type tok struct {
	s, e  int
	w     string // the text of the token
	low   string // lower case
	word  bool   // letters or digits
	up    bool   // starts with an upper-case letter
	caps  bool   // two or more letters, all upper case
	digit bool   // starts with a digit
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[s:e] into tokens. A word keeps inner hyphens and
// apostrophes ("REN-TV", "O'Brien") but a possessive "'s" is a token of its
// own, so that "Alekseeva's" names Alekseeva.
func tokenize(text string, s, e int, out []tok) []tok {
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, mkTok(text, i, i+size, false))
			i += size
			continue
		}
		j := i + size
		for j < e {
			r2, sz := utf8.DecodeRuneInString(text[j:e])
			if isWordRune(r2) {
				j += sz
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‘' || r2 == 'ʻ' || r2 == 'ʼ' || r2 == '.' {
				// joins two word runes: "co-chair", "O'Brien", "Jo‘rayev", but not "'s" at a word's end.
				r3, sz3 := utf8.DecodeRuneInString(text[j+sz : e])
				if j+sz < e && isWordRune(r3) {
					if r2 == '.' && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[i:j]))) {
						break // "212.1" joins; "etc.The" does not
					}
					if r2 != '-' && r2 != '.' && (r3 == 's' || r3 == 'S') {
						r4, _ := utf8.DecodeRuneInString(text[j+sz+sz3 : e])
						if j+sz+sz3 >= e || !isWordRune(r4) {
							break
						}
					}
					j += sz + sz3
					continue
				}
			}
			break
		}
		out = append(out, mkTok(text, i, j, true))
		i = j
		// A possessive is one token: "Prosecutor’s" → "Prosecutor", "’s".
		for _, p := range []string{"’s", "'s", "’S", "'S"} {
			if strings.HasPrefix(text[j:e], p) {
				r4, _ := utf8.DecodeRuneInString(text[j+len(p) : e])
				if j+len(p) >= e || !isWordRune(r4) {
					out = append(out, mkTok(text, j, j+len(p), false))
					i = j + len(p)
				}
				break
			}
		}
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func mkTok(text string, s, e int, word bool) tok {
	t := tok{s: s, e: e, w: text[s:e], word: word}
	t.low = strings.ToLower(t.w)
	if word {
		r, _ := utf8.DecodeRuneInString(t.w)
		t.up = unicode.IsUpper(r)
		t.digit = unicode.IsDigit(r)
		letters, upper := 0, 0
		for _, r := range t.w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		t.caps = letters >= 2 && upper == letters
	}
	return t
}

// blocks calls fn for each block of the text: a paragraph, a heading or a
// caption. Lines join into one block when a line ends inside a sentence (a
// comma, a function word) or the next begins in lower case.
func blocks(text string, fn func(s, e int) bool) {
	start := -1 // start of the current block
	end := 0
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := strings.TrimSpace(text[lineStart:lineEnd])
		if line == "" {
			if start >= 0 {
				if !fn(start, end) {
					return
				}
				start = -1
			}
		} else {
			ls := lineStart + strings.Index(text[lineStart:lineEnd], line)
			if start >= 0 && !continues(text[start:end], line) {
				if !fn(start, end) {
					return
				}
				start = -1
			}
			if start < 0 {
				start = ls
			}
			end = ls + len(line)
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		fn(start, end)
	}
}

// continues reports whether the next line goes on with the block so far.
func continues(block, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	last := lastRune(block)
	if strings.ContainsRune(",;:(-–—&", last) {
		return true
	}
	i := strings.LastIndexFunc(block, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToLower(block[i+1:]) {
	case "of", "and", "the", "to", "by", "for", "in", "on", "at", "with", "a", "an", "or":
		return true
	}
	return false
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = wordSet(`mr mrs ms dr prof st jr sr no nos vs etc e.g i.e gen col lt capt sgt rev hon
art arts fig vol inc ltd co corp dept univ approx est govt p pp cf al ed eds op para`)

// longSentence and maxSentence bound a sentence, in tokens: past the
// first, any full stop ends it; at the second it ends wherever it is.
const (
	longSentence = 250
	maxSentence  = 1000
)

// closesSoon says whether a closing quote comes within a few words after i,
// before any full stop.
func closesSoon(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		switch toks[k].w {
		case "”", "»":
			return true
		case ".", "“", "«":
			return false
		}
	}
	return false
}

// sentences splits the tokens of a block into sentences, each a slice of
// toks.
func sentences(toks []tok, fn func([]tok)) {
	start := 0
	quoted := false // inside “…”, where a title may ask or exclaim
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.w {
		case "“", "«":
			quoted = true
		case "”", "»":
			quoted = false
		}
		if i-start >= maxSentence {
			// No sentence of the genre is this long: a text without full
			// stops, or whose sentences start in lower case. Cut it, so
			// that the rules, which look around each name, stay linear.
			fn(toks[start:i])
			start = i
		}
		if t.word || !(t.w == "." || t.w == "!" || t.w == "?" || t.w == "…") {
			continue
		}
		if i-start >= longSentence && (t.w == "." || t.w == "!" || t.w == "?") {
			fn(toks[start : i+1]) // a full stop ends a long one, whatever follows
			start = i + 1
			continue
		}
		if quoted && t.w != "." && i+1 < len(toks) && toks[i+1].word && closesSoon(toks, i) {
			continue // the round table “Safe Haven? Extradition and Asylum”
		}
		if t.w == "." && i > 0 && toks[i-1].e == t.s {
			prev := toks[i-1]
			if abbreviations[prev.low] || (prev.word && utf8.RuneCountInString(prev.w) == 1 && prev.up) {
				continue
			}
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < len(toks) && !toks[j].word && strings.Contains("\"'”’)]»", toks[j].w) && toks[j].s == toks[j-1].e {
			j++
		}
		if j < len(toks) {
			n := toks[j]
			r, _ := utf8.DecodeRuneInString(n.w)
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«([", r)) {
				continue
			}
		}
		fn(toks[start:j])
		start = j
		i = j - 1
	}
	if start < len(toks) {
		fn(toks[start:])
	}
}

// runeIndex converts byte offsets into code-point offsets. It keeps a
// checkpoint about every 4 KiB (on a rune boundary), so a conversion costs
// at most about 4 KiB of counting.
type runeIndex struct {
	text  string
	bytes []int // checkpoint i is at byte bytes[i]…
	runes []int // …which is code point runes[i]
}

const chunk = 4096

func newRuneIndex(text string) *runeIndex {
	ri := &runeIndex{text: text}
	b, n := 0, 0
	for {
		ri.bytes, ri.runes = append(ri.bytes, b), append(ri.runes, n)
		if b >= len(text) {
			return ri
		}
		end := min(b+chunk, len(text))
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		n += utf8.RuneCountInString(text[b:end])
		b = end
	}
}

// at returns the code-point offset of byte offset b, on a rune boundary.
func (ri *runeIndex) at(b int) int {
	c := min(b/chunk, len(ri.bytes)-1)
	for c > 0 && ri.bytes[c] > b {
		c--
	}
	return ri.runes[c] + utf8.RuneCountInString(ri.text[ri.bytes[c]:b])
}
