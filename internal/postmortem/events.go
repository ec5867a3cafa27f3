package postmortem

import (
	"bytes"
	"strings"
	"time"

	"github.com/yuin/goldmark/ast"
)

// Event is one entry of the incident's timeline: a table row, a bullet
// or a paragraph that starts with a time, wherever the document keeps
// its timeline.
type Event struct {
	Raw     string    // the time as written
	Time    time.Time // zero when Raw could not be read
	HasDate bool      // Raw, or the date above the entries, named the day
	HasZone bool      // Raw named a zone, or the document says all times are in one
	Text    string    // what happened
	Span    Span      // bytes of the time as written
	Line    int
	// Marker is "start", "detect" or "end" when the entry says so:
	// "**OUTAGE BEGINS**", "paged on-call", "service fully restored".
	Marker string
	// Group numbers the table, list or section the entry belongs to; the
	// order of entries is checked within a group.
	Group int
	// Rollover reports a time of day earlier than the entry before it,
	// read as the next day (23:50, then 00:10).
	Rollover bool
	// OutOfOrder reports an entry earlier than the one before it in its
	// group, on the same day.
	OutOfOrder bool
	// Approx reports a time written as approximate: "± 17:20 UTC",
	// "~14:02", "approx. 14:02", "around 9:30 pm".
	Approx bool

	date     time.Time // the day written above the entry, if any
	prose    bool      // told in a sentence of a paragraph, not on a line of its own
	steps    bool      // a row of a table of steps, in the order of the steps (see stepsTable)
	offDay   bool      // under a heading naming a period ("Last week"): not on the incident's day
	dayOff   int       // the days from the incident's first its day's number gives ("Day 2 09:00": 1)
	dayNamed bool      // a day's number stands before the clock (see dayBefore)
	posted   bool      // the time a status page posted its update at, on the line under it (see leadText)
	dotted   bool      // a clock written with a dot, "7.02", in a column of such clocks (see dottedClockColumn)
}

// HasClock reports whether the entry gives a time of day, not a day
// alone: only a time of day needs a zone.
func (e Event) HasClock() bool { return hasClock(e.Raw) }

// zoneWords are the zones a timestamp may end with.
const zoneWords = `UTC(?:[+-]\d{1,2}(?::?\d{2})?)?|GMT(?:[+-]\d{1,2}(?::?\d{2})?)?|Z|[+-]\d{2}:?\d{2}|[A-Z][a-z]+/[A-Za-z_]+|` +
	`WET|BST|CET|CEST|EET|EEST|MSK|IST|SGT|HKT|AWST|JST|KST|ACST|ACDT|AEST|AEDT|NZST|NZDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|BRT|ART|WEST|SAST|CAT|EAT|WAT|GST|PKT|NPT|ICT|WIB|PHT|MYT|CLT|CLST|TRT|` +
	`WITA|WIT|COT|PET|ECT|UYT|IDT|IRST|MMT|PHST|MEZ|MESZ|AET|NZT|ADT|NDT|` + usZoneWords

// stampRe finds a timestamp opening an entry: "14:02", "**16:58 UTC**",
// "2026-11-02 14:02 UTC", "At 2017/01/31 18:00 UTC,", "[14:02]",
// "2019-12-03 --:--".
var stampRe = lazyRe(`^[\s*_\[(]*(?:(?i:update|updated)\s*:?\s*)?(?:(?i:at|on)\s+)?((?:(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{4})(?:(?:[ T,]+|\s*-\s*)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?)(?:\s*(?:` + zoneWords + `)\b)?)`)

// stampAt returns the span of a timestamp opening the text at span s,
// or an invalid span.
func (p *parser) stampAt(s Span) Span {
	b := p.src[s.Start:s.End]
	return p.stampOf(s, len(b) == 0 || !isDigit(b[0]))
}

// stampOf is stampAt, which reads the openings that start with a mark
// or a word (an approximate time, code, a weekday, a chat's name, a
// token, a relative time, "Update:") only when marked is set: none of
// them opens a text that starts with a digit, as most entries do.
func (p *parser) stampOf(s Span, marked bool) Span {
	b := p.src[s.Start:s.End]
	t := p.doc.Text(s) // b as a string, without a copy
	if marked {
		if k := approxPrefix(t); k > 0 {
			return p.stampAt(Span{s.Start + k, s.End})
		}
		if k := dayLead(t); k > 0 {
			return p.stampAt(Span{s.Start + k, s.End}) // "Day 2 09:00"
		}
		if len(b) > 0 && b[0] == '`' {
			return p.codeStamp(s)
		}
	}
	if k := paragraphNumber(b); k > 0 {
		return p.stampAt(Span{s.Start + k, s.End})
	}
	if st, ok := writtenStamp(t); ok {
		return p.zoneAfter(Span{s.Start + st[0], s.Start + st[1]}, s.End)
	}
	if start, end, ok := dottedStamp(b); ok {
		return p.zoneAfter(Span{s.Start + start, s.Start + end}, s.End)
	}
	if marked {
		if st, ok := p.markedStamp(s); ok {
			return st
		}
	}
	if start, end, ok := trackerStamp(b); ok {
		return p.zoneAfter(Span{s.Start + start, s.Start + end}, s.End)
	}
	if marked && !mayOpenStamp(t) {
		return p.markupStampAt(s) // "<span class=…>", "&lt;2026-11-03 Tue 14:02&gt;"
	}
	if start, end, ok := epochStamp(b); ok {
		return Span{s.Start + start, s.Start + end}
	}
	if start, end, ok := clockStamp(t); ok {
		if start < 0 {
			return Span{-1, -1}
		}
		return p.zoneAfter(Span{s.Start + start, s.Start + end}, s.End)
	}
	if st := p.markupStampAt(s); st.Valid() {
		return st // "[2026-11-03 Tue 14:02]"
	}
	m := stampRe.FindStringSubmatchIndex(stampWindow(t))
	if m == nil {
		return Span{-1, -1}
	}
	return p.zoneAfter(Span{s.Start + m[2], s.Start + m[3]}, s.End)
}

// stampLeadMarks are the spaces and marks before a stamp that its readers
// pass over ("**14:02**", "[14:02]", "(14:02)"); stampOpenMarks are those
// and the line breaks clockStamp passes over too. A table costs less than
// strings.IndexByte on each byte: every line of a paragraph is asked for
// a stamp by several readers.
var (
	stampLeadMarks = byteSet(" \t*_[(")
	stampOpenMarks = byteSet(" \t\r\n\f*_[(")
)

// stampLead returns how many of stampLeadMarks open b.
func stampLead[T string | []byte](b T) int {
	i := 0
	for i < len(b) && stampLeadMarks[b[i]] {
		i++
	}
	return i
}

// dottedStamp reads a stamp of a day and month with a dot or a slash
// between and no year before a clock, after a weekday's short name or
// not: "**26.11 18:00**", "wt. 1.12, 00:00", "**26/11 23:52**" (see
// dottedDayMonth).
func dottedStamp(b []byte) (start, end int, ok bool) {
	i := stampLead(b)
	if !dottedDigits(b[i:min(len(b), i+14)]) {
		return 0, 0, false // the quick test: no digit, dot and digit early on
	}
	w := string(b[i:min(len(b), i+40)])
	_, _, n := dottedDayMonth(w)
	if n == 0 {
		return 0, 0, false
	}
	m, _ := readClock(w[n:])
	return i, i + n + len(m[0]), true
}

