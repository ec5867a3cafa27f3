package postmortem

import "testing"

// A board's card lists its connected child cards in a table headed
// "Child card", with the people as "Assigned users" and the lane the
// child sits in as its "Stage": each row is a follow-up.
func TestChildCardTable(t *testing.T) {
	src := "# Basket totals wrong\n\n## Follow-ups (linked child cards)\n\n" +
		"| Child card | Assigned users | Planned finish | Stage |\n| --- | --- | --- | --- |\n" +
		"| Round the basket total once, at the end | Ola Berg | 2026-03-13 | In Progress |\n" +
		"| Show the discount line on receipts | Kai Lund | 2026-03-04 | Completed |\n" +
		"| Review rounding in the tax module | TBD | — | Not Started |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Round the basket total once, at the end|Ola Berg|2026-03-13||Open",
		"Show the discount line on receipts|Kai Lund|2026-03-04||Done",
		"Review rounding in the tax module||||Open",
	})
}

// A task tool heads its list of follow-ups with a bullet that tallies
// the tasks done, "Tasklist: … (1/3 selesai)"; the tasks are nested
// under it, each with its fields as bullets whose labels in Indonesian
// ("Penanggung jawab") are longer than any English one.
func TestTallyGroupAndLongLocalLabels(t *testing.T) {
	src := "# Pembayaran gagal\n\n## Tindak lanjut\n\n" +
		"- **Tasklist: Tindak lanjut (1/3 selesai)**\n" +
		"  - ☐ Tambahkan alarm untuk antrean pembayaran\n" +
		"    - Penanggung jawab: @budi.s\n" +
		"    - Tenggat: 11 Desember 2026\n" +
		"    - Status: Sedang dikerjakan\n" +
		"  - ☑ Perbarui kontak teknis di bank mitra\n" +
		"    - Penanggung jawab: Sari Dewi\n" +
		"    - Status: Selesai\n" +
		"  - ☐ Uji pergantian sertifikat bersama bank\n" +
		"    - Penanggung jawab: Tim Keuangan\n" +
		"    - Tenggat: 18 Desember 2026\n" +
		"    - Status: Belum dimulai\n"
	d := mustParse(t, []byte(src))
	checkActionLines(t, d, []string{
		"Tambahkan alarm untuk antrean pembayaran|budi.s|2026-12-11||Open",
		"Perbarui kontak teknis di bank mitra|Sari Dewi|||Done",
		"Uji pergantian sertifikat bersama bank|Tim Keuangan|2026-12-18||Open",
	})
	if len(d.Steps) != 0 {
		t.Errorf("steps %v, want none: the tasks are follow-ups", d.Steps)
	}
}

// A Slovenian page lists its measures in a tracker's table: the
// headers, the states and the months are read in Slovenian, and "ni
// dodeljeno" is nobody.
func TestSlovenianMeasuresTable(t *testing.T) {
	src := "# Poročilo o motnji\n\n## Ukrepi\n\n" +
		"| Ukrep | Odgovorna oseba | Rok | Stanje |\n| --- | --- | --- | --- |\n" +
		"| Dodati opozorilo za polno čakalno vrsto | Nina Kos | 18. decembra 2026 | v teku |\n" +
		"| Posodobiti navodila za dežurne | Tomaž Bizjak | 3. 12. 2026 | zaprt – narejeno |\n" +
		"| Zamenjati strežnik baze | ni dodeljeno | konec januarja 2027 | odprt |\n" +
		"| Ročno preverjanje vsako jutro | Nina Kos | — | opuščeno |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Dodati opozorilo za polno čakalno vrsto|Nina Kos|2026-12-18||Open",
		"Posodobiti navodila za dežurne|Tomaž Bizjak|2026-12-03||Done",
		"Zamenjati strežnik baze||2027-01-31||Open",
		"Ročno preverjanje vsako jutro|Nina Kos|||Not planned",
	})
}

// A task tool writes each task's fields on the line under its bold
// title, the owner labelled "Responsible": the label ends the title, as
// "Owner:" does.
func TestResponsibleLineUnderTitle(t *testing.T) {
	src := "# Downloads failing\n\n## Follow-ups\n\n" +
		"- [ ] **Rotate the signing key in two steps**\n  Responsible: Ana Silva · 📅 Dec 16, 2026\n" +
		"- [ ] **Write down the refund policy**\n  Responsible: Customer Care\n" +
		"- [ ] **Add the CDN to the change calendar**\n  Responsible: nobody yet · no date\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the signing key in two steps|Ana Silva|2026-12-16||Open",
		"Write down the refund policy|Customer Care|||Open",
		"Add the CDN to the change calendar||||Open",
	})
}

// A due date written as a period by its number or in words, with the
// day it ends in parentheses: the day is the due date, with a word that
// says the period ends then, or a weekday after the day, left off.
func TestPeriodWithItsDayInParentheses(t *testing.T) {
	src := "# Feed stalled\n\n**Date:** 2026-11-24\n\n## Actions\n\n" +
		"| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n" +
		"| Replay the feed from the last page | Ola Berg | Week 50 (Fri 11 Dec) | Open |\n" +
		"| Alert on a stalled import | Kai Lund | next sprint (ends 2026-12-25) | Open |\n" +
		"| Write the runbook page | Ola Berg | 51. hét (december 18., péntek) | Open |\n" +
		"| Move the importer to its own pool | Kai Lund | TBD (was 2026-12-01) | Open |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Replay the feed from the last page|Ola Berg|2026-12-11||Open",
		"Alert on a stalled import|Kai Lund|2026-12-25||Open",
		"Write the runbook page|Ola Berg|2026-12-18||Open",
		"Move the importer to its own pool|Kai Lund|||Open",
	})
}

