package nameindex

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// skipDepth is how many leading code points sortedSkips answers for: a
// walk of withinEdits prunes most prefixes within edits+1 ≤ 3 of them.
const skipDepth = 3

// sortedSkips says, for each string of a sorted list and each d ≤
// skipDepth, where the strings that share its first d code points end,
// and how many such groups there are; and for each string how many bytes
// it shares with the next (see past).
type sortedSkips struct {
	end    [skipDepth][]int32
	groups [skipDepth]int
	// common[i] is the length of the common byte prefix of strings i and
	// i+1, at most maxCommon.
	common []uint16
	// valid is whether every string is valid UTF-8, so that a common
	// byte prefix is the same code points in both strings.
	valid bool
}

// maxCommon caps sortedSkips.common: a longer prefix is read from the
// strings themselves.
const maxCommon = 1<<16 - 1

// newSortedSkips computes the skips of the sorted list of n strings.
func newSortedSkips(n int, at func(i int) string) sortedSkips {
	var sk sortedSkips
	for d := range skipDepth {
		sk.end[d] = make([]int32, n)
	}
	sk.common = make([]uint16, max(n-1, 0))
	sk.valid = true
	for i := n - 1; i >= 0; i-- {
		s := at(i)
		sk.valid = sk.valid && utf8.ValidString(s)
		if i+1 < n {
			sk.common[i] = uint16(min(commonPrefix(s, at(i+1)), maxCommon))
		}
		for d := range skipDepth {
			if i+1 < n && sharesRunes(s, at(i+1), d+1) {
				sk.end[d][i] = sk.end[d][i+1]
			} else {
				sk.end[d][i] = int32(i + 1)
				sk.groups[d]++
			}
		}
	}
	return sk
}

// sharesRunes reports whether a and b have the same first d code points
// (both having at least d).
func sharesRunes(a, b string, d int) bool {
	for range d {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if na == 0 || nb == 0 || ra != rb || na != nb {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return true
}

// withinEdits calls found with the position of every string of a sorted
// list whose Levenshtein distance (over code points) from q is at most
// edits (1 or more). The list is walked as the trie it spells: a prefix
// shared with the string before costs nothing, and once a prefix is more
// than edits away from every start of q, the strings that share it are
// skipped, at once for a short prefix (sk) and with a binary search for a
// longer one. Only the diagonal band of the edit matrix that can hold
// such a distance is computed, so the cost grows with the prefixes close
// to q, not with the size of the list.
func withinEdits(n int, at func(i int) string, sk *sortedSkips, q string, edits int, found func(i int)) {
	qr := []rune(q)
	m, width, far := len(qr), 2*edits+1, edits+1
	// rows[d*width+b] is the distance between the path's first d code
	// points and q's first d-edits+b; path holds those code points.
	rows := make([]int, width, width*(m+edits+2))
	for b := range width {
		if j := b - edits; j >= 0 {
			rows[b] = j
		} else {
			rows[b] = far
		}
	}
	var path []rune
	// ends[d] is where the path's first d code points end in the string
	// they were read from, the one before string i in the list.
	ends := []int{0}
	for i := 0; i < n; {
		s := at(i)
		d, pos := 0, 0 // code points of s read, and their bytes
		if sk.valid && i > 0 {
			// The strings from the path's own to i-1 share the path
			// (the walk skips only strings that do), so s shares with
			// the path's string the bytes it shares with string i-1:
			// the path's code points that end within those are s's
			// too, found without reading s, whose bytes are rarely in
			// the cache.
			shared := int(sk.common[i-1])
			for d < len(path) && ends[d+1] <= shared {
				d++
			}
			pos = ends[d]
		} else {
			for pos < len(s) && d < len(path) {
				r, size := utf8.DecodeRuneInString(s[pos:])
				if r != path[d] {
					break
				}
				d, pos = d+1, pos+size
			}
		}
		path, rows, ends = path[:d], rows[:(d+1)*width], ends[:d+1]
		pruned := false
		for pos < len(s) {
			r, size := utf8.DecodeRuneInString(s[pos:])
			pos += size
			prev := rows[d*width:]
			d++
			least := far
			for b := range width {
				j := d - edits + b
				v := far
				switch {
				case j < 0 || j > m:
				case j == 0:
					v = min(d, far)
				default:
					v = prev[b] // q's j-th code point against r
					if r != qr[j-1] {
						v++
					}
					if b+1 < width {
						v = min(v, prev[b+1]+1)
					}
					if b > 0 {
						v = min(v, rows[len(rows)-1]+1)
					}
					v = min(v, far)
				}
				rows = append(rows, v)
				least = min(least, v)
			}
			path, ends = append(path, r), append(ends, pos)
			if least > edits {
				// No string that starts so can be close enough.
				if d <= skipDepth {
					i = int(sk.end[d-1][i])
				} else {
					i = sk.past(n, at, i, s[:pos])
				}
				pruned = true
				break
			}
		}
		if pruned {
			continue
		}
		if b := m - d + edits; b >= 0 && b < width && rows[d*width+b] <= edits {
			found(i)
		}
		i++
	}
}

// commonPrefix returns the length of the common byte prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// past returns the position of the first string after i that does not
// start with prefix, as string i does: the first whose common prefix
// with the string before it is shorter. It reads the small common
// lengths one after another rather than the strings, which lie all over
// memory: the walk of withinEdits only moves forward, so that all its
// calls read each length at most once, where pastPrefix's comparisons
// were most of a search's time.
func (sk *sortedSkips) past(n int, at func(i int) string, i int, prefix string) int {
	if len(prefix) >= maxCommon {
		return pastPrefix(n, at, i, prefix)
	}
	for ; i < n-1; i++ {
		if int(sk.common[i]) < len(prefix) {
			break
		}
	}
	return i + 1
}

// pastPrefix returns the position of the first string after i that does
// not start with prefix, as string i does. It gallops: the strings that
// share a long prefix are usually few, so it looks near i first.
func pastPrefix(n int, at func(i int) string, i int, prefix string) int {
	past := func(k int) bool { return !strings.HasPrefix(at(k), prefix) }
	lo, step := i, 1 // at(lo) starts with prefix
	for lo+step < n && !past(lo+step) {
		lo, step = lo+step, 2*step
	}
	hi := min(lo+step, n) // past(hi), or the end
	return lo + 1 + sort.Search(hi-lo-1, func(k int) bool { return past(lo + 1 + k) })
}

// walkCost is what withinEdits costs per group of strings that share
// their first edits+1 code points (which it visits and mostly prunes),
// counted in strings that gramIndex.near reads instead: measured with
// BenchmarkSearch.
const walkCost = 8

// nearSorted calls found with the position of every string of a sorted
// list that can be within edits of q (some that are not, too), by
// whichever of the bigram index and the walk of the list reads less.
func nearSorted(g *gramIndex, n int, at func(i int) string, sk *sortedSkips, q string, edits int, found func(i int)) {
	if ids, ok := g.near(q, edits, walkCost*sk.groups[min(edits, skipDepth-1)]); ok {
		for _, id := range ids {
			found(int(id))
		}
		return
	}
	withinEdits(n, at, sk, q, edits, found)
}
