package reportfile

import (
	"errors"
	"math"

	"github.com/ledongthuc/pdf"
)

// Limits on interpreting one page's content, beyond its size (which, forms
// drawn included, is bounded by maxPageContent): how deep form XObjects may
// nest, how many may be drawn, and how many glyphs a page may show, so that
// a hostile file cannot loop or fill memory.
const (
	maxFormDepth  = 8
	maxFormDraws  = 2000
	maxPageGlyphs = 2_000_000
)

// errPageTooLarge stops the interpretation of a page past the limits above.
var errPageTooLarge = errors.New("too much content on one page")

// matrix is a PDF transformation matrix [a b c d e f], which maps (x, y) to
// (a·x + c·y + e, b·x + d·y + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// times returns m × n: first m's transformation, then n's.
func (m matrix) times(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// textFont is a font as a page uses it: how to split shown strings into
// character codes, decode them and measure them.
type textFont struct {
	name    string
	uni     *toUnicode // the font's ToUnicode map, which comes first
	font    *pdf.Font  // for its encoding, read when uni lacks a code
	twoByte bool       // composite (Type0) fonts use two-byte codes
	scale   float64    // glyph space to text space: 1/1000, or a Type 3 font's matrix
	widths  map[int]float64
	dw      float64 // the width of a code widths does not list
}

func loadFont(name string, v pdf.Value) *textFont {
	f := &pdf.Font{V: v}
	tf := &textFont{name: v.Key("BaseFont").Name(), uni: readToUnicode(v.Key("ToUnicode")), font: f, scale: 0.001, widths: map[int]float64{}}
	if tf.name == "" {
		tf.name = name
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		tf.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		tf.dw = 1000
		if dw := desc.Key("DW"); !dw.IsNull() {
			tf.dw = dw.Float64()
		}
		// W lists widths as "c [w1 w2 …]" or "cfirst clast w".
		w := desc.Key("W")
		for i := 0; i < w.Len() && len(tf.widths) < 1<<16; {
			first := int(w.Index(i).Int64())
			if next := w.Index(i + 1); next.Kind() == pdf.Array {
				for j := 0; j < next.Len() && len(tf.widths) < 1<<16; j++ {
					tf.widths[first+j] = next.Index(j).Float64()
				}
				i += 2
				continue
			}
			last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
			for c := first; c <= last && c-first < 1<<16; c++ {
				tf.widths[c] = width
			}
			i += 3
		}
	default:
		if v.Key("Subtype").Name() == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() == 6 {
				tf.scale = m.Index(0).Float64()
			}
		}
		first, ws := int(v.Key("FirstChar").Int64()), v.Key("Widths")
		for i := 0; i < ws.Len() && i < 256; i++ {
			tf.widths[first+i] = ws.Index(i).Float64()
		}
		tf.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	}
	return tf
}

// text returns the text that a code, raw, stands for: from the ToUnicode
// map where it has the code, as the PDF specification asks, or else from
// the font's encoding.
func (f *textFont) text(code int, raw string) string {
	if f.uni != nil {
		if s, ok := f.uni.text(code); ok {
			return s
		}
	}
	return f.font.Encoder().Decode(raw)
}

// width returns a code's width in text space units per unit of font size.
func (f *textFont) width(code int) float64 {
	if w, ok := f.widths[code]; ok {
		return w * f.scale
	}
	return f.dw * f.scale
}

// textState is the part of the graphics state that places text.
type textState struct {
	ctm                                matrix
	font                               *textFont
	size, charSpace, wordSpace, hscale float64
	leading, rise                      float64
}

// contentReader interprets a page's content streams, as a viewer does, to
// find where each glyph is drawn. The library's own Page.Content does the
// same but decodes the end of each TJ array as a character (a stray letter
// in fonts whose code 10 is one), re-reads fonts at each use, and skips
// form XObjects.
type contentReader struct {
	glyphs []pdf.Text
	draws  int
	bytes  int64 // decompressed size of the forms drawn
}

