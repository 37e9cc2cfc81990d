package generated

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestPlain checks when plain fields skip their field context and
// middleware: under StopWhenDone while the request goes on, and under no
// other middleware, even one that does the same.
func TestPlain(t *testing.T) {
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	same := func(ctx context.Context, next graphql.Resolver) (any, error) { return StopWhenDone(ctx, next) }
	for _, tc := range []struct {
		name       string
		middleware graphql.FieldMiddleware
		ctx        context.Context
		want       bool
	}{
		{"StopWhenDone", StopWhenDone, context.Background(), true},
		{"StopWhenDone, the request ended", StopWhenDone, ended, false},
		{"another middleware", same, context.Background(), false},
		{"none", nil, context.Background(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ec := newExecutionContext(&graphql.OperationContext{ResolverMiddleware: tc.middleware}, &executableSchema{}, nil)
			if got := ec.plain(tc.ctx); got != tc.want {
				t.Errorf("plain = %v, want %v", got, tc.want)
			}
		})
	}
}
