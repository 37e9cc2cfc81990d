//go:build !race

package main

// raceSlowdown is 1 without the race detector (see attack_race_test.go).
const raceSlowdown = 1
