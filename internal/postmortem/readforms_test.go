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

// Fields as a definition list, several on one line, a zone in the
// label, an author in a by-line and a detection stated in prose.
func TestFieldsInMoreLayouts(t *testing.T) {
	doc := mustParse(t, []byte("# Disk full on the build cache\n\n_Written by @lena-p after the review._\n\n"+
		"**Date:** 2026-08-03 · **Severity:** SEV3\n\nIncident handler\n: @joao-v\n\nStart (UTC)\n: 2026-08-01 04:10\n\n"+
		"| Field | Value |\n|---|---|\n| End (UTC) | 2026-08-01 05:30 |\n\n"+
		"## Summary\n\nThe cache disk filled; we detected it at 2026-08-01 04:40 UTC when builds failed.\n\n"+
		"## Mitigation\n\n- Deleted the oldest cache layers.\n- Added 200 GB to the volume.\n\n## Action items\n\n- Alert at 80% disk use — @lena-p.\n"))
	for key, want := range map[string]string{FieldDate: "2026-08-03", FieldSeverity: "SEV3", FieldContact: "@joao-v", FieldCreatedBy: "@lena-p"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: got %+v, %v, want %q", key, f, ok, want)
		}
	}
	for key, want := range map[string]time.Time{
		FieldStart: time.Date(2026, 8, 1, 4, 10, 0, 0, time.UTC), FieldDetect: time.Date(2026, 8, 1, 4, 40, 0, 0, time.UTC),
		FieldEnd: time.Date(2026, 8, 1, 5, 30, 0, 0, time.UTC),
	} {
		if got, ok := doc.Time(key); !ok || !got.Time.Equal(want) || !got.HasZone {
			t.Errorf("%s: got %+v, %v, want %v with its zone", key, got, ok, want)
		}
	}
	if len(doc.Steps) != 2 || len(doc.Actions) != 1 || doc.Actions[0].Owner != "lena-p" || doc.Actions[0].Title != "Alert at 80% disk use" {
		t.Errorf("steps %+v, actions %+v: want the two mitigation steps and the one action, owned by lena-p", doc.Steps, doc.Actions)
	}
}

// Each action a heading with its fields on the lines below it; a heading
// whose name reads as another section's is still an action there, and
// its owner line is not the document's contact.
func TestActionHeadings(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Follow-ups\n\n### Shard the job queue\n\nOwner: @ana\nDue: Q3 2026\nStatus: Open\n\n"+
		"### Reduce the impact of retries\n\n**Owner:** Omar Farouk (@omar-f)  \n**Status:** Done\n\n### Notes\n\nWe will review these in a month.\n"))
	want := []struct {
		title, owner string
		status       Status
	}{{"Shard the job queue", "ana", Open}, {"Reduce the impact of retries", "omar-f", Done}}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner || a.Status != w.status || a.Form != HeadingItem {
			t.Errorf("action %d: got %q owner %q %v, want %+v", i, a.Title, a.Owner, a.Status, w)
		}
	}
	if !doc.Actions[0].Due.Equal(time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("due %v, want the end of Q3 2026", doc.Actions[0].Due)
	}
	if f, ok := doc.Field(FieldContact); ok {
		t.Errorf("contact %+v: an action's owner is not the document's contact", f)
	}
}

// "Between … and …" gives the incident's span only where it opens a
// sentence; inside one it can name any span, such as data lost.
func TestBetweenOpensTheSentence(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\nWe restored a backup, so any data written between 17:20 UTC and 23:25 UTC on the primary is lost for good.\n"))
	if got, ok := doc.Time(FieldStart); ok {
		t.Errorf("start %+v from a span inside a sentence", got)
	}
}

