package postmortem

import "testing"

// A check mark with a day, before or after the item, says when it was
// done: no due date, and the title without the day. A date with no such
// words keeps its meaning when the box is ticked.
func TestDoneDatesByWording(t *testing.T) {
	src := "# Export failures\n\nDate: 2026-11-20\n\n## Action items\n\n" +
		"- [x] Retry failed exports — @tam, done 13 Nov\n" +
		"- ✅ 13 Nov — Alert on export failures — @tam\n" +
		"- Keep yesterday's export for a week. ✅ Shipped on Nov 16\n" +
		"- [x] Document the export job — @tam, due 2026-11-30\n" +
		"- [x] Split the export job — @tam — 2026-12-14\n" +
		"- [ ] Shard the export bucket — @tam — 2026-12-18\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		title, due string
		done       bool
	}{
		{"Retry failed exports", "", true},
		{"Alert on export failures", "", true},
		{"Keep yesterday's export for a week", "", true},
		{"Document the export job", "2026-11-30", true},
		{"Split the export job", "2026-12-14", true},
		{"Shard the export bucket", "2026-12-18", false},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if a.Title != w.title || dueString(a) != w.due || a.Done() != w.done {
			t.Errorf("action %d: got %q due %q done %v, want %q due %q done %v", i, a.Title, dueString(a), a.Done(), w.title, w.due, w.done)
		}
	}
}
