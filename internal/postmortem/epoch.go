package postmortem

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Logs write times as Unix epoch seconds ("1795061520"), some as
// milliseconds ("1795061520000"), and a document that quotes them keeps
// them so. Both are UTC.

// epoch reads s, all digits but for a zone of UTC after them ("… UTC"
// written out), as epoch seconds (ten digits) or milliseconds
// (thirteen), between 2001 and 2100: a number of that length outside
// those years is no time.
func epoch(s string) (time.Time, bool) {
	// The quick test: ten digits at least, then at most three more and the
	// three zones the loop trims; most values (a clock, "14:02 UTC") are
	// ruled out here without the trims.
	if len(s) < 10 || len(s) > 13+len(" UTC")+len(" GMT")+len("Z") || !isDigit(s[0]) {
		return time.Time{}, false
	}
	for _, z := range []string{" UTC", " GMT", "Z"} {
		s = strings.TrimSuffix(s, z) // the zone a note gives every time, which these are in already
	}
	if len(s) != 10 && len(s) != 13 || digitRunEnd(s, 0) != len(s) {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		n /= 1000
	}
	if n < 1e9 || n >= 4102444800 { // 2001-09-09 to 2100-01-01
		return time.Time{}, false
	}
	return time.Unix(n, 0).UTC(), true
}

// epochStamp returns where an epoch time opening b (after spaces) starts
// and ends: the digits, then a space or the end of b.
func epochStamp(b []byte) (start, end int, ok bool) {
	for start < len(b) && (b[start] == ' ' || b[start] == '\t') {
		start++
	}
	end = start
	for end < len(b) && b[end] >= '0' && b[end] <= '9' {
		end++
	}
	if end < len(b) && b[end] != ' ' && b[end] != '\t' && b[end] != '\n' {
		return 0, 0, false
	}
	_, ok = epoch(string(b[start:end]))
	return start, end, ok
}

// dropStrayEpochs drops the one entry of a timeline stamped in epoch
// time among entries stamped otherwise ("- 1500000000 rows rewritten"
// is a count), unless its time falls within a year of the document's
// date or of a time it states.
func (p *parser) dropStrayEpochs(base time.Time) {
	at, n := -1, 0
	for i := range p.doc.Events { // by index: an Event is not copied
		if _, ok := epoch(p.doc.Events[i].Raw); ok {
			at, n = i, n+1
		}
	}
	if n != 1 || len(p.doc.Events) == 1 {
		return
	}
	t, _ := epoch(p.doc.Events[at].Raw)
	if nearDate(t, base) {
		return
	}
	for _, e := range p.doc.Times {
		if e.Err == nil && nearDate(t, e.Time) {
			return
		}
	}
	p.doc.Events = slices.Delete(p.doc.Events, at, at+1)
}

// nearDate reports a date within a year of t.
func nearDate(t, date time.Time) bool {
	const year = 366 * 24 * time.Hour
	return !date.IsZero() && t.Sub(date).Abs() <= year
}
