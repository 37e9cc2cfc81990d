package reportfile

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// markdown parses CommonMark with GitHub's tables, strikethrough, task
// lists and bare links. No typographer: quotes stay as written, so that a
// quote copied from the file is found in the text.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// readMarkdown reads a Markdown report: the text of its blocks, paragraphs
// separated by blank lines, list items and table rows one a line, code kept
// as written; the title, date, author and URL from its YAML front matter, or
// the title from its first level-1 heading.
func readMarkdown(name string, data []byte) (*Document, error) {
	s, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	s = lineBreaks.Replace(s)
	doc := &Document{}
	body := []byte(s)
	if meta, rest, ok := frontMatter(body); ok {
		readFrontMatter(meta, doc)
		body = rest
	}
	root := markdown.Parser().Parse(text.NewReader(body))
	w := &mdWriter{source: body}
	if err := ast.Walk(root, w.walk); err != nil {
		return nil, fmt.Errorf("%s: reading Markdown: %w", name, err)
	}
	if doc.Title == "" {
		doc.Title = w.title
	}
	doc.Text = tidy(w.b.String())
	return doc, nil
}

// frontMatter splits YAML front matter, between a first line "---" and the
// next "---" or "..." line, from the Markdown after it. Only a YAML mapping
// counts: "---" can also open a Markdown file as a thematic break.
func frontMatter(src []byte) (meta map[string]any, rest []byte, ok bool) {
	first, after, found := bytes.Cut(src, []byte("\n"))
	if !found || string(bytes.TrimRight(first, " \t")) != "---" {
		return nil, src, false
	}
	for off := 0; off < len(after); {
		line, _, _ := bytes.Cut(after[off:], []byte("\n"))
		end := off + len(line) + 1
		if t := string(bytes.TrimRight(line, " \t")); t == "---" || t == "..." {
			if err := yaml.Unmarshal(after[:off], &meta); err != nil || len(meta) == 0 {
				return nil, src, false
			}
			return meta, after[min(end, len(after)):], true
		}
		off = end
	}
	return nil, src, false
}

// readFrontMatter takes the title, date, author and URL from front matter,
// under the names that Jekyll, Hugo and Pandoc use.
func readFrontMatter(meta map[string]any, doc *Document) {
	value := func(keys ...string) any {
		for _, k := range keys {
			for mk, v := range meta {
				if strings.EqualFold(mk, k) && v != nil {
					return v
				}
			}
		}
		return nil
	}
	doc.Title = scalar(value("title"))
	switch v := value("date", "published", "publishedAt", "published_at", "pubDate", "publishDate").(type) {
	case time.Time:
		doc.PublishedAt = timeDate(v)
	default:
		doc.PublishedAt = normalizeDate(scalar(v))
	}
	var authors []string
	switch v := value("author", "authors").(type) {
	case []any:
		for _, a := range v {
			if m, ok := a.(map[string]any); ok {
				a = m["name"]
			}
			if s := scalar(a); s != "" {
				authors = append(authors, s)
			}
		}
	case map[string]any:
		authors = append(authors, scalar(v["name"]))
	default:
		authors = append(authors, scalar(v))
	}
	doc.Author = strings.Join(authors, ", ")
	doc.URL = scalar(value("url", "link", "source", "canonical_url", "canonicalURL"))
}

// scalar returns a YAML scalar as text, and "" for anything else.
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int, int64, float64, bool:
		return fmt.Sprint(v)
	case time.Time:
		return v.Format(time.DateOnly)
	}
	return ""
}

// mdWriter collects the text of a Markdown AST. Block ends write line
// breaks that tidy later folds into one blank line between paragraphs.
type mdWriter struct {
	source []byte
	b      strings.Builder
	// title is the text of the first level-1 heading; inTitle is set while
	// the walk is inside it.
	title   string
	inTitle bool
	titleAt int
}

func (w *mdWriter) walk(n ast.Node, entering bool) (ast.WalkStatus, error) {
	switch n := n.(type) {
	case *ast.List:
		if _, nested := n.Parent().(*ast.ListItem); nested {
			w.newline()
		} else {
			w.paragraph()
		}
	case *ast.Paragraph, *ast.ThematicBreak, *ast.Blockquote, *east.Table:
		w.paragraph()
	case *ast.Heading:
		w.paragraph()
		if n.Level == 1 && w.title == "" {
			if entering {
				w.inTitle, w.titleAt = true, w.b.Len()
			} else if w.inTitle {
				w.title, w.inTitle = w.b.String()[w.titleAt:], false
			}
		}
	case *ast.TextBlock, *ast.ListItem, *east.TableHeader, *east.TableRow:
		w.newline()
	case *east.TableCell:
		if !entering {
			w.b.WriteByte('\t')
		}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		if entering {
			w.paragraph()
			w.lines(n)
			w.paragraph()
		}
		return ast.WalkSkipChildren, nil
	case *ast.HTMLBlock:
		if entering {
			w.paragraph()
			var src bytes.Buffer
			w.linesTo(&src, n)
			if n.HasClosure() {
				src.Write(n.ClosureLine.Value(w.source))
			}
			w.b.WriteString(htmlText(src.Bytes()))
			w.paragraph()
		}
		return ast.WalkSkipChildren, nil
	case *ast.Text:
		if entering {
			v := n.Segment.Value(w.source)
			if !n.IsRaw() {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			w.b.Write(v)
			if n.HardLineBreak() {
				w.b.WriteByte('\n')
			} else if n.SoftLineBreak() {
				w.b.WriteByte(' ')
			}
		}
	case *ast.String:
		if entering {
			w.b.Write(n.Value)
		}
	case *ast.AutoLink:
		if entering {
			w.b.Write(n.Label(w.source))
		}
		return ast.WalkSkipChildren, nil
	case *ast.RawHTML:
		// Inline tags carry no words; <br> breaks a line.
		if entering {
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				if tag := bytes.ToLower(seg.Value(w.source)); bytes.HasPrefix(tag, []byte("<br")) {
					w.b.WriteByte('\n')
				}
			}
		}
		return ast.WalkSkipChildren, nil
	case *east.TaskCheckBox:
		// The box is markup, "[x]"; the item's words follow it.
	}
	return ast.WalkContinue, nil
}

// newline ends the line written so far, if there is one.
func (w *mdWriter) newline() {
	if s := w.b.String(); s != "" && !strings.HasSuffix(s, "\n") {
		w.b.WriteByte('\n')
	}
}

// paragraph ends the paragraph written so far with a blank line.
func (w *mdWriter) paragraph() {
	w.newline()
	if s := w.b.String(); s != "" && !strings.HasSuffix(s, "\n\n") {
		w.b.WriteByte('\n')
	}
}

// lines writes a block's source lines as they are.
func (w *mdWriter) lines(n ast.Node) {
	var buf bytes.Buffer
	w.linesTo(&buf, n)
	w.b.Write(buf.Bytes())
}

func (w *mdWriter) linesTo(buf *bytes.Buffer, n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		buf.Write(seg.Value(w.source))
	}
}

// htmlText returns the words of an HTML fragment, as Markdown files hold
// them: text outside tags, with scripts, styles and comments dropped.
func htmlText(src []byte) string {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(src))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "template", "noscript":
				skip++
			case "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6":
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "template", "noscript":
				skip = max(0, skip-1)
			case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6":
				b.WriteByte('\n')
			}
		}
	}
}