// dottedDigits reports a digit, a dot or a slash and a digit in b. Each
// mark is found by bytes.IndexByte: most lines, asked for their stamp,
// hold neither in the bytes it reads, which a loop over each byte with
// its three tests cost about twelve instructions a byte to tell.
func dottedDigits(b []byte) bool {
	for _, mark := range [...]byte{'.', '/'} {
		for k := bytes.IndexByte(b, mark); k >= 0; {
			if k > 0 && k+1 < len(b) && isDigit(b[k-1]) && isDigit(b[k+1]) {
				return true
			}
			next := bytes.IndexByte(b[k+1:], mark)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return false
}

// markedStamp reads the stamps of stampOf that open with a word or a
// mark: a weekday and a time, a chat's name and a time, a time token, a
// time relative to the start.
func (p *parser) markedStamp(s Span) (Span, bool) {
	b := p.src[s.Start:s.End]
	if start, end, ok := weekdayStamp(p.doc.Text(s)); ok {
		return p.zoneAfter(Span{s.Start + start, s.Start + end}, s.End), true
	}
	start, end, ok := chatStamp(b)
	if !ok {
		start, end, ok = dayPartStamp(b)
	}
	if !ok {
		start, end, ok = tokenStamp(b)
	}
	if !ok {
		start, end, ok = relativeStamp(b)
	}
	return Span{s.Start + start, s.Start + end}, ok
}

// dayPartStampRe is a word of the morning or the afternoon before a
// 12-hour clock, as Korean, Japanese and Chinese open an entry: "오후
// 11:20", "午前 0:25", "下午3:10" (see amWordRe and pmWordRe).
var dayPartStampRe = lazyRe(`^[\s*_\[(]*((?:오전|오후|午前|午後|上午|下午|中午|晚上|凌晨|早上)\s*\d{1,2}:\d{2})`)

// dayPartStamp reads a stamp dayPartStampRe matches.
func dayPartStamp(b []byte) (start, end int, ok bool) {
	i := stampLead(b)
	if i == len(b) || b[i] < 0xE3 || b[i] > 0xEC {
		return 0, 0, false // no character of those words
	}
	m := dayPartStampRe.FindSubmatchIndex(b[:min(len(b), i+24)])
	if m == nil {
		return 0, 0, false
	}
	return m[2], m[3], true
}

// codeStamp reads a stamp written as code, "`6:02 PM`", as chat tools
// set an entry's time: the stamp is what the code span holds.
func (p *parser) codeStamp(s Span) Span {
	b := p.src[s.Start:s.End]
	end := bytes.IndexByte(b[1:min(len(b), 40)], '`')
	if end <= 0 {
		return Span{-1, -1}
	}
	stamp := p.stampAt(Span{s.Start + 1, s.Start + 1 + end})
	if !stamp.Valid() || strings.TrimSpace(p.doc.Text(Span{stamp.End, s.Start + 1 + end})) != "" {
		return Span{-1, -1} // "`14:02 ERROR upstream reset`" is a log line
	}
	return stamp
}

// zoneAfterRe is a zone in parentheses right after a stamp:
// "09:12 (UTC)", "2026-09-14 14:50 (IST)".
var zoneAfterRe = lazyRe(`^ ?` + noteZoneRe.String())

// zoneAfter widens a stamp over the zone in parentheses after it, or
// a city's zone, up to end.
func (p *parser) zoneAfter(stamp Span, end int) Span {
	if stamp.End+3 > end || p.src[stamp.End] != ' ' && p.src[stamp.End] != '(' {
		return stamp
	}
	w := p.src[stamp.End:min(end, stamp.End+24)]
	if !mayOpenZoneNote(w) {
		return p.placeAfter(stamp, end)
	}
	if m := zoneAfterRe.FindIndex(w); m != nil && zoneInNote(p.doc.Text(Span{stamp.End, stamp.End + m[1]})) != "" {
		stamp.End += m[1]
		return stamp
	}
	return p.placeAfter(stamp, end)
}

// placeAfter widens a stamp over a city's zone after it, up to end:
// "21:47 Taipei time", "15:40 (Berlin)".
func (p *parser) placeAfter(stamp Span, end int) Span {
	stamp.End += placeAt(p.doc.Text(Span{stamp.End, min(end, stamp.End+24)}))
	return stamp
}

// mayOpenZoneNote is the quick test of zoneAfterRe: a bracket opens w,
// or follows its first space. "09:12 UTC Config pushed" has no note.
func mayOpenZoneNote(w []byte) bool {
	if len(w) > 1 && w[0] == ' ' {
		w = w[1:]
	}
	return len(w) > 0 && (w[0] == '(' || w[0] == '[')
}

// writtenStampRe is a stamp with its day written in words: "Sep 14,
// 09:12 UTC", "Mon 14 Sep 2026 09:30 CEST", "September 14, 2026 at
// 10:10 UTC", a status page's "Dec 3, 2026 - 14:02 UTC".
var writtenStampRe = lazyRe(`^[\s*_\[(]*((?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?i:` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `)(?:,?\s+\d{4})?(?:,?\s+(?i:at\s+)?|\s+-\s+)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm]\b)?(?:\s*(?:` + zoneWords + `)\b)?)`)

// weekdayWords open a day written in words.
var weekdayWords = newKeywords("mon", "tue", "wed", "thu", "fri", "sat", "sun")

// writtenStamp finds a stamp whose day is written in words opening b,
// after a quick look at its first word: a month, a weekday, or a day's
// number and a month.
func writtenStamp(b string) ([2]int, bool) {
	i := stampLead(b)
	from := 0
	if strings.HasPrefix(b[i:], "Posted ") {
		i += len("Posted ") // "Posted Dec 03, 2026 - 14:02 UTC", a status page's update
		from = i
	}
	if i+5 >= len(b) {
		return [2]int{}, false
	}
	head := b[i : i+3] // the keywords match without regard to case
	switch {
	case isDigit(b[i]):
		k := i
		for k < len(b) && isDigit(b[k]) {
			k++
		}
		for k < len(b) && b[k] >= 'a' && b[k] <= 'z' {
			k++ // "14th"
		}
		if k-i > 4 || k >= len(b) || b[k] != ' ' || !monthWords.in(b[k+1:min(k+4, len(b))]) {
			return [2]int{}, false
		}
	case !monthWords.in(head) && !weekdayWords.in(head):
		return [2]int{}, false
	}
	m := writtenStampRe.FindStringSubmatchIndex(b[from:])
	if m == nil {
		return [2]int{}, false
	}
	return [2]int{from + m[2], from + m[3]}, true
}

// trackerStamp reads a stamp in an issue tracker's form opening b: its
// day-first date with the month's name, a clock, and a zone if one is
// written: "12/Nov/26 2:14 AM", "3-Dec-2026 14:05 UTC".
func trackerStamp(b []byte) (start, end int, ok bool) {
	start = stampLead(b)
	// A date is at most 18 bytes, "12/September./2026"; the byte after
	// it ends its year.
	if !mayOpenTrackerDate(b[start:]) {
		return 0, 0, false // without making a string of the bytes
	}
	m := trackerDateAt(string(b[start:min(len(b), start+20)]))
	if m == nil {
		return 0, 0, false
	}
	k := start + m[1]
	for k < len(b) && (b[k] == ' ' || b[k] == ',') {
		k++
	}
	clock, found := readClock(string(b[k:min(len(b), k+12)]))
	if !found || k == start+m[1] {
		return 0, 0, false
	}
	end = k + len(clock[0])
	return start, end + zoneWordAt(b[end:]), true
}

// zoneWordAt returns the length of a zone's abbreviation after a space
// opening b ("␠UTC"), with the space, or 0.
func zoneWordAt(b []byte) int {
	if len(b) < 2 || b[0] != ' ' {
		return 0
	}
	k := 1
	for k < len(b) && k <= 6 && b[k] >= 'A' && b[k] <= 'Z' {
		k++
	}
	if k == 1 || k < len(b) && isWordByte(b[k]) {
		return 0
	}
	if _, ok := abbreviationOffset(string(b[1:k])); !ok {
		return 0
	}
	return k
}

// chatStamp reads the time of a line pasted from a chat, where the
// name, opening with a letter, comes before it: "[marta 14:11] ack,
// looking". The stamp is the time; the name is not the entry's text.
func chatStamp(b []byte) (start, end int, ok bool) {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i+8 > len(b) || b[i] != '[' || b[i+1]|0x20 < 'a' || b[i+1]|0x20 > 'z' {
		return 0, 0, false
	}
	j := i + 1
	for j < len(b) && j-i <= 40 && (isLoginByte(b[j]) || b[j] == '_' || b[j] == '.') {
		j++
	}
	if j == len(b) || b[j] != ' ' || j+1 == len(b) || !isDigit(b[j+1]) {
		return 0, 0, false
	}
	m, found := readClock(string(b[j+1 : min(len(b), j+12)]))
	if !found || j+1+len(m[0]) >= len(b) || b[j+1+len(m[0])] != ']' {
		return 0, 0, false
	}
	return j + 1, j + 1 + len(m[0]), true
}

// paragraphNumber returns the length of the number a formal review puts
// before each paragraph of a section, with the spaces after it ("3.2 At
// 13:20 …"), or 0: digits, a dot and digits, and a space.
func paragraphNumber(b []byte) int {
	i := 0
	for i < len(b) && i < 3 && isDigit(b[i]) {
		i++
	}
	if i == 0 || i == len(b) || b[i] != '.' {
		return 0
	}
	j := i + 1
	for j < len(b) && j < i+4 && isDigit(b[j]) {
		j++
	}
	if j == i+1 || j == len(b) || b[j] != ' ' {
		return 0
	}
	for j < len(b) && b[j] == ' ' {
		j++
	}
	if j < len(b) && strings.IndexByte("apAP", b[j]) >= 0 && dottedMeridiem(b[j:min(len(b), j+5)]) {
		return 0 // "11.05 p.m.", a British clock
	}
	return j
}

// dottedMeridiem reports "am" or "pm" opening b in small or capital
// letters, with dots or without, and no letter after it: "Am 5. März"
// opens a German sentence.
func dottedMeridiem(b []byte) bool {
	ap, n := meridiem(string(b))
	return n > 0 && (n > 2 || ap == "am" || ap == "pm" || ap == "AM" || ap == "PM")
}

// approxWords mark a time as approximate when they open an entry.
var approxWords = []string{"±", "~", "≈", "+/-", "approximately", "approx.", "approx", "around", "about", "circa", "ca."}

// approxOpens are the first bytes of approxWords, in either case.
var approxOpens = firstBytes(approxWords)

// firstBytes are the first bytes of words, a small letter in either
// case: the bytes a text must open with to open with one of them, as
// strings.EqualFold reads them.
func firstBytes(words []string) (t [256]bool) {
	for _, w := range words {
		c := w[0]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return t
}

// approxPrefix returns the length of an approximation mark opening b,
// with the emphasis before it and the space after it ("**± 17:20 UTC:**"
// reads as "**17:20 UTC:**"), or 0 when b opens otherwise. A mark counts
// only before a digit, so "About the outage" is left alone.
func approxPrefix(b string) int {
	i := stampLead(b)
	if i == len(b) || !approxOpens[b[i]] {
		return 0 // a time with no mark before it, or no mark at all
	}
	for _, w := range approxWords {
		if len(b)-i < len(w) || !strings.EqualFold(b[i:i+len(w)], w) {
			continue
		}
		k := i + len(w)
		for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
			k++
		}
		if k < len(b) && b[k] >= '0' && b[k] <= '9' && (k > i+len(w) || !isWordByte(w[len(w)-1])) {
			return k
		}
	}
	return 0
}

// mayOpenStamp is a quick test for stampRe: after its opening marks a
// stamp starts with a digit, "update", "at" or "on".
func mayOpenStamp(b string) bool {
	i := 0
	for i < len(b) && stampOpenMarks[b[i]] && b[i] != '\f' {
		i++
	}
	if i < len(b) && b[i] >= '0' && b[i] <= '9' {
		return true
	}
	return stampWords.in(b[i:min(i+8, len(b))])
}

// clockStamp reads the common stamp, a clock time with or without UTC or
// GMT ("14:02", "**9:05 pm UTC**"), as stampRe would; ok is false when b
// opens otherwise and the regular expression must decide. start is -1
// when b holds no stamp.
func clockStamp(b string) (start, end int, ok bool) {
	i := 0
	for i < len(b) && stampOpenMarks[b[i]] {
		i++
	}
	if i >= len(b) || b[i] < '0' || b[i] > '9' {
		return 0, 0, false // words such as "Update:" or "At", or no stamp
	}
	c := i // where the clock starts
	if opensWithDate(b[i:]) {
		k, ok := clockAfterDate(b[i:])
		if !ok {
			return dateAlone(b, i) // else another form of date: the expression decides
		}
		c += k
	}
	rest := b[c:min(len(b), c+24)]
	m, found := readClock(rest)
	if !found {
		if c > i {
			return 0, 0, false // a date alone
		}
		return -1, -1, hasNoDateStart(b[i:])
	}
	if m[4] == "" && strings.Contains(m[0][:strings.LastIndexAny(m[0], "0123456789")+1], ".") {
		return 0, 0, false // the stamp takes no fraction of a second; "6.20am" is no fraction
	}
	end = c + len(m[0])
	k := end
	for k < len(b) && strings.IndexByte(" \t\r\n\f", b[k]) >= 0 {
		k++
	}
	switch {
	case k == len(b) || !(b[k] >= 'A' && b[k] <= 'Z' || b[k] == '+' || b[k] == '-'):
		return i, end, true // no zone can follow
	case k+3 <= len(b) && (b[k:k+3] == "UTC" || b[k:k+3] == "GMT") &&
		(k+3 == len(b) || !isWordByte(b[k+3]) && b[k+3] != '+' && b[k+3] != '-'):
		return i, k + 3, true
	case k == end && b[k] == 'Z' && len(m[0]) == 4 && (k+1 == len(b) || !isWordByte(b[k+1])):
		return i, k + 1, true // "1305Z", aviation's and the military's UTC
	}
	return 0, 0, false
}

// dateAlone reads a year-first date that only white space follows
// ("2026-11-04"), at b[i:], as stampRe would: the stamp is the date.
func dateAlone(b string, i int) (start, end int, ok bool) {
	_, _, _, n, ok := yearFirstDate(b[i:min(len(b), i+12)])
	if !ok || len(strings.Trim(b[i+n:], " \t\r\n\f")) > 0 {
		return 0, 0, false
	}
	return i, i + n, true
}

// clockAfterDate returns where a clock may start after a year-first date
// opening b and the spaces, "T" or commas after it ("2026-11-02 14:02").
func clockAfterDate(b string) (int, bool) {
	_, _, _, n, ok := yearFirstDate(b[:min(len(b), 12)])
	if !ok {
		return 0, false
	}
	k := n
	for k < len(b) && (b[k] == ' ' || b[k] == 'T' || b[k] == ',') {
		k++
	}
	return k, k > n
}

// hasNoDateStart reports whether a text that opens with a digit but no
// clock cannot be a stamp at all: stampRe then needs a date.
func hasNoDateStart(b string) bool {
	return !opensWithDate(b)
}

// opensWithDate reports whether b may open with a date in digits as
// stampRe reads one: year first ("2026-11-02") or month first
// ("02-13-2025", "5/26/2021").
func opensWithDate(b string) bool {
	if len(b) >= 5 && isDigits(b[:4]) && (b[4] == '-' || b[4] == '/') {
		return true
	}
	n := 0
	for n < len(b) && n < 2 && b[n] >= '0' && b[n] <= '9' {
		n++
	}
	return n > 0 && n < len(b) && (b[n] == '-' || b[n] == '/')
}

func isDigits(b string) bool {
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return false
		}
	}
	return true
}

