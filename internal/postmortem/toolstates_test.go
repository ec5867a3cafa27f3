package postmortem

import "testing"

// A tracker's list of issues synced or pasted into the action list: a
// column of another tracker's keys or numbers ("Key", "Number", "#")
// beside a title column ("Summary", "Short description", "Subject") and
// a state or an assignee. The keys are no issues of the repository; a
// state that closes and says it was skipped was not done.
func TestTrackerKeyColumns(t *testing.T) {
	src := "# Ferry bookings lost\n\n## Follow-ups\n\n" +
		"| Key | Summary | Assignee | Status | Due date |\n| --- | --- | --- | --- | --- |\n" +
		"| FER-12 | Retry the payment callback once | Ola Berg | IN PROGRESS | 09/Feb/27 |\n" +
		"| FER-13 | Drop the legacy booking form | Kai Lund | WON'T DO | |\n" +
		"| FER-14 | Alert on unpaid holds | Kai Lund | DONE | 02/Feb/27 |\n\n" +
		"## Problem tasks\n\n| Number | Short description | Assigned to | State |\n| --- | --- | --- | --- |\n" +
		"| TSK0042 | Rebuild the seat map cache nightly | Mira Holm | Closed Skipped |\n" +
		"| TSK0043 | Page the booking desk on a stuck hold | Mira Holm | Closed Complete |\n" +
		"| TSK0044 | Test the callback in staging | Ada Lee | Assess |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Retry the payment callback once|Ola Berg|2027-02-09||Open",
		"Drop the legacy booking form|Kai Lund|||Not planned",
		"Alert on unpaid holds|Kai Lund|2027-02-02||Done",
		"Rebuild the seat map cache nightly|Mira Holm|||Not planned",
		"Page the booking desk on a stuck hold|Mira Holm|||Done",
		"Test the callback in staging|Ada Lee|||Open",
	})
	checkNoIssues(t, doc)
	// A list of incidents with their numbers and descriptions, and no
	// state or assignee, is no list of actions.
	src = "# Ferry bookings lost\n\n## Related\n\n| Number | Opened | Short description | Caller |\n| --- | --- | --- | --- |\n" +
		"| INC0071 | 2027-01-20 10:02 | Bookings fail | Desk 4 |\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
}

// A report's table of measures: "Measure" heads the actions, a check
// mark closes one, "withdrawn" with a footnote after it drops one, and
// an owner written with the unit they work in is the person.
func TestMeasureTable(t *testing.T) {
	src := "# Cryostat trip\n\n# Measures\n\n| No. | Measure | Responsible | Due | Status |\n|:--|:--|:--|:--|:--|\n" +
		"| 1 | Log the compressor's pressure | K. Wolf (Cryo Lab) | 15.01.2027 | open |\n" +
		"| 2 | Add a helium level alarm | P. Roth | 08.01.2027 | ✓ |\n" +
		"| 3 | Replace the cold head | Workshop | -- | withdrawn[^4] |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Log the compressor's pressure|K. Wolf|2027-01-15||Open",
		"Add a helium level alarm|P. Roth|2027-01-08||Done",
		"Replace the cold head|Workshop|||Not planned",
	})
}

// A document that says what its own state words mean, in the paragraph
// before its list, is read by that legend: here in Finnish, which the
// status words do not know, and a tracker's query with Czech headers.
func TestStateLegend(t *testing.T) {
	src := "# Kassajärjestelmän katko\n\n## Korjaavat toimet / Corrective actions\n\n" +
		"Tilat: **Uusi** = new, **Työn alla** = in progress, **Ratkaistu** = resolved, **Hylätty** = rejected.\n\n" +
		"| ID | Subject | Assignee | State |\n| --- | --- | --- | --- |\n" +
		"| 311 | Lengthen the till's card timeout | @aino | Työn alla |\n" +
		"| 312 | Swap the store router | @eero | Hylätty |\n" +
		"| 313 | Alert on till errors | @aino | Ratkaistu |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Lengthen the till's card timeout|aino|||Open",
		"Swap the store router|eero|||Not planned",
		"Alert on till errors|aino|||Done",
	})
	// Without the legend, words of a language the vocabulary does not
	// hold (Albanian here) say nothing: the rows stay open.
	src = "# Ndërprerja e sistemit të arkës\n\n## Corrective actions\n\n" +
		"| ID | Subject | Assignee | State |\n| --- | --- | --- | --- |\n" +
		"| 312 | Swap the store router | @eero | Refuzuar |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Swap the store router|eero|||Open"})
	src = "# Výpadek skladu\n\n## Nápravná opatření / Corrective actions\n\n" +
		"| # | Stav | Předmět | Přiřazeno | Termín |\n|---|---|---|---|---|\n" +
		"| #871 | Nový | Monitor the label printers | @tkral | 12.03.2027 |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Monitor the label printers|tkral|2027-03-12||Open"})
}

