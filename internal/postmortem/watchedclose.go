package postmortem

import "strings"

// A timeline's last entry often closes the incident after the team has
// watched the service for a while: "Incident resolved in the paging tool
// after 25 minutes of watching", "Incident opgelost na monitoring", "We
// held off on the all clear until finance had reconciled every file",
// "kept the ticket open until the evening peak had passed". Its words
// say the incident is over, but the impact ended at an earlier entry,
// the one that tells the service well again ("Last timed-out checkout;
// p95 back under 900 ms", "Laatste geweigerde inlog").

// watchedCloseRe finds the words of a close after a time of watching.
var watchedCloseRe = lazyRe(`(?i)\b(?:after|following)\s+(?:\S+\s+){0,4}(?:of\s+)?(?:watching|monitoring|observation|observing)\b|` +
	`\b(?:stable|quiet|clean|green)\s+for\s+(?:\S+\s+){0,2}(?:minutes?|hours?|mins?)\b|` +
	`\b(?:held|holding|hold)\s+off\s+(?:on\s+)?(?:the\s+)?(?:all[\s-]clear|closing|resolving)|` +
	`\b(?:kept|keep|left|leave)\s+(?:the\s+)?(?:ticket|incident|bridge|call|channel|it)\s+open\s+(?:until|till|for)\b|` +
	`\b(?:na|nach|après|después\s+de|dopo|po|efter)\s+(?:\S+\s+){0,3}(?:monitoring|beobachtung|überwachung|surveillance|observation|monitoreo|observación|monitoraggio|osservazione|obserwacji|övervakning|observatie)\b`)

// watchedCloseWords are the words every form of watchedCloseRe holds.
var watchedCloseWords = newKeywords("after", "following", "stable", "quiet", "clean", "green", "held", "holding", "hold", "kept", "keep", "left", "leave", "na", "nach", "après", "después", "dopo", "po", "efter")

// watchedClose reports an entry that closes the incident after a time
// of watching.
func watchedClose(text string) bool {
	return watchedCloseWords.in(text) && watchedCloseRe.MatchString(text)
}

// lastWords are the words that open an entry telling the last of the
// harm ("Last failed login", "Laatste geweigerde inlog", "Letzter
// Fehler", "Dernière erreur", "Último error"): the impact's end.
var lastWords = []string{"last ", "laatste ", "letzte", "dernier ", "dernière ", "último ", "última ", "ultimo ", "ultima ", "ostatni", "sista ", "siste ", "sidste ", "последн", "마지막", "最後", "最后"}

// tellsLast reports an entry that opens by telling the last of the harm.
func tellsLast(text string) bool {
	low := strings.ToLower(strings.TrimLeft(text, " *_—-–:"))
	for _, w := range lastWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// beforeWatchedClose returns, where the entry at end closes the
// incident after a time of watching, the last entry after from and
// before it that tells the service well again or the last of the harm;
// else end.
func beforeWatchedClose(ev []Event, from, end int) int {
	if end < 0 || !watchedClose(ev[end].Text) {
		return end
	}
	for i := end - 1; i > max(from, 0); i-- {
		t := ev[i].Text
		if ev[i].Marker == "recovered" || ev[i].Marker == FieldEnd || tellsLast(t) || settled.MatchString(t) || entryMoment(t, FieldEnd) {
			return i
		}
	}
	return end
}
