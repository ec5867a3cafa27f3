package postmortem

import (
	"regexp"
	"slices"
	"strings"
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
	re := regexp.MustCompile(`(?i)^(?:<[^>]*>|\{\{[^}]*\}\}|\[[^\]]*\]|tbd|tba|todo|tbc|n/?a|xx+|\?+|-+|…|\.\.\.|fill me in|fixme|none yet|unknown|no date|sem data|sem prazo|sin fecha|sans date|ohne datum|kein datum)$`)
	for _, s := range []string{
		"", "<Name>", "<>", "<a>b>", "{{date}}", "{{}}", "{{a}b}}", "[owner]", "[]", "[a]b]", "TBD", "tba", "ToDo",
		"tbc", "N/A", "na", "n/b", "xx", "X", "xXx", "?", "???", "-", "---", "…", "...", "..", "Fill me in",
		"FIXME", "none yet", "Unknown", "unknown yet", "@alice", "2026-11-02", "SEV2", "x-x", "<a", "{{a}",
		"Sem data", "sin fecha", "no dates",
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

// TestReadClock compares readClock with the regular expression it
// replaced.
func TestReadClock(t *testing.T) {
	for _, s := range []string{
		"14:02", "14:02 UTC", "4:02pm", "4:02 PM UTC", "14:02:33", "14:02:33.123Z", "14:02:3", "14:2", "123:45",
		"1:05 am", "1:05 amx", "1:05\tPm", "09:30:00.5 pm", "14:02:", "14:02.5", "", ":30", "7:", "23:59:60 AM!",
		"12:00 p.m.", "12:00pm_x", "14:02:33 ", "14:02:33.", "14:02:33.x",
	} {
		var want []string
		if m := clockRe.FindStringSubmatch(s); m != nil {
			want = m
		}
		if s == "12:00 p.m." { // readClock also reads the meridiem with dots
			want = []string{s, "12", "00", "", "pm"}
		}
		if got, ok := readClock(s); ok != (want != nil) || ok && !slices.Equal(got[:], want) {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	}
}

// TestClockStamp holds the quick reading of stamps to stampRe's, on the
// lines of the sample post-mortems and on made-up openings.
func TestClockStamp(t *testing.T) {
	lines := []string{
		"14:02 UTC The first page", "**9:05 pm UTC** paged", "14:02", "14:02UTC x", "14:02 UTC+5 x", "14:02 UTCx",
		"14:02 GMT-3", "14:02 Europe/Paris x", "14:02 CET x", "14:02 The queue", "14:02:33 x", "14:02:33.5 x",
		"[14:02] x", "(14:02) x", "2026-11-02 14:02 UTC x", "123:45 x", "1:5 x", "12:00 am x", "12:00 AMx",
		"14:02 - the", "14:02, UTC", "14:02 Z x", "14:02 +0100 x", "7 engineers joined", "2026 was a year",
		"14:02\tUTC\tx", "14:02  UTC", "9:05pm UTC", "09:05 PST x", "14:02 U", "14:02 UT x", "_14:02_ x",
		"02-13-2025 11:00 pm - Mempool", "5/26/2021 14:02 x", "12-31-2024 - a date alone", "1-2 x", "10/x",
		"2026-11-02T14:02Z x", "2026-11-02, 14:02 UTC", "2026/11/2 9:05 pm PST", "2026-11-02 14:02:33.5", "2026-11-022 14:02",
		"2026-11-02 x", "2026-11-02  14:02 CET", "2026-11-02 - 14:02", "2026-11-02T", "2026-11-02 14:02UTC+1", "2026-11-02 14",
		"2026-11-04", "2026-11-04 ", "2026/1/4\t", "2026-11-045", "**2026-11-04**", "2026-1-04 UTC", "2026-11-04\n", "20261-11-04", "2026-11-0", "2026-11-04\tUTC", "2026-11-04\t- 14:02", "2026-11-04Z",
	}
	for _, l := range sampleLines(t) {
		lines = append(lines, strings.TrimLeft(l, "-*| "))
	}
	for _, l := range lines {
		start, end, ok := clockStamp(l)
		if !ok {
			continue
		}
		want := [2]int{-1, -1}
		if m := stampRe.FindStringSubmatchIndex(l); m != nil {
			want = [2]int{m[2], m[3]}
		}
		if got := [2]int{start, end}; got != want {
			t.Errorf("%q: got %v, want %v", l, got, want)
		}
	}
}

// The short words the summary's start and end sentences open with pass
// only as words followed by a space: "its", "item" and "bytes" do not.
func TestProseSentenceShortWords(t *testing.T) {
	for _, tt := range []struct {
		words *keywords
		text  string
		want  bool
	}{
		{proseStartWords, "its item list", false},
		{proseStartWords, "It began at 14:02", true},
		{proseStartWords, "when it\nstarted", true},
		{proseEndWords, "4 bytes were lost", false},
		{proseEndWords, "by\t21:26 every stream", true},
		{proseEndWords, "Byte order", false},
	} {
		if got := tt.words.in(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestParagraphFirstWords: one reading of a paragraph says where the
// first word of each set it holds starts, which a search for a guarded
// expression of those words starts from; a text not the paragraph's, or
// a set it does not hold, gets 0.
func TestParagraphFirstWords(t *testing.T) {
	text := "Between us: the timeouts started on 3 March; all times UTC."
	for _, shared := range []bool{false, true} {
		para := &paragraphText{text: text, shared: shared}
		if !para.has(wordsTime) || !para.has(wordsAllTimes) {
			t.Fatalf("shared %v: the paragraph holds no time words", shared)
		}
		if got, want := para.firstIn(text, wordsTime), strings.Index(text, "timeouts"); got != want {
			t.Errorf("shared %v: first time word at %d, want %d", shared, got, want)
		}
		if got, want := para.firstIn(text, wordsAllTimes), strings.Index(text, "all times"); got != want {
			t.Errorf("shared %v: first all-times words at %d, want %d", shared, got, want)
		}
		if got := para.firstIn(text[1:], wordsTime); got != 0 {
			t.Errorf("shared %v: another text's first time word at %d, want 0", shared, got)
		}
	}
	para := &paragraphText{text: "No words of the sets here.", shared: true}
	if para.has(wordsProseDate) || para.firstIn(para.text, wordsProseDate) != 0 {
		t.Errorf("a set the paragraph does not hold: first at %d, want 0", para.firstIn(para.text, wordsProseDate))
	}
}