// stampWindow is the start of b where a stamp may lie: the regular
// expression's work grows with the length of its input, and a stamp is
// short. The cut falls before a space, which reads as the end of the text
// does, so the match is the same.
func stampWindow(b string) string {
	const most = 64
	if len(b) <= most {
		return b
	}
	if j := strings.LastIndexByte(b[:most], ' '); j > 0 {
		return b[:j]
	}
	return b
}

// stampWords may open a stamp: "Update: 14:02", "At 14:02", "On 2026-…".
var stampWords = newKeywords("update", "at ", "at\t", "on ", "on\t")

// eventColumn returns the column of a table whose cells are times, when
// the table is a timeline of events ("| 2022-03-07 00:00 | Committed |"
// or "| Committed | 14:02 |"), or -1. A table whose first column names
// fields is read as fields instead.
func (p *parser) eventColumn(body []row) int {
	if len(body) == 0 {
		return -1
	}
	best, bestN := -1, 0
	if p.fieldsTable(body) {
		return -1 // a table of fields: its stamps are not read
	}
	counts, clocks := map[int]int{}, map[int]int{}
	for _, r := range body {
		for i, c := range r.Cells {
			if st := p.stampAt(c.Value); st.Valid() && stampFills(p.src, st, c.Value) {
				counts[i]++
				if t := p.doc.Text(st); hasClock(t) && !isOffsetEntry(t) {
					clocks[i]++ // "T+0:12" beside "14:14" is no clock
				}
			}
		}
	}
	for i, n := range counts {
		// "| Date | Time | Event |": the column of clocks is the time,
		// the dates beside it are the days of the rows.
		if n > bestN || n == bestN && (clocks[i] > clocks[best] || clocks[i] == clocks[best] && i < best) {
			best, bestN = i, n
		}
	}
	if bestN*2 < len(body) && bestN*2 < p.filledRows(body) {
		return -1
	}
	return best
}

