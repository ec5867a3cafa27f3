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
