package postmortem

import "testing"

// An XWiki page gives each follow-up as a task macro: its status and
// its assignee (a user's page, XWiki.login) are parameters, its title and
// any dash-separated owner or due date the content. completeDate is when
// it was done, no due date.
func TestXWikiTaskMacros(t *testing.T) {
	src := "= Incident: lift pass scanners offline =\n\nDate: 2026-12-02\n\n== Action items ==\n\n" +
		`{{task reference="Ops.T1" status="Done" assignee="XWiki.mhofer" completeDate="2026/12/03 09:00"}}Pin the scanner firmware{{/task}}` + "\n\n" +
		`{{task reference="Ops.T2" status="InProgress" assignee="xwiki:XWiki.lbrunner"}}Alert when a gate goes quiet — 18 Dec{{/task}}` + "\n\n" +
		`{{task reference="Ops.T3" status="ToDo"}}Keep a paper pass list at each gate — unassigned — Q1{{/task}}` + "\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Pin the scanner firmware|mhofer|||Done",
		"Alert when a gate goes quiet|lbrunner|2026-12-18||Open",
		"Keep a paper pass list at each gate||2027-03-31||Open",
	})
}

// An owner written as nobody yet, in a table cell or after a dash, in
// any language the vocabulary reads, or as dashes alone, is no owner.
func TestOwnerPlaceholdersMeanNobody(t *testing.T) {
	src := "# Ticket machine outage\n\nDate: 2026-11-10\n\n## Follow-ups\n\n" +
		"| Action | Owner | Status |\n| --- | --- | --- |\n" +
		"| Restart the kiosks nightly | No assignee | Open |\n" +
		"| Log every card decline | — | Open |\n" +
		"| Add a second payment route | por atribuir | Open |\n" +
		"| Watch the decline rate | @okeller | Open |\n\n" +
		"## Next steps\n\n" +
		"- [ ] Document the reboot procedure — ikke tildelt — 20 Nov\n" +
		"- [ ] Rehearse a kiosk swap — (nobody yet) — 24 Nov\n" +
		"- [ ] Buy spare card readers — — — 27 Nov\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Restart the kiosks nightly||||Open",
		"Log every card decline||||Open",
		"Add a second payment route||||Open",
		"Watch the decline rate|okeller|||Open",
		"Document the reboot procedure||2026-11-20||Open",
		"Rehearse a kiosk swap||2026-11-24||Open",
		"Buy spare card readers||2026-11-27||Open",
	})
}

// A due date after the owner's dash may be a week by its number, the end
// of a quarter, or a day after a weekday or a word for "by", in the
// languages read: the owner before it is read, and the due date in the
// document's year (or the next where it falls before the document).
func TestLocalWeekAndPeriodDues(t *testing.T) {
	src := "# Sykkellåser åpnet ikke\n\nDate: 2026-11-17\n\n## Oppfølging\n\n" +
		"- [ ] Oppdatere sertifikatene — Tormod Lie — fre 11.12.\n" +
		"- [ ] Varsel per stativ — Ingrid Dahl — uke 50\n" +
		"- [ ] Øvelse med leverandøren — Ola Berg — slutten av Q1\n" +
		"- [ ] Release the form behind one flag — Cal Whitford — week 13\n" +
		"- [ ] Teste a exportação — Marta Sequeira — final do 2.º trimestre\n" +
		"- [ ] Показувати останній розклад — Олена Коваль — до 11.12\n" +
		"- [ ] Сповіщати кол-центр — Марко Бондар — кінець I кварталу\n" +
		"- [ ] Ειδοποίηση σε SMS — Νίκος Παππάς — εβδομάδα 51\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Oppdatere sertifikatene|Tormod Lie|2026-12-11||Open",
		"Varsel per stativ|Ingrid Dahl|2026-12-13||Open",
		"Øvelse med leverandøren|Ola Berg|2027-03-31||Open",
		"Release the form behind one flag|Cal Whitford|2027-04-04||Open",
		"Teste a exportação|Marta Sequeira|2027-06-30||Open",
		"Показувати останній розклад|Олена Коваль|2026-12-11||Open",
		"Сповіщати кол-центр|Марко Бондар|2027-03-31||Open",
		"Ειδοποίηση σε SMS|Νίκος Παππάς|2026-12-20||Open",
	})
}

// A team or a role written after a dash owns the item: capitalised
// words and a role's word, "Parking Services supervisors".
func TestRoleOwnerAfterDash(t *testing.T) {
	src := "# Permit renewals charged twice\n\nDate: 2026-03-10\n\n## Follow-up\n\n" +
		"- [ ] Tell enforcement how to read a receipt — Parking Services supervisors — \n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Tell enforcement how to read a receipt|Parking Services supervisors|||Open"})
}

