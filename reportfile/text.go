package reportfile

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/rightsgraph/rightsgraph"
)

// readText reads a plain-text report. Its text is kept as written, line
// breaks and all, but for the normalisation every format gets.
func readText(name string, data []byte) (*Document, error) {
	s, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	return &Document{Text: strings.Trim(cleanText(s), " \t\n")}, nil
}

// decodeText returns a text file's content as a string: UTF-8, whose BOM is
// dropped, or UTF-16 with a BOM (as some Windows editors save text), decoded.
// Any other encoding is refused, naming the first byte that is not UTF-8.
func decodeText(name string, data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		out, _, err := transform.Bytes(xunicode.BOMOverride(xunicode.UTF8.NewDecoder()), data)
		if err != nil {
			return "", rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not valid UTF-16: %s", name, detail(err))
		}
		return string(out), nil
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		line, col := 1, 1
		for rest := data; len(rest) > 0; {
			r, size := utf8.DecodeRune(rest)
			if r == utf8.RuneError && size == 1 {
				break
			}
			rest = rest[size:]
			if col++; r == '\n' {
				line, col = line+1, 1
			}
		}
		return "", rightsgraph.Errorf(rightsgraph.EINVALID, "%s:%d:%d: not valid UTF-8; save the file as UTF-8", name, line, col)
	}
	return string(data), nil
}

// lineBreaks turns every kind of line break into '\n': CRLF and CR (old Mac
// files), NEL, the Unicode line and paragraph separators, and form feeds and
// vertical tabs, which stand between pages or sections.
var lineBreaks = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n",
	"\u2029", "\n\n", "\f", "\n\n", "\v", "\n",
)

// cleanText makes s valid UTF-8 in NFC with '\n' line breaks and no control
// characters other than '\n' and '\t'; byte-order marks are dropped too, as
// they are invisible and would split words.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = lineBreaks.Replace(s)
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// tidy finishes text extracted from markup or layout: runs of spaces become
// one, lines lose the blanks at their ends, and paragraphs are separated by
// exactly one blank line.
func tidy(s string) string {
	s = cleanText(s)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = collapseSpaces(line)
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// collapseSpaces trims a line and turns each run of spaces in it into one
// space; tabs, which separate table cells, are kept.
func collapseSpaces(line string) string {
	line = strings.Trim(line, " \t\u00a0")
	if !strings.Contains(line, "  ") {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		if r == ' ' {
			if !space {
				b.WriteRune(r)
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanLine makes a metadata value one clean line.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// detail makes a library's error, or a recovered panic, fit for a message:
// one line of valid text, cut short, as it may quote the file's bytes.
func detail(x any) string {
	s := []rune(cleanLine(fmt.Sprint(x)))
	if len(s) > 120 {
		return string(s[:120]) + "…"
	}
	return string(s)
}
