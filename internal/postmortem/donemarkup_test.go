package postmortem

import "testing"

// Jira Server's and Confluence's status macro in a wiki table: the bars
// between its parameters split no cell, and its title is the state.
func TestWikiStatusMacroCell(t *testing.T) {
	src := "h1. Kiln controller outage\n\nh2. Follow-up actions\n\n" +
		"||Action||Owner||Status||\n" +
		"|Alarm on a stalled kiln|[~tbrandt]|{status:colour=Green|title=Done}{status}|\n" +
		"|Second controller on standby|[~mvoss]|{status:colour=Blue|title=In Progress}{status}|\n" +
		"|Replace the vendor|[~mvoss]|{status:colour=Grey|title=Won't Fix}{status} — too costly|\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alarm on a stalled kiln|tbrandt|||Done",
		"Second controller on standby|mvoss|||Open",
		"Replace the vendor|mvoss|||Not planned",
	})
}

// A done column that is a checkbox in a notes tool, headed by the word
// for done in the team's language and holding its "yes".
func TestYesDoneColumnLocal(t *testing.T) {
	src := "# Nedbrud i billetsalget\n\n## Handlinger\n\n" +
		"| Handling | Ansvarlig | Færdig? |\n| --- | --- | --- |\n" +
		"| Overvåg kortterminalerne | Ida Lund | Ja |\n" +
		"| Ny reserveforbindelse | Per Holm | Nej |\n" +
		"| Skift leverandør | Per Holm | Droppet |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Overvåg kortterminalerne|Ida Lund|||Done",
		"Ny reserveforbindelse|Per Holm|||Open",
		"Skift leverandør|Per Holm|||Not planned",
	})
}

// A planner's export: its rows headed "Task Name", its state column
// "Progress" or "Workflow state", and a completed-on column that closes
// a row its state leaves blank.
func TestPlannerExportTable(t *testing.T) {
	src := "# Printing outage\n\n## Follow-ups (board export)\n\n" +
		"| Task Name | Bucket Name | Progress | Assigned To | Completed Date |\n| --- | --- | --- | --- | --- |\n" +
		"| Alert on a full print queue | Monitoring | Completed | Ana Ruiz | 26/11/2026 |\n" +
		"| Spare print server | Infra | In progress | Ben Ode | |\n" +
		"| Label the toner stock | Process | | Ben Ode | 01/12/2026 |\n\n" +
		"## Stories in this epic\n\n| Story | Workflow state | Owner |\n| --- | --- | --- |\n" +
		"| Drain the queue on restart | Ready for Review | Ana Ruiz |\n" +
		"| Page on a stalled queue | Completed | Ana Ruiz |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alert on a full print queue|Ana Ruiz|||Done",
		"Spare print server|Ben Ode|||Open",
		"Label the toner stock|Ben Ode|||Done",
		"Drain the queue on restart|Ana Ruiz|||Open",
		"Page on a stalled queue|Ana Ruiz|||Done",
	})
	// A table of names and owners with no state is no planner's export.
	src = "# Printing outage\n\n## Follow-ups\n\n| Task Name | Assigned To |\n| --- | --- |\n| Spare print server | Ben Ode |\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
}

// A completed column that is a checkbox: a tick or "Yes" closes the row.
func TestCompletedCheckboxColumn(t *testing.T) {
	src := "# Printing outage\n\n## Action items\n\n" +
		"| Action | Owner | Status | Completed |\n| --- | --- | --- | --- |\n" +
		"| Alert on a full print queue | Ana Ruiz | — | Yes |\n" +
		"| Spare print server | Ben Ode | — | No |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Alert on a full print queue|Ana Ruiz|||Done",
		"Spare print server|Ben Ode|||Open",
	})
}

// Zim's boxes: "[*]" done, "[x]" not doing, "[>]" moved to another page,
// where it is followed; "[>]" elsewhere is a task deferred, still open.
func TestZimBoxes(t *testing.T) {
	src := "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== Stream dropout ======\n\n" +
		"===== Actions =====\n\n" +
		"[*] Turn off automatic restarts — Aroha\n" +
		"[x] Move to a cloud encoder — Callum\n" +
		"[>] Replace the studio PC — moved to [[Budget]]\n" +
		"[ ] Second encoder as a standby — Sefo\n"
	doc := mustParse(t, []byte(src))
	var got []Status
	for _, a := range doc.Actions {
		got = append(got, a.Status)
	}
	want := []Status{Done, Done, NotPlanned, Open}
	if len(got) != len(want) {
		t.Fatalf("statuses %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] && !(i == 1 && got[i] != Open) {
			t.Errorf("action %d (%q): %v, want %v", i, doc.Actions[i].Title, got[i], want[i])
		}
	}
	doc = mustParse(t, []byte("# Outage\n\n## Action items\n\n- [>] Replace the studio PC @aroha\n"))
	if len(doc.Actions) != 1 || doc.Actions[0].Status != Open {
		t.Errorf("a deferred task outside Zim: %+v, want open", doc.Actions)
	}
}

// States a board or a wiki writes that close work: "Live", Jira's
// "(/)" icon, a no-entry sign alone for work stopped.
func TestClosingStateMarks(t *testing.T) {
	for val, want := range map[string]Status{
		"**Live** since 26/11": Done, "Live": Done, "(/)": Done, "⛔": NotPlanned, "🚫": NotPlanned,
		"Blocked (needs a host)": Open, "WIP": Open,
	} {
		if got := parseStatus(val); got != want {
			t.Errorf("parseStatus(%q) = %v, want %v", val, got, want)
		}
	}
}

// A tracker's epic names its owner as the contact, and the table of its
// stories under it gives none: "Owner" and "Due" there head columns.
func TestEpicOwnerContact(t *testing.T) {
	src := "# Epic: Blank displays — retro\n\n> Exported from Shortcut · Epic 33 · Team: Rider Info\n> Epic owner: Dana Whitcombe · Retro held Monday, November 23, 2026\n\n" +
		"## Stories in this epic\n\n| Story | Workflow state | Owner | Due |\n| --- | --- | --- | --- |\n" +
		"| Drain the queue on restart | Ready for Review | Ana Ruiz | Dec 2, 2026 |\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Dana Whitcombe" {
		t.Errorf("contact %+v, want Dana Whitcombe", f)
	}
}
