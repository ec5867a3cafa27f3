package postmortem

import "testing"

// Below a horizontal rule after the follow-ups, a bold label alone on
// its line that names no section opens the page's own parts (related
// pages, linked tickets, an activity feed): their links and lines are no
// follow-ups, whether a list or lines of text come under the label.
func TestRuleThenLabelEndsFollowUps(t *testing.T) {
	src := "# Outage\n\nDate: 2026-11-03\n\n## Next steps\n\n| Action | Owner | Due |\n|---|---|---|\n" +
		"| Move the backups to a second region | Priya Nair | 2026-11-20 |\n\n---\n\n**See elsewhere**\n\n" +
		"- [How the backup window works](#)\n- [Review: mail relay down in June](#)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Move the backups to a second region|Priya Nair|2026-11-20||Open",
	})
	src = "# Outage\n\nDate: 2026-11-03\n\n## Follow-ups\n\n- Rotate the signing key yearly — @omar — 2026-11-20\n\n---\n\n" +
		"**Connected tickets**\n*blocks* SEC-118 Renew the signing key\n*is cloned by* SEC-120\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the signing key yearly|omar|2026-11-20||Open",
	})
	// With no rule, a bold label still groups the next follow-ups.
	src = "# Outage\n\nDate: 2026-11-03\n\n## Follow-ups\n\n**Now**\n\n- Rotate the key — @omar\n\n**Later**\n\n- Move the vault — @ines\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the key|omar|||Open",
		"Move the vault|ines|||Open",
	})
}

// A line led by a speech balloon after the follow-ups opens the page's
// comment thread ("💬 Comments (3)", in any language): the replies
// below, one a line with their author in bold, are no follow-ups.
func TestCommentThreadEndsFollowUps(t *testing.T) {
	src := "# Outage\n\nDate: 2026-11-03\n\n## Tiltak\n\n- [ ] Bytt batteriet i måleren — @sigrid — 2026-11-09\n\n" +
		"💬 Svar (2)\n\n**Sigrid Lunde** · 4. nov. — Batteri er bestilt.\n**Emil Dahl** · 4. nov. — Takk!\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Bytt batteriet i måleren|sigrid|2026-11-09||Open",
	})
}

// A heading that says what the team will do, in the vocabulary's
// languages ("Что будем делать", "Wat we gaan doen", "Ce que nous
// allons faire"), names the follow-ups, as "What we'll do" does.
func TestWillDoHeadings(t *testing.T) {
	for _, h := range []string{"Что мы будем делать", "Wat we gaan doen", "Ce que nous allons faire", "Lo que vamos a hacer", "Cosa faremo"} {
		src := "# Outage\n\nDate: 2026-11-03\n\n## " + h + "\n\n- Rotate the key — @omar — 2026-11-20\n"
		checkActionLines(t, mustParse(t, []byte(src)), []string{
			"Rotate the key|omar|2026-11-20||Open",
		})
	}
}

// After an item's title sentence, a sentence led by a field's label in
// the vocabulary's languages gives that field and ends the title, as
// "Owner: @ana." does in English.
func TestLocalLabelSentences(t *testing.T) {
	src := "# Ausfall\n\nDatum: 2026-11-03\n\n## Maßnahmen\n\n" +
		"1. **Schlüssel jährlich tauschen.** Verantwortlich: @omar. Frist: 20.11.2026.\n" +
		"2. Backups in eine zweite Region legen. Verantwortlich: Ines Roth.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Schlüssel jährlich tauschen.|omar|2026-11-20||Open",
		"Backups in eine zweite Region legen|Ines Roth|||Open",
	})
}

// Org mode's Markdown export writes a file's top-level headings as H1s
// and their tasks as H2s: an H1 that names the follow-ups over "## TODO
// …" headings is their section, and a deadline whose keyword is in
// emphasis and whose timestamp is wrapped in two spans is the task's
// due date.
func TestOrgExportFollowUps(t *testing.T) {
	src := "# Queue stalled (2026-11-02)\n\nNotes of the review.\n\n# Next steps\n\n## TODO Cap the queue per tenant\n\n" +
		"Owner: Lea Brun\n\n*DEADLINE:* <span class=\"timestamp-wrapper\"><span class=\"timestamp\">&lt;2026-11-20 Fri&gt;</span></span>\n\n" +
		"## DONE Tell the tenants\n\nOwner: Lea Brun\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cap the queue per tenant|Lea Brun|2026-11-20||Open",
		"Tell the tenants|Lea Brun|||Done",
	})
}

