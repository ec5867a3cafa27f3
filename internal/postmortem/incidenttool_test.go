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

// An incident tool groups its follow-ups under headings of their state,
// with a count: those under "Not doing (n)" or "Won't do" were dropped,
// whatever form they take, and a state written in a Status cell reads
// the same; a heading that only opens with such a word ("Dropped
// packets") is a topic, not a state.
func TestDroppedStateHeadings(t *testing.T) {
	src := "# INC-88: Search index stale\n\n## Follow-ups\n\n### Outstanding (1)\n\n" +
		"- **Alert when the index lags by 5 minutes**\n  Assignee: Mei Tan · Priority: High\n\n" +
		"### Not doing (2)\n\n- **Move search to a managed service**\n  Assignee: Lars Berg · Priority: Low · Reason: cost\n" +
		"- [ ] Shard the index by tenant — @lars\n\n" +
		"### Won't do\n\n| Action | Owner |\n| --- | --- |\n| Rebuild the index nightly | @mei |\n\n" +
		"### Dropped packets\n\n- [ ] Alert on dropped packets at the edge — @mei\n\n" +
		"## Earlier actions\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Cache the facets | @lars | Not doing |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alert when the index lags by 5 minutes|Mei Tan||HIGH|Open",
		"Move search to a managed service|Lars Berg||LOW|Not planned",
		"Shard the index by tenant|lars|||Not planned",
		"Rebuild the index nightly|mei|||Not planned",
		"Alert on dropped packets at the edge|mei|||Open",
		"Cache the facets|lars|||Not planned",
	})
}
