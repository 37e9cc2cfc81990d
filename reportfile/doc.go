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
//     pure Go with no cgo or system dependency, and reads the file structure,
//     cross-references, streams, filters, RC4 and AES-128 encryption, and
//     fonts' standard encodings. rsc.io/pdf has had no release since 2015;
//     pdfcpu processes PDFs well but has no text extraction at all. The
//     page content is interpreted here (pdfcontent.go) over the library's
//     tokenizer, rather than with its Page.Content, which decodes the end of
//     every TJ array as a character (a stray letter in LibreOffice's PDFs),
//     skips form XObjects and re-reads fonts at each use; and ToUnicode maps
//     are read here (tounicode.go), as the library misreads ranges that span
//     more than the last byte. Lines and paragraphs are rebuilt from the
//     glyphs' positions and sizes.
//
// Limits: files above MaxSize bytes are refused. A PDF is read up to
// MaxPages pages and MaxPDFContent bytes of decompressed page content (8 MiB
// a page), so that a small compressed file cannot expand without bound; an
// HTML page of more than 100,000 elements is read whole, less its
// navigation, header, footer and scripts, without Readability's scoring.
//
// What the PDF reader cannot do: a PDF with no text layer (a scan) is
// refused, as there is no OCR. Encrypted PDFs are read when they open with
// an empty password and use RC4 or AES-128; AES-256 (Acrobat X and later)
// is refused with a message. Text that is turned or slanted (side labels,
// diagonal watermarks) is skipped. Composite fonts are read as two-byte
// codes (Identity-H, as word processors write them). Lines and
// paragraphs are rebuilt from glyph positions in the order the page draws
// them, which is the reading order for most generated PDFs but may
// interleave columns in some. Running headers and footers (a line at the
// same height on at least half the pages) and page numbers are dropped;
// so are small raised footnote marks. A word hyphenated at a line end is
// joined without its hyphen unless the next line starts with a capital or
// digit ("Jean-Paul", "COVID-19") or the document writes it hyphenated
// elsewhere ("ill-treatment"); other hyphenated compounds broken at a line
// end lose their hyphen.
package reportfile
