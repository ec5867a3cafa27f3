package postmortem

import (
	"sync"
	"time"
)

// plainTime reads the commonest form of a time without the rewrites,
// notes and searches ParseTime tries on every value: an optional date in
// digits, year first, and one space ("2026-11-02 "); a clock of one or
// two digits for the hour, two for the minutes and perhaps two for the
// seconds ("14:02", "9:05:30"); and perhaps one space and the
// abbreviation of a zone in capitals ("UTC", "CEST"). ok is false for
// any other text, for a date or a clock out of range, and for a clock
// without a date where base gives none: ParseTime reads those in full.
func plainTime(s string, base time.Time) (pt ParsedTime, ok bool) {
	var y, d int
	var mo time.Month
	if len(s) >= 11 && s[4] == '-' {
		yy, mm, dd, ok := plainDate(s[:10])
		if !ok || s[10] != ' ' {
			return pt, false
		}
		y, mo, d, pt.HasDate = yy, mm, dd, true
		s = s[11:]
	} else if base.IsZero() {
		return pt, false // ParseTime says why a clock alone cannot be read
	} else {
		y, mo, d = base.Date()
	}
	h, mi, sec, n := plainClock(s)
	if n == 0 || h > 23 || mi > 59 || sec > 60 {
		return pt, false
	}
	loc := time.UTC
	if zone := s[n:]; zone != "" {
		if zone[0] != ' ' {
			return pt, false
		}
		if loc = capitalZone(zone[1:]); loc == nil {
			return pt, false
		}
		pt.HasZone = true
	}
	pt.Time = time.Date(y, mo, d, h, mi, sec, 0, loc)
	return pt, true
}

// plainDate reads s as a date of the calendar written "YYYY-MM-DD".
func plainDate(s string) (y int, mo time.Month, d int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	y, ok1 := fixedDigits(s, 0, 4)
	m, ok2 := fixedDigits(s, 5, 2)
	d, ok3 := fixedDigits(s, 8, 2)
	return y, time.Month(m), d, ok1 && ok2 && ok3 && dayOfCalendar(y, m, d)
}

// plainClock reads "H:MM", "HH:MM" or either with ":SS" opening s and
// returns where it ends, 0 when s opens otherwise.
func plainClock(s string) (h, mi, sec, n int) {
	n = 1
	if len(s) > 1 && isDigit(s[1]) {
		n = 2
	}
	h, ok1 := fixedDigits(s, 0, n)
	mi, ok2 := fixedDigits(s, n+1, 2)
	if !ok1 || !ok2 || s[n] != ':' {
		return 0, 0, 0, 0
	}
	n += 3
	if n < len(s) && s[n] == ':' {
		var ok bool
		if sec, ok = fixedDigits(s, n+1, 2); !ok {
			return 0, 0, 0, 0
		}
		n += 3
	}
	return h, mi, sec, n
}

// fixedDigits reads the n ASCII digits of s at i.
func fixedDigits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// dayOfCalendar is validDate for a year, month and day read as numbers.
func dayOfCalendar(y, mo, d int) bool {
	if mo < 1 || mo > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mo]
	if mo == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// capitalZone returns the zone of an abbreviation written in capitals,
// as readZone reads it, or nil for any other text. A zone of only the
// letters a date's format is written in ("MDT" beside "YYYY-MM-DD") is
// left to ParseTime, which asks first whether the value is a format
// left in place of a time.
func capitalZone(z string) *time.Location {
	if onlyBytes(z, &formatChars) {
		return nil
	}
	if z == "UTC" {
		return utcZone() // the commonest by far, spared the map's hash
	}
	return capitalZones()[z]
}

// utcZone is capitalZones()["UTC"], the same zone.
var utcZone = sync.OnceValue(func() *time.Location { return capitalZones()["UTC"] })

// capitalZones are the zones of the abbreviations, by the abbreviation
// in capitals: the same zones namedZone keeps, made once.
var capitalZones = sync.OnceValue(func() map[string]*time.Location {
	zones := make(map[string]*time.Location, len(abbreviations))
	for name := range abbreviations {
		if name == "Z" {
			continue // readZone reads it as time.UTC
		}
		off, _ := abbreviationOffset(name)
		zones[name] = namedZone(name, off)
	}
	return zones
})
