package postmortem

import "testing"

// An outliner's export writes a note under its first item on a line of
// its own; a note there on the zone of the times gives every time of the
// outline its zone.
func TestZoneNoteUnderAnOutlineItem(t *testing.T) {
	src := "- Kiln controller outage, Tue, Dec 1, 2026 #review\n" +
		"  \"Exported Dec 4, 2026. Times are Central (CST, UTC−6). Spans run from–to.\"\n" +
		"  - Timeline\n" +
		"    - 08:10 firing schedules stop loading. Impact starts\n" +
		"    - 08:25 a potter calls the front desk. Detected\n" +
		"    - 09:05 schedules load again. Impact ends\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T14:10Z", FieldDetect: "2026-12-01T14:25Z", FieldEnd: "2026-12-01T15:05Z"})
}
