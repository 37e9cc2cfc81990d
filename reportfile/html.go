package reportfile

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/rightsgraph/rightsgraph"
)

// maxHTMLElements bounds the elements Readability scores: it is quadratic
// in places, and a page past this size is read whole without it.
const maxHTMLElements = 100_000

// readHTML reads a saved web page: the article's text, found by Readability,
// and the page's title, author, date and canonical URL.
func readHTML(name string, data []byte) (*Document, error) {
	data, err := decodeHTML(name, data)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not readable HTML: %s", name, detail(err))
	}
	// The page's own metadata first: Readability changes the tree.
	meta := pageMetadata(root)
	doc := &Document{URL: meta.url}

	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElements
	// Readability weighs navigation against the article, but on a short
	// page it keeps everything; a page's chrome is never the report.
	article, err := parser.ParseAndMutate(stripChrome(root, false), nil)
	if err == nil && article.Node != nil {
		doc.Text = tidy(render.InnerText(article.Node))
	}
	if strings.TrimSpace(doc.Text) == "" {
		// Readability found no article (a page too large, or a fragment
		// with no article-like block): take the body, less its chrome, from
		// a fresh parse.
		if root, err = html.Parse(bytes.NewReader(data)); err == nil {
			doc.Text = tidy(render.InnerText(stripChrome(root, false)))
		}
	}
	doc.Title = firstOf(article.Title(), meta.title)
	doc.Author = firstOf(byline(article.Byline()), meta.author)
	if t, err := article.PublishedTime(); err == nil {
		doc.PublishedAt = timeDate(t)
	}
	if doc.PublishedAt == "" {
		doc.PublishedAt = meta.date
	}
	return doc, nil
}

// decodeHTML returns a page as UTF-8. A page that is valid UTF-8 is taken
// as UTF-8 whatever its <meta charset> says: a saved page is often
// re-encoded while its meta still names the old charset, and text in a
// legacy charset is almost never valid UTF-8 by chance. Any other page is
// decoded from the encoding that its BOM or <meta charset> names, or that
// browsers would guess.
func decodeHTML(name string, data []byte) ([]byte, error) {
	if utf8.Valid(data) {
		return bytes.TrimPrefix(data, []byte("\ufeff")), nil
	}
	enc, encName, _ := charset.DetermineEncoding(data, "text/html")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%s: not valid %s: %s", name, encName, detail(err))
	}
	return out, nil
}

// chrome lists the elements that frame an article rather than belong to
// it, and those that hold no text a reader sees. A <form> is not one:
// some sites wrap whole pages in one.
var chrome = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Button: true,
	atom.Select: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Dialog: true,
}

// stripChrome removes the chrome elements and comments from a parsed page
// and returns the page. A <header> is chrome outside the article (the
// site's banner) but not inside it, where it holds the title and byline.
func stripChrome(n *html.Node, inArticle bool) *html.Node {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || c.Type == html.ElementNode && (chrome[c.DataAtom] && !isJSONLD(c) ||
			c.DataAtom == atom.Header && !inArticle ||
			hasRole(c, "navigation", "banner", "contentinfo", "complementary", "search")) {
			n.RemoveChild(c)
		} else {
			stripChrome(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
		}
		c = next
	}
	return n
}

// isJSONLD reports whether n is a JSON-LD script, whose metadata Readability
// reads before it drops all scripts.
func isJSONLD(n *html.Node) bool {
	return n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json")
}

func hasRole(n *html.Node, roles ...string) bool {
	for _, a := range n.Attr {
		if a.Key == "role" {
			for _, r := range roles {
				if strings.EqualFold(a.Val, r) {
					return true
				}
			}
		}
	}
	return false
}

// pageMeta is what a page's markup says about it, besides what Readability
// reads (Open Graph, article:*, Dublin Core, JSON-LD).
type pageMeta struct {
	title, author, date, url string
}

// pageMetadata reads <title>, meta name=author and the date metas that
// Readability does not (name=date, citation_publication_date, …), the first
// <time datetime>, and the canonical URL.
func pageMetadata(root *html.Node) pageMeta {
	var m pageMeta
	var timeDate string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					m.title = n.FirstChild.Data
				}
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "name"), attr(n, "property"), attr(n, "itemprop")))
				val := attr(n, "content")
				switch key {
				case "author", "dc.creator", "citation_author", "article:author":
					if m.author == "" && !strings.Contains(val, "://") {
						m.author = val
					}
				case "date", "dc.date", "dc.date.issued", "dcterms.date", "citation_publication_date",
					"citation_date", "publication_date", "pubdate", "datepublished", "article:published_time", "og:published_time":
					if m.date == "" {
						m.date = normalizeDate(val)
					}
				case "og:url":
					if m.url == "" {
						m.url = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					m.url = attr(n, "href")
				}
			case atom.Time:
				if timeDate == "" {
					timeDate = normalizeDate(attr(n, "datetime"))
				}
			case atom.Script, atom.Style, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.date = firstOf(m.date, timeDate)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// firstOf returns the first of vals that is not blank.
func firstOf(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// bylinePrefix is the "By" that bylines open with, in English.
var bylinePrefix = regexp.MustCompile(`(?i)^\s*by[\s:]+`)

// byline returns an author from a byline: "By Jane Doe" is Jane Doe.
func byline(s string) string {
	s = bylinePrefix.ReplaceAllString(strings.TrimSpace(s), "")
	if utf8.RuneCountInString(s) > 200 || strings.Contains(s, "://") {
		return "" // a sentence, or a profile link, is no name
	}
	return s
}
