package generated

// This file is written by hand, not generated: graph/internal/seqlists
// makes the generated code collect the fields of each object with
// collectFields instead of graphql.CollectFields.

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// collectFields returns what graphql.CollectFields does: the fields that
// selection set sel selects of an object of a type that satisfies the
// given types. Where the answer cannot depend on the request (no
// directive in sel, its fragments included, reads a variable or defers),
// it is kept for every request, by sel and satisfies: the objects of a
// list, and the same query asked again, collect it once. gqlgen keeps it
// for one request only, and makes a key of each call that costs an
// allocation and a hash of the type names, every object served.
//
// A field's selections in the answer kept are those its objects' fields
// are then collected from, so that they too are found by the same
// slices: the entries of one query lead to each other.
func collectFields(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	if len(sel) == 0 || len(satisfies) == 0 {
		return graphql.CollectFields(oc, sel, satisfies)
	}
	key := collectKey{sel: unsafe.SliceData(sel), n: len(sel), satisfies: unsafe.SliceData(satisfies)}
	c := collected.Load()
	if v, ok := c.fields.Load(key); ok {
		if fields, ok := v.([]graphql.CollectedField); ok {
			return fields
		}
		return graphql.CollectFields(oc, sel, satisfies) // not the same for every request
	}
	if _, known := c.docs.LoadOrStore(oc.Doc, struct{}{}); !known && c.ndocs.Add(1) > maxCollectedDocs {
		collected.CompareAndSwap(c, new(collectCache)) // start afresh
		return graphql.CollectFields(oc, sel, satisfies)
	}
	if !staticSelection(oc.Doc, sel, map[string]bool{}) {
		c.fields.Store(key, false)
		return graphql.CollectFields(oc, sel, satisfies)
	}
	kept, _ := c.fields.LoadOrStore(key, graphql.CollectFields(oc, sel, satisfies))
	if fields, ok := kept.([]graphql.CollectedField); ok {
		return fields
	}
	return graphql.CollectFields(oc, sel, satisfies)
}

// maxCollectedDocs bounds the query documents whose selection sets are
// kept, which the cache keeps from being freed, as the query cache keeps
// as many; past it, the cache starts afresh, and what it held can go.
const maxCollectedDocs = 1000

// collected is the cache of collectFields: by selection set and types
// satisfied, the fields collected, or false for a selection set whose
// fields depend on the request.
var collected atomic.Pointer[collectCache]

func init() { collected.Store(new(collectCache)) }

type collectCache struct {
	fields sync.Map // collectKey → []graphql.CollectedField, or false
	docs   sync.Map // the documents of the selection sets kept
	ndocs  atomic.Int64
}

// collectKey names a selection set by its first element and length, and
// the types satisfied by their first element: pointers, which keep what
// they point to from being freed and its memory reused while the entry
// lasts.
type collectKey struct {
	sel       *ast.Selection
	n         int
	satisfies *string
}

// staticSelection reports whether the fields collected from set are the
// same for every request: when no directive on its fields, fragments and
// fragment spreads, those of the fragments spread included, takes a
// variable (@skip(if: $x)) or defers (@defer).
func staticSelection(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) bool {
	for _, s := range set {
		var directives ast.DirectiveList
		switch s := s.(type) {
		case *ast.Field:
			directives = s.Directives
		case *ast.InlineFragment:
			directives = s.Directives
			if !staticSelection(doc, s.SelectionSet, seen) {
				return false
			}
		case *ast.FragmentSpread:
			directives = s.Directives
			if !seen[s.Name] {
				seen[s.Name] = true
				f := doc.Fragments.ForName(s.Name)
				if f == nil || !staticSelection(doc, f.SelectionSet, seen) {
					return false
				}
			}
		default:
			return false
		}
		for _, d := range directives {
			if d.Name == "defer" {
				return false
			}
			for _, a := range d.Arguments {
				if TakesVariable(a.Value) {
					return false
				}
			}
		}
	}
	return true
}

// TakesVariable reports whether v is a variable or holds one.
func TakesVariable(v *ast.Value) bool {
	if v == nil {
		return false
	}
	if v.Kind == ast.Variable {
		return true
	}
	for _, c := range v.Children {
		if TakesVariable(c.Value) {
			return true
		}
	}
	return false
}
