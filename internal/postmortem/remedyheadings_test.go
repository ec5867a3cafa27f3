package postmortem

import "testing"

// Headings of other wordings name the follow-ups ("Changes we are
// making", "Next actions", "Making sure it doesn't happen again") and the
// fix made during the incident ("How we fixed it", "The fix").
func TestRemedyHeadings(t *testing.T) {
	for heading, want := range map[string]string{
		"Changes we are making": "remediation", "Next actions": "remediation", "Agreed actions": "remediation",
		"Making sure it doesn't happen again": "remediation", "Avoiding a repeat": "remediation", "Improvement plan": "remediation",
		"How we fixed it": SectionResolution, "The fix": SectionResolution, "How we stopped the bleeding": SectionResolution,
		"Workaround": SectionResolution, "What fixed it": SectionResolution, "How it was resolved": SectionResolution,
	} {
		src := "# Outage 2026-11-20\n\n## " + heading + "\n\n- Add a contract test for the merchant id.\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Sections) == 0 || doc.Sections[0].Key != want {
			t.Errorf("%q: sections %+v, want key %q", heading, doc.Sections, want)
		}
	}
}
