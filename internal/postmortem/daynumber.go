package postmortem

import "strings"

// A timeline over several days may name each day by its number from
// the incident's first rather than by its date: "Day 2 09:00 — rollback",
// "| Day 1 | 17:30 | … |", "D+1 09:00", "Tag 2, 09:00". Day 1 (or D+0)
// is the incident's day, and a clock on day 2 earlier than one on day 1
// is in order.

// dayWords are the words a day's number follows, with the space after
// them: English, German, French, Spanish, Portuguese, Dutch and the
// Scandinavian languages, Italian, Polish.
var dayWords = [...]string{"Day ", "day ", "DAY ", "Tag ", "Jour ", "jour ", "Día ", "Dia ", "Dag ", "dag ", "Giorno ", "Dzień "}

// dayNumber reads a day's number opening s, "Day 2" or "D+1", and
// returns the days from the incident's first and the number's length.
func dayNumber(s string) (off, n int, ok bool) {
	if s == "" || strings.IndexByte("DdTJG", s[0]) < 0 {
		return 0, 0, false // most entries: no word of a day's number
	}
	if len(s) > 2 && s[0] == 'D' && (s[1] == '+' || s[1] == '-') {
		k := 2 + digitRun([]byte(s[2:]))
		if k == 2 || k > 4 {
			return 0, 0, false
		}
		off = atoi(s[2:k])
		if s[1] == '-' {
			off = -off
		}
		return off, k, true
	}
	sp := strings.IndexByte(s[:min(len(s), 8)], ' ')
	if sp < 2 || sp+1 == len(s) || !isDigit(s[sp+1]) {
		return 0, 0, false // "The 5 …": no word of a day before a number
	}
	for _, w := range dayWords {
		if len(w) != sp+1 || s[:sp+1] != w {
			continue
		}
		k := len(w) + digitRun([]byte(s[len(w):]))
		if k > len(w)+2 || k < len(s) && isWordByte(s[k]) {
			return 0, 0, false
		}
		return atoi(s[len(w):k]) - 1, k, true
	}
	return 0, 0, false
}

// dayLead is the length of a day's number that opens an entry before
// its clock, with the marks and spaces around it ("Day 2 09:00", "**Day
// 2**, 09:00", "D+1 09:00"); 0 where none does.
func dayLead(s string) int {
	i := stampLead(s)
	_, n, ok := dayNumber(s[i:])
	if !ok {
		return 0
	}
	k := i + n
	for k < len(s) && strings.IndexByte(" \t*_]),:", s[k]) >= 0 {
		k++
	}
	if k == len(s) || !isDigit(s[k]) {
		return 0 // "D+1 — customers report": an offset of its own
	}
	return k
}

// dayBefore reads the day's number written before an entry's clock on
// its line, alone but for marks: "- Day 2 ", "| Day 1 | ", "**D+1** ".
func dayBefore(prefix string) (int, bool) {
	if len(prefix) < 3 {
		return 0, false // "- ", "| ": most entries
	}
	t := strings.TrimLeft(prefix, " \t|-+*_>[(")
	t = strings.TrimRight(t, " \t|,:–—*_])")
	if t == "" {
		return 0, false
	}
	off, n, ok := dayNumber(t)
	return off, ok && n == len(t)
}
