package postmortem

import (
	"bytes"
	"errors"
	"strings"
	"time"
)

// Timelines in times relative to a stated start: "T+0 is 13:40 UTC",
// then "T+7m", "T−25m", "T+1h10m", "+2h05m".

// relativeStamp reads an offset from T+0 opening b, after its opening
// marks: an offset as offsetAt reads it, ending there.
func relativeStamp(b []byte) (start, end int, ok bool) {
	i := stampLead(b)
	_, n, ok := offsetAt(b[i:])
	if !ok {
		return 0, 0, false
	}
	return i, i + n, true
}

// offsetAt reads an offset from the start opening b and its length: a
// lead ("T", "T0", "t0"; "H" counts hours, "D" days) or none before a
// plus, then a sign and hours, minutes and seconds ("T+12m", "T−25m",
// "+1h04m", "t0 + 15 min"), a clock's digits ("T+0:12", "+00:45",
// "H+1:30") or, after "H" or "D", a bare number ("H+2", "D+1"). "T0"
// alone is the start itself.
func offsetAt(b []byte) (time.Duration, int, bool) {
	j, unit := offsetLead(b)
	if j < 0 {
		return 0, 0, false
	}
	k, spaced := j, false
	if sp := spaces(b[k:]); j > 0 && unit == 0 && sp > 0 && signLen(b[k+sp:]) > 0 {
		k, spaced = k+sp, true // "t0 + 15 min", "T + 15m"
	}
	if signLen(b[k:]) == 0 {
		if zeroT(b) {
			return 0, 2, true // "T0 (23:40) — …"
		}
		return 0, 0, false
	}
	d, n, ok := signedOffset(b[k:], unit, j > 0, spaced)
	return d, k + n, ok
}

// offsetLead reads the lead of an offset opening b: its length and the
// unit of a bare number after it (zero for none). A plus alone has no
// lead; -1 is no offset.
func offsetLead(b []byte) (int, time.Duration) {
	switch {
	case len(b) < 2:
		return -1, 0
	case b[0] == '+':
		return 0, 0
	case b[0] == 'H' && signLen(b[1:]) > 0:
		return 1, time.Hour
	case b[0] == 'D' && signLen(b[1:]) > 0:
		return 1, 24 * time.Hour
	case b[0] != 'T' && b[0] != 't':
		return -1, 0
	case b[1] == '0' && (b[0] == 't' || zeroT(b)):
		return 2, 0
	case b[0] == 'T':
		return 1, 0
	}
	return -1, 0 // "the", "t+": a lower-case lead is "t0"
}

// signLen is the length of the sign opening b, 0 for none: "+", "-",
// "−".
func signLen(b []byte) int {
	switch {
	case len(b) > 0 && (b[0] == '+' || b[0] == '-'):
		return 1
	case bytes.HasPrefix(b, []byte("−")): // U+2212
		return len("−")
	}
	return 0
}

// signedOffset reads the offset after its lead, b opening with the
// sign: spaced where the lead stands apart, so spaces may follow the
// sign too; led where a lead was written, which alone makes "+01:00" an
// offset and not a zone; unit that of a bare number.
func signedOffset(b []byte, unit time.Duration, led, spaced bool) (time.Duration, int, bool) {
	sl := signLen(b)
	sign, k := time.Duration(1), sl
	if b[0] != '+' {
		sign = -1
	}
	if spaced {
		k += spaces(b[k:])
	}
	if unit != 24*time.Hour {
		if d, n, ok := clockOffset(b[k:], led); ok {
			return sign * d, k + n, true
		}
	}
	if unit != 0 {
		if n := digitRun(b[k:]); n > 0 && n <= 3 && offsetEnds(b[k+n:]) {
			return sign * time.Duration(atoi(string(b[k:k+n]))) * unit, k + n, true
		}
	}
	if k == sl {
		return readOffset(b)
	}
	d, n, ok := readOffset(append([]byte("+"), b[k:]...)) // "t0 + 15 min"
	return sign * d, k + n - 1, ok && n > 1
}

