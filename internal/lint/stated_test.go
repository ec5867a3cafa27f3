package lint

import (
	"strings"
	"testing"
)

// scareDoc is a post-mortem of a scare that never touched the service,
// with the given lines as its fields.
func scareDoc(fields ...string) string {
	return "# Typosquatted package in the build cache\n\n- Date: 2026-03-02\n- Owner: @ana\n- Severity: SEV3\n- Start: 2026-03-02 09:00 UTC\n" +
		strings.Join(fields, "\n") + "\n\n## Summary\n\nA typosquatted package reached the build cache; no release picked it up.\n\n" +
		"## What happened\n\nThe cache was checked against the lockfiles.\n\n## Remediation\n\n- [ ] Pin the registry mirror — owner: @ana, due: 2026-04-01\n"
}

// A time given as not applicable is there: a notice asks why, not an
// error that it is missing or a placeholder.
func TestNotApplicableTime(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields []string
	}{
		{"end field", []string{"- Detected: 2026-03-02 09:10 UTC", "- End: N/A"}},
		{"durations", []string{"- Time to detection: n/a", "- Time to recovery: N/A"}},
		{"not applicable", []string{"- Detected: 2026-03-02 09:10 UTC", "- Resolved: not applicable"}},
	} {
		fs := lintText(t, DefaultOptions(), scareDoc(tc.fields...))
		if has(fs, ruleFieldMissing, 0) || has(fs, ruleFieldPlaceholder, 0) {
			t.Errorf("%s: %s", tc.name, describe(fs))
		}
		if !has(fs, ruleFieldNotApplies, 0) {
			t.Errorf("%s: no %s notice: %s", tc.name, ruleFieldNotApplies, describe(fs))
		}
	}
	// A duration that is given is no end time, and a placeholder is still one.
	fs := lintText(t, DefaultOptions(), scareDoc("- Detected: 2026-03-02 09:10 UTC", "- Time to recovery: 3 hours"))
	if !has(fs, ruleFieldMissing, 0) {
		t.Errorf("a duration gave the end: %s", describe(fs))
	}
	fs = lintText(t, DefaultOptions(), scareDoc("- Detected: 2026-03-02 09:10 UTC", "- End: TBD"))
	if !has(fs, ruleFieldPlaceholder, 0) || has(fs, ruleFieldNotApplies, 0) {
		t.Errorf("TBD read as not applicable: %s", describe(fs))
	}
}

// A duration given as N/A leaves a time the timeline gives as it is.
func TestNotApplicableKeepsTimelineTime(t *testing.T) {
	src := scareDoc("- Time to detection: N/A") + "\n## Timeline\n\n- 2026-03-02 09:12 UTC paged on-call about the cache\n- 2026-03-02 09:40 UTC service fully restored\n"
	fs := lintText(t, DefaultOptions(), src)
	if has(fs, ruleFieldNotApplies, 0) || has(fs, ruleFieldMissing, 0) || has(fs, ruleFieldPlaceholder, 0) {
		t.Errorf("%s", describe(fs))
	}
}
