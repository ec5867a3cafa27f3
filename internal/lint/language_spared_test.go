package lint

import "testing"

// TestPersonCauseHarmThatDidNotCome checks acts and work followed by the
// damage they spared, not the damage they did: a work whose sequel says
// nothing broke or nobody lost anything, an act that went out without a
// single error, work brought to its end, a silenced alarm turned back on,
// an act on fewer than all, and a remedy whose starter is named in an
// aside. The same shapes with the damage done are still flagged.
func TestPersonCauseHarmThatDidNotCome(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Oluwaseun's failover is why no further orders broke.",
		"Mireille's patch went out before lunch, and nobody lost a cart.",
		"@kwame.b renewed the TLS certificate on schedule, and the mobile app reconnected without a single 495.",
		"Tove rolled the new pricing table out at 09:00, and the shop kept serving pages without any errors.",
		"Farid finished the reindex in twenty minutes, so the search team had fresh results before the sale.",
		"Anouk completed the certificate rotation, so the partners could sign in with the new keys.",
		"The night operator unmuted the disk-full alarm that the migration had silenced.",
		"Esther cordoned two racks instead of all twelve.",
		"The failover, begun by Matteo at 04:10, ended the timeouts.",
	})
	checkPersonCause(t, true, []string{
		"Oluwaseun's failover broke the order service for an hour.",
		"Mireille's patch went out before lunch, and 4,000 shoppers lost their carts.",
		"Esther cordoned the primary racks instead of the spare ones, and checkout went down.",
		"The outage was started by Matteo.",
	})
}

// TestJudgementFastLane checks that a release sent through a pipeline's
// fast lane is not judged as rushed, while a rushed release still is.
func TestJudgementFastLane(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	if got := c.check("The hotfix was rushed through the deploy pipeline's express lane, which skips canaries by design.", nil); len(got) != 0 {
		t.Errorf("fast lane: got %v, want none", got)
	}
	if got := c.check("The hotfix was rushed and nobody read the diff.", nil); !hasRule(got, "language/judgement") {
		t.Errorf("rushed: got %v, want language/judgement", got)
	}
}

// TestPersonCauseGateAndUnblock checks acts that look like damage by
// their verb alone: a person who rejects or declines what failed keeps
// it out, a purge of one thing is routine, and a drop after which the
// work carried on was the unblocking; the same verbs on what was wanted,
// or with damage told, are still flagged.
func TestPersonCauseGateAndUnblock(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Ifeoma rejected the payments SDK bump after it crashed the staging app twice.",
		"Bongani purged a single stale image from the CDN edge.",
		"Kalani dropped the unique index, and the import carried on from row 90,000.",
	})
	checkPersonCause(t, true, []string{
		"Ifeoma rejected 400 legitimate payments while testing the new fraud rule.",
		"Bongani purged the whole CDN cache at peak, and the origin fell over.",
		"Kalani dropped the orders table during the migration.",
	})
}
