package postmortem

import "testing"

// A thread exported from a chat, its follow-ups as a task list and the
// messages posted after it, each opened by its date and time in
// brackets and its author ("[3/14/2026 9:12 AM] lena.w"): a message's
// lines, its header and its text, are no actions; a plain line of
// actions after the list still is one.
func TestChatMessageAfterList(t *testing.T) {
	const src = "# Printer queue stuck\n\nDate: 2026-03-12\n\n## Follow-ups\n\n" +
		"- [ ] alert when the queue is older than an hour — @lena.w — due 3/20\n- [ ] spare print server — @omar\n\n" +
		"[3/14/2026 9:12 AM] lena.w\n@omar the alert can ship Friday — I'll pair with you on it\n\n" +
		"[2026-03-14 09:40] omar\nThanks, works for me\n\n" +
		"Document the restart steps\nReview the vendor contract\n"
	doc := mustParse(t, []byte(src))
	var titles []string
	for _, a := range doc.Actions {
		titles = append(titles, a.Title)
	}
	if len(doc.Actions) != 4 || doc.Actions[2].Title != "Document the restart steps" {
		t.Errorf("actions %q; want the 2 listed and the 2 plain lines, no message", titles)
	}
}

// A message's header is a bracketed date and time, then one name.
func TestMessageHeaderLine(t *testing.T) {
	for s, want := range map[string]bool{"[12/1/2026 10:03 AM] tobias.k": true, "[2026-12-01 10:03] ana": true, "[1.12.2026 22:10:05] @bo": true,
		"[2026-12-01 10:03] Add a guard to the export": false, "[x] done": false, "[marta 14:11] ack": false, "[12/1/2026] ana": false} {
		if got := messageHeaderRe.Match([]byte(s)); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