// clockOffset reads an offset written as a clock's digits, hours and
// minutes and maybe seconds: "0:12", "00:45", "1:05:30". Without a lead
// one that may be a zone's offset ("+05:30", "+01:00": hours 1 to 14
// and minutes 00, 30 or 45) is none.
func clockOffset(b []byte, led bool) (time.Duration, int, bool) {
	h := digitRun(b)
	if h == 0 || h > 2 || h+3 > len(b) || b[h] != ':' || digitRun(b[h+1:]) != 2 {
		return 0, 0, false
	}
	hours, mins, n := atoi(string(b[:h])), atoi(string(b[h+1:h+3])), h+3
	if mins > 59 || !led && hours > 0 && hours <= 14 && (mins == 0 || mins == 30 || mins == 45) {
		return 0, 0, false
	}
	secs := 0
	if n+3 <= len(b) && b[n] == ':' && digitRun(b[n+1:]) == 2 {
		secs, n = atoi(string(b[n+1:n+3])), n+3
	}
	if !offsetEnds(b[n:]) {
		return 0, 0, false
	}
	return time.Duration(hours)*time.Hour + time.Duration(mins)*time.Minute + time.Duration(secs)*time.Second, n, true
}

// digitRun counts the digits opening b.
func digitRun(b []byte) int {
	n := 0
	for n < len(b) && isDigit(b[n]) {
		n++
	}
	return n
}

// offsetEnds reports whether an offset may end where b starts: at the
// end, a space or a mark, or a colon before its entry ("T+12m: alert
// fires"), not in a word or a clock ("+5mo", "+12:00").
func offsetEnds(b []byte) bool {
	return len(b) == 0 || !isWordByte(b[0]) && (b[0] != ':' || len(b) == 1 || !isDigit(b[1]))
}

// readOffset reads a sign and an offset opening b and returns it with
// its length: "+12m", "−1h04m", "+0".
func readOffset(b []byte) (time.Duration, int, bool) {
	sign, k := time.Duration(1), 0
	switch {
	case bytes.HasPrefix(b, []byte("+")):
		k = 1
	case bytes.HasPrefix(b, []byte("-")):
		sign, k = -1, 1
	case bytes.HasPrefix(b, []byte("−")): // U+2212
		sign, k = -1, len("−")
	default:
		return 0, 0, false
	}
	var d time.Duration
	units, last := 0, k // last: where the offset read so far ends
	for k < len(b) && isDigit(b[k]) {
		n := 0
		for k < len(b) && isDigit(b[k]) && n < 10000 {
			n = n*10 + int(b[k]-'0')
			k++
		}
		u, w := offsetUnit(b[k:])
		if sp := spaces(b[k:]); u == 0 && sp > 0 && n != 0 {
			u, w = spacedUnit(b[k+sp:]) // "+8 min", "+1 h 25 min"
			w += sp
		}
		if u == 0 {
			if units > 0 && b[last] == ' ' {
				k = last // "+8 min 3 docks": the offset ends before the number
				break
			}
			if n != 0 || units > 0 {
				return 0, 0, false // "+0" alone takes no unit
			}
			break
		}
		d, k, units = d+time.Duration(n)*u, k+w, units+1
		last = k
		if sp := spaces(b[k:]); sp > 0 && k+sp < len(b) && isDigit(b[k+sp]) {
			k += sp // the next unit of "+1 h 25 min"
		}
	}
	if k == 1 || !offsetEnds(b[k:]) {
		return 0, 0, false
	}
	return sign * d, k, true
}

// spaces counts the spaces opening b.
func spaces(b []byte) int {
	i := 0
	for i < len(b) && b[i] == ' ' {
		i++
	}
	return i
}

// offsetUnit reads the unit after a number of an offset: "h", "m",
// "min", "s".
func offsetUnit(b []byte) (time.Duration, int) {
	switch {
	case bytes.HasPrefix(b, []byte("min")):
		return time.Minute, 3
	case len(b) > 0 && b[0] == 'h':
		return time.Hour, 1
	case len(b) > 0 && b[0] == 'm':
		return time.Minute, 1
	case len(b) > 0 && b[0] == 's':
		return time.Second, 1
	}
	return 0, 0
}

