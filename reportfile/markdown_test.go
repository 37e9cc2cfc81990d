package reportfile_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

func TestReadMarkdown(t *testing.T) {
	doc := MustReadFile(t, "report.md")
	want := `Abductions in Chechnya

The Natalya Estemirova Documentation Centre recorded thirty-one abductions in the first half of 2022, according to Memorial.

Findings

Relatives were threatened when they contacted lawyers.
Most victims were released after days of incommunicado detention.
Some were forced to apologise on television.
Two victims remain missing.

The authorities did not open a single criminal case.

Month	Cases
March	12
April	19

Case 17: abducted 2022-03-02, released 2022-03-09.

Contact: info@example.org or https://example.org/contact. Escaped *stars* & entities ©.
Line after a break, and inline html text.

An HTML block paragraph.

Submitted to the UN Special Rapporteur`
	if doc.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", doc.Text, want)
	}
	CheckAbsent(t, doc.Text, "SCRIPT", "**", "](", "tags", "---")
	meta := reportfile.Document{
		Text:        doc.Text,
		Title:       "Monitoring report: Chechnya, 2022",
		Author:      "Oleg Orlov, Svetlana Gannushkina",
		PublishedAt: "2022-06-14",
		URL:         "https://rights.example.org/chechnya-2022",
		Format:      reportfile.FormatMarkdown,
	}
	if *doc != meta {
		t.Errorf("metadata:\n got %+v\nwant %+v", *doc, meta)
	}
}

// TestReadMarkdownHeadingTitle checks that a file without front matter
// takes its title from its first level-1 heading, and that a file opening
// with a thematic break is not taken for front matter.
func TestReadMarkdownHeadingTitle(t *testing.T) {
	for _, tc := range []struct{ name, src, title, text string }{
		{"heading", "Intro line.\n\n## Not this\n\n# The *Title*\n\nBody.\n", "The Title", "Intro line.\n\nNot this\n\nThe Title\n\nBody."},
		{"setext", "Report\n======\n\nBody text.\n", "Report", "Report\n\nBody text."},
		{"rule", "---\nBody text\n---\n\nMore.\n", "", "Body text\n\nMore."},
		{"crlf", "---\r\ntitle: T\r\nauthor: A\r\n---\r\n\r\nOne\r\ntwo.\r\n", "T", "One two."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := MustRead(t, tc.name+".md", []byte(tc.src))
			if doc.Title != tc.title || doc.Text != tc.text {
				t.Errorf("title %q, text %q; want %q, %q", doc.Title, doc.Text, tc.title, tc.text)
			}
		})
	}
}
