package postmortem

import "testing"

// An outline exports its follow-ups under a plain node with the page's
// tags after it ("Follow-ups #[[Follow-up]]"), not a bold one: the node
// still opens the section, its tasks nested below with their fields.
func TestOutlinePlainTaggedSection(t *testing.T) {
	src := "- Checkout slow #[[Incident]]\n" +
		"    - Severity:: S3\n" +
		"    - Next steps #[[Tasks]] #review\n" +
		"        - [ ] Cache the tax tables\n" +
		"            - Owner:: [[Lena Fischer]]\n" +
		"            - Due:: [[December 20th, 2026]]\n" +
		"        - [x] Raise the pool size\n" +
		"            - Owner:: Platform team\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cache the tax tables|Lena Fischer|2026-12-20||Open",
		"Raise the pool size|Platform team|||Done",
	})
}

// A tool that lists the tasks linked to a page exports each as a quoted
// card: its bold title, then its fields, several on a line after " · ",
// labelled in the document's language, or one state alone.
func TestQuotedTaskCards(t *testing.T) {
	src := "# Awaria kas\n\nData incydentu: 2026-12-04\n\n## Zadania\n\n" +
		"> **#7 · Limit zapytań do bazy**\n" +
		"> Status: **W toku** · Przypisany: Ewa Nowak · Termin: 18.12.2026 · Sprint: 12\n\n" +
		"> **#8 · Nowy dostawca**\n" +
		"> Status: **Odrzucone** — za drogo\n\n" +
		"> A note on the board, no task.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"#7 · Limit zapytań do bazy|Ewa Nowak|2026-12-18||Open",
		"#8 · Nowy dostawca||||Not planned",
	})
}

// A heading naming the page's to-dos, in English among other words
// ("Linked tasks (To-Dos)"), is the follow-ups' heading.
func TestToDosHeading(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Linked items (To-Dos)\n\n" +
		"**Rotate the keys**\nAssignee: Ana Ruiz · Due: 2026-12-15\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the keys|Ana Ruiz|2026-12-15||Open",
	})
}

// A ticket's note quotes the review, its follow-ups under a label alone
// ("> Follow-ups:"); an item done says the day and who did it, "done
// 11/25 (Kevin)", "done 25.11.". A label ending a sentence in a quoted
// reply opens nothing.
func TestQuotedColonFollowUps(t *testing.T) {
	src := "# Ticket 88\n\nDate: 2026-12-04\n\n## Activity\n\n" +
		"> Review notes.\n>\n> Next steps:\n> 1) move the cron to the queue — Ivo, by Dec 18\n" +
		"> 2) mute the old alert — done 11/25 (Kevin)\n> 3) rename the bucket — done 25.11.\n\n" +
		"> Earlier draft for comment, the follow-ups were these:\n> 1. move the cron somewhere — Ivo\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"move the cron to the queue|Ivo|2026-12-18||Open",
		"mute the old alert||||Done",
		"rename the bucket||||Done",
	})
}

// A month's end in Turkish is a due date on its last day: "Aralık sonu".
func TestTurkishMonthEndDue(t *testing.T) {
	src := "# Kesinti\n\nTarih: 2026-12-04\n\n## Aksiyonlar\n\n" +
		"| Görev | Sorumlu | Son tarih | Durum |\n| --- | --- | --- | --- |\n" +
		"| Kuyruğu temizle | Ece Kaya | Ocak sonu | Açık |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Kuyruğu temizle|Ece Kaya|2027-01-31||Open",
	})
}
