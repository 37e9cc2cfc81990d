//go:build !race

package neo4jstore

// raceDetector: see race_internal_test.go.
const raceDetector = false
