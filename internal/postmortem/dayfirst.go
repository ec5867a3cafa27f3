package postmortem

import (
	"strconv"
	"strings"
	"time"
)

// A stated time whose day is written in digits either way round
// ("04/03/2026 14:02 CET") is read in the order the document writes its
// other days: day first where another numeric date cannot be month first
// ("21/11/2026"), where it writes dates with dots ("04.03.2026", a day
// first wherever it is written), or where its times are in a zone of
// Europe, Africa, Asia or Oceania (or an offset east of UTC), whose
// writers put the day first;
// month first otherwise, as before.

// dayFirstEntry rewrites a raw time that opens with an ambiguous numeric
// day as an ISO day, where the document writes its days day first.
func (p *parser) dayFirstEntry(raw string) string {
	y, mo, d, n, ambiguous := numericDate(raw)
	if !ambiguous || n == 0 || !validDate(y, time.Month(d), int(mo)) {
		return raw
	}
	if day, ok := p.incidentDayInWords(); ok {
		if day.Equal(time.Date(y, time.Month(d), int(mo), 0, 0, 0, 0, time.UTC)) {
			return strconv.Itoa(y) + "-" + two(d) + "-" + two(int(mo)) + raw[n:]
		}
		if day.Equal(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)) {
			return raw
		}
	}
	if !p.writesDayFirst(raw) {
		return raw
	}
	return strconv.Itoa(y) + "-" + two(d) + "-" + two(int(mo)) + raw[n:]
}

// incidentDayInWords is the incident's day where its field writes it
// so that it reads one way only ("12 November 2026", "2026-11-12"): a
// stated time's "12/11/2026 09:14" beside it is that day, day first.
func (p *parser) incidentDayInWords() (time.Time, bool) {
	f, ok := p.doc.Field(FieldIncidentDate)
	if !ok || f.Inferred {
		return time.Time{}, false
	}
	t, ambiguous, ok := readDay(f.Value)
	return t, ok && !ambiguous
}

// writesDayFirst reports whether the document writes numeric days day
// first, or the zone a time of it is in says so.
func (p *parser) writesDayFirst(raw string) bool {
	if dayFirst, monthFirst := p.numericOrder(); dayFirst || monthFirst {
		return dayFirst
	}
	if dottedDay.Match(p.src) {
		return true
	}
	zone := p.doc.Zone
	if z := stampZoneWord(raw); z != "" {
		zone = z
	}
	return dayFirstZones[strings.ToUpper(zone)] || strings.HasPrefix(zone, "Europe/") || strings.HasPrefix(zone, "Asia/") ||
		strings.HasPrefix(zone, "Australia/") || strings.HasPrefix(zone, "Africa/") || eastOffset(zone)
}

// eastOffset reports a zone written as an offset east of UTC or GMT,
// "UTC+2", "GMT+05:30": a zone of Europe, Africa, Asia or Oceania.
func eastOffset(zone string) bool {
	return len(zone) > 4 && (strings.HasPrefix(zone, "UTC+") || strings.HasPrefix(zone, "GMT+")) && zone[4] != '0'
}

// stampZoneWord is the last word of a raw time, where it is a zone
// abbreviation in capitals.
func stampZoneWord(raw string) string {
	f := strings.Fields(raw)
	if len(f) < 2 {
		return ""
	}
	w := f[len(f)-1]
	if _, ok := abbreviations[w]; ok {
		return w
	}
	return ""
}

// dayFirstZones are the zones whose writers put the day first.
var dayFirstZones = wordSet(`WET WEST BST CET CEST EET EEST MSK SAST CAT EAT WAT MEZ MESZ TRT IST PKT NPT SGT HKT MYT AWST
ACST ACDT AEST AEDT NZST NZDT ICT WIB BRT ART CLT CLST WITA WIT COT PET ECT UYT BRST IDT IRST AFT AZT UZT ALMT KGT MMT
ULAT SLST FJT SAMT YEKT OMST KRAT IRKT YAKT VLAT MAGT PETT WEZ WESZ OEZ OESZ HEC HAEC AET NZT`)

// dottedDay is a day written with dots, day first: "04.03.2026".
var dottedDay = lazyRe(`\b\d{1,2}\.\d{1,2}\.\d{4}\b`)

// two writes a day or a month in two digits.
func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
