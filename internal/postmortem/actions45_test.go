package postmortem

import "testing"

// A wiki page writes each follow-up's state in parentheses before its
// title, "(OPEN)", "(DONE)", "(DROPPED)", and strikes a dropped one
// through with its own marks, "--(…)--": the states are no part of the
// titles, and an item with a state and no owner is still an action.
func TestParenStateLeadAndWikiStrike(t *testing.T) {
	src := "= Kiosk printers jammed =\n\n== Follow-up actions ==\n\n" +
		" * (OPEN) Order spare rollers for every kiosk — owner: OlaBerg\n" +
		" * (DONE) Clean the paper path on Mondays — owner: KaiLund\n" +
		" * (OPEN) Ask the vendor for a recall notice\n" +
		" * (DROPPED) --(Replace the printers this year)-- — too costly for now\n" +
		" * --(Print receipts by mail instead)-- — rejected at the review\n" +
		" * (see the wiki) Label the kiosks by floor\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Order spare rollers for every kiosk|OlaBerg|||Open",
		"Clean the paper path on Mondays|KaiLund|||Done",
		"Ask the vendor for a recall notice||||Open",
		"Replace the printers this year — too costly for now||||Not planned", // the note stays, as after "~~…~~"
		"Print receipts by mail instead — rejected at the review||||Not planned",
		"(see the wiki) Label the kiosks by floor||||Open",
	})
}

// A mail lists what it asks for as numbered items, each ending with its
// state as a sentence of its own, "Open.", "In progress.", or with when
// it was done by weekday, "Done on Tuesday.": the owner and the due
// date before the state are still read.
func TestStateSentenceEndingItem(t *testing.T) {
	src := "# Badge readers offline\n\n**Date:** 2026-03-02\n\n**What we will do next**\n\n" +
		"1. Add a spare controller to each floor — Ola Berg, due Friday, March 13. Open.\n" +
		"2. Send the readers' logs to the central store — Kai Lund. Done on Tuesday.\n" +
		"3. Test the fallback keypad monthly — Facilities team, due March 20. In progress.\n" +
		"4. Agree a support contract for the readers — nobody yet. Open.\n" +
		"5. Buy readers from a second maker. Cancelled.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a spare controller to each floor|Ola Berg|2026-03-13||Open",
		"Send the readers' logs to the central store|Kai Lund|||Done",
		"Test the fallback keypad monthly|Facilities team|2026-03-20||Open",
		"Agree a support contract for the readers||||Open",
		"Buy readers from a second maker||||Not planned",
	})
}

// A game team's board names the column where a task stands its
// "Stage"; the tool's export line under the table is no action.
func TestStageColumnAndExportLine(t *testing.T) {
	src := "# Lobby timeouts\n\n## Tasks from the review\n\n| # | Task | Assigned to | Due date | Stage |\n| --- | --- | --- | --- | --- |\n" +
		"| 31 | Alert on lobby wait per region | Ola Berg | Mar 13, 2026 | In Progress |\n" +
		"| 32 | Check the region weights before release | Kai Lund | Mar 4, 2026 | Completed |\n" +
		"| 33 | Load test with mixed parties | — | — | Planned |\n" +
		"| 34 | Reset everyone's rank | Kai Lund | — | Cancelled (players would hate it) |\n\n" +
		"*Exported from the board · Northwind Games · 5 Mar 2026*\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on lobby wait per region|Ola Berg|2026-03-13||Open",
		"Check the region weights before release|Kai Lund|2026-03-04||Done",
		"Load test with mixed parties||||Open",
		"Reset everyone's rank|Kai Lund|||Not planned",
	})
}

// Swedish writes a dropped task "avskriven" (written off), Polish
// "zaniechane" (abandoned).
func TestWrittenOffStates(t *testing.T) {
	sv := "# Inloggningen låg nere\n\n## Åtgärder\n\n" +
		"- **Flytta tjänsten till ett nytt system.** Ansvarig: Ola Berg. Status: avskriven, för dyrt.\n" +
		"- **Larma vid fel.** Ansvarig: Kai Lund. Status: pågår.\n"
	wantStates(t, actionsOf(t, sv, 2), NotPlanned, Open)
	pl := "# Awaria płatności\n\n## Działania\n\n| Nr | Działanie | Odpowiedzialny | Termin | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| 1 | Własny serwer kluczy | — | — | Zaniechane (za drogo) |\n| 2 | Alarm o wygasaniu kluczy | Ola Berg | 2026-04-10 | W toku |\n"
	wantStates(t, actionsOf(t, pl, 2), NotPlanned, Open)
}

// Japanese and Korean write the end of a month with its year before it,
// "2027年1月末", "2027년 2월 말": the month's last day of that year.
func TestCJKMonthEndWithYear(t *testing.T) {
	src := "# 障害報告\n\n日付：2026-11-30\n\n## 今後の対応\n\n| 対応内容 | 担当 | 期限 | 状況 |\n| --- | --- | --- | --- |\n" +
		"| 連絡手順を見直す | 広報チーム | 2027年1月末 | 未着手 |\n| 監視を追加する | 山田 太郎 | 2027년 2월 말 | 対応中 |\n| 手順書を直す | 山田 太郎 | 12月末 | 対応中 |\n"
	acts := actionsOf(t, src, 3)
	for i, want := range []string{"2027-01-31", "2027-02-28", "2026-12-31"} {
		if got := acts[i].Due.Format("2006-01-02"); got != want {
			t.Errorf("%q: due %s, want %s", acts[i].Title, got, want)
		}
	}
}

// A slide deck gives each slide an H1 and its title slide a subtitle in
// an H2 right under the title: the H1s are still its sections, and the
// checklist on its actions slide holds the actions.
func TestSlideDeckSubtitle(t *testing.T) {
	src := "---\nmarp: true\n---\n\n# Turnstiles stuck\n## Review of the Monday incident\n\nPresented by Ola Berg\n\n---\n\n" +
		"# Summary\n\n- Turnstiles rejected valid cards for an hour\n\n---\n\n# What happened\n\nA config push left the readers with an old key.\n\n---\n\n" +
		"# Actions\n\n- [ ] Alert on rejection rate — Ola Berg\n- [x] Push the key to every reader — Kai Lund\n"
	doc := mustParse(t, []byte(src))
	if _, ok := doc.Section("remediation"); !ok {
		t.Errorf("no remediation section in %+v", doc.Sections)
	}
	checkActionLines(t, doc, []string{
		"Alert on rejection rate|Ola Berg|||Open",
		"Push the key to every reader|Kai Lund|||Done",
	})
}

// A spreadsheet exported with its grid heads each table with the column
// letters and numbers the rows: the labels of the action columns are in
// its first row.
func TestSheetGridHeader(t *testing.T) {
	src := "# Sheet: review\n\n## Tab: Actions\n\n| | A | B | C | D |\n| --- | --- | --- | --- | --- |\n" +
		"| 1 | **Action** | **Owner** | **Due** | **Status** |\n" +
		"| 2 | Retry the upload on timeouts | Ola Berg | 2026-04-10 | In progress |\n" +
		"| 3 | Page the on-call on failed uploads | Kai Lund | 2026-04-01 | Done |\n" +
		"| 4 | Write the upload runbook | | | Not started |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Retry the upload on timeouts|Ola Berg|2026-04-10||Open",
		"Page the on-call on failed uploads|Kai Lund|2026-04-01||Done",
		"Write the upload runbook||||Open",
	})
}