// fieldsTable reports a table whose first column names fields in half
// its rows or more.
func (p *parser) fieldsTable(body []row) bool {
	labels := 0
	for _, r := range body {
		if len(r.Cells) > 0 {
			if t := p.doc.Text(r.Cells[0].Value); p.synonymKey(t) != "" || isRangeLabel(t) { // an entry's "Service restored" is no label
				labels++
			}
		}
	}
	return labels*2 >= len(body)
}

// filledRows counts the rows of a table that hold more than a
// template's slots: "| {{time}} | {{event}} |" is a row left to fill.
func (p *parser) filledRows(body []row) int {
	n := 0
	for _, r := range body {
		for _, c := range r.Cells {
			if t := p.doc.Text(c.Value); t != "" && !IsPlaceholder(t) {
				n++
				break
			}
		}
	}
	return n
}

// stampFills reports whether a cell holds little but its timestamp.
func stampFills(src []byte, stamp, cell Span) bool {
	rest := strings.Trim(string(src[stamp.End:cell.End]), " *_)]:.-")
	return len(strings.Fields(rest)) <= 3
}

// eventTable reads each row of a timeline table as an event: the time
// from its time column, the text from the others.
func (p *parser) eventTable(col int, header row, body []row, dotted bool) {
	p.eventGroup++
	if col < len(header.Cells) {
		p.headerZone(p.doc.Text(header.Cells[col].Value))
	}
	dayFirst := p.dayFirstColumns(body)
	first := len(p.doc.Events)
	for _, r := range body {
		if col >= len(r.Cells) {
			continue
		}
		stamp := p.stampAt(r.Cells[col].Value)
		if dotted {
			stamp = dottedClockSpan(p.src, r.Cells[col].Value)
		}
		if !stamp.Valid() {
			continue
		}
		var text []string
		for i, c := range r.Cells {
			t := strings.TrimSpace(p.doc.Text(c.Value))
			if i == col || t == "" || p.rowDate(t, header, i, dayFirst[i]) {
				continue
			}
			text = append(text, t)
		}
		p.addEvent(stamp, strings.Join(text, " — "))
		p.doc.Events[len(p.doc.Events)-1].dotted = dotted
	}
	if p.stepsTable(col, header) {
		for i := first; i < len(p.doc.Events); i++ {
			p.doc.Events[i].steps = true
		}
	}
	p.milestoneFields(col, header, body)
}

// stepsTable reports a table of steps that gives each step's time in
// a later column, outside the timeline: "| No. | Action | Done by |
// Time |" under "Emergency response", "| Step | Done By | Time (ET) |
// Result |" under "Containment". Its rows are in the order of the
// steps, not of their times.
func (p *parser) stepsTable(col int, header row) bool {
	if col < 1 || len(header.Cells) == 0 {
		return false
	}
	if first := normalize(p.doc.Text(header.Cells[0].Value)); !(col >= 2 && col == len(header.Cells)-1 || stepHead(first) || doneHead(first)) {
		return false
	}
	key, _ := p.sectionKey()
	return key != "timeline" && key != "what_happened"
}

// doneHead reports a normalised header naming work already done, the
// first column of a record of it: "Done", "What we did", "What was
// done", "Work done", "Steps taken".
func doneHead(h string) bool {
	return h == "done" || strings.HasSuffix(h, " did") || strings.HasSuffix(h, " done") || strings.HasSuffix(h, " taken")
}

// slashDayRe is a day and month with a slash between and no year.
var slashDayRe = lazyRe(`^(\d{1,2})/(\d{1,2})$`)

// yearRe finds the year a Date column's header gives: "Date (2021)".
var yearRe = lazyRe(`\b(19|20)\d{2}\b`)

// rowDate reads a cell of a timeline row that gives the day of the row's
// time, from a column of its own ("| Oct 31 | 21:33 | … |"), the year
// from the column's header when the cell has none. A new day starts a
// new group of entries.
func (p *parser) rowDate(cell string, header row, i int, dayFirst bool) bool {
	if len(strings.Fields(cell)) > 4 {
		return false // an event's text, even one that opens with a date
	}
	if _, ok := dayBefore(cell); ok {
		return true // "| Day 2 | 09:00 | … |": the entry reads it (see dayBefore)
	}
	t, ok := columnDay(cell, dayFirst)
	if !ok && i < len(header.Cells) {
		if y := yearRe.FindString(p.doc.Text(header.Cells[i].Value)); y != "" {
			t, ok = incidentDay(cell + " " + y)
		}
	}
	if !ok {
		t, ok = p.dottedColumnDay(cell, dayFirst)
	}
	if !ok {
		return false
	}
	if !t.Equal(p.eventDate) {
		p.eventDate = t
		p.eventGroup++
	}
	return true
}

// dottedColumnDay reads a Date column's day written day first with
// dots, as German, Finnish or Czech write it, after a weekday in any
// language: "Sa, 28.11.", "So 29.11.", "28.11.2026"; or with a slash
// and no year, day first where the column or the document writes days
// so, else month first unless the first number cannot be a month: "Tue
// 11/24", "Wed 25/11". A day without its
// year is in the year of the review's date, on or before that date, or
// else in the year of the document's first dated day.
func (p *parser) dottedColumnDay(cell string, dayFirst bool) (time.Time, bool) {
	s := afterWeekdayWord(cell)
	if m := dottedDateRe.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		return dueDay(atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
	}
	d, mo := 0, 0
	if m := dottedDayRe.FindStringSubmatch(s); m != nil {
		d, mo = atoi(m[1]), atoi(m[2])
	} else if m := slashDayRe.FindStringSubmatch(s); m != nil {
		d, mo = atoi(m[1]), atoi(m[2])
		if !dayFirst && !p.writesDayFirst(cell) && d <= 12 {
			d, mo = mo, d // "Tue 11/24": month first, as "11/24/2026" is
		}
	} else {
		return time.Time{}, false
	}
	at := func(y int) (time.Time, bool) { return dueDay(y, time.Month(mo), d) }
	if review, ok := p.reviewDay(); ok {
		return onOrBefore(review, at)
	}
	if y := p.writtenYear(); y > 0 {
		return at(y)
	}
	return time.Time{}, false
}

// dayFirstColumns returns the columns of a timeline table whose dates in
// digits are written day first: one of them cannot be month first
// ("16/11/2026"), so "04/11/2026" beside it is 4 November.
func (p *parser) dayFirstColumns(body []row) map[int]bool {
	var cols map[int]bool
	for _, r := range body {
		for i, c := range r.Cells {
			if first, _, _, n, ok := monthFirstDate(p.doc.Text(c.Value)); ok && n == c.Value.Len() && first > 12 {
				if cols == nil {
					cols = map[int]bool{}
				}
				cols[i] = true
			}
		}
	}
	return cols
}

// columnDay reads the day a Date column's cell gives, day first where
// the column writes its dates so.
func columnDay(cell string, dayFirst bool) (time.Time, bool) {
	if y, mo, d, n, ambiguous := numericDate(cell); dayFirst && ambiguous && n == len(cell) {
		if validDate(y, time.Month(d), int(mo)) {
			return time.Date(y, time.Month(d), int(mo), 0, 0, 0, 0, time.UTC), true
		}
	}
	return incidentDay(cell)
}

// addEvent records an entry of the timeline.
func (p *parser) addEvent(stamp Span, text string) {
	line := p.doc.Line(stamp.Start)
	if p.doc.Events == nil {
		// a timeline holds a dozen entries or more, which growing from
		// one at a time copies over four times
		p.doc.Events = make([]Event, 0, 16)
	}
	before := p.doc.Text(Span{p.doc.LineSpan(line).Start, stamp.Start})
	off, named := dayBefore(before)
	p.doc.Events = append(p.doc.Events, Event{
		Raw: p.doc.Text(stamp), Span: stamp, Line: line,
		Text: strings.TrimSpace(text), Group: p.eventGroup, date: p.eventDate, offDay: p.periodLevel > 0,
		Approx: approxBefore(before), dayOff: off, dayNamed: named,
	})
}

// approxBefore reports whether the text before a stamp on its line ends
// with a mark of approximation: "- approx. 21:15", "**± 17:20".
func approxBefore(b string) bool {
	b = strings.TrimRight(b, " \t")
	for _, w := range approxWords {
		n := len(b) - len(w)
		if n >= 0 && strings.EqualFold(b[n:], w) && (n == 0 || !isWordByte(b[n-1])) {
			return true
		}
	}
	return false
}

