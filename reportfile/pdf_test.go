package reportfile_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/rightsgraph/rightsgraph/reportfile"
)

// report is a two-page report whose paragraphs break lines as a typesetter
// would: hyphens at line ends, a real hyphen inside a line and at a line
// end before a capital, a footnote mark, and a sentence that runs on to the
// next page past a page number and a running header.
var report = []pdfPage{
	{
		heading: "Detention Conditions in 2023",
		paragraphs: [][]string{
			{
				"The Moscow Helsinki Group reports that the human",
				"rights organi-",
				"sation documented forty cases of ill-treatment.^1",
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
				"treatment to be investigated. It demands:",
				"\x95 the release of all political prisoners;",
				"\x95 access for lawyers to every detainee.",
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
		"The report calls for an end to torture in places of detention and for ill-treatment to be investigated. It demands:\n",
		"• the release of all political prisoners;\n",
		"• access for lawyers to every detainee.",
	}
	if got := strings.Join(want, ""); doc.Text != got {
		t.Errorf("text:\n%s\nwant:\n%s", doc.Text, got)
	}
	CheckAbsent(t, doc.Text, "organi-", "com-", "\n1\n", "\n2", "Report on places")
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

// rawPDF writes a PDF by hand from its objects, numbered from 1, with a
// correct cross-reference table: for files no writer would make.
func rawPDF(version string, objects ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-" + version + "\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return []byte(b.String())
}

// stream writes a PDF stream object.
func stream(content string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

func TestReadPDFHandMade(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
	text := stream("BT /F1 12 Tf 72 720 Td (A page in a PDF 2.0 file.) Tj ET")
	t.Run("version 2.0", func(t *testing.T) {
		data := rawPDF("2.0", "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, helvetica, text)
		if doc := MustRead(t, "v2.pdf", data); doc.Text != "A page in a PDF 2.0 file." {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("no types", func(t *testing.T) {
		data := rawPDF("1.4", "<< /Pages 2 0 R >>", "<< /Kids [3 0 R] /Count 1 >>",
			strings.Replace(page, "/Type /Page ", "", 1), helvetica, text)
		if doc := MustRead(t, "notypes.pdf", data); doc.Text != "A page in a PDF 2.0 file." {
			t.Errorf("text %q", doc.Text)
		}
	})
	form := func(content string) string {
		return fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Length %d >>\nstream\n%s\nendstream", len(content), content)
	}
	formPage := strings.Replace(page, "/Font << /F1 4 0 R >>", "/XObject << /X1 6 0 R >>", 1)
	t.Run("form", func(t *testing.T) {
		data := rawPDF("1.4", "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", formPage, helvetica,
			stream("q 1 0 0 1 0 -100 cm /X1 Do Q"), form("BT /F1 12 Tf 72 720 Td (Text drawn by a form.) Tj ET"))
		if doc := MustRead(t, "form.pdf", data); doc.Text != "Text drawn by a form." {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("form drawing itself", func(t *testing.T) {
		data := rawPDF("1.4", "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", formPage, helvetica,
			stream("/X1 Do"), form("BT /F1 12 Tf 72 720 Td (Again.) Tj ET 1 0 0 1 0 -20 cm /X1 Do"))
		doc := MustRead(t, "recursive.pdf", data)
		if n := strings.Count(doc.Text, "Again."); n < 2 || n > 20 {
			t.Errorf("%d copies of the form's text, want a few: %q", n, doc.Text)
		}
	})
	for _, tc := range []struct {
		name    string
		objects []string
		want    string
	}{
		{"tree-loop.pdf", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"}, "page tree is malformed"},
		{"parent-loop.pdf", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			strings.Replace(page, "/Parent 2 0 R", "/Parent 6 0 R", 1), helvetica, text, "<< /Parent 6 0 R >>"}, "parents loop"},
		{"huge-count.pdf", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 1000000000 >>"}, "no text layer"},
		{"bad-stream.pdf", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, helvetica,
			"<< /Length 10 /Filter /NoSuchFilter >>\nstream\n0123456789\nendstream"}, "not a readable PDF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reportfile.Read(tc.name, rawPDF("1.4", tc.objects...))
			CheckInvalid(t, err, tc.name, tc.want)
		})
	}
}

// TestReadPDFProtected checks that a PDF that needs a password to open is
// refused as such.
func TestReadPDFProtected(t *testing.T) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetProtection(fpdf.CnProtectPrint, "user-secret", "owner-secret")
	p.AddPage()
	p.SetFont("Helvetica", "", 12)
	p.Text(20, 30, "Locked.")
	_, err := reportfile.Read("locked.pdf", output(t, p))
	CheckInvalid(t, err, "locked.pdf", "protected by a password")
}

// TestReadPDFUnicodeFont reads a PDF in an embedded TrueType font, which
// PDF shows through two-byte glyph codes and a ToUnicode map, as word
// processors do, here with Cyrillic text. go-pdf/fpdf writes that map as
// one range over all codes, which only a reader that counts the range up
// as one number decodes.
func TestReadPDFUnicodeFont(t *testing.T) {
	const font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" // Debian's fonts-dejavu-core
	ttf, err := os.ReadFile(font)
	if err != nil {
		if os.Getenv("REQUIRE_FONTS") == "1" { // make test installs it (scripts/fonts.sh)
			t.Fatalf("no TrueType font to embed: %v", err)
		}
		t.Skipf("no TrueType font to embed: %v", err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("dejavu", "", ttf)
	p.AddPage()
	p.SetFont("dejavu", "", 12)
	p.Text(20, 30, "Московская Хельсинкская группа — правозащит-")
	p.Text(20, 36, "ная организация. Café résumé, naïve.")
	p.Text(20, 50, "Lev Ponomarev (Лев Пономарёв) leads the movement.")
	doc := MustRead(t, "cyrillic.pdf", output(t, p))
	want := "Московская Хельсинкская группа — правозащитная организация. Café résumé, naïve.\n\nLev Ponomarev (Лев Пономарёв) leads the movement."
	if doc.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", doc.Text, want)
	}
}

// cidFontPDF is a hand-made PDF in a composite font whose ToUnicode map has
// each kind of entry: single codes, a range counted up across a byte
// boundary, and a range mapped through an array.
func cidFontPDF() []byte {
	cmap := `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0001> <0041>
<0002> (\000 )
endbfchar
2 beginbfrange
<00FE> <0101> <04FE>
<0200> <0201> [<0066 0069> <00E9>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>"
	cid := "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /DW 500 /W [1 [600 250] 254 257 700] >>"
	// A, space, U+04FE to U+0501 (over a byte boundary, where counting up
	// the last byte alone would wrap to U+0400), space, fi, é.
	content := "BT /F1 12 Tf 72 720 Td <0001 0002 00FE 00FF 0100 0101 0002 0200 0201> Tj ET"
	return rawPDF("1.4", "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		font, stream(content), stream(cmap), cid)
}

func TestReadPDFToUnicode(t *testing.T) {
	doc := MustRead(t, "cid.pdf", cidFontPDF())
	if want := "A \u04fe\u04ff\u0500\u0501 fié"; doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
}
