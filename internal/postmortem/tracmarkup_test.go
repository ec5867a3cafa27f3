package postmortem

import "testing"

// A ticket's follow-ups in Trac's wiki markup: every row between double
// bars, the header cells bold in triple quotes, under "Follow-up
// tickets"; "somebody" in the owner's cell is nobody yet.
func TestTracTicketFollowUps(t *testing.T) {
	src := "= Postmortem: map tiles went stale =\n\nDate: 2026-11-24\n\n== Follow-up tickets ==\n\n" +
		"|| '''Ticket''' || '''Summary''' || '''Owner''' || '''Status''' || '''Due''' ||\n" +
		"|| #4872 || Pin the PostGIS packages on db2 || hkrueger || closed (fixed) || ||\n" +
		"|| #4874 || Test extension upgrades on staging || jwisniewska || new || 2026-12-15 ||\n" +
		"|| #4875 || Write the extension upgrade runbook || somebody || new || ||\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Pin the PostGIS packages on db2|hkrueger|||Done",
		"Test extension upgrades on staging|jwisniewska|2026-12-15||Open",
		"Write the extension upgrade runbook||||Open",
	})
}

// The state written after an issue's number in its cell is the work's
// where no other cell gives one: "#311 ✅ Closed" is done, "#52 ⛔ Won't
// do (…)" dropped, "#312 🟢 Open" open.
func TestIssueCellState(t *testing.T) {
	src := "# Review: charger starts\n\nDate: 2026-11-30\n\n## Follow-ups\n\n| Action | Owner | Due | Issue |\n| --- | --- | --- | --- |\n" +
		"| Per-user pool limits on pgbouncer | @seun | 2026-12-04 | lumenlane/platform#311 ✅ Closed |\n" +
		"| Point the report job at the replica | @seun | 2026-12-09 | lumenlane/platform#312 🟢 Open |\n" +
		"| Move reporting to the warehouse | @tobriain | — | lumenlane/data#52 ⛔ Won't do (project cancelled) |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Per-user pool limits on pgbouncer|seun|2026-12-04||Done",
		"Point the report job at the replica|seun|2026-12-09||Open",
		"Move reporting to the warehouse|tobriain|||Not planned",
	})
}

// "Primary:" and "Owned by:" name whom to ask. "Escalation" is not read
// so: a review's checklist has a heading "Escalation" over its questions.
func TestMoreContactLabels(t *testing.T) {
	for _, line := range []string{"Primary: @dana", "Owned by: @dana"} {
		doc := mustParse(t, []byte("# Checkout outage\n\nDate: 2026-11-14\n"+line+"\n\n## Summary\n\nCheckout failed.\n"))
		if f, ok := doc.Field(FieldContact); !ok || f.Value != "@dana" {
			t.Errorf("%s: contact %+v, want @dana", line, f)
		}
	}
}

// An alarm clock marks a due date as a calendar does: "⏰ Tue, Dec 8".
func TestAlarmClockDue(t *testing.T) {
	src := "# Lamps\n\nDate: 2026-12-05\n\n## Follow-ups\n\n- [ ] Callback alert runs 24/7 — @daudi.m — ⏰ Tue, Dec 8\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Callback alert runs 24/7|daudi.m|2026-12-08||Open"})
}
