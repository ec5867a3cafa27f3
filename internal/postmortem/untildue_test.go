package postmortem

import "testing"

// "till" or "until" before a due date after the owner's dash gives it,
// in any form a due date is read in, a dotted day without its year
// read day first; words after "until" that are no date stay the
// title's.
func TestUntilDue(t *testing.T) {
	const src = "# Relay queue stuck\n\nDate: 2026-11-28\n\n## Checklist\n\n" +
		"- [ ] Rotate the relay keys on a timer — Ola Nowak — till 11.12.2026\n" +
		"- [ ] Alert on the age of the oldest queued mail — Piotr Lis — till 18.12\n" +
		"- [ ] Move the reminders to the pager — Ola Nowak — until 8 January\n" +
		"- [ ] Keep the old relay until the new one is proven — Piotr Lis\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner, due string }{
		{"Rotate the relay keys on a timer", "Ola Nowak", "2026-12-11"},
		{"Alert on the age of the oldest queued mail", "Piotr Lis", "2026-12-18"},
		{"Move the reminders to the pager", "Ola Nowak", "2027-01-08"},
		{"Keep the old relay until the new one is proven", "Piotr Lis", ""},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || a.Owner != w.owner || dueString(a) != w.due {
			t.Errorf("action %d: got %q owner %q due %q, want %q owner %q due %q", i, a.Title, a.Owner, dueString(a), w.title, w.owner, w.due)
		}
	}
}
