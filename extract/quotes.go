package extract

import (
	"slices"
	"strings"
)

// window is the length of the prefix by which quotes are found in the text:
// one pass of a rolling hash over the text finds every occurrence of every
// quote at least this long, so that counting occurrences costs about the
// length of the text, not the text times the number of quotes.
const window = 16

// occurrences returns, for each quote given by its byte span in text, how
// many times its text occurs in text and which of those (1-based) is the one
// at its span, counting overlapping occurrences as rightsgraph.Locate does.
func occurrences(text string, spans [][2]int) (counts, nth []int) {
	counts, nth = make([]int, len(spans)), make([]int, len(spans))
	type group = qgroup
	groups := map[string]*group{}
	var order []*group
	for i, sp := range spans {
		q := text[sp[0]:sp[1]]
		g := groups[q]
		if g == nil {
			g = &group{quote: q}
			groups[q] = g
			order = append(order, g)
		}
		g.starts, g.idx = append(g.starts, sp[0]), append(g.idx, i)
	}
	const base = 1099511628211
	var pow uint64 = 1
	for range window - 1 {
		pow *= base
	}
	hash := func(s string) uint64 {
		var h uint64
		for i := 0; i < window; i++ {
			h = h*base + uint64(s[i])
		}
		return h
	}
	byHash := map[uint64][]*group{}
	var filter [1 << 14]uint64 // a bit per hash bucket: most positions end here
	for _, g := range order {
		if len(g.quote) < window {
			// Short quotes are rare (the drafter lengthens them): count directly.
			for at := 0; ; {
				i := strings.Index(text[at:], g.quote)
				if i < 0 {
					break
				}
				g.see(at + i)
				at += i + 1
			}
			continue
		}
		h := hash(g.quote)
		byHash[h] = append(byHash[h], g)
		filter[(h>>50)&(1<<14-1)] |= 1 << (h & 63)
	}
	if len(byHash) > 0 && len(text) >= window {
		h := hash(text)
		for p := 0; ; p++ {
			if filter[(h>>50)&(1<<14-1)]&(1<<(h&63)) != 0 {
				for _, g := range byHash[h] {
					if strings.HasPrefix(text[p:], g.quote) {
						g.see(p)
					}
				}
			}
			if p+window >= len(text) {
				break
			}
			h = (h-uint64(text[p])*pow)*base + uint64(text[p+window])
		}
	}
	for _, g := range order {
		for k, i := range g.idx {
			before, _ := slices.BinarySearch(g.occ, g.starts[k])
			counts[i], nth[i] = len(g.occ), before+1
		}
	}
	return counts, nth
}

// qgroup is one quote text and the spans that quote it.
type qgroup struct {
	quote  string
	starts []int // the spans' starts
	idx    []int // the spans' indexes
	occ    []int // where the quote occurs, in order
}

// see records an occurrence of the group's quote at byte p.
func (g *qgroup) see(p int) { g.occ = append(g.occ, p) }
