package postmortem

import (
	"testing"
	"time"
)

// A table of times, people and events outside an action section is a
// timeline, though "Who" and "What" name action columns.
func TestWhoWhatTimelineIsNoActionTable(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline (UTC)\n\n2026-05-04\n\n| Time | Who | What |\n|---|---|---|\n"+
		"| 08:10 | deploy bot | Config 12 reaches every edge |\n| 08:40 | @ana | Rolls config 12 back |\n| 08:25 | @ana | Paged on 5xx |\n"))
	if len(doc.Actions) != 0 || len(doc.Events) != 3 || !doc.Events[2].OutOfOrder {
		t.Errorf("actions %+v, events %+v: want no action and three entries, the last out of order", doc.Actions, doc.Events)
	}
}

// Fields written in headings with their value, the items of a <details>
// block whose summary names the actions, prose that states the times,
// and actions led by an id or a TODO with its owner.
func TestFieldsAndActionsInOtherPlaces(t *testing.T) {
	doc := mustParse(t, []byte("# Login errors\n\n## Date: 2026-05-06\n## Incident Lead: @omar-f\n## Severity: SEV3\n\n"+
		"## Impact\n\nBetween 2026-05-04 08:10 UTC and 2026-05-04 09:02 UTC, logins failed for 3% of users. Detected at 2026-05-04 08:25 UTC.\n\n"+
		"## Follow-ups\n\nAI-1: Stage config pushes by region — owner: @ana — due 2026-06-01\n\nAI-2: Add the edge to the canary set — owner: @omar-f — Closed\n\n"+
		"<details>\n<summary>More action items</summary>\n\n- TODO(@edge-rota): alert on config drift\n- PAY-12 — refund the failed renewals\n\n</details>\n"))
	for key, want := range map[string]string{FieldDate: "2026-05-06", FieldContact: "@omar-f", FieldSeverity: "SEV3"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: got %+v, %v, want %q", key, f, ok, want)
		}
	}
	for key, want := range map[string]int{FieldStart: 10, FieldDetect: 25, FieldEnd: 62} {
		if got, ok := doc.Time(key); !ok || !got.Time.Equal(time.Date(2026, 5, 4, 8, want, 0, 0, time.UTC)) {
			t.Errorf("%s: got %+v, %v, want 08:00 + %d minutes", key, got, ok, want)
		}
	}
	want := []struct {
		title, owner string
		status       Status
	}{
		{"Stage config pushes by region", "ana", Open}, {"Add the edge to the canary set", "omar-f", Done},
		{"alert on config drift", "edge-rota", Open}, {"refund the failed renewals", "", Open},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner || a.Status != w.status {
			t.Errorf("action %d: got %q owner %q %v, want %+v", i, a.Title, a.Owner, a.Status, w)
		}
	}
}
