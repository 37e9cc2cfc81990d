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
	qCreateToken = `OPTIONAL MATCH (old:ApiToken {name: $name})
WITH old WHERE old IS NULL
CREATE (t:ApiToken {name: $name, role: $role, hash: $hash, createdAt: $createdAt, revokedAt: ''})
RETURN t.name AS name`

	qTokens = `MATCH (t:ApiToken) RETURN ` + tokenColumns + ` ORDER BY t.name`

	qTokenByHash = `MATCH (t:ApiToken {hash: $hash}) RETURN ` + tokenColumns

	qRevokeToken = `MATCH (t:ApiToken {name: $name})
SET t.revokedAt = CASE WHEN t.revokedAt = '' THEN $at ELSE t.revokedAt END
RETURN t.name AS name`

	tokenColumns = `t.name AS name, t.role AS role, t.hash AS hash, t.createdAt AS createdAt, t.revokedAt AS revokedAt`
)

// CreateToken stores a new token.
func (s *Store) CreateToken(ctx context.Context, t rightsgraph.Token) error {
	if err := t.Validate(); err != nil {
		return err
	}
	recs, err := s.write(ctx, qCreateToken, map[string]any{
		"name": t.Name, "role": string(t.Role), "hash": t.Hash, "createdAt": t.CreatedAt.UTC().Format(time.RFC3339Nano),
	})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return rightsgraph.Errorf(rightsgraph.ECONFLICT, "a token named %q exists", t.Name)
	}
	return nil
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

// RevokeToken revokes a token by name.
func (s *Store) RevokeToken(ctx context.Context, name string, at time.Time) error {
	recs, err := s.write(ctx, qRevokeToken, map[string]any{"name": name, "at": at.UTC().Format(time.RFC3339Nano)})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no token named %q", name)
	}
	return nil
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
	return t
}

// write runs one write query in a managed transaction.
func (s *Store) write(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, mapError(err)
	}
	return res.Records, nil
}
