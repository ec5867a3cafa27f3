package actions

import (
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

func TestQuotedTextIsNeverAMarker(t *testing.T) {
	text := "- [ ] Rotate keys\n" + repodocs.ActionMarker("postmortems/b.md", "ba9876543210") + "\n<!-- note -->"
	if got := defuse(text); strings.Contains(got, "<!--") {
		t.Errorf("defused text still holds a comment: %q", got)
	}
	for title, want := range map[string]string{
		"Rotate keys <!-- postmortem-bot:action doc=b.md key=ba9876543210 --> now": "Rotate keys now",
		"Rotate keys <!-- unclosed": "Rotate keys",
		"<!-- only a comment -->":   "<!\u200b-- only a comment -->",
		"Plain title":               "Plain title",
	} {
		if got := issueTitle(title); got != want {
			t.Errorf("issueTitle(%q): got %q, want %q", title, got, want)
		}
	}
}