// spacedUnits are the units an offset writes apart from its number,
// longest first: "+8 min", "+2 hrs", "+1 hour 5 minutes".
var spacedUnits = []struct {
	word string
	unit time.Duration
}{
	{"minutes", time.Minute}, {"minute", time.Minute}, {"mins", time.Minute}, {"min", time.Minute}, {"m", time.Minute},
	{"hours", time.Hour}, {"hour", time.Hour}, {"hrs", time.Hour}, {"hr", time.Hour}, {"h", time.Hour},
	{"seconds", time.Second}, {"secs", time.Second}, {"sec", time.Second}, {"s", time.Second},
}

// spacedUnit reads a unit of spacedUnits opening b, a whole word.
func spacedUnit(b []byte) (time.Duration, int) {
	for _, u := range spacedUnits {
		if bytes.HasPrefix(b, []byte(u.word)) && (len(u.word) == len(b) || !isWordByte(b[len(u.word)])) {
			return u.unit, len(u.word)
		}
	}
	return 0, 0
}

// anchorRe is the time T+0 stands for, after "T+0" in the note that
// states it: "T+0 is 13:40 UTC", "T+0 is the first failed renewal,
// **2026-09-08 03:40 UTC**".
// It is compiled when a document first says "T+0".
var anchorRe = lazyRe(`(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?:\s*(?:[ap]m\b|[ap]\.m\.))?(?:\s*(?:` + zoneWords + `)\b)?(?:\s+on\s+\d{4}-\d{2}-\d{2}\b)?`)

// relativeAnchor notes the time a paragraph says T+0 stands for, and
// reports whether the paragraph is that note ("T+0 is 13:40 UTC."),
// which is no entry of the timeline.
func (p *parser) relativeAnchor(text string) bool {
	if !mayOpenT0(text) {
		return false
	}
	i, n := strings.Index(text, "T+0"), len("T+0")
	if i < 0 {
		i, n = t0Label(text)
	}
	if i < 0 {
		return false
	}
	rest := text[i+n:]
	m := anchorRe.FindStringIndex(rest[:min(len(rest), 200)])
	if m == nil {
		return false
	}
	if p.anchorRaw == "" {
		p.anchorRaw = dayBeforeAnchor(rest[:m[0]]) + rest[m[0]:m[1]+placeAt(rest[m[1]:])] // "… 21:35 Taipei time"
	}
	return true
}

// dayBeforeAnchor is the day written before the clock a T0 stands for,
// with a space after it, where all before the clock is that day:
// "**T0:** Mon 30 Nov 2026, 23:40 IST"; else "".
func dayBeforeAnchor(head string) string {
	head = strings.Trim(head, " \t*_")
	if head == "" || len(head) > 40 || !isDigit(head[len(head)-1]) && !strings.HasSuffix(head, ",") {
		return ""
	}
	if _, ok := ParseDate(strings.TrimSuffix(head, ",")); !ok {
		return ""
	}
	return head + " "
}

// mayOpenT0 is the quick test of relativeAnchor: "T+0" and "T0" open
// with a "T" before a "+" or a "0". One search for the "T", which prose
// holds a few times a paragraph, costs less than a search for each.
func mayOpenT0(text string) bool {
	if strings.HasPrefix(text, "t0") {
		return true // "t0 = 2026-03-04 13:50 UTC"
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], 'T')
		if j < 0 || i+j+1 >= len(text) {
			return false
		}
		if i += j; text[i+1] == '+' || text[i+1] == '0' {
			return true
		}
	}
}

