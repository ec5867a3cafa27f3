package postmortem

import "testing"

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
	for key, want := range map[string]string{FieldSeverity: "SEV-3 :warning:", FieldContact: "<@U0ABC|mira.osei>", FieldDate: "Fri, Mar 6"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s: got %q, want %q", key, f.Value, want)
		}
	}
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