// eventLines reads the lines of a paragraph or list item that start
// with a time as events. An item that holds only its time takes its
// text from the lines nested under it.
func (p *parser) eventLines(n ast.Node) {
	if key, _ := p.sectionKey(); key == "remediation" || key == SectionRecord {
		return
	}
	lines := n.Lines()
	open := -1           // the event whose entry a line without a time goes on
	timedBefore := false // a line above held a time
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		ls.Start = max(ls.Start, lines.At(i).Start)
		stamp, dotted := p.stampAt(ls), false
		if p.itemDotted {
			if d := itemClockSpan(p.src, ls); d.Valid() && (!stamp.Valid() || stamp.End <= d.End) {
				stamp, dotted = p.zoneAfter(d, ls.End), true // "05.26 Telefon fra bakeriet" in a list of such entries
			}
		}
		if stamp.Valid() && i > 0 && hardWrapped(p.src[lines.At(i-1).Start:lines.At(i-1).Stop], p.src[ls.Start:stamp.Start]) {
			stamp = Span{-1, -1} // "… the on-call was paged" / "at 14:09 UTC and …": prose
		}
		if !stamp.Valid() {
			if open >= 0 { // a hard-wrapped entry goes on
				p.wrapEvent(&p.doc.Events[open], ls)
			}
			continue
		}
		if open = -1; isDateLine(p.src[ls.Start:ls.End]) {
			continue // a date line gives the day of the entries below it
		}
		text := entryText(p.doc.Text(Span{stamp.End, ls.End}))
		posted := text == "" && i > 0 && i == lines.Len()-1 && !timedBefore
		if posted {
			text = p.leadText(n, i) // "Resolved - This incident has been resolved.\nDec 3, 14:02 UTC"
			if recordStampLabel(text) {
				continue
			}
		}
		timedBefore = true
		if text == "" {
			text = p.continuation(n, i+1)
		} else {
			open = len(p.doc.Events)
		}
		p.addEvent(stamp, text)
		p.doc.Events[len(p.doc.Events)-1].posted = posted
		p.doc.Events[len(p.doc.Events)-1].dotted = dotted
	}
}

// recordStampLabel reports a label alone in bold above a time that is the
// record's own, not an entry of the incident: a form's response
// "**Timestamp**" over "3/12/2026 9:14:22 pm".
func recordStampLabel(text string) bool {
	if len(text) > 24 || !boldLine([]byte(text)) {
		return false
	}
	switch strings.ToLower(strings.Trim(text, " *:")) {
	case "timestamp", "submitted", "submitted at", "submitted on", "date submitted", "created", "created at", "created on":
		return true
	}
	return false
}

// dottedList reports a list of three items or more whose items open
// with a time of day written with a dot, "05.26 Telefon fra bakeriet",
// the first and two in three of them or more (a last line may give the
// day and the time the case was closed, "25.11 09.00"): a timeline as Norwegian, Finnish or Indonesian teams write one, where
// "06.12" is a clock, not the sixth of December, and where such a
// number alone on a line of another list may be anything.
func (p *parser) dottedList(l ast.Node) bool {
	if l == p.dottedLists.node {
		return p.dottedLists.dotted
	}
	items, dotted := 0, 0
	for li := l.FirstChild(); li != nil; li = li.NextSibling() {
		items++
		text := firstText(li)
		if text == nil || text.Lines().Len() == 0 {
			continue
		}
		ls := p.doc.LineSpan(p.doc.Line(text.Lines().At(0).Start))
		ls.Start = max(ls.Start, text.Lines().At(0).Start)
		if itemClockSpan(p.src, ls).Valid() {
			dotted++
		} else if items == 1 && !dottedDigits(p.src[ls.Start:min(ls.End, ls.Start+20)]) {
			break // most lists: no dotted number opens the first item ("Minggu 22.00" does)
		}
	}
	p.dottedLists.node, p.dottedLists.dotted = l, dotted >= 3 && 3*dotted >= 2*items
	return p.dottedLists.dotted
}

// entryText is an entry's text after its stamp: what closes the stamp
// goes ("14:11] ack", "**14:02** — paged", "`6:02 PM` paged"), and a
// parenthesis closing the text stays: "paged (CheckoutAPI5xxRatio)".
func entryText(s string) string {
	s = trimLeftSet(s, entryOpeners, &entryOpenerBytes)
	if strings.HasPrefix(s, "`") && strings.Count(s, "`")%2 == 1 {
		s = trimLeftSet(s[1:], entryOpeners, &entryOpenerBytes) // the code span the stamp was in
	}
	s = trimRightSet(s, entryClosers, &entryCloserBytes)
	for strings.HasSuffix(s, ")") && strings.Count(s, "(") < strings.Count(s, ")") ||
		strings.HasSuffix(s, "]") && strings.Count(s, "[") < strings.Count(s, "]") {
		s = trimRightSet(s[:len(s)-1], entryClosers, &entryCloserBytes)
	}
	return s
}

// entryOpeners close a stamp before an entry's text, entryClosers end
// the text; the tables hold their ASCII bytes.
const (
	entryOpeners = " *_)]:,-—–"
	entryClosers = " *_:,-—–"
)

var entryOpenerBytes, entryCloserBytes = asciiCutSet(entryOpeners), asciiCutSet(entryClosers)

// wrapWords end a line that a sentence goes on from: "between 14:02
// and" / "15:20 UTC, peaking …".
var wrapWords = wordSet("and or to at by from until till between since around before after than")

// hardWrapped reports whether a line that opens with a time, after the
// line prev of the same paragraph, goes on with prev's sentence: the
// words before the time are lower case ("at 14:09 UTC and …"), or prev
// ends with a word that needs what follows ("between 14:02 and").
func hardWrapped(prev, lead []byte) bool {
	lead = bytes.TrimLeft(lead, " \t")
	if len(lead) > 0 && lead[0] >= 'a' && lead[0] <= 'z' {
		return true
	}
	prev = bytes.TrimRight(prev, " \t\r\n")
	k := len(prev)
	for k > 0 && (prev[k-1]|0x20 >= 'a' && prev[k-1]|0x20 <= 'z') {
		k--
	}
	return k < len(prev) && len(prev)-k <= 7 && wrapWords[strings.ToLower(string(prev[k:]))]
}

// wrapEvent adds a line of a hard-wrapped entry to its text, so that
// what the entry marks ("… Start of impact.") is read from all of it.
func (p *parser) wrapEvent(e *Event, ls Span) {
	if t := strings.TrimSpace(p.doc.Text(ls)); t != "" {
		e.Text += " " + t
	}
}

// continuation returns the text of an entry whose line holds only its
// time: the lines after it in the same paragraph, up to the next time,
// else the blocks nested under it.
func (p *parser) continuation(n ast.Node, from int) string {
	lines := n.Lines()
	var b strings.Builder
	for i := from; i < lines.Len(); i++ {
		ls := trimSpan(p.src, Span{lines.At(i).Start, lines.At(i).Stop})
		if p.stampAt(ls).Valid() {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(p.src[ls.Start:ls.End])
	}
	if b.Len() > 0 {
		return b.String()
	}
	return nestedText(p, n)
}

// leadText is the text of the lines of a paragraph above its last, the
// time a status page posts under its update: "**Resolved** - This
// incident has been resolved." above "Dec 3, 2026 - 14:02 UTC".
func (p *parser) leadText(n ast.Node, last int) string {
	lines := n.Lines()
	var b strings.Builder
	for i := 0; i < last; i++ {
		ls := trimSpan(p.src, Span{lines.At(i).Start, lines.At(i).Stop})
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(p.src[ls.Start:ls.End])
	}
	return b.String()
}

// nestedText returns the text of the blocks after n in its list item.
func nestedText(p *parser, n ast.Node) string {
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		if s := linesSpan(firstBlock(c)); s.Valid() {
			return strings.TrimSpace(p.doc.Text(s))
		}
	}
	return ""
}

// firstBlock descends to the first block that holds lines.
func firstBlock(n ast.Node) ast.Node {
	for n != nil && (n.Lines() == nil || n.Lines().Len() == 0) && n.FirstChild() != nil {
		n = n.FirstChild()
	}
	return n
}

