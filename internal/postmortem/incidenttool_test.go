package postmortem

import (
	"testing"
	"time"
)

// An incident tool's export: key timestamps as bold-label bullets in the
// zone a note names ("Impact started", "Impact ended", "Identified",
// "Incident closed"), an activity log, and follow-ups as bold titles
// with "·"-separated fields, one of them "Status: Completed".
func TestIncidentToolExport(t *testing.T) {
	src := "# INC-77: Checkout timeouts\n\n## Key timestamps\n\nAll times in SGT (UTC+08:00).\n\n" +
		"- **Impact started:** 2026-05-02 01:15\n- **Detected:** 2026-05-02 01:21\n" +
		"- **Identified:** 2026-05-02 01:40\n- **Impact ended:** 2026-05-02 02:05\n- **Incident closed:** 2026-05-02 08:00\n\n" +
		"## Activity log\n\n```\n01:21:04  System  Alert fired\n02:05:10  Mei Tan  Impact ended.\n```\n\n" +
		"## Follow-ups\n\n" +
		"- **Add a timeout budget to the checkout client** · Assignee: @mtan · Priority: High · Due: 2026-05-20 · Status: Open\n" +
		"- **Roll back the pool size change** · Assignee: @okeefe · Priority: Medium · Status: Completed\n"
	doc := mustParse(t, []byte(src))
	sgt := time.FixedZone("SGT", 8*3600)
	for key, want := range map[string]time.Time{
		FieldStart:  time.Date(2026, 5, 2, 1, 15, 0, 0, sgt),
		FieldDetect: time.Date(2026, 5, 2, 1, 21, 0, 0, sgt),
		FieldEnd:    time.Date(2026, 5, 2, 2, 5, 0, 0, sgt),
	} {
		if got := doc.TimeUTC(key); !got.Equal(want) {
			t.Errorf("%s read as %v, want %v", key, got, want.UTC())
		}
	}
	if _, ok := doc.Section("what_happened"); !ok {
		t.Error("the activity log is not read as what happened")
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Status != Open || doc.Actions[0].Owner != "mtan" || doc.Actions[1].Status != Done {
		t.Errorf("actions %+v, want the first open by mtan and the second done", doc.Actions)
	}
}
