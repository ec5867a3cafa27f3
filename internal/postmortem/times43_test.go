package postmortem

import (
	"testing"
	"time"
)

// timeOf is the time doc reads for key, in UTC as the tests write it, or
// what went wrong.
func timeOf(doc *Document, key string) string {
	e, ok := doc.Time(key)
	switch {
	case !ok:
		return "unread"
	case e.Err != nil:
		return e.Err.Error()
	}
	return e.Time.UTC().Format("2006-01-02T15:04Z")
}

// wantMoments checks the start, detection and end doc reads.
func wantMoments(t *testing.T, doc *Document, start, detect, end string) {
	t.Helper()
	for key, want := range map[string]string{FieldStart: start, FieldDetect: detect, FieldEnd: end} {
		if got := timeOf(doc, key); got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
}

// A mail's "All hours below are our office time, CET (UTC+1)" gives the
// zone of the entries after it; an entry dated day first with dots and
// a four-digit year ("28.11.2026 01:00 — …") is an entry of that day;
// an alert that "should fire" and a line that says "No page." are no
// detection.
func TestAllHoursNoteDottedYearStampsAndAlertsThatDidNotFire(t *testing.T) {
	src := "# Mail relay certificate\n\n" +
		"All hours below are our office time, CET (UTC+1).\n\n" +
		"## Timeline\n\n" +
		"- 14.11.2026 10:03 — reminder mail about the certificate, archived.\n" +
		"- 28.11.2026 01:00 — certificate expires. Mail starts to queue. Here the impact starts.\n" +
		"- 01:05 — queue alert should fire, but the threshold is 50k. No page.\n" +
		"- 07:42 — first customer ticket. This is how we found out.\n" +
		"- 09:58 — last deferred message delivered, service fully restored.\n"
	doc := mustParse(t, []byte(src))
	wantMoments(t, doc, "2026-11-28T00:00Z", "2026-11-28T06:42Z", "2026-11-28T08:58Z")
}

// A label of times in another language that names its zone in brackets
// gives that zone to the times on its line: "**Časy (SEČ):** začiatok
// 9:45 · zistené 9:58 · obnovené 11:10".
func TestLocalTimesLabelGivesItsZone(t *testing.T) {
	src := "# Post-mortem: oneskorené faktúry\n\n" +
		"| Vlastnosť | Hodnota |\n|---|---|\n| Dátum incidentu | 24. 11. 2026 |\n| Vedúci incidentu | Martin Hudec |\n\n" +
		"**Časy (SEČ):** začiatok 9:45 · zistené 9:58 · obnovené 11:10\n\n" +
		"## Zhrnutie\n\nZákazníci nevideli faktúry.\n"
	doc := mustParse(t, []byte(src))
	want := time.Date(2026, 11, 24, 8, 45, 0, 0, time.UTC).Format("2006-01-02T15:04Z")
	if got := timeOf(doc, FieldStart); got != want {
		t.Errorf("start = %s, want %s", got, want)
	}
}

// Meeting notes give the zone in a sentence of a longer item ("All times
// discussed are UK time (BST)"), and a moment's words may be wrapped
// across the item's lines ("showing live data again\n  by 18:15").
func TestMeetingNotesItemsGiveZoneAndWrappedMoments(t *testing.T) {
	src := "## Meeting notes – review: boards frozen\n\n**Incident date:** 16 October 2026\n\n### Notes\n\n" +
		"- Gwen opened the review. Incident date was **Friday 16 October 2026**. Callum was incident lead on\n" +
		"  the day. All times discussed are UK time (BST).\n" +
		"- **What happened:** the arrival boards at 46 stops stopped on the\n" +
		"  last known predictions from **16:40**. Passengers saw \"due\" for buses.\n" +
		"- Shazia: we **noticed at 16:52** when a driver radioed control.\n" +
		"- Tom restarted the processor with the bad message skipped; boards were **showing live data again\n" +
		"  by 18:15**.\n"
	doc := mustParse(t, []byte(src))
	wantMoments(t, doc, "2026-10-16T15:40Z", "2026-10-16T15:52Z", "2026-10-16T17:15Z")
}

// A clause that points back at the time told before it names that
// time's moment: "At 22:15 a user posted …. That was the first any of
// us knew."
func TestClausePointingBackAtTheTimeBefore(t *testing.T) {
	src := "# Federation stall\n\n**Date:** 2026-02-08\n\n## What happened\n\n" +
		"At 22:15 user kaarina posted in this community that nothing new had arrived since about 21:30. That was the first any of us knew.\n"
	doc := mustParse(t, []byte(src))
	if got := timeOf(doc, FieldDetect); got != "2026-02-08T22:15Z" {
		t.Errorf("detect = %s, want 2026-02-08T22:15Z", got)
	}
}