// A state opening an item as a wiki's template or a chat reaction's
// code: no part of the title. A wiki's "Not done" declines the item;
// a code the document's legend explains means what the legend says, and
// any other code leaves the item open.
func TestTemplateAndReactionLeads(t *testing.T) {
	src := "# Print queue stuck\n\n## Actions\n\n" +
		"1. {{Done}} Raise the spooler's job limit — @ines\n" +
		"2. {{Doing}} Move the spooler to its own host — @ines\n" +
		"3. {{Not done}} Buy a second print server — not needed after 2\n" +
		"4. {{Unsure}} Ask the vendor about firmware\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Raise the spooler's job limit|ines|||Done",
		"Move the spooler to its own host|ines|||Open",
		"Buy a second print server||||Not planned",
		"{{Unsure}} Ask the vendor about firmware||||Open",
	})
	src = "# Print queue stuck\n\n## Follow-ups\n\n" +
		"States: :heavy_check_mark: done, :hourglass: in progress, :no_entry: dropped.\n\n" +
		"- :heavy_check_mark: Raise the spooler's job limit @ines\n" +
		"- :hourglass: Move the spooler to its own host @ines\n" +
		"- :no_entry: Buy a second print server\n" +
		"- :rocket: Document the restart\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Raise the spooler's job limit|ines|||Done",
		"Move the spooler to its own host|ines|||Open",
		"Buy a second print server||||Not planned",
		"Document the restart||||Open",
	})
}

// A task's id opening an item with only a space after it is no part of
// the title, so a title struck after it is read; a note after a struck
// title that declines it drops it. A tracker's project tag after a dash
// is the team that owns it.
func TestTaskIDLeadAndProjectTag(t *testing.T) {
	src := "# Search index stale\n\n## Follow-up\n\n" +
		"- [ ] Q4410 Rebuild the index hourly — @noor\n" +
		"- [ ] Q4411 ~~Shard the index by region~~ (Declined: the index fits one node)\n" +
		"- [x] ~~Q4412 Pin the analyzer version~~ (Resolved) — @noor\n" +
		"- [ ] Q4413 Port the synonym lists to the new analyzer — #search-relevance\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rebuild the index hourly|noor|||Open",
		"Shard the index by region (Declined||||Not planned",
		"Q4412 Pin the analyzer version|noor|||Done",
		"Port the synonym lists to the new analyzer|search-relevance|||Open",
	})
}

// A chat tool's mentions by name ("@**Name**", a silent "@_**Name**",
// a group "@*name*") own the item, and a due written as the tool's
// time token is the day it holds.
func TestChatMentionOwners(t *testing.T) {
	src := "# Reminder texts late\n\n## Follow-ups\n\n" +
		"1. Alert on the text queue's age — @**Meera Pillai** — due <time:2027-02-12T17:00:00+05:30>\n" +
		"2. Add a second text provider — @_**Arjun Rao**\n" +
		"3. Write the provider runbook — @*sms-oncall*\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on the text queue's age|Meera Pillai|2027-02-12||Open",
		"Add a second text provider|Arjun Rao|||Open",
		"Write the provider runbook|sms-oncall|||Open",
	})
}

// A to-do list that writes each item's fields on a line of their own
// under it, after a hard line break: "Assigned to **Name** · Due
// **Tue, Mar 2, 2027**". An open ballot box makes the item a task even
// where its verb reads as past ("Put …"); "Completed by … on …" closes
// it, and a struck item archived is dropped.
func TestToDoFieldLines(t *testing.T) {
	src := "# Lift outage\n\n### Follow-ups\n\n" +
		"- ☐ Put a lift status screen in the lobby  \n  Assigned to **Rua Tane** · Due **Tue, Mar 2, 2027**\n" +
		"- ☑ ~~Reset the lift controller's clock~~  \n  Completed by Rua Tane on Feb 3\n" +
		"- ☐ ~~Replace both lift motors~~ · *Archived by Mere Tui on Feb 4: next year*\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Put a lift status screen in the lobby|Rua Tane|2027-03-02||Open",
		"Reset the lift controller's clock||||Done",
		"Replace both lift motors · *Archived by Mere Tui on Feb 4: next year*||||Not planned",
	})
}

// A retrospective tool's action table heads the column of the tickets
// it opened by the tracker's name ("Jira", "Linear") and the title
// column "Summary": the keys are another tracker's, the summaries the
// actions.
func TestTrackerNamedKeyColumn(t *testing.T) {
	src := "# Retrospective: checkout timeouts\n\n**Retrospective meeting:** Mar 3, 2027\n\n## Action items\n\n" +
		"| Summary | Assigned to | Status | Due date | Linear |\n| --- | --- | --- | --- | --- |\n" +
		"| Shed load at the checkout gateway | ines.k@example.org | In Progress | 3/20/2027 | [CHK-40](https://linear.app/x/issue/CHK-40) |\n" +
		"| Split the cart cache by region | | Cancelled | | [CHK-41](https://linear.app/x/issue/CHK-41) |\n" +
		"| Write the gateway failover runbook | Storefront SRE | Done | 3/6/2027 | [CHK-42](https://linear.app/x/issue/CHK-42) |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Shed load at the checkout gateway|ines.k@example.org|2027-03-20||Open",
		"Split the cart cache by region||||Not planned",
		"Write the gateway failover runbook|Storefront SRE|2027-03-06||Done",
	})
	checkNoIssues(t, doc)
}

// checkNoIssues fails for an action that names an issue of the
// repository.
func checkNoIssues(t *testing.T, doc *Document) {
	t.Helper()
	for _, a := range doc.Actions {
		if a.Issue != 0 {
			t.Errorf("%q has issue %d, want none", a.Title, a.Issue)
		}
	}
}
