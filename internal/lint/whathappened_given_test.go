package lint

import "testing"

// A summary whose heading says it tells what happened, in short, gives
// what happened as well; a plain summary does not.
func TestWhatHappenedGivenBySummaryOfIt(t *testing.T) {
	wantMissing(t, "what_happened", map[string]bool{
		"# Outage\n\n## What happened, in one paragraph\n\nThe queue stalled for an hour and came back on its own.\n": false,
		"# Outage\n\n## Summary\n\nThe queue stalled for an hour and came back on its own.\n":                         true,
	})
}