// t0Label finds a field labelled "T0" at the start of a line ("**T0:**
// 2026-11-10 21:35 …", "T0 = 13:50 UTC", "t0 is the deploy, 13:50
// UTC"), as a notes page states the time its offsets count from, and
// returns where it starts and its length; -1 when there is none.
func t0Label(text string) (int, int) {
	if strings.HasPrefix(text, "t0") {
		if n := t0Sign(text[2:]); n > 0 {
			return 0, 2 + n
		}
	}
	for i := strings.Index(text, "T0"); i >= 0; {
		j := i + 2
		for j < len(text) && (text[j] == '*' || text[j] == '_') {
			j++
		}
		if n := t0Sign(text[j:]); n > 0 && lineOpens(text, i) {
			return i, j + n - i
		}
		k := strings.Index(text[i+2:], "T0")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return -1, 0
}

// t0Sign is the length of the mark that says what T0 stands for, opening
// s: ":", " =", " is "; 0 for none.
func t0Sign(s string) int {
	for _, m := range [...]string{":", "=", " =", " is "} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// lineOpens reports whether only emphasis marks and spaces stand before
// i on its line.
func lineOpens(text string, i int) bool {
	for i > 0 && strings.IndexByte("*_ \t", text[i-1]) >= 0 {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// readRelative reads an entry written as an offset from T+0; ok is
// false for an entry written otherwise. prev is the entry before it in
// its group, clock the last one written as a clock (nil for none).
func (p *parser) readRelative(e, prev, clock *Event, anchor ParsedTime) bool {
	if !mayBeOffset(e.Raw) {
		return false
	}
	off, ok := rawOffset(e.Raw)
	if !ok {
		return false
	}
	if p.noT0() && p.clockEntries() && (clock != nil || anchor.Time.IsZero()) {
		// "01:30 — cap lifted", "+15 min — docks reconnect": a timeline of
		// clocks that states no T0 counts an offset from the clock before
		// it, and leaves one before its first clock ("T-5m — config
		// merged", "14:03 — errors start") without a time
		if clock != nil {
			e.Time, e.HasDate, e.HasZone = clock.Time.Add(off), clock.HasDate, clock.HasZone
		}
		return true
	}
	if anchor.Time.IsZero() {
		anchor.Time, p.doc.unplaced = undated, true
	}
	e.Time, e.HasDate, e.HasZone = anchor.Time.Add(off), anchor.HasDate, true
	e.OutOfOrder = prev != nil && e.Time.Before(prev.Time)
	return true
}

// offsetGuess reports a moment the timeline gave from an entry written
// as an offset ("T+0:12 — alert fires"): a time a sentence states ("we
// were paged at 14:14 UTC") outweighs it, as the T+0 it counts from may
// be another moment than the start.
func (p *parser) offsetGuess(key string) bool {
	t, _ := p.doc.Time(key)
	return t.Inferred && t.Label == inferredLabels[key] && isOffsetEntry(t.Raw)
}

// errBeforeStart is the error of a moment the timeline gave from an
// offset that falls before the start a sentence or a field states.
var errBeforeStart = errors.New("the timeline's offsets count from another moment than the stated start")

// dropOffsetGuesses takes back a detection or an end the timeline gave
// from an offset that falls before a start a sentence or a field
// states: the T+0 the offsets count from was another moment than that
// start. The timeline still gives the moment; its time is not read.
func (p *parser) dropOffsetGuesses() {
	start, ok := p.doc.Time(FieldStart)
	if !ok || start.Err != nil || start.Time.IsZero() || p.offsetGuess(FieldStart) {
		return
	}
	for i := range p.doc.Times {
		t := &p.doc.Times[i]
		if (t.Key == FieldDetect || t.Key == FieldEnd) && t.Err == nil && t.Time.Before(start.Time) && p.offsetGuess(t.Key) {
			t.Err = errBeforeStart
		}
	}
}

// clockEntries reports a timeline with an entry written as a clock, not
// an offset.
func (p *parser) clockEntries() bool {
	for i := range p.doc.Events {
		if !isOffsetEntry(p.doc.Events[i].Raw) {
			return true
		}
	}
	return false
}

// anchor reads the time T+0 stands for, against the document's day:
// the time a note states, else the clock written on the entry at T+0,
// else the stated start with its clock (a day alone, "Start:
// 2026-03-04", is no T+0); zero when none gives it, and then the entries
// are read against midnight of a day with no date, for their order.
func (p *parser) anchor(base time.Time) ParsedTime {
	if p.anchorRaw != "" {
		raw := p.anchorRaw
		if p.doc.Zone != "" && !stampHasZone(raw) {
			raw += " " + p.doc.Zone
		}
		if pt, err := ParseTime(raw, base); err == nil {
			return p.onBaseDay(pt, base)
		}
	}
	if pt, ok := p.zeroEntryClock(base); ok {
		return p.onBaseDay(pt, base)
	}
	if t, ok := p.doc.Time(FieldStart); ok && t.Err == nil && !t.Time.IsZero() && !onlyDate(t.Raw) {
		return ParsedTime{Time: t.Time, HasDate: t.HasDate, HasZone: t.HasZone}
	}
	return ParsedTime{}
}

// onBaseDay dates a T+0 stated as a time of day ("T+0 is 03:40 UTC")
// on the incident's day, as a timeline's bare times of day are.
func (p *parser) onBaseDay(pt ParsedTime, base time.Time) ParsedTime {
	pt.HasDate = pt.HasDate || !base.IsZero()
	return pt
}

// zeroEntryClock reads the clock time written on the entry at T+0 ("|
// T+0 | Renewal fails | 03:40 |", "T+0 (14:02 UTC) — …"), as the time T+0
// stands for.
func (p *parser) zeroEntryClock(base time.Time) (ParsedTime, bool) {
	for i := range p.doc.Events {
		e := &p.doc.Events[i] // not copied: most are passed over
		if !zeroOffset(e.Raw) {
			continue
		}
		m := anchorRe.FindString(e.Text)
		if m == "" {
			return ParsedTime{}, false
		}
		if p.doc.Zone != "" && !stampHasZone(m) {
			m += " " + p.doc.Zone
		}
		pt, err := ParseTime(m, base)
		return pt, err == nil
	}
	return ParsedTime{}, false
}

// Unplaced reports a timeline written in offsets from a T+0 the
// document does not state: its entries' order is read, but they give no
// start, detection or end, and the timeline stands for those fields as
// a template's empty one does.
func (d *Document) Unplaced() bool { return d.unplaced }

// noT0 reports a document that states no T0 for its offsets: no note
// names one and no entry is written at it.
func (p *parser) noT0() bool {
	if p.anchorRaw != "" {
		return false
	}
	for i := range p.doc.Events { // by index: an Event is not copied
		if zeroOffset(p.doc.Events[i].Raw) {
			return false
		}
	}
	return true
}

// zeroOffset reports an entry written at T+0.
func zeroOffset(raw string) bool {
	off, ok := rawOffset(raw)
	return ok && off == 0
}

// rawOffset reads the offset from T+0 a stamp or a value opens with
// ("T+12m", "+2h05m", "T+12m (first page)"); ok is false for one
// written otherwise.
func rawOffset(raw string) (time.Duration, bool) {
	if !mayBeOffset(raw) {
		return 0, false
	}
	off, n, ok := offsetAt([]byte(raw))
	return off, ok && n > 0
}

// opensWithOffset reports a field's value that is an offset from T+0,
// with or without a note after it: "T+12m (Nagios paged the on-call)".
func opensWithOffset(value string) bool {
	_, ok := rawOffset(value)
	return ok
}

// relativeFields reads a stated start, detection or end written as an
// offset from T+0 ("Detected: T+12m", "Service restored: T+3h05m") from
// the time the document says T+0 stands for, as its timeline's offsets
// are read. Where the document states none, the field stays unread.
func (p *parser) relativeFields(base time.Time) {
	var anchor ParsedTime
	for i := range p.doc.Times {
		t := &p.doc.Times[i]
		if t.Err == nil || !isTimelineKey(t.Key) {
			continue
		}
		off, ok := rawOffset(t.Raw)
		if !ok {
			continue
		}
		if anchor.Time.IsZero() {
			if anchor = p.anchor(base); anchor.Time.IsZero() {
				return
			}
		}
		t.Time, t.HasDate, t.HasZone, t.Err = anchor.Time.Add(off), anchor.HasDate, true, nil
	}
}

// zeroT reports b opening with "T0" as a word of its own, the T+0 a
// timeline's first entry is written at: "T0 (23:40) — …".
func zeroT(b []byte) bool {
	return len(b) >= 2 && b[0] == 'T' && b[1] == '0' && (len(b) == 2 || !isWordByte(b[2]) && b[2] != ':' && b[2] != '.')
}

// mayBeOffset is a quick test for an offset as relativeStamp reads it:
// "T", "t", "H", "D" or "+" first.
func mayBeOffset(raw string) bool {
	return raw != "" && strings.IndexByte("TtHD+", raw[0]) >= 0
}

// isOffsetEntry reports an entry written as an offset ("+15 min",
// "T+25m"), not only one whose first letter may start one: "Tue 01:30"
// is a clock.
func isOffsetEntry(raw string) bool {
	if !mayBeOffset(raw) {
		return false
	}
	_, ok := rawOffset(raw)
	return ok
}
