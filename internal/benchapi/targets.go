package benchapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/neo4jstore"
)

// Target answers the questions: rightsgraph over either store, the peer,
// or raw Cypher.
type Target interface {
	Name() string
	Ask(ctx context.Context, q Question, p Param) (Answer, error)
}

// gqlClient posts GraphQL requests to one endpoint.
type gqlClient struct {
	url    string
	client *http.Client
}

// post sends a query and decodes its data into out; GraphQL errors are
// errors.
func (c *gqlClient) post(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if len(env.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", env.Errors[0].Message)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	return json.Unmarshal(env.Data, out)
}

// rightsgraphTarget asks rightsgraph's GraphQL API.
type rightsgraphTarget struct {
	name string
	gqlClient
}

func (t *rightsgraphTarget) Name() string { return t.name }

const (
	rgQ1 = `query($id: ID!) { entity(id: $id) { id name relations { id type other { id name } } } }`
	rgQ2 = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 1000) { truncated nodes { id } } }`
	rgQ3 = `query($q: String!) { search(query: $q, first: 10) { entity { id } } }`
	rgQ4 = `query($after: String) { persons(first: 50, after: $after, orderBy: {field: NAME}) { nodes { id leads { other { id } } } } }`
)

type idName struct{ ID, Name string }

func (t *rightsgraphTarget) Ask(ctx context.Context, q Question, p Param) (Answer, error) {
	switch q {
	case Q1:
		var d struct {
			Entity *struct {
				ID, Name  string
				Relations []struct {
					ID, Type string
					Other    idName
				}
			}
		}
		if err := t.post(ctx, rgQ1, map[string]any{"id": p.ID}, &d); err != nil {
			return Answer{}, err
		}
		if d.Entity == nil {
			return Answer{}, fmt.Errorf("no entity %s", p.ID)
		}
		var rels []string
		for _, r := range d.Entity.Relations {
			rels = append(rels, relLine(r.ID, r.Type, r.Other.ID, r.Other.Name))
		}
		return q1Answer(d.Entity.ID, d.Entity.Name, rels), nil
	case Q2:
		var d struct {
			Neighbourhood struct {
				Truncated bool
				Nodes     []struct{ ID string }
			}
		}
		if err := t.post(ctx, rgQ2, map[string]any{"id": p.ID}, &d); err != nil {
			return Answer{}, err
		}
		if d.Neighbourhood.Truncated {
			return Answer{}, fmt.Errorf("neighbourhood of %s truncated", p.ID)
		}
		ids := make([]string, len(d.Neighbourhood.Nodes))
		for i, n := range d.Neighbourhood.Nodes {
			ids[i] = n.ID
		}
		return idSet(ids), nil
	case Q3:
		var d struct {
			Search []struct{ Entity struct{ ID string } }
		}
		if err := t.post(ctx, rgQ3, map[string]any{"q": p.Phrase}, &d); err != nil {
			return Answer{}, err
		}
		ids := make([]string, len(d.Search))
		for i, h := range d.Search {
			ids[i] = h.Entity.ID
		}
		return q3Answer(ids), nil
	case Q4:
		var d struct {
			Persons struct {
				Nodes []struct {
					ID    string
					Leads []struct{ Other struct{ ID string } }
				}
			}
		}
		if err := t.post(ctx, rgQ4, map[string]any{"after": p.Cursor}, &d); err != nil {
			return Answer{}, err
		}
		lines := make([]string, len(d.Persons.Nodes))
		for i, n := range d.Persons.Nodes {
			var leads []string
			for _, l := range n.Leads {
				leads = append(leads, l.Other.ID)
			}
			lines[i] = pageLine(n.ID, leads)
		}
		return q4Answer(lines), nil
	}
	return Answer{}, fmt.Errorf("unknown question %d", q)
}

// cypherTarget asks Neo4j directly through the Go driver: the floor.
type cypherTarget struct {
	driver   neo4j.DriverWithContext
	database string
}

func (t *cypherTarget) Name() string { return "raw Cypher" }

// The raw Cypher of each question: what a hand-written client would send.
const (
	cyQ1 = `MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
