//go:build !unix

package graph_test

// cpuTime is 0 where the process's CPU time is not read: benchmarks then
// report no cpu-ns/op.
func cpuTime() int64 { return 0 }
