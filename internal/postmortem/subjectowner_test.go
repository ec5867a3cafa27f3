package postmortem

import "testing"

// An owner who opens an item as its subject, and a due date that ends
// its sentence after "by" or "before", are read; the title is the work.
func TestSubjectOwnerAndByDue(t *testing.T) {
	src := "# Checkout errors\n\n**Lead:** Dana Ruiz\n\n## Follow-ups\n\n" +
		"- [ ] Dana to add a write canary to the rollout by 2026-12-01\n" +
		"- [ ] @kim to page on cache write errors\n" +
		"- [ ] @omar will add a canary stage for config pushes by 2027-01-08.\n" +
		"- [ ] Owner @sam: tune the eviction policy before 2026-12-30\n" +
		"- [ ] @lee: cap checkout retries at one\n" +
		"- [ ] Dana Ruiz will write the shard runbook\n"
	doc := mustParse(t, []byte(src))
	want := []struct{ title, owner, due string }{
		{"add a write canary to the rollout", "Dana", "2026-12-01"},
		{"page on cache write errors", "kim", ""},
		{"add a canary stage for config pushes", "omar", "2027-01-08"},
		{"tune the eviction policy", "sam", "2026-12-30"},
		{"cap checkout retries at one", "lee", ""},
		{"write the shard runbook", "Dana Ruiz", ""},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || a.Owner != w.owner || a.DueRaw != w.due {
			t.Errorf("action %d: %q owner %q due %q; want %q, %q, %q", i, a.Title, a.Owner, a.DueRaw, w.title, w.owner, w.due)
		}
	}
}

// A capitalised word before "to" or "will" that names no one the
// document knows, and "by" or "before" before anything but a whole date,
// leave the item as it is.
func TestSubjectOwnerNotAName(t *testing.T) {
	src := "# Checkout errors\n\n**Lead:** Dana Ruiz\n\n## Follow-ups\n\n" +
		"- [ ] Need to add alerting on write rejections\n" +
		"- [ ] Teams will review their retry budgets\n" +
		"- [ ] Split the config owned by the cache team\n" +
		"- [ ] Drain queues before the next deploy\n" +
		"- [ ] Replay the orders written before 2026-11-03 14:02 went out\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 5 {
		t.Fatalf("%d actions, want 5: %+v", len(doc.Actions), doc.Actions)
	}
	for _, a := range doc.Actions {
		if a.Owner != "" || a.DueRaw != "" {
			t.Errorf("%q: owner %q due %q, want none", a.Title, a.Owner, a.DueRaw)
		}
	}
}
