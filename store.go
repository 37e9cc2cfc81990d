package rightsgraph

import (
	"context"
)

// Store keeps the graph. Every implementation is safe for concurrent use,
// returns copies that callers may change, and reports user errors with the
// codes of error.go: ENOTFOUND for an unknown id, EINVALID for bad
// arguments, EUNAVAILABLE when its backend cannot be reached.
type Store interface {
	TokenStore

	// Entity returns one entity. The id of an entity merged into another
	// resolves to the survivor.
	Entity(ctx context.Context, id string) (*Entity, error)
	// EntitiesByIDs returns the entities that exist among ids, by id (the
	// id asked for: a merged id maps to its survivor).
	EntitiesByIDs(ctx context.Context, ids []string) (map[string]*Entity, error)
	// ListEntities returns one page of the entities that match q.
	ListEntities(ctx context.Context, q EntityQuery) (*EntityPage, error)
	// RelationsByEntityIDs returns, for each of ids, every relation that
	// starts or ends there, ordered by type, then other end, then id.
	RelationsByEntityIDs(ctx context.Context, ids []string) (map[string][]*Relation, error)
	// Around reads entities with their relations and the other ends of
	// those, up to q.Depth levels out (see AroundQuery), answering what
	// EntitiesByIDs and RelationsByEntityIDs would: a store whose calls
	// cost a round trip reads it in one.
	Around(ctx context.Context, q AroundQuery) (*Around, error)
	// Search ranks the entities whose name or an alias matches the query
	// (see MatchKey), best first; equal scores by weight of evidence, then
	// name, then id (see RankHits). Each hit carries the counts RankHits
	// weighs.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Stats counts nodes and relationships.
	Stats(ctx context.Context) (*Stats, error)
	// EachEntity calls fn for every entity, ordered by id, until fn fails.
	EachEntity(ctx context.Context, fn func(*Entity) error) error
	// EachRelation calls fn for every relation, ordered by id, until fn fails.
	EachRelation(ctx context.Context, fn func(*Relation) error) error
	// Restricted returns what restriction touches: every entity that is
	// RESTRICTED or that a RESTRICTED report declares, every relation that
	// is RESTRICTED or has evidence from a RESTRICTED report, and the ids
	// of all reports. A View (view.go) derives from it what a request may
	// see.
	Restricted(ctx context.Context) (*Restrictions, error)
	// Snapshot reads the whole graph as it stands at one moment: unlike
	// an EachEntity followed by an EachRelation, it never mixes two states
	// when changes are made meanwhile. Exports read it.
	Snapshot(ctx context.Context) (*Snapshot, error)

	// LoadReport replaces, in one atomic write, everything the report said
	// before with what g says now: evidence from other reports and from
	// editors stays, relations left without evidence and entities no report
	// or editor declares any more disappear. What editors did holds: merged
	// ids are read as their survivors (see ReportGraph.Redirect) and
	// retracted relations are left out. Loading the same graph twice
	// writes nothing the second time: neither Revision nor the audit log
	// moves. A load that changes the graph is recorded in the audit log.
	// Every store's is rightsgraph.LoadReport, one logic over EditTx.
	LoadReport(ctx context.Context, g *ReportGraph) error

	// Edit runs fn as one atomic change (see EditTx): all its writes take
	// effect, durably, or none do, and no other change interleaves. It
	// takes the change's sequence number (EditTx.Seq) before fn runs; a
	// change that writes nothing spends none. fn may
	// run more than once (a store may retry a transient failure), so it
	// acts only through tx.
	Edit(ctx context.Context, fn func(tx EditTx) error) error
	// AuditLog returns a page of the audit log, newest first.
	AuditLog(ctx context.Context, q AuditQuery) (*AuditPage, error)

	// Revision returns a number that changes whenever the graph does, so
	// that derived results (analysis) can be cached per revision.
	Revision(ctx context.Context) (int64, error)

	// Ping checks that the backend answers.
	Ping(ctx context.Context) error
	// Close releases the backend.
	Close() error
}

// Stats counts the graph: nodes by kind, relationships by type, pieces of
// evidence.
type Stats struct {
	Nodes         int
	Relationships int
	Evidence      int
	NodesByKind   map[Kind]int
	RelsByType    map[RelType]int
}

// MaxSearchResults caps SearchQuery.First.
const MaxSearchResults = 100