// dateLineRe is a paragraph or heading that gives the day of the times
// below it: "2015-10-21 *(all times UTC)*", "### January 31, 2017".
var dateLineRe = lazyRe(`(?i)^[\s*_#]*(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{4}|(?:[a-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `,?\s+\d{4}|(?:[a-z]+,?\s+)?` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s+(?-i:[A-Z]{2,5}))?[\s*_]*(?:\(.*\))?[\s*_:.]*$`)

// allTimesRe is the note that gives every time of the document a zone:
// "All times in UTC.", "(all times UTC)", a tracker's "All dates are
// shown in UTC", "All times in this report are local office time,
// UTC+01:00", "All times mentioned are BST", an export's "Date fields are
// shown in America/Denver (MST)",
// a table's "Times in the Time column are Mountain (MST)", an export's
// "Times in this export are US Eastern (EST, UTC−5)", a chat's
// "Timestamps are the exporter's local time, Pacific (PST, UTC−8)", a
// mail's "All hours below are our office time, CET (UTC+1)", meeting
// notes' "All times discussed are UK time (BST)".
var allTimesRe = lazyRe(`(?i)\b(?:all (?:clock )?(?:times|dates|hours)|(?:the )?timestamps|date fields|times in (?:the|this) (?:[a-z]+ column|export|document|report|page|doc|post|write-?up|review|timeline|ticket|note|thread))(?: in this [a-z-]+| below| here| mentioned| quoted| given| discussed| used| listed| shown| stated)? (?:are )?(?:(?:[a-z’']+ ){0,2}(?:(?:local|office)(?: [a-z]+){0,2} )?time,?\s+(?:[a-z]+\s+)?\(?|us (?:eastern|central|mountain|pacific)\s+\()?(?:in |shown in |given in )?(` + zoneWords + `)\b`)

// dateContext notes a day written above the entries that follow, and a
// zone note for the whole document.
func (p *parser) dateContext(text string) {
	p.datedParagraph(&paragraphText{text: text})
}

// datedParagraph is dateContext for a paragraph whose words are read once.
func (p *parser) datedParagraph(para *paragraphText) {
	text := para.text
	note := noteText(para)
	if !para.hasDigit() && !note.has(wordsTime) && !note.has(wordsAllTimes) {
		p.localZoneNote(text)
		p.zoneNote(note) // a zone in other words: "Clocks below are Pacific."
		return
	}
	p.allTimesNote(note)
	if para.hasDigit() && (p.dateLine(text) || p.yearlessDateLine(text)) {
		p.dateLineZone(text)
		return
	}
	if para.hasDigit() && len(text) <= 120 && (note.has(wordsTime) || note.has(wordsAllTimes)) {
		p.noteDate(note.text)
	} else if para.hasDigit() && note.has(wordsAllTimes) {
		p.noteLineDate(note.text) // the note a line of a block of facts
	}
}

// noteLineDate is noteDate for the line of a longer paragraph that
// notes the zone of all times: "**All times are Sydney time (AEDT,
// UTC+11), Friday 27 November 2026.**" among the facts of a note's head.
func (p *parser) noteLineDate(text string) {
	for line := range strings.SplitSeq(text, "\n") {
		if len(line) <= 120 && allTimesRe.MatchString(line) {
			p.noteDate(line)
			return
		}
	}
}

// noteDate notes the day a note about the times gives the entries below
// it beside their zone, as a part of its own between commas: "All times
// CET (UTC+1), Monday 9 November 2026.", "3 November 2026, all times
// UTC".
func (p *parser) noteDate(text string) {
	for part := range strings.SplitSeq(text, ", ") {
		if p.dateLine(strings.TrimRight(part, "*_")) {
			if p.noteDay.IsZero() {
				p.noteDay = p.eventDate // the fields' day too, where nothing surer gives one
			}
			return
		}
	}
}

// dateLine notes the day a line that is only a date gives the entries
// below it: "2015-10-21 *(all times UTC)*", "### January 31, 2017".
func (p *parser) dateLine(text string) bool {
	if !mayOpenDate(text) || !mayEndDateLine(text) {
		return p.localDateLine(text)
	}
	if m := dateLineRe.FindStringSubmatch(text); m != nil {
		if t, ok := incidentDay(m[1]); ok {
			p.eventDate = t
			p.eventGroup++
			return true
		}
	}
	return p.localDateLine(text)
}

// localDateLine is dateLine for a day written in another language alone
// on its line, after its weekday or not: "**Sonntag, 20. September
// 2026**", "sábado, 28 de noviembre de 2026".
func (p *parser) localDateLine(text string) bool {
	if len(text) > 60 || !p.mayBeOtherLanguage() {
		return false
	}
	s := afterWeekdayWord(strings.Trim(text, " \t*_#:"))
	y, mo, d, n := localDate(s)
	if n == 0 || strings.TrimRight(s[n:], " .") != "" {
		return false
	}
	p.eventDate = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	p.eventGroup++
	return true
}

// dayLineRe is a line of the timeline that is only a day without its
// year: "**Monday 23 November**", "**Sat 12 Dec**", "### Nov 24".
var dayLineRe = lazyRe(`(?i)^[\s*_#]*(?:[a-z]+,?\s+)?(` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `)(?:\s*\([^()]{1,30}\)|,?\s+(?-i:[A-Z]{2,5}))?[\s*_:]*$`)

// yearlessDateLine notes the day a line alone gives without
// its year, in the year of the document's dates, on or before its
// review: "**Monday 23 November**" above the entries of that night.
func (p *parser) yearlessDateLine(text string) bool {
	if len(text) > 40 {
		return false
	}
	if !mayOpenDate(text) {
		return p.weekdayDayLine(text)
	}
	m := dayLineRe.FindStringSubmatch(text)
	if m == nil {
		return p.weekdayDayLine(text)
	}
	t, ok := p.dayInDocumentYear(strings.TrimSuffix(m[1], "."))
	if ok && !t.Equal(p.eventDate) {
		p.eventDate = t
		p.eventGroup++
	}
	return ok
}

// weekdayDayLine notes the day a line gives as its weekday, in any
// language, and the day and month in figures without the year, as a
// table's Date column writes them (dottedColumnDay): "**Domingo
// 29/11**", "**Sa. 28.11.**", "### Sun 11/29".
func (p *parser) weekdayDayLine(text string) bool {
	t := strings.Trim(text, " \t*_#:")
	if len(t) > 24 || afterWeekdayWord(t) == t {
		return false
	}
	day, ok := p.dottedColumnDay(t, false)
	if ok && !day.Equal(p.eventDate) {
		p.eventDate = day
		p.eventGroup++
	}
	return ok
}

// dateLineZone takes the zone a line that gives the day of the entries
// below it names, where none was named before: "**Saturday 14 November
// (CET)**", "**14 Nov 2026, CET**".
func (p *parser) dateLineZone(text string) {
	if p.doc.Zone != "" {
		return
	}
	z := zoneInNote(text)
	if z == "" {
		t := strings.TrimRight(text, " \t*_:.")
		z = zoneAlone(t[strings.LastIndexAny(t, " ,")+1:])
	}
	p.doc.Zone = docZone(z)
}

// itemDate notes the day a list item of the timeline gives the entries
// nested under it, written alone or as a notes tool's journal link:
// "- [[Nov 17th, 2026]]" above "  - 21:05 …".
func (p *parser) itemDate(n ast.Node) {
	span := linesSpan(n)
	if span.Len() > 48 || bytes.IndexByte(p.src[max(span.Start, 0):max(span.End, 0)], ':') >= 0 || !p.inTimeline() {
		return // an entry with its clock, not a day alone
	}
	text := strings.TrimSpace(p.doc.Text(span))
	if strings.HasPrefix(text, "[[") && strings.HasSuffix(text, "]]") {
		text = text[2 : len(text)-2]
	}
	if hasDigit(text) {
		p.dateLine(text)
	}
}

// allTimesNote takes the zone a note gives every time of the document
// in ("All times are UTC", "All times are Central European Time
// (CET)"), where none was named before. A quote or callout may hold it.
func (p *parser) allTimesNote(para *paragraphText) {
	if p.doc.Zone == "" && para.has(wordsAllTimes) {
		p.allTimesZone(para.text)
	}
	p.zoneNote(para)
	p.localZoneNote(para.text)
}

// localZoneNote takes the zone a note in another language gives every
// time of the document in, where none was named before.
func (p *parser) localZoneNote(text string) {
	if p.doc.Zone == "" && p.mayBeOtherLanguage() {
		p.doc.Zone = localZoneNote(text)
	}
}

