package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// Tokens are nodes labelled ApiToken, apart from the graph's entities,
// unique by name and by hash.
const (
	qTokens = `MATCH (t:ApiToken) RETURN ` + tokenColumns + ` ORDER BY t.name`

	qTokenByHash = `MATCH (t:ApiToken {hash: $hash}) RETURN ` + tokenColumns

	qTokenByName = `MATCH (t:ApiToken {name: $name}) RETURN ` + tokenColumns

	qPutToken = `MERGE (t:ApiToken {name: $name})
SET t.role = $role, t.hash = $hash, t.createdAt = $createdAt, t.revokedAt = $revokedAt, t.cleared = $cleared`

	tokenColumns = `t.name AS name, t.role AS role, t.hash AS hash, t.createdAt AS createdAt, t.revokedAt AS revokedAt,
  coalesce(t.cleared, false) AS cleared`
)

// CreateToken stores a new token, audited (rightsgraph.SaveNewToken).
func (s *Store) CreateToken(ctx context.Context, t rightsgraph.Token) error {
	return rightsgraph.SaveNewToken(ctx, s, t)
}

// RevokeToken revokes a token by name, audited (rightsgraph.SaveRevocation).
func (s *Store) RevokeToken(ctx context.Context, name string, at time.Time) error {
	_, err := rightsgraph.SaveRevocation(ctx, s, name, at)
	return err
}

// Tokens lists every token by name.
func (s *Store) Tokens(ctx context.Context) ([]rightsgraph.Token, error) {
	recs, err := s.read(ctx, qTokens, nil)
	if err != nil {
		return nil, err
	}
	out := make([]rightsgraph.Token, len(recs))
	for i, rec := range recs {
		out[i] = tokenFrom(rec)
	}
	return out, nil
}

// TokenByHash returns the token with the hash.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*rightsgraph.Token, error) {
	recs, err := s.read(ctx, qTokenByHash, map[string]any{"hash": hash})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no such token")
	}
	t := tokenFrom(recs[0])
	return &t, nil
}

func tokenFrom(rec *neo4j.Record) rightsgraph.Token {
	get := func(k string) string { v, _ := rec.Get(k); return str(v) }
	t := rightsgraph.Token{Name: get("name"), Role: rightsgraph.Role(get("role")), Hash: get("hash")}
	t.CreatedAt, _ = time.Parse(time.RFC3339Nano, get("createdAt"))
	t.RevokedAt, _ = time.Parse(time.RFC3339Nano, get("revokedAt"))
	cleared, _ := rec.Get("cleared")
	t.Cleared = cleared == true
	return t
}

// Token reads the ApiToken node of that name.
func (t *editTx) Token(name string) (*rightsgraph.Token, error) {
	recs, err := run(t.ctx, t.tx, qTokenByName, map[string]any{"name": name})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	tok := tokenFrom(recs[0])
	return &tok, nil
}

// PutToken writes the ApiToken node of a token. Times are kept as RFC 3339
// in UTC with nanoseconds; "" for a token not revoked.
func (t *editTx) PutToken(tok rightsgraph.Token) error {
	revoked := ""
	if tok.Revoked() {
		revoked = tok.RevokedAt.UTC().Format(time.RFC3339Nano)
	}
	return t.write(qPutToken, map[string]any{
		"name": tok.Name, "role": string(tok.Role), "hash": tok.Hash,
		"createdAt": tok.CreatedAt.UTC().Format(time.RFC3339Nano), "revokedAt": revoked, "cleared": tok.Cleared,
	})
}
