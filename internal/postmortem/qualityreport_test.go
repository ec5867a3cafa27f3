package postmortem

import "testing"

// A quality-engineering report (8D) opens with a table of key/value
// pairs, two to a row, names its lead "8D lead", states the problem's
// start, detection and end as bullets with a note after a dash, and its
// zone in a note about the whole report.
func TestQualityReportFields(t *testing.T) {
	const src = "# 8D Report QR-118 — Label printer outage\n\n" +
		"| Report no. | QR-118 | Revision date | 02.04.2026 |\n| --- | --- | --- | --- |\n" +
		"| Opened | 24.03.2026 | 8D lead | Petra Novak (pnovak) |\n| Severity | S3 | Source | Line alarm |\n\n" +
		"All times in this report are local plant time, UTC+02:00.\n\n" +
		"## D2 — Problem description\n\nLabels stopped printing on line 4.\n\n" +
		"- **Problem start:** 24.03.2026, 06:10 (UTC+02:00) — first carton left without a label\n" +
		"- **Detected:** 24.03.2026, 06:25 — line alarm acknowledged by the shift lead\n" +
		"- **Problem end:** 24.03.2026, 07:02 — printing normal again\n"
	doc := readChecked(t, src, map[string]string{FieldDate: "02.04.2026", FieldContact: "Petra Novak (pnovak)", FieldSeverity: "S3"},
		map[string]string{FieldStart: "2026-03-24T04:10Z", FieldDetect: "2026-03-24T04:25Z", FieldEnd: "2026-03-24T05:02Z"})
	if doc.Zone != "UTC+02:00" {
		t.Errorf("zone %q, want UTC+02:00", doc.Zone)
	}
}

// A time stated with a note after a spaced dash is read without the
// note; a dash before a digit is a range, not a note.
func TestTimeWithDashNote(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"24.03.2026, 06:10 (UTC+02:00) — first carton left", "2026-03-24T04:10Z"},
		{"2026-03-24 06:10 UTC – alarm acknowledged", "2026-03-24T06:10Z"},
	} {
		pt, err := ParseTime(tc.in, proseBase)
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != tc.want {
			t.Errorf("%q: %s %v, want %s", tc.in, got, err, tc.want)
		}
	}
	if _, err := ParseTime("06:10 – 07:02 UTC", proseBase); err == nil {
		t.Errorf("a range read as one time")
	}
}
