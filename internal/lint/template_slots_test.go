package lint

import (
	"strings"
	"testing"
)

// A template that asks for the date inside its timeline, in the heading
// or in each entry, has a date slot; a filled-in timeline without a
// day still has no date.
func TestTemplateDateSlotInTimeline(t *testing.T) {
	tmpl := "# INCIDENT NAME\n\n## Summary\n\nWhat broke, for whom.\n\n## Timeline (all times UTC) %s\n\n09:10 %s: First thing noticed\n\n09:40 %s: Second thing done\n\n## Remediation\n\n- [ ] ACTION — owner: @OWNER\n"
	for _, slots := range [][3]string{
		{"DATE RANGE", "DATE", "DATE"},
		{"", "<date>", "<date>"},
		{"YYYY-MM-DD", "", ""},
		{"", "{{date}}", "{{date}}"},
	} {
		src := strings.NewReplacer("%s", "\x00").Replace(tmpl)
		for _, s := range slots {
			src = strings.Replace(src, "\x00", s, 1)
		}
		if fs := lintText(t, DefaultOptions(), src); has(fs, ruleFieldMissing, 0) && strings.Contains(describe(fs), "Date is missing") {
			t.Errorf("%q: %s", slots, describe(fs))
		}
	}
	src := "# Cache stampede\n\n## Summary\n\nThe update date of the cache keys was reset.\n\n## Timeline (all times UTC)\n\n09:10: First alert\n\n09:40: Cache warmed\n"
	if fs := lintText(t, DefaultOptions(), src); !strings.Contains(describe(fs), "Date is missing") {
		t.Errorf("prose naming a date gave the date: %s", describe(fs))
	}
}

// A template's table of key times is not its timeline when a heading
// names the timeline: the empty timeline is the one reported.
func TestTimingTableIsNotTheTimeline(t *testing.T) {
	src := "# Post-incident review: TITLE\n\n| Field | Value |\n|---|---|\n| Severity | |\n| Date | |\n| Lead | |\n\n" +
		"## Summary\n\n## Incident Timing\n\n| | |\n|---|---|\n| Start Time | |\n| Detection Time | |\n| Resolution Time | |\n\n" +
		"## Incident Timeline\n\n| Time | Event |\n|---|---|\n| | |\n\n## Remediation\n"
	fs := lintText(t, DefaultOptions(), src)
	if !has(fs, ruleFieldEmpty, 19) || has(fs, ruleFieldEmpty, 11) {
		t.Errorf("want the empty timeline at line 19, not the timing table at 11: %s", describe(fs))
	}
	if !has(fs, ruleFieldEmpty, 15) {
		t.Errorf("the timing table's empty start was not reported: %s", describe(fs))
	}
}
