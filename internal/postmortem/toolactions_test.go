package postmortem

import (
	"strings"
	"testing"
)

// A decision record's implementation table heads its actions "Change";
// "w/c 3 Aug" (week commencing) is due on that week's Sunday; "Dropped:
// …" is not planned and "when #1 ships" names no date.
func TestChangeColumnAndWeekCommencing(t *testing.T) {
	src := "# ADR-7: Cache tokens in the gateway\n\n* Date: 2026-07-20\n\n## Implementation\n\n" +
		"| # | Change | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| 1 | Cache validated tokens for 60 seconds | @lena-o | w/c 3 Aug | Not started |\n" +
		"| 2 | Remove the per-request token lookup | Ravi Bhat (@ravib) | when #1 ships | Not started |\n" +
		"| 3 | Shard the token store | Ravi Bhat | — | Dropped: the cache is enough |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cache validated tokens for 60 seconds|lena-o|2026-08-09||Open",
		"Remove the per-request token lookup|ravib|||Open",
		"Shard the token store|Ravi Bhat|||Not planned",
	})
}

// A wiki's table of work items: the id column is another tracker's, the
// Title column the action; "@<Display Name>" is the name; Removed is
// not planned, Resolved done; an iteration with its dates is due on the
// last of them; "Target
// date: 2/19/2027" in the iteration column is the due date.
func TestWorkItemTable(t *testing.T) {
	src := "# Upload failures\n\n| Date | 2027-01-06 |\n| --- | --- |\n\n## Follow-up work items\n\n" +
		"| Work item | Title | Assigned To | State | Iteration / Target date |\n|--|--|--|--|--|\n" +
		"| AB#310 | Retry uploads with backoff | @<Kerstin Vale> | Active | Uploads\\2027\\Sprint 3 (Feb 1 – Feb 12) |\n" +
		"| AB#311 | Alert on the upload error rate | Tomas Morr | New | Target date: 2/19/2027 |\n" +
		"| AB#312 | Move uploads to the new region | @<Kerstin Vale> | Removed | — |\n" +
		"| AB#313 | Log the client version with each upload | Uploads team | Resolved | Uploads\\Backlog |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Retry uploads with backoff|Kerstin Vale|2027-02-12||Open",
		"Alert on the upload error rate|Tomas Morr|2027-02-19||Open",
		"Move uploads to the new region|Kerstin Vale|||Not planned",
		"Log the client version with each upload|Uploads team|||Done",
	})
	if doc.Actions[0].Issue != 0 {
		t.Errorf("issue %d: AB#310 is no issue of the repository", doc.Actions[0].Issue)
	}
}

// A runbook's checklist under a "Tasks" heading, introduced as worked
// during the incident, is a record: its done rows are steps and its
// skipped row neither; the follow-ups after it stay actions.
func TestRunbookTasksWorkedDuringIncident(t *testing.T) {
	src := "# Checkout errors\n\n## Tasks\n\nThe runbook's checklist, worked during the incident.\n\n" +
		"| Task | Assignee | State |\n| --- | --- | --- |\n" +
		"| Page the payments on-call | Ines Roth | Done |\n" +
		"| Drain the bad node | Omar Said | Done |\n" +
		"| Restart the whole pool | Omar Said | Skipped |\n\n" +
		"## Follow-ups\n\n| Follow-up | Assignee | State |\n| --- | --- | --- |\n" +
		"| Alert on node health | Omar Said | To Do |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Alert on node health|Omar Said|||Open"})
	var steps []string
	for _, s := range doc.Steps {
		steps = append(steps, s.Text)
	}
	if got := strings.Join(steps, "; "); got != "Page the payments on-call; Drain the bad node" {
		t.Errorf("steps %q", got)
	}
}

// A formal review's recommendations: the paragraph before the table,
// hard-wrapped, introduces it; "Responsible officer" is the owner
// column, "Director, Network Services" one role and "TBA" nobody; "Q2
// FY2026/27" is no day, since a financial year starts in April, July or
// October by country;
// "Superseded by R1" is not planned.
func TestRecommendationsTable(t *testing.T) {
	src := "# Pump station outage\n\n| Date of review | 03/11/2026 |\n| --- | --- |\n\n## 5. RECOMMENDATIONS\n\n" +
		"The panel agreed the following. Dates are in the format\nDD/MM/YYYY. Status is as at 03/11/2026.\n\n" +
		"| No. | Recommendation | Responsible officer | Target date | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| R1 | Fit a second telemetry link at each station | Director, Network Services | 19/02/2027 | In progress |\n" +
		"| R2 | Test the failover every quarter | Operations Lead | Q2 FY2026/27 | Not commenced |\n" +
		"| R3 | Buy a spare radio per station | Procurement Officer | — | Superseded by R1 |\n" +
		"| R4 | Keep the alarm log for a year | TBA | TBA | Not commenced |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Fit a second telemetry link at each station|Director, Network Services|2027-02-19||Open",
		"Test the failover every quarter|Operations Lead|||Open",
		"Buy a spare radio per station|Procurement Officer|||Not planned",
		"Keep the alarm log for a year||||Open",
	})
}

