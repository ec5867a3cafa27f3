package postmortem

import (
	"strings"
	"testing"
)

// A public report lists what it changes as bold leads with a short
// sentence after some of them: "Already in place since …" says the work
// is done, "By …" gives its due date, "Early next year." neither. A
// sentence that only opens with "Already" in the middle of the item, or
// says a state the reader does not know, leaves it open.
func TestStateAndDueSentences(t *testing.T) {
	const src = "# Exports failed\n\nDate: 2026-11-03\n\n## What we are changing\n\n" +
		"- **Replay every export format in the staging pipeline before a release.** Already in place since November 5.\n" +
		"- **Page the on-call when the exporter restarts twice in an hour**, instead of waiting for the queue alert. By November 20.\n" +
		"- **Publish the exporter's health on the status page.** Already live.\n" +
		"- **Keep a second exporter warm**, so a restart costs nothing. Next quarter.\n" +
		"- **Review the exporter's limits.** Already discussed with the vendor.\n" +
		"- Warn users in the app when exports are delayed, as the mobile app already does. Already planned for the spring release.\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		title, due string
		done       bool
	}{
		{"Replay every export format", "", true},
		{"Page the on-call when the exporter restarts", "2026-11-20", false},
		{"Publish the exporter's health", "", true},
		{"Keep a second exporter warm", "", false},
		{"Review the exporter's limits", "", false},
		{"Warn users in the app", "", false},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if !strings.HasPrefix(a.Title, w.title) || dueString(a) != w.due || a.Done() != w.done {
			t.Errorf("action %d: got %q due %q done %v, want %q due %q done %v", i, a.Title, dueString(a), a.Done(), w.title, w.due, w.done)
		}
	}
}
