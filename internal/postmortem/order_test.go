package postmortem

import (
	"fmt"
	"strings"
	"testing"
)

// outOfOrder parses a timeline written under note and returns the texts
// of the entries read as out of order, and how many entries were read.
func outOfOrder(t *testing.T, head, note, entries string) (late []string, read int) {
	t.Helper()
	src := fmt.Sprintf("# Queue backlog\n\n%s## Summary\n\nInvoices were late.\n\n## Timeline\n\n%s\n\n%s\n", head, note, entries)
	doc := mustParse(t, []byte(src))
	for _, e := range doc.Events {
		if !e.Time.IsZero() {
			read++
		}
		if e.OutOfOrder {
			late = append(late, e.Text)
		}
	}
	return late, read
}

const lateEntry = "- 14:02 Deploy starts\n- 14:10 Alert fires\n- 14:07 First error (added after the review)\n- 14:30 Resolved\n"

// A note that names a zone of the database, in any of the words a note
// gives a zone in, leaves the entries readable: the zone is kept as
// named, not in capitals that name no zone.
func TestOrderUnderNamedZoneNote(t *testing.T) {
	for _, note := range []string{
		"Times are in Europe/Berlin.", "Timeline (Europe/Berlin)", "All times in America/Mexico_City.",
		"Time (America/New_York)", "All times are in utc.",
	} {
		late, read := outOfOrder(t, "Date: 2026-03-06\n\n", note, lateEntry)
		if read != 4 || len(late) != 1 || !strings.HasPrefix(late[0], "First error") {
			t.Errorf("%q: read %d entries, out of order %q; want 4 and the late entry", note, read, late)
		}
	}
}

// A zone a note names that cannot be read is not the document's zone:
// the entries are read without one.
func TestUnreadableZoneNoteIgnored(t *testing.T) {
	doc := mustParse(t, []byte("# X\n\nDate: 2026-03-06\n\n## Timeline\n\nTimes are in Mars/Olympus.\n\n"+lateEntry))
	if doc.Zone != "" {
		t.Errorf("zone %q, want none", doc.Zone)
	}
	if len(doc.Events) != 4 || doc.Events[0].Time.IsZero() || !doc.Events[2].OutOfOrder {
		t.Errorf("events %+v", doc.Events)
	}
}

// A document that names no day at all still has its entries' order
// checked, in every common layout.
func TestOrderWithoutAnyDate(t *testing.T) {
	layouts := map[string]string{
		"bullets":   lateEntry,
		"table":     "| Time (UTC) | Event |\n| --- | --- |\n| 14:02 | Deploy starts |\n| 14:10 | Alert fires |\n| 14:07 | First error (added after the review) |\n| 14:30 | Resolved |\n",
		"when/what": "| When | What |\n| --- | --- |\n| 14:02 UTC | Deploy starts |\n| 14:10 UTC | Alert fires |\n| 14:07 UTC | First error (added after the review) |\n| 14:30 UTC | Resolved |\n",
		"headings":  "### 14:02 UTC — Deploy starts\n\nBuild 412.\n\n### 14:10 UTC — Alert fires\n\nPaged.\n\n### 14:07 UTC — First error (added after the review)\n\nFound later.\n\n### 14:30 UTC — Resolved\n",
		"chat log":  "[14:02] alice: Deploy starts  \n[14:10] bob: Alert fires  \n[14:07] carol (thread reply): First error (added after the review)  \n[14:30] alice: Resolved\n",
	}
	for name, entries := range layouts {
		late, read := outOfOrder(t, "", "All times are in UTC.", entries)
		if read != 4 || len(late) != 1 {
			t.Errorf("%s: read %d entries, out of order %q; want 4 and one", name, read, late)
		}
	}
}

// An undated document's entries still pass midnight: 23:50 then 00:10 is
// the next day, not out of order.
func TestUndatedRollover(t *testing.T) {
	late, read := outOfOrder(t, "", "", "- 23:50 UTC Export starts\n- 00:10 UTC Export stalls\n- 00:40 UTC Resolved\n")
	if read != 3 || len(late) != 0 {
		t.Errorf("read %d, out of order %q; want 3 and none", read, late)
	}
}

// A security incident ends when the leaked credential is destroyed or
// revoked; a system destroyed is no recovery.
func TestCredentialDestroyedEndsTheIncident(t *testing.T) {
	for text, want := range map[string]bool{
		"GitHub token for `ops-bot` destroyed.": true, "Leaked credentials revoked.": true,
		"The staging cluster was destroyed by the script.": false,
	} {
		if got := eventMarker(text) == "recovered"; got != want {
			t.Errorf("%q read as recovery: %v, want %v", text, got, want)
		}
	}
}

// Entries in two zones are ordered on the clock: "16:20 PDT" after "00:30
// UTC" (17:30 PDT, the day before in Pacific time) is early, "17:40 PDT"
// is not.
func TestOrderAcrossZonesAndMidnight(t *testing.T) {
	late, read := outOfOrder(t, "Date: 2026-03-06\n\n", "",
		"- 16:00 PDT Deploy\n- 00:30 UTC Alert fires\n- 16:20 PDT First error (added after the review)\n- 17:00 PDT Resolved\n")
	if read != 4 || len(late) != 1 || !strings.HasPrefix(late[0], "First error") {
		t.Errorf("read %d, out of order %q; want 4 and the late entry", read, late)
	}
	late, _ = outOfOrder(t, "Date: 2026-03-06\n\n", "", "- 16:00 PDT Deploy\n- 00:30 UTC Alert fires\n- 17:40 PDT Resolved\n")
	if len(late) != 0 {
		t.Errorf("in order, but %q read as out of order", late)
	}
}

// A log written newest first runs backwards throughout and is in order
// for its direction; one entry out of place in it still is not.
func TestNewestFirstLog(t *testing.T) {
	late, read := outOfOrder(t, "Date: 2026-12-03\n\n", "", "- 16:20 UTC Resolved\n- 15:55 UTC Monitoring\n- 15:10 UTC Identified\n- 14:48 UTC Investigating\n")
	if read != 4 || len(late) != 0 {
		t.Errorf("newest first: read %d, out of order %q; want 4 and none", read, late)
	}
	late, _ = outOfOrder(t, "Date: 2026-12-03\n\n", "", "- 14:48 UTC Investigating\n- 15:55 UTC Monitoring\n- 15:10 UTC Identified\n- 16:20 UTC Resolved\n")
	if len(late) != 1 {
		t.Errorf("oldest first with one late entry: out of order %q, want one", late)
	}
	// Work notes, newest first, one of which tells an earlier time in a
	// sentence: the note is read as prose and its times do not turn the
	// direction.
	notes := "## Activity\n\n**2026-03-04 15:40 · Ines Duarte · Work notes**\nReview held.\n\n" +
		"**2026-03-02 17:05 · Rui Lopes · Work notes**\nKeys re-injected overnight.\n\n" +
		"**2026-03-01 09:20 · Ines Duarte · Work notes**\nOld key restored at 09:10; restarting gateways.\n\n" +
		"**2026-03-01 08:02 · Rui Lopes · Work notes**\nProblem raised. Rotation at 07:00 suspected.\n\n" +
		"**2026-03-01 07:48 · Rui Lopes · Work notes**\nMajor incident declared.\n"
	doc := mustParse(t, []byte("# Declines\n\n"+notes))
	for _, e := range doc.Events {
		if e.OutOfOrder {
			t.Errorf("work notes newest first: %q read as out of order", e.Raw)
		}
	}
}
