package postmortem

import "testing"

// A review sent as an email: follow-ups under "Actions arising", each a
// paragraph counted by a letter with its owner and target on the line
// below, one not taken forward; the letter's closing ends them, so the
// signature and the replies below it are no actions.
func TestLetteredFollowUpsInAnEmail(t *testing.T) {
	src := "# [ops] Review: webmail outage, 3 November 2026\n\n" +
		"**From:** Oluwaseun Adeyemi\n\n**1. Summary**\n\nWebmail was down for two hours.\n\n" +
		"**2. Actions arising**\n\n" +
		"(a) Alert on the mail queue's length, not on single failures.\nOwner: Messaging team. Target date: 20 November 2026.\n\n" +
		"(b) Move the relay's certificate into the register.\nOwner: Tamsin Hale (Security). Target date: 27 November 2026.\n\n" +
		"(c) Not taken forward: replacing the relay with a hosted service.\n\n" +
		"Kind regards,\n\nOluwaseun Adeyemi\nService Manager, Harbour Lane Council\n\n---\n\n" +
		"**Tamsin Hale** · 5 Nov 2026 · 9:02 a.m.\n\nThanks, on it.\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alert on the mail queue's length, not on single failures|Messaging team|2026-11-20||Open",
		"Move the relay's certificate into the register|Tamsin Hale|2026-11-27||Open",
		"replacing the relay with a hosted service.||||Not planned",
	})
}

// A task tool's sub-tasks: a mark of state opens each line (✓ done, ○
// open, ⊘ cancelled) and a middle dot parts the title, the assignee
// and the due date.
func TestSubtasksWithMarksAndMiddleDots(t *testing.T) {
	src := "# Review: double charges\n\n| | |\n| --- | --- |\n| Incident date | Nov 24, 2026 |\n\n## Subtasks\n\n" +
		"✓ Refund the duplicate charges · Aiyana Tso · Nov 25\n" +
		"○ Pass our own idempotency key on every charge · Diego Ferraz · Dec 11\n" +
		"○ Slow the staging processor down at random · Unassigned · No due date\n" +
		"⊘ Switch payment processor · Marcus Oyelowo\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Refund the duplicate charges|Aiyana Tso|2026-11-25||Done",
		"Pass our own idempotency key on every charge|Diego Ferraz|2026-12-11||Open",
		"Slow the staging processor down at random||||Open",
		"Switch payment processor|Marcus Oyelowo|||Not planned",
	})
}

// "Found:" and "Over:" label the detection and the end.
func TestFoundAndOverLabels(t *testing.T) {
	src := "# Review: double charges\n\nIncident date: Nov 24, 2026\n\nTimes are UTC.\n\n**When**\n" +
		"Started: 2:03 AM — first duplicate charge\n" +
		"Found: 6:47 AM — support pinged the on-call\n" +
		"Over: 9:12 AM — batch killed\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-24T02:03Z", FieldDetect: "2026-11-24T06:47Z", FieldEnd: "2026-11-24T09:12Z"})
}

// Lettered follow-ups with their fields on the same line: one whose
// note in emphasis says it is done ("— *Done on 2 December.*"), one
// struck through with the reason it was dropped after it.
func TestLetteredFollowUpsDoneAndStruck(t *testing.T) {
	src := "# Review: leases ran out\n\nDate: 2026-12-03\n\n## Pending actions\n\n" +
		"a) Renew the lease database licence. Owner: Ezequiel Benítez. Due: 2026-12-11. — *Done on 2 December.*\n\n" +
		"b) Alert when no leases are handed out for a minute. Owner: @lucia. Due: 2026-12-18.\n\n" +
		"c) ~~Hire a second managed DHCP vendor.~~ Dropped by the board: not worth it at our size.\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Renew the lease database licence|Ezequiel Benítez|2026-12-11||Done",
		"Alert when no leases are handed out for a minute|lucia|2026-12-18||Open",
		"Hire a second managed DHCP vendor. Dropped by the board||||Not planned",
	})
}
