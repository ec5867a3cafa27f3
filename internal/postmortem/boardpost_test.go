package postmortem

import "testing"

// A message board's post: the by-line names the poster in bold and the
// day it was posted; the span is told in bold prose without a year; the
// zone is noted once. 6:50am in Perth (UTC+8) on 4 March is 22:50 UTC on the 3rd.
func TestMessageBoardPost(t *testing.T) {
	src := "Harbour Ferries › Ops › Message Board\n\n# Write-up: ticket gates stuck on Wednesday\n\n" +
		"**Dana Okoro** · Duty manager · Posted Mar 5, 2026 · Notified 9 people\n\n---\n\n" +
		"Short version: from **6:50am until 8:05am on Wednesday 4 March**, the gates at all six wharves rejected every card. " +
		"All times are AWST (UTC+8).\n\n**How the morning went**\n\n- 6:50am first card rejected\n- 7:02am gate alarm pages me\n- 8:05am gates accepting cards again\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldCreatedBy: "Dana Okoro", FieldDate: "Mar 5, 2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s = %+v, want %q", key, f, want)
		}
	}
	for key, want := range map[string]string{FieldStart: "2026-03-03 22:50", FieldDetect: "2026-03-03 23:02", FieldEnd: "2026-03-04 00:05"} {
		if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != want {
			t.Errorf("%s read as %s UTC, want %s", key, got, want)
		}
	}
}
