package analysis

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Measure names a centrality measure.
type Measure string

// The centrality measures.
const (
	Degree      Measure = "DEGREE"
	PageRank    Measure = "PAGERANK"
	Betweenness Measure = "BETWEENNESS"
)

// exactBetweennessNodes is the largest graph whose betweenness is exact
// (gonum's Brandes, O(nodes × edges)); larger graphs are sampled.
const exactBetweennessNodes = 5000

// betweennessSamples is how many source nodes a sampled betweenness uses.
const betweennessSamples = 128

// degree counts each entity's relations.
func (s *Snapshot) degree() map[string]float64 {
	out := make(map[string]float64, len(s.IDs))
	for _, id := range s.IDs {
		out[id] = float64(len(s.relations[id]))
	}
	return out
}

// pageRank ranks entities by PageRank over relations taken both ways:
// whether someone leads or is led, they are connected.
func (s *Snapshot) pageRank() map[string]float64 {
	if len(s.IDs) == 0 {
		return map[string]float64{} // gonum's matrices cannot be empty
	}
	d := simple.NewDirectedGraph()
	for i := range s.IDs {
		d.AddNode(simple.Node(i))
	}
	edges := s.undirected.Edges()
	for edges.Next() {
		e := edges.Edge()
		d.SetEdge(simple.Edge{F: e.From(), T: e.To()})
		d.SetEdge(simple.Edge{F: e.To(), T: e.From()})
	}
	// gonum sums in map order, so the last bits vary from run to run:
	// converge further than shown, then round, for the same answer each time.
	scores := s.byID(network.PageRankSparse(orderedDirected{d}, 0.85, 1e-12))
	for id, v := range scores {
		scores[id] = math.Round(v*1e9) / 1e9
	}
	return scores
}

// betweenness is exact on graphs up to exactBetweennessNodes, and an
// estimate from betweennessSamples evenly spread sources above that.
func (s *Snapshot) betweenness() map[string]float64 {
	if len(s.IDs) <= exactBetweennessNodes {
		return s.byID(network.Betweenness(ordered{s.undirected}))
	}
	return s.byID(sampledBetweenness(s.undirected, len(s.IDs), betweennessSamples))
}

// louvainNodes is the largest graph whose communities come from gonum's
// Louvain modularity optimisation (13 s at 20,000 entities and 100,000
// relations on two cores); larger graphs use label propagation, which is
// linear in the relations.
const louvainNodes = 10_000

// communities finds communities, over nodes in id order and with a fixed
// random source, so that the same graph gives the same communities: with
// Louvain modularity optimisation, or label propagation on large graphs.
// They come largest first, ties by their first member.
func (s *Snapshot) communities() [][]string {
	var groups [][]int64
	if len(s.IDs) <= louvainNodes {
		reduced := community.Modularize(ordered{s.undirected}, 1, rand.NewPCG(1, 2))
		for _, c := range reduced.Communities() {
			ids := make([]int64, len(c))
			for i, n := range c {
				ids[i] = n.ID()
			}
			groups = append(groups, ids)
		}
	} else {
		groups = labelPropagation(s.undirected, len(s.IDs))
	}
	var out [][]string
	for _, c := range groups {
		members := make([]string, len(c))
		for i, n := range c {
			members[i] = s.IDs[n]
		}
		slices.Sort(members)
		out = append(out, members)
	}
	slices.SortFunc(out, func(a, b []string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return compareStrings(a[0], b[0])
	})
	return out
}

func (s *Snapshot) byID(scores map[int64]float64) map[string]float64 {
	out := make(map[string]float64, len(scores))
	for n, v := range scores {
		out[s.IDs[n]] = v
	}
	return out
}

// labelPropagation finds communities by label propagation (Raghavan et
// al., 2007): each node, in id order, takes the label most of its
// neighbours carry (the smallest on a tie), until no label changes or 50
// rounds have passed. Every node ends in exactly one community.
func labelPropagation(g graph.Undirected, n int) [][]int64 {
	adj := make([][]int32, n)
	for i := range n {
		for _, m := range graph.NodesOf(g.From(int64(i))) {
			adj[i] = append(adj[i], int32(m.ID()))
		}
	}
	label := make([]int32, n)
	for i := range label {
		label[i] = int32(i)
	}
	count := map[int32]int{}
	for round := 0; round < 50; round++ {
		changed := false
		for v := range n {
			if len(adj[v]) == 0 {
				continue
			}
			clear(count)
			best, bestCount := label[v], 0
			for _, w := range adj[v] {
				l := label[w]
				count[l]++
				if c := count[l]; c > bestCount || (c == bestCount && l < best) {
					best, bestCount = l, c
				}
			}
			if best != label[v] {
				label[v], changed = best, true
			}
		}
		if !changed {
			break
		}
	}
	byLabel := map[int32][]int64{}
	for v, l := range label {
		byLabel[l] = append(byLabel[l], int64(v))
	}
	out := make([][]int64, 0, len(byLabel))
	for _, members := range byLabel {
		out = append(out, members)
	}
	return out
}

// sampledBetweenness estimates betweenness with Brandes' accumulation from
// k sources spread evenly over the node ids, scaled up by n/k (Brandes and
// Pich, 2007), so that scores compare with network.Betweenness's, which
// sum over every ordered pair of ends.
func sampledBetweenness(g graph.Undirected, n, k int) map[int64]float64 {
	adj := make([][]int32, n)
	for i := range n {
		for _, m := range graph.NodesOf(g.From(int64(i))) {
			adj[i] = append(adj[i], int32(m.ID()))
		}
	}
	score := make([]float64, n)
	sigma := make([]float64, n)
	dist := make([]int32, n)
	delta := make([]float64, n)
	order := make([]int32, 0, n)
	queue := make([]int32, 0, n)
	step := max(n/k, 1)
	sources := 0
	for s := 0; s < n; s += step {
		sources++
		for i := range n {
			sigma[i], dist[i], delta[i] = 0, -1, 0
		}
		sigma[s], dist[s] = 1, 0
		order, queue = order[:0], append(queue[:0], int32(s))
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			order = append(order, v)
			for _, w := range adj[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		for i := len(order) - 1; i >= 0; i-- {
			w := order[i]
			for _, v := range adj[w] {
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
				}
			}
			if int(w) != s {
				score[w] += delta[w]
			}
		}
	}
	scale := float64(n) / float64(sources)
	out := make(map[int64]float64, n)
	for i, v := range score {
		if v > 0 {
			out[int64(i)] = v * scale
		}
	}
	return out
}
