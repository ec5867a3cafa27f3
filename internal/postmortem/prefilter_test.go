package postmortem

import (
	"regexp"
	"testing"
)

func TestKeywords(t *testing.T) {
	k := newKeywords("page", "back online", "jan")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The on-call engineer was Paged at 14:02", true},
		{"service BACK ONLINE", true},
		{"On 3 January the disk filled", true},
		{"the homepage failed", false}, // not at a word start
		{"back offline", false},
		{"", false},
		{"_page", false}, // an underscore joins words, as \b has it
	} {
		if got := k.in(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPlaceholderText compares the placeholder test with the regular
// expression it replaced.
func TestPlaceholderText(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(?:<[^>]*>|\{\{[^}]*\}\}|\[[^\]]*\]|tbd|tba|todo|tbc|n/?a|xx+|\?+|-+|…|\.\.\.|fill me in|fixme|none yet|unknown)$`)
	for _, s := range []string{
		"", "<Name>", "<>", "<a>b>", "{{date}}", "{{}}", "{{a}b}}", "[owner]", "[]", "[a]b]", "TBD", "tba", "ToDo",
		"tbc", "N/A", "na", "n/b", "xx", "X", "xXx", "?", "???", "-", "---", "…", "...", "..", "Fill me in",
		"FIXME", "none yet", "Unknown", "unknown yet", "@alice", "2026-11-02", "SEV2", "x-x", "<a", "{{a}",
	} {
		if got, want := placeholderText(s), re.MatchString(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}
