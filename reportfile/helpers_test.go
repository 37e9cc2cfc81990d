package reportfile_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/reportfile"
)

// MustRead reads a report file and fails the test on an error.
func MustRead(tb testing.TB, name string, data []byte) *reportfile.Document {
	tb.Helper()
	doc, err := reportfile.Read(name, data)
	if err != nil {
		tb.Fatalf("Read(%q): %v", name, err)
	}
	CheckText(tb, doc.Text)
	return doc
}

// MustReadFile reads a file from testdata.
func MustReadFile(tb testing.TB, name string) *reportfile.Document {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return MustRead(tb, name, data)
}

// CheckText checks the promises Read makes about every text it returns.
func CheckText(tb testing.TB, s string) {
	tb.Helper()
	if !utf8.ValidString(s) {
		tb.Errorf("text is not valid UTF-8: %q", s)
	}
	if !norm.NFC.IsNormalString(s) {
		tb.Errorf("text is not in NFC: %q", s)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			tb.Errorf("text has control character %U: %q", r, s)
			break
		}
	}
}

// CheckInOrder checks that each of want occurs in text, each after the one
// before.
func CheckInOrder(tb testing.TB, text string, want ...string) {
	tb.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			if strings.Contains(text, w) {
				tb.Errorf("%q is in the text, but before %q", w, text[:at])
			} else {
				tb.Errorf("%q is not in the text:\n%s", w, text)
			}
			continue
		}
		at += i + len(w)
	}
}

// CheckAbsent checks that none of bad occurs in text.
func CheckAbsent(tb testing.TB, text string, bad ...string) {
	tb.Helper()
	for _, b := range bad {
		if strings.Contains(text, b) {
			tb.Errorf("%q should not be in the text:\n%s", b, text)
		}
	}
}

// CheckInvalid checks that err is an EINVALID error that names the file and
// says each of want.
func CheckInvalid(tb testing.TB, err error, name string, want ...string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("Read(%q) succeeded; want an error", name)
	}
	if code := rightsgraph.ErrorCode(err); code != rightsgraph.EINVALID {
		tb.Errorf("error code %s, want %s (%v)", code, rightsgraph.EINVALID, err)
	}
	msg := rightsgraph.ErrorMessage(err)
	if !strings.HasPrefix(msg, name+":") {
		tb.Errorf("error %q does not start with the file name %q", msg, name)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			tb.Errorf("error %q does not say %q", msg, w)
		}
	}
}

// pdfPage is one page of a test PDF: paragraphs of lines, each line written
// where a word processor would put it.
type pdfPage struct {
	heading    string
	paragraphs [][]string
}

// BuildPDF writes a PDF of pages in 11-point Helvetica, lines 5 mm apart,
// paragraphs 9 mm apart, with a running header at each page's top and a
// page number at its foot. A line ending "^N" ends with a raised, small
// footnote mark N.
func BuildPDF(tb testing.TB, title string, pages ...pdfPage) []byte {
	tb.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	p.SetTitle(title, true)
	p.SetAuthor("Memorial Human Rights Centre", true)
	p.SetCreationDate(time.Date(2024, 3, 15, 10, 0, 0, 0, time.UTC))
	p.SetCompression(true)
	for n, page := range pages {
		p.AddPage()
		p.SetFont("Helvetica", "I", 8)
		p.Text(20, 12, "Moscow Helsinki Group - Report on places of detention, 2023")
		y := 25.0
		if page.heading != "" {
			p.SetFont("Helvetica", "B", 18)
			p.Text(20, y, page.heading)
			y += 12
		}
		p.SetFont("Helvetica", "", 11)
		for _, para := range page.paragraphs {
			for _, line := range para {
				line, mark, _ := strings.Cut(line, "^")
				p.Text(20, y, line)
				if mark != "" {
					x := 20 + p.GetStringWidth(line)
					p.SetFontSize(7)
					p.Text(x, y-1.5, mark)
					p.SetFontSize(11)
				}
				y += 5
			}
			y += 4
		}
		p.SetFont("Helvetica", "", 9)
		p.Text(100, 285, strconv.Itoa(n+1))
	}
	return output(tb, p)
}

// BuildImagePDF writes a PDF whose one page holds only a picture, as a
// scanner makes.
func BuildImagePDF(tb testing.TB) []byte {
	tb.Helper()
	img := image.NewGray(image.Rect(0, 0, 64, 64))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	img.Set(3, 3, color.Black)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.AddPage()
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	p.RegisterImageOptionsReader("scan", opt, &buf)
	p.ImageOptions("scan", 10, 10, 190, 190, false, opt, 0, "")
	return output(tb, p)
}

func output(tb testing.TB, p *fpdf.Fpdf) []byte {
	tb.Helper()
	var out bytes.Buffer
	if err := p.Output(&out); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}
