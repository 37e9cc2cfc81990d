package inmem

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/rightsgraph/rightsgraph"
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
func (s *Store) Tokens(context.Context) ([]rightsgraph.Token, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]rightsgraph.Token, 0, len(s.tokens))
	for _, name := range slices.Sorted(maps.Keys(s.tokens)) {
		out = append(out, *s.tokens[name])
	}
	return out, nil
}

// TokenByHash returns the token with the hash.
func (s *Store) TokenByHash(_ context.Context, hash string) (*rightsgraph.Token, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, t := range s.tokens {
		if t.Hash == hash {
			c := *t
			return &c, nil
		}
	}
	return nil, rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no such token")
}

func (tx *editTx) Token(name string) (*rightsgraph.Token, error) {
	t, ok := tx.s.tokens[name]
	if !ok {
		return nil, nil
	}
	c := *t
	return &c, nil
}

func (tx *editTx) PutToken(t rightsgraph.Token) error {
	tx.writes = append(tx.writes, write{Op: wToken, Token: &t})
	return nil
}
