package bot

import (
	"strings"
	"testing"
)

func TestReadMarkerTakesTheLastOnALineOfItsOwn(t *testing.T) {
	own := actionMarker("postmortems/a.md", "0123456789ab")
	other := actionMarker("postmortems/b.md", "ba9876543210")
	cases := []struct {
		name, body, wantPath string
	}{
		{"alone", "text\n\n" + own + "\n", "postmortems/a.md"},
		{"inline copy before", "- [ ] fix it " + other + "\n\n" + own + "\n", "postmortems/a.md"},
		{"own-line copy before", "```\n" + other + "\n```\n\n" + own + "\n", "postmortems/a.md"},
		{"indented", "  " + own + "\n", ""},
		{"inline only", "see " + own, ""},
		{"CRLF", "text\r\n" + own + "\r\n", "postmortems/a.md"},
	}
	for _, c := range cases {
		path, _, ok := ReadMarker(c.body)
		if path != c.wantPath || ok != (c.wantPath != "") {
			t.Errorf("%s: got %q, %v; want %q", c.name, path, ok, c.wantPath)
		}
	}
}

func TestQuotedTextIsNeverAMarker(t *testing.T) {
	text := "- [ ] Rotate keys\n" + actionMarker("postmortems/b.md", "ba9876543210") + "\n<!-- note -->"
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
