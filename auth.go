package rightsgraph

import "context"

// Principal is who makes a request: a token's name, role and clearance,
// or anonymous (all empty).
type Principal struct {
	Name string
	Role Role
	// Cleared is set for a token created with clearance: it may see what
	// is restricted (see Cleared).
	Cleared bool
}

type principalKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the principal of ctx; anonymous when none.
func PrincipalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

// Require checks that the request may act as min: EUNAUTHORIZED for an
// anonymous one, EFORBIDDEN for a token of a weaker role.
func Require(ctx context.Context, min Role) error {
	p := PrincipalFrom(ctx)
	switch {
	case p.Role == "":
		return Errorf(EUNAUTHORIZED, "this needs a token with the %s role (Authorization: Bearer …)", min)
	case !p.Role.AtLeast(min):
		return Errorf(EFORBIDDEN, "token %q has the %s role; this needs %s", p.Name, p.Role, min)
	}
	return nil
}

// AsSystem returns ctx acting as the system: with every right, its changes
// recorded as SystemActor's. Only the command line, which holds the store
// itself, acts so.
func AsSystem(ctx context.Context) context.Context {
	return WithPrincipal(ctx, Principal{Role: RoleAdmin})
}
