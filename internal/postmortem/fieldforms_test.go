package postmortem

import "testing"

// Fields in forms our template does not use: a nested front matter, an
// impact window, labelled bullets for the detection and the end, and a
// lead.
func TestMoreFieldForms(t *testing.T) {
	cases := map[string]struct {
		src  string
		want map[string]string // key -> time in UTC, or "" for a field that is there
	}{
		"nested front matter": {"---\ndate: 2026-11-24\npeople:\n  lead: \"@ines-vaz\"\nincident:\n  started: 2026-11-21T09:14:00Z\n  detected: 2026-11-21T09:31:00Z\n  resolved: 2026-11-21T11:02:00Z\n---\n\n# X\n",
			map[string]string{FieldContact: "", FieldStart: "2026-11-21 09:14", FieldDetect: "2026-11-21 09:31", FieldEnd: "2026-11-21 11:02"}},
		"impact window": {"# X\n\nFacilitator: @noor-a\nImpact window: 2026-11-26 16:02 – 17:15 UTC\n",
			map[string]string{FieldStart: "2026-11-26 16:02", FieldEnd: "2026-11-26 17:15"}},
		"labelled bullets": {"# X\n\nTimes are UTC.\n\n- Outage began: 2026-11-28 03:05\n- Paged: 2026-11-28 03:09\n- Service restored: 2026-11-28 03:46\n",
			map[string]string{FieldStart: "2026-11-28 03:05", FieldDetect: "2026-11-28 03:09", FieldEnd: "2026-11-28 03:46"}},
		"impact line with its date after": {"# X\n\nDate: 2026-12-03\n\nResolvers failed for customers in central Europe.\nImpact: 14:31–16:20 UTC on 2 December 2026, detected at 14:44 UTC by the checks.\n",
			map[string]string{FieldStart: "2026-12-02 14:31", FieldEnd: "2026-12-02 16:20"}},
		"prose span with its days after": {"# X\n\nDate: 2026-12-03\n\n## Executive summary\n\nResults were stale from 23:50 AEDT on 2 December to 01:35 AEDT on\n3 December: the reindex swapped the alias early.\n\n## Timeline\n\n| Time (AEDT) | Event |\n| --- | --- |\n| 23:30 | Reindex starts |\n",
			map[string]string{FieldStart: "2026-12-02 12:50", FieldEnd: "2026-12-02 14:35"}},
		"impact window with a note": {"# X\n\n**Review:** 2026-03-12\n**Outage window (per the load balancer logs):** Mar 9, 21:05 – 22:40 PST\n**Detected:** 21:20 PST, synthetic check\n",
			map[string]string{FieldStart: "2026-03-10 05:05", FieldDetect: "2026-03-10 05:20", FieldEnd: "2026-03-10 06:40"}},
		"lead on a line of fields": {"# X\n\n> **Date:** 3 December 2026 · **Lead:** Mei Chen · **Severity:** SEV3\n", map[string]string{FieldContact: ""}},
	}
	for name, c := range cases {
		doc := mustParse(t, []byte(c.src))
		for key, want := range c.want {
			if want == "" {
				if _, ok := doc.Field(key); !ok {
					t.Errorf("%s: no %s field", name, key)
				}
				continue
			}
			got, ok := doc.Time(key)
			if !ok || got.Err != nil || got.Time.UTC().Format("2006-01-02 15:04") != want {
				t.Errorf("%s: %s = %v (%v), want %s", name, key, got.Time.UTC(), got.Err, want)
			}
		}
	}
}

// A maintenance window is not the incident's: its label gives no time.
func TestMaintenanceWindowIsNoRange(t *testing.T) {
	doc := mustParse(t, []byte("# X\n\nMaintenance window: 2026-11-26 16:00 – 18:00 UTC\n"))
	if _, ok := doc.Time(FieldStart); ok {
		t.Error("a maintenance window gave the start")
	}
}

// An impact described in words gives no time, and a status page's log is
// what happened.
func TestImpactInWordsAndStatusUpdates(t *testing.T) {
	doc := mustParse(t, []byte("# X\n\nImpact: about 30% of logins failed.\n\n## Status updates (newest first)\n\n- Resolved.\n"))
	if _, ok := doc.Time(FieldStart); ok {
		t.Error("an impact in words gave the start")
	}
	if _, ok := doc.Section("what_happened"); !ok {
		t.Error("the status updates are not what happened")
	}
}
