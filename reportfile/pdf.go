package reportfile

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"

	"github.com/rightsgraph/rightsgraph"
)

// Limits on reading a PDF, beyond MaxSize: a few compressed bytes can
// expand into far more page content, and each character shown costs memory.
const (
	// MaxPages is the number of pages read; later pages are refused.
	MaxPages = 5000
	// MaxPDFContent bounds the decompressed page content read in all, and
	// maxPageContent that of one page (drawing instructions and text).
	MaxPDFContent  = 256 << 20
	maxPageContent = 8 << 20
)

// readPDF reads a PDF's text layer, page by page, into paragraphs, and its
// title, author and creation date from its document information.
func readPDF(name string, data []byte) (doc *Document, err error) {
	// The PDF library panics on many malformed files; a bad upload is the
	// user's error, not a crash.
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not a readable PDF: %s", name, detail(x))
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(pdfHeader(data)), int64(len(data)))
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the PDF is protected by a password; save it without one", name)
	} else if err != nil && strings.Contains(err.Error(), "encrypt") {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the PDF is encrypted in a way this reader does not support (%s); save a copy without protection", name, detail(err))
	} else if err != nil {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not a readable PDF: %s", name, detail(err))
	}
	pageList, err := pdfPages(r)
	if err != nil {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: %v", name, err)
	}
	var pages [][]pdfLine
	var total int64
	glyphs, unmapped := 0, 0
	for i, p := range pageList {
		size := contentSize(p.V.Key("Contents"), maxPageContent)
		if size > maxPageContent {
			return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: page %d holds more than %s of drawing instructions and text; the limit is %s a page", name, i+1, sizeString(maxPageContent), sizeString(maxPageContent))
		}
		if total += size; total > MaxPDFContent {
			return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the pages hold more than %s of drawing instructions and text; the limit is %s", name, sizeString(MaxPDFContent), sizeString(MaxPDFContent))
		}
		text, err := pageGlyphs(p)
		if err != nil {
			return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: page %d: %v", name, i+1, err)
		}
		for _, g := range text {
			glyphs++
			if g.S == "\ufffd" {
				unmapped++
			}
		}
		pages = append(pages, pageLines(text))
	}
	if glyphs > 0 && unmapped*2 > glyphs {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the PDF's fonts do not say which letters most of its characters are (they have no Unicode map), so its text cannot be read; export it again or run text recognition (OCR) on it", name)
	}
	if glyphs == 0 {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the PDF has no text layer (it holds only images, as a scan does); run text recognition (OCR) on it first", name)
	}
	pages = dropFurniture(pages)
	doc = &Document{Text: tidy(joinPages(pages))}
	info := r.Trailer().Key("Info")
	doc.Title = pdfTitle(info.Key("Title").Text())
	if doc.Title == "" && len(pages) > 0 {
		doc.Title = titleLines(pages[0])
	}
	doc.Author = meaningful(info.Key("Author").Text())
	doc.PublishedAt = normalizeDate(info.Key("CreationDate").Text())
	return doc, nil
}

// maxPageTreeDepth bounds the page tree: real ones are a few levels deep,
// and a malformed one may loop.
const maxPageTreeDepth = 64

