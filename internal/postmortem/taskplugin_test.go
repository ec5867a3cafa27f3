package postmortem

import (
	"strings"
	"testing"
)

// A task plugin's items: the filter tag and the emoji fields are no part
// of the title; 📅 is the due date and ⏳ 🛫 ➕ are not; ✅ and ❌ with a
// date close the task; "[-]" is cancelled, "[/]" and "[>]" open; a wiki
// link naming a person or a team is the owner, one naming a page is not.
func TestTaskPluginItems(t *testing.T) {
	src := "# Queue outage\n\n## Follow-ups\n\n" +
		"- [ ] #task Page on queue depth over 500 [[Hana Sato]] ⏫ ➕ 2026-10-02 📅 2026-10-20\n" +
		"- [/] #task Split the queue per tenant [[Team Intake]] 🔼 🛫 2026-10-05 📅 2026-11-06\n" +
		"- [ ] #task Write the drain procedure @hsato 🔽 ⏳ 2026-10-09\n" +
		"- [-] #task Buy a bigger broker [[Lev Adler]] 🔽 ❌ 2026-10-07\n" +
		"- [>] #task Ask the vendor about quotas [[Lev Adler]] 📅 2027-02-01\n" +
		"- [x] #task Raise the consumer count ✅ 2026-10-03\n" +
		"- [ ] #task Link the dashboard from [[Queue runbook]]\n"
	doc := mustParse(t, []byte(src))
	want := []string{
		"Page on queue depth over 500|Hana Sato|2026-10-20|HIGH|Open",
		"Split the queue per tenant|Team Intake|2026-11-06|MEDIUM|Open",
		"Write the drain procedure|hsato||LOW|Open",
		"Buy a bigger broker|Lev Adler||LOW|Not planned",
		"Ask the vendor about quotas|Lev Adler|2027-02-01||Open",
		"Raise the consumer count||||Done",
		"Link the dashboard from [[Queue runbook]]||||Open",
	}
	checkActionLines(t, doc, want)
}

// actionLine writes an action's title, owner, due date, priority and
// status between bars.
func actionLine(a Action) string {
	due := ""
	if !a.Due.IsZero() {
		due = a.Due.Format("2006-01-02")
	}
	return strings.Join([]string{a.Title, a.Owner, due, a.Priority, a.Status.String()}, "|")
}

// checkActionLines compares a document's actions with lines actionLine
// writes.
func checkActionLines(t *testing.T, doc *Document, want []string) {
	t.Helper()
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, w := range want {
		if got := actionLine(doc.Actions[i]); got != w {
			t.Errorf("action %d: %s, want %s", i, got, w)
		}
	}
}
