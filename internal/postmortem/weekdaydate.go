package postmortem

import (
	"strings"
	"time"
	"unicode"
)

// afterDayWords drops the words without digits that open a date field's
// value before its day in digits, a weekday and the words around it in
// whatever language: "tisdag 2026-11-24", "mandag den 30. november 2026",
// "Chủ nhật, ngày 29/11/2026", "Παρασκευή 27/11/2026". s is returned as
// it is where no digit follows three such words or 32 bytes.
func afterDayWords(s string) string {
	i := strings.IndexFunc(s, unicode.IsDigit)
	if i <= 0 || i > 32 {
		return s
	}
	words := strings.FieldsFunc(s[:i], func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) > 3 {
		return s
	}
	for _, w := range words {
		if !strings.ContainsFunc(w, unicode.IsLetter) || strings.ContainsAny(w, ".:()") {
			return s
		}
	}
	return s[i:]
}

// incidentDayAfterWords reads a date field's day where the value opens
// with a symbol ("📅 Dec 3, 2026", as a notes app sets a date property),
// a weekday or its words, as incidentDay reads the rest; the document's
// way with day and month (p.dayFirstEntry) applies.
func (p *parser) incidentDayAfterWords(value string) (time.Time, bool) {
	value = strings.TrimLeftFunc(value, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if t, ok := incidentDay(p.dayFirstEntry(value)); ok {
		return t, true
	}
	rest := afterDayWords(value)
	if rest == value {
		return time.Time{}, false
	}
	return incidentDay(p.dayFirstEntry(rest))
}
