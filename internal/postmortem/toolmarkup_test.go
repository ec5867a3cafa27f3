package postmortem

import (
	"strings"
	"testing"
	"time"
)

// wantFields checks the values of fields a document gives.
func wantFields(t *testing.T, doc *Document, want map[string]string) {
	t.Helper()
	for key, w := range want {
		if f, ok := doc.Field(key); !ok || f.Value != w {
			t.Errorf("%s: got %q, want %q", key, f.Value, w)
		}
	}
}

// A chat-ops bot's summary in Slack's markup: labels in single
// asterisks, several on a line apart by spaces, and each time a date
// token whose epoch is the time.
func TestSlackDateTokens(t *testing.T) {
	src := "# INC-9 — Search served yesterday's index\n\n" +
		"*Severity:* SEV-3 :warning:   *Status:* Resolved   *Review:* Fri, Mar 6\n" +
		"*Lead:* <@U0ABC|mira.osei>   *Scribe:* searchbot\n" +
		"*Impact started:* <!date^1772546400^{date_short_pretty} {time}|Mar 3, 9:00 AM EST>\n" +
		"*Detected:* <!date^1772547000^{date_short_pretty} {time}|Mar 3, 9:10 AM EST> (index-age alert)\n" +
		"*Impact ended:* <!date^1772550300^{date_short_pretty} {time}|Mar 3, 10:05 AM EST>\n\n" +
		"*Summary*\nThe search index served results from the day before for an hour.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-03-03T14:00Z", FieldDetect: "2026-03-03T14:10Z", FieldEnd: "2026-03-03T15:05Z"})
	wantFields(t, doc, map[string]string{FieldSeverity: "SEV-3 :warning:", FieldContact: "<@U0ABC|mira.osei>", FieldDate: "Fri, Mar 6"})
}

// Org mode's Markdown export keeps each timestamp in its HTML wrapper,
// in brackets (inactive) or angle brackets written as entities (active),
// with the weekday after the day.
func TestOrgTimestampWrappers(t *testing.T) {
	stamp := func(s string) string {
		return `<span class="timestamp-wrapper"><span class="timestamp">` + s + `</span></span>`
	}
	src := "# Post-mortem: thumbnails missing\n\n## About this note\n\n" +
		"-   **Author:** Ines Duarte\n" +
		"-   **Reviewed:** " + stamp("&lt;2026-04-14 Tue 10:00&gt;") + "\n" +
		"-   **Impact began:** " + stamp("[2026-04-09 Thu 16:40]") + " CEST\n" +
		"-   **Detected:** " + stamp("[2026-04-09 Thu 16:52]") + " CEST (queue-age alert)\n" +
		"-   **Impact ended:** " + stamp("[2026-04-09 Thu 18:15]") + " CEST\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-04-09T14:40Z", FieldDetect: "2026-04-09T14:52Z", FieldEnd: "2026-04-09T16:15Z"})
}

// An MDX page states the incident's facts as a component's props; a prop
// named in camel case is read by its words, and a component with
// children is no set of facts.
func TestComponentProps(t *testing.T) {
	src := "---\ntitle: Build cache served stale artefacts\n---\n\n" +
		"import Facts from '@site/src/components/Facts';\n\n" +
		"<Facts\n  id=\"BC-7\"\n  severity=\"SEV-2\"\n  lead=\"@juno-park\"\n" +
		"  startedAt=\"2026-05-12T10:05:00+02:00\"\n  detected='2026-05-12T10:19:00+02:00'\n" +
		"  resolved={\"2026-05-12T11:02:00+02:00\"}\n  reviewDate=\"2026-05-15\"\n/>\n\n" +
		"## Summary\n\nBuilds reused artefacts from an older commit for an hour.\n\n" +
		"## Follow-ups\n\n<Task owner=\"@ri-chen\" due=\"2026-06-01\">Key the cache by commit</Task>\n\n" +
		"<ActionItem title=\"Alert on cache age\" owner=\"@ri-chen\" due=\"2026-06-08\" />\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-05-12T08:05Z", FieldDetect: "2026-05-12T08:19Z", FieldEnd: "2026-05-12T09:02Z"})
	wantFields(t, doc, map[string]string{FieldSeverity: "SEV-2", FieldContact: "@juno-park", FieldDate: "2026-05-15"})
	for _, f := range doc.Fields {
		if f.Value == "@ri-chen" {
			t.Errorf("an action's component gave a field: %+v", f)
		}
	}
}

