package postmortem

import (
	"strings"
	"testing"
)

// wantStated checks that the start, detection and end are read from
// what the document states, not inferred from its timeline.
func wantStated(t *testing.T, doc *Document) {
	t.Helper()
	for _, key := range []string{FieldStart, FieldDetect, FieldEnd} {
		if got, ok := doc.Time(key); !ok || got.Inferred {
			t.Errorf("%s: %+v, want it read from a field", key, got)
		}
	}
}

// An incident tool's retrospective: a table of milestones, most of them
// no field, a row each. Started and Detected are the start and the
// detection; Mitigated, not the later Resolved, is the end, written
// after it or before it.
func TestMilestonesTable(t *testing.T) {
	head := "# INC-412: Label printing stalled at the Dunmore depot\n\n" +
		"**Severity:** SEV2 · **Incident commander:** Ayla Brennan\n\n" +
		"## Description\n\nLabel jobs queued behind a stuck spooler and parcels missed the evening trucks.\n\n" +
		"## Milestones\n\n"
	rows := "| Started | Mar 4, 2026 4:10:22 PM EST |\n" +
		"| Detected | Mar 4, 2026 4:31:05 PM EST |\n" +
		"| Acknowledged | Mar 4, 2026 4:33:40 PM EST |\n" +
		"| Investigating | Mar 4, 2026 4:35:00 PM EST |\n" +
		"| Identified | Mar 4, 2026 5:02:13 PM EST |\n" +
		"| Mitigated | Mar 4, 2026 5:20:09 PM EST |\n" +
		"| Resolved | Mar 4, 2026 6:45:51 PM EST |\n"
	want := map[string]string{FieldStart: "2026-03-04T21:10Z", FieldDetect: "2026-03-04T21:31Z", FieldEnd: "2026-03-04T22:20Z"}
	for name, table := range map[string]string{
		"milestone column":       "| Milestone | Timestamp | Since previous |\n| --- | --- | --- |\n" + strings.ReplaceAll(rows, " |\n", " | — |\n"),
		"no header named":        "| | |\n| --- | --- |\n" + rows,
		"fields the most":        "| Milestone | Time |\n| --- | --- |\n| Started | 2026-03-04 21:10 UTC |\n| Detected | 2026-03-04 21:31 UTC |\n| Mitigated | 2026-03-04 22:20 UTC |\n| Resolved | 2026-03-04 23:45 UTC |\n",
		"resolved written first": "| Milestone | Time |\n| --- | --- |\n| Started | 2026-03-04 21:10 UTC |\n| Detected | 2026-03-04 21:31 UTC |\n| Resolved | 2026-03-04 23:45 UTC |\n| Mitigated | 2026-03-04 22:20 UTC |\n| Identified | 2026-03-04 22:02 UTC |\n",
	} {
		t.Run(name, func(t *testing.T) {
			doc := wantTimes(t, head+table, want)
			wantStated(t, doc)
		})
	}
}

// A table of the incident's times written as fields, with no milestone
// header, keeps the end a label names: Resolved, not Mitigated.
func TestTimesTableResolvedEnd(t *testing.T) {
	src := "# Spooler stall\n\n## Timeline\n\n| Event | Time |\n| --- | --- |\n" +
		"| Incident start | 2026-03-04 21:10 UTC |\n| Detected | 2026-03-04 21:31 UTC |\n" +
		"| Mitigated | 2026-03-04 22:20 UTC |\n| Resolved | 2026-03-04 23:45 UTC |\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-03-04T23:45Z"})
}

// An incident tool's Timestamps table names its milestones in the
// tool's words, only the first of them a field's label: Reported is the
// detection (the alert's report), Fixed the end, not the later Closed.
func TestToolMilestoneWords(t *testing.T) {
	src := "# INC-88: Refunds delayed\n\n### Timestamps\n\n| Timestamp | Time |\n| --- | --- |\n" +
		"| Impact started | Tue 3 Mar 2026, 16:10 UTC |\n| Reported | Tue 3 Mar 2026, 16:31 UTC |\n" +
		"| Accepted | Tue 3 Mar 2026, 16:33 UTC |\n| Identified | Tue 3 Mar 2026, 17:02 UTC |\n" +
		"| Closed | Tue 3 Mar 2026, 18:45 UTC |\n| Fixed | Tue 3 Mar 2026, 17:20 UTC |\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-03-03T16:10Z", FieldDetect: "2026-03-03T16:31Z", FieldEnd: "2026-03-03T17:20Z"})
	wantStated(t, doc)
	prose := "# Refunds delayed\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 16:10 UTC | Refund worker stalls |\n" +
		"| 16:31 UTC | Reported |\n| 17:20 UTC | Worker restarted |\n"
	if f, ok := mustParse(t, []byte(prose)).Field(FieldDetect); ok {
		t.Errorf("an entry of a timeline read as a milestone: %+v", f)
	}
}