// A wiki's todo plugin: "@x" is the owner, "due:" the due date and
// "start:" none; "#x:date" completed it; a tag struck with "<del>" and
// "not needed" is not planned; a note after the tag gives the owner
// and the due date.
func TestTodoPluginTags(t *testing.T) {
	src := "# Tariff import\n\n## Follow-up measures\n\n" +
		"  * <todo @pwolf due:2026-12-02>Validate the tariff file's schema</todo>\n" +
		"  * <todo @ahart start:2026-11-20 due:2026-12-09>Keep the last good tariff</todo>\n" +
		"  * <todo #pwolf:2026-11-18>Correct the tariffs loaded on Monday</todo>\n" +
		"  * <todo>Review the tariff approval steps</todo> (pricing team, Q1 2027)\n" +
		"  * <del><todo @ahart>Move the import to the vendor's API</todo></del> not needed: the API is gone\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Validate the tariff file's schema|pwolf|2026-12-02||Open",
		"Keep the last good tariff|ahart|2026-12-09||Open",
		"Correct the tariffs loaded on Monday|pwolf|||Done",
		"Review the tariff approval steps|pricing team|2027-03-31||Open",
		"Move the import to the vendor's API|ahart|||Not planned",
	})
}

// Org-mode tasks exported to Markdown: the keyword, priority cookie and
// tags are no part of the title; DONE is done and CANCELLED not
// planned; DEADLINE is the due date and SCHEDULED none; "**Owners:**"
// gives the first; a note below is no action; an issue number the app
// writes under the heading reads back.
func TestOrgTaskHeadings(t *testing.T) {
	stamp := func(kwd, ts string) string {
		return `<p><span class="timestamp-wrapper"><span class="timestamp-kwd">` + kwd + `</span> <span class="timestamp">` + ts + "</span></span></p>\n\n"
	}
	src := "# Search outage\n\n## Follow-ups\n\n" +
		"### TODO [#A] Pin the index version     :search:\n\n" + stamp("DEADLINE:", "&lt;2026-12-04 Fri&gt;") +
		"-   **Owner:** @mira-k\n-   Rollbacks then restore the index too.\n\n" +
		"### WAITING Ask the vendor for checksums\n\n" + stamp("SCHEDULED:", "&lt;2026-12-01 Tue&gt;") +
		"-   **Owner:** Vendor manager\n\n" +
		"### DONE Refuse an index without its checksum\n\n-   **Owners:** @tao-l, @mira-k\n\n" +
		"### CANCELLED Rebuild the index hourly\n\n-   **Owner:** @tao-l\n-   Dropped at the review.\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Pin the index version|mira-k|2026-12-04||Open",
		"Ask the vendor for checksums|Vendor manager|||Open",
		"Refuse an index without its checksum|tao-l|||Done",
		"Rebuild the index hourly|tao-l|||Not planned",
	})
	n := 41
	out, err := doc.Edit(ActionEdit{Action: 1, Issue: &n})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustParse(t, out).Actions[1].Issue; got != 41 {
		t.Errorf("issue %d after the edit, want 41", got)
	}
}

// MDX action components: the props are the fields and the child the
// title; "done" and "wontfix" close it; a team's handle is the owner;
// "end of November" is due on its last day; an issue number the app
// appends reads back.
func TestJSXActionComponents(t *testing.T) {
	src := "# Mirror outage\n\n| Date | 2026-11-09 |\n| --- | --- |\n\n## Follow-up actions\n\n" +
		"<ActionItem owner=\"@ivo-p\" due=\"2026-11-20\" status=\"done\" issue=\"#88\">\n  Purge the mirror cache by key\n</ActionItem>\n\n" +
		"<ActionItem owner=\"@mirrors/infra\" due=\"2026-12-15\" status=\"in-progress\">\n  Check a sample of files every minute\n</ActionItem>\n\n" +
		"<ActionItem owner=\"Rosa Lind\" due=\"end of November\" status=\"todo\">\n  Cache misses for ten seconds at most\n</ActionItem>\n\n" +
		"<ActionItem owner=\"@ivo-p\" status=\"wontfix\">\n  Mirror to a second provider\n</ActionItem>\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Purge the mirror cache by key|ivo-p|2026-11-20||Done",
		"Check a sample of files every minute|mirrors/infra|2026-12-15||Open",
		"Cache misses for ten seconds at most|Rosa Lind|2026-11-30||Open",
		"Mirror to a second provider|ivo-p|||Not planned",
	})
	n := 90
	out, err := doc.Edit(ActionEdit{Action: 2, Issue: &n})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustParse(t, out).Actions[2]; got.Issue != 90 || got.Title != "Cache misses for ten seconds at most" {
		t.Errorf("after the edit: %q #%d", got.Title, got.Issue)
	}
}

// A playbook's triage checklist, worked during the incident, is a
// record beside its follow-ups; a heading that names a change to triage
// is still an action list.
func TestTriageChecklist(t *testing.T) {
	src := "# Radio link down\n\n## Checklists\n\n### Triage (2 of 2)\n\n" +
		"- [x] Acknowledge the alarm — @bo-n\n- [x] Switch to the backup link — @bo-n\n\n" +
		"### Follow-ups\n\n- [ ] Alarm on link flaps — @bo-n\n\n## Triage improvements\n\n- [ ] Add the backup link to the runbook\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Alarm on link flaps|bo-n|||Open", "Add the backup link to the runbook||||Open"})
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want the two triage items", doc.Steps)
	}
}
