package lint

import "testing"

// TestPersonCauseNeutralMove checks that a verb which harms or protects
// as its object says ("removed", "disabled", "purged") is a cause only
// with a sign of harm: a live target, everything at once, a safeguard,
// one never put back, or what could no longer work after it; without one
// it is a move.
func TestPersonCauseNeutralMove(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Lindiwe removed the primary from the load balancer pool during peak.",
		"Tobias disabled every health probe on the edge tier.",
		"Priya disabled certificate verification on the payments client.",
		"Wiremu removed the circuit breaker and never put it back.",
		"Someone deleted the staging bucket.",
		"Olumide removed the signing key, and the API could no longer verify tokens.",
	})
	checkPersonCause(t, false, []string{
		"Lindiwe removed the old route from the edge router at 10:42.",
		"Tobias disabled the feature flag in the admin console.",
		"Priya removed two redirect rules from the CDN config.",
		"Wiremu removed the draining node from the pool and put it back after the patch.",
		// once a finding; with nothing harmed it tells a move, as "removed the ACL" does
		"Kenji removed the replica from the pool.",
	})
}
