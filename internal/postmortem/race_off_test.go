//go:build !race

package postmortem

// raceEnabled says the tests run under the race detector.
const raceEnabled = false
