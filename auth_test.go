package rightsgraph_test

import (
	"context"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

func TestRequire(t *testing.T) {
	as := func(r rightsgraph.Role) context.Context {
		return rightsgraph.WithPrincipal(context.Background(), rightsgraph.Principal{Name: "t", Role: r})
	}
	tests := []struct {
		name string
		ctx  context.Context
		min  rightsgraph.Role
		code string
	}{
		{"anonymous", context.Background(), rightsgraph.RoleReader, rightsgraph.EUNAUTHORIZED},
		{"reader reads", as(rightsgraph.RoleReader), rightsgraph.RoleReader, ""},
		{"reader edits", as(rightsgraph.RoleReader), rightsgraph.RoleEditor, rightsgraph.EFORBIDDEN},
		{"editor edits", as(rightsgraph.RoleEditor), rightsgraph.RoleEditor, ""},
		{"editor administers", as(rightsgraph.RoleEditor), rightsgraph.RoleAdmin, rightsgraph.EFORBIDDEN},
		{"admin edits", as(rightsgraph.RoleAdmin), rightsgraph.RoleEditor, ""},
		{"unknown role", as("god"), rightsgraph.RoleReader, rightsgraph.EFORBIDDEN},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rightsgraph.ErrorCode(rightsgraph.Require(tt.ctx, tt.min)); got != tt.code {
				t.Errorf("code %q, want %q", got, tt.code)
			}
		})
	}
}

func TestSecrets(t *testing.T) {
	a, ha := rightsgraph.NewSecret()
	b, hb := rightsgraph.NewSecret()
	if a == b || ha == hb || rightsgraph.HashSecret(a) != ha || len(ha) != 64 {
		t.Errorf("secrets %q %q hashes %q %q", a, b, ha, hb)
	}
}
