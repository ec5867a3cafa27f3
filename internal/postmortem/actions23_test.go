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
