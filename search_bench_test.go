package rightsgraph_test

import (
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// longNames are pathological names of 40,000 bytes an editor could store:
// one word, and many words of the length of a real name's words.
var longNames = map[string]string{
	"OneWord":   strings.Repeat("ponomarev", 40_000/9+1)[:40_000],
	"ManyWords": strings.Repeat("ponomarov ", 40_000/10),
}

// BenchmarkMatchLongName measures matching against a 40,000-byte name, with
// a short query and with the whole name (or a near copy) as the query: the
// cost must grow linearly with the name, not with its square.
func BenchmarkMatchLongName(b *testing.B) {
	for shape, name := range longNames {
		nameKey := rightsgraph.NewKey(name)
		for qname, q := range map[string]string{
			"ShortQuery": "Lev Ponomarev",
			"SameQuery":  name,
			// Typos at both ends defeat skipping a common prefix or suffix.
			"NearQuery": "x" + name[1:len(name)-2] + "x",
			// Every word a typo of the name's words.
			"TypoWords": strings.Repeat("ponomaerv ", 40_000/10),
		} {
			b.Run(shape+"/"+qname, func(b *testing.B) {
				key := rightsgraph.NewKey(q)
				b.ReportAllocs()
				for b.Loop() {
					rightsgraph.MatchKey(key, nameKey)
				}
			})
		}
	}
}
