package postmortem

import "testing"

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
