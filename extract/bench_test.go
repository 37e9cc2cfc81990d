package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/seed"
)

// BenchmarkDraft1MB drafts a text of about 1 MB made of the corpus's
// reports, one after another, and reports words a second.
func BenchmarkDraft1MB(b *testing.B) { benchDraft1MB(b, extract.Options{}) }

// BenchmarkDraft1MBRulesOnly is BenchmarkDraft1MB without the learned
// affiliation classifier: the difference is what it costs.
func BenchmarkDraft1MBRulesOnly(b *testing.B) { benchDraft1MB(b, extract.Options{RulesOnly: true}) }

func benchDraft1MB(b *testing.B, opts extract.Options) {
	texts := corpus(b)
	keys := make([]string, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, k := range keys {
			sb.WriteString(texts[k])
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	words := 0
	for b.Loop() {
		r, err := extract.DraftWith(b.Context(), text, nil, opts)
		if err != nil {
			b.Fatal(err)
		}
		words += r.Words
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkDraft1MBProse drafts about 1 MB of prose whose sentences start
// in lower case after one sentence with names: the shape of text that once
// made a single sentence of it all, and the drafter quadratic.
func BenchmarkDraft1MBProse(b *testing.B) {
	text := "Anna Kovaleva, director of the Northern Prisons Watch, spoke of conditions in remand prisons.\n" +
		strings.Repeat("the monitors spoke of the conditions in remand prisons and of the visits they were refused.\n", 11_000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.DraftWith(b.Context(), text, nil, extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDraft drafts any text: no panic; a refusal is EINVALID; every quote
// is the text at its span and found there by Locate; every mention is
// inside the text; and the YAML loads with the loader's parser.
func FuzzDraft(f *testing.F) {
	for _, t := range corpus(f) {
		f.Add(t[:min(len(t), 3000)])
	}
	f.Add(sample)
	f.Add("Anna Petrova, director of the Centre for Prison Reform (CPR), spoke of torture. Petrova said so. The CPR agreed.")
	f.Add("“For Human Rights”, “ ” , (X) Y‘Z’ No. 3 — Правозащитный центр «Мемориал»\n\n\n")
	f.Add("A, B and C, lawyers of the D Foundation, spoke of E; F. G.")
	f.Fuzz(func(t *testing.T, text string) {
		r, err := extract.Draft(t.Context(), text, nil)
		if err != nil {
			if code := rightsgraphCode(err); code != "BAD_USER_INPUT" {
				t.Fatalf("Draft(%q): %v (code %s)", text, err, code)
			}
			return
		}
		CheckSpans(t, r)
		y, err := r.YAML(extract.Meta{Title: "Fuzz"})
		if err != nil {
			t.Fatalf("YAML: %v", err)
		}
		if _, ps := seed.ParseReport(seed.ReportInput{Text: text, Annotation: y}); ps != nil {
			t.Fatalf("the draft of %q does not load:\n%v\n%s", text, ps, y)
		}
	})
}
