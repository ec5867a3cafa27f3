package postmortem

// unnoticedRe: an entry that tells of an alert or a sign that no person
// became aware of: "the alert paged nobody", "its page reaches no one",
// "nobody saw it", "went unnoticed", "was not acknowledged", "fired in a
// muted channel", "queue alert should fire, but … No page."; nor is a warning in the logs ("warning logs appear")
// or a report that all is well ("the batch job reports success") a sign. Detection is when someone
// became aware, so such an entry is not the detection, whatever alert it
// names.
var unnoticedRe = lazyRe(`(?i)\b(?:pag(?:ed|es|ing)|reach(?:ed|es)?|notif(?:ied|ies|ying)|alert(?:ed|s|ing)?|went\s+to|goes\s+to|woke)\s+(?:nobody|no\s?-?one|noone|no\s+human|no\s+responders?)\b` +
	`|\b(?:nobody|no\s?-?one|noone)\s+(?:\w+\s+)?(?:saw|sees|seen|noticed|notices|acknowledged|acknowledges|acked|responded|responds|answered|answers|reacted|looked|picked\s+(?:it\s+)?up|was\s+(?:paged|alerted|notified|watching|on[\s-]call))\b` +
	`|\bunnoticed\b|\bunacknowledged\b|\bunacked\b|\bunseen\b` +
	`|\b(?:not|never|nobody|no\s?-?one)\s+(?:\w+\s+)?(?:acknowledged|acked|noticed|notice|paged)\b` +
	`|\bmuted\b|\bsnoozed\b` +
	`|\b(?:did\s+not|didn't|never|failed\s+to)\s+(?:fire|page|trigger|alert)\b` +
	`|\b(?:should|would)\s+(?:have\s+)?(?:fired?|paged?|triggered|trigger|alerted|alert)\b|\bno\s+(?:page|alert)\s*(?:[.;,]|$)` +
	`|\blog(?:s|ged)?\s+(?:an?\s+)?warnings?\b|\bwarnings?\s+(?:in\s+the\s+)?logs?\b` +
	`|\breport(?:s|ed)\s+(?:success|green|ok|okay|healthy|normal|completion|complete|completed|done|no\s+errors?)\b`)

// unnoticedWords are the words every form of unnoticedRe holds, at a
// word's start, so that an entry without any is spared the expression.
var unnoticedWords = newKeywords("no", "never", "should", "would", "unnoticed", "unacknowledged", "unacked", "unseen", "muted", "snoozed", "did", "failed", "reports", "reported", "log", "logs", "logged", "warning", "warnings")

// unnoticed reports an entry that tells of a sign nobody became aware of.
func unnoticed(text string) bool {
	return unnoticedWords.in(text) && unnoticedRe.MatchString(text)
}