// pageGlyphs returns the glyphs a page draws, in drawing order.
func pageGlyphs(p pdf.Page) (glyphs []pdf.Text, err error) {
	r := &contentReader{}
	defer func() {
		if x := recover(); x != nil {
			if x != errPageTooLarge {
				panic(x)
			}
			err = errPageTooLarge
		}
	}()
	r.run(p.V.Key("Contents"), p.Resources(), textState{ctm: identity, hscale: 1}, 0)
	return r.glyphs, nil
}

// run interprets one content stream (or array of them) with its resources.
func (r *contentReader) run(strm, res pdf.Value, gs textState, depth int) {
	fonts := map[string]*textFont{}
	var stack []textState
	var tm, tlm matrix
	show := func(raw string) {
		f := gs.font
		if f == nil {
			return
		}
		n := 1
		if f.twoByte {
			n = 2
		}
		for i := 0; i+n <= len(raw); i += n {
			code := int(raw[i])
			if n == 2 {
				code = code<<8 | int(raw[i+1])
			}
			w0 := f.width(code)
			trm := matrix{gs.size * gs.hscale, 0, 0, gs.size, 0, gs.rise}.times(tm).times(gs.ctm)
			// Text that is not upright (turned or slanted labels, diagonal
			// watermarks) is not part of the running text.
			if math.Abs(trm[1]) <= 0.05*math.Abs(trm[0]) && trm[0] > 0 {
				if len(r.glyphs) == maxPageGlyphs {
					panic(errPageTooLarge)
				}
				r.glyphs = append(r.glyphs, pdf.Text{
					Font: f.name, FontSize: math.Hypot(trm[2], trm[3]),
					X: trm[4], Y: trm[5], W: w0 * trm[0], S: f.text(code, raw[i:i+n]),
				})
			}
			tx := w0*gs.size + gs.charSpace
			if n == 1 && code == ' ' {
				tx += gs.wordSpace
			}
			tm = translate(tx*gs.hscale, 0).times(tm)
		}
	}
	nextLine := func() {
		tlm = translate(0, -gs.leading).times(tlm)
		tm = tlm
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		mat := func() matrix {
			var m matrix
			for i := range m {
				m[i] = num(i)
			}
			return m
		}
		switch op {
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, gs)
			}
		case "Q":
			if n := len(stack); n > 0 {
				gs, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			gs.ctm = mat().times(gs.ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				if fonts[name] == nil {
					fonts[name] = loadFont(name, res.Key("Font").Key(name))
				}
				gs.font, gs.size = fonts[name], num(1)
			}
		case "Tc":
			gs.charSpace = num(0)
		case "Tw":
			gs.wordSpace = num(0)
		case "Tz":
			gs.hscale = num(0) / 100
		case "TL":
			gs.leading = num(0)
		case "Ts":
			gs.rise = num(0)
		case "TD":
			gs.leading = -num(1)
			fallthrough
		case "Td":
			tlm = translate(num(0), num(1)).times(tlm)
			tm = tlm
		case "Tm":
			tm = mat()
			tlm = tm
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine()
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				gs.wordSpace, gs.charSpace = num(0), num(1)
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				for i := 0; i < args[0].Len(); i++ {
					if x := args[0].Index(i); x.Kind() == pdf.String {
						show(x.RawString())
					} else {
						tm = translate(-x.Float64()/1000*gs.size*gs.hscale, 0).times(tm)
					}
				}
			}
		case "Do":
			if len(args) == 1 && depth < maxFormDepth {
				x := res.Key("XObject").Key(args[0].Name())
				if x.Key("Subtype").Name() != "Form" {
					return
				}
				r.bytes += contentSize(x, maxPageContent)
				if r.draws++; r.draws > maxFormDraws || r.bytes > maxPageContent {
					panic(errPageTooLarge)
				}
				inner := gs
				if m := x.Key("Matrix"); m.Len() == 6 {
					var fm matrix
					for i := range fm {
						fm[i] = m.Index(i).Float64()
					}
					inner.ctm = fm.times(gs.ctm)
				}
				xres := x.Key("Resources")
				if xres.IsNull() {
					xres = res
				}
				r.run(x, xres, inner, depth+1)
			}
		}
	})
}
