package generated

// This file is written by hand, not generated: graph/internal/seqlists
// makes every object's marshaller return objectOf(fields, out) instead of
// out, the *graphql.FieldSet of its fields.

import (
	"io"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// object is the fields of an object with their values once resolved,
// marshalled as a *graphql.FieldSet marshals them: in order, each alias
// once (a field whose alias came before is left out). A FieldSet builds
// for that, for every object served, a map of the aliases written, an
// iterator with its closure and a copy of each field: five allocations or
// more, where an object costs one; a fifth of the allocations, and a
// sixth of the memory, of a neighbourhood or a page asked for ids.
type object struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

// objectOf returns out, the resolved fields of an object, as an object.
func objectOf(fields []graphql.CollectedField, out *graphql.FieldSet) graphql.Marshaler {
	return object{fields: fields, values: out.Values}
}

// MarshalGQL writes the object as graphql.FieldSet's MarshalGQL does.
func (o object) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	for i := range o.fields {
		alias := o.fields[i].Alias
		if written(o.fields[:i], alias) {
			continue
		}
		if i > 0 {
			io.WriteString(w, ",")
		}
		if strings.ContainsFunc(alias, func(r rune) bool { return r < 0x20 || r == '\\' || r == '"' }) {
			graphql.MarshalString(alias).MarshalGQL(w) // never a GraphQL name
		} else {
			io.WriteString(w, `"`)
			io.WriteString(w, alias)
			io.WriteString(w, `"`)
		}
		io.WriteString(w, ":")
		o.values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}

// written reports whether one of fields, those written before, has alias.
func written(fields []graphql.CollectedField, alias string) bool {
	for i := range fields {
		if fields[i].Alias == alias {
			return true
		}
	}
	return false
}