// A DokuWiki page converted to Markdown with its tables as the wiki
// wrote them: a header cell after a caret opens each row of facts, and a
// link to a user's page holds a bar that ends no cell. A note in
// parentheses after a time goes whole, commas and all.
func TestDokuWikiRows(t *testing.T) {
	src := "# Gritting routes sent to the wrong depot\n\n" +
		"All times are CET (UTC+1).\n\n" +
		"^ Incident | WD-2026-03 |\n" +
		"^ Severity | S3 (minor: routes re-sent by hand) |\n" +
		"^ Incident manager | [[user:okarl|Ole Karlsen]] |\n" +
		"^ Begin of impact | 2026/01/14 03:50 |\n" +
		"^ Detected | 2026/01/14 04:05 (planner alarm, paged) |\n" +
		"^ End of impact | 2026/01/14 05:20 |\n" +
		"^ Review meeting | 2026/01/16 |\n\n" +
		"## Summary\n\nThe night's gritting routes went to the depot that closed last year.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-01-14T02:50Z", FieldDetect: "2026-01-14T03:05Z", FieldEnd: "2026-01-14T04:20Z"})
	wantFields(t, doc, map[string]string{FieldContact: "[[user:okarl|Ole Karlsen]]", FieldDate: "2026/01/16", FieldSeverity: "S3 (minor: routes re-sent by hand)"})
}

// The day a summary writes after its span may name the weekday first:
// "on Tuesday, March 10, 2026", "on Thursday 12 March" (the year the
// document's).
func TestProseSpanWeekday(t *testing.T) {
	for _, c := range []struct{ date, span, start, end string }{
		{"2026-04-02", "Customer impact ran from 9:15 AM to 10:40 AM CST on Tuesday, March 10, 2026.", "2026-03-10T15:15Z", "2026-03-10T16:40Z"},
		{"2026-04-02", "Between 01:47 and 04:45 MST on Thursday 12 March, the pass planner served an old plan.", "2026-03-12T08:47Z", "2026-03-12T11:45Z"},
	} {
		src := "# Planner served an old plan\n\n_Exported on Apr 2, 2026 at 4:12 PM._\n\n**Date:** " + c.date + "\n\n## Summary\n\n" + c.span + "\n"
		wantTimes(t, src, map[string]string{FieldStart: c.start, FieldEnd: c.end})
	}
}

// The labels tools give the facts: a playbook run's owner, a decision
// record's deciders and recorder, a notes page's write-up date, a
// retrospective's publication or completion.
func TestToolFieldLabels(t *testing.T) {
	for label, key := range map[string]string{
		"Run owner": FieldContact, "Deciders": FieldContact, "Recorded by": FieldCreatedBy,
		"Write-up date": FieldDate, "Retrospective published": FieldDate, "Retrospective completed": FieldDate,
	} {
		doc := mustParse(t, []byte("# Relay queue stalled\n\n**"+label+":** Rosa Lind (@rlind)\n\n## Summary\n\nThe relay queue stalled.\n"))
		if _, ok := doc.Field(key); !ok {
			t.Errorf("%q gave no %s: %+v", label, key, doc.Fields)
		}
	}
}

// A decision record written after an incident tells it in its Context
// and Problem Statement, which is the summary and dates the entries of
// the timeline, rather than the day the decision was recorded.
func TestDecisionRecordContext(t *testing.T) {
	src := "# ADR-0007: Drain queues before a broker upgrade\n\n* Status: accepted\n* Date: 2026-02-20\n\n" +
		"## Context and Problem Statement\n\nOn Monday 9 February 2026 the broker upgrade dropped every queued message for twenty minutes.\n\n" +
		"### What happened\n\nAll times are UTC.\n\n1. 10:02 — Upgrade starts; queued messages dropped, impact starts.\n" +
		"2. 10:09 — Dead-letter alarm pages on-call; detected.\n3. 10:22 — Consumers back; impact ends.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-02-09T10:02Z", FieldDetect: "2026-02-09T10:09Z", FieldEnd: "2026-02-09T10:22Z"})
	if _, ok := doc.Section("short_summary"); !ok {
		t.Errorf("the context gave no summary")
	}
}

// A span across midnight with one day written after it began that day:
// the end is the next day's.
func TestProseSpanPastMidnight(t *testing.T) {
	src := "# Night batch overran\n\n**Date:** 2026-03-12\n\n## Summary\n\n" +
		"Impact ran from 23:10 to 01:20 UTC on Saturday 7 March, while the batch held the ledger lock.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-03-07T23:10Z", FieldEnd: "2026-03-08T01:20Z"})
}