// pdfPages returns the pages of a PDF in order. It walks the page tree
// itself, rather than trusting the page count and the library's lookups,
// so that a tree that loops or claims a million pages ends in an error;
// and it checks each page's chain of parents, which the library follows
// for inherited resources, for the same reason.
func pdfPages(r *pdf.Reader) ([]pdf.Page, error) {
	var pages []pdf.Page
	visits := 0
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if visits++; depth > maxPageTreeDepth || visits > 2*MaxPages {
			return errors.New("the PDF's page tree is malformed (it loops or is too deep)")
		}
		typ := v.Key("Type").Name()
		if typ == "" { // some writers leave it out; readers go by the kids
			typ = "Page"
			if v.Key("Kids").Kind() == pdf.Array {
				typ = "Pages"
			}
		}
		switch typ {
		case "Page":
			if len(pages) == MaxPages {
				return fmt.Errorf("the PDF has more than %d pages, the limit", MaxPages)
			}
			parent := v
			for range maxPageTreeDepth + 1 {
				parent = parent.Key("Parent")
			}
			if !parent.IsNull() {
				return errors.New("the PDF's page tree is malformed (a page's parents loop)")
			}
			pages = append(pages, pdf.Page{V: v})
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages, err
}

// pdfHeader lets the reader open PDF 2.0 files: it accepts only headers
// %PDF-1.0 to %PDF-1.7, and a 2.0 file differs in nothing it reads. The
// header is rewritten in a copy, at the same length, so offsets hold.
func pdfHeader(data []byte) []byte {
	if bytes.HasPrefix(data, []byte("%PDF-2.")) {
		data = bytes.Clone(data)
		copy(data, "%PDF-1.7")
	}
	return data
}

// contentSize returns the decompressed size of a page's content streams, or
// limit+1 once it is past limit, without keeping any of it.
func contentSize(v pdf.Value, limit int64) int64 {
	if v.Kind() == pdf.Array {
		var n int64
		for i := 0; i < v.Len() && n <= limit; i++ {
			n += contentSize(v.Index(i), limit-n)
		}
		return n
	}
	if v.Kind() != pdf.Stream {
		return 0
	}
	rc := v.Reader()
	defer rc.Close()
	n, _ := io.Copy(io.Discard, io.LimitReader(rc, limit+1))
	return n
}

// pdfLine is one line of text on a page, as laid out.
type pdfLine struct {
	text string
	// x and y are where the line starts, in points (y grows up the page);
	// size is its largest font size.
	x, y, size float64
	// end is where the line ends, when the font gives widths, or 0.
	end float64
}

// pageLines rebuilds a page's lines from its glyphs, taken in the order the
// page draws them, which is the reading order of nearly every generated
// PDF. A glyph on another baseline starts a new line; a gap wider than a
// fifth of the font size between two glyphs of a line is a space.
func pageLines(glyphs []pdf.Text) []pdfLine {
	var lines []pdfLine
	var b strings.Builder
	var cur pdfLine
	var prev pdf.Text
	have := false
	flush := func() {
		if t := strings.TrimSpace(b.String()); t != "" {
			cur.text = t
			lines = append(lines, cur)
		}
		b.Reset()
		have = false
	}
	for _, g := range glyphs {
		if g.S == "" || g.S == "\ufffd" {
			continue // a glyph that the font maps to no character
		}
		size := math.Abs(g.FontSize)
		if size < 0.5 || math.IsNaN(size) || math.IsInf(size, 0) {
			size = 10
		}
		if have && math.Abs(g.Y-cur.y) > 0.5*max(size, cur.size) {
			flush()
		}
		if have && size < 0.85*cur.size && g.Y > cur.y+0.2*cur.size && strings.ContainsAny(g.S, "0123456789*†‡") {
			continue // a footnote mark, raised and small: not part of the word
		}
		if !have {
			cur = pdfLine{x: g.X, y: g.Y, size: size}
			have = true
		} else {
			cur.size = max(cur.size, size)
			if spaceBetween(prev, g, size) {
				b.WriteByte(' ')
			}
		}
		if isSpace(g.S) {
			b.WriteByte(' ')
		} else {
			b.WriteString(g.S)
			cur.end = 0
			if g.W > 0 {
				cur.end = g.X + g.W
			}
		}
		prev = g
	}
	flush()
	return lines
}

// spaceBetween reports whether the gap from glyph a to the next glyph b on a
// line is a space that the PDF draws by moving rather than with a space
// character. Where a's width is unknown (fonts with no width table, as the
// standard 14 fonts often have) each run of glyphs starts at one point, so a
// move of a fifth of the font size from a's start means a new run.
func spaceBetween(a, b pdf.Text, size float64) bool {
	if isSpace(a.S) || isSpace(b.S) {
		return false
	}
	if a.W > 0 {
		return b.X-(a.X+a.W) > 0.2*size
	}
	return b.X-a.X > 0.2*size
}

func isSpace(s string) bool {
	return strings.TrimSpace(s) == ""
}

// pageNumber matches a line that is only a page number: "7", "- 7 -",
// "Page 7", "7 of 20", "7/20".
var pageNumber = regexp.MustCompile(`(?i)^[-–—\s]*(?:page\s+|p\.\s*)?\d{1,5}(?:\s*(?:/|of)\s*\d{1,5})?[-–—\s]*$`)

// furnitureLines is how many lines at the top and at the foot of a page
// may be running headers, footers or page numbers.
const furnitureLines = 2

// dropFurniture drops each page's running header and footer, which would
// otherwise end up inside a sentence that runs on to the next page: a page
// number as the top or bottom line of a page, and a line among the top or
// bottom lines that stands at the same height on at least half the pages
// (and two), its digits aside ("Annual report 2023 — page 7").
func dropFurniture(pages [][]pdfLine) [][]pdfLine {
	edges := make([][]int, len(pages)) // indexes of each page's top and bottom lines
	seen := map[string]int{}
	for p, lines := range pages {
		idx := make([]int, len(lines))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(lines[b].y, lines[a].y) })
		if len(idx) > 2*furnitureLines {
			idx = append(idx[:furnitureLines], idx[len(idx)-furnitureLines:]...)
		}
		edges[p] = idx
		keys := map[string]bool{}
		for _, i := range idx {
			keys[furnitureKey(lines[i])] = true
		}
		for k := range keys {
			seen[k]++
		}
	}
	repeated := func(k string) bool {
		n := seen[k]
		return len(pages) >= 2 && n >= 2 && 2*n >= len(pages)
	}
	out := make([][]pdfLine, len(pages))
	for p, lines := range pages {
		drop := map[int]bool{}
		for k, i := range edges[p] {
			extreme := k == 0 || k == len(edges[p])-1
			if len(lines) > 1 && (extreme && pageNumber.MatchString(lines[i].text) || repeated(furnitureKey(lines[i]))) {
				drop[i] = true
			}
		}
		for i, l := range lines {
			if !drop[i] {
				out[p] = append(out[p], l)
			}
		}
	}
	return out
}

