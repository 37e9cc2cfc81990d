package reportfile

import (
	"bytes"
	"io"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// Bounds on a font's ToUnicode map, which a hostile file could make huge.
const (
	maxCMapChars  = 1 << 16
	maxCMapRanges = 1 << 14
)

// toUnicode is a font's ToUnicode CMap: which text each character code
// stands for.
type toUnicode struct {
	chars  map[int]string
	ranges []cmapRange
}

// cmapRange maps the codes lo to hi: to dst with its last UTF-16 unit
// counted up from lo, or to the strings of list.
type cmapRange struct {
	lo, hi int
	dst    []uint16
	list   []string
}

// maxCMapSize bounds the decompressed size of a ToUnicode CMap read.
const maxCMapSize = 4 << 20

// readToUnicode reads a ToUnicode CMap stream, or returns nil when the font
// has none. It counts a bfrange's destination up as one number, as Acrobat
// and pdf.js do: the library counts up only its last byte, which reads
// <0000> <FFFF> <0000> (the map tFPDF and go-pdf/fpdf write for embedded
// TrueType fonts) as the low byte of each code. A CMap is a small
// PostScript program; only its bfchar and bfrange sections matter here.
func readToUnicode(v pdf.Value) *toUnicode {
	if v.Kind() != pdf.Stream {
		return nil
	}
	rc := v.Reader()
	defer rc.Close()
	src, err := io.ReadAll(io.LimitReader(rc, maxCMapSize))
	if err != nil {
		return nil
	}
	m := &toUnicode{chars: map[int]string{}}
	var stack []cmapToken
	for tok := range cmapTokens(src) {
		switch {
		case tok.kind != keyword:
			if len(stack) < 3*maxCMapChars {
				stack = append(stack, tok)
			}
		case tok.text == "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				if len(m.chars) < maxCMapChars && stack[i].kind == hexString {
					m.chars[codeOf(stack[i].text)] = utf16String(units(stack[i+1].text))
				}
			}
			stack = stack[:0]
		case tok.text == "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, hi, dst := codeOf(stack[i].text), codeOf(stack[i+1].text), stack[i+2]
				if hi < lo || len(m.ranges) == maxCMapRanges {
					continue
				}
				r := cmapRange{lo: lo, hi: hi}
				if dst.kind == array {
					for _, d := range dst.list[:min(len(dst.list), hi-lo+1)] {
						r.list = append(r.list, utf16String(units(d)))
					}
				} else {
					r.dst = units(dst.text)
				}
				m.ranges = append(m.ranges, r)
			}
			stack = stack[:0]
		default: // beginbfchar and the rest: what came before is not a map
			stack = stack[:0]
		}
	}
	return m
}

// cmapToken is a token of a CMap: a string (hex or literal, as bytes), an
// array of strings, or a keyword; numbers and names count as keywords.
type cmapToken struct {
	kind int
	text string
	list []string
}

const (
	keyword = iota
	hexString
	array
)

// cmapTokens splits a CMap into tokens.
func cmapTokens(src []byte) func(yield func(cmapToken) bool) {
	return func(yield func(cmapToken) bool) {
		var arr []string
		inArray := false
		for i := 0; i < len(src); {
			c := src[i]
			switch {
			case c == '%':
				for i < len(src) && src[i] != '\n' && src[i] != '\r' {
					i++
				}
			case c == '<' && i+1 < len(src) && src[i+1] == '<', c == '>' && i+1 < len(src) && src[i+1] == '>':
				i += 2
			case c == '<':
				j := bytes.IndexByte(src[i:], '>')
				if j < 0 {
					return
				}
				s := hexBytes(src[i+1 : i+j])
				i += j + 1
				if inArray {
					arr = append(arr, s)
				} else if !yield(cmapToken{kind: hexString, text: s}) {
					return
				}
			case c == '(':
				s, n := literalString(src[i:])
				i += n
				if inArray {
					arr = append(arr, s)
				} else if !yield(cmapToken{kind: hexString, text: s}) {
					return
				}
			case c == '[':
				inArray, arr = true, nil
				i++
			case c == ']':
				i++
				if inArray && !yield(cmapToken{kind: array, list: arr}) {
					return
				}
				inArray = false
			case c <= ' ' || c == '{' || c == '}' || c == '>' || c == ')':
				i++
			default:
				j := i + 1
				for j < len(src) && src[j] > ' ' && !bytes.ContainsRune([]byte("<>[](){}/%"), rune(src[j])) {
					j++
				}
				if !inArray && !yield(cmapToken{kind: keyword, text: string(src[i:j])}) {
					return
				}
				i = j
			}
		}
	}
}

// hexBytes decodes a hex string's digits, ignoring white space; an odd last
// digit counts as followed by 0.
func hexBytes(h []byte) string {
	var out []byte
	var cur byte
	half := false
	for _, c := range h {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			continue
		}
		if half {
			out = append(out, cur<<4|d)
		} else {
			cur = d
		}
		half = !half
	}
	if half {
		out = append(out, cur<<4)
	}
	return string(out)
}

// literalString reads a (string) at the start of src, with nested
// parentheses and backslash escapes, and returns it and its length.
func literalString(src []byte) (string, int) {
	var out []byte
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '(':
			if depth++; depth == 1 {
				continue
			}
		case ')':
			if depth--; depth == 0 {
				return string(out), i + 1
			}
		case '\\':
			if i++; i >= len(src) {
				return string(out), i
			}
			switch e := src[i]; e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			default:
				if e >= '0' && e <= '7' {
					v := 0
					for k := 0; k < 3 && i < len(src) && src[i] >= '0' && src[i] <= '7'; k++ {
						v = v*8 + int(src[i]-'0')
						i++
					}
					i--
					c = byte(v)
				} else {
					c = e
				}
			}
			out = append(out, c)
			continue
		}
		out = append(out, src[i])
	}
	return string(out), len(src)
}

// text returns the text a code stands for, and whether the map has it.
func (m *toUnicode) text(code int) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if code < r.lo || code > r.hi {
			continue
		}
		if r.list != nil {
			if i := code - r.lo; i < len(r.list) {
				return r.list[i], true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		u := append([]uint16(nil), r.dst...)
		u[len(u)-1] += uint16(code - r.lo)
		return utf16String(u), true
	}
	return "", false
}

// codeOf reads a character code, big-endian, from up to 4 bytes.
func codeOf(s string) int {
	c := 0
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | int(s[i])
	}
	return c
}

// units splits a UTF-16BE string into its code units.
func units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16String(u []uint16) string {
	return string(utf16.Decode(u))
}
