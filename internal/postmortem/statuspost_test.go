package postmortem

import (
	"strings"
	"testing"
)

// A status page's log of updates, newest first, each a state and its
// message with the time it was posted on the line under it ("Dec 3,
// 2026 - 14:02 UTC", "Posted Dec 03, 2026 - 14:02 UTC"): each update is
// an entry whose text is the message above its time, none is out of
// order, the first posted is the start and "Resolved" the end.
func TestStatusPageUpdates(t *testing.T) {
	updates := [][2]string{
		{"Resolved - This incident has been resolved.", "14:02"},
		{"Monitoring - A fix has been implemented and we are monitoring the results.", "13:40"},
		{"Identified - The issue has been identified and a fix is being implemented.", "13:20"},
		{"Investigating - We are currently investigating elevated error rates on the API.", "13:02"},
	}
	for _, form := range []string{"%s\nDec 3, 2026 - %s UTC", "**%s**\nPosted Dec 03, 2026 - %s UTC", "%s\n*Posted Dec 3, 2026 - %s UTC*"} {
		var b strings.Builder
		b.WriteString("# Elevated API errors\n\n## Status updates\n\n")
		for _, u := range updates {
			state, msg, _ := strings.Cut(u[0], " - ")
			line := strings.Replace(strings.Replace(form, "%s", state, 1), "%s", u[1], 1)
			line = strings.Replace(line, state, state+" - "+msg, 1)
			b.WriteString(line + "\n\n")
		}
		doc := wantTimes(t, b.String(), map[string]string{FieldStart: "2026-12-03T13:02Z", FieldEnd: "2026-12-03T14:02Z"})
		if len(doc.Events) != 4 || !strings.Contains(doc.Events[0].Text, "has been resolved") {
			t.Errorf("%q: entries %+v, want four, each with the message above its time", form, doc.Events)
		}
		if late := lateLines(doc); len(late) != 0 {
			t.Errorf("%q: out of order on lines %v, want none", form, late)
		}
	}
}

// The time a status page posted "Resolved" at is the end only where
// nothing states one: a "Mitigated" field, when the impact stopped,
// outweighs it.
func TestMitigatedOutweighsResolvedPost(t *testing.T) {
	src := "# Card declines\n\n**Resolved** — This incident has been resolved.\n*Posted Oct 16, 2026 - 15:42 UTC*\n\n## Internal notes\n\n" +
		"- **Impact start:** 14:02 UTC\n- **Mitigated:** 15:31 UTC (rule reverted)\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-10-16T15:31Z"})
}
