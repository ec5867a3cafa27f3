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

// A span's times may be approximate ("from about 11:10 PM till 01:40
// AM", "until about 15:10"), and a window after what people could not
// do ("unable to sign in … between 07:30 and 09:18") is the impact's.
func TestApproximateSpans(t *testing.T) {
	for body, want := range map[string][2]string{
		"Search came back empty from 13:25 until about 15:10 UTC, when the new index finished filling.":                 {"13:25", "15:10"},
		"Report sync stopped from about 11:10 PM till 01:40 AM UTC.":                                                    {"23:10", "01:40"},
		"Members were unable to sign in to online banking or the mobile app between 07:30 and 09:18 UTC on 2 December.": {"07:30", "09:18"},
	} {
		src := "# Incident 2026-12-02\n\n## Summary\n\n" + body + "\n"
		doc := mustParse(t, []byte(src))
		s, _ := doc.Time(FieldStart)
		e, _ := doc.Time(FieldEnd)
		if s.Time.Format("15:04") != want[0] || e.Time.Format("15:04") != want[1] {
			t.Errorf("%q: %s–%s, want %s–%s", body, s.Time.Format("15:04"), e.Time.Format("15:04"), want[0], want[1])
		}
	}
}

// A span after words of what stopped ("report sync stopped from about
// 11:10 PM till 01:40 AM", "So impact is from …") is the impact's window
// over a moment a clause told before it ("the archive job started at
// 10:30 PM"); "The first we heard of it was a chat … at 08:47" tells the
// detection.
func TestSpanOverEarlierMoment(t *testing.T) {
	src := "# Lab report sync 2026-12-03\n\nAll times UTC.\n\nThe monthly archive job started at 10:30 PM and scanned the reports table. " +
		"So impact is from 11:10 PM to 01:40 AM. The first we heard of it was a chat from a customer at 11:20 PM asking about a report.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-03T23:10Z", FieldDetect: "2026-12-03T23:20Z"})
}
