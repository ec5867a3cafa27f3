package repodocs_test

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

func TestReadMarkerTakesTheLastOnALineOfItsOwn(t *testing.T) {
	own := repodocs.ActionMarker("postmortems/a.md", "0123456789ab")
	other := repodocs.ActionMarker("postmortems/b.md", "ba9876543210")
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
		path, _, ok := repodocs.ReadMarker(c.body)
		if path != c.wantPath || ok != (c.wantPath != "") {
			t.Errorf("%s: got %q, %v; want %q", c.name, path, ok, c.wantPath)
		}
	}
}
