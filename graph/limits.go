package graph

import (
	"context"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rightsgraph/rightsgraph/graph/generated"
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
	// passed holds operations (of documents from the query cache) that
	// passed every limit whatever their variables: they pass again.
	passed *lru.Cache[*ast.OperationDefinition, struct{}]
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
	var err error
	l.passed, err = lru.New[*ast.OperationDefinition, struct{}](queryCacheSize)
	return err
}

// MutateOperationContext measures the operation before it runs. An
// operation whose cost its variables cannot change (see costVaries) is
// measured once: parsed once too (the query cache keeps its document), it
// passes every later time without being walked again. Its cost alone,
// gqlgen's estimate over every kind an entity may be, was a twentieth of
// the CPU of a request for an entity with its relations.
func (l *Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if l.passed != nil && l.passed.Contains(oc.Operation) {
		return nil
	}
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
		l.pass(oc, m)
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
	l.pass(oc, m)
	return nil
}

// pass remembers that oc's operation, measured by m, passed every limit,
// when that holds whatever its variables: when it selects no
// introspection, whose cost reads them (__type(name: $t)), and no
// argument that a cost function reads takes a variable.
func (l *Limits) pass(oc *graphql.OperationContext, m measure) {
	if l.passed != nil && len(m.introspection) == 0 && !costVaries(oc.Operation.SelectionSet, oc.Doc.Fragments, map[string]bool{}) {
		l.passed.Add(oc.Operation, struct{}{})
	}
}

// costVaries reports whether an argument that a cost function reads (see
// costArguments) takes a variable anywhere in set, fragments expanded
// (each once: the validator refuses fragment cycles, and a fragment
// spread twice holds the same arguments). Depth, aliases and fields never
// depend on variables: gqlgen's estimate counts a field under @skip or
// @include whatever their condition.
func costVaries(set ast.SelectionSet, fragments ast.FragmentDefinitionList, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			for _, arg := range s.Arguments {
				if costArguments[arg.Name] && generated.TakesVariable(arg.Value) {
					return true
				}
			}
			if costVaries(s.SelectionSet, fragments, seen) {
				return true
			}
		case *ast.InlineFragment:
			if costVaries(s.SelectionSet, fragments, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			if f := fragments.ForName(s.Name); f != nil && costVaries(f.SelectionSet, fragments, seen) {
				return true
			}
		}
	}
	return false
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
