package rightsgraph

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// AuditEntry records one change to the graph: who made it, when, what it
// touched, and the state before and after, as JSON ("" where there was or
// is nothing). Seq orders the entries; it is the change's sequence number.
type AuditEntry struct {
	Seq      int64
	At       time.Time
	Actor    string
	Action   string
	Entities []string
	Summary  string
	Before   string
	After    string
}

// NewAuditEntry returns the entry of a change made now by ctx's actor;
// before and after are marshalled to JSON, nil to "".
func NewAuditEntry(ctx context.Context, seq int64, action string, entities []string, summary string, before, after any) AuditEntry {
	return AuditEntry{
		Seq: seq, At: time.Now().UTC().Round(0), Actor: Actor(ctx), Action: action,
		Entities: entities, Summary: summary, Before: asJSON(before), After: asJSON(after),
	}
}

// LoadAuditEntry returns the entry of loading report graph g over the
// report as it was (nil when new).
func LoadAuditEntry(ctx context.Context, seq int64, old *Entity, g *ReportGraph) AuditEntry {
	after := reportState(g.Report)
	after.Entities, after.Relations = len(g.Entities), len(g.Relations)
	return NewAuditEntry(ctx, seq, "loadReport", []string{g.Report.ID},
		fmt.Sprintf("loaded report %q: %d entities, %d relations", g.Report.Name, len(g.Entities), len(g.Relations)),
		reportState(old), after)
}

func asJSON(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return ""
	}
	return string(b)
}

// AuditQuery selects a page of the audit log, newest first: First entries
// (at most MaxAuditPage; 20 when 0) after the cursor After, only those
// that touched Entity when it is set.
type AuditQuery struct {
	First  int
	After  string
	Entity string
}

// MaxAuditPage caps AuditQuery.First.
const MaxAuditPage = 100

// AuditPage is one page of the audit log.
type AuditPage struct {
	Entries     []AuditEntry
	HasNextPage bool
	EndCursor   string
}

// Validate checks the query and returns the sequence number its cursor
// points at (0 for none).
func (q *AuditQuery) Validate() (afterSeq int64, err error) {
	if q.First < 0 || q.First > MaxAuditPage {
		return 0, FieldError("first", "first must be between 0 and %d", MaxAuditPage)
	}
	if q.First == 0 {
		q.First = 20
	}
	if q.After == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(q.After)
	if err == nil {
		afterSeq, err = strconv.ParseInt(string(b), 10, 64)
	}
	if err != nil || afterSeq <= 0 {
		return 0, FieldError("after", "invalid cursor %q", q.After)
	}
	return afterSeq, nil
}

// AuditCursor returns the cursor of an entry.
func AuditCursor(seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(seq, 10)))
}

// NewAuditPage makes a page of entries read newest first, one more than
// asked for when there is a next page.
func NewAuditPage(entries []AuditEntry, first int) *AuditPage {
	p := &AuditPage{Entries: entries}
	if len(entries) > first {
		p.Entries, p.HasNextPage = entries[:first], true
	}
	if n := len(p.Entries); n > 0 {
		p.EndCursor = AuditCursor(p.Entries[n-1].Seq)
	}
	return p
}

// The states an audit entry records, as JSON with stable names.
type (
	entityView struct {
		ID          string   `json:"id"`
		Kind        Kind     `json:"kind"`
		Name        string   `json:"name"`
		Aliases     []string `json:"aliases,omitempty"`
		Description string   `json:"description,omitempty"`
		Version     string   `json:"version"`
	}
	evidenceView struct {
		Report string `json:"report"`
		Quote  string `json:"quote"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Role   string `json:"role,omitempty"`
		At     string `json:"at,omitempty"`
		Editor string `json:"editor,omitempty"`
	}
	relationView struct {
		ID       string         `json:"id"`
		Type     RelType        `json:"type"`
		From     string         `json:"from"`
		To       string         `json:"to"`
		Role     string         `json:"role,omitempty"`
		Evidence []evidenceView `json:"evidence"`
	}
	reportView struct {
		ID          string `json:"id"`
		Title       string `json:"title"`
		URL         string `json:"url,omitempty"`
		PublishedAt string `json:"publishedAt,omitempty"`
		TextSHA256  string `json:"textSha256"`
		Entities    int    `json:"entities,omitempty"`
		Relations   int    `json:"relations,omitempty"`
	}
	mergeView struct {
		Keep           *entityView `json:"keep"`
		Drop           *entityView `json:"drop"`
		MovedRelations int         `json:"movedRelations"`
	}
)

func entityState(e *Entity) *entityView {
	if e == nil {
		return nil
	}
	return &entityView{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: e.Aliases, Description: e.Description, Version: e.Version()}
}

func relationState(r *Relation) *relationView {
	if r == nil {
		return nil
	}
	v := &relationView{ID: r.ID, Type: r.Type, From: r.From, To: r.To, Role: r.Role, Evidence: []evidenceView{}}
	for _, ev := range r.Evidence {
		v.Evidence = append(v.Evidence, evidenceView(ev))
	}
	return v
}

func reportState(e *Entity) *reportView {
	if e == nil {
		return nil
	}
	sum := sha256.Sum256([]byte(e.Text))
	return &reportView{ID: e.ID, Title: e.Name, URL: e.URL, PublishedAt: e.PublishedAt, TextSHA256: hex.EncodeToString(sum[:])}
}

func mergeState(keep, drop *Entity, moved int) *mergeView {
	return &mergeView{Keep: entityState(keep), Drop: entityState(drop), MovedRelations: moved}
}

// unmergeView is the state after an unmerge: both entities, and how many
// of the dropped entity's relations came back.
type unmergeView struct {
	Keep              *entityView `json:"keep"`
	Drop              *entityView `json:"drop"`
	RestoredRelations int         `json:"restoredRelations"`
}

func unmergeState(keep, drop *Entity, restored int) *unmergeView {
	return &unmergeView{Keep: entityState(keep), Drop: entityState(drop), RestoredRelations: restored}
}

// tokenView is a token as the audit log records it: never its hash.
type tokenView struct {
	Name      string `json:"name"`
	Role      Role   `json:"role"`
	CreatedAt string `json:"createdAt"`
	RevokedAt string `json:"revokedAt,omitempty"`
}

func tokenState(t *Token) *tokenView {
	if t == nil {
		return nil
	}
	v := &tokenView{Name: t.Name, Role: t.Role, CreatedAt: t.CreatedAt.UTC().Format(time.RFC3339Nano)}
	if t.Revoked() {
		v.RevokedAt = t.RevokedAt.UTC().Format(time.RFC3339Nano)
	}
	return v
}

// ReadAuditLog returns a page of the audit log to an admin: who changed
// what is itself sensitive, so no other role may read it.
func ReadAuditLog(ctx context.Context, s Store, q AuditQuery) (*AuditPage, error) {
	if err := Require(ctx, RoleAdmin); err != nil {
		return nil, err
	}
	return s.AuditLog(ctx, q)
}
