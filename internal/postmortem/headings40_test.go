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
