package postmortem

import (
	"strings"
	"testing"
)

// endDoc is a post-mortem whose start and detection are fields, with
// top before its table and the given timeline, and no end field.
func endDoc(top, timeline string) string {
	return "# Checkout outage on 2026-11-03\n\n" + top + "\n\n| Field | Value |\n| --- | --- |\n| Contact | @dana |\n| Severity | SEV2 |\n" +
		"| Start Time | 2026-11-03 14:02 UTC |\n| Detect Time | 2026-11-03 14:09 UTC |\n\n## Summary\n\nCheckout requests failed after a configuration change.\n\n" +
		"## Timeline\n\n" + timeline + "\n\n## Remediation\n\n- [ ] Validate rate-limit configuration in CI (@dana, due 2026-12-01)\n"
}

// endClock is the end's time of day the document gives, or "".
func endClock(t *testing.T, src string) string {
	t.Helper()
	e, ok := mustParse(t, []byte(src)).Time(FieldEnd)
	if !ok || e.Err != nil {
		return ""
	}
	return e.Time.UTC().Format("15:04")
}

// The end, told by the incident's state with its time, by a length in
// the summary's sentences, by a summary's sentence that says the service
// worked again, and by the everyday words of a timeline's last entry.
func TestEndForms(t *testing.T) {
	plain := "- 14:02 UTC config deployed, errors begin\n- 14:09 UTC alert fires"
	for _, c := range []struct{ top, timeline, want string }{
		{"Status: Resolved (2026-11-03 15:10 UTC)", plain, "15:10"},
		{"State: Closed 2026-11-03 15:10 UTC", plain, "15:10"},
		{"Restoration: 2026-11-03 15:10 UTC", plain, "15:10"},
		{"Length of outage: 68 minutes", plain, "15:10"},
		{"The outage lasted 68 minutes.", plain, "15:10"},
		{"Checkout was down for about 1 h 8 min.", plain, "15:10"},
		{"By 15:10 UTC all checkout requests succeeded again.", plain, "15:10"},
		{"Impact ended at 15:10 UTC.", plain, "15:10"},
		{"", plain + "\n- 15:10 UTC rollback complete; error rate at baseline", "15:10"},
		{"", plain + "\n- 15:10 UTC traffic flowing normally", "15:10"},
		{"", plain + "\n- 15:10 UTC errors subside", "15:10"},
		{"", plain + "\n- 15:10 UTC verified healthy", "15:10"},
		{"", plain + "\n- 15:10 UTC latency back under SLO", "15:10"},
		{"", plain + "\n- 15:10 UTC we close the bridge", "15:10"},
		{"", plain + "\n- 15:10 UTC green across dashboards", "15:10"},
	} {
		src := endDoc(c.top, c.timeline)
		if !strings.Contains(c.top, ": ") { // a sentence: the summary's
			src = strings.Replace(endDoc("", c.timeline), "a configuration change.", "a configuration change. "+c.top, 1)
		}
		if got := endClock(t, src); got != c.want {
			t.Errorf("%q %q: end %q, want %q", c.top, c.timeline, got, c.want)
		}
	}
}

// Negative probes: a state that is not over, a state's time that is
// no time, a rollback under way, a length of something else.
func TestEndFormsNegative(t *testing.T) {
	plain := "- 14:02 UTC config deployed, errors begin\n- 14:09 UTC alert fires"
	for _, c := range []struct{ top, timeline string }{
		{"Status: Investigating (2026-11-03 15:10 UTC)", plain},
		{"Status: Resolved (see below)", plain},
		{"", plain + "\n- 15:10 UTC rollback started"},
		{"", plain + "\n- 15:10 UTC rolled back to 2026.40.1"},
		{"Length of the review meeting: 60 minutes", plain},
	} {
		if got := endClock(t, endDoc(c.top, c.timeline)); got != "" {
			t.Errorf("%q %q: end %q, want none", c.top, c.timeline, got)
		}
	}
}

// A span after a word of failure within a sentence is the impact's
// window ("checkouts failed between 14:02 and 15:10 UTC"); a span of
// something else within a sentence is not.
func TestFailedBetweenSpan(t *testing.T) {
	doc := func(sentence string) string {
		return "# Outage\n\nDate: 2026-11-14\n\n## Summary\n\nCheckout broke.\n\n## Impact\n\n" + sentence + "\n\n## Remediation\n\n- [ ] Fix it (@dana, due 2026-12-01)\n"
	}
	if got := endClock(t, doc("About 40% of checkouts failed between 14:02 and 15:10 UTC.")); got != "15:10" {
		t.Errorf("failed between: end %q, want 15:10", got)
	}
	if got := endClock(t, doc("Orders placed between 14:02 and 15:10 UTC were charged twice.")); got != "" {
		t.Errorf("orders between: end %q, want none", got)
	}
}
