package postmortem

import (
	"testing"
	"time"
)

// A heading that names a target period gives the actions under it the
// last day of the last period it names; an action's own due date wins,
// and a heading without a target gives none.
func TestHeadingTargetGivesTheDueDate(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n### Short term\n\n- [ ] Add a lag alert @dana\n\n"+
		"### Improve rollback (Target: Q4 2025 - Q1 2026)\n\n- [ ] Script the rollback @lee\n- [ ] Drill the rollback — due: 2025-11-30\n\n"+
		"#### Runbooks\n\n- [ ] Write the rollback runbook\n\n### Later (H2 2026)\n\n| Action | Owner |\n|---|---|\n| Move to the new proxy | @kim |\n\n"+
		"### Follow-ups (due by December 2026)\n\n- [ ] Retire the old pool\n\n### Quarterly drills\n\n- [ ] Run a drill in 2026-Q3 with every team\n"))
	want := []struct {
		title, raw string
		due        time.Time
	}{
		{"Add a lag alert", "", time.Time{}},
		{"Script the rollback", "Q4 2025 - Q1 2026", time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)},
		{"Drill the rollback", "2025-11-30", time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)},
		{"Write the rollback runbook", "Q4 2025 - Q1 2026", time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)},
		{"Move to the new proxy", "H2 2026", time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)},
		{"Retire the old pool", "December 2026", time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)},
		{"Run a drill in 2026-Q3 with every team", "", time.Time{}},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || a.DueRaw != w.raw || !a.Due.Equal(w.due) {
			t.Errorf("action %d: got %q due %q %v, want %q due %q %v", i, a.Title, a.DueRaw, a.Due, w.title, w.raw, w.due)
		}
	}
	if doc.Actions[1].DueSpan != (Span{}) {
		t.Errorf("a due date from a heading has a span %+v in the item, want none", doc.Actions[1].DueSpan)
	}
}
