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
	want := []titleOwnerDue{
		{"add a write canary to the rollout", "Dana", "2026-12-01"},
		{"page on cache write errors", "kim", ""},
		{"add a canary stage for config pushes", "omar", "2027-01-08"},
		{"tune the eviction policy", "sam", "2026-12-30"},
		{"cap checkout retries at one", "lee", ""},
		{"write the shard runbook", "Dana Ruiz", ""},
	}
	wantActions(t, doc, want)
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

// A person set apart at an item's start, an owner after another arrow,
// and parts a slash separates when they end in a date.
func TestPersonLeadArrowsAndSlashes(t *testing.T) {
	src := "# Checkout errors\n\n**Lead:** Dana Ruiz\n\n## Follow-ups\n\n" +
		"- [ ] [Dana] Add a write canary to the rollout (2026-12-01)\n" +
		"- [ ] (@kim) Page on cache write errors\n" +
		"- [ ] Dana Ruiz: document the rollback steps\n" +
		"- [ ] **@lee** — split the cache config per shard\n" +
		"- [ ] Cap checkout retries at one ➜ Kim Lee, 9 Dec 2026\n" +
		"- [ ] Drain the write queue ⇒ @omar\n" +
		"- [ ] Investigate shard skew / Kim Lee / 22.12.2026\n" +
		"- [ ] Alert on retries — Dana Ruiz / 2026-12-14\n"
	doc := mustParse(t, []byte(src))
	want := []titleOwnerDue{
		{"Add a write canary to the rollout", "Dana", "2026-12-01"},
		{"Page on cache write errors", "kim", ""},
		{"document the rollback steps", "Dana Ruiz", ""},
		{"split the cache config per shard", "lee", ""},
		{"Cap checkout retries at one", "Kim Lee", "9 Dec 2026"},
		{"Drain the write queue", "omar", ""},
		{"Investigate shard skew", "Kim Lee", "22.12.2026"},
		{"Alert on retries", "Dana Ruiz", "2026-12-14"},
	}
	wantActions(t, doc, want)
}

// A tag, a note or a topic set apart at an item's start is no person,
// and a slash between a title's words parts nothing.
func TestLeadsThatNameNoOne(t *testing.T) {
	src := "# Checkout errors\n\n**Lead:** Dana Ruiz\n\n## Follow-ups\n\n" +
		"- [ ] [Infra] Add a write canary to the rollout\n" +
		"- [ ] (Optional) Page on cache write errors\n" +
		"- [ ] Dashboards: add a panel for write rejections\n" +
		"- [ ] Split read / write traffic\n" +
		"- [ ] Run the A / B test on checkout\n"
	doc := mustParse(t, []byte(src))
	titles := []string{"[Infra] Add a write canary to the rollout", "(Optional) Page on cache write errors", "Dashboards: add a panel for write rejections", "Split read / write traffic", "Run the A / B test on checkout"}
	if len(doc.Actions) != len(titles) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(titles), doc.Actions)
	}
	for i, a := range doc.Actions {
		if a.Owner != "" {
			t.Errorf("%q: owner %q, want none", a.Title, a.Owner)
		}
		if a.LongTitle == "" && a.Title != titles[i] {
			t.Errorf("title %q, want %q", a.Title, titles[i])
		}
	}
}

// titleOwnerDue is what an action is read as: its title, owner and due
// date as written.
type titleOwnerDue struct{ title, owner, due string }

// wantActions holds doc's actions to want, in order.
func wantActions(t *testing.T, doc *Document, want []titleOwnerDue) {
	t.Helper()
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
