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

// markupStamp reads a timestamp in a tool's markup opening b, after
// spaces and emphasis, as a timeline entry's stamp: an Org timestamp
// with its time of day, bare ("[2026-11-19 Thu 14:20]", "<2026-11-19
// Thu 14:20>") or in the HTML its export wraps it in, with a zone's
// abbreviation after it. markupTime reads it as a field's time is read.
func markupStamp(b []byte) (start, end int, ok bool) {
	for start < len(b) && (b[start] == ' ' || b[start] == '\t' || b[start] == '*' || b[start] == '_') {
		start++
	}
	rest := b[start:]
	switch {
	case bytes.HasPrefix(rest, []byte("<span")):
		end = spanEnd(rest)
	case len(rest) > 5 && (rest[0] == '[' || rest[0] == '<') && isDigit(rest[1]),
		len(rest) > 8 && bytes.HasPrefix(rest, []byte("&lt;")) && isDigit(rest[4]):
		m := orgStampRe.FindSubmatchIndex(rest[:min(len(rest), 48)])
		if m != nil && m[0] == 0 && m[4] >= 0 {
			end = m[1]
		}
	}
	if end == 0 || !hasClock(markupTime(string(rest[:end]))) {
		return 0, 0, false
	}
	end += start
	return start, end + zoneWordAt(b[end:]), true
}

// markupStampAt is markupStamp for the text at span s, or an invalid
// span.
func (p *parser) markupStampAt(s Span) Span {
	if start, end, ok := markupStamp(p.src[s.Start:s.End]); ok {
		return Span{s.Start + start, s.Start + end}
	}
	return Span{-1, -1}
}

// spanEnd returns where the HTML span opening b closes, with the spans
// nested in it; 0 when it does not close within a few hundred bytes.
func spanEnd(b []byte) int {
	depth := 0
	for i := 0; i < len(b) && i < 400; {
		switch {
		case bytes.HasPrefix(b[i:], []byte("<span")):
			depth++
		case bytes.HasPrefix(b[i:], []byte("</span>")):
			if depth--; depth == 0 {
				return i + len("</span>")
			}
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return 0
}
