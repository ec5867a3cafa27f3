package postmortem

import "testing"

// Owner forms written after the action: an arrow, a name in brackets at
// the end (of a person the document names elsewhere: "(Redis Cluster)"
// is not one), a person emoji, a team's acronym alone after a dash, and
// a team named in lower case.
func TestOwnerArrowBracketEmojiAcronym(t *testing.T) {
	src := "# Tram signal outage\n\nDate: 2026-11-10\nIncident commander: Jonas Brandt\n\n## Follow-ups\n\n" +
		"- [ ] Replace the interlocking relay → Petra Vogel\n" +
		"- [ ] Page on relay faults (Jonas Brandt)\n" +
		"- [ ] Add a spare relay to the depot 👤 Mira Holm\n" +
		"- [ ] Alert on stale signal states — SRE\n" +
		"- [ ] Write the relay runbook — the platform team\n" +
		"- [ ] Move the signal cache (Redis Cluster)\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Replace the interlocking relay|Petra Vogel|||Open",
		"Page on relay faults|Jonas Brandt|||Open",
		"Add a spare relay to the depot|Mira Holm|||Open",
		"Alert on stale signal states|SRE|||Open",
		"Write the relay runbook|the platform team|||Open",
		"Move the signal cache (Redis Cluster)||||Open",
	})
}

// A follow-up marked "N/A - not needed" is dropped, not open; one marked
// "Mitigated" stays open: the harm was contained, the work not done.
func TestNotNeededAndMitigatedStates(t *testing.T) {
	src := "# Tram signal outage\n\nDate: 2026-11-10\n\n## Follow-ups\n\n" +
		"| Action | Owner | Status |\n| --- | --- | --- |\n" +
		"| Swap the relay supplier | @pvogel | N/A - not needed |\n" +
		"| Fence off the cable duct | @jbrandt | Mitigated |\n" +
		"| Label the spare relays | @mholm | N/A – not required |\n\n" +
		"## Next steps\n\n" +
		"- [ ] Recable the depot — @pvogel — N/A - not needed\n" +
		"- [ ] Shield the signal cabinet — @jbrandt — Mitigated\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Swap the relay supplier|pvogel|||Not planned",
		"Fence off the cable duct|jbrandt|||Open",
		"Label the spare relays|mholm|||Not planned",
		"Recable the depot|pvogel|||Not planned",
		"Shield the signal cabinet|jbrandt|||Open",
	})
}

// A bare day and month after the owner's dash is the due date, read in
// the order the document writes its dates; "24/7" and "9/5" after a
// dash are hours and days of cover, no date.
func TestBareSlashDueAfterOwner(t *testing.T) {
	src := "# Tram signal outage\n\nDate: 10/11/2026\n\n## Follow-ups\n\n" +
		"- [ ] Reset the relays nightly — Petra Vogel — 12/01\n" +
		"- [ ] Staff the signal desk — Jonas Brandt — 24/7\n" +
		"- [ ] Watch the depot feed — 9/5\n" +
		"- [ ] Test the backup cabinet — Mira Holm — 28/11\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Reset the relays nightly|Petra Vogel|2027-01-12||Open",
		"Staff the signal desk — Jonas Brandt — 24/7||||Open",
		"Watch the depot feed — 9/5||||Open",
		"Test the backup cabinet|Mira Holm|2026-11-28||Open",
	})
}

// In a document that writes the month first ("11/30"), the bare "12/01"
// after an owner's dash is the first of December.
func TestBareSlashDueMonthFirst(t *testing.T) {
	src := "# Tram signal outage\n\nDate: 11/30/2026\n\n## Follow-ups\n\n" +
		"- [ ] Reset the relays nightly — Petra Vogel — 12/01\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Reset the relays nightly|Petra Vogel|2026-12-01||Open"})
}
