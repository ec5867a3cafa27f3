package postmortem

import "strings"

// Tools write a time inside markup of their own, and a document pasted
// from them keeps it: Slack's date token holds the epoch seconds before
// the text it falls back to ("<!date^1795226520^{date_short_pretty}
// {time}|Nov 20, 6:02 PM PST>"), and Org mode's export wraps a
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