// furnitureKey is what a running header or footer keeps from page to page:
// its place on the page and its words.
func furnitureKey(l pdfLine) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return unicode.ToLower(r)
	}, l.text)
	return fmt.Sprintf("%.0f %s", l.y/4, strings.Join(strings.Fields(s), " "))
}

// joinPages joins the lines of all pages into paragraphs. Two lines belong
// to one paragraph when the second follows at the usual line spacing in the
// same font size; a wider gap, a change of size or a first-line indent after
// a full stop starts a new paragraph. Across a page break, a line that ends
// without closing punctuation runs on into the next page.
func joinPages(pages [][]pdfLine) string {
	leading := usualLeading(pages)
	hyphenated := hyphenatedWords(pages)
	var b bytes.Buffer
	var last *pdfLine
	right := 0.0 // the right edge of the previous page's text
	for p, lines := range pages {
		if p > 0 {
			right = rightEdge(pages[p-1])
		}
		for i := range lines {
			l := &lines[i]
			if last == nil {
				b.WriteString(l.text)
				last = l
				continue
			}
			var brk bool
			if i == 0 {
				// A page's last line that reaches the right margin runs on;
				// one that stops short after a full stop ends a paragraph.
				full := last.end > 0 && last.end > right-2*last.size
				brk = !full && endsSentence(last.text)
			} else {
				brk = paragraphBreak(last, l, leading)
			}
			if brk {
				b.WriteString("\n\n")
				b.WriteString(l.text)
			} else if listItem.MatchString(l.text) {
				b.WriteByte('\n') // a list item starts a line

				b.WriteString(l.text)
			} else {
				joinLine(&b, last.text, l.text, hyphenated)
			}
			last = l
		}
	}
	return b.String()
}

// rightEdge returns where the longest lines of a page end, when its fonts
// give widths, or 0.
func rightEdge(lines []pdfLine) float64 {
	edge := 0.0
	for _, l := range lines {
		edge = max(edge, l.end)
	}
	return edge
}

// listItem matches the start of a bulleted list item.
var listItem = regexp.MustCompile(`^[•◦▪▫●○■□‣⁃∙·–—*-]\s`)

