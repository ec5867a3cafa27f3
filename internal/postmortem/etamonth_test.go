package postmortem

import "testing"

// A month named alone after "ETA" or a due date's label is due on its
// last day, in the next year where the month has passed.
func TestMonthAloneDue(t *testing.T) {
	const src = "# Build cache full\n\nDate: 2026-11-18\n\n## Todo\n\n" +
		"- [ ] shard the cache volume — ETA February, owner TBD\n" +
		"- [ ] prune old layers — @oskar — due: December\n" +
		"- [ ] write down the March freeze — @oskar\n"
	wantOwnersDues(t, actionsOf(t, src, 3), "", "2027-02-28", "oskar", "2026-12-31", "oskar", "")
}
