package postmortem

import (
	"strings"
	"testing"
)

// zoneDoc is a post-mortem of the given day with top above a timeline
// of three entries, 14:02, 14:09 and 15:10, the start, the detection and
// the end, written with no zone unless entries replaces them.
func zoneDoc(day, top, entries string) string {
	if entries == "" {
		entries = "- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal"
	}
	return "# Checkout outage\n\nDate: " + day + "\n\n" + top + "\n\n## Timeline\n\n" + entries +
		"\n\n## Summary\n\nCheckout failed.\n\n## Remediation\n\n- [ ] Fix it (@dana, due 2026-12-01)\n"
}

// utcClocks is the start, detection and end of a document in UTC,
// "-" for one not read.
func utcClocks(t *testing.T, src string) string {
	t.Helper()
	d := mustParse(t, []byte(src))
	var out []string
	for _, k := range []string{FieldStart, FieldDetect, FieldEnd} {
		if x, ok := d.Time(k); ok && x.Err == nil {
			out = append(out, x.Time.UTC().Format("15:04"))
		} else {
			out = append(out, "-")
		}
	}
	return strings.Join(out, " ")
}

// The zone of every time, named by a short note in words other readers
// do not take, by a column's header that is a zone, by front matter, by
// a horizontal table's zone column, and by the first of the entries.
func TestZoneCueNotes(t *testing.T) {
	for _, c := range []struct{ day, top, entries, want string }{
		{"2026-07-14", "Everything below is in Perth time (AWST, UTC+8).", "", "06:02 06:09 07:10"},
		{"2026-07-14", "Clocks below are Pacific.", "", "21:02 21:09 22:10"},
		{"2026-07-14", "All times Perth.", "", "06:02 06:09 07:10"},
		{"2026-07-14", "We use Auckland time throughout.", "", "02:02 02:09 03:10"},
		{"2026-07-14", "(Perth time)", "", "06:02 06:09 07:10"},
		{"2026-11-14", "Times are local (CET).", "", "13:02 13:09 14:10"},
		{"2026-11-14", "All times US Central.", "", "20:02 20:09 21:10"},
		{"2026-11-14", "", "CET\n\n- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal", "13:02 13:09 14:10"},
		{"2026-11-14", "", "| CET | Event |\n|---|---|\n| 14:02 | deploy, errors begin |\n| 14:09 | alert fires |\n| 15:10 | errors back to normal |", "13:02 13:09 14:10"},
		{"2026-11-14", "", "- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal\n\n(Hours are CET.)", "13:02 13:09 14:10"},
		{"2026-07-14", "", "- 14:02 CEST deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal", "12:02 12:09 13:10"},
		{"2026-07-14", "", "- 14:02 UTC+2 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal", "12:02 12:09 13:10"},
	} {
		if got := utcClocks(t, zoneDoc(c.day, c.top, c.entries)); got != c.want {
			t.Errorf("%q %q: %s, want %s", c.top, c.entries, got, c.want)
		}
	}
}

// The zone named by a heading, front matter, a table's zone column, and
// a stated time's offset for the stated times written without one.
func TestZoneCuePlaces(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{strings.Replace(zoneDoc("2026-07-14", "", ""), "## Timeline", "## Timeline — AWST", 1), "06:02 06:09 07:10"},
		{strings.Replace(zoneDoc("2026-07-14", "", ""), "## Timeline", "## Timeline [UTC+8]", 1), "06:02 06:09 07:10"},
		{"---\ntitle: Outage\ndate: 2026-11-14\ntimezone: America/Chicago\n---\n\n" + zoneDoc("2026-11-14", "", ""), "20:02 20:09 21:10"},
		{"# Outage\n\n| Date | Timezone |\n|---|---|\n| 2026-11-14 | CET |\n\n## Timeline\n\n- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal\n", "13:02 13:09 14:10"},
		{zoneDoc("2026-11-14", "", "**Saturday 14 November (CET)**\n\n- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal"), "13:02 13:09 14:10"},
		{zoneDoc("2026-11-14", "", "**14 Nov 2026, CET**\n\n- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal"), "13:02 13:09 14:10"},
		{"# Outage\n\nStart: 2026-07-14 14:02 (UTC+2)\nDetect: 2026-07-14 14:09\nEnd: 2026-07-14 15:10\n\n## Summary\n\nCheckout failed.\n", "12:02 12:09 13:10"},
	} {
		if got := utcClocks(t, c.src); got != c.want {
			t.Errorf("%q: %s, want %s", c.src, got, c.want)
		}
	}
}

// Negative probes: words of clocks and places that name no zone of the
// document's times.
func TestZoneCueNegative(t *testing.T) {
	for _, top := range []string{
		"Berlin is where the team sits.",
		"Clocks were changed at 02:00 last week.",
		"Times are hard for the support team.",
		"Everything below is in Jira.",
		"We use Grafana throughout.",
	} {
		if got := utcClocks(t, zoneDoc("2026-11-14", top, "")); got != "14:02 14:09 15:10" {
			t.Errorf("%q: %s, want 14:02 14:09 15:10", top, got)
		}
	}
}

// A summary that names the incident's day by its weekday alone dates the
// timeline's times in a review dated after it: the last such day before
// the review.
func TestSummaryWeekdayDay(t *testing.T) {
	src := "# Outage\n\nDate: 2026-11-17\n\n## Summary\n\nCheckout failed on Saturday afternoon.\n\n## Timeline\n\n- 14:02 deploy, errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal\n"
	d := mustParse(t, []byte(src))
	if s, ok := d.Time(FieldStart); !ok || s.Err != nil || s.Time.Format("2006-01-02 15:04") != "2026-11-14 14:02" {
		t.Errorf("start %v, want 2026-11-14 14:02", s.Time)
	}
	src = strings.Replace(src, "Checkout failed on Saturday afternoon.", "Checkout failed. We will review it on Monday.", 1)
	if s, _ := mustParse(t, []byte(src)).Time(FieldStart); s.Time.Format("2006-01-02") != "2026-11-17" {
		t.Errorf("a weekday after the first sentence: start %v, want the review's day", s.Time)
	}
}
