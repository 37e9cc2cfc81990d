package rightsgraph

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"regexp"
	"slices"
	"time"
)

// Role is what a token may do; each role may do what the ones before it may.
type Role string

// The roles, weakest first.
const (
	RoleReader Role = "reader"
	RoleEditor Role = "editor"
	RoleAdmin  Role = "admin"
)

// Roles lists the roles, weakest first.
var Roles = []Role{RoleReader, RoleEditor, RoleAdmin}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// AtLeast reports whether r may do what min may.
func (r Role) AtLeast(min Role) bool {
	return slices.Index(Roles, r) >= slices.Index(Roles, min) && r.Valid()
}

// Token is an API token as stored: its secret never is, only its hash.
type Token struct {
	Name      string
	Role      Role
	Hash      string
	CreatedAt time.Time
	RevokedAt time.Time // zero while the token is valid
}

// Revoked reports whether the token was revoked.
func (t *Token) Revoked() bool { return !t.RevokedAt.IsZero() }

var tokenName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// Validate checks a token's name and role.
func (t *Token) Validate() error {
	switch {
	case !tokenName.MatchString(t.Name):
		return Errorf(EINVALID, "token name %q: want 1-64 letters, digits, dots, dashes or underscores", t.Name)
	case !t.Role.Valid():
		return Errorf(EINVALID, "role %q: want reader, editor or admin", t.Role)
	case len(t.Hash) != 64:
		return Errorf(EINVALID, "token %q has no hash", t.Name)
	}
	return nil
}

// NewSecret returns a fresh token secret and its hash. Secrets carry 256
// random bits, so a plain SHA-256 hash is as good as a slow one.
func NewSecret() (secret, hash string) {
	b := make([]byte, 32)
	rand.Read(b) //nolint:errcheck // crypto/rand.Read never fails
	secret = "rg_" + base64.RawURLEncoding.EncodeToString(b)
	return secret, HashSecret(secret)
}

// HashSecret returns the stored hash of a token secret.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// TokenStore keeps API tokens. Every Store is one.
type TokenStore interface {
	// CreateToken stores a new token; a taken name is ECONFLICT.
	CreateToken(ctx context.Context, t Token) error
	// Tokens lists every token, revoked ones too, by name.
	Tokens(ctx context.Context) ([]Token, error)
	// RevokeToken revokes a token by name, at the given time; an unknown
	// name is ENOTFOUND. Revoking twice keeps the first time.
	RevokeToken(ctx context.Context, name string, at time.Time) error
	// TokenByHash returns the token with the hash, or ENOTFOUND.
	TokenByHash(ctx context.Context, hash string) (*Token, error)
}
