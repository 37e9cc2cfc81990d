package seed

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with an annotation, at a line of a file.
type Problem struct {
	File string
	Line int
	Msg  string
}

// String formats the problem as file:line: message, as compilers do.
func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// Problems is every problem found in one run of the loader. As an error it
// lists them one a line.
type Problems []Problem

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
