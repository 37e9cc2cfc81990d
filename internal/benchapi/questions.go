package benchapi

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// Question is one of the four questions every target answers.
type Question int

// The questions, as analysts and visualisation tools ask them.
const (
	// Q1 is an entity with its relations and their other ends.
	Q1 Question = iota + 1
	// Q2 is the 2-hop neighbourhood of an entity.
	Q2
	// Q3 is a name search with 10 hits.
	Q3
	// Q4 is a page of 50 persons ordered by name after a cursor, with what
	// they lead.
	Q4
)

// Questions lists every question in order.
var Questions = []Question{Q1, Q2, Q3, Q4}

func (q Question) String() string {
	return [...]string{"?", "Q1 entity+relations", "Q2 2-hop neighbourhood", "Q3 name search", "Q4 persons page"}[q]
}

// Param is one parameter value of a question: an entity id (Q1, Q2), a
// name phrase and the entity it names (Q3), or the person a page starts
// after (Q4, as a rightsgraph cursor and as its sort key and id).
type Param struct {
	ID     string
	Kind   rightsgraph.Kind
	Phrase string
	Cursor string
	Key    string
}

// Answer is an answer normalised for comparison. Common is compared across
// every target; Own only between rightsgraph's two stores, for what the
// other targets cannot express with the same semantics (search ranking).
type Answer struct {
	Common string
	Own    string
}

// The default bounds of the 2-hop neighbourhoods Q2 draws.
const defaultMinNeighbourhood, defaultMaxNeighbourhood = 100, 150

// pageSize is Q4's page.
const pageSize = 50

// drawParams draws n parameter values per question from the graph,
// reproducibly. Q2 takes entities whose 2-hop neighbourhood holds between
// minNeighbourhood and maxNeighbourhood nodes; Q4 starts at least a page before the last person.
func drawParams(g *graphIndex, n, minNeighbourhood, maxNeighbourhood int, seed uint64) (map[Question][]Param, error) {
	rng := rand.New(rand.NewPCG(seed, 7))
	out := map[Question][]Param{}
	ids := g.ids
	for range n {
		id := ids[rng.IntN(len(ids))]
		out[Q1] = append(out[Q1], Param{ID: id, Kind: g.entities[id].Kind})
	}
	for tries := 0; len(out[Q2]) < n; tries++ {
		if tries > 100*n {
			return nil, fmt.Errorf("found only %d entities with a 2-hop neighbourhood of %d–%d nodes", len(out[Q2]), minNeighbourhood, maxNeighbourhood)
		}
		id := ids[rng.IntN(len(ids))]
		if size := len(g.neighbourhood(id, 2)); size >= minNeighbourhood && size <= maxNeighbourhood {
			out[Q2] = append(out[Q2], Param{ID: id, Kind: g.entities[id].Kind})
		}
	}
	for len(out[Q3]) < n {
		e := g.entities[g.synthetic[rng.IntN(len(g.synthetic))]]
		out[Q3] = append(out[Q3], Param{ID: e.ID, Phrase: e.Name})
	}
	persons := g.persons
	if len(persons) <= pageSize {
		return nil, fmt.Errorf("only %d persons: Q4 needs more than a page", len(persons))
	}
	for range n {
		p := persons[rng.IntN(len(persons)-pageSize)]
		out[Q4] = append(out[Q4], Param{
			ID: p.ID, Cursor: rightsgraph.EncodeCursor(p, rightsgraph.OrderByName), Key: rightsgraph.SortKey(p, rightsgraph.OrderByName),
		})
	}
	return out, nil
}

// graphIndex is the loaded graph as the harness sees it, to draw
// parameters from.
type graphIndex struct {
	entities  map[string]*rightsgraph.Entity
	ids       []string // every entity id, sorted
	synthetic []string // ids of the synthetic entities
	persons   []*rightsgraph.Entity
	adj       map[string][]string
}

// newGraphIndex reads the whole graph of a store (the embedded one: it
// holds what Neo4j holds).
func newGraphIndex(ctx context.Context, s rightsgraph.Store, synthetic map[string]bool) (*graphIndex, error) {
	g := &graphIndex{entities: map[string]*rightsgraph.Entity{}, adj: map[string][]string{}}
	err := s.EachEntity(ctx, func(e *rightsgraph.Entity) error {
		g.entities[e.ID] = e
		g.ids = append(g.ids, e.ID)
		if synthetic[e.ID] && e.Kind != rightsgraph.KindReport {
			g.synthetic = append(g.synthetic, e.ID)
		}
		if e.Kind == rightsgraph.KindPerson {
			g.persons = append(g.persons, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = s.EachRelation(ctx, func(r *rightsgraph.Relation) error {
		g.adj[r.From] = append(g.adj[r.From], r.To)
		g.adj[r.To] = append(g.adj[r.To], r.From)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rightsgraph.SortEntities(g.persons, rightsgraph.OrderByName, false)
	return g, nil
}

// neighbourhood returns the ids within depth relations of id.
func (g *graphIndex) neighbourhood(id string, depth int) map[string]bool {
	seen := map[string]bool{id: true}
	frontier := []string{id}
	for range depth {
		var next []string
		for _, x := range frontier {
			for _, y := range g.adj[x] {
				if !seen[y] {
					seen[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	return seen
}

// relLine is one relation of Q1's answer.
func relLine(id, typ, other, name string) string {
	return id + "\t" + typ + "\t" + other + "\t" + name
}

// q1Answer normalises Q1: the entity, then its relations as a sorted set.
func q1Answer(id, name string, rels []string) Answer {
	slices.Sort(rels)
	s := id + "\t" + name + "\n" + strings.Join(slices.Compact(rels), "\n")
	return Answer{Common: s, Own: s}
}

// idSet normalises a set of ids (Q2).
func idSet(ids []string) Answer {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	s := strings.Join(slices.Compact(ids), " ")
	return Answer{Common: s, Own: s}
}

// q3Answer normalises a search: the top hit is compared everywhere (the
// exact name asked for must come first), the ranked list only between
// rightsgraph's stores, since the others rank by Lucene's score.
func q3Answer(ids []string) Answer {
	top := ""
	if len(ids) > 0 {
		top = ids[0]
	}
	return Answer{Common: top, Own: strings.Join(ids, " ")}
}

// pageLine is one person of Q4's answer: the person, then what they lead.
func pageLine(id string, leads []string) string {
	slices.Sort(leads)
	return id + ":" + strings.Join(slices.Compact(leads), ",")
}

// q4Answer normalises Q4: the ordered list of persons with what they lead.
func q4Answer(lines []string) Answer {
	s := strings.Join(lines, "\n")
	return Answer{Common: s, Own: s}
}
