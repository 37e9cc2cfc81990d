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
// the copy is brought up to date (or, while another search does that, the
// search narrows with the full-text index as before: see Search and
// searchIndexed). The revision so read is also the one Guard's view is of
// (see SearchRevision), so that a search is one round trip.
//
// A revision is the meta node's sequence number with the time of the
// change that set it (its audit entry): a database emptied and loaded
// again, in this process or another, can reach the same sequence number,
// not at the same instant.
//
// After an edit, the copy is brought to the new revision by reading only
// the entities the changes' audit entries name, when the changes are
// edits known to change the names of those alone (see nameEdits), and
// kept beside the indexed names (changed) until they are too many; after
// anything else (a load), all the names are read again.

// names is every entity's names and kind at revision rev: those read at
// once and indexed (ids, kinds, keys and idx, by slot), except the
// entities changed since, which are in changed (nil when gone).
type names struct {
	rev     revision
	ids     []string
	kinds   []rightsgraph.Kind
	keys    [][]rightsgraph.Key // each entity's name's, then its aliases'
	idx     *nameindex.Index
	changed map[string]*changedNames
}

type changedNames struct {
	kind rightsgraph.Kind
	keys []rightsgraph.Key
}

// nameEdits are the audit actions of the changes that change the names,
// kind or existence of the entities their entries name and of no other
// (true), or of none (false). A change of any other action (a load, or
// one this build does not know) has every name read again.
var nameEdits = map[string]bool{
	"upsertEntity": true, "mergeEntities": true, "unmergeEntities": true,
	"setVisibility": true, // rewrites the entity's declarations
	"addRelation":   false, "retractRelation": false, "createToken": false, "revokeToken": false,
}

// maxChanged is how many changed entities a copy keeps beside its
// indexed names before all of them are read again: each is scored by
// every search.
func maxChanged(indexed int) int { return max(256, indexed/32) }

// maxChangesRead bounds the changes read to bring a copy up to date.
const maxChangesRead = 1000

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

	// qChangesSince reads, with the revision, the time of revision $from
	// (which tells whether the graph is still the one it was then) and
	// the changes since, unless they are more than $max.
	qChangesSince = `OPTIONAL MATCH (m:RightsgraphMeta {id: 'meta'})
WITH coalesce(m.seq, 0) AS seq
OPTIONAL MATCH (a:AuditEntry {seq: seq})
OPTIONAL MATCH (from:AuditEntry {seq: $from})
CALL (seq) {
  MATCH (c:AuditEntry)
  WHERE c.seq > $from AND c.seq <= seq AND seq - $from <= $max
  RETURN collect({action: c.action, entities: c.entities}) AS changes
}
RETURN seq, coalesce(a.at, '') AS at, coalesce(from.at, '') AS fromAt, changes`

	// qNamesOf reads the names of the entities of $ids.
	qNamesOf = `UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS found, n.kind AS kind, n.name AS name, n.aliases AS aliases`

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
			id, e := namesFrom(rec)
			c.ids = append(c.ids, id)
			c.kinds = append(c.kinds, e.kind)
			c.keys = append(c.keys, e.keys)
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

// namesFrom reads an entity's id, kind and names.
func namesFrom(rec *neo4j.Record) (string, *changedNames) {
	get := func(k string) any { v, _ := rec.Get(k); return v }
	name, aliases := str(get("name")), strs(get("aliases"))
	e := &changedNames{kind: rightsgraph.Kind(str(get("kind"))), keys: make([]rightsgraph.Key, 0, 1+len(aliases))}
	e.keys = append(e.keys, rightsgraph.NewKey(name))
	for _, a := range aliases {
		e.keys = append(e.keys, rightsgraph.NewKey(a))
	}
	return str(get("id")), e
}

// updateNames returns old brought to the graph's revision now, having
// read the names of the entities the changes since name; nil when that
// cannot be (see nameEdits and maxChanged), or old itself when nothing
// changed.
func (s *Store) updateNames(ctx context.Context, old *names) (*names, error) {
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	c, err := neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (*names, error) {
		recs, err := run(ctx, tx, qChangesSince, map[string]any{"from": old.rev.seq, "max": maxChangesRead})
		if err != nil {
			return nil, err
		}
		rev, err := revisionOf(recs[0])
		if err != nil {
			return nil, err
		}
		fromAt, _, _ := neo4j.GetRecordValue[string](recs[0], "fromAt")
		changes, _, _ := neo4j.GetRecordValue[[]any](recs[0], "changes")
		switch {
		case rev == old.rev:
			return old, nil
		case fromAt != old.rev.at || rev.seq-old.rev.seq != int64(len(changes)):
			return nil, nil // another graph, changes left out, or too many
		}
		ids := map[string]bool{}
		for _, ch := range changes {
			m, _ := ch.(map[string]any)
			touches, known := nameEdits[str(m["action"])]
			if !known {
				return nil, nil
			}
			if touches {
				for _, id := range strs(m["entities"]) {
					ids[id] = true
				}
			}
		}
		c := *old
		c.rev = rev
		if len(ids) == 0 {
			return &c, nil
		}
		c.changed = make(map[string]*changedNames, len(old.changed)+len(ids))
		for id, e := range old.changed {
			c.changed[id] = e
		}
		if len(c.changed)+len(ids) > maxChanged(len(c.ids)) {
			return nil, nil
		}
		list := make([]string, 0, len(ids))
		for id := range ids {
			list = append(list, id)
			c.changed[id] = nil
		}
		recs, err = run(ctx, tx, qNamesOf, map[string]any{"ids": list})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			if found, _ := rec.Get("found"); found == true {
				id, e := namesFrom(rec)
				c.changed[id] = e
			}
		}
		return &c, nil
	})
	if err != nil {
		return nil, mapError(err)
	}
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
	consider := func(id string, kind rightsgraph.Kind, keys []rightsgraph.Key) {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, kind) {
			return
		}
		best := 0.0
		for _, k := range keys {
			best = max(best, rightsgraph.MatchKey(key, k))
		}
		if best > 0 {
			matches = append(matches, match{id, best})
		}
	}
	indexed := func(slot int) {
		if _, changed := c.changed[c.ids[slot]]; !changed {
			consider(c.ids[slot], c.kinds[slot], c.keys[slot])
		}
	}
	if slots, narrowed := c.idx.Candidates(key); narrowed {
		for _, slot := range slots {
			indexed(int(slot))
		}
	} else {
		for slot := range c.ids {
			indexed(slot)
		}
	}
	for id, e := range c.changed {
		if e != nil {
			consider(id, e.kind, e.keys)
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
