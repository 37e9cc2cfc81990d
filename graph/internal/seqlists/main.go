// Command seqlists rewrites gqlgen's generated executor so that every list
// of objects is marshalled through the package's marshalList (see
// graph/generated/lists.go), which marshals the elements in one goroutine
// when the request allows it; so that every object starts its group of
// deferred fields with deferredGroup (graph/generated/deferred.go), which
// costs nothing when none of its fields is deferred; so that the field
// context of a scalar or enum field is made by scalarFieldContext
// (graph/generated/fieldcontext.go), which costs one allocation rather
// than two; so that the fields of every object are collected by
// collectFields (graph/generated/collect.go), which keeps them for every
// request rather than one; so that every object is written by objectOf
// (graph/generated/object.go), which costs one allocation rather than
// five or more; and so that the resolver of every plain field first asks
// plain (graph/generated/plain.go) whether it may marshal the field
// straight from its object (see plainFields). It fails when it finds
// nothing to rewrite, so that a gqlgen release that generates these
// otherwise is noticed.
//
// Usage: seqlists FILE
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "seqlists:", err)
		os.Exit(1)
	}
}

// rewrites are the calls (and returns) replaced, each by a call of the
// package's own.
var rewrites = []struct{ from, to string }{
	{"graphql.MarshalSliceConcurrently(", "marshalList("},
	{"graphql.NewDeferredGroup(ctx)", "deferredGroup(ctx, fields)"},
	{"graphql.NewScalarFieldContext(", "scalarFieldContext("},
	{"graphql.CollectFields(ec.OperationContext, sel, ", "collectFields(ec.OperationContext, sel, "},
	{"\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn out\n}", "\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn objectOf(fields, out)\n}"},
}

func run(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: seqlists FILE")
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		from, to := []byte(r.from), []byte(r.to)
		if bytes.Count(src, from) == 0 && bytes.Count(src, to) == 0 {
			return fmt.Errorf("%s: no call of %s to rewrite", args[0], r.from)
		}
		src = bytes.ReplaceAll(src, from, to)
	}
	src, err = plainFields(src)
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	return os.WriteFile(args[0], src, 0o644)
}

// plainResolver is the resolver gqlgen generates for a field of a model
// struct, served as it is (obj.Field, no directive), up to its
// marshaller: $1 its first line, $2 the rest, $3 the struct field, $4 the
// marshaller.
var plainResolver = regexp.MustCompile(`(func \(ec \*executionContext\) _\w+\(ctx context\.Context, field graphql\.CollectedField, obj \*model\.\w+\) \(ret graphql\.Marshaler\) \{\n)` +
	`(\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n` +
	`\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\n\t\t\treturn ec\.fieldContext_\w+\(ctx, field\)\n\t\t\},\n` +
	`\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn obj\.(\w+), nil\n\t\t\},\n` +
	`\t\tnil,\n` +
	`\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v [^)]+\) graphql\.Marshaler \{\n\t\t\treturn ec\.([^(]+)\(ctx, selections, v\)\n)`)

// plainMarshallers are the bodies of the marshallers that never fail,
// and so never read the context, whose fields are plain: an enum's (the
// value marshals itself), a scalar's of gqlgen's that is never null
// (its check of null never holds), and a nullable pointer to one.
var plainMarshallers = []*regexp.Regexp{
	regexp.MustCompile(`^\treturn v\n$`),
	regexp.MustCompile(`^\t_ = sel\n\tres := graphql\.Marshal(String|ID|Int|Boolean)\(v\)\n\tif res == graphql\.Null \{\n\t\tgraphql\.AddInvalidNullFromMarshaler\(ctx, "\w+!"\)\n\t\}\n\treturn res\n$`),
	regexp.MustCompile(`^\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n\t_ = sel\n\t_ = ctx\n\tres := graphql\.Marshal(String|ID|Int|Boolean)\(\*v\)\n\treturn res\n$`),
}

// plainFields makes the resolver of every plain field (a field of a
// model struct whose marshaller is one of plainMarshallers) start with
//
//	if ec.plain(ctx) {
//		return ec.marshalX(ctx, field.Selections, obj.Field)
//	}
//
// which is what the rest of the resolver marshals, without the field
// context, middleware and boxing gqlgen's ResolveField goes through.
func plainFields(src []byte) ([]byte, error) {
	plain := func(marshaller []byte) bool {
		head := []byte("func (ec *executionContext) " + string(marshaller) + "(ctx context.Context, sel ast.SelectionSet, v ")
		i := bytes.Index(src, head)
		if i < 0 {
			return false
		}
		body := src[i:]
		start := bytes.Index(body, []byte(") graphql.Marshaler {\n"))
		end := bytes.Index(body, []byte("\n}\n"))
		if start < 0 || end < start {
			return false
		}
		body = body[start+len(") graphql.Marshaler {\n") : end+1]
		for _, re := range plainMarshallers {
			if re.Match(body) {
				return true
			}
		}
		return false
	}
	rewritten := 0
	out := plainResolver.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := plainResolver.FindSubmatch(m)
		if !plain(sub[4]) {
			return m
		}
		rewritten++
		var b bytes.Buffer
		b.Write(sub[1])
		fmt.Fprintf(&b, "\tif ec.plain(ctx) {\n\t\treturn ec.%s(ctx, field.Selections, obj.%s)\n\t}\n", sub[4], sub[3])
		b.Write(sub[2])
		return b.Bytes()
	})
	if rewritten == 0 && !bytes.Contains(src, []byte("if ec.plain(ctx) {")) {
		return nil, fmt.Errorf("no plain field to rewrite")
	}
	return out, nil
}