// A tracker's issue lists the work made out of the incident as its
// children, under "Sub-issues 3/5" or "Child issues": each is a
// follow-up, open or, ticked, done.
func TestSubIssuesHeading(t *testing.T) {
	src := "# OPS-77 Review: exports failed\n\nDate: 2026-11-03\n\n## Sub-issues  1/2\n\n" +
		"- ✓ OPS-78 Retry the export on a timeout · @lea · Nov 10\n- ◯ OPS-79 Alert on a failed export · @sam · Nov 24\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"OPS-78 Retry the export on a timeout|lea|2026-11-10||Done",
		"OPS-79 Alert on a failed export|sam|2026-11-24||Open",
	})
}

// A forum post announces its follow-ups in a sentence that ends with a
// colon above the list, which may run to eleven words ("After the
// review on Monday evening we agreed on these follow-ups:"): the list is
// the follow-ups.
func TestLongColonSentenceAnnouncesActions(t *testing.T) {
	src := "# Bikes would not unlock\n\nDate: 2026-10-24\n\nHi all,\n\n" +
		"After the review on Monday evening we agreed on these follow-ups:\n\n" +
		"* Test certificate changes on ten locks first – @joost – 2026-11-06\n* Write a guide for the volunteers – @marieke\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Test certificate changes on ten locks first|joost|2026-11-06||Open",
		"Write a guide for the volunteers|marieke|||Open",
	})
}

// A notes tool writes a to-do's owner as a mention of a full name and
// its date right after it, with no separator ("@Ana Ruiz 📅 Oct 30",
// "@Ana Ruiz Oct 30"): the date is the due date.
func TestDueAfterNameMention(t *testing.T) {
	src := "# Outage\n\nDate: 2026-10-20\n\n## Follow-ups\n\n- [ ] Check the count before each send @Lena Ortiz 📅 Nov 6\n" +
		"- [ ] Pause large sends on Fridays @Omar Haddad Nov 13\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Check the count before each send|Lena Ortiz|2026-11-06||Open",
		"Pause large sends on Fridays|Omar Haddad|2026-11-13||Open",
	})
}

// A part that says an item has no due date to set ("TBD", "next
// sprint", "ASAP", "recurring", "none") stands in the due date's place:
// the name before it is the owner, and the title ends before the name.
func TestNoDueWordsAfterOwner(t *testing.T) {
	src := "# Outage\n\nDate: 2026-10-20\n\n## Follow-ups\n\n- Check the rates table daily — Billing Data team — next sprint\n" +
		"- Settle the refund rules with Legal — Nadia Price — TBD\n- Review the alert rules — Fraud Ops — recurring\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Check the rates table daily|Billing Data team|||Open",
		"Settle the refund rules with Legal|Nadia Price|||Open",
		"Review the alert rules|Fraud Ops|||Open",
	})
}

// The end of a month or of a quarter as Norwegian, Czech, Greek, Dutch,
// Italian and Polish write a due date ("innen utgangen av januar",
// "konec listopadu", "eind november", "entro fine novembre", "1.
// kvartal 2027") is its last day.
func TestPeriodEndsInSixLanguages(t *testing.T) {
	src := "# Outage\n\nDate: 2026-10-20\n\n## Follow-ups\n\n- Move the antenna — @kari, innen utgangen av januar\n" +
		"- Add a second disk — @pvesely, konec listopadu\n- Write the guide — @sanne, eind november\n" +
		"- Load test the queue — @marco, entro fine novembre\n- Sign a support contract — @kari, 1. kvartal 2027\n" +
		"- Check the backups — @ewa, do końca grudnia\n- Test the timeout — @eleni, έως τέλος Νοεμβρίου\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Move the antenna|kari|2027-01-31||Open",
		"Add a second disk|pvesely|2026-11-30||Open",
		"Write the guide|sanne|2026-11-30||Open",
		"Load test the queue|marco|2026-11-30||Open",
		"Sign a support contract|kari|2027-03-31||Open",
		"Check the backups|ewa|2026-12-31||Open",
		"Test the timeout|eleni|2026-11-30||Open",
	})
}

// After a dash, a team as other languages name it, a word for a team
// before its name in capitals or a word for a department after one
// ("tým Provoz", "ομάδα Υποδομής", "Teknisk avdeling"), owns the item.
func TestLocalTeamOwners(t *testing.T) {
	src := "# Outage\n\nDate: 2026-10-20\n\n## Follow-ups\n\n- Add a disk alert — tým Provoz, 2026-11-20\n" +
		"- Test the failover — ομάδα Υποδομής, 2026-11-27\n- Replace the antenna — Teknisk avdeling, 2026-12-04\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a disk alert|tým Provoz|2026-11-20||Open",
		"Test the failover|ομάδα Υποδομής|2026-11-27||Open",
		"Replace the antenna|Teknisk avdeling|2026-12-04||Open",
	})
}

