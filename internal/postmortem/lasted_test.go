package postmortem

import "testing"

// How long the impact lasted, with a start that names its day, gives
// the end where nothing else does; a stated end outweighs it, and a
// length without a dated start, or a duration that is no length, gives
// none.
func TestLastedGivesTheEnd(t *testing.T) {
	for name, c := range map[string]struct{ src, end string }{
		"bullets":    {"# Queue stall\n\n- Started: 2026-11-03 14:02 UTC\n- Detected: 2026-11-03 14:19 UTC\n- Duration: 47 minutes\n", "2026-11-03 14:49"},
		"spaced":     {"# Queue stall\n\n**Impact start:** 3 November 2026, 23:40 UTC\n\n**Total downtime:** ~1 h 25 min\n", "2026-11-04 01:05"},
		"stated end": {"# Queue stall\n\n- Started: 2026-11-03 14:02 UTC\n- Resolved: 2026-11-03 15:00 UTC\n- Duration: 47 minutes\n", "2026-11-03 15:00"},
		"no day":     {"# Queue stall\n\n- Started: 14:02\n- Duration: 47 minutes\n", ""},
		"no length":  {"# Queue stall\n\n- Started: 2026-11-03 14:02 UTC\n- Duration: most of the afternoon\n", ""},
	} {
		doc := mustParse(t, []byte(c.src))
		got := ""
		if e, ok := doc.Time(FieldEnd); ok && e.Err == nil && !e.Time.IsZero() {
			got = e.Time.UTC().Format("2006-01-02 15:04")
		}
		if got != c.end {
			t.Errorf("%s: end %q, want %q in\n%s", name, got, c.end, c.src)
		}
	}
}

// A length outside the document's facts (a review meeting's notes) is
// not the impact's, and an end the narrative states outweighs any
// length.
func TestLastedOnlyAmongTheFacts(t *testing.T) {
	src := "# Queue stall\n\n- Started: 2026-11-03 14:02 UTC\n\n## What happened\n\nThe queue stalled. Service was restored at 15:30 UTC.\n\n" +
		"## Review meeting\n\n- Duration: 60 minutes\n"
	doc := mustParse(t, []byte(src))
	if e, ok := doc.Time(FieldEnd); ok && e.Err == nil && e.Time.UTC().Format("15:04") == "15:02" {
		t.Errorf("the meeting's length read as the impact's: end %v", e.Time)
	}
}