// A weekday that is not the day's says the day was misread: the time is
// not placed on it.
func TestTrailingWeekdayMismatch(t *testing.T) {
	base := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
	if pt, err := ParseTime("01:47 MST on Thursday 12 March", base); err != nil || pt.Time.Day() != 12 {
		t.Errorf("Thursday 12 March: got %v, %v", pt.Time, err)
	}
	if pt, err := ParseTime("01:47 MST on Friday 12 March", base); err == nil && pt.Time.Day() == 12 {
		t.Errorf("Friday 12 March (a Thursday) was read as that day")
	}
}

// A formal review printed to PDF and converted: the summary's span has a
// clause after each end and is hard-wrapped, and the chronology's note
// writes the zone out in full.
func TestReviewSpanClauses(t *testing.T) {
	src := "# INCIDENT REVIEW 26-004\n\nPrepared by: Ruth Okoro\nDate of review: 02/03/2026\n\n## 1. EXECUTIVE SUMMARY\n\n" +
		"On Saturday 21 February 2026 the outage alerts to field crews were delayed. The incident ran from\n" +
		"7:10 pm, when the alert batch was queued behind the newsletter, to 8:25 pm,\nwhen the last alert was delivered. " +
		"It was detected at 7:40 pm, when a crew\nleader rang the control room.\n\n" +
		"## 2. CHRONOLOGY\n\nAll times are Australian Eastern Daylight Time (AEDT, UTC+11).\n\n" +
		"| Time | Event |\n| --- | --- |\n| 7:05 pm | Newsletter send starts. |\n| 7:10 pm | Alert batch queued. |\n| 7:40 pm | Crew leader rings the control room. |\n| 8:25 pm | Last alert delivered. |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-02-21T08:10Z", FieldDetect: "2026-02-21T08:40Z", FieldEnd: "2026-02-21T09:25Z"})
}

// A notes page states its T0 as a field in an info block and writes the
// timeline in offsets from it, past local midnight.
func TestT0Field(t *testing.T) {
	src := "# Render farm queue stuck\n\n:::info\n**Write-up date:** 2026/05/06\n**Incident lead:** @mei-ho\n" +
		"**T0:** 2026-05-04 22:50 Seoul time (UTC+9), first stuck render job\n:::\n\n" +
		"## Timeline\n\n- **T+0** — Render jobs stop leaving the queue; impact starts.\n" +
		"- **T+25m** — Queue-age alert pages the on-call; detected.\n- **T+1h40m** — Scheduler restarted.\n" +
		"- **T+2h15m** — Queue drained; resolved.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-05-04T13:50Z", FieldDetect: "2026-05-04T14:15Z", FieldEnd: "2026-05-04T16:05Z"})
}

// The timeline of an Org mode note opens each entry with its timestamp,
// in the HTML wrapper of the export (active or inactive) or bare, and
// each is read as the fields' timestamps are: its day and time of day,
// in the zone the document gives.
func TestOrgTimestampEntries(t *testing.T) {
	stamp := func(s string) string {
		return `<span class="timestamp-wrapper"><span class="timestamp">` + s + `</span></span>`
	}
	src := "# Post-mortem: invoices emailed twice\n\nAll times are CET.\n\n## Timeline\n\n" +
		"-   " + stamp("[2026-02-17 Tue 09:05]") + " Mailer deploy with the new retry policy.\n" +
		"-   " + stamp("&lt;2026-02-17 Tue 09:20&gt;") + " Duplicate-send alert fires; on-call paged.\n" +
		"-   [2026-02-17 Tue 09:48] Retry policy reverted.\n" +
		"-   " + stamp("[2026-02-17 Tue 09:41]") + " Queue drained by hand.\n" +
		"-   <2026-02-17 Tue 10:10> Sending back to normal.\n"
	doc := mustParse(t, []byte(src))
	want := []string{"08:05", "08:20", "08:48", "08:41", "09:10"}
	if len(doc.Events) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(doc.Events), len(want), doc.Events)
	}
	for i, e := range doc.Events {
		if got := e.Time.UTC().Format("2006-01-02 15:04"); got != "2026-02-17 "+want[i] {
			t.Errorf("entry %d: %s, want %s", i, got, want[i])
		}
	}
	if got := lateLines(doc); len(got) != 1 || got[0] != 10 {
		t.Errorf("out of order on lines %v, want [10]", got)
	}
	if !strings.HasPrefix(doc.Events[1].Text, "Duplicate-send alert") {
		t.Errorf("second entry's text %q", doc.Events[1].Text)
	}
}
