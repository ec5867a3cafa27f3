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