// Hungarian and Turkish write a quarter with its year first and its
// number as an ordinal, Roman or not: "2027. I. negyedév", "2027 2.
// çeyrek": due on the quarter's last day.
func TestYearFirstOrdinalQuarter(t *testing.T) {
	src := "# Fizetési hiba\n\n**Dátum:** 2026-11-20\n\n## Teendők\n\n" +
		"| Teendő | Felelős | Határidő | Állapot |\n| --- | --- | --- | --- |\n" +
		"| Tartalék szolgáltató bekötése | Kiss Anna | 2027. I. negyedév | folyamatban |\n" +
		"| Riasztás a hibaarányra | Nagy Péter | 2027 2. çeyrek | folyamatban |\n" +
		"| Terheléses teszt | Kiss Anna | III. negyedév vége | folyamatban |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Tartalék szolgáltató bekötése|Kiss Anna|2027-03-31||Open",
		"Riasztás a hibaarányra|Nagy Péter|2027-06-30||Open",
		"Terheléses teszt|Kiss Anna|2027-09-30||Open",
	})
}

// A board writes each task's date after a calendar's mark: a weekday in
// the board's language and its comma before the day, or a week's number
// with its day in parentheses, are one date with it.
func TestCalendarMarkWeekdayAndWeek(t *testing.T) {
	src := "# Onaylar gecikti\n\n**Tarih:** 2026-11-30\n\n## Aksiyonlar\n\n" +
		"- **Sürüm kontrolü ekle** — 👤 @emre.a · 📅 Cuma, 11 Aralık 2026\n" +
		"- **Kuryeye uyarı göster** — 👤 atanmadı · 📅 51. hafta (18 Aralık)\n" +
		"- **Add a release check** — 👤 @lee · 📅 Week 50 (Fri 11 Dec) (moved once)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Sürüm kontrolü ekle|emre.a|2026-12-11||Open",
		"Kuryeye uyarı göster||2026-12-18||Open",
		"Add a release check|lee|2026-12-11||Open",
	})
}

// A task table's Status is a traffic light with what it means after a
// dash: the words decide, the colour does not.
func TestTrafficLightStatusWords(t *testing.T) {
	src := "# Booking slots missing\n\n## Tasks\n\n" +
		"| Task | Assignee | Due date | Status |\n| --- | --- | --- | --- |\n" +
		"| Copy the real feed to staging | Ola Berg | 2026-12-11 | 🟠 Amber — in progress |\n" +
		"| Check the events calendar | Kai Lund | 2026-11-30 | 🟢 Green — closed |\n" +
		"| Ask the vendor for a fix | Ola Berg | — | ⚪ Grey — cancelled: fixed upstream first |\n" +
		"| Watch a real slot | Kai Lund | 2026-12-21 | Red – not started |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Copy the real feed to staging|Ola Berg|2026-12-11||Open",
		"Check the events calendar|Kai Lund|2026-11-30||Done",
		"Ask the vendor for a fix|Ola Berg|||Not planned",
		"Watch a real slot|Kai Lund|2026-12-21||Open",
	})
}

// A follow-up that opens with an imperative and describes its object by
// a clause in the passive past ("whose ticket was rejected") is work to
// do, no step already taken; a passive past of the item's own subject
// still is one.
func TestRelativeClausePassiveIsNoStep(t *testing.T) {
	src := "# Gates rejected tickets\n\n## Follow-ups\n\n" +
		"- Refund everyone whose ticket was rejected, without a claim\n" +
		"- Alert on gate jobs that were retried more than twice\n\n" +
		"## What we did\n\n- The gate key was rolled back\n"
	d := mustParse(t, []byte(src))
	checkActionLines(t, d, []string{
		"Refund everyone whose ticket was rejected, without a claim||||Open",
		"Alert on gate jobs that were retried more than twice||||Open",
	})
	if len(d.Steps) != 1 {
		t.Errorf("steps %v, want the rollback alone", d.Steps)
	}
}

// A notes tool's follow-up is a bold sentence and then one sentence a
// field: "Owner: …", "Due …", and its state alone or before a dash.
func TestBoldTitleLabelledSentences(t *testing.T) {
	src := "# Gates rejected tickets\n\n**Date:** 2026-11-27\n\n## Follow-ups\n\n" +
		"**Route gate key changes through the change calendar.** Owner: Priya Raman (Ticketing). Due Thursday 17 December. Still open.\n\n" +
		"**Count gate rejections in monitoring.** Owner: Mateo Silva. Due end of January. In progress: counts arrive.\n\n" +
		"**Test a ticket on one gate first.** Owner: Mateo Silva. Due 4 December. Done — in the runbook since 3 December.\n\n" +
		"**Move to a second gate vendor.** Owner: Priya Raman. The contract runs to 2029. Dropped.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Route gate key changes through the change calendar|Priya Raman|2026-12-17||Open",
		"Count gate rejections in monitoring|Mateo Silva|2027-01-31||Open",
		"Test a ticket on one gate first|Mateo Silva|2026-12-04||Done",
		"Move to a second gate vendor|Priya Raman|||Not planned",
	})
}

// A due date in figures that reads well either way round, in a document
// whose other dates show no order, is read as its zone's people write
// one: day first in Sydney.
func TestAmbiguousDueByZone(t *testing.T) {
	src := "# Gates rejected tickets\n\n**Date:** 2026-11-02\n\nAll times are AEDT.\n\n## Follow-ups\n\n" +
		"- Refund the rejected tickets — Jess Tran — 11/12/2026\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Refund the rejected tickets|Jess Tran|2026-12-11||Open",
	})
}