// itemZoneNote is localZoneNote for a list item of one line, as an
// outliner writes every line as an item: "- Час київський (EEST)"; and
// the notes of a paragraph in English, in an item without a clock that
// speaks of times or zones: "- Times are Nairobi time (EAT, UTC+3)".
func (p *parser) itemZoneNote(n ast.Node) {
	if p.doc.Zone != "" {
		return
	}
	text := p.doc.Text(linesSpan(n))
	if key, _ := p.sectionKey(); (key == "" || key == "additional_info") && (n.Lines().Len() != 1 || len(text) > itemNoteMax) {
		p.itemAllTimes(text) // the notes of a meeting, not its timeline's entries or its follow-ups
	}
	if n.Lines().Len() != 1 {
		p.itemNoteLines(text)
		return
	}
	p.localZoneNote(text)
	if p.doc.Zone == "" && len(text) <= itemNoteMax && speaksOfTimes(text) && !hasClock(text) {
		p.allTimesNote(&paragraphText{text: text})
	}
}

// itemNoteLines takes the zone a note under an outliner's item gives,
// a line of its own after the item's first that speaks of times and
// gives no time of day: "- Outage, Fri, Nov 27" over "\"Exported on Dec
// 7. Times are Eastern (EST, UTC−5).\"".
func (p *parser) itemNoteLines(text string) {
	_, rest, _ := strings.Cut(text, "\n")
	for line := range strings.SplitSeq(rest, "\n") {
		if p.doc.Zone != "" {
			return
		}
		if len(line) <= localZoneLineMax && speaksOfTimes(line) && !hasClock(line) {
			p.allTimesNote(&paragraphText{text: line})
		}
	}
}

// itemAllTimes takes the zone an item of several lines gives every time
// of the document in a sentence of its own, as meeting notes do: "- Gwen
// opened the review. … All times discussed are UK time (BST)."
func (p *parser) itemAllTimes(text string) {
	if allTimesWords.in(text) {
		p.allTimesZone(text)
	}
}

// allTimesZone takes the zone of a note on all times in text, if it
// holds one.
func (p *parser) allTimesZone(text string) {
	if m := allTimesRe.FindStringSubmatchIndex(text); m != nil {
		p.doc.Zone = spokenZone(text, m[2], m[3])
	}
}

// itemNoteMax is the longest item read as a note on the zone: a note is
// short ("- Times are Nairobi time (EAT, UTC+3)"), most items are not.
const itemNoteMax = 64

// speaksOfTimes reports text that names the times, a zone or the
// clocks, as a note on the zone of the times does: a quick test, in one
// pass, as most items with a "time" in them ("Time to detect: 12 min")
// are none.
func speaksOfTimes(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		var w string
		switch text[i] | 0x20 {
		case 't':
			w = "times"
		case 'z':
			w = "zone"
		case 'c':
			w = "clocks"
		default:
			continue
		}
		if len(text)-i >= len(w) && strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// localZoneRow is localZoneNote for a row of a properties table, its
// label and its value.
func (p *parser) localZoneRow(label, value string) {
	if p.doc.Zone == "" && len(value) <= localZoneLineMax && !hasClock(value) && p.mayBeOtherLanguage() && (lineZone(value) != "" || localZoneIn(value) != "") {
		p.localZoneNote(label + ": " + value)
	}
}

// noteText is a paragraph as its zone note is read: "_All times are
// UTC._" or "_3 November 2026, all times CET_" without the "_" that
// joins the first and the last word to it.
func noteText(para *paragraphText) *paragraphText {
	if strings.HasPrefix(para.text, "_") || strings.HasSuffix(para.text, "_") {
		return &paragraphText{text: strings.Trim(para.text, "_")}
	}
	return para
}

// spokenZone is the zone text[start:end] names, read as docZone reads
// it, unless a zone written out in words starts there: "Central" opens
// "Central European Time".
func spokenZone(text string, start, end int) string {
	for _, z := range longZoneNames {
		if len(text)-start >= len(z[0]) && strings.EqualFold(text[start:start+len(z[0])], z[0]) {
			return z[1]
		}
	}
	return docZone(text[start:end])
}

// mayOpenDate is a quick test for dateLineRe: after its opening marks, a
// date line starts with a digit or a month, or with one word (a weekday)
// and then a digit or a month.
func mayOpenDate(text string) bool {
	t := trimLeftBytes(text, &dateLeadMarks)
	if t == "" || t[0] >= '0' && t[0] <= '9' || monthWords.in(t[:min(3, len(t))]) {
		return t != ""
	}
	i := 0
	for i < len(t) && (t[i]|0x20 >= 'a' && t[i]|0x20 <= 'z') {
		i++
	}
	t = trimLeftBytes(strings.TrimPrefix(t[i:], ","), &spaceBytes)
	return t != "" && (t[0] >= '0' && t[0] <= '9' || monthWords.in(t[:min(3, len(t))]))
}

// dateLeadMarks are what mayOpenDate passes over before a date.
var dateLeadMarks = byteSet(" \t\r\n*_#")

// Words zone notes need.
var (
	timeWord      = newKeywords("time")
	allTimesWords = newKeywords("all times", "all dates", "all hours", "all clock times", "date fields", "times in the", "times in this", "timestamps")
)

// zoneNoteRe is a zone in parentheses after the word time: "Time (UTC)",
// "(all times UTC)".
var zoneNoteRe = lazyRe(`(?i)\btimes?\s*\((?:all times\s+)?(?:in\s+)?(` + zoneWords + `)\)`)

// headerZoneRe is the zone a time column's header names without
// parentheses: "| Date and Time in CET |".
var headerZoneRe = lazyRe(`(?i)\btimes?\s+in\s+(` + zoneWords + `)\s*$`)

// headerZone takes the zone a timeline table's time column names, as
// "| Time (UTC) |", "| When (EEST) |" or "| Date and Time in CET |",
// where none was named before.
func (p *parser) headerZone(cell string) {
	p.zoneNote(&paragraphText{text: cell})
	if m := headerZoneRe.FindStringSubmatch(cell); p.doc.Zone == "" && m != nil {
		p.doc.Zone = docZone(m[1])
	}
	if z := zoneInNote(cell); p.doc.Zone == "" && z != "" {
		p.doc.Zone = docZone(z) // "| When (EEST) |": the column of times is in it
	}
}

// zoneNote takes the zone a timeline's header or note names for every
// time of the document, where none was named before.
func (p *parser) zoneNote(para *paragraphText) {
	if p.doc.Zone != "" {
		return
	}
	if !para.has(wordsTime) {
		p.doc.Zone = zoneCue(para.text) // "Clocks below are Pacific."
		return
	}
	if strings.Contains(para.text, "(") {
		if m := zoneNoteRe.FindStringSubmatch(para.text); m != nil {
			if z := docZone(m[1]); z != "" {
				p.doc.Zone = z
				return
			}
		}
	}
	if z := zoneSaid(para.text, para.firstIn(para.text, wordsTime)); z != "" {
		p.doc.Zone = z
		return
	}
	if strings.Contains(para.text, "(") {
		if z := timeNoteZone(para.text); z != "" {
			p.doc.Zone = z // "**Incident data** (Sydney time, AEDT)"
			return
		}
	}
	if p.doc.Zone = timeZoneSaid(para.text); p.doc.Zone == "" {
		p.doc.Zone = regionTimesZone(para.text)
	}
	if p.doc.Zone == "" {
		p.doc.Zone = zoneCue(para.text) // "Everything below is in Perth time"
	}
}

// regionTimesZone is the zone a note gives as "Times", a region's name
// and the zone in brackets, with no verb between: "Incident lead: Lucia ·
// Times Pacific (PST, UTC−8)"; or "".
func regionTimesZone(text string) string {
	for k := 0; ; {
		i := strings.Index(text[k:], "imes ")
		if i < 0 {
			return ""
		}
		k += i + len("imes ")
		if k-6 >= 0 && text[k-6]|0x20 == 't' && (k == 6 || !isLetterByte(text[k-7])) {
			if z := bracketZoneAfterWord(text[k:]); z != "" {
				return z
			}
		}
	}
}

// bracketZoneAfterWord is the zone named in brackets right after the
// capitalised word that opens s ("Pacific (PST, UTC−8)"), or "".
func bracketZoneAfterWord(s string) string {
	j := 0
	for j < len(s) && isLetterByte(s[j]) {
		j++
	}
	if j < 3 || s[0] < 'A' || s[0] > 'Z' || !strings.HasPrefix(s[j:], " (") {
		return ""
	}
	inner, _, ok := strings.Cut(s[j+2:], ")")
	if !ok {
		return ""
	}
	return docZone(lineZone(inner))
}

// docZone writes a zone a note names as the document's zone, as readZone
// reads it: an abbreviation in capitals ("utc" is "UTC"), a zone of the
// database as named ("Europe/Berlin", which "EUROPE/BERLIN" is not); ""
// when the zone cannot be read, so that no entry is read against it.
func docZone(z string) string {
	if name := localZoneName(z); name != "" {
		return name // "hora peninsular" is the zone of Madrid
	}
	if !strings.Contains(z, "/") {
		z = strings.ToUpper(z)
	}
	if _, ok, err := readZone(z); err != nil || !ok {
		return ""
	}
	return z
}

// zoneSaidRe is a zone a note or header gives the times in other words:
// "Timeline (PT)", "Timestamp (IST)", "Time, UTC+05:30", "Times are in
// PDT", "All timestamps are IST (UTC+05:30)", "times in UTC+2", a tool's
// "Times displayed in (GMT-07:00) Pacific Time (US & Canada)", "all times
// below are Central", "Times below are local (AEDT, UTC+11)".
var zoneSaidRe = lazyRe(`(?i)\b(?:times?|timestamps?|timeline)\s*(?:\(\s*(?:(?:all\s+)?times\s+)?(?:in\s+)?(` + zoneWords + `)\s*(?:\([^)]*\))?\)|,\s*(` + zoneWords + `)\s*$|(?:\s+(?:below|above|here|on this page))?\s+(?:are\s+)?(?:in|shown in|given in|displayed in|are)\s+(?:local\s+)?\(?(` + zoneWords + `)\b)`)

// zoneSaying is zoneSaidRe tried only where "time", "times",
// "timestamp" or "timeline" starts a word.
var zoneSaying = guard(zoneSaidRe)

// longZoneNames are zones written out, with the abbreviation they are
// read as, or the zone of the database where no abbreviation of the
// table is theirs alone; a name that holds another comes first.
var longZoneNames = [][2]string{
	{"australian central standard time", "ACST"}, {"australian central daylight time", "ACDT"}, {"australian western standard time", "AWST"},
	{"australian eastern time", "Australia/Sydney"}, {"eastern european summer time", "EEST"}, {"western european summer time", "WEST"},
	{"central european standard time", "CET"}, {"eastern european standard time", "EET"}, {"western european standard time", "WET"},
	{"western european time", "WET"}, {"moscow standard time", "MSK"}, {"gulf standard time", "GST"},
	{"arabia standard time", "Asia/Riyadh"}, {"arabian standard time", "Asia/Riyadh"}, {"china standard time", "Asia/Shanghai"},
	{"hong kong time", "HKT"}, {"korea standard time", "KST"}, {"korean standard time", "KST"},
	{"philippine standard time", "PHT"}, {"philippine time", "PHT"}, {"indochina time", "ICT"},
	{"western indonesia time", "WIB"}, {"central indonesia time", "WITA"}, {"eastern indonesia time", "WIT"},
	{"malaysia time", "MYT"}, {"pakistan standard time", "PKT"}, {"nepal time", "NPT"},
	{"bangladesh standard time", "Asia/Dhaka"}, {"indian standard time", "IST"}, {"gulf time", "GST"},
	{"east africa time", "EAT"}, {"central africa time", "CAT"}, {"west africa time", "WAT"},
	{"south africa standard time", "SAST"}, {"israel standard time", "Asia/Jerusalem"}, {"israel daylight time", "Asia/Jerusalem"},
	{"turkey time", "TRT"}, {"atlantic standard time", "America/Halifax"}, {"atlantic daylight time", "America/Halifax"},
	{"newfoundland standard time", "NST"}, {"alaska standard time", "AKST"}, {"alaska daylight time", "AKDT"},
	{"hawaii-aleutian standard time", "HST"}, {"hawaii standard time", "HST"}, {"new zealand standard time", "NZST"},
	{"new zealand daylight time", "NZDT"}, {"argentina time", "ART"}, {"brasilia time", "BRT"},
	{"chile standard time", "America/Santiago"}, {"colombia time", "COT"}, {"peru time", "PET"},
	{"australian eastern standard time", "AEST"}, {"australian eastern daylight time", "AEDT"}, {"central european summer time", "CEST"},
	{"coordinated universal time", "UTC"}, {"greenwich mean time", "GMT"}, {"british summer time", "BST"},
	{"central european time", "CET"}, {"eastern european time", "EET"}, {"india standard time", "IST"},
	{"japan standard time", "JST"}, {"singapore time", "SGT"}, {"pacific daylight time", "PDT"},
	{"pacific standard time", "PST"}, {"eastern daylight time", "EDT"}, {"eastern standard time", "EST"},
	{"central daylight time", "CDT"}, {"central standard time", "CST"},
}

// zoneSaid returns the zone a timeline's note or header gives, or "";
// from is where a word that starts with "time" may first start, as the
// words of zoneSaying all do.
func zoneSaid(text string, from int) string {
	if m := zoneSaying.findWhere(text, from, mayTellZone); m != nil {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && m[g+1] > m[g] {
				return spokenZone(text, m[g], m[g+1])
			}
		}
	}
	return longZoneSaid(text)
}

