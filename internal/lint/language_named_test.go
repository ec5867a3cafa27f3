package lint

import "testing"

// TestPersonCauseNamedAct checks a person's act or work named as what
// the damage traced back to, its trigger, what broke it, what took it
// down, what left it dead, why nothing worked, or what it was "thanks
// to", and a person's act as the gerund subject of "cost", "led to" or
// "caused"; and the same shapes naming a recovery, a quick catch, or a
// cost of nothing.
func TestPersonCauseNamedAct(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The ledger posted every refund twice, which traced back to Hiroshi re-running the payout job by hand.",
		"Card authorisations failed for an hour; the trigger was our platform engineer rotating the signing key mid-shift.",
		"What broke the nightly export was Priya's hard-coded path in the cron wrapper.",
		"The release by @teo.m at 09:40 is what took the booking widget down.",
		"It was the weekend crew's decision to skip the failover drill that left the standby site dead for a day.",
		"sorry team, my config push to the edge is why nothing loaded for EU shoppers",
		"Forty pallets were duplicated in the manifest, thanks to the yard clerk closing the visit twice.",
		"Marta approving the schema change without a dry run cost us the whole reporting window.",
		"Kenji silencing the disk alerts for the weekend led to the primary filling up.",
	})
	checkPersonCause(t, false, []string{
		"The ledger recovered within minutes, which traced back to Hiroshi re-running the reconciliation job.",
		"The reason the outage was short was our platform engineer noticing the key expiry early.",
		"What ended the backlog was Priya's change to the worker count.",
		"The release by @teo.m at 09:40 is what ended the booking widget errors.",
		"No pallets were lost, thanks to the yard clerk pausing the visit.",
		"Marta pausing the sync cost us nothing.",
		"Kenji paging the DBA early led to a quick fix.",
		"It was the weekend crew's decision to run the failover drill that left us with a tested standby.",
		"The timeline of the outage was put together by Marta and Kenji.",
	})
}
