package postmortem

import "testing"

// The zone the document's times are in, said once: in a note of words
// ("Central European Time" is CET, not the US Central zone), in a quote
// or callout, in italics, or in the header of an event-first table's
// time column. The timeline's times are read in it.
func TestZoneSaidOnce(t *testing.T) {
	table := "\n\n## Timeline\n\n| Event | When |\n| --- | --- |\n| Deploy starts | Mar 4, 09:10 |\n| Errors page the on-call | Mar 4, 09:20 |\n| Incident resolved | Mar 4, 10:05 |\n"
	for src, zone := range map[string]string{
		"# Cache outage\n\nDate: 2026-03-04\n\nAll times are Central European Time (CET)." + table:                                                                                    "CET",
		"# Cache outage\n\nDate: 2026-03-04\n\n> **Note**\n> All times are EEST unless noted." + table:                                                                                "EEST",
		"# Cache outage\n\nDate: 2026-03-04\n\n_All dates are shown in UTC._" + table:                                                                                                 "UTC",
		"# Cache outage\n\nDate: 2026-03-04\n\n## Timeline\n\n| Event | When (EEST) |\n| --- | --- |\n| Deploy starts | Mar 4, 09:10 |\n| Errors page the on-call | Mar 4, 09:20 |\n": "EEST",
	} {
		doc := mustParse(t, []byte(src))
		if doc.Zone != zone {
			t.Errorf("zone %q, want %q in\n%s", doc.Zone, zone, src)
			continue
		}
		if len(doc.Events) < 2 || !doc.Events[0].HasZone || doc.Events[0].Time.Format("2006-01-02 15:04 MST") != "2026-03-04 09:10 "+zone {
			t.Errorf("first entry %+v, want 09:10 %s in\n%s", doc.Events, zone, src)
		}
	}
}

// A callout quoted before the first section, as a notes tool exports a
// summary, gives the incident's span and page in the zone it names,
// ahead of the first entry of the timeline (which may come before the
// impact).
func TestCalloutSummaryTimes(t *testing.T) {
	src := "# Ingress evicted\n\nIncident date: October 6, 2026\n\n" +
		"> 💡 Traffic failed for 49 minutes, from 16:20 to 17:09 EEST on October 6. The on-call was paged at 16:26.\n\n" +
		"# Timeline\n\n| Event | When (EEST) |\n| --- | --- |\n| Upgrade started | Oct 6, 16:14 |\n| Nodes drained | Oct 6, 16:20 |\n| Incident resolved | Oct 6, 17:09 |\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldStart: "13:20", FieldDetect: "13:26", FieldEnd: "14:09"} {
		if got := doc.TimeUTC(key).Format("2006-01-02 15:04"); got != "2026-10-06 "+want {
			t.Errorf("%s read as %s, want %s UTC", key, got, want)
		}
	}
}

// The zone the summary states the span in ("from 9:41 a.m. to 10:28
// a.m. Pacific time") is the zone of the times told after it without
// one; where the stated times name different zones, none is taken.
func TestStatedSpanZone(t *testing.T) {
	src := "# Search down\n\n*Posted by Rowan Achterberg · March 3, 2026*\n\n" +
		"Last Friday, February 27, search stopped working for everyone from 9:41 a.m. to 10:28 a.m. Pacific time. We're sorry.\n\n" +
		"## What happened\n\nAround 9:40 the first node crossed its disk mark. By 9:41 every search failed.\n\n" +
		"Our alerting caught the rise in errors at 9:44 a.m. and paged the on-call engineer. Searches started succeeding again at 10:21.\n"
	doc := mustParse(t, []byte(src))
	if got := doc.TimeUTC(FieldDetect).Format("2006-01-02 15:04"); got != "2026-02-27 17:44" {
		t.Errorf("detect read as %s UTC, want 17:44", got)
	}
	mixed := mustParse(t, []byte("# Outage\n\nStart: 2026-02-27 09:41 PST\nEnd: 2026-02-27 18:28 UTC\n\n## Timeline\n\n- 09:44 paged the on-call\n"))
	if mixed.Zone != "" {
		t.Errorf("zone %q taken from times in two zones", mixed.Zone)
	}
}

// A note that says where its times stand before it names their zone
// ("all times below are Central", "All times here are UTC") gives the
// timeline's zone.
func TestZoneSaidOfTimesBelow(t *testing.T) {
	src := "# DNS outage\n\n**Date:** 2026-11-09\n\n## Timeline\n\n(all times below are Central — CST, UTC-6 — on Monday 9 November 2026)\n\n" +
		"- 8:21 first SERVFAIL in the forwarder logs\n- 9:47 service restored in all offices\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-09T14:21Z", FieldEnd: "2026-11-09T15:47Z"})
}
