package postmortem

import "testing"

// An investigation's numbered action items: a bold title, then after a
// dash the owner's name, a due date and a link to another tracker's
// ticket, "· [OPS-4](…)". The link does not hide the owner; "Won't do:"
// with its reason, in italics and with parentheses in it, drops the
// item.
func TestTrackerLinkAndReasonAfterOwner(t *testing.T) {
	src := "# Investigation: tram ticket machines offline\n\nDate: 2026-09-14\n\n## Action Items\n\n" +
		"1. **Restart the fare cache before the morning peak** — Lena Vogt · due 2 Oct · [TRM-31](https://tram.example.net/browse/TRM-31)\n" +
		"2. **Cache fares on each machine** — Omar Haddad · [TRM-32](https://tram.example.net/browse/TRM-32)\n" +
		"3. **Sell paper tickets on board** — Omar Haddad · *Won't do: the drivers' union said no (review, 20 Sep)* · [TRM-33](https://tram.example.net/browse/TRM-33)\n" +
		"4. **Move fares to the new ledger** — Lena Vogt · Not doing: covered by the ledger project\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Restart the fare cache before the morning peak|Lena Vogt|2026-10-02||Open",
		"Cache fares on each machine|Omar Haddad|||Open",
		"Sell paper tickets on board|Omar Haddad|||Not planned",
		"Move fares to the new ledger|Lena Vogt|||Not planned",
	})
}

// An owner written with their role or team in parentheses after a dash,
// "— Amber Kowalczyk (support lead) — by 12/18", is the person; a
// struck item "— not pursued" was dropped.
func TestNameWithRoleOwner(t *testing.T) {
	src := "# Resolver outage\n\nDate: 2026-11-19\n\n### Follow-ups\n\n" +
		"1. Write the customer notice template — Rosa Imani (support lead) — by 12/18\n" +
		"2. ✔ Credit the 4,000 affected accounts — Rosa Imani (billing) — done Nov 23\n" +
		"3. ~~Buy a second upstream resolver~~ — not pursued, cost\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Write the customer notice template|Rosa Imani|2026-12-18||Open",
		"Credit the 4,000 affected accounts|Rosa Imani|||Done",
		"Buy a second upstream resolver||||Not planned",
	})
}

// A kanban card's checklist: the member as a login, which may hold an
// underscore, or as a full name, and the due date after a calendar
// emoji, "· 📅 Dec 11", in the incident's year or the next.
func TestBoardChecklistItems(t *testing.T) {
	src := "# Card: tills offline at six stores\n\n**Impact:** 2026-10-17 08:05 – 09:40 EAT\n\n### Follow-ups (1/4)\n\n" +
		"- [ ] Renew the till certificates automatically — @amani_k · 📅 Nov 20\n" +
		"- [ ] Print a fallback card for every store — Zawadi Mwangi · 📅 Jan 12\n" +
		"- [x] Add the till certificates to the expiry monitor — @amani_k\n" +
		"- [ ] Page a person on the first till alarm\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Renew the till certificates automatically|amani_k|2026-11-20||Open",
		"Print a fallback card for every store|Zawadi Mwangi|2027-01-12||Open",
		"Add the till certificates to the expiry monitor|amani_k|||Done",
		"Page a person on the first till alarm||||Open",
	})
}

// A notes tool's to-do mentions its owner after the text: a person by
// name, or a mail group by its address, which is the owner.
func TestMailGroupMention(t *testing.T) {
	src := "# Double credits\n\nDate: 2026-11-20\n\n## Next steps\n\n" +
		"- [ ] Decide whether to reclaim the credits @billing-team@example.in\n" +
		"- [ ] Add a unique key to the credits table @Kavya Rao · Dec 8\n" +
		"- [ ] Settle the ledger — @ledger-ops@example.in\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Decide whether to reclaim the credits|billing-team@example.in|||Open",
		"Add a unique key to the credits table|Kavya Rao|2026-12-08||Open",
		"Settle the ledger|ledger-ops@example.in|||Open",
	})
}
