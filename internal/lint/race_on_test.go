//go:build race

package lint

// raceEnabled says the tests run under the race detector, which slows
// the single-goroutine loops of the differential tests and of the
// model's training tenfold or more and checks nothing in them that the
// run without it does not.
const raceEnabled = true
