package postmortem

import "testing"

// A post in a staff feed has no H1: its one H2 heads the whole post and
// names two of the template's sections after a colon ("…: what happened
// and what we're changing"). It is the title, so the post's bullets of
// harm and its log are no follow-ups; and a bold label that names the
// follow-ups over a sentence introducing the list below is no action.
func TestFeedPostTitleOverSections(t *testing.T) {
	src := "**Ops feed** · posted Mar 9, 2026\n\n## Depot gates stuck: what happened and what we're changing\n\n" +
		"**Who it hit.**\n\n- 14 trucks waited at the gate.\n- 300 parcels left late.\n\n" +
		"**How it went.** From the gate log:\n\n- 06:10 Gate 2 stops reading badges.\n- 06:40 Gate reset.\n\n" +
		"**What we're changing.** We agreed these on Monday:\n\n" +
		"- Add a badge reader spare at each gate — Owner: Ola Berg — Due: Mar 20, 2026\n" +
		"- ✅ Log gate faults to the control room — Owner: Kai Lund\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "Depot gates stuck: what happened and what we're changing" {
		t.Errorf("title %q", doc.Title)
	}
	checkActionLines(t, doc, []string{
		"Add a badge reader spare at each gate|Ola Berg|2026-03-20||Open",
		"Log gate faults to the control room|Kai Lund|||Done",
	})
}

// A heading of one section after a colon stays that section's.
func TestColonHeadingOfOneSection(t *testing.T) {
	src := "## Depot gates: what we're changing\n\n- Add a badge reader spare at each gate — Owner: Ola Berg\n"
	doc := mustParse(t, []byte(src))
	if doc.Title != "" || len(doc.Sections) != 1 || doc.Sections[0].Key != "remediation" {
		t.Fatalf("title %q, sections %+v", doc.Title, doc.Sections)
	}
	checkActionLines(t, doc, []string{"Add a badge reader spare at each gate|Ola Berg|||Open"})
}

// A memo signs off with a closing of its language over the writer's
// name, role and organisation, four lines: none of them is an action.
func TestFourLineSignatureInOtherLanguages(t *testing.T) {
	for _, closing := range []string{"Cu stimă,", "Mit freundlichen Grüßen", "Med vennlig hilsen", "Hormat kami,"} {
		src := "# Outage\n\n## Follow-up actions\n\n1. Renew the backup router certificates — owner: Ana Pop\n\n" +
			closing + "\nAndrei Vlad\nDuty manager, IT operations\nNorthbank S.A.\n"
		checkActionLines(t, mustParse(t, []byte(src)), []string{"Renew the backup router certificates|Ana Pop|||Open"})
	}
}

// A task card in Malay: a bold title over a line of its fields,
// "Ditugaskan kepada" (assigned to), "Tarikh akhir" (due), "Keutamaan"
// (priority) and a state; "Belum ditetapkan" is nobody, "Tidak boleh
// dilakukan" drops the work.
func TestMalayTaskCards(t *testing.T) {
	src := "# Laporan insiden\n\n## Tindakan\n\n" +
		"**Pasang penggera suhu pada semua bilik sejuk**\nDitugaskan kepada: Hafiz Kamal · Tarikh akhir: 15 Dis 2026 · Keutamaan: Tinggi · Status: Dalam proses\n\n" +
		"**Kaji semula kontrak penyelenggaraan**\nDitugaskan kepada: Belum ditetapkan · Tarikh akhir: – · Status: Untuk dibuat\n\n" +
		"**Tukar pemampat lama**\nDitugaskan kepada: Aina Zakaria · Status: Tidak boleh dilakukan (bajet)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Pasang penggera suhu pada semua bilik sejuk|Hafiz Kamal|2026-12-15|TINGGI|Open",
		"Kaji semula kontrak penyelenggaraan||||Open",
		"Tukar pemampat lama|Aina Zakaria|||Not planned",
	})
}

// A maintenance tool's work orders give their state as codes, "COMP",
// "CLOSE", "CAN", "INPRG", and their due date as "Target Finish".
func TestWorkOrderStatusCodes(t *testing.T) {
	src := "# Line stop\n\n## Follow-up Work\n\n| Work Order | Description | Lead | Target Finish | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| 501 | Add cooling fans to the drives | OBERG | 11/12/2026 | COMP |\n" +
		"| 502 | Send drive warnings to the pager | Controls Team | 22/01/2027 | INPRG |\n" +
		"| 503 | Replace every drive | KLUND | | CAN |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add cooling fans to the drives|OBERG|2026-12-11||Done",
		"Send drive warnings to the pager|Controls Team|2027-01-22||Open",
		"Replace every drive|KLUND|||Not planned",
	})
}
