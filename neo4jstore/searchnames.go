package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/internal/nameindex"
)

// A search on Neo4j asks the store's process, not Lucene, which entities
// can match: the store keeps a copy of every entity's names and kind as
// they were at one revision (names), with the embedded store's name index
// over them (nameindex), and reads from Neo4j only the entities that can
// rank, in one round trip that also reads the revision. When the revision
// read is the copy's, no change committed between the copy's read and the
// hits' (every change increments the revision before it commits), so the
// candidates are those of the graph the hits were read from, and the
// answer is the one the full-text index would have given; when it is not,
// the copy is read again (or, while another search reads it, the search
// narrows with the full-text index as before: see searchIndexed).
//
// A revision is the meta node's sequence number with the time of the
// change that set it (its audit entry): a database emptied and loaded
// again, in this process or another, can reach the same sequence number,
// not at the same instant.

// names is every entity's names and kind at revision rev.
type names struct {
	rev   revision
	ids   []string
	kinds []rightsgraph.Kind
	keys  [][]rightsgraph.Key // each entity's name's, then its aliases'
	idx   *nameindex.Index
}

// revision identifies a state of the graph (see above).
type revision struct {
	seq int64
	at  string
}

// searchCache holds the store's copy of the names, read again by one
// search at a time.
type searchCache struct {
	cur     atomic.Pointer[names]
	reading sync.Mutex
}

const (
	// qNamesRevision reads the revision; qAllNames, in the same
	// transaction and after it, every entity's names.
	qNamesRevision = `OPTIONAL MATCH (m:RightsgraphMeta {id: 'meta'})
WITH coalesce(m.seq, 0) AS seq
OPTIONAL MATCH (a:AuditEntry {seq: seq})
RETURN seq, coalesce(a.at, '') AS at`

	qAllNames = `MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases`

	// qSearchHitsAt reads the revision, then the entities of $ids whole,
	// with the weights of equal scores (as qSearchHits): one row per id
	// found, or a single row with found false when none is.
	qSearchHitsAt = `OPTIONAL MATCH (liveMeta:RightsgraphMeta {id: 'meta'})
WITH coalesce(liveMeta.loads, []) AS live, coalesce(liveMeta.seq, 0) AS seq
OPTIONAL MATCH (audit:AuditEntry {seq: seq})
WITH live, seq, coalesce(audit.at, '') AS at
UNWIND CASE WHEN size($ids) = 0 THEN [null] ELSE $ids END AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n, live) {
  OPTIONAL MATCH (n)-[r]-()
  WHERE (r.staged IS NULL OR r.staged IN live) AND (r.replacedBy IS NULL OR NOT r.replacedBy IN live)
  WITH DISTINCT r
  RETURN count(r) AS relations, coalesce(sum(size(r.evReports)), 0) AS evidence
}
RETURN seq, at, n IS NOT NULL AS found, ` + entityColumns + `, relations, evidence`
)

// readNames reads the revision, then every entity's names, in one
// transaction. Neo4j reads committed data, not a snapshot, so the names
// may hold changes committed after the revision was read: such a copy is
// never used, for every search then reads a later revision.
func (s *Store) readNames(ctx context.Context) (*names, error) {
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	c, err := neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (*names, error) {
		c := &names{}
		recs, err := run(ctx, tx, qNamesRevision, nil)
		if err != nil {
			return nil, err
		}
		if c.rev, err = revisionOf(recs[0]); err != nil {
			return nil, err
		}
		err = each(ctx, tx, qAllNames, func(rec *neo4j.Record) error {
			get := func(k string) any { v, _ := rec.Get(k); return v }
			name, aliases := str(get("name")), strs(get("aliases"))
			keys := make([]rightsgraph.Key, 0, 1+len(aliases))
			keys = append(keys, rightsgraph.NewKey(name))
			for _, a := range aliases {
				keys = append(keys, rightsgraph.NewKey(a))
			}
			c.ids = append(c.ids, str(get("id")))
			c.kinds = append(c.kinds, rightsgraph.Kind(str(get("kind"))))
			c.keys = append(c.keys, keys)
			return nil
		})
		return c, err
	})
	if err != nil {
		return nil, mapError(err)
	}
	c.idx = nameindex.Build(len(c.ids), func(i int) []rightsgraph.Key { return c.keys[i] })
	return c, nil
}

func revisionOf(rec *neo4j.Record) (revision, error) {
	seq, _, err := neo4j.GetRecordValue[int64](rec, "seq")
	if err != nil {
		return revision{}, err
	}
	at, _, err := neo4j.GetRecordValue[string](rec, "at")
	return revision{seq, at}, err
}

// searchNames answers q with the copy c, or ok false when the graph is no
// longer at c's revision.
func (s *Store) searchNames(ctx context.Context, c *names, key rightsgraph.Key, q rightsgraph.SearchQuery) (hits []rightsgraph.SearchHit, ok bool, err error) {
	type match struct {
		id    string
		score float64
	}
	var matches []match
	consider := func(slot int) {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, c.kinds[slot]) {
			return
		}
		best := 0.0
		for _, k := range c.keys[slot] {
			best = max(best, rightsgraph.MatchKey(key, k))
		}
		if best > 0 {
			matches = append(matches, match{c.ids[slot], best})
		}
	}
	if slots, narrowed := c.idx.Candidates(key); narrowed {
		for _, slot := range slots {
			consider(int(slot))
		}
	} else {
		for slot := range c.ids {
			consider(slot)
		}
	}
	ids := []string{}
	if len(matches) > 0 {
		n := cmp.Or(q.First, 10)
		slices.SortFunc(matches, func(a, b match) int { return cmp.Compare(b.score, a.score) })
		least := matches[min(n, len(matches))-1].score
		for _, m := range matches {
			if m.score < least {
				break
			}
			ids = append(ids, m.id)
		}
	}
	recs, err := s.read(ctx, qSearchHitsAt, map[string]any{"ids": ids})
	if err != nil {
		return nil, false, err
	}
	if rev, err := revisionOf(recs[0]); err != nil || rev != c.rev {
		return nil, false, err
	}
	hits = []rightsgraph.SearchHit{}
	for _, rec := range recs {
		if found, _ := rec.Get("found"); found != true {
			continue
		}
		e, err := entityFrom(rec)
		if err != nil {
			return nil, false, err
		}
		// Scored again: a change may have committed while the hits were
		// read, after their revision.
		if sc := scoreNames(key, e.Name, e.Aliases); sc > 0 {
			rels, _, _ := neo4j.GetRecordValue[int64](rec, "relations")
			ev, _, _ := neo4j.GetRecordValue[int64](rec, "evidence")
			hits = append(hits, rightsgraph.SearchHit{Entity: e, Score: sc, Relations: int(rels), Evidence: int(ev)})
		}
	}
	return rightsgraph.RankHits(hits, q.First), true, nil
}

// scoreNames is the best score of key against a name and its aliases.
func scoreNames(key rightsgraph.Key, name string, aliases []string) float64 {
	best := rightsgraph.MatchKey(key, rightsgraph.NewKey(name))
	for _, a := range aliases {
		best = max(best, rightsgraph.MatchKey(key, rightsgraph.NewKey(a)))
	}
	return best
}
