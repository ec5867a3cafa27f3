package postmortem

import "testing"

// symptomDoc is a post-mortem of 14 November whose timeline is entries
// and whose other fields give no time.
func symptomDoc(entries string) string {
	return "# Outage\n\nDate: 2026-11-14\n\n## Summary\n\nCheckout failed.\n\n## Timeline\n\n" + entries +
		"\n\n## Remediation\n\n- [ ] Fix it (@dana, due 2026-12-01)\n"
}

// A timeline that opens with the change or cause that led to the
// incident starts at the first entry that tells harm, before any
// detection; one that opens with harm, or tells none before the
// detection, starts at its first entry.
func TestStartAtFirstHarm(t *testing.T) {
	for entries, want := range map[string]string{
		"- 13:50 deploy of v2.3 starts\n- 14:02 error rate climbs\n- 14:09 alert fires\n- 15:10 errors back to normal":                         "14:02",
		"- 13:50 config change merged\n- 14:02 first customer errors\n- 14:09 alert fires\n- 15:10 errors back to normal":                      "14:02",
		"- 13:50 v2.3 deployed to production\n- 14:02 checkout requests start failing\n- 14:09 alert fires":                                    "14:02",
		"- 13:50 Dana merges PR #4411\n- 14:02 5xx rate rises to 40%\n- 14:09 PagerDuty pages on-call":                                         "14:02",
		"- 13:50 the migration script is started\n- 14:02 the orders table is locked; checkout hangs\n- 14:09 alert fires":                     "14:02",
		"- 13:50 checkout errors begin after the deploy\n- 14:02 error rate at 40%\n- 14:09 alert fires":                                       "13:50",
		"- 13:50 deploy of v2.3 starts\n- 14:01 alert fires on the canary\n- 14:02 error rate climbs":                                          "13:50",
		"- 13:50 deploy of v2.3 starts\n- 13:55 canary healthy\n- 14:30 rollout complete":                                                      "13:50",
		"- 13:50 deploy of v2.3\n- 13:52 deploy done\n- 13:54 cache warmed\n- 13:56 traffic shifted\n- 13:58 old pods drained\n- 14:02 errors": "13:50",
		"- 13:50 payout file generated and signed\n- 14:02 the bank rejects the file\n- 16:35 client calls the desk":                           "14:02",
		"- 13:50 cache refresh starts on m2\n- 14:02 first truncated archive served\n- 14:20 first user report":                                "14:02",
		"- 13:50 new fraud rules loaded\n- 14:02 card payments declined at the till\n- 14:20 store manager calls":                              "14:02",
	} {
		s, ok := mustParse(t, []byte(symptomDoc(entries))).Time(FieldStart)
		if got := s.Time.Format("15:04"); !ok || s.Err != nil || got != want {
			t.Errorf("%q: start %s, want %s", entries, got, want)
		}
	}
}

// A detection stated before the entry of harm keeps the first entry as
// the start.
func TestStartAtFirstHarmAfterStatedDetection(t *testing.T) {
	src := "# Outage\n\nDate: 2026-11-14\nDetect Time: 2026-11-14 13:55 UTC\n\n## Timeline\n\n- 13:50 deploy of v2.3 starts\n- 14:02 error rate climbs\n- 15:10 errors back to normal\n"
	if s, _ := mustParse(t, []byte(src)).Time(FieldStart); s.Time.Format("15:04") != "13:50" {
		t.Errorf("start %s, want 13:50", s.Time.Format("15:04"))
	}
}

// A detection told in the present tense, or as a page received, marks
// its entry.
func TestDetectionEntryWords(t *testing.T) {
	for _, entry := range []string{"on-call acknowledges", "the pager goes off", "on-call gets a page"} {
		src := symptomDoc("- 14:02 checkout errors begin\n- 14:09 " + entry + "\n- 15:10 errors back to normal")
		if d, ok := mustParse(t, []byte(src)).Time(FieldDetect); !ok || d.Err != nil || d.Time.Format("15:04") != "14:09" {
			t.Errorf("%q: detection %v, want 14:09", entry, d.Time)
		}
	}
}

// A warning in the logs, or a report that all is well, is no detection:
// the page after it is.
func TestDetectionNotLogWarnings(t *testing.T) {
	for _, entry := range []string{"warning logs appear in the API pods", "the cache logs a warning about evictions", "the batch job reports success", "the deploy pipeline reports green"} {
		src := symptomDoc("- 14:02 checkout errors begin\n- 14:05 " + entry + "\n- 14:09 PagerDuty pages the on-call engineer\n- 15:10 errors back to normal")
		if d, ok := mustParse(t, []byte(src)).Time(FieldDetect); !ok || d.Err != nil || d.Time.Format("15:04") != "14:09" {
			t.Errorf("%q: detection %v, want 14:09", entry, d.Time)
		}
	}
}
