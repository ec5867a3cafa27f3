package postmortem

import "testing"

// Headings over the work to come in other words: action items under
// them become the document's actions.
func TestRemediationHeadingWords(t *testing.T) {
	for _, h := range []string{"AIs", "Short-term fixes", "Lessons learned and actions", "Where we go from here", "Hardening"} {
		src := "# Outage\n\n## Summary\n\nCheckout failed.\n\n## " + h + "\n\n- Validate the config in CI (@dana, due 2026-12-01)\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Actions) != 1 || doc.Actions[0].Owner != "dana" {
			t.Errorf("%q: actions %+v, want the one of @dana", h, doc.Actions)
		}
	}
}

// A kind of action before a colon stays in the title ("Prevent: add
// validation to CI"): cut there, every item of a kind had the same title.
func TestKindLeadTitle(t *testing.T) {
	for item, want := range map[string]string{
		"1. **Prevent:** Add validation to CI (@dana)":                  "Prevent: Add validation to CI",
		"1. Detect: Alert on config errors in production (@kim)":        "Detect: Alert on config errors in production",
		"- **Add validation to CI:** the config is not checked (@dana)": "Add validation to CI",
		"- Dana: add validation to CI before the next release (Dec 1)":  "Dana: add validation to CI before the next release",
	} {
		doc := mustParse(t, []byte("# Outage\n\n## Action items\n\n"+item+"\n"))
		if len(doc.Actions) != 1 || doc.Actions[0].Title != want {
			t.Errorf("%q: actions %+v, want the title %q", item, doc.Actions, want)
		}
	}
}

// An "(s)" after a column's name is the column ("Owner(s)"), and a due
// date in digits that reads either way round is the one reading after
// the document's day, where its other dates show no order.
func TestTableOwnersAndEitherWayDue(t *testing.T) {
	for table, want := range map[string]string{
		"| Action item | Owner(s) | Due date |\n|---|---|---|\n| Add validation to CI | Dana | 2026-12-01 |": "Dana 2026-12-01",
		"| Title | Assignee | Due |\n|---|---|---|\n| Add validation to CI | dana | 12/01/2026 |":            "dana 2026-12-01",
		"| Title | Assignee | Due |\n|---|---|---|\n| Add validation to CI | dana | 01/12/2026 |":            "dana 2026-12-01",
		"| Title | Assignee | Due |\n|---|---|---|\n| Add validation to CI | dana | 02/03/2027 |":            "dana ",
	} {
		doc := mustParse(t, []byte("# Outage\n\nDate: 2026-11-14\n\n## Action items\n\n"+table+"\n"))
		if len(doc.Actions) != 1 {
			t.Fatalf("%q: %d actions, want 1", table, len(doc.Actions))
		}
		a := doc.Actions[0]
		got := a.Owner + " "
		if !a.Due.IsZero() {
			got += a.Due.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("%q: owner and due %q, want %q", table, got, want)
		}
	}
}

// Lines counted by letters or small roman numbers, which Markdown reads
// as no list, are an action list's items under an action heading.
func TestLetteredActionLines(t *testing.T) {
	for _, lines := range []string{
		"a. Add validation to CI (@dana)\nb. Update the runbook (@kim)",
		"(a) Add validation to CI (@dana)\n(b) Update the runbook (@kim)",
		"i. Add validation to CI (@dana)\nii. Update the runbook (@kim)",
	} {
		doc := mustParse(t, []byte("# Outage\n\n## Action items\n\n"+lines+"\n"))
		if len(doc.Actions) != 2 || doc.Actions[0].Title != "Add validation to CI" || doc.Actions[1].Owner != "kim" {
			t.Errorf("%q: actions %+v", lines, doc.Actions)
		}
	}
	if n := letterMarker([]byte("Add validation")); n != 0 {
		t.Errorf("a line with no marker: %d", n)
	}
}