// usualLeading returns the most common distance between consecutive lines
// of the same size, in font sizes: body text sets it, and paragraph gaps are
// measured against it.
func usualLeading(pages [][]pdfLine) float64 {
	counts := map[int]int{}
	for _, lines := range pages {
		for i := 1; i < len(lines); i++ {
			a, b := lines[i-1], lines[i]
			d := a.y - b.y
			if d <= 0 || math.Abs(a.size-b.size) > 0.1*a.size {
				continue
			}
			counts[int(math.Round(d/a.size*20))]++ // in twentieths of the size
		}
	}
	best, bestN := 0, 0
	for k, n := range counts {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	if bestN == 0 {
		return 1.2
	}
	return float64(best) / 20
}

// paragraphBreak reports whether line b starts a new paragraph after line a.
func paragraphBreak(a, b *pdfLine, leading float64) bool {
	if math.Abs(a.size-b.size) > 0.15*max(a.size, b.size) {
		return true // a heading, or back from one
	}
	d := a.y - b.y
	if d <= 0 {
		// Up the page: the next column, or a block placed out of order.
		return endsSentence(a.text)
	}
	if d > (leading+0.4)*a.size {
		return true
	}
	return b.x > a.x+a.size && endsSentence(a.text)
}

// endsSentence reports whether a line ends as a sentence or heading would
// not run on: with a full stop, question or exclamation mark, colon, or a
// closing quote or bracket after one.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;…", r)
}

// hyphens are the characters that break a word at a line end.
const hyphens = "-\u00ad\u2010"

// joinLine appends line b to the paragraph whose last line is a: with a
// space, or, when a ends with a hyphen inside a word, without one. The
// hyphen is dropped ("organi-" + "sation") unless b starts with a capital
// or a digit ("Jean-" + "Paul", "COVID-" + "19") or the document writes the
// word with its hyphen elsewhere ("human-" + "rights").
func joinLine(b *bytes.Buffer, a, next string, hyphenated map[string]bool) {
	h, hsize := utf8.DecodeLastRuneInString(a)
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-hsize])
	first, _ := utf8.DecodeRuneInString(next)
	if !strings.ContainsRune(hyphens, h) || !unicode.IsLetter(before) || !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		b.WriteByte(' ')
		b.WriteString(next)
		return
	}
	stem := a[:len(a)-hsize]
	keep := h != '\u00ad' && (unicode.IsUpper(first) || unicode.IsDigit(first) ||
		hyphenated[strings.ToLower(lastWord(stem)+"-"+firstWord(next))])
	if !keep {
		b.Truncate(b.Len() - hsize) // the paragraph so far ends with the hyphen
	}
	b.WriteString(next)
}

// wordHyphen matches a word with a hyphen inside it.
var wordHyphen = regexp.MustCompile(`\p{L}+-\p{L}+`)

// hyphenatedWords returns the hyphenated words written inside lines (not
// broken at a line end), lower-cased: "human-rights" there means a line
// ending "human-" before "rights" keeps its hyphen.
func hyphenatedWords(pages [][]pdfLine) map[string]bool {
	words := map[string]bool{}
	for _, lines := range pages {
		for _, l := range lines {
			for _, w := range wordHyphen.FindAllString(l.text, -1) {
				words[strings.ToLower(w)] = true
			}
		}
	}
	return words
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// pdfTitle cleans the Title that word processors record, which is often
// the file name: "Microsoft Word - report.docx" says nothing.
func pdfTitle(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "Microsoft Word - "))
	lower := strings.ToLower(s)
	for _, ext := range []string{".docx", ".doc", ".odt", ".rtf", ".pdf", ".indd"} {
		if strings.HasSuffix(lower, ext) {
			return ""
		}
	}
	return meaningful(s)
}

// meaningful returns s, or "" for the placeholders that PDF writers put
// where they know no title or author.
func meaningful(s string) string {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(s), "()[]<>")) {
	case "untitled", "anonymous", "unknown", "unspecified", "none", "null", "author", "title", "user", "admin", "administrator":
		return ""
	}
	return s
}

// titleLines returns the title of a first page: its lines in the largest
// font, when that is larger than most of the page's text.
func titleLines(lines []pdfLine) string {
	if len(lines) < 2 {
		return ""
	}
	sizes := make([]float64, len(lines))
	for i, l := range lines {
		sizes[i] = l.size
	}
	slices.Sort(sizes)
	median, largest := sizes[len(sizes)/2], sizes[len(sizes)-1]
	if largest < 1.2*median {
		return ""
	}
	var title []string
	for i, l := range lines {
		if math.Abs(l.size-largest) < 0.05*largest {
			title = append(title, l.text)
		} else if len(title) > 0 {
			break
		}
		if i > 10 {
			break
		}
	}
	return strings.Join(title, " ")
}
