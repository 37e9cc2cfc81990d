//go:build race

package main

// raceSlowdown is how much slower the race detector makes the server: the
// attacks' CPU bound grows by as much.
const raceSlowdown = 5
