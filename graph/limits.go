package graph

import (
	"context"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits refuses operations that are too deep, use too many aliases,
// select too many fields once fragments are expanded, or cost too much:
// the shapes of denial-of-service queries (OWASP GraphQL cheat sheet).
// Introspection selections (__schema, __type and all below them) count
// exactly as others do: an alias inside __schema is an alias, and a list
// of types costs what it holds.
type Limits struct {
	MaxDepth      int
	MaxAliases    int
	MaxFields     int
	MaxComplexity int // 0: no limit on the cost
	// RefuseIntrospection answers __schema and __type with
	// INTROSPECTION_DISABLED, before anything runs.
	RefuseIntrospection bool

	es graphql.ExecutableSchema
}

// Default limits: far above what the explorer and analysts' queries need.
// The depth is that of graphql-js's introspection query, which GraphiQL
// sends (15, measured: an argument's type and its chain of ofType); that
// query costs about 7,000 of the 10,000 the complexity limit allows.
const (
	DefaultMaxDepth   = 15
	DefaultMaxAliases = 30
	DefaultMaxFields  = 2000
)

// Codes of the errors of operations refused before they run.
const (
	CodeDepthLimit            = "DEPTH_LIMIT_EXCEEDED"
	CodeAliasLimit            = "ALIAS_LIMIT_EXCEEDED"
	CodeFieldLimit            = "FIELD_LIMIT_EXCEEDED"
	CodeComplexityLimit       = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeIntrospectionDisabled = "INTROSPECTION_DISABLED"
)

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*Limits)(nil)

// ExtensionName names the extension.
func (*Limits) ExtensionName() string { return "Limits" }

// Validate keeps the schema, which costs introspection selections.
func (l *Limits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

// MutateOperationContext measures the operation before it runs.
func (l *Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	m := measure{limits: l, fragments: oc.Doc.Fragments}
	m.walk(oc.Operation.SelectionSet, 1)
	switch {
	case m.depth > l.MaxDepth:
		return limitError(CodeDepthLimit, "the operation is %d levels deep; the limit is %d", m.depth, l.MaxDepth)
	case m.aliases > l.MaxAliases:
		return limitError(CodeAliasLimit, "the operation uses more than %d aliases", l.MaxAliases)
	case m.fields > l.MaxFields:
		return limitError(CodeFieldLimit, "the operation selects more than %d fields", l.MaxFields)
	case len(m.introspection) > 0 && l.RefuseIntrospection:
		return limitError(CodeIntrospectionDisabled, "introspection is disabled on this server")
	}
	if l.MaxComplexity <= 0 {
		return nil
	}
	// gqlgen's estimate skips __schema and costs __type shallowly; both
	// are costed exactly here instead, from the schema they describe.
	cost := gqlcomplexity.Calculate(ctx, l.es, oc.Operation, oc.Variables,
		gqlcomplexity.WithIgnoreFields(map[string]struct{}{"Query.__type": {}}))
	if cost <= l.MaxComplexity {
		ic := introspectionCost{vars: oc.Variables, fragments: oc.Doc.Fragments, budget: l.MaxComplexity - cost}
		for _, f := range m.introspection {
			ic.root(l.es.Schema(), f)
		}
		cost += ic.n
	}
	if cost > l.MaxComplexity {
		return limitError(CodeComplexityLimit, "the operation costs more than %d (each field 1, lists their size)", l.MaxComplexity)
	}
	return nil
}

func limitError(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": code}
	return err
}

// measure counts an operation's depth, aliases and fields, fragments
// expanded, and finds its introspection roots. It stops counting once a
// limit is passed, so that a fragment bomb costs no more than the limit to
// refuse.
type measure struct {
	limits                 *Limits
	fragments              ast.FragmentDefinitionList
	depth, aliases, fields int
	introspection          []*ast.Field // __schema and __type selections
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
			if s.Name == "__schema" || s.Name == "__type" {
				m.introspection = append(m.introspection, s)
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
