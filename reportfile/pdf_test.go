package reportfile_test

import (
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

// report is a two-page report whose paragraphs break lines as a typesetter
// would: hyphens at line ends, a real hyphen inside a line and at a line
// end before a capital, and a sentence that runs on to the next page.
var report = []pdfPage{
	{
		heading: "Detention Conditions in 2023",
		paragraphs: [][]string{
			{
				"The Moscow Helsinki Group reports that the human",
				"rights organi-",
				"sation documented forty cases of ill-treatment.",
			},
			{
				"Jean-Paul Marat, a visiting observer, met Lev Ponomarev",
				"and the chair of the commission, Valery Borshchev-",
				"Jones, in the autumn.",
			},
			{
				"The monitors visited colonies in the Perm region and",
				"found that the inmates' com-",
			},
		},
	},
	{
		paragraphs: [][]string{
			{
				"plaints had been ignored for months.",
			},
			{
				"The report calls for an end to torture in places of",
				"detention and for ill-",
				"treatment to be investigated.",
			},
		},
	},
}

func TestReadPDF(t *testing.T) {
	doc := MustRead(t, "report.pdf", BuildPDF(t, "Detention Conditions", report...))
	want := []string{
		"Detention Conditions in 2023\n\n",
		"The Moscow Helsinki Group reports that the human rights organisation documented forty cases of ill-treatment.\n\n",
		"Jean-Paul Marat, a visiting observer, met Lev Ponomarev and the chair of the commission, Valery Borshchev-Jones, in the autumn.\n\n",
		"The monitors visited colonies in the Perm region and found that the inmates' complaints had been ignored for months.\n\n",
		// "ill-treatment" is written with its hyphen elsewhere, so the
		// hyphen at the line end is kept.
		"The report calls for an end to torture in places of detention and for ill-treatment to be investigated.",
	}
	if got := strings.Join(want, ""); doc.Text != got {
		t.Errorf("text:\n%s\nwant:\n%s", doc.Text, got)
	}
	CheckAbsent(t, doc.Text, "organi-", "com-", "\n1\n", "\n2")
	if doc.Title != "Detention Conditions" || doc.Author != "Memorial Human Rights Centre" || doc.PublishedAt != "2024-03-15" || doc.Format != reportfile.FormatPDF {
		t.Errorf("metadata: %+v", doc)
	}
}

// TestReadPDFTitleFromLayout checks that a PDF with no Title in its
// document information gets the largest line of its first page.
func TestReadPDFTitleFromLayout(t *testing.T) {
	doc := MustRead(t, "report.pdf", BuildPDF(t, "", report...))
	if doc.Title != "Detention Conditions in 2023" {
		t.Errorf("title %q", doc.Title)
	}
}

func TestReadPDFNoTextLayer(t *testing.T) {
	_, err := reportfile.Read("scan.pdf", BuildImagePDF(t))
	CheckInvalid(t, err, "scan.pdf", "no text layer")
}

// TestReadPDFAccents reads accented Latin letters, which the standard
// fonts show through WinAnsiEncoding, and checks they come out in NFC.
func TestReadPDFAccents(t *testing.T) {
	p := fpdf.New("P", "mm", "A4", "")
	tr := p.UnicodeTranslatorFromDescriptor("")
	p.AddPage()
	p.SetFont("Times", "", 12)
	p.Text(20, 30, tr("Café résumé: naïve Müller, Ça va, Ñandú — « Fédération » ;"))
	p.Text(20, 36, tr("the Fédération Internationale des Droits de l'Homme."))
	doc := MustRead(t, "accents.pdf", output(t, p))
	want := "Café résumé: naïve Müller, Ça va, Ñandú — « Fédération » ; the Fédération Internationale des Droits de l'Homme."
	if doc.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", doc.Text, want)
	}
}
