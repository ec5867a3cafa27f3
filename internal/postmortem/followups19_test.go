package postmortem

import "testing"

// A tracker's list of linked work names its id column for the tool's own
// items ("Artifact") and its due column for what is to happen by then:
// "Close by", "Land by", "Planned end"; its owner column is an agent
// ("Agent") or asked as a question ("Who owns it").
func TestTrackerDueAndOwnerHeads(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Links\n\n" +
		"| Artifact | Title | Assigned to | Status | Close by |\n| --- | --- | --- | --- | --- |\n" +
		"| story #12 | Cache the price list | akim | New | 2026-12-20 |\n" +
		"| story #13 | Buy a second router | | Won't fix | |\n\n" +
		"## Preventive work\n\n" +
		"| What | Who owns it | Land by | State |\n| --- | --- | --- | --- |\n" +
		"| Page on a stuck counter | @bfox | 2026-12-22 | In flight |\n\n" +
		"## Changes\n\n" +
		"| Ref | Title | Agent | Planned end | Status |\n| --- | --- | --- | --- | --- |\n" +
		"| C-77 | Test firmware on one door first | Ana Ruiz | 2027-01-08 | assigned |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cache the price list|akim|2026-12-20||Open",
		"Buy a second router||||Not planned",
		"Page on a stuck counter|bfox|2026-12-22||Open",
		"Test firmware on one door first|Ana Ruiz|2027-01-08||Open",
	})
}

// A service desk's export names its tabs in quotes in the headings
// ("Pestaña «Tareas»", "Tab “Tasks”"): the tab's name names the section.
// Its tasks' planned end is the due date, "Fecha de finalización
// programada", and a month's end in Spanish, "fin de marzo", is due on
// its last day.
func TestQuotedTabHeadingTasks(t *testing.T) {
	src := "# Caída del portal\n\nFecha: 2026-12-04\n\n### Pestaña «Tareas»\n\n" +
		"| Título | Propietario | Fecha de finalización programada | Estado |\n| --- | --- | --- | --- |\n" +
		"| Revisar la cola | Luis Mora | 15/12/2026 | Abierta |\n" +
		"| Cambiar de proveedor | — | | Cancelada |\n" +
		"| Probar la conmutación | Ana Gil | fin de marzo | En curso |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Revisar la cola|Luis Mora|2026-12-15||Open",
		"Cambiar de proveedor||||Not planned",
		"Probar la conmutación|Ana Gil|2027-03-31||Open",
	})
	src = "# Outage\n\nDate: 2026-12-04\n\n### Tab “Tasks”\n\n- [ ] Rotate the keys — @ana, 2026-12-15\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the keys|ana|2026-12-15||Open",
	})
}

// A quarter written with a Roman numeral, as Ukrainian, Russian and
// Indonesian teams write it ("I квартал 2027", "Kuartal II 2027"), and a
// month's end in Ukrainian ("до кінця січня") and Indonesian ("akhir
// Januari") are due dates. A bold label "Що робимо далі" ("what we do
// next") opens the follow-ups.
func TestRomanQuarterAndMonthEnds(t *testing.T) {
	src := "# Збій черги\n\n**Дата інциденту:** 28.11.2026\n\n**Що вже зроблено**\n✔️ Перезапустили сервіс\n\n" +
		"**Що робимо далі**\n" +
		"1. Резервний канал — відповідальна: Олена Гнатюк, I квартал 2027\n" +
		"2. Падати з помилкою — @d_moroz, до кінця січня\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Резервний канал|Олена Гнатюк|2027-03-31||Open",
		"Падати з помилкою|d_moroz|2027-01-31||Open",
	})
	src = "# Gangguan\n\nTanggal insiden: 2026-11-28\n\n## Tindak lanjut\n\n" +
		"| Tugas | Penanggung jawab | Tenggat | Status |\n| --- | --- | --- | --- |\n" +
		"| Pasang UPS | Rahmat | akhir Januari | Open |\n" +
		"| Pindah ke awan | Rahmat | Kuartal II 2027 | Open |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Pasang UPS|Rahmat|2027-01-31||Open",
		"Pindah ke awan|Rahmat|2027-06-30||Open",
	})
}

// An item under the next steps that opens with a verb whose past is the
// same word ("Put", "Set") and ends with its owner and due date in
// parentheses is work to do, not a step taken.
func TestSamePastVerbWithParenOwnerDue(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## What we did\n\n- Moved the job by hand\n\n" +
		"## Next steps\n\n- Put the schedule under change review (Dwayne, Dec 11)\n- Set a quota on the bucket (Mia Lang, Dec 18)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Put the schedule under change review|Dwayne|2026-12-11||Open",
		"Set a quota on the bucket|Mia Lang|2026-12-18||Open",
	})
}

// The replies pasted after a chat's follow-ups open with their author's
// header, Telegram's "Name, [01.12.2026 17:49]" or Google Chat's "**Name**
// · Wed 10:02 AM": messages, no actions.
func TestChatReplyHeadersAfterFollowUps(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Next steps\n\n- Rotate the keys — @ana, 2026-12-15\n\n" +
		"Тарас Кравець, [05.12.2026 17:49]\nПункт 1 беру\n\n" +
		"**Priya Shah** · Wed 10:02 AM\nDec 18 works for me.\n\n" +
		"**Lee Wong** · 10:05 AM\nCard draft by Monday\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the keys|ana|2026-12-15||Open",
	})
}