// mayTellZone is the quick test of zoneSaidRe where one of its words
// starts at i: what follows "time" is "s" (or the long s, which (?i) reads
// as one), "stamp", "line", white space, "(" or ","; and after the word
// and any white space comes "(", ",", or, after a space, what opens "in",
// "shown in", "given in", "displayed in", "are", "below", "above", "here"
// or "on this page". "timeouts" and a heading "Timeline"
// alone are spared the expression.
func mayTellZone(text string, i int) bool {
	if i+4 >= len(text) || strings.IndexByte("sSlL\xc5\t\n\f\r (,", text[i+4]) < 0 {
		return false
	}
	j := i + 4
	for j < len(text) && (text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' || text[j] >= 0x80) {
		j++ // the rest of the word; any other letter, as the long s, may be read as one of it
	}
	k := skipRegexpSpace(text, j)
	if k == len(text) {
		return false
	}
	c := text[k]
	return c == '(' || c == ',' || c >= 0x80 || k > j && strings.IndexByte("iIsSgGaAdDbBhHoO", c) >= 0
}

// longZoneSaid returns the zone a note about the times writes out
// ("Timeline (times in Central European Time)") or names by a city, or
// "".
func longZoneSaid(text string) string {
	has := func(sub string) bool { return asciiFoldContains(text, sub) }
	spaced, timeline, times := timeWordsIn(text)
	if !isASCII(text) { // strings.ToLower reads a few other letters as ASCII ones
		lower := strings.ToLower(text)
		has = func(sub string) bool { return strings.Contains(lower, sub) }
		spaced, timeline, times = has(" time"), has("timeline"), has("times")
	}
	if !timeline && !times {
		return ""
	}
	for _, z := range longZoneNames {
		if spaced && has(z[0]) {
			return z[1]
		}
	}
	return placeSaid(text) // "All times are Taipei time", "Timeline (Berlin)"
}

// timeWordsIn reads the ASCII text for " time", "timeline" and "times",
// without regard to case. Every "time" has an m or an M third, which
// strings.IndexByte finds many bytes at a time, so only the places of
// those are looked at.
func timeWordsIn(text string) (spaced, timeline, times bool) {
	for _, m := range [2]byte{'m', 'M'} {
		for j := strings.IndexByte(text, m); j >= 0; {
			if i := j - 2; i >= 0 && i+4 <= len(text) && foldPrefix(text[i:], "time") {
				spaced = spaced || i > 0 && text[i-1] == ' '
				timeline = timeline || foldPrefix(text[i+4:], "line")
				times = times || foldPrefix(text[i+4:], "s")
			}
			k := strings.IndexByte(text[j+1:], m)
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return spaced, timeline, times
}

// asciiFoldContains reports whether the ASCII text holds sub (lower-case)
// without regard to case, as strings.Contains(strings.ToLower(text), sub)
// does, without making the lower-case copy.
func asciiFoldContains(text, sub string) bool {
	for i := 0; i+len(sub) <= len(text); i++ {
		if lowerBytes[text[i]] == sub[0] && foldPrefix(text[i:], sub) {
			return true
		}
	}
	return false
}
