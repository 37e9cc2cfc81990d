package inmem

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// CreateToken stores a new token.
func (s *Store) CreateToken(_ context.Context, t rightsgraph.Token) error {
	if err := t.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, taken := s.tokens[t.Name]; taken {
		return rightsgraph.Errorf(rightsgraph.ECONFLICT, "a token named %q exists", t.Name)
	}
	t.CreatedAt = t.CreatedAt.UTC().Round(0) // as it reads back from the journal
	return s.write(record{Op: opTokenSave, Token: &t})
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

// RevokeToken revokes a token by name.
func (s *Store) RevokeToken(_ context.Context, name string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[name]
	if !ok {
		return rightsgraph.Errorf(rightsgraph.ENOTFOUND, "no token named %q", name)
	}
	if t.Revoked() {
		return nil
	}
	revoked := *t
	revoked.RevokedAt = at.UTC().Round(0)
	return s.write(record{Op: opTokenSave, Token: &revoked})
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
