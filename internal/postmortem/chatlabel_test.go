package postmortem

import (
	"strings"
	"testing"
)

// A review pasted into a group chat posts its follow-ups as a message
// whose text is a label alone, the list right below it: the list is
// the follow-ups, the messages before the label and the chat after
// the list are none.
func TestChatMessageLabelsActions(t *testing.T) {
	const src = "# Groepschat \"Zaalverhuur\" (export)\n\n" +
		"[14-10-2026 19:02] Ilse Verbeek: De agenda op de site laat geen vrije zalen meer zien.\n" +
		"[14-10-2026 19:10] Joris Smit: Ik kijk ernaar, de koppeling met de boekingsmodule geeft een time-out.\n" +
		"[16-10-2026 20:15] Joris Smit: *Actiepunten*\n" +
		"1. Time-out van de koppeling verhogen en een melding instellen — Joris — vóór 30 oktober\n" +
		"2. Draaiboek voor de agenda bijwerken — Ilse — 6 november\n" +
		"[16-10-2026 20:20] Ilse Verbeek: Top, dank je!\n\n" +
		"[17-10-2026 09:00] Joris Smit: Melding staat aan.\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner, due string }{
		{"Time-out van de koppeling verhogen", "Joris", "2026-10-30"},
		{"Draaiboek voor de agenda bijwerken", "Ilse", "2026-11-06"},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if !strings.HasPrefix(a.Title, w.title) || a.Owner != w.owner || dueString(a) != w.due {
			t.Errorf("action %d: got %q owner %q due %q, want %q owner %q due %q", i, a.Title, a.Owner, dueString(a), w.title, w.owner, w.due)
		}
	}
}

// A message's text that is a sentence, or a label of no follow-ups,
// opens no section of them.
func TestChatMessageNoLabel(t *testing.T) {
	for _, line := range []string{
		"[16-10-2026 20:15] Joris Smit: dit moeten we nog doen",
		"[16-10-2026 20:15] Joris Smit: *Tijdlijn*",
		"Joris Smit: *Actiepunten*",
	} {
		src := "# Groepschat\n\nEerst iets anders.\n" + line + "\n1. Koppeling herstarten\n2. Cache legen\n"
		if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
			t.Errorf("%q: got %d actions, want none", line, len(doc.Actions))
		}
	}
}
