package postmortem

import "testing"

// Labels of the start, the detection and the end put together from the
// words teams use: what was hit, a word for the moment, and words that
// make it a time. The end of impact comes before the incident's
// resolution, whichever is written first.
func TestMomentLabels(t *testing.T) {
	src := "# Checkout errors\n\n- **Outage start time:** 2026-03-04 09:10 UTC\n- **Time of first alert:** 2026-03-04 09:21 UTC\n" +
		"- **Incident resolved:** 2026-03-04 11:40 UTC\n- **Customer impact ended at:** 2026-03-04 10:55 UTC\n" +
		"- **Time to detect:** 11 minutes\n- **Reported by:** Ana Ruiz\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-03-04T09:10Z", FieldDetect: "2026-03-04T09:21Z", FieldEnd: "2026-03-04T10:55Z"})
	wantStated(t, doc)
	for label, want := range map[string]string{
		"When did it start?": FieldStart, "Issue detected": FieldDetect, "Alert fired": FieldDetect, "Service restored at": FieldEnd,
		"Time to mitigate": "", "Deploy started": "", "Reported by": "", "Impact": "", "Detected by alert at": "",
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("fieldKey(%q) = %q, want %q", label, got, want)
		}
	}
	other := mustParse(t, []byte("# Checkout errors\n\n**Alert:** CPU above 90% on the checkout pods\n"))
	if f, ok := other.Field(FieldDetect); ok {
		t.Errorf("an alert's text read as the detection: %+v", f)
	}
}

// Key times told in everyday words, "Broke:" and "Fixed:", with the
// weekday before a day written without its year ("Mon 11/30, 11:40p"),
// are the start and the end; "Noticed: ?" gives no detection.
func TestEverydayMomentLabels(t *testing.T) {
	src := "# Booking portal \"no availability\"\n\n**Review meeting:** 3 December 2026\n\nAll times Pacific (PST).\n\n**When**\n" +
		"Broke: Mon 11/30, 11:40p\nNoticed: ? — nobody wrote down when.\nFixed: Tue 12/1, 9:25a (portal showing real slots)\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T07:40Z", FieldEnd: "2026-12-01T17:25Z"})
	if d, ok := doc.Time(FieldDetect); ok && d.Err == nil {
		t.Errorf("a detection read from %q", d.Raw)
	}
	for label, want := range map[string]string{"Broke": FieldStart, "Fixed": FieldEnd, "Fixed in": "", "Broke by": ""} {
		if got := momentKey(label); got != want {
			t.Errorf("momentKey(%q) = %q, want %q", label, got, want)
		}
	}
}
