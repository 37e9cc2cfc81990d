package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// TestStartsNoGoroutine holds the drafter to what the Makefile counts on
// when it runs this package's tests without the race detector: neither
// its code nor its tests start a goroutine. Start one, and move the
// package back to the race-detected ones (SEQUENTIAL_PKGS).
func TestStartsNoGoroutine(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if g, ok := n.(*ast.GoStmt); ok {
				t.Errorf("%s: a go statement: run this package's tests with -race (Makefile, SEQUENTIAL_PKGS)", fset.Position(g.Pos()))
			}
			return true
		})
	}
}