// A tracker's list of work packages under a follow-up heading in
// another language: the Subject column ("Assunto") is the title beside
// the ids, the states and the assignees; a finish date ("Data de
// conclusão") is the due date.
func TestSubjectColumnOfOtherLanguages(t *testing.T) {
	src := "# Passes recusados\n\nData do incidente: 2026-04-01\n\n### Ações de seguimento\n\n" +
		"| # | Tipo | Assunto | Estado | Atribuído a | Data de conclusão |\n| --- | --- | --- | --- | --- | --- |\n" +
		"| 812 | Tarefa | Corrigir o fuso da exportação | Resolvido | Rui Costa | 2026-04-03 |\n" +
		"| 813 | Tarefa | Reembolsar os bilhetes | Em curso | Ana Lopes | 2026-04-17 |\n" +
		"| 814 | Funcionalidade | Alarme de recusas | Novo | — | 2026-04-19 |\n" +
		"| 815 | Funcionalidade | Aceitar passes futuros | Rejeitado | Rui Costa | — |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Corrigir o fuso da exportação|Rui Costa|2026-04-03||Done",
		"Reembolsar os bilhetes|Ana Lopes|2026-04-17||Open",
		"Alarme de recusas||2026-04-19||Open",
		"Aceitar passes futuros|Rui Costa|||Not planned",
	})
}

// Follow-up lists in Greek, Indonesian and Ukrainian: a record of what
// was done is no action list; the follow-up table's title, owner, due
// and state columns and its states are read.
func TestGreekIndonesianUkrainianFollowUps(t *testing.T) {
	src := "# Πληρωμές νερού\n\nDate: 2026-11-29\n\n## Ενέργειες που έγιναν ήδη\n\n- Αλλαγή της διεύθυνσης επιστροφής\n\n" +
		"## Επόμενα βήματα\n\n| Τίτλος | Υπεύθυνος | Προθεσμία | Κατάσταση |\n| --- | --- | --- | --- |\n" +
		"| Ρύθμιση της διεύθυνσης | Γιώργος Λάμπρου | 2026-12-18 | Σε εξέλιξη |\n" +
		"| Email της τράπεζας | Μαρία Κοντού | 2026-12-04 | Ολοκληρώθηκε |\n" +
		"| Αυτόματη παράταση | Ελένη Σταμάτη | — | Ακυρώθηκε (απόφαση συμβουλίου) |\n\n" +
		"## Tindak lanjut\n\n| Tugas | Penanggung jawab | Tenggat | Status |\n| --- | --- | --- | --- |\n" +
		"| Alarm konfirmasi pembayaran | Dimas Putra | 2026-12-04 | Sedang dikerjakan |\n" +
		"| Pindah ke polling | - | - | Dibatalkan (webhook tetap dipakai) |\n" +
		"| Ganti alamat kontak | Rina Wati | 2026-11-25 | Selesai |\n\n" +
		"## Подальші дії\n\n| Завдання | Відповідальний | Термін | Статус |\n| --- | --- | --- | --- |\n" +
		"| Обмежити швидкість синхронізації | Олег Петренко | 2026-12-11 | В роботі |\n" +
		"| Перенести синхронізацію | не призначено | — | Скасовано |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Ρύθμιση της διεύθυνσης|Γιώργος Λάμπρου|2026-12-18||Open",
		"Email της τράπεζας|Μαρία Κοντού|2026-12-04||Done",
		"Αυτόματη παράταση|Ελένη Σταμάτη|||Not planned",
		"Alarm konfirmasi pembayaran|Dimas Putra|2026-12-04||Open",
		"Pindah ke polling||||Not planned",
		"Ganti alamat kontak|Rina Wati|2026-11-25||Done",
		"Обмежити швидкість синхронізації|Олег Петренко|2026-12-11||Open",
		"Перенести синхронізацію||||Not planned",
	})
}

// Where the incident's day is not read, due dates without a year take it
// from the dates the document writes with one (a review line, a notes
// tool's metadata): the earliest in the year most of them are in. A
// document that writes its days with dots ("17.11.") reads "11/12" day
// first; a day and a month in another language ("18. des.", "4 Des")
// and "by 12 Dec" in a cell are read too.
func TestDuesTakeTheYearTheDocumentWrites(t *testing.T) {
	src := "# Låsene åpnet ikke (tirsdag 17.11.)\n\n**Gjennomgang:** 24.11.2026\n\n## Oppfølging\n\n" +
		"☐ Oppdatere sertifikatene — Tormod Lie — fre 11/12\n" +
		"☐ Kundeservice-manus — Ingrid Dahl — innen 18. des.\n" +
		"☐ Varsel per stativ — Ola Berg — uke 50\n\n" +
		"## Next steps\n\n| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Alert on a silent lock | @tlie | by 12 Dec |\n" +
		"| Rehearse a certificate rollback | @idahl | 3 jan |\n\n" +
		"created_time: 2026-11-25T10:02:11.000Z\nold reference: 2019-05-01\n"
	doc := mustParse(t, []byte(src))
	var got []string
	for _, a := range doc.Actions {
		got = append(got, a.Title+"|"+a.Due.Format("2006-01-02"))
	}
	want := []string{
		"Oppdatere sertifikatene|2026-12-11",
		"Kundeservice-manus|2026-12-18",
		"Varsel per stativ|2026-12-13",
		"Alert on a silent lock|2026-12-12",
		"Rehearse a certificate rollback|2027-01-03",
	}
	if len(got) != len(want) {
		t.Fatalf("actions %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("action %d: %s, want %s", i, got[i], want[i])
		}
	}
}
