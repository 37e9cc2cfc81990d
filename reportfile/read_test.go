package reportfile_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

func TestReadText(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want string
	}{
		{"plain.txt", "Lev Ponomarev leads the movement.\n\nSecond paragraph.\n", "Lev Ponomarev leads the movement.\n\nSecond paragraph."},
		{"bom.txt", "\ufeffText after a BOM.", "Text after a BOM."},
		{"crlf.txt", "One line.\r\nAnother line.\r\n\r\nA paragraph.\rOld Mac line.", "One line.\nAnother line.\n\nA paragraph.\nOld Mac line."},
		{"controls.txt", "Bell\a and escape\x1b[0m gone;\ttab kept.\fNext page.", "Bell and escape[0m gone;\ttab kept.\n\nNext page."},
		// "é" written as e and a combining accent becomes one code point.
		{"nfd.txt", "Fe\u0301de\u0301ration", "F\u00e9d\u00e9ration"},
		{"utf16.txt", "\xff\xfeH\x00i\x00 \x00\x1f\x04\x40\x04\x38\x04\x32\x04\x35\x04\x42\x04", "Hi Привет"},
		{"upper.TXT", "Upper-case extension.", "Upper-case extension."},
		{"fragment.txt", "<b>Bold</b> is how HTML writes bold.", "<b>Bold</b> is how HTML writes bold."},
		{"-", "Standard input is plain text.", "Standard input is plain text."},
		// Text that starts as the signatures of binary formats do.
		{"bmw.txt", "BMW dealers were asked to testify.", "BMW dealers were asked to testify."},
		{"gif.txt", "GIF89a is an image format.", "GIF89a is an image format."},
		{"ps.txt", "%!PS-Adobe- is how PostScript starts.", "%!PS-Adobe- is how PostScript starts."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := MustRead(t, tc.name, []byte(tc.data))
			if doc.Text != tc.want || doc.Format != reportfile.FormatText {
				t.Errorf("text %q (%s), want %q", doc.Text, doc.Format, tc.want)
			}
		})
	}
}

// TestReadStdin checks that standard input, which has no extension, is read
// in the format its content has.
func TestReadStdin(t *testing.T) {
	pdf := BuildPDF(t, "T", pdfPage{paragraphs: [][]string{{"A PDF on standard input."}}})
	for _, tc := range []struct {
		data   []byte
		format string
	}{
		{pdf, reportfile.FormatPDF},
		{[]byte("<!DOCTYPE html><html><body><p>A page on standard input.</p></body></html>"), reportfile.FormatHTML},
		{[]byte("Plain text on standard input."), reportfile.FormatText},
	} {
		t.Run(tc.format, func(t *testing.T) {
			if doc := MustRead(t, "-", tc.data); doc.Format != tc.format || !strings.Contains(doc.Text, "on standard input.") {
				t.Errorf("format %s, text %q; want %s", doc.Format, doc.Text, tc.format)
			}
		})
	}
}

// TestReadRefused checks that each file Read cannot or must not read gets
// an EINVALID error that names the file and says why.
func TestReadRefused(t *testing.T) {
	pdf := BuildPDF(t, "T", pdfPage{paragraphs: [][]string{{"Some text."}}})
	page := []byte("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Saved page.</p></body></html>")
	png := BuildImagePDF(t) // bytes other than text
	png = append([]byte("\x89PNG\r\n\x1a\n"), png[:200]...)
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"report.docx", []byte("PK\x03\x04"), []string{".docx", ".html", ".md", ".pdf", ".txt"}},
		{"README", []byte("text"), []string{"no extension", ".txt"}},
		{"saved.pdf", page, []string{"not a PDF", "an HTML page", "rename it .html"}},
		{"notes.pdf", []byte("Just some notes."), []string{"not a PDF", "plain text"}},
		{"report.html", pdf, []string{"not an HTML page", "a PDF document", "rename it .pdf"}},
		{"report.txt", pdf, []string{"not a plain-text file", "a PDF document"}},
		{"report.md", pdf, []string{"not a Markdown file", "a PDF document"}},
		{"page.txt", page, []string{"an HTML page", "rename it .html"}},
		{"photo.html", png, []string{"an image (image/png)"}},
		{"data.txt", []byte("text\x00with\x00NULs\x00\x01\x02\x03"), []string{"binary data"}},
		{"doc.txt", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, []string{"old Microsoft Office document"}},
		{"latin1.txt", []byte("Line one.\nCaf\xe9 au lait, line two."), []string{"latin1.txt:2:4:", "not valid UTF-8"}},
		{"empty.txt", nil, []string{"no text"}},
		{"blank.md", []byte("  \n\n\t\n"), []string{"no text"}},
		{"markup.html", []byte("<html><body><script>x()</script><nav>a</nav></body></html>"), []string{"no text"}},
		{"frontmatter.md", []byte("---\ntitle: Only a title\n---\n"), []string{"no text"}},
		{"scan.pdf", BuildImagePDF(t), []string{"no text layer"}},
		{"truncated.pdf", pdf[:len(pdf)/2], []string{"not a readable PDF"}},
		{"big.txt", bytes.Repeat([]byte("a"), reportfile.MaxSize+1), []string{"limit of 20 MiB"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := reportfile.Read(tc.name, tc.data)
			if err == nil {
				t.Fatalf("read %+v; want an error", doc)
			}
			CheckInvalid(t, err, tc.name, tc.want...)
		})
	}
}
