//go:build !race

package lint

// raceEnabled says the tests run under the race detector.
const raceEnabled = false
