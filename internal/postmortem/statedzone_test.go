package postmortem

import "testing"

// A stated time written without a zone, among stated times that all
// name one zone, is read in that zone, in a list of lines or a table;
// it still says it was written without one.
func TestStatedTimeTakesTheOthersZone(t *testing.T) {
	lines := "# Kiosk printers offline\n\nDate: 2026-03-12\nStart: 2026-03-12 08:10 CET\nDetected: 2026-03-12 08:32\nResolved: 2026-03-12 09:25 CET\n"
	doc := readChecked(t, lines, nil, map[string]string{FieldStart: "2026-03-12T07:10Z", FieldDetect: "2026-03-12T07:32Z", FieldEnd: "2026-03-12T08:25Z"})
	if d, _ := doc.Time(FieldDetect); d.HasZone {
		t.Errorf("detect %+v says it named a zone", d)
	}
	table := "# Kiosk printers offline\n\n| Field | Value |\n| --- | --- |\n| Date | 2026-03-12 |\n| Start | 08:10 PST |\n| Detected | 08:32 PST |\n| End | 09:25 |\n"
	readChecked(t, table, nil, map[string]string{FieldStart: "2026-03-12T16:10Z", FieldDetect: "2026-03-12T16:32Z", FieldEnd: "2026-03-12T17:25Z"})
}
