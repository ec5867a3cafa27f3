package lint

import "testing"

// The classes below are constructions of the longer narrative sentences
// in which whole post-mortems put a person as the cause, each tested
// beside blameless sentences of the same shape: a remedy, a neutral act,
// or a system as the subject.

// TestPersonCauseButNever checks that a person's act followed by "but"
// and a duty left undone is read as the cause, however long the act.
func TestPersonCauseButNever(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Olu changed the bucket policy in the morning but did not tell the backup team.",
		"Mireille edited the routing table but then never tested the new path.",
		"Olu set the new retention period on Friday but did not warn the analytics team, so a month of events went unread.",
		"Dana updated the export path but never opened the new folder, so the import pulled an empty file.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid moved the export folder on Tuesday but did not need to restart the nightly job.",
		"The sync job moved the export folder on Tuesday but never checked what was in it.",
		"Olu renamed the bucket in the morning, but nobody was paged.",
		"Olu renamed the bucket but has not yet found why the old name stuck.",
	})
}

// TestPersonCausePassiveWork checks that a person's work as the agent of
// a passive of damage ("was duplicated by Marta's release of the job") is
// read as the cause, while a remedy, a finding, work on something
// already bad, or a system's work is not.
func TestPersonCausePassiveWork(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The payroll batch was duplicated by Marta's release of the job.",
		"Every customer was charged twice by Ola's release of the billing run.",
	})
	checkPersonCause(t, false, []string{
		"The site was restored by Marta's rollback at 03:00.",
		"The payroll batch was duplicated by the scheduler's retry of the job.",
		"The stale rows were deleted by Marta's cleanup job.",
		"The duplicate rows were found by Marta's query at 09:00.",
		"The outage was shortened by Marta's failover to the second region.",
	})
}

// TestPersonCauseClockInWindow checks that a time of day counts as one
// word of the window in which a person's act may reach its damage, so a
// long sentence with "at 18:05" in it is read to its end, while the same
// sentence with a good outcome or a system as the actor is not flagged.
func TestPersonCauseClockInWindow(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The zone file that Aiko published at 18:05 pointed all four regional resolvers at an address the old balancer had held, and the next hour of lookups was lost.",
		"The price list that Bruno imported at 02:15 put all of the winter fares into the summer table for every coastal route, and the morning bookings were lost.",
	})
	checkPersonCause(t, false, []string{
		"The zone file that Aiko published at 18:05 pointed all four regional resolvers at an address the new balancer had taken, and the next hour of lookups was answered.",
		"The zone file that the sync job published at 18:05 pointed all four regional resolvers at an address the old balancer had held, and the next hour of lookups was lost.",
	})
}

// TestClockAt checks the reading of a time of day's colon.
func TestClockAt(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	s := new(langScan)
	s.start(c, "at 21:40 and at 9:5x, then a: b", langPeople{})
	var got []int
	for j := range s.toks {
		if s.clockAt(j) {
			got = append(got, j)
		}
	}
	if len(got) != 1 || s.word(got[0]-1) != "21" {
		t.Errorf("clock colons at %v, want only the one of 21:40", got)
	}
}

// TestPersonCauseHyphenatedRedo checks that a hyphenated "re-" form of
// an irregular past ("re-ran", "re-wrote") is a person's act like
// "reran", while the same act with a repair, a system as the subject, or
// no damage is not a cause.
func TestPersonCauseHyphenatedRedo(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Tomasz re-ran the import at 04:00, which overwrote the corrected rows from the morning.",
		"Later she re-wrote the retention rule, and a week of audit logs was deleted.",
	})
	checkPersonCause(t, false, []string{
		"Tomasz re-ran the import at 04:00, which restored the missing rows.",
		"The scheduler re-ran the import at 04:00, which overwrote the staging rows.",
		"Tomasz re-sent the invoices at 09:00 after the template was fixed.",
	})
}

// TestPersonCauseServedStale checks that a consequence in which people
// were shown something stale is damage, while the stale thing removed,
// or a system as the actor, is not a person's fault.
func TestPersonCauseServedStale(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Lina changed the cache key at noon, so every shopper kept seeing stale prices for an hour.",
		"Lina changed the price feed at 10:00, so the shops were served stale prices for two hours.",
	})
	checkPersonCause(t, false, []string{
		"Lina changed the cache key at noon, so the stale prices were removed from every shop within an hour.",
		"The deploy tool changed the cache key at noon, so every shopper kept seeing stale prices for an hour.",
	})
}

// TestPersonCauseCleft checks that a person's work named in a cleft as
// what started or did damage ("is what tripped the breaker") is the
// cause, while a cleft of what brought people in or ended the trouble,
// or a system's work, is not.
func TestPersonCauseCleft(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi's config change is what tripped the breaker at 14:02.",
		"Lena's kernel tweak is what tripped the watchdog, because the fleet tool applied it to every host.",
	})
	checkPersonCause(t, false, []string{
		"Tunde's page was what brought the database team in.",
		"Zainab's rollback is what ended the outage.",
		"The kernel's scheduler change is what tripped the latency breaker.",
		"Ravi's alert is what woke the on-call engineer.",
	})
}

// TestPersonCauseGerundCleft checks that a person's act told as a gerund
// and named in a cleft as what did damage ("Ines running the migration
// … is what locked …") is the cause, while the same cleft of a remedy,
// of calm kept, or of a job's run is not.
func TestPersonCauseGerundCleft(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ines running the migration against the live table is what locked every checkout for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Ravi running the restore from the snapshot is what ended the outage.",
		"The cron job running the cleanup with the wrong flag is what deleted the sites.",
		"Ravi running the incident call is what kept everyone calm.",
		"Ravi joining the bridge at 03:00 is what started the recovery.",
	})
}
