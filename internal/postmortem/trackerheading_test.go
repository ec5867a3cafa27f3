package postmortem

import (
	"testing"
	"time"
)

// Issues exported from a project tracker, a heading each with its fields
// in bullets, are the actions under a heading of any name; a cycle's
// dates make the due date, a key before the title is no part of it.
func TestTrackerIssueHeadings(t *testing.T) {
	src := "# Login outage\n\n**Date:** 2026-04-02\n\n## Tracked work\n\n" +
		"### AUTH-7 Keep the old key for a day\n- **Status:** In Progress\n- **Assignee:** @mo-k\n- **Sprint:** Sprint 14 (Apr 6 – Apr 17)\n\n" +
		"### AUTH-8 Page on key mismatch\n- **Status:** Done\n- **Priority:** High\n- **Assignee:** @li-p\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v, want the two issues", doc.Actions)
	}
	a, b := doc.Actions[0], doc.Actions[1]
	if a.Title != "Keep the old key for a day" || a.Owner != "mo-k" || a.Status != Open || a.Due.Format(time.DateOnly) != "2026-04-17" {
		t.Errorf("first %+v", a)
	}
	if b.Status != Done || b.Priority != "HIGH" {
		t.Errorf("second %+v, want done, high", b)
	}
	if s, ok := doc.Section("remediation"); !ok || s.Name != "Tracked work" {
		t.Errorf("remediation %+v, want the heading above the issues", s)
	}
}

// Under a heading of no known kind, subsections with a bullet or two of
// details but no status are not actions.
func TestHeadingsWithoutStatusAreNoActions(t *testing.T) {
	src := "# Login outage\n\n## Services\n\n### Auth API\n- **Owner:** @mo-k\n\n### Session store\n- **Owner:** @li-p\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
}
