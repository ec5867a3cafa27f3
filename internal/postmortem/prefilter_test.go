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

// TestMarkerWords compares the word-level reading of timeline markers with
// the regular expressions.
func TestMarkerWords(t *testing.T) {
	texts := []string{
		"**OUTAGE BEGINS**", "outage began at the edge", "Errors  started to climb", "ERRORS STARTED", "error starts",
		"INCIDENT RESOLVED", "incident resolved", "OUTAGE\tOVER", "The pager went off", "alerted the team",
		"reports of errors", "reports  of errors", "became aware of it", "made  aware", "declared an incident",
		"declareds\tincident", "declare  an   incident", "incident declared", "service fully restored",
		"all systems verified operational", "systems operational", "system x operational", "back to normal",
		"back  to normal", "all clear", "Incident closed", "outage ends", "nothing happened", "unrestored",
		"pre-detected", "page_load slowed", "fully operational", "back online", "the_alert fired", "12 alerts",
		"report from EU", "disruption began", "recovered_", "INCIDENT DECLARED", "detecting", "we observed it",
	}
	for _, text := range texts {
		var want string
		switch {
		case startMarkerRe.MatchString(text):
			want = FieldStart
		case endMarkerRe.MatchString(text):
			want = FieldEnd
		case detectRe.MatchString(text):
			want = FieldDetect
		case recoveryRe.MatchString(text):
			want = "recovered"
		}
		if got := eventMarker(text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
