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
