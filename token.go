package rightsgraph

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"
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
	// Cleared tokens may see what is restricted (see Cleared).
	Cleared bool
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

// TokenStore keeps API tokens. Every Store is one. Its writes are those of
// SaveNewToken and SaveRevocation, audited; CreateToken, RevokeToken and
// ListTokens are the API's, for admins.
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

// SystemActor is the actor of changes made by the command line and the
// server itself. No token may take the name, so that the audit log never
// confuses a token's changes with the system's.
const SystemActor = "system"

// CreateToken issues a new token, as an admin: it stores the token's hash
// and returns the token with its secret, which is shown only this once.
// A cleared token may see what is restricted. The change is recorded in
// the audit log.
func CreateToken(ctx context.Context, s Store, name string, role Role, cleared bool) (*Token, string, error) {
	if err := Require(ctx, RoleAdmin); err != nil {
		return nil, "", err
	}
	secret, hash := NewSecret()
	t := Token{Name: name, Role: role, Hash: hash, CreatedAt: time.Now(), Cleared: cleared}
	if err := SaveNewToken(ctx, s, t); err != nil {
		return nil, "", err
	}
	t.CreatedAt = t.CreatedAt.UTC().Round(0)
	return &t, secret, nil
}

// RevokeToken revokes a token by name, as an admin: it is refused from its
// next request on. Revoking a revoked token changes nothing. It returns
// the token as it is now.
func RevokeToken(ctx context.Context, s Store, name string) (*Token, error) {
	if err := Require(ctx, RoleAdmin); err != nil {
		return nil, err
	}
	return SaveRevocation(ctx, s, name, time.Now())
}

// ListTokens lists every token by name, revoked ones too, as an admin.
func ListTokens(ctx context.Context, s Store) ([]Token, error) {
	if err := Require(ctx, RoleAdmin); err != nil {
		return nil, err
	}
	return s.Tokens(ctx)
}

// SaveNewToken stores a new token and records it in the audit log, in one
// change: the rule behind CreateToken and every store's
// TokenStore.CreateToken. A taken name is ECONFLICT; the name "system" is
// reserved.
func SaveNewToken(ctx context.Context, s Store, t Token) error {
	switch {
	case strings.EqualFold(t.Name, SystemActor):
		return FieldError("input.name", "the token name %q is reserved for the command line and the server", t.Name)
	case !tokenName.MatchString(t.Name):
		return FieldError("input.name", "token name %q: want 1-64 letters, digits, dots, dashes or underscores", t.Name)
	case !t.Role.Valid():
		return FieldError("input.role", "role %q: want reader, editor or admin", t.Role)
	}
	if err := t.Validate(); err != nil {
		return err
	}
	t.CreatedAt, t.RevokedAt = t.CreatedAt.UTC().Round(0), time.Time{}
	return s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		old, err := tx.Token(t.Name)
		if err != nil {
			return err
		}
		if old != nil {
			return &Error{Code: ECONFLICT, Field: "input.name", Message: fmt.Sprintf("a token named %q exists", t.Name)}
		}
		if err := tx.PutToken(t); err != nil {
			return err
		}
		return tx.Audit(NewAuditEntry(ctx, seq, "createToken", []string{},
			fmt.Sprintf("created token %q with the %s role", t.Name, t.Role), nil, tokenState(&t)))
	})
}

// SaveRevocation revokes a token at the given time and records it in the
// audit log, in one change: the rule behind RevokeToken and every store's
// TokenStore.RevokeToken. An unknown name is ENOTFOUND; revoking twice
// keeps the first time. It returns the token as it is now.
func SaveRevocation(ctx context.Context, s Store, name string, at time.Time) (*Token, error) {
	var out *Token
	err := s.Edit(ctx, func(tx EditTx) error {
		seq := tx.Seq()
		old, err := tx.Token(name)
		if err != nil {
			return err
		}
		switch {
		case old == nil:
			return &Error{Code: ENOTFOUND, Field: "name", Message: fmt.Sprintf("no token named %q", name)}
		case old.Revoked():
			out = old
			return nil
		}
		t := *old
		t.RevokedAt = at.UTC().Round(0)
		if err := tx.PutToken(t); err != nil {
			return err
		}
		out = &t
		return tx.Audit(NewAuditEntry(ctx, seq, "revokeToken", []string{},
			fmt.Sprintf("revoked token %q", t.Name), tokenState(old), tokenState(&t)))
	})
	return out, err
}
