package reportfile

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/rightsgraph/rightsgraph"
)

// kind is what a file's bytes look like, whatever its name says.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindPDF
	kindBinary
)

// pdfMagic starts every PDF; readers accept it anywhere in the first 1024
// bytes, after junk that some generators prepend.
var pdfMagic = []byte("%PDF-")

// looksLike tells what data looks like, from magic bytes and
// http.DetectContentType (the WHATWG sniffing algorithm).
func looksLike(data []byte) kind {
	if isPDF(data) {
		return kindPDF
	}
	switch {
	case strings.HasPrefix(http.DetectContentType(data), "text/html"):
		return kindHTML
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return kindText // UTF-16 with a byte-order mark
	case !isBinary(data):
		// Text, even where it starts as some binary format's signature
		// does: "BMW" is not a bitmap, nor "GIF89a was…" an image.
		return kindText
	}
	return kindBinary
}

// isPDF reports whether data starts as a PDF does: with %PDF- (after white
// space), or with %PDF- in its first 1024 bytes and %%EOF in its last, so that
// a text that merely mentions "%PDF-" is not taken for one.
func isPDF(data []byte) bool {
	if bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff \t\r\n"), pdfMagic) {
		return true
	}
	return bytes.Contains(data[:min(len(data), 1024)], pdfMagic) &&
		bytes.Contains(data[max(0, len(data)-1024):], []byte("%%EOF"))
}

// describe says in words what data looks like, for messages.
func describe(data []byte) string {
	if len(data) == 0 {
		return "an empty file"
	}
	switch looksLike(data) {
	case kindPDF:
		return "a PDF document"
	case kindHTML:
		return "an HTML page"
	case kindText:
		if strings.HasPrefix(http.DetectContentType(data), "text/xml") {
			return "an XML document"
		}
		return "plain text"
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "an old Microsoft Office document (.doc, .xls or .ppt)"
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return "an RTF document"
	}
	ct, _, _ := strings.Cut(http.DetectContentType(data), ";")
	switch {
	case ct == "application/zip":
		return "a ZIP archive (as .docx, .odt and .epub files are)"
	case strings.HasPrefix(ct, "image/"):
		return "an image (" + ct + ")"
	case strings.HasPrefix(ct, "audio/"), strings.HasPrefix(ct, "video/"):
		return "audio or video (" + ct + ")"
	case ct == "application/octet-stream":
		return "binary data"
	}
	return "binary data (" + ct + ")"
}

// isBinary reports whether data is binary rather than text: it has a NUL
// byte, or more than a tenth of it is control characters or bytes that are
// not UTF-8. A UTF-16 text has NULs but starts with a byte-order mark, which
// callers check first.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	bad, n := 0, 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		data = data[size:]
		n++
		if r == utf8.RuneError && size == 1 || r < 0x20 && !strings.ContainsRune("\t\n\r\f\v\x1a", r) || r == 0x7f {
			bad++
		}
	}
	return bad*10 > n
}

// checkContent refuses a file that is not what its name says: a .pdf that is
// not a PDF, or a text, Markdown or HTML file that is a PDF or binary data.
// An HTML page named .txt is refused too, as its markup would pass for text;
// Markdown may hold HTML, so a .md is not.
func checkContent(name, format string, data []byte) error {
	k := looksLike(data)
	var ok bool
	switch format {
	case FormatPDF:
		ok = k == kindPDF
	case FormatHTML, FormatMarkdown:
		ok = k == kindText || k == kindHTML
	case FormatText:
		ok = k == kindText || k == kindHTML && !isHTMLDocument(data)
	}
	if ok {
		return nil
	}
	hint := ""
	switch k {
	case kindPDF:
		hint = "; rename it .pdf"
	case kindHTML:
		hint = "; rename it .html"
	case kindText:
		hint = "; rename it .txt"
	}
	return rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not %s: it looks like %s%s", name, formatName[format], describe(data), hint)
}

// formatName names each format in messages.
var formatName = map[string]string{
	FormatText:     "a plain-text file",
	FormatMarkdown: "a Markdown file",
	FormatHTML:     "an HTML page",
	FormatPDF:      "a PDF document",
}

// isHTMLDocument reports whether data starts as a whole HTML page does, with
// a doctype or an <html> tag, rather than with a tag that a plain text might
// happen to begin with.
func isHTMLDocument(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 512)], "\ufeff \t\r\n")
	head = bytes.ToLower(head)
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// sizeString writes a byte count for people.
func sizeString(n int) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	} else if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}
