package reportfile_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

// boilerplate is text the article.html fixture puts outside its article or
// in places a reader never sees as text.
var boilerplate = []string{
	"MUST NOT APPEAR", "WRITTEN BY SCRIPT", "NAV ", "HEADER LOGO", "SIDEBAR", "FOOTER",
	"tracker", "font-family", "@context", "Share this",
}

// TestReadHTML reads a page with the usual chrome around its article. Its
// date is the JSON-LD datePublished, in the zone it is written in (it is
// the day before in UTC), over the later date of its <time> element.
func TestReadHTML(t *testing.T) {
	doc := MustReadFile(t, "article.html")
	CheckInOrder(t, doc.Text,
		"The Public Verdict Foundation documented twelve cases of torture in the penal colonies of the Perm region between January and September 2023. Inmates described beatings by officers during so-called reception procedures, and several were held in punishment cells for weeks.\n\n",
		"Lawyers for the foundation filed complaints with the regional prosecutor, who refused to open criminal cases in all but one of them.",
		"The Moscow Helsinki Group and the human rights centre Memorial joined the foundation",
		"In October the Perm regional ombudsman, Pavel Mikov, met the families of four inmates",
		"had not led to any prosecutions.",
	)
	CheckAbsent(t, doc.Text, boilerplate...)
	want := reportfile.Document{
		Text:        doc.Text,
		Title:       "Torture in the Perm penal colonies",
		Author:      "Natalya Taubina",
		PublishedAt: "2023-11-05",
		URL:         "https://rights.example.org/reports/perm-colonies",
		Format:      reportfile.FormatHTML,
	}
	if *doc != want {
		t.Errorf("metadata:\n got %+v\nwant %+v", *doc, want)
	}
}

// TestReadHTMLShort reads a page whose article is too short for
// Readability to score, with its date in <meta name=date>.
func TestReadHTMLShort(t *testing.T) {
	doc := MustReadFile(t, "short.html")
	CheckInOrder(t, doc.Text, "Memorial condemns the sentence handed to Oleg Orlov.\n\nHe was sentenced to two and a half years.")
	CheckAbsent(t, doc.Text, boilerplate...)
	if doc.Title != "Statement on the detention of Oleg Orlov" || doc.PublishedAt != "2024-02-27" || doc.Author != "" || doc.URL != "" {
		t.Errorf("metadata: %+v", doc)
	}
}

// TestReadHTMLCharset reads a page saved in windows-1251, as many Russian
// sites still serve, and one whose date is only in a <time> element.
func TestReadHTMLCharset(t *testing.T) {
	page := `<html><head><meta charset="windows-1251"><title>Мемориал</title></head><body><article>
<p><time datetime="2021-12-28T11:00">28 декабря 2021</time></p>
<p>Верховный суд постановил ликвидировать Международный Мемориал. Правозащитники назвали это решение политическим.</p>
</article></body></html>`
	data, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	doc := MustRead(t, "memorial.html", []byte(data))
	CheckInOrder(t, doc.Text, "Верховный суд постановил ликвидировать Международный Мемориал. Правозащитники назвали это решение политическим.")
	if doc.Title != "Мемориал" || doc.PublishedAt != "2021-12-28" {
		t.Errorf("metadata: %+v", doc)
	}

	// Saved again as UTF-8, with the meta unchanged, as browsers may.
	doc = MustRead(t, "resaved.html", []byte(page))
	CheckInOrder(t, doc.Text, "Верховный суд постановил ликвидировать Международный Мемориал.")
}

// TestReadHTMLLarge reads a page too large for Readability to score, whose
// text is then the page less its chrome.
func TestReadHTMLLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><nav>NAV Home</nav><header>HEADER Banner</header><main>")
	for i := range 55_000 {
		fmt.Fprintf(&b, "<p>Paragraph <b>%d</b> of the report.</p>\n", i)
	}
	b.WriteString("</main><footer>FOOTER Contact</footer><script>SCRIPT()</script></body></html>")
	doc := MustRead(t, "large.html", []byte(b.String()))
	CheckInOrder(t, doc.Text, "Paragraph 0 of the report.\n\nParagraph 1 of the report.", "Paragraph 54999 of the report.")
	CheckAbsent(t, doc.Text, "NAV", "HEADER", "FOOTER", "SCRIPT")
}
