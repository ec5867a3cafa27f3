package postmortem

import "testing"

// A note tool's outline names its sections by nodes whose whole text is
// the section's name, plain or bold, its tags after it, the section's
// text nested under it: a summary, what happened, the follow-ups. A node
// that reads as a sentence, or holds a figure, is no section's name.
func TestFields18OutlineSections(t *testing.T) {
	doc := mustParse(t, []byte("- Kiosk printers jammed #[[Incident]]\n    - Lead:: [[Mele Fonua]]\n"+
		"    - Summary\n        - Every kiosk printer jammed on the new ticket stock for an afternoon.\n"+
		"    - How it unfolded\n        - The stock was swapped without a test print.\n"+
		"    - **Impact**\n        - Around 200 visitors queued at the desk.\n"+
		"    - Next steps #[[Follow-up]]\n        - [ ] Test print every new stock\n            - Owner:: [[Mele Fonua]]\n"))
	wantSections(t, doc, map[string]string{"Summary": "short_summary", "How it unfolded": "what_happened",
		"Impact": "impact", "Next steps": "remediation"})
	if len(doc.Actions) != 1 {
		t.Errorf("%d actions, want 1", len(doc.Actions))
	}

	doc = mustParse(t, []byte("# Kiosk printers jammed\n\n- We changed the summary 2 times\n    - once on Monday\n"+
		"- The timeline is wrong, we think.\n    - see the log\n"))
	for _, s := range doc.Sections {
		if s.Form == "label" {
			t.Errorf("section %q read from a node that is a sentence", s.Name)
		}
	}
}
