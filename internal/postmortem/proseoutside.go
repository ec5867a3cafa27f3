package postmortem

import (
	"strings"
	"time"
)

// Times a document tells in prose outside its timeline, read where
// neither a field nor an entry gives them: the end of recovery told in
// a recovery section ("Around 18:20 UTC we finished the final
// restoration", "service was fully restored at 12:48 pm CST"), and the
// detection told in the opening sentence ("On 3 March at 14:10 UTC we
// were alerted to …", "On 2 May 2026 a customer reported …").

var (
	// recoveryEndRe: a time, then the work of recovery finished.
	recoveryEndRe = lazyRe(`(?i)\b(?:at|around|by)\s+(` + proseClock + `)(?:\s*(` + zoneWords + `))?,?\s+(?:we\s+|the\s+team\s+)?(?:had\s+)?(?:finished|completed)\s+(?:the\s+)?(?:final\s+)?(?:restor|recover)`)
	// openingDetectRe: "On <day>[ at <time>], <who> <noticed>".
	openingDetectRe = lazyRe(`(?i)^[\s_*]*on\s+` + openingDay + `(?:,?\s+at\s+(\d{1,2}:\d{2}(?:\s*[ap]m)?)(?:\s*(` + zoneWords + `))?)?,?\s+[^.]{0,80}?\b(?:identified|discovered|noticed|detected|spotted|alerted|reported|found)\b`)
)

// openingDay is the day of openingDetectRe: "3 March", "May 2nd, 2026".
const openingDay = `((?:\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `|` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)`

// recoveryWords are in the heading of a section that tells the recovery.
var recoveryWords = []string{"recover", "restor", "resolution", "resolved"}

// proseTimes reads the end and the detection prose outside the timeline
// gives, where nothing else did.
func (p *parser) proseTimes(base time.Time) {
	if !p.timeRead(FieldEnd) || p.offsetGuess(FieldEnd) {
		p.recoveryEnd(base)
	}
	if (!p.timeRead(FieldDetect) || p.offsetGuess(FieldDetect)) && p.intro.Valid() {
		p.openingDetect(base)
	}
}

// timeRead reports an entry of the key that was read.
func (p *parser) timeRead(key string) bool {
	t, ok := p.doc.Time(key)
	return ok && t.Err == nil && !t.Time.IsZero()
}

func (p *parser) recoveryEnd(base time.Time) {
	for _, s := range p.doc.Sections {
		if s.Key == "timeline" || !anyFold(s.Name, recoveryWords) {
			continue
		}
		text := p.doc.Text(s.Span)
		if !hasClock(text) {
			continue
		}
		var m []int
		for _, re := range []*lazyRegexp{recoveryEndRe, proseEndRe} {
			if all := re.FindAllStringSubmatchIndex(text, -1); len(all) > 0 && (m == nil || all[len(all)-1][0] > m[0]) {
				m = all[len(all)-1]
			}
		}
		if m = timeFirst(m); m != nil {
			p.addProseTime(FieldEnd, "End (from the recovery section)", s.Span.Start, m[2], m[3], zoneOf(text, m[4:6], m[4:6]), base)
			return
		}
	}
}

func (p *parser) openingDetect(base time.Time) {
	text := p.doc.Text(p.intro)
	if !containsFold(text, "on ") {
		return
	}
	m := openingDetectRe.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	end, zone := m[3], ""
	if m[4] >= 0 {
		end, zone = m[5], zoneOf(text, m[6:8], m[6:8])
	}
	p.addProseTime(FieldDetect, "Detected (from the opening sentence)", p.intro.Start, m[2], end, zone, base)
}

// addProseTime records a time read from prose, unless it cannot be read
// or falls on the day the incident started without a time of day (it
// would read as before the start).
func (p *parser) addProseTime(key, label string, base, start, end int, zone string, day time.Time) {
	v := Span{base + start, base + end}
	raw := strings.Join(strings.Fields(p.doc.Text(v)), " ")
	if zone != "" {
		raw += " " + zone
	}
	began, started := p.readStart()
	if day.IsZero() && started {
		day = time.Date(began.Year(), began.Month(), began.Day(), 0, 0, 0, 0, time.UTC)
	}
	t := p.readEntry(TimeEntry{Key: key, Label: label, Raw: raw, Span: v, Inferred: true}, day)
	if s := began; started && !t.HasDate && !t.Time.IsZero() {
		// a time of day alone is on the day the incident started, or the next
		t.Time, t.Err = onDayOf(t.Time, s), nil
		if t.Time.Before(s) {
			t.Time = t.Time.AddDate(0, 0, 1)
		}
	}
	if t.Err != nil || t.Time.IsZero() {
		return
	}
	if started && t.Time.Before(began) {
		return
	}
	p.setTime(t)
}

// readStart returns the start, where it was read.
func (p *parser) readStart() (time.Time, bool) {
	s, ok := p.doc.Time(FieldStart)
	return s.Time, ok && s.Err == nil && !s.Time.IsZero()
}

// setTime records an entry in place of one of its key that could not be
// read, or after the others.
func (p *parser) setTime(t TimeEntry) {
	for i, e := range p.doc.Times {
		if e.Key == t.Key {
			p.doc.Times[i] = t
			return
		}
	}
	p.doc.Times = append(p.doc.Times, t)
}

// anyFold reports whether s holds one of the lower-case ASCII words in any case.
func anyFold(s string, words []string) bool {
	for _, w := range words {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// onDayOf moves a time of day to the day of another time, in its own zone.
func onDayOf(clock, day time.Time) time.Time {
	d := day.In(clock.Location())
	return time.Date(d.Year(), d.Month(), d.Day(), clock.Hour(), clock.Minute(), clock.Second(), 0, clock.Location())
}
