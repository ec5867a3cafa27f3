package postmortem

import "testing"

// A follow-up list closes or holds its items in many ways: a state after
// the due date that names no owner ("— Active"), a state in the
// vocabulary's new languages, a Thai name after its honorific, an item
// whose owner and state stand in items nested under it, and a struck
// item under a "Done" sub-heading of the follow-ups.
func TestFollowUpStates(t *testing.T) {
	src := "# Payroll\n\n## Follow-ups\n\n" +
		"- [ ] Open a fresh SFTP connection per batch — Omar Haddad — Due 2026-12-18 — Active\n" +
		"- [ ] Ask the bank for a second endpoint — Renée Kowalczyk — Deferred (the bank is in a change freeze)\n" +
		"- 🔄 เพิ่มการแจ้งเตือนเมื่อธนาคารตอบช้า — คุณศิริพร\n" +
		"- Put every certificate under the renewal reminder\n" +
		"    - Owner: Rhys Okafor\n" +
		"    - Status: done 3 Dec\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Open a fresh SFTP connection per batch|Omar Haddad|2026-12-18||Open",
		"Ask the bank for a second endpoint|Renée Kowalczyk|||Open",
		"เพิ่มการแจ้งเตือนเมื่อธนาคารตอบช้า|คุณศิริพร|||Open",
		"Put every certificate under the renewal reminder|Rhys Okafor|||Done",
	})
	src = "# Rezervácie\n\n## Ďalšie kroky\n\n| Úloha | Zodpovedá | Termín | Stav |\n| --- | --- | --- | --- |\n" +
		"| Zaviesť čakací rad | Marek Hudák | — | rieši sa |\n" +
		"| Kúpiť väčší server | Peter Baláž | — | zrušené, nebude treba |\n" +
		"| Zvýšiť limit | — | — | hotovo (19. 11.) |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Zaviesť čakací rad|Marek Hudák|||Open",
		"Kúpiť väčší server|Peter Baláž|||Not planned",
		"Zvýšiť limit||||Done",
	})
	src = "# Invoices\n\n## Follow-ups\n\n### Still open\n\n- Pin the font packages — Tomasz Wróbel\n\n### Done\n\n" +
		"- ~~Move rendering to the hosted API~~ — Tomasz Wróbel — decided against at the review (cost, and the data would leave the EU)\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 || doc.Actions[1].Status == Open || len(doc.Steps) != 0 {
		t.Errorf("actions %+v, steps %+v: want the struck item closed as an action", doc.Actions, doc.Steps)
	}
}
