package rightsgraph_test

import (
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph"
)

// TestLengthLimits checks that Validate and CheckStatement refuse a value
// longer than its limit, naming its field, and take one at the limit;
// limits count code points, not bytes.
func TestLengthLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) }
	valid := func() *rightsgraph.Entity {
		return &rightsgraph.Entity{ID: "person/a", Kind: rightsgraph.KindPerson, Name: "A"}
	}
	manyAliases := func(n int) []string {
		var as []string
		for i := range n {
			as = append(as, "alias "+strings.Repeat("x", i+1))
		}
		return as
	}
	for _, tt := range []struct {
		name  string
		edit  func(e *rightsgraph.Entity)
		field string // "" when valid
	}{
		{"name at its limit", func(e *rightsgraph.Entity) { e.Name = long(rightsgraph.MaxNameLength) }, ""},
		{"name too long", func(e *rightsgraph.Entity) { e.Name = long(rightsgraph.MaxNameLength + 1) }, "name"},
		{"alias too long", func(e *rightsgraph.Entity) { e.Aliases = []string{"B", long(rightsgraph.MaxAliasLength + 1)} }, "aliases"},
		{"aliases at their limit", func(e *rightsgraph.Entity) { e.Aliases = manyAliases(rightsgraph.MaxAliases) }, ""},
		{"too many aliases", func(e *rightsgraph.Entity) { e.Aliases = manyAliases(rightsgraph.MaxAliases + 1) }, "aliases"},
		{"description too long", func(e *rightsgraph.Entity) { e.Description = long(rightsgraph.MaxDescriptionLength + 1) }, "description"},
		{"id too long", func(e *rightsgraph.Entity) { e.ID = "person/" + strings.Repeat("a", rightsgraph.MaxFieldLength) }, "id"},
		{"report text too long", func(e *rightsgraph.Entity) {
			e.ID, e.Kind, e.Text = "report/r", rightsgraph.KindReport, strings.Repeat("a", rightsgraph.MaxTextBytes+1)
		}, "text"},
		{"report attribution too long", func(e *rightsgraph.Entity) {
			e.ID, e.Kind, e.Text, e.Attribution = "report/r", rightsgraph.KindReport, "T", long(rightsgraph.MaxFieldLength+1)
		}, "attribution"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := valid()
			tt.edit(e)
			err := e.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate = %v, want valid", err)
				}
				return
			}
			if rightsgraph.ErrorCode(err) != rightsgraph.EINVALID || rightsgraph.ErrorField(err) != tt.field {
				t.Fatalf("Validate = %v (code %s, field %q), want %s on %s", err, rightsgraph.ErrorCode(err), rightsgraph.ErrorField(err), rightsgraph.EINVALID, tt.field)
			}
			if len(err.Error()) > 300 {
				t.Errorf("the message repeats the value: %d bytes", len(err.Error()))
			}
		})
	}
	for _, tt := range []struct {
		name, role, quote, field string
	}{
		{"at the limits", long(rightsgraph.MaxRoleLength), long(rightsgraph.MaxQuoteLength), ""},
		{"quote too long", "", long(rightsgraph.MaxQuoteLength + 1), "quote"},
		{"role too long", long(rightsgraph.MaxRoleLength + 1), "q", "role"},
	} {
		t.Run("statement "+tt.name, func(t *testing.T) {
			err := rightsgraph.CheckStatement(tt.role, tt.quote)
			if got := rightsgraph.ErrorField(err); (err != nil) != (tt.field != "") || got != tt.field {
				t.Errorf("CheckStatement = %v (field %q), want field %q", err, got, tt.field)
			}
		})
	}
}

// TestTruncate checks that Truncate cuts at code points and marks the cut.
func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 80, "short"},
		{"ééééé", 5, "ééééé"},
		{"éééééé", 5, "ééééé…"},
		{"abcdef", 3, "abc…"},
	} {
		if got := rightsgraph.Truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
