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

// "What we're changing" heads the follow-ups and "Already handled" the
// record; a task list's block of finished tasks ("Completed tasks")
// holds action items that are done, not steps.
func TestChangingHeadingAndCompletedTasks(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n**Already handled**\n- ✔ Disabled the job\n\n" +
		"**What we're changing**\n\n- [ ] Check the seat map before each sale — Rosa Diaz — Dec 10\n\n" +
		"**Completed tasks**\n- ~~Tell the board what happened~~ — Denise, Dec 1\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Check the seat map before each sale|Rosa Diaz|2026-12-10||Open",
		"Tell the board what happened|Denise|2026-12-01||Done",
	})
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the one handled", doc.Steps)
	}
}

// The end of a month or a quarter after an owner's dash is the due date:
// "— Malik Haddad — end of January", "— Ops — end Q1 2027".
func TestEndOfPeriodAfterOwnerDash(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Follow-ups\n\n" +
		"- [ ] Alert on mass holds — Malik Haddad — end of January\n" +
		"- [ ] Drill the lockout — Security team — end Q1 2027\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on mass holds|Malik Haddad|2027-01-31||Open",
		"Drill the lockout|Security team|2027-03-31||Open",
	})
}

// A paragraph states follow-ups in its clauses, each with its owner and
// due date in parentheses after it, beside a list or alone, in English
// or with the labels of another language ("responsable: …, antes del 15
// de diciembre").
func TestOwnerParenthesisClauses(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## What we're changing\n\n" +
		"Jobs never end. We will give every job an end date (owner: Malik Haddad, by 18 Dec), and we will log who creates each hold (owner: @dokoro, by 12 Jan). The list is below.\n\n" +
		"- [ ] Spot-check the map — Rosa Diaz — Dec 10\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Give every job an end date|Malik Haddad|2026-12-18||Open",
		"Log who creates each hold|dokoro|2027-01-12||Open",
		"Spot-check the map|Rosa Diaz|2026-12-10||Open",
	})
	src = "# Caída\n\nFecha: 2026-11-26\n\n### Notas del técnico\n\n" +
		"No hay ambiente de pruebas. Vamos a pedir al proveedor un ambiente de pruebas (responsable: Camila Rojas, antes del 15 de diciembre). Lo demás quedó como tareas.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Pedir al proveedor un ambiente de pruebas|Camila Rojas|2026-12-15||Open",
	})
}

// A follow-up label whose sentence ends with a colon introduces the
// table below it: the sentence is no action.
func TestFollowUpLabelIntroducingTable(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n**Follow-up.** Tracked as changes linked to this ticket:\n\n" +
		"| Ref | Title | Assigned to | Status |\n| --- | --- | --- | --- |\n" +
		"| C-1 | Test firmware first | Ana Ruiz | new |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Test firmware first|Ana Ruiz|||Open",
	})
}

// A heading that turns lessons into actions with an arrow ("Lessons →
// actions") heads follow-ups written "lesson → action — owner, due": the
// lesson is no part of the title; "no date yet" is no due date.
func TestLessonArrowActions(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Findings → actions\n\n" +
		"- Nobody saw the sync stop → page when the queue is older than 10 minutes — Ana Ruiz, 11 Dec\n" +
		"- The dock checked nothing → two-person check before loading — Dock leads, no date yet\n" +
		"- Old handhelds → ~~replace the handhelds~~ (not this year: cost)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"page when the queue is older than 10 minutes|Ana Ruiz|2026-12-11||Open",
		"two-person check before loading|Dock leads|||Open",
		"replace the handhelds (not this year: cost)||||Done",
	})
}

// A task list's export writes a task's fields on the line under its
// title after a calendar emoji, in the team's language: "📅 11 Des 2026
// · p1 · 👤 Rahmat Hidayat".
func TestCalendarFieldLineUnderTask(t *testing.T) {
	src := "# Gangguan\n\nTanggal insiden: 2026-11-28\n\n## Tindak lanjut\n\n" +
		"- [ ] Pasang UPS untuk server\n  📅 11 Des 2026 · p1 · 👤 Rahmat Hidayat\n" +
		"- [ ] Formulir cadangan\n  📅 akhir Desember · p2 · 👤 Andi Syamsuddin\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Pasang UPS untuk server|Rahmat Hidayat|2026-12-11||Open",
		"Formulir cadangan|Andi Syamsuddin|2026-12-31||Open",
	})
}

// A day and a month with a dot and no year after a due date's label of
// another language ("термін: 11.12") is the due date, day first.
func TestDottedDayAfterLocalDueLabel(t *testing.T) {
	src := "# Збій\n\n**Дата інциденту:** 28.11.2026\n\n## Подальші дії\n\n" +
		"1. Нагадування про сертифікати — відповідальний: @t_kravets, термін: 11.12\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Нагадування про сертифікати|t_kravets|2026-12-11||Open",
	})
}

// A chat space's task, created under the follow-ups: a line naming who
// created it, the title after 📋, then "Assigned to … · Due …" and, once
// done, "✔️ Marked as complete".
func TestChatSpaceTaskCards(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-02\n\n*Next steps*\n• Page on a stale board (Dwayne, Dec 11)\n\n" +
		"**Chat** · Task created by Kay Brandt · Wed 9:15 AM\n📋 *Write a paper fallback card*\nAssigned to **Lena Ortiz** · Due **Fri, Dec 18, 2026**\n\n" +
		"**Chat** · Task created by Kay Brandt · Wed 9:16 AM\n📋 *Brief the shifts*\nAssigned to **Marco Vidal** · Due **Mon, Dec 7, 2026**\n✔️ Marked as complete by Marco Vidal · Thu 4:40 PM\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Page on a stale board|Dwayne|2026-12-11||Open",
		"Write a paper fallback card|Lena Ortiz|2026-12-18||Open",
		"Brief the shifts|Marco Vidal|2026-12-07||Done",
	})
}

// "Who's running this" names the incident's contact.
func TestRunningThisContact(t *testing.T) {
	doc := mustParse(t, []byte("# Outage\n\n**Who's running this:** Priya Raman (@praman)\n\n## Summary\n\nText.\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Priya Raman (@praman)" {
		t.Errorf("contact %+v %v", f, ok)
	}
}
