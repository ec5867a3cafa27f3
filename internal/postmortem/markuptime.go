package postmortem

import (
	"bytes"
	"strings"
)

// Tools write a time inside markup of their own, and a document pasted
// from them keeps it: Slack's date token holds the epoch seconds before
// the text it falls back to ("<!date^1795226520^{date_short_pretty}
// {time}|Nov 20, 6:02 PM PST>"), Zulip's global time holds the time
// with its offset ("<time:2026-11-28T10:42:00+05:30>"), and Org mode's export wraps a
// timestamp in HTML and brackets ("<span class=\"timestamp\">[2026-11-19
// Thu 14:20]</span>", "&lt;2026-11-23 Mon 11:00&gt;").

var (
	// slackDateRe is Slack's date token; its epoch is the time, which
	// the fallback text after the bar only repeats.
	slackDateRe = lazyRe(`<!date\^(\d{9,10})\^[^|>]*(?:\|[^>]*)?>`)
	// inlineTagRe is an HTML tag within a value.
	inlineTagRe = lazyRe(`</?[a-zA-Z][^<>]*>`)
	// orgStampRe is an Org timestamp, active or inactive, with its
	// weekday: the day and the first time of day are kept.
	orgStampRe = lazyRe(`(?:\[|&lt;|<)(\d{4}-\d{2}-\d{2})(?:\s+\pL{2,3}\.?)?(?:\s+(\d{1,2}:\d{2}))?[^\]&<>]*(?:\]|&gt;|>)`)
)

// markupTime returns s with a tool's markup around a time replaced by
// the time as the readers of times read it: "1795226520 UTC" for a
// Slack token, "2026-11-19 14:20" for an Org timestamp in its wrapper.
func markupTime(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 && !strings.HasPrefix(s, "[") {
		return s
	}
	s = strings.TrimSpace(timeTokens(s))
	if strings.Contains(s, "<!date^") {
		s = slackDateRe.ReplaceAllString(s, "$1 UTC")
	}
	if strings.Contains(s, "</") {
		s = strings.TrimSpace(inlineTagRe.ReplaceAllString(s, ""))
	}
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "&lt;") || strings.HasPrefix(s, "<") {
		s = strings.TrimSpace(orgStampRe.ReplaceAllString(s, "$1 $2"))
	}
	return s
}

// timeTokens returns s with the markup of each time token ("<time:" and
// its ">") turned into spaces, so that every byte keeps its offset:
// "<time:2026-11-28T10:42:00+05:30> to <time:…>" reads as two times.
func timeTokens(s string) string {
	if !strings.Contains(s, timeTokenOpen) {
		return s
	}
	b := []byte(s)
	for i := 0; i+len(timeTokenOpen) < len(b); i++ {
		if n := timeToken(b[i:]); n > 0 {
			copy(b[i:], "      ")
			b[i+n-1] = ' '
			i += n - 1
		}
	}
	return string(b)
}

const timeTokenOpen = "<time:"

// timeToken returns the length of a time token opening b, or 0: "<time:",
// a time in RFC 3339 or any text without a space or a bracket, and ">".
func timeToken(b []byte) int {
	if !bytes.HasPrefix(b, []byte(timeTokenOpen)) {
		return 0
	}
	for j := len(timeTokenOpen); j < len(b) && j < 48; j++ {
		switch b[j] {
		case '>':
			return j + 1
		case ' ', '<', '\n':
			return 0
		}
	}
	return 0
}

// tokenStamp reads a time token opening an entry, after white space: the
// stamp is the time inside it.
func tokenStamp(b []byte) (start, end int, ok bool) {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	n := timeToken(b[i:])
	if n == 0 {
		return 0, 0, false
	}
	return i + len(timeTokenOpen), i + n - 1, true
}
