//go:build race

package postmortem

// raceEnabled says the tests run under the race detector, which slows
// the differential tests' single-goroutine loops tenfold and checks
// nothing in them that the run without it does not.
const raceEnabled = true
