//go:build race

package cli_test

// raceEnabled says the tests run under the race detector.
const raceEnabled = true
