package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// qAuditLog reads a page of the audit log, newest first, one entry more
// than the page holds, so that the caller knows whether there is a next
// page. The uniqueness constraint on seq gives the index it walks.
const qAuditLog = `MATCH (e:AuditEntry)
WHERE ($after = 0 OR e.seq < $after)
  AND ($entity = '' OR $entity IN e.entities)
RETURN e.seq AS seq, e.at AS at, e.actor AS actor, e.action AS action, e.entities AS entities,
  e.summary AS summary, e.before AS before, e.after AS after
ORDER BY e.seq DESC
LIMIT $limit`

// AuditLog returns a page of the audit log, newest first.
func (s *Store) AuditLog(ctx context.Context, q rightsgraph.AuditQuery) (*rightsgraph.AuditPage, error) {
	after, err := q.Validate()
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, qAuditLog, map[string]any{"after": after, "entity": q.Entity, "limit": q.First + 1})
	if err != nil {
		return nil, err
	}
	entries := make([]rightsgraph.AuditEntry, len(recs))
	for i, rec := range recs {
		if entries[i], err = auditEntryFrom(rec); err != nil {
			return nil, err
		}
	}
	return rightsgraph.NewAuditPage(entries, q.First), nil
}

// auditEntryFrom reads the columns of qAuditLog.
func auditEntryFrom(rec *neo4j.Record) (rightsgraph.AuditEntry, error) {
	get := func(k string) any { v, _ := rec.Get(k); return v }
	seq, _ := get("seq").(int64)
	e := rightsgraph.AuditEntry{
		Seq: seq, Actor: str(get("actor")), Action: str(get("action")), Entities: strs(get("entities")),
		Summary: str(get("summary")), Before: str(get("before")), After: str(get("after")),
	}
	at, err := time.Parse(time.RFC3339Nano, str(get("at")))
	if err != nil {
		return e, fmt.Errorf("audit entry %d: %w", seq, err)
	}
	e.At = at
	return e, nil
}
