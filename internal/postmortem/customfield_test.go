package postmortem

import "testing"

// Fields as tools print them: a ticketing tool's team fields with its
// prefix ("CF Impact Start", "cf_severity", "Custom: Incident lead",
// "CF Time Zone"), read by the name after it; a sheet exported with its
// grid ("| | A | B | C |" over rows that open with their number), read
// by the labels of its first column.
func TestToolFieldLayouts(t *testing.T) {
	for name, src := range map[string]string{
		"custom fields": "# Ticket 4411: portal lookups timing out\n\n| Field | Value |\n| --- | --- |\n" +
			"| cf_severity | SEV2 |\n| Custom: Incident lead | Ama Boateng |\n| CF Impact Start | 2026-10-12 10:04 |\n" +
			"| CF Impact Detected | 2026-10-12 10:15 |\n| CF Service Restored | 2026-10-12 11:02 |\n| CF Time Zone | CEST (UTC+2) |\n" +
			"| Resolved | 2026-10-12 13:00 |\n",
		"sheet grid": "# Sheet: card payments review\n\n## Tab: Facts\n\n| | A | B | C |\n| --- | --- | --- | --- |\n" +
			"| 1 | **Fact** | **Value** | **Source** |\n| 2 | Incident lead | Ama Boateng | ran the call |\n" +
			"| 3 | Severity | SEV2 | |\n| 4 | Impact began | 2026-10-12T10:04:00+02:00 | gateway logs |\n" +
			"| 5 | First alert | 2026-10-12T10:15:00+02:00 | error-rate alert |\n| 6 | Service restored | 2026-10-12T11:02:00+02:00 | |\n",
	} {
		t.Run(name, func(t *testing.T) {
			doc := wantTimes(t, src, map[string]string{FieldStart: "2026-10-12T08:04Z", FieldDetect: "2026-10-12T08:15Z", FieldEnd: "2026-10-12T09:02Z"})
			for key, want := range map[string]string{FieldSeverity: "SEV2", FieldContact: "Ama Boateng"} {
				if f, ok := doc.Field(key); !ok || f.Value != want {
					t.Errorf("%s: got %q (%v), want %q", key, f.Value, ok, want)
				}
			}
		})
	}
}
