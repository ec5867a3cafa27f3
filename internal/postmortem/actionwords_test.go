package postmortem

import (
	"testing"
	"time"
)

// Actions under headings and in columns of other wordings, with owners
// written as names and due dates written in words.
func TestActionsInOtherWordings(t *testing.T) {
	doc := mustParse(t, []byte("# Payments outage\n\n## What we'll change\n\n"+
		"1. Add retries to the ledger client (Owner: Dana Kim, Due: 15 October 2026)\n"+
		"2) Rate-limit the retry path — @lee — 2026-10-20\n\n"+
		"## Repair items\n\n| Repair item | Team | Priority | ETA |\n|---|---|---|---|\n| Shard the queue | Platform | High | Q1 2027 |\n\n"+
		"## Preventing recurrence\n\n- Add a canary stage for config pushes. Owner: SRE. Due: 30 November 2026.\n\n"+
		"## Work items\n\n* Investigate the slow queries — Sam Ortiz (P2)\n* [Improve dashboards](https://example.com/x) – Priya – Nov 30, 2026\n"+
		"* Add a circuit breaker (PAY-456)\n* Move the cron jobs, Grafana, and the alert rules to the new cluster\n"))
	compareDues(t, doc, []dueFacts{
		{"Add retries to the ledger client", "Dana Kim", "*", day(2026, 10, 15)},
		{"Rate-limit the retry path", "lee", "*", day(2026, 10, 20)},
		{"Shard the queue", "Platform", "*", day(2027, 3, 31)},
		{"Add a canary stage for config pushes", "SRE", "*", day(2026, 11, 30)},
		{"Investigate the slow queries", "Sam Ortiz", "*", time.Time{}},
		{"Improve dashboards", "Priya", "*", day(2026, 11, 30)},
		{"Add a circuit breaker", "", "*", time.Time{}},
		{"Move the cron jobs, Grafana, and the alert rules to the new cluster", "", "*", time.Time{}},
	})
}

// Items titled differently since a form after the title was first read
// keep the whole text that older versions keyed their issues by.
func TestNewFormsKeepTheOldTitle(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n- Investigate the slow queries — Sam (P2)\n"+
		"- Add a canary stage. Due: 30 November 2026\n- Add a circuit breaker (PAY-456)\n- Add a lag alert (done)\n"))
	want := []string{"Investigate the slow queries — Sam", "Add a canary stage. Due: 30 November 2026", "Add a circuit breaker (PAY-456)", ""}
	for i, w := range want {
		if got := doc.Actions[i].LongTitle; got != w {
			t.Errorf("action %d: long title %q, want %q", i, got, w)
		}
	}
}

// A heading that names a target period gives the actions under it the
// last day of the last period it names; an action's own due date wins,
// and a heading without a target gives none.
func TestHeadingTargetGivesTheDueDate(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n### Short term\n\n- [ ] Add a lag alert @dana\n\n"+
		"### Improve rollback (Target: Q4 2025 - Q1 2026)\n\n- [ ] Script the rollback @lee\n- [ ] Drill the rollback — due: 2025-11-30\n\n"+
		"#### Runbooks\n\n- [ ] Write the rollback runbook\n\n### Later (H2 2026)\n\n| Action | Owner |\n|---|---|\n| Move to the new proxy | @kim |\n\n"+
		"### Follow-ups (due by December 2026)\n\n- [ ] Retire the old pool\n\n### Quarterly drills\n\n- [ ] Run a drill in 2026-Q3 with every team\n"))
	compareDues(t, doc, []dueFacts{
		{"Add a lag alert", "dana", "", time.Time{}},
		{"Script the rollback", "lee", "Q4 2025 - Q1 2026", day(2026, 3, 31)},
		{"Drill the rollback", "", "2025-11-30", day(2025, 11, 30)},
		{"Write the rollback runbook", "", "Q4 2025 - Q1 2026", day(2026, 3, 31)},
		{"Move to the new proxy", "kim", "H2 2026", day(2026, 12, 31)},
		{"Retire the old pool", "", "December 2026", day(2026, 12, 31)},
		{"Run a drill in 2026-Q3 with every team", "", "", time.Time{}},
	})
	if doc.Actions[1].DueSpan != (Span{}) {
		t.Errorf("a due date from a heading has a span %+v in the item, want none", doc.Actions[1].DueSpan)
	}
}

// dueFacts are what an action's title, owner and due date read as.
type dueFacts struct {
	title, owner, raw string
	due               time.Time
}

// compareDues compares the open actions of doc with want.
func compareDues(t *testing.T, doc *Document, want []dueFacts) {
	t.Helper()
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		a := doc.Actions[i]
		got := dueFacts{a.Title, a.Owner, a.DueRaw, a.Due}
		if got.title != w.title || got.owner != w.owner || (w.raw != "*" && got.raw != w.raw) || !got.due.Equal(w.due) || a.Status != Open {
			t.Errorf("action %d: got %+v %v, want %+v, open", i, got, a.Status, w)
		}
	}
}

// day is midnight UTC of a day.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