RETURN n.id AS id, n.name AS name, collect([r.id, type(r), m.id, m.name]) AS rels`
	cyQ2 = `MATCH (n:Entity {id: $id})-[*0..2]-(m:Entity)
RETURN collect(DISTINCT m.id) AS ids`
	cyQ3 = `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
RETURN node.id AS id ORDER BY score DESC LIMIT 10`
	// Q4 pages by the sortName property (the name's sort key and the id
	// in one string, with a range index per kind), as a client that knows
	// the database's indexes would: a condition on nameKey and id is read
	// from no index of the Person label, so Neo4j scans every person.
	cyQ4 = `MATCH (p:Person)
WHERE p.sortName > $after
WITH p ORDER BY p.sortName LIMIT 50
OPTIONAL MATCH (p)-[:LEADS]->(o:Entity)
WITH p, collect(o.id) AS leads ORDER BY p.sortName
RETURN p.id AS id, leads`
)

func (t *cypherTarget) query(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, t.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(t.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

func (t *cypherTarget) Ask(ctx context.Context, q Question, p Param) (Answer, error) {
	switch q {
	case Q1:
		recs, err := t.query(ctx, cyQ1, map[string]any{"id": p.ID})
		if err != nil {
			return Answer{}, err
		}
		if len(recs) == 0 {
			return Answer{}, fmt.Errorf("no entity %s", p.ID)
		}
		id, _, _ := neo4j.GetRecordValue[string](recs[0], "id")
		name, _, _ := neo4j.GetRecordValue[string](recs[0], "name")
		raw, _, err := neo4j.GetRecordValue[[]any](recs[0], "rels")
		if err != nil {
			return Answer{}, err
		}
		var rels []string
		for _, x := range raw {
			row := x.([]any)
			if row[0] == nil {
				continue // OPTIONAL MATCH found nothing
			}
			rels = append(rels, relLine(row[0].(string), row[1].(string), row[2].(string), row[3].(string)))
		}
		return q1Answer(id, name, rels), nil
	case Q2:
		recs, err := t.query(ctx, cyQ2, map[string]any{"id": p.ID})
		if err != nil {
			return Answer{}, err
		}
		if len(recs) == 0 {
			return Answer{}, fmt.Errorf("no entity %s", p.ID)
		}
		raw, _, err := neo4j.GetRecordValue[[]any](recs[0], "ids")
		if err != nil {
			return Answer{}, err
		}
		return idSet(strs(raw)), nil
	case Q3:
		recs, err := t.query(ctx, cyQ3, map[string]any{"index": peerSearchIndex, "q": p.Phrase})
		if err != nil {
			return Answer{}, err
		}
		ids := make([]string, len(recs))
		for i, r := range recs {
			ids[i], _, _ = neo4j.GetRecordValue[string](r, "id")
		}
		return q3Answer(ids), nil
	case Q4:
		recs, err := t.query(ctx, cyQ4, map[string]any{"after": neo4jstore.SortName(p.Key, p.ID)})
		if err != nil {
			return Answer{}, err
		}
		lines := make([]string, len(recs))
		for i, r := range recs {
			id, _, _ := neo4j.GetRecordValue[string](r, "id")
			leads, _, _ := neo4j.GetRecordValue[[]any](r, "leads")
			lines[i] = pageLine(id, strs(leads))
		}
		return q4Answer(lines), nil
	}
	return Answer{}, fmt.Errorf("unknown question %d", q)
}

func strs(xs []any) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// peerTarget asks @neo4j/graphql, in its own phrasing: for Q1 the client
// knows an entity's kind from its id, and so which type and relationship
// fields to ask; Q2 nests the neighbours field twice.
type peerTarget struct {
	gqlClient
	q1 map[rightsgraph.Kind]string
}

func newPeerTarget(c gqlClient) *peerTarget {
	t := &peerTarget{gqlClient: c, q1: map[rightsgraph.Kind]string{}}
	for _, k := range rightsgraph.Kinds {
		var b strings.Builder
		fmt.Fprintf(&b, "query($id: ID!) { %s(where: {id: {eq: $id}}) { id name", plural(k))
		for _, f := range relFields(k) {
			fmt.Fprintf(&b, " %sConnection { edges { properties { id } node { id name } } }", f.Name)
		}
		b.WriteString(" } }")
		t.q1[k] = b.String()
	}
	return t
}

func (t *peerTarget) Name() string { return "@neo4j/graphql" }

const (
	peerQ2 = `query($id: ID!) { anyEntities(where: {id: {eq: $id}}) { id neighbours { id neighbours { id } } } }`
	peerQ3 = `query($q: String!) { searchEntities(phrase: $q, first: 10) { edges { score node { id } } } }`
	peerQ4 = `query($key: String!, $id: ID!) { persons(where: {OR: [{nameKey: {gt: $key}}, {nameKey: {eq: $key}, id: {gt: $id}}]},
  sort: [{nameKey: ASC}, {id: ASC}], limit: 50) { id out_LEADS { id } } }`
)

func (t *peerTarget) Ask(ctx context.Context, q Question, p Param) (Answer, error) {
	switch q {
	case Q1:
		var d map[string][]map[string]any
		if err := t.post(ctx, t.q1[p.Kind], map[string]any{"id": p.ID}, &d); err != nil {
			return Answer{}, err
		}
		found := d[plural(p.Kind)]
		if len(found) != 1 {
			return Answer{}, fmt.Errorf("%d entities with id %s", len(found), p.ID)
		}
		e := found[0]
		var rels []string
		for _, f := range relFields(p.Kind) {
			conn, _ := e[f.Name+"Connection"].(map[string]any)
			edges, _ := conn["edges"].([]any)
			for _, x := range edges {
				edge := x.(map[string]any)
				props, _ := edge["properties"].(map[string]any)
				node, _ := edge["node"].(map[string]any)
				id, _ := props["id"].(string)
				other, _ := node["id"].(string)
				name, _ := node["name"].(string)
				rels = append(rels, relLine(id, string(f.Type), other, name))
			}
		}
		id, _ := e["id"].(string)
		name, _ := e["name"].(string)
		return q1Answer(id, name, rels), nil
	case Q2:
		var d map[string][]map[string]any
		if err := t.post(ctx, peerQ2, map[string]any{"id": p.ID}, &d); err != nil {
			return Answer{}, err
		}
		found := d["anyEntities"]
		if len(found) != 1 {
			return Answer{}, fmt.Errorf("%d entities with id %s", len(found), p.ID)
		}
		var ids []string
		collectIDs(found[0], &ids)
		return idSet(ids), nil
	case Q3:
		type hit struct {
			Score float64
			Node  struct{ ID string }
		}
		var d struct {
			SearchEntities struct{ Edges []hit }
		}
		if err := t.post(ctx, peerQ3, map[string]any{"q": p.Phrase}, &d); err != nil {
			return Answer{}, err
		}
		hits := d.SearchEntities.Edges
		slices.SortStableFunc(hits, func(a, b hit) int { return -cmpFloat(a.Score, b.Score) })
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.Node.ID
		}
		return q3Answer(ids), nil
	case Q4:
		var d struct {
			Persons []struct {
				ID       string
				OutLEADS []struct{ ID string } `json:"out_LEADS"`
			}
		}
		if err := t.post(ctx, peerQ4, map[string]any{"key": p.Key, "id": p.ID}, &d); err != nil {
			return Answer{}, err
		}
		lines := make([]string, len(d.Persons))
		for i, n := range d.Persons {
			var leads []string
			for _, l := range n.OutLEADS {
				leads = append(leads, l.ID)
			}
			lines[i] = pageLine(n.ID, leads)
		}
		return q4Answer(lines), nil
	}
	return Answer{}, fmt.Errorf("unknown question %d", q)
}

// collectIDs gathers every id in a nested selection.
func collectIDs(v any, ids *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "id" {
				*ids = append(*ids, s)
			} else {
				collectIDs(x, ids)
			}
		}
	case []any:
		for _, x := range v {
			collectIDs(x, ids)
		}
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
