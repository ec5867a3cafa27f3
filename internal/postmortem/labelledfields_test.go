package postmortem

import "testing"

// An action led by its label takes its fields from the field lines that
// end its paragraph, bold or plain, and from the paragraphs and lists of
// field lines right after it; none of those lines is an action of its
// own, and a field paragraph after something else is not the action's.
func TestLabelledActionFields(t *testing.T) {
	src := "# Badge readers rejected every card\n\nDate: 2026-10-06\n\n## Follow-up\n\n" +
		"**Action:** Cache the badge list on each reader.\n**Owner:** Ana; Ben\n**Due:** 2026-11-02\n\n" +
		"**Action:** Rebuild the door controller image.\n**Owner:** Ben Ode (Facilities), due 2026-11-09\n\n" +
		"Action: Alert when a reader has not synced for an hour\nOwner: Kofi Mensah; Ben Ode\nPriority: P2\n\n" +
		"**Action item:** Test the fallback door codes.\n\n**Owner:** @kofi\n\n**Due:** 2026-11-20\n\n" +
		"**Action:** Move the badge service off the shared host.\n\n- **Owner:** @ana\n- **Status:** Done\n\n" +
		"**Action:** Write down who can open the doors by hand.\n\nThe facilities team keeps the keys today.\n\n" +
		"## Notes\n\n**Action:** Print the reader map for the night shift.\n**Owner:** @ben\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cache the badge list on each reader|Ana|2026-11-02||Open",
		"Rebuild the door controller image|Ben Ode|2026-11-09||Open",
		"Alert when a reader has not synced for an hour|Kofi Mensah||P2|Open",
		"Test the fallback door codes.|kofi|2026-11-20||Open",
		"Move the badge service off the shared host.|ana|||Done",
		"Write down who can open the doors by hand.||||Open",
		"Print the reader map for the night shift|ben|||Open",
	})
}