// Timeline entries whose day is written in words, with or without its
// year, and a When/What table under a timeline heading.
func TestWrittenDatesInTheTimeline(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n**Date:** 2026-09-16\n\n## Timeline\n\n- Sep 14, 09:12 UTC — the change reaches every pod\n"+
		"- Mon 14 Sep 11:20 CEST - the alert pages on-call\n- September 14, 2026 at 10:05 UTC — errors are back to normal\n\n"+
		"| When | What |\n|---|---|\n| 14 Sep 2026 10:30 UTC | the review is booked |\n"))
	want := []time.Time{time.Date(2026, 9, 14, 9, 12, 0, 0, time.UTC), time.Date(2026, 9, 14, 9, 20, 0, 0, time.UTC),
		time.Date(2026, 9, 14, 10, 5, 0, 0, time.UTC), time.Date(2026, 9, 14, 10, 30, 0, 0, time.UTC)}
	if len(doc.Events) != len(want) || len(doc.Actions) != 0 {
		t.Fatalf("events %+v, actions %+v: want %d entries and no action", doc.Events, doc.Actions, len(want))
	}
	for i, w := range want {
		if e := doc.Events[i]; !e.Time.Equal(w) || !e.HasZone || !e.HasDate {
			t.Errorf("entry %d: %+v, want %v with its date and zone", i, e, w)
		}
	}
}

// More ways to say an item is done or will not be done.
func TestMoreDoneMarks(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n- Add a lag alert — done.\n- Fixed: retry the upload once\n"+
		"- <del>Move the cron jobs</del>\n- Shard the queue (cancelled)\n- Drop the old pool — won’t do\n- Page on pool exhaustion\n"))
	want := []Status{Done, Done, Done, NotPlanned, NotPlanned, Open}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Status != w {
			t.Errorf("action %d %q: %v, want %v", i, a.Title, a.Status, w)
		}
	}
}

// Marks read since field labels keep the older whole title for the key.
func TestNewMarksKeepTheOldTitle(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n- Shard the queue (cancelled)\n- Add a lag alert (done)\n"))
	if got := doc.Actions[0].LongTitle; got != "Shard the queue (cancelled)" {
		t.Errorf("long title %q, want the whole text", got)
	}
	if got := doc.Actions[1].LongTitle; got != "" {
		t.Errorf("long title %q, want none: older versions read (done) too", got)
	}
}

// A field that gives the incident's span of time gives its start and
// end; a maintenance window does not.
func TestImpactWindowGivesStartAndEnd(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n| Field | Value |\n|---|---|\n| Impact window | 2026-09-14 09:12 – 10:05 UTC |\n"))
	for key, want := range map[string]time.Time{FieldStart: time.Date(2026, 9, 14, 9, 12, 0, 0, time.UTC), FieldEnd: time.Date(2026, 9, 14, 10, 5, 0, 0, time.UTC)} {
		if got, ok := doc.Time(key); !ok || !got.Time.Equal(want) || !got.HasZone {
			t.Errorf("%s: got %+v, %v, want %v with its zone", key, got, ok, want)
		}
	}
	doc = mustParse(t, []byte("# T\n\n**Maintenance window:** 2026-09-14 02:00 – 04:00 UTC\n"))
	if got, ok := doc.Time(FieldStart); ok {
		t.Errorf("start %+v from a maintenance window", got)
	}
}

// A bullet that only labels a group has its nested bullets as the
// actions; nested "Label: value" bullets are the fields of their action.
func TestGroupedAndNestedActionItems(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n- Short term\n  - Add a pool alert (@dana)\n  - Cap pool changes\n"+
		"- Long term:\n  - Move to the proxy\n- Add a retry budget\n  - Owner: @lee\n  - Due: 2026-11-01\n  - Status: Done\n"))
	want := []struct {
		title, owner, due string
		status            Status
	}{{"Add a pool alert", "dana", "", Open}, {"Cap pool changes", "", "", Open}, {"Move to the proxy", "", "", Open},
		{"Add a retry budget", "lee", "2026-11-01", Done}}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner || a.DueRaw != w.due || a.Status != w.status {
			t.Errorf("action %d: got %q owner %q due %q %v, want %+v", i, a.Title, a.Owner, a.DueRaw, a.Status, w)
		}
	}
}

