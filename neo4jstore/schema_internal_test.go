package neo4jstore

import "testing"

// TestSchemaStatementsAreNamed: the setup skips what exists by name, so
// every statement but the last (which waits for the indexes) names what
// it creates, and no two share a name.
func TestSchemaStatementsAreNamed(t *testing.T) {
	stmts := schemaStatements()
	seen := map[string]bool{}
	for _, stmt := range stmts[:len(stmts)-1] {
		name := schemaName(stmt)
		if name == "" {
			t.Errorf("no name in %q", stmt)
		}
		if seen[name] {
			t.Errorf("%s is created twice", name)
		}
		seen[name] = true
	}
	if name := schemaName(stmts[len(stmts)-1]); name != "" {
		t.Errorf("the last statement %q names %q, want the wait for the indexes", stmts[len(stmts)-1], name)
	}
}
