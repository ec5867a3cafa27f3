package lint

import "testing"

// TestPersonCauseChatNotes checks chat notes that tell the act and the
// damage on either side of ";", a dash or an arrow, often without a verb
// in the second half, and their blameless look-alikes: a remedy, a
// recovery, a fall, a plan, or a state already going on.
func TestPersonCauseChatNotes(t *testing.T) {
	checkPersonCause(t, true, []string{
		"03:05 kenji drops the sessions table; logins fail across EU",
		"11:40 - @sven.k applies the new ACL - payments API unreachable",
		"anna restarts all three brokers at once → consumers stall",
		"07:12 @rui.p pushes the resolver config; 07:13 search down for every tenant",
		"Dmitri rebooted both core switches together and the office network went dark.",
		"02:10 lena repoints the CDN at the old bucket; 02:11 checkout down",
	})
	checkPersonCause(t, false, []string{
		"14:10 @dana enables the rate limiter; 5xx back to zero",
		"09:12 marta points the CDN at the new origin; images load again",
		"anna restarts the stuck broker → consumers resume",
		"11:40 - @sven.k reverts the ACL - payments API reachable",
		"16:20 omar opens the incident channel; checkout failing",
		"07:12 @rui.p pushes the resolver config; 07:13 latency down to 40 ms",
		"22:03 @rui.p pushes the new ACL to edge-2; 22:10 edge-2 down for replacement as planned",
		"We are changing the client to fail closed when the store is unreachable.",
		"Kenji promoted the replica and the old primary fails over cleanly.",
	})
}

// TestPersonCauseSatOn checks that sitting in a call is presence, while
// sitting on a page is delay.
func TestPersonCauseSatOn(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Wiremu sat on the page for 40 minutes while the checkout queue grew.",
	})
	checkPersonCause(t, false, []string{
		"Wiremu sat on the bridge for 40 minutes while the vendor investigated.",
		"Our DBA sat on the call with the vendor until the replica caught up.",
	})
}

// TestPersonCauseNamedReason checks a person's work named as the reason,
// the cause or the trigger, or as "what caused" the damage, and the same
// shapes naming a recovery, a finding or a system.
func TestPersonCauseNamedReason(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The reason the night batch overran was Zainab's decision to reindex during the batch window.",
		"The cause of the outage was Rhys's change to the retry policy.",
		"The trigger for the cascade was the intern's config push.",
		"What started the incident was Mateus's command on the primary.",
		"Zainab's decision to reindex during the batch window is what caused the overrun.",
		"The backlog grew to six hours, a result of Bartek pausing the queue and going to lunch.",
	})
	checkPersonCause(t, false, []string{
		"The reason the batch recovered was Zainab's decision to pause the reindex.",
		"The cause of the outage was found by Rhys's query.",
		"The trigger for the rollback was Priya's alert.",
		"Zainab's decision to pause the reindex is what ended the overrun.",
		"The backlog cleared within an hour, a result of Bartek pausing the noisy queue.",
		"The cause of the outage was a race in the scheduler, which Rhys found.",
		"The reason for the delay was Zainab's question about the rollback plan.",
		"Disk usage spiked, a result of Kubernetes evicting the pods.",
		"The reason the outage was short was Zainab's decision to fail over early.",
	})
}
