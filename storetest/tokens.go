package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

var adminCtx = as("ngo-admin", rightsgraph.RoleAdmin)

// testTokensWhileServing manages tokens as an admin does through the API:
// a new token works at once, a revoked one is refused at once, and both
// changes are in the audit log, without the token's hash.
func testTokensWhileServing(t *testing.T, s rightsgraph.Store) {
	ctx := context.Background()
	tok, secret, err := rightsgraph.CreateToken(adminCtx, s, "field-editor", rightsgraph.RoleEditor, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, "rg_") || tok.Hash != rightsgraph.HashSecret(secret) || tok.Revoked() {
		t.Fatalf("CreateToken = %+v, %q", tok, secret)
	}
	got, err := s.TokenByHash(ctx, rightsgraph.HashSecret(secret))
	if err != nil || got.Name != "field-editor" || got.Role != rightsgraph.RoleEditor || !got.CreatedAt.Equal(tok.CreatedAt) || got.Revoked() {
		t.Fatalf("TokenByHash of the new secret = %+v, %v", got, err)
	}
	created := newestAudit(t, s)
	if created.Action != "createToken" || created.Actor != "ngo-admin" || created.After == "" {
		t.Errorf("audit entry of the creation = %+v", created)
	}

	revoked, err := rightsgraph.RevokeToken(adminCtx, s, "field-editor")
	if err != nil || !revoked.Revoked() {
		t.Fatalf("RevokeToken = %+v, %v", revoked, err)
	}
	if got, err := s.TokenByHash(ctx, rightsgraph.HashSecret(secret)); err != nil || !got.Revoked() {
		t.Errorf("TokenByHash after the revocation = %+v, %v; want it revoked", got, err)
	}
	entry := newestAudit(t, s)
	if entry.Action != "revokeToken" || entry.Actor != "ngo-admin" || entry.Before == "" || entry.After == "" {
		t.Errorf("audit entry of the revocation = %+v", entry)
	}
	for _, e := range []rightsgraph.AuditEntry{created, entry} {
		if strings.Contains(e.Before+e.After, tok.Hash) {
			t.Errorf("the audit log shows the token's hash: %+v", e)
		}
	}
	before := takeSnapshot(t, s)
	again, err := rightsgraph.RevokeToken(adminCtx, s, "field-editor")
	if err != nil || !again.RevokedAt.Equal(revoked.RevokedAt) {
		t.Errorf("revoking twice = %+v, %v; want the first revocation kept", again, err)
	}
	assertUnchanged(t, s, before)

	list, err := rightsgraph.ListTokens(adminCtx, s)
	if err != nil || len(list) != 1 || list[0].Name != "field-editor" || !list[0].Revoked() {
		t.Errorf("ListTokens = %+v, %v", list, err)
	}
}

func testTokensRefused(t *testing.T, s rightsgraph.Store) {
	if _, _, err := rightsgraph.CreateToken(adminCtx, s, "taken", rightsgraph.RoleReader, false); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		ctx   context.Context
		token string
		role  rightsgraph.Role
		code  string
		field string
	}{
		{"anonymously", context.Background(), "x", rightsgraph.RoleReader, rightsgraph.EUNAUTHORIZED, ""},
		{"as an editor", editorCtx, "x", rightsgraph.RoleReader, rightsgraph.EFORBIDDEN, ""},
		{"the reserved name", adminCtx, "system", rightsgraph.RoleAdmin, rightsgraph.EINVALID, "input.name"},
		{"the reserved name in capitals", adminCtx, "System", rightsgraph.RoleAdmin, rightsgraph.EINVALID, "input.name"},
		{"the reserved name from the command line", rightsgraph.AsSystem(context.Background()), "system", rightsgraph.RoleAdmin, rightsgraph.EINVALID, "input.name"},
		{"a bad name", adminCtx, "bad name!", rightsgraph.RoleReader, rightsgraph.EINVALID, "input.name"},
		{"an unknown role", adminCtx, "x", "god", rightsgraph.EINVALID, "input.role"},
		{"a taken name", adminCtx, "taken", rightsgraph.RoleAdmin, rightsgraph.ECONFLICT, "input.name"},
	}
	before := takeSnapshot(t, s)
	for _, tt := range tests {
		t.Run("create "+tt.name, func(t *testing.T) {
			_, _, err := rightsgraph.CreateToken(tt.ctx, s, tt.token, tt.role, false)
			assertError(t, err, tt.code, tt.field)
			assertUnchanged(t, s, before)
		})
	}
	for _, tt := range []struct {
		name, token, code string
		ctx               context.Context
	}{
		{"anonymously", "taken", rightsgraph.EUNAUTHORIZED, context.Background()},
		{"as an editor", "taken", rightsgraph.EFORBIDDEN, editorCtx},
		{"an unknown token", "nobody", rightsgraph.ENOTFOUND, adminCtx},
	} {
		t.Run("revoke "+tt.name, func(t *testing.T) {
			_, err := rightsgraph.RevokeToken(tt.ctx, s, tt.token)
			assertCode(t, err, tt.code)
			assertUnchanged(t, s, before)
		})
	}
	t.Run("list as an editor", func(t *testing.T) {
		_, err := rightsgraph.ListTokens(editorCtx, s)
		assertCode(t, err, rightsgraph.EFORBIDDEN)
	})
}
