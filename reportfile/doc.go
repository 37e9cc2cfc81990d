// Package reportfile reads the report files that NGOs already have — plain
// text, Markdown, HTML pages and PDF documents — into plain text and the
// metadata found in them, for the drafter to annotate.
//
// Read is the one entry point. It picks the format from the file name's
// extension (.txt, .text, .md, .markdown, .html, .htm, .pdf), checks that the
// bytes look like that format (a .pdf that is really an HTML page is refused
// rather than read as garbage), and returns a Document whose Text is valid
// UTF-8 in NFC with no control characters other than newline and tab, with
// paragraphs separated by blank lines. Every error a user may see carries
// rightsgraph.EINVALID and names the file.
//
// Libraries, and why:
//   - Markdown: github.com/yuin/goldmark, the CommonMark-compliant parser that
//     Hugo uses; the text is taken by walking its AST, so emphasis, links and
//     inline HTML lose their markup without regular expressions. Front matter
//     (YAML between --- lines) is read with go.yaml.in/yaml/v3, already a
//     dependency of the module.
//   - HTML: codeberg.org/readeck/go-readability/v2, a line-by-line port of
//     Mozilla's Readability.js (the successor of go-shiori/go-readability,
//     which now points to it), over golang.org/x/net/html. It keeps the
//     article and drops navigation, headers, footers, scripts and styles;
//     scripts are never run. It reads title, byline and date from Open
//     Graph, article:* and JSON-LD metadata; meta name=date and <time
//     datetime> are read here as fallbacks.
//   - PDF: github.com/ledongthuc/pdf, the maintained fork of rsc.io/pdf. It is
//     pure Go, has no cgo or system dependency, decodes ToUnicode maps and
//     standard encodings, and gives each glyph with its position and font
//     size, from which lines and paragraphs are rebuilt here. rsc.io/pdf has
//     had no release since 2015; pdfcpu processes PDFs well but has no text
//     extraction that yields positioned text.
//
// Limits: files above MaxSize bytes are refused; a PDF is read up to MaxPages
// pages and MaxPDFContent bytes of decompressed page content, so that a small
// compressed file cannot expand without bound. A PDF with no text layer (a
// scan) is refused: there is no OCR. Encrypted PDFs are read only when they
// open with an empty password. PDF layout is rebuilt from glyph positions:
// multi-column pages are read in content-stream order, which is the reading
// order for most generated PDFs but not all; a word hyphenated at a line end
// is joined without its hyphen unless the hyphenated form is used elsewhere
// in the document or the next line starts with a capital or digit.
package reportfile
