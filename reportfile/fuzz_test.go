package reportfile_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/reportfile"
)

// FuzzRead checks that no file makes Read panic, and that what it returns
// keeps its promises: an EINVALID error, or a text that is valid UTF-8 in
// NFC, without control characters, never empty.
func FuzzRead(f *testing.F) {
	names := []string{"r.txt", "r.md", "r.html", "r.pdf", "-"}
	f.Add(uint8(0), []byte("Plain text.\r\n\ufeffMore."))
	f.Add(uint8(1), []byte("---\ntitle: T\ndate: 2024-01-02\n---\n# H\n\n- a\n- b\n\n<div>x</div>\n"))
	f.Add(uint8(2), []byte(`<html><head><script type="application/ld+json">{"datePublished":"2020-01-01"}</script></head><body><nav>n</nav><p>Text <b>bold</b></p></body></html>`))
	f.Add(uint8(3), BuildPDF(f, "Title", report...))
	f.Add(uint8(3), BuildImagePDF(f))
	f.Add(uint8(4), []byte("%PDF-1.4\n%%EOF\n"))
	f.Add(uint8(3), rawPDF("1.4", "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>", helvetica,
		stream("BT /F1 12 Tf 72 720 Td (Hello) Tj 0 -14 Td [(Wor) -20 (ld-)] TJ T* (wide) Tj ET")))
	f.Add(uint8(3), cidFontPDF())
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		doc, err := reportfile.Read(name, data)
		if err != nil {
			if code := rightsgraph.ErrorCode(err); code != rightsgraph.EINVALID {
				t.Fatalf("Read(%q): error code %s: %v", name, code, err)
			}
			if !utf8.ValidString(err.Error()) {
				t.Errorf("error is not valid UTF-8: %q", err)
			}
			return
		}
		CheckText(t, doc.Text)
		if strings.TrimSpace(doc.Text) == "" {
			t.Errorf("Read(%q) returned no text and no error", name)
		}
		for _, s := range []string{doc.Title, doc.Author, doc.URL, doc.PublishedAt} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\t") {
				t.Errorf("metadata %q is not one clean line", s)
			}
		}
	})
}