// Under an action heading, a line of its own is an action when a label
// leads it or it names a field; a sentence about the list is not; a
// table of one column headed as actions lists one a row.
func TestActionLinesAndOneColumnTables(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\nWe will track these in the tracker.\n\n"+
		"**Rate-limit the retries** — @lee, due 2026-11-01\n\nAction: Review the config pipeline\n\nMigrated the cron jobs — @kim\n\n"+
		"## Follow-ups\n\n| Action items |\n|---|\n| Add an alert on pool exhaustion |\n"))
	want := []string{"Rate-limit the retries", "Review the config pipeline", "Add an alert on pool exhaustion"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(doc.Actions), doc.Actions, len(want))
	}
	for i, w := range want {
		if doc.Actions[i].Title != w {
			t.Errorf("action %d: %q, want %q", i, doc.Actions[i].Title, w)
		}
	}
}

// Labels and headings of other wordings for the template's fields.
func TestMoreFieldWordings(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\nPublished: 2026-09-16\nOn-call: @ravi-s\nIncident level: SEV2\n\n## Synopsis\n\nThe pool ran dry.\n\n## Incident details\n\nThe change reached every pod.\n"))
	for key, want := range map[string]string{FieldDate: "2026-09-16", FieldContact: "@ravi-s", FieldSeverity: "SEV2"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: got %+v, %v, want %q", key, f, ok, want)
		}
	}
	for _, key := range []string{"short_summary", "what_happened"} {
		if _, ok := doc.Section(key); !ok {
			t.Errorf("no %s section", key)
		}
	}
}

// Entries of a timeline written as headings that open with their time,
// under a date line, in order but for one.
func TestTimelineEntriesAsHeadings(t *testing.T) {
	doc := mustParse(t, []byte("# Outage\n\n## Timeline\n\n2026-09-14 (all times UTC)\n\n### 09:12 — Config pushed\n\nThe change reaches every pod.\n\n"+
		"### 09:40 — Resolved\n\nErrors back to normal.\n\n### 09:20 — Alert fires\n\nOn-call is paged.\n"))
	if len(doc.Events) != 3 || doc.Events[0].Text != "Config pushed" || !doc.Events[2].OutOfOrder {
		t.Fatalf("events %+v: want three, the last out of order", doc.Events)
	}
	if got, ok := doc.Time(FieldDetect); !ok || !got.Time.Equal(time.Date(2026, 9, 14, 9, 20, 0, 0, time.UTC)) || !got.HasZone {
		t.Errorf("detect %+v, %v, want 2026-09-14 09:20 UTC", got, ok)
	}
	if _, ok := doc.Section(SectionResolution); ok {
		t.Error("an entry's heading read as a Resolution section")
	}
}

// The zone a timeline's heading, a column's header or a note gives its
// times, in the ways teams write it.
func TestZoneNotes(t *testing.T) {
	for src, want := range map[string]int{
		"## Timeline (PT)\n\n2026-07-09\n\n- 10:12 a\n":                                     17,
		"## Timeline\n\n| Timestamp (IST) | Event |\n|---|---|\n| 2026-07-09 10:12 | a |\n": 4,
		"## Timeline\n\nTimes are in PDT.\n\n- 2026-07-09 10:12 a\n":                        17,
		"## Timeline (times in UTC+2)\n\n- 2026-07-09 10:12 a\n":                            8,
		"## Timeline — Central European Summer Time\n\n- 2026-07-09 10:12 a\n":              8,
	} {
		doc := mustParse(t, []byte("# T\n\n"+src))
		if len(doc.Events) != 1 || !doc.Events[0].HasZone || doc.Events[0].Time.UTC().Hour() != want {
			t.Errorf("%q: events %+v, want one at %02d UTC with a zone", src, doc.Events, want)
		}
	}
}

// A link that opens an item is its title whole, "(#1094)" in its text
// and all; the title older versions read is kept for the key.
func TestLinkedItemTitle(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n* [Update the prompt on all hosts (#1094)](https://example.com/infra/issues/1094)\n"))
	a := doc.Actions[0]
	if a.Title != "Update the prompt on all hosts (#1094)" || a.Issue != 1094 || a.LongTitle != "[Update the prompt on all hosts" {
		t.Errorf("got title %q issue %d long %q", a.Title, a.Issue, a.LongTitle)
	}
}
