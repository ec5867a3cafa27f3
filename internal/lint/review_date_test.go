package lint

import "testing"

// reviewDoc is a post-mortem whose incident ended on 2026-06-01 and
// whose date, in the front matter or a line, is 2026-06-20.
func reviewDoc(frontMatter, lines, sections string) string {
	return "---\ntitle: Stale DNS answers after a resolver upgrade\n" + frontMatter + "---\n\n" + lines +
		"\n- Contact: @ravi\n- Severity: SEV2\n- Start: 2026-06-01 10:00 UTC\n- Detected: 2026-06-01 10:05 UTC\n- End: 2026-06-01 11:00 UTC\n\n" +
		"## Summary\n\nResolvers served stale answers for an hour.\n\n## What happened\n\nA cache flag changed meaning.\n\n" +
		"## Remediation\n\n- [ ] Pin the resolver flags — owner: @ravi, due: 2026-07-01\n" + sections
}

// The date a report was published is not when its review met; a front
// matter's date is the review's only where the document records one.
func TestLateReviewReadsTheReviewDate(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		front, lines, sections string
		late                   bool
	}{
		{"blog front matter", "date: 2026-06-20\nauthors:\n  - ravi\ntags: [dns]\n", "", "", false},
		{"front matter with a facilitator", "date: 2026-06-20\nfacilitated_by: \"@lena\"\n", "", "", true},
		{"front matter with attendees", "date: 2026-06-20\n", "", "\n## Attendees\n\n- @lena\n- @ravi\n", true},
		{"published line", "", "- Published: 2026-06-20", "", false},
		{"review date line", "", "- Review date: 2026-06-20", "", true},
		{"date line", "", "- Date: 2026-06-20", "", true},
	} {
		fs := lintText(t, DefaultOptions(), reviewDoc(tc.front, tc.lines, tc.sections))
		if got := has(fs, ruleLateReview, 0); got != tc.late {
			t.Errorf("%s: late-review %v, want %v: %s", tc.name, got, tc.late, describe(fs))
		}
	}
}