// A document whose incident's day is told only in its prose, with the
// month in its own language ("Op zaterdag 24 oktober 2026 …", Hungarian's
// "2026. november 26-án …"), gives the year to due dates written
// without one.
func TestLocalProseDateGivesDueYear(t *testing.T) {
	src := "# Fietsen bleven op slot\n\nOp zaterdag 24 oktober 2026 konden leden de fietsen niet openen.\n\n## Acties\n\n" +
		"* Eerst op tien testsloten – @joost – 6 november\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Eerst op tien testsloten|joost|2026-11-06||Open",
	})
	src = "# QR-hiba\n\n2026. november 26-án reggel a készülékek órája késett.\n\n## Teendők\n\n" +
		"- [ ] Riasztás az óraeltérésre — felelős: Üzemeltetés, határidő: december 18.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Riasztás az óraeltérésre|Üzemeltetés|2026-12-18||Open",
	})
}

// Czech and Slovak write a numeric date with a space after each dot ("13.
// 11. 2026", "20. 11."): after a word such as "do" it is an item's due
// date, as "do 13.11.2026" is.
func TestSpacedDottedDues(t *testing.T) {
	src := "# Výpadek\n\nDatum: 2026-11-04\n\n## Úkoly\n\n- [ ] Rotace logů — @pvesely, do 13. 11. 2026\n" +
		"- [ ] Alert na disk — @jk, do 20. 11.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotace logů|pvesely|2026-11-13||Open",
		"Alert na disk|jk|2026-11-20||Open",
	})
}

// Hungarian writes a date year first with its month in words ("2026.
// december 10."): after a due label or a dash it is the due date.
func TestYearFirstWordDues(t *testing.T) {
	src := "# QR-hiba\n\nDate: 2026-11-26\n\n## Teendők\n\n- [ ] Óraeltérés tűrése — felelős: @szabo, határidő: 2026. december 10.\n" +
		"- [ ] Panaszkezelési útmutató — @toth — 2027. január 15.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Óraeltérés tűrése|szabo|2026-12-10||Open",
		"Panaszkezelési útmutató|toth|2027-01-15||Open",
	})
}

// An arrow typed as "->" before the owner separates the title from the
// owner as "→" does: "macro for the call centre -> Contact Centre, no
// date yet".
func TestTypedArrowBeforeOwner(t *testing.T) {
	src := "# Outage\n\nDate: 2026-11-20\n\n## Follow-ups\n\n1) list the pools over 70 % -> @ikechi\n" +
		"2) macro for the call centre -> Contact Centre, no date yet\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"list the pools over 70 %|ikechi|||Open",
		"macro for the call centre|Contact Centre|||Open",
	})
}

// The article Italian, French and Spanish write before a day, and
// German's "am", lead a due date as "by" does: "il 15/01/2027", "le
// 20/11/2026", "am 20.11.2026".
func TestArticleBeforeDue(t *testing.T) {
	src := "# Guasto\n\nData: 2026-11-04\n\n## Azioni\n\n- [ ] Prelazione per gli abbonati — @chiara, il 15/01/2027\n" +
		"- [ ] Page de statut — @luc, le 20/11/2026\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Prelazione per gli abbonati|chiara|2027-01-15||Open",
		"Page de statut|luc|2026-11-20||Open",
	})
}

// A bold label after a rule that heads more follow-ups (a task list
// under it, or a time to do them in) does not end them.
func TestRuleThenGroupLabelKeepsFollowUps(t *testing.T) {
	for name, src := range map[string]string{
		"term":  "# Queue stall\n\n## Action items\n\n- [ ] Add a lag alert @ana\n- [ ] Document the drain @bo\n\n---\n\n**Longer term**\n\n- Move to a managed queue @cy\n",
		"tasks": "# Queue stall\n\n## Action items\n\n- [ ] Add a lag alert @ana\n- [ ] Document the drain @bo\n\n---\n\n**Platform**\n\n- [ ] Move to a managed queue @cy\n",
	} {
		doc := mustParse(t, []byte(src))
		if len(doc.Actions) != 3 {
			t.Errorf("%s: %d actions, want 3", name, len(doc.Actions))
		}
	}
}

// A long sentence of the story ending in a colon opens no follow-ups.
func TestLongColonSentenceInStoryOpensNoFollowUps(t *testing.T) {
	src := "# Queue stall\n\n## What happened\n\nAfter the rollback the on-call engineer took these next steps:\n\n- Drained the queue\n- Restarted the consumer\n"
	for _, s := range mustParse(t, []byte(src)).Sections {
		if s.Key == "remediation" {
			t.Errorf("follow-ups opened by %q", s.Name)
		}
	}
}

// An empty "##" after an H1 of follow-ups holds no org task keyword,
// and reading it does not fail.
func TestEmptyHeadingAfterFollowUpsH1(t *testing.T) {
	doc := mustParse(t, []byte("# Queue stall\n\n# Follow-ups\n\n##"))
	if len(doc.Actions) != 0 {
		t.Errorf("%d actions from an empty heading", len(doc.Actions))
	}
}
