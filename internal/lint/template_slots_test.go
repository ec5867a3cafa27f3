package lint

import (
	"slices"
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

// A table of key times is not the timeline when a heading names the
// timeline: in a template begun (its severity given), the empty timeline
// is the one reported.
func TestTimingTableIsNotTheTimeline(t *testing.T) {
	src := "# Post-incident review: TITLE\n\n| Field | Value |\n|---|---|\n| Severity | SEV2 |\n| Date | |\n| Lead | |\n\n" +
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

// A template is reviewed as a template: its empty fields, placeholders
// and empty timeline are the slots it is for, so none is reported, and
// a field it has no place for is a notice that asks for one. Once a
// field is filled in, it is a post-mortem being written, held to every
// rule.
func TestTemplateIsReviewedAsTemplate(t *testing.T) {
	for name, src := range templatesWithActionSlot {
		for _, f := range lintText(t, DefaultOptions(), src) {
			if strings.HasPrefix(f.Rule, "fields/") && (f.Severity != Notice || f.Rule != ruleFieldMissing) {
				t.Errorf("%s: %s %v at line %d: %s", name, f.Rule, f.Severity, f.Line, f.Message)
			}
		}
	}
	src := "# Incident review\n\n| Field | Value |\n|---|---|\n| Date | |\n| Lead | |\n\n## Summary\n\n## Timeline\n\n## Action items\n"
	got := findingsOf(lintText(t, DefaultOptions(), src), ruleFieldMissing)
	if !slices.ContainsFunc(got, func(f Finding) bool {
		return f.Severity == Notice && strings.Contains(f.Message, "template") && strings.Contains(f.Message, "Severity")
	}) {
		t.Errorf("a template without a severity slot: got %+v, want a notice asking for one", got)
	}
	begun := strings.Replace(src, "| Date | |", "| Date | 2026-11-02 |", 1)
	fs := lintText(t, DefaultOptions(), begun)
	if !has(fs, ruleFieldEmpty, 0) || !slices.ContainsFunc(findingsOf(fs, ruleFieldMissing), func(f Finding) bool { return f.Severity == Error }) {
		t.Errorf("a template begun is a post-mortem: want fields/empty and fields/missing errors, got %s", describe(fs))
	}
}

// A title over a placeholder is a post-mortem not yet written, not a
// template: it has no sections or fields to fill, and fails the review.
func TestStubIsNotATemplate(t *testing.T) {
	fs := lintText(t, DefaultOptions(), "# New\n\nTODO\n")
	for _, rule := range []string{ruleFieldMissing, ruleNoActions} {
		got := findingsOf(fs, rule)
		if len(got) == 0 || got[0].Severity != Error {
			t.Errorf("%s: got %+v, want an error", rule, got)
		}
	}
}
