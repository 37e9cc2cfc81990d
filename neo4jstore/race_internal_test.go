//go:build race

package neo4jstore

// raceDetector is set when the tests run with the race detector, which
// makes pure computation several times slower: exhaustive checks of
// such code then draw fewer cases.
const raceDetector = true
