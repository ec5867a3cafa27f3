package postmortem

import "testing"

// A post-mortem sent as an email: the Sent header is its date, an
// "Outage:" line gives the start and the end with a note after them,
// and the headers of an earlier mail quoted below give no incident day.
func TestMailThreadTimes(t *testing.T) {
	const src = "# RE: Review — payroll export failure, Mon 2 Mar\n\n" +
		"**From:** Rosa Delgado &lt;rosa@example.com&gt;\n**Sent:** Friday, March 6, 2026 3:12 PM\n" +
		"**To:** Finance IT &lt;fin-it@example.com&gt;\n**Subject:** RE: Review — payroll export failure\n\n" +
		"**Incident lead:** Rosa Delgado\n" +
		"**Outage:** Monday 2 Mar 2026, 10:05 to 11:20 EST — the export job could not reach the bank\n" +
		"**Detected:** 10:31 EST, when the bank called\n\n" +
		"Timeline (EST):\n\n- 10:05 Export job fails\n- 10:31 Bank calls the desk\n- 11:20 Export sent\n\n" +
		"> **From:** Ken Ito\n> **Sent:** Wednesday, March 4, 2026 9:00 AM\n> **Subject:** Review draft\n>\n> Draft below.\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "Friday, March 6, 2026 3:12 PM" {
		t.Errorf("date: %q", f.Value)
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-03-02T15:05Z", FieldDetect: "2026-03-02T15:31Z", FieldEnd: "2026-03-02T16:20Z"})
	if _, ok := doc.Field(FieldIncidentDate); ok {
		t.Errorf("a quoted mail's Sent header read as the incident's day")
	}
}
