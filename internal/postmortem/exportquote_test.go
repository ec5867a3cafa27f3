package postmortem

import "testing"

// A note in plain text or a quote that says the document was exported
// gives the export's day, not the incident's, and the zone of the times
// it names: "Postmortem exported from Kintaba on Dec 4, 2026. Times in
// this export are US Eastern (EST, UTC−5)."
func TestExportQuoteNote(t *testing.T) {
	src := "# Incident #271 — Checkout latency\n\n> Postmortem exported from Kintaba on Dec 4, 2026. Times in this export are US Eastern (EST, UTC−5).\n\n" +
		"## Summary\n\nOn the evening of Saturday, November 28, 2026, checkout slowed and a third of orders timed out.\n\n" +
		"## Activity\n\n- **8:52 PM** — First checkout timeouts in logs.\n- **9:14 PM** — Alert: checkout p95 above 5 s.\n- **11:55 PM** — Pool size reverted; service restored.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-29T01:52Z", FieldDetect: "2026-11-29T02:14Z"})
	if d, _ := mustParse(t, []byte(src)).Field(FieldDate); d.Value != "Dec 4, 2026" {
		t.Errorf("date %q, want the export's Dec 4, 2026", d.Value)
	}
}

// A chat export's "Timestamps are the exporter's local time, Pacific
// (PST, UTC−8)" gives the zone of its stamps.
func TestTimestampsZoneNote(t *testing.T) {
	src := "# #incidents — exported chat\n\nExported 2026-12-03 by alexr. Timestamps are the exporter's local time, Pacific (PST, UTC−8).\n\n" +
		"## Timeline\n\n- Nov 30, 2026 10:02 AM — first report of uploads failing\n- Nov 30, 2026 11:37 AM — service restored\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-11-30T19:37Z"})
}

// A chat message picked as a moment states the moment's own time after
// the time it was posted at: "[10:09 AM] alexr: … started 9:48 per the
// error graph" started at 9:48.
func TestStatedClockInEntry(t *testing.T) {
	src := "# #incidents 2026-11-30\n\nAll times UTC.\n\n## Timeline\n\n- 10:02 — nina: a creator says photo uploads spin forever\n" +
		"- 10:09 — alexr: upload lambda is failing with AccessDenied on every PutObject, started 9:48 per the error graph\n- 11:40 — alexr: service restored\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-30T09:48Z"})
}
