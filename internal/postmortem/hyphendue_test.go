package postmortem

import "testing"

// A day and a month alone after an owner's dash, joined by a hyphen or
// a dot, is the due date, day first, in the year after the incident's
// day where the month comes before it; a range or a count in the title
// is none.
func TestHyphenDayMonthDue(t *testing.T) {
	const src = "# Clubsite plat\n\nDatum: 2026-11-28\n\n## Actiepunten\n\n" +
		"1. Oude inlogpogingen automatisch opruimen — Ruud — 18-12\n" +
		"2. Back-up van de database testen — Sem — 9.1\n" +
		"3. Captcha op 2-3 formulieren zetten — Fatima\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner, due string }{
		{"Oude inlogpogingen automatisch opruimen", "Ruud", "2026-12-18"},
		{"Back-up van de database testen", "Sem", "2027-01-09"},
		{"Captcha op 2-3 formulieren zetten", "Fatima", ""},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner || dueString(a) != w.due {
			t.Errorf("action %d: got %q owner %q due %q, want %q owner %q due %q", i, a.Title, a.Owner, dueString(a), w.title, w.owner, w.due)
		}
	}
}
