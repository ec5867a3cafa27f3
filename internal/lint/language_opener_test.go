package lint

import "testing"

// TestPersonCauseOpeningDuty checks a duty left undone, told in a
// participle that opens the sentence and whose doer is the subject after
// the comma, and its blameless look-alikes: what could not be reached or
// found, and a system as the subject.
func TestPersonCauseOpeningDuty(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Failing to renew the domain before the weekend, the web team left the status page unreachable until Monday.",
		"Neglecting to check the rota, the dispatch lead sent two crews to the same job.",
		"Forgetting to update the holiday calendar, Mirela ran the payroll a day early.",
	})
	checkPersonCause(t, false, []string{
		"Failing to reach the vendor by phone, the on-call engineer opened a priority ticket.",
		"Failing to reproduce the crash locally, Mirela added logging to the worker.",
		"Failing to find the lock holder, the DBA paged the storage team.",
		"Failing to acquire the lock, the job retried three times and gave up.",
	})
}

// TestPersonCauseOpeningMeans checks a person's act told in an opening
// phrase of means ("By re-sending …", "Having merged …") and what the
// person let, left or made happen after the comma, and their blameless look-alikes: a remedy, what went well, a
// time after "By", and a person who left a place.
func TestPersonCauseOpeningMeans(t *testing.T) {
	checkPersonCause(t, true, []string{
		"By reloading the whole catalogue instead of the changed rows, Halvard froze the search cluster for an hour.",
		"Having swapped the two tariff files himself, Ruben left the northern depots charging the southern rates for a month.",
		"By moving the cut-off to noon, the planner made every afternoon order miss the last truck.",
		"Having pushed the schema change at lunchtime, Oona left the reporting service without a database for two hours.",
	})
	checkPersonCause(t, false, []string{
		"By draining the node first, Halvard let the queue catch up before the restart.",
		"Having rolled back the release, Oona left the bridge at 02:00.",
		"By 09:00, the planner had made the corrected schedule available.",
		"By pausing the import, Ruben made sure no more rows were written.",
		"Having confirmed the backup, the team lead let the migration run overnight.",
		"By adding a second replica, the DBA made the failover faster.",
		"Having reviewed the runbook, Oona left the old config in place.",
	})
}

// TestPersonCauseFormalBasis checks a person's work named by a passive
// with its doer inside a formal phrase of cause or basis ("In consequence
// of", "Pursuant to", "In the light of", "In line with"), then damage,
// and its blameless look-alikes: a neutral change, a remedy, and a
// system's act.
func TestPersonCauseFormalBasis(t *testing.T) {
	checkPersonCause(t, true, []string{
		"In consequence of the routing table revised by the network lead without review, the branch offices lost their uplinks overnight.",
		"Pursuant to the retention rule authorised by the head of compliance, every invoice older than a week was deleted from the archive.",
		"In the light of the quota altered by the capacity manager, the nightly exports failed for three days running.",
		"In line with the discount approved by the sales director, members were charged twice for the spring renewal.",
	})
	checkPersonCause(t, false, []string{
		"In line with the plan approved by the change board, the nightly batch moved to 02:00.",
		"Pursuant to the fix approved by the head of operations, the stock levels were restored by noon.",
		"In consequence of the rollback performed by the on-call engineer, the errors stopped within minutes.",
		"In consequence of the disk filled by the log shipper, the primary stopped accepting writes.",
	})
}

// TestPersonCauseThanksWrongOutcome checks "thanks to" or "courtesy of" a
// person or a person's work, then an outcome told by what came out wrong
// ("short", "instead of", "rather than", "the wrong …"), and its blameless
// look-alikes: gratitude, a remedy, and damage avoided.
func TestPersonCauseThanksWrongOutcome(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Thanks to Odile's conversion macro, every parcel weighed in ten grams short.",
		"Courtesy of the night planner's roster, the Tuesday crews drove to Leith instead of Rosyth.",
		"Thanks to Mattias's mapping sheet, the Oslo orders were packed with the wrong labels.",
	})
	checkPersonCause(t, false, []string{
		"Thanks to Odile for checking the conversion macro before the run.",
		"Thanks to Mattias's fix, no parcel was weighed short after Tuesday.",
		"Thanks to the night planner's alert, the crews reported to Rosyth instead of the closed yard.",
		"Courtesy of Odile's runbook, the failover went smoothly rather than by hand.",
	})
}

// TestPersonCauseLeftBad checks a person's work, or a person's act told
// before ", leaving" or ", which left", that left people or things in a
// bad state, and its blameless look-alikes: a remedy, a plan, and nothing
// left wrong.
func TestPersonCauseLeftBad(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kwame's shift plan left the loading dock with nobody on the forklift from 05:00 to 07:00.",
		"Their weekend upgrade left the self-service tills idle for most of Saturday.",
		"Ingrid switched the feed to daily, which left the planners unable to see the late trucks.",
		"Tomasz removed the old depots from the table, leaving forty deliveries waiting at a closed gate.",
	})
	checkPersonCause(t, false, []string{
		"Kwame's rota left nobody idle on the night shift.",
		"Ingrid paused the import, leaving the queue empty as planned.",
		"Tomasz restored the depot table, which left nothing waiting by noon.",
		"The vendor's outage left the self-service tills idle for most of Saturday.",
	})
}
