package postmortem

import (
	"strings"
	"testing"
)

// actionsOf parses src and returns its actions, failing the test when
// their number is not want.
func actionsOf(t *testing.T, src string, want int) []Action {
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Actions) != want {
		for _, a := range doc.Actions {
			t.Logf("read %q owner %q due %q %v", a.Title, a.Owner, a.DueRaw, a.Status)
		}
		t.Fatalf("read %d actions, want %d", len(doc.Actions), want)
	}
	return doc.Actions
}

// A letter's closing over the writer's name and role, in any language,
// ends the follow-ups: none of its lines is an action. A Dutch table's
// "Behandelaar" column names each row's owner.
func TestClosingParagraphEndsActions(t *testing.T) {
	for _, closing := range []string{"Met vriendelijke groet,", "Kind regards,", "Cordialement,", "Viele Grüße"} {
		src := "# Storing betaalpagina\n\n## Acties\n\n| Actie | Behandelaar | Streefdatum |\n|---|---|---|\n" +
			"| Certificaat automatisch vernieuwen | Rik de Boer | 18-12-2026 |\n| Alarm op verlopen certificaten | Lotte Smit | 11-12-2026 |\n\n" +
			closing + "\nRik de Boer\nTeamlead Betalingen\n"
		acts := actionsOf(t, src, 2)
		if acts[0].Owner != "Rik de Boer" || acts[1].Owner != "Lotte Smit" {
			t.Errorf("%s: owners %q, %q", closing, acts[0].Owner, acts[1].Owner)
		}
	}
}

// A chat's label for the follow-ups may carry a note of where they are
// tracked, however long; its ballot-box lines are the actions, and the
// line that offers to answer questions after them is none.
func TestNotedLabelOverBallotLines(t *testing.T) {
	src := "# Checkout errors\n\n**Date:** 2026-12-04\n\n**Ravi Menon** · 3:10 PM\nNotes from the review, shout if I got something wrong.\n\n" +
		"*Follow-ups (also pinned as reminders in this channel for the whole team):*\n" +
		"☐ Cap the retry queue at 2,000 jobs — Ravi Menon — 11 Dec\n" +
		"☑ Page on stuck payments — Lena Wolff — done yesterday\n" +
		"☒ Move to a bigger instance — dropped, the cap is enough\n\n" +
		"Any questions, ping me. — Ravi\n"
	acts := actionsOf(t, src, 3)
	if acts[0].Owner != "Ravi Menon" || acts[0].Due.Format("2006-01-02") != "2026-12-11" || acts[0].Status != Open {
		t.Errorf("first: %q %q %v", acts[0].Owner, acts[0].DueRaw, acts[0].Status)
	}
	if acts[1].Status != Done || acts[2].Status != NotPlanned {
		t.Errorf("states: %v, %v", acts[1].Status, acts[2].Status)
	}
}

// A chat's export posts its follow-ups as messages below a message that
// is their label alone; each opens with a TODO or a ballot box, and the
// first reply ends them. Stamps may name the month.
func TestChatMessageItems(t *testing.T) {
	for _, stamp := range []string{"[Mar 4, 2026 9:15 AM]", "[03/04/2026 9:15 AM]"} {
		src := "# #payments export\n\n" + stamp + " mo.h: retro done, list below\n" +
			stamp + " mo.h: *Action items*\n" +
			stamp + " mo.h: TODO(kit.l) make the webhook retries idempotent\n" +
			stamp + " mo.h: TODO: document the manual refund path\n" +
			stamp + " mo.h: ☑ rotate the leaked signing key\n" +
			stamp + " mo.h: TODO(???) split the payments queue — someday\n" +
			stamp + " kit.l: sounds good, on it\n" +
			stamp + " mo.h: TODO(kit.l) this one is a joke\n"
		acts := actionsOf(t, src, 4)
		if acts[0].Owner != "kit.l" || acts[0].Title != "make the webhook retries idempotent" || acts[2].Status != Done {
			t.Errorf("%s: %q %q, third %v", stamp, acts[0].Owner, acts[0].Title, acts[2].Status)
		}
		if acts[3].Owner != "" || !strings.HasPrefix(acts[3].Title, "split the payments queue") {
			t.Errorf("%s: unknown owner read as %q, title %q", stamp, acts[3].Owner, acts[3].Title)
		}
	}
}

// A closing sentence in emphasis says an item is done already, opened
// by "This is" or "It is" or by "Already"; "already" inside a sentence
// does not.
func TestEmphasisedAlreadySentence(t *testing.T) {
	src := "# Late invoices\n\n## What we're changing\n\n" +
		"- **Own queue for receipts.** Receipts now leave through their own queue. *This is already done.*\n" +
		"- **Slower batches.** Batches go out across the morning. _Already in place for March._\n" +
		"- **Second provider.** We are adding a second provider, which is already under contract, early next year.\n" +
		"- **Retry budget.** Retries back off for longer. It is already live.\n"
	acts := actionsOf(t, src, 4)
	for i, want := range []Status{Done, Done, Open, Done} {
		if acts[i].Status != want {
			t.Errorf("%q: %v, want %v", acts[i].Title, acts[i].Status, want)
		}
	}
}

// A due date in figures that reads either way round is month first in a
// document whose dates in words put the month first, "12月1日" or only
// "Nov 30, 2026"; with "30 November 2026" as well nothing settles it.
func TestWordDatesSettleNumericDue(t *testing.T) {
	cases := []struct{ src, want string }{
		{"# 決済停止（2026年12月1日）\n\n12月1日の朝に決済が止まりました。\n\n## 再発防止\n\n| タスク | 担当者 | 期限 |\n|---|---|---|\n| 監視を追加する | 西田 | 12/11 |\n", "2026-12-11"},
		{"# Upload outage\n\nOn Nov 30, 2026 uploads failed.\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert on errors | @kit | 12/7 |\n", "2026-12-07"},
		{"# Upload outage\n\nOn Nov 30, 2026 uploads failed; on 1 December 2026 we met.\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert on errors | @kit | 12/7 |\n", ""},
	}
	for _, c := range cases {
		acts := actionsOf(t, c.src, 1)
		got := ""
		if !acts[0].Due.IsZero() {
			got = acts[0].Due.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%q: due %q read %q, want %q", acts[0].Title, acts[0].DueRaw, got, c.want)
		}
	}
}

// A due date after "by" may open with its weekday before a day in
// figures, "by Fri 12/11"; the title ends before "by".
func TestByWeekdayFigures(t *testing.T) {
	src := "# Upload outage\n\nOn Nov 30, 2026 uploads failed.\n\n## Action items\n\n" +
		"- Tag the role before the lockdown — by Fri 12/11\n- TODO(kit) page on errors by Mon 12/7\n"
	acts := actionsOf(t, src, 2)
	for i, want := range []string{"2026-12-11", "2026-12-07"} {
		if got := acts[i].Due.Format("2006-01-02"); got != want || strings.Contains(acts[i].Title, " by") {
			t.Errorf("%q: due %q read %s, want %s", acts[i].Title, acts[i].DueRaw, got, want)
		}
	}
}
