package reportfile

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// MaxSize is the largest report file Read accepts, in bytes: 20 MiB, well
// above a long text report and most report PDFs, small enough that reading
// one costs a server little memory.
const MaxSize = 20 << 20

// Formats Read reports in Document.Format.
const (
	FormatText     = "txt"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatPDF      = "pdf"
)

// Document is a report file read into plain text, with the metadata the file
// holds.
type Document struct {
	// Text is the report's text: valid UTF-8 in NFC, no control characters
	// other than '\n' and '\t', paragraphs separated by blank lines, never
	// empty.
	Text string
	// Title, Author, PublishedAt and URL are empty when the file does not
	// say. PublishedAt is a date, YYYY-MM-DD.
	Title, Author, PublishedAt, URL string
	// Format is one of FormatText, FormatMarkdown, FormatHTML, FormatPDF.
	Format string
}

// extensions maps each accepted file extension to its format.
var extensions = map[string]string{
	".txt":      FormatText,
	".text":     FormatText,
	".md":       FormatMarkdown,
	".markdown": FormatMarkdown,
	".html":     FormatHTML,
	".htm":      FormatHTML,
	".pdf":      FormatPDF,
}

// Extensions returns the accepted file extensions, sorted.
func Extensions() []string {
	exts := make([]string, 0, len(extensions))
	for ext := range extensions {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return exts
}

// Read reads a report file: name gives its format by its extension (and is
// used in messages), data is its content. The name "-" (standard input) has
// no extension; its format is told from the content instead: PDF, HTML or
// else plain text.
func Read(name string, data []byte) (*Document, error) {
	path := name
	if name = cleanLine(name); name == "" {
		name = "-" // an upload may come with no name
	}
	if len(data) > MaxSize {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: the file is larger than the limit of %s (%d bytes)", name, sizeString(MaxSize), len(data))
	}
	format, err := formatOf(path, name, data)
	if err != nil {
		return nil, err
	}
	if err := checkContent(name, format, data); err != nil {
		return nil, err
	}
	var doc *Document
	switch format {
	case FormatText:
		doc, err = readText(name, data)
	case FormatMarkdown:
		doc, err = readMarkdown(name, data)
	case FormatHTML:
		doc, err = readHTML(name, data)
	case FormatPDF:
		doc, err = readPDF(name, data)
	}
	if err != nil {
		return nil, err
	}
	doc.Format = format
	doc.Title = cleanLine(doc.Title)
	doc.Author = cleanLine(doc.Author)
	if doc.URL = cleanLine(doc.URL); !strings.HasPrefix(doc.URL, "https://") && !strings.HasPrefix(doc.URL, "http://") {
		doc.URL = "" // a relative link or a local path says nothing where the report is
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: no text", name)
	}
	return doc, nil
}

// formatOf tells the format of a file from its name's extension, or from its
// content for standard input.
func formatOf(path, name string, data []byte) (string, error) {
	if name == "-" {
		switch looksLike(data) {
		case kindPDF:
			return FormatPDF, nil
		case kindHTML:
			return FormatHTML, nil
		default:
			return FormatText, nil
		}
	}
	ext := strings.ToLower(filepath.Ext(path))
	if format, ok := extensions[ext]; ok {
		return format, nil
	}
	what := "has no extension"
	if ext != "" {
		what = "has the extension " + cleanLine(ext)
	}
	return "", rightsgraph.Errorf(rightsgraph.EINVALID, "%s: %s; a report file must be one of %s", name, what, strings.Join(Extensions(), ", "))
}
