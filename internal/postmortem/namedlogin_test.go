package postmortem

import "testing"

// A login written without "@" between the dashes of an item owns it
// where the document gives that login in parentheses after a person's
// name; a word in lower case it gives so after no name stays the
// title's.
func TestNamedLoginOwner(t *testing.T) {
	const src = "# Relay queue stuck\n\nDate: 2026-11-28\n\nLed by me, Jakub (jkowal). Present: Ola Nowak (olan).\n" +
		"The relays were restarted (twice) by hand.\n\n## Checklist\n\n" +
		"- [ ] Alert on the age of the oldest queued mail — jkowal — till 18.12\n" +
		"- [ ] Send the reminders to the pager — olan — 2026-12-11\n" +
		"- [ ] Restart the relays on a timer — twice — 2026-12-20\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner string }{
		{"Alert on the age of the oldest queued mail", "jkowal"},
		{"Send the reminders to the pager", "olan"},
		{"Restart the relays on a timer — twice", ""},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Title != w.title || a.Owner != w.owner {
			t.Errorf("action %d: got %q owner %q, want %q owner %q", i, a.Title, a.Owner, w.title, w.owner)
		}
	}
}
