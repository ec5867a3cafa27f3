package postmortem

import "testing"

// Headings of other wordings name the follow-ups ("Changes we are
// making", "Next actions", "Making sure it doesn't happen again") and the
// fix made during the incident ("How we fixed it", "The fix").
func TestRemedyHeadings(t *testing.T) {
	wantHeadingKeys(t, map[string]string{
		"Changes we are making": "remediation", "Next actions": "remediation", "Agreed actions": "remediation",
		"Making sure it doesn't happen again": "remediation", "Avoiding a repeat": "remediation", "Improvement plan": "remediation",
		"How we fixed it": SectionResolution, "The fix": SectionResolution, "How we stopped the bleeding": SectionResolution,
		"Workaround": SectionResolution, "What fixed it": SectionResolution, "How it was resolved": SectionResolution,
	})
}

// A heading's words after a comma qualify it ("What happened, briefly"),
// one that says it is short names the summary ("What happened, in one
// paragraph"), and the fix may be told as bringing the service back.
func TestQualifiedAndRestoringHeadings(t *testing.T) {
	wantHeadingKeys(t, map[string]string{
		"What happened, briefly": "what_happened", "What happened, in one paragraph": "short_summary",
		"Root cause, as far as we know": "root_cause", "How we brought it back": SectionResolution,
		"Getting it back": SectionResolution, "Putting it right on the day": SectionResolution, "Unsticking it": SectionResolution,
	})
}

// A run-in label before the sentence's day and its window: "**What
// happened.** On Tuesday, June 23, between 7:02 and 8:26 AM Pacific
// (PDT), …" gives the start and the end.
func TestRunInLabelThenDayThenWindow(t *testing.T) {
	src := "# Booking pages unavailable\n\n**What happened, in one paragraph.** On Tuesday, June 23, 2026, between 7:02 and 8:26 AM Pacific (PDT), patients saw an error page.\n"
	doc := mustParse(t, []byte(src))
	wantMoments(t, doc, "2026-06-23T14:02Z", "unread", "2026-06-23T15:26Z")
}
