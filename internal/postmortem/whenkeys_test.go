package postmortem

import "testing"

// Front matter whose keys ask "when" ("when_it_started",
// "when_detected", "when_resolved") gives the times, with the offset
// written after them.
func TestWhenKeys(t *testing.T) {
	const src = "---\ntitle: CDN purge storm\nreport_date: 2026-07-31\nincident_owner: \"@farah-q\"\n" +
		"when_it_started: \"2026-07-29 19:14 -0700\"\nwhen_detected: \"2026-07-29 19:22 -0700\"\nwhen_resolved: \"2026-07-29 20:37 -0700\"\n---\n\n## Summary\n\nOrigin went offline.\n"
	doc := mustParse(t, []byte(src))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-07-30T02:14Z", FieldDetect: "2026-07-30T02:22Z", FieldEnd: "2026-07-30T03:37Z"})
}
