package postmortem

import "testing"

// A status page's report tells the moments under headings the template
// does not name ("What our customers saw", "What went wrong"): they are
// read as a narrative's are, and a day such a section names for a
// follow-up does not date the incident.
func TestNarrativeUnkeyedSection(t *testing.T) {
	src := "# Invoices could not be sent\n\nDec 2, 2026 · lasted 2 hours 28 minutes\n\n" +
		"## What went wrong\n\nAll times UTC. At 12:58 we released an update of the fonts package. " +
		"At 13:12 the renderer crashed and restarted, and its queue stopped moving. Our queue-age alert fired at 13:19. " +
		"Every delayed invoice had gone out by 15:40, which is when the incident ended for customers.\n\n" +
		"## What else we did\n\nThe monitor change has been in place since December 3, at 09:00.\n\n" +
		"## What we are changing\n\n- Alert when the renderer restarts. By December 15.\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-12-02T13:19Z", FieldEnd: "2026-12-02T15:40Z"})
}

// A sentence that opens with its day and gives the window of the impact
// with "between" ("On Wednesday, December 2, between 13:12 and 15:40
// UTC, invoices stayed …") gives the start and the end, in the summary
// and in a narrative alike.
func TestBetweenAfterDay(t *testing.T) {
	for _, heading := range []string{"Summary", "What our customers saw"} {
		src := "# Invoices delayed\n\n## " + heading + "\n\nOn Wednesday, December 2, 2026, between 13:12 and 15:40 UTC, invoices stayed in the sending state.\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T13:12Z", FieldEnd: "2026-12-02T15:40Z"})
	}
}
