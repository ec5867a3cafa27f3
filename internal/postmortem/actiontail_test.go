package postmortem

import "testing"

// What follows an action list under the same heading and is no work: a
// line naming a role of the write-up itself ("Document owner: SRE
// team"), and lists under a bold label of metrics, risks, what is out
// of scope or what was told to customers.
func TestNoWorkAfterTheActions(t *testing.T) {
	for name, tail := range map[string]string{
		"document owner":   "Document owner: SRE team",
		"postmortem owner": "**Postmortem owner:** Dana Ruiz",
		"key metrics":      "**Key metrics**\n\n- Time to detect: 28 minutes\n- Time to resolve: 2 hours",
		"communication":    "**Customer communication**\n\n- Status page updated at 14:10.\n- Email sent to affected merchants on Dec 3.",
		"risks":            "**Risks**\n\n- The new alert may be noisy at night.",
		"out of scope":     "**Out of scope**\n\n- Rewriting the coupon service.",
	} {
		t.Run(name, func(t *testing.T) {
			src := "# Outage\n\n## Action items\n\n- [ ] Add an alert on checkout errors — owner: @dana — due 2026-12-20\n\n" + tail + "\n"
			checkActionLines(t, mustParse(t, []byte(src)), []string{"Add an alert on checkout errors|dana|2026-12-20||Open"})
		})
	}
}

// A remediation list written as notes, a thing and what was done to it
// with no "was" ("Cache flushed at 14:20."), records steps taken; the
// same words under "Action items" may state the aim, and stay work.
func TestTelegraphicStepsInTheFix(t *testing.T) {
	src := "# Outage\n\n## Remediation\n\n- Cache flushed at 14:20.\n- Deploy rolled back to v2.3.\n- Customers notified via status page.\n- Refunds issued to 212 customers\n\n" +
		"## Action items\n\n- Runbook updated with the failover query\n- Add alert for failed payments\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Runbook updated with the failover query||||Open", "Add alert for failed payments||||Open"})
	if len(doc.Steps) != 4 {
		t.Errorf("%d steps, want the 4 of the remediation: %+v", len(doc.Steps), doc.Steps)
	}
}

// An item of the follow-ups that is a note on the list itself opens no
// issue; an item with a priority of its own stays work.
func TestListNotesAreNoWork(t *testing.T) {
	for _, note := range []string{
		"Owners to be confirmed at Monday's review.", "All items are tracked in the OPS board.", "Items marked * are stretch goals.",
		"See the table below for dates.", "Priorities: P1 first, then P2.", "(more to come after the vendor call)",
		"Last reviewed on 2026-12-10.", "Status as of Dec 10: 1 open, 0 done.", "We will revisit these at the next ops review.", "Nothing else for now.",
	} {
		src := "# Outage\n\n## Action items\n\n- [ ] Add an alert on checkout errors — owner: @dana — due 2026-12-20\n- " + note + "\n"
		checkActionLines(t, mustParse(t, []byte(src)), []string{"Add an alert on checkout errors|dana|2026-12-20||Open"})
	}
	src := "# Outage\n\n## Action items\n\n- Priority: P1 — page on checkout errors\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 1 {
		t.Errorf("got %d actions, want the item with its priority", len(doc.Actions))
	}
}
