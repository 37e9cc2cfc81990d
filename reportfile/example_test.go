package reportfile_test

import (
	"fmt"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

func ExampleRead() {
	page := []byte(`<!DOCTYPE html>
<html><head>
<meta property="og:title" content="Oleg Orlov sentenced">
<meta property="article:published_time" content="2024-02-27T14:00:00+03:00">
<script>track()</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p>A Moscow court sentenced Oleg Orlov, co-chair of Memorial, to two and a half years in a penal colony.</p>
<p>Memorial called the sentence an act of political persecution.</p>
</article>
<footer>© Memorial</footer>
</body></html>`)
	doc, err := reportfile.Read("orlov.html", page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Format, doc.PublishedAt, doc.Title)
	fmt.Println(doc.Text)

	_, err = reportfile.Read("orlov.pdf", page)
	fmt.Println(err)
	// Output:
	// html 2024-02-27 Oleg Orlov sentenced
	// A Moscow court sentenced Oleg Orlov, co-chair of Memorial, to two and a half years in a penal colony.
	//
	// Memorial called the sentence an act of political persecution.
	// orlov.pdf: not a PDF document: it looks like an HTML page; rename it .html
}
