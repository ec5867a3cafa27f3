package postmortem

import "testing"

// A last sentence that says the work is finished makes the item done; a
// sentence that tells the plan leaves it open.
func TestCompleteSentenceDone(t *testing.T) {
	src := "# Storage errors\n\n## What we are changing\n\n" +
		"- **Cap the index size.** The cap ships to every zone. This is complete.\n" +
		"- **Page on map rejections.** We page at half the limit now. This work was completed on December 2.\n" +
		"- **Jitter the retries.** Hosts will back off instead of retrying at once. It will be done next month.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 3 {
		t.Fatalf("%d actions, want 3: %+v", len(doc.Actions), doc.Actions)
	}
	for i, want := range []Status{Done, Done, Open} {
		if doc.Actions[i].Status != want {
			t.Errorf("action %d %q: status %v, want %v", i, doc.Actions[i].Title, doc.Actions[i].Status, want)
		}
	}
}

// An irregular past with "re" opens a step taken, not work to do.
func TestRerunIsAStep(t *testing.T) {
	src := "# Sync broken\n\n## Remediation during the incident\n\n" +
		"1. Reran the import for every tenant.\n" +
		"2. Rewrote the broken rows from the backup.\n\n" +
		"## Follow-ups\n\n- [ ] Alert when imports fail twice\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Title != "Alert when imports fail twice" {
		t.Fatalf("actions %+v, want the follow-up alone", doc.Actions)
	}
}

// A forum's comments under a post, each its writer in bold and its age,
// and the offer to answer that closes the post, are no actions.
func TestForumCommentsNoActions(t *testing.T) {
	src := "# Resolver outage\n\n## What we're doing\n\n" +
		"- [ ] Check the signing keys on every site — Ola, by Dec 9\n\n" +
		"Happy to answer anything here.\n\n---\n\n" +
		"**kvm_fan** 2 hours ago | parent | next\nWhy rotate at night?\n\n" +
		"**bytes9** 1 hour ago | next\nGood write-up. More of this please.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 {
		t.Fatalf("%d actions, want 1: %+v", len(doc.Actions), doc.Actions)
	}
}
