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

// TestPersonCauseRemedyTold checks an act told as what ended the
// trouble the clause before it tells, or as what brought a thing back;
// and their blameful look-alikes: damage told before the act, a delay,
// and work that took a thing down.
func TestPersonCauseRemedyTold(t *testing.T) {
	checkPersonCause(t, false, []string{
		"The timeouts stopped once Tariq deleted the cached route.",
		"Checkout recovered after Ana dropped the extra index.",
		"Latency returned to normal after Jonas wiped the local cache on the edge nodes.",
		"The retry storm subsided when Ravi killed the scheduler.",
		"Ravi's rollback brought the invoices table back.",
		"Her restart brought the queue back to zero.",
	})
	checkPersonCause(t, true, []string{
		"Replication stopped once Tariq deleted the slot.",
		"The replica stopped after Jonas deleted its data directory.",
		"Checkout recovered only after Ana dropped the lock table, and we lost an hour of orders.",
		"Ravi's script brought the whole cluster down.",
	})
}
