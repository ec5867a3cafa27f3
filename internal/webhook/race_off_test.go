//go:build !race

package webhook_test

// raceEnabled says the tests run under the race detector.
const raceEnabled = false
