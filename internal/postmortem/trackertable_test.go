package postmortem

import "testing"

// A bug tracker's list of the bugs a meta bug depends on: the Summary
// column is the action, the Resolution column closes what the Status
// leaves open, "Name [:nick]" is owned by the nick, an owner cell that
// says nobody has it is none, and the bug numbers are no issues of the
// repository. What the bold label says was done during the incident
// is a record.
func TestBugTrackerDependencyTable(t *testing.T) {
	src := "# Bug 4100 — [meta] follow-ups of the mail outage\n\n**Done during the incident**\n\n- Drained the queue by hand (:ola).\n\n" +
		"## Dependency tree\n\n| Bug | Status | Resolution | Assignee | Summary | Deadline |\n| --- | --- | --- | --- | --- | --- |\n" +
		"| 4101 | ASSIGNED | --- | Ola Berg [:ola] | Retry a deferred message on a new connection | 2026-12-11 |\n" +
		"| ~~4102~~ | RESOLVED | WONTFIX | Ola Berg [:ola] | Move mail to a second provider | --- |\n" +
		"| ~~4103~~ | VERIFIED | FIXED | Kai Lund [:kai] | Alert on the deferred queue | 2026-11-27 |\n" +
		"| ~~4104~~ | RESOLVED | DUPLICATE of bug 4103 | Kai Lund [:kai] | Page on the queue | --- |\n" +
		"| 4105 | NEW | --- | Nobody; OK to take it and work on it | Document the drain | --- |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Retry a deferred message on a new connection|ola|2026-12-11||Open",
		"Move mail to a second provider|ola|||Not planned",
		"Alert on the deferred queue|kai|2026-11-27||Done",
		"Page on the queue|kai|||Not planned",
		"Document the drain||||Open",
	})
	checkNoIssues(t, doc)
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the drain", doc.Steps)
	}
}

// A table with a Summary column but no column of issues is no list of
// actions.
func TestSummaryColumnWithoutIssues(t *testing.T) {
	src := "# Mail outage\n\n## Services\n\n| Service | Status | Summary |\n| --- | --- | --- |\n| mail | degraded | Deferred for an hour |\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
}
