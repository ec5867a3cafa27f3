package lint

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// A titled Markdown file with nothing of a post-mortem gets one notice
// when found under a directory; a post-mortem in any layout, an empty
// file and an untitled one are reviewed.
func TestLintFound(t *testing.T) {
	tests := []struct {
		name, src string
		skipped   bool
	}{
		{"source list", "# Sources\n\nWhere each document came from.\n\n## Licences\n\n| file | licence |\n| --- | --- |\n| a.md | MIT |\n", true},
		{"contributing guide", "# Contributing\n\nOpen a pull request.\n\n## Style\n\n- Wrap at 80 columns.\n", true},
		{"fields only", "# Checkout outage\n\nDate: 2026-11-02\n", false},
		{"summary heading only", "# Checkout outage\n\n## Summary\n\nThe API failed.\n", false},
		{"timeline only", "# Checkout outage\n\n- 14:02 UTC Alert fired\n- 14:10 UTC Rolled back\n", false},
		{"actions only", "# Checkout outage\n\n## Follow-ups\n\n- [ ] Add a lag alert @dana\n", false},
		{"empty", "", false},
		{"untitled", "Some notes.\n", false},
	}
	l := New(DefaultOptions())
	for _, tt := range tests {
		fs := l.LintFound([]byte(tt.src), postmortem.Options{})
		skipped := len(fs) == 1 && fs[0].Rule == ruleNotPostmortem && fs[0].Severity == Notice
		if skipped != tt.skipped {
			t.Errorf("%s: skipped %v, want %v:%s", tt.name, skipped, tt.skipped, describe(fs))
		}
	}
	opt := DefaultOptions()
	opt.Disabled = map[string]bool{ruleNotPostmortem: true}
	if fs := New(opt).LintFound([]byte(tests[0].src), postmortem.Options{}); len(fs) < 2 {
		t.Errorf("rule off: got%s, want the file reviewed", describe(fs))
	}
}
