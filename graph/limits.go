package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits refuses operations that are too deep, use too many aliases, or
// select too many fields once fragments are expanded: the shapes of
// denial-of-service queries (OWASP GraphQL cheat sheet) that a complexity
// estimate can miss. Introspection fields do not count towards the depth,
// so that GraphiQL and other tools can read the schema.
type Limits struct {
	MaxDepth   int
	MaxAliases int
	MaxFields  int
}

// Default limits: far above what the explorer and analysts' queries need.
const (
	DefaultMaxDepth   = 12
	DefaultMaxAliases = 30
	DefaultMaxFields  = 2000
)

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Limits{}

// ExtensionName names the extension.
func (Limits) ExtensionName() string { return "Limits" }

// Validate accepts every schema.
func (Limits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation before it runs.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	m := measure{limits: l, fragments: oc.Doc.Fragments}
	m.walk(oc.Operation.SelectionSet, 1)
	switch {
	case m.depth > l.MaxDepth:
		return limitError("DEPTH_LIMIT_EXCEEDED", "the operation is %d levels deep; the limit is %d", m.depth, l.MaxDepth)
	case m.aliases > l.MaxAliases:
		return limitError("ALIAS_LIMIT_EXCEEDED", "the operation uses more than %d aliases", l.MaxAliases)
	case m.fields > l.MaxFields:
		return limitError("FIELD_LIMIT_EXCEEDED", "the operation selects more than %d fields", l.MaxFields)
	}
	return nil
}

func limitError(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": code}
	return err
}

// measure counts an operation's depth, aliases and fields, fragments
// expanded. It stops counting once a limit is passed, so that a fragment
// bomb costs no more than the limit to refuse.
type measure struct {
	limits                 Limits
	fragments              ast.FragmentDefinitionList
	depth, aliases, fields int
}

func (m *measure) over() bool {
	return m.depth > m.limits.MaxDepth || m.aliases > m.limits.MaxAliases || m.fields > m.limits.MaxFields
}

func (m *measure) walk(set ast.SelectionSet, depth int) {
	for _, sel := range set {
		if m.over() {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			m.fields++
			if s.Alias != "" && s.Alias != s.Name {
				m.aliases++
			}
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection: as deep as the type system is
			}
			m.depth = max(m.depth, depth)
			m.walk(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			m.walk(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if f := m.fragments.ForName(s.Name); f != nil {
				m.walk(f.SelectionSet, depth)
			}
		}
	}
}
