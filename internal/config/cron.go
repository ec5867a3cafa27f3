package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Schedule is a parsed cron expression of five fields: minute (0-59),
// hour (0-23), day of month (1-31), month (1-12 or jan-dec) and day of
// week (0-7 or sun-sat, 0 and 7 both Sunday). A field is "*", a number, a
// range "a-b", any of those with a step ("*/15", "1-5/2", "10/5" meaning
// 10 to the end), or a comma-separated list of them.
//
// As in Vixie cron, when both day fields are restricted (neither starts
// with "*") a day matches if either field does; otherwise it must match
// both.
type Schedule struct {
	spec                          string
	minute, hour, dom, month, dow uint64 // bit n set: value n selected
	domStar, dowStar              bool
}

type cronField struct {
	name     string
	min, max int
	names    []string // names[i] stands for min+i
}

var cronFields = [5]cronField{
	{"minute", 0, 59, nil},
	{"hour", 0, 23, nil},
	{"day-of-month", 1, 31, nil},
	{"month", 1, 12, []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}},
	{"day-of-week", 0, 7, []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}},
}

var cronMacros = map[string]string{
	"@yearly":   "0 0 1 1 *",
	"@annually": "0 0 1 1 *",
	"@monthly":  "0 0 1 * *",
	"@weekly":   "0 0 * * 0",
	"@daily":    "0 0 * * *",
	"@midnight": "0 0 * * *",
	"@hourly":   "0 * * * *",
}

// daysIn is the most days each month can have.
var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// searchYears bounds the search for the next time: a February 29th that
// must also fall on a given weekday can be decades away.
const searchYears = 30

// ParseSchedule reads a five-field cron expression, or one of @yearly,
// @annually, @monthly, @weekly, @daily, @midnight and @hourly.
func ParseSchedule(spec string) (*Schedule, error) {
	expr := strings.TrimSpace(spec)
	if strings.HasPrefix(expr, "@") {
		m, ok := cronMacros[strings.ToLower(expr)]
		if !ok {
			return nil, fmt.Errorf("unknown cron shortcut %q", expr)
		}
		expr = m
	}
	parts := strings.Fields(expr)
	if len(parts) != len(cronFields) {
		return nil, fmt.Errorf("cron schedule %q has %d fields, want 5 (minute hour day-of-month month day-of-week)", spec, len(parts))
	}
	var sets [5]uint64
	for i, p := range parts {
		set, err := cronFields[i].parse(p)
		if err != nil {
			return nil, fmt.Errorf("cron schedule %q: %s field %q: %v", spec, cronFields[i].name, p, err)
		}
		sets[i] = set
	}
	s := &Schedule{
		spec: strings.TrimSpace(spec), minute: sets[0], hour: sets[1], dom: sets[2], month: sets[3],
		dow:     foldSunday(sets[4]),
		domStar: parts[2][0] == '*', dowStar: parts[4][0] == '*',
	}
	if !s.possible() {
		return nil, fmt.Errorf("cron schedule %q names no day that exists", spec)
	}
	return s, nil
}

// foldSunday makes day 7 day 0.
func foldSunday(set uint64) uint64 {
	if set&(1<<7) != 0 {
		set = set&^(1<<7) | 1
	}
	return set
}

// String returns the expression as given to ParseSchedule.
func (s *Schedule) String() string { return s.spec }

func (f cronField) parse(field string) (uint64, error) {
	var set uint64
	for part := range strings.SplitSeq(field, ",") {
		bits, err := f.parsePart(part)
		if err != nil {
			return 0, err
		}
		set |= bits
	}
	return set, nil
}

// parsePart reads one item of a list: a value or range, with a step.
func (f cronField) parsePart(part string) (uint64, error) {
	rng, stepText, hasStep := strings.Cut(part, "/")
	lo, hi, err := f.parseRange(rng, hasStep)
	if err != nil {
		return 0, err
	}
	step := 1
	if hasStep {
		if step, err = strconv.Atoi(stepText); err != nil || step < 1 || !digits(stepText) {
			return 0, fmt.Errorf("bad step %q", stepText)
		}
	}
	var bits uint64
	for v := lo; v <= hi; v += step {
		bits |= 1 << v
	}
	return bits, nil
}

// parseRange reads "*", "a-b" or "a"; a lone value with a step runs to
// the field's maximum.
func (f cronField) parseRange(s string, stepped bool) (lo, hi int, err error) {
	if s == "*" {
		return f.min, f.max, nil
	}
	from, to, isRange := strings.Cut(s, "-")
	if lo, err = f.value(from); err != nil {
		return 0, 0, err
	}
	switch {
	case isRange:
		if hi, err = f.value(to); err == nil && hi < lo {
			err = fmt.Errorf("range %q runs backwards", s)
		}
	case stepped:
		hi = f.max
	default:
		hi = lo
	}
	return lo, hi, err
}

func (f cronField) value(s string) (int, error) {
	if i := slices.Index(f.names, strings.ToLower(s)); i >= 0 {
		return f.min + i, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || !digits(s) {
		return 0, fmt.Errorf("bad value %q", s)
	}
	if n < f.min || n > f.max {
		return 0, fmt.Errorf("%d out of range %d-%d", n, f.min, f.max)
	}
	return n, nil
}

// possible reports whether some date exists that the day fields and the
// month field allow together, as "0 0 30 2 *" does not.
func (s *Schedule) possible() bool {
	if !s.domStar && !s.dowStar {
		return true // either day field may match; the weekday one does
	}
	for m := 1; m <= 12; m++ {
		for d := 1; d <= daysIn[m] && s.month&(1<<m) != 0; d++ {
			if s.dom&(1<<d) != 0 {
				return true
			}
		}
	}
	return false
}

// Next returns the first time after t that the schedule names, read on
// the wall clock of t's location. A wall-clock time skipped when clocks go
// forward fires at the moment they do; one repeated when clocks go back
// fires once, the first time. Next returns the zero Time when nothing
// matches within 30 years.
func (s *Schedule) Next(t time.Time) time.Time {
	loc := t.Location()
	w := wallClock(t)
	for {
		var ok bool
		if w, ok = s.nextWall(w); !ok {
			return time.Time{}
		}
		if at := instant(w, loc); at.After(t) {
			return at
		}
	}
}

// wallClock returns t's wall-clock reading to the minute, as a UTC time
// so that arithmetic on it knows no daylight saving.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
}

// nextWall returns the first wall-clock minute after w that matches.
func (s *Schedule) nextWall(w time.Time) (time.Time, bool) {
	t := w.Add(time.Minute)
	end := t.AddDate(searchYears, 0, 0)
	for t.Before(end) {
		y, m, d := t.Date()
		switch {
		case s.month&(1<<int(m)) == 0:
			t = time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC)
		case !s.dayMatch(t):
			t = time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)
		case s.hour&(1<<t.Hour()) == 0:
			t = t.Truncate(time.Hour).Add(time.Hour)
		case s.minute&(1<<t.Minute()) == 0:
			t = t.Add(time.Minute)
		default:
			return t, true
		}
	}
	return time.Time{}, false
}

func (s *Schedule) dayMatch(t time.Time) bool {
	dom := s.dom&(1<<t.Day()) != 0
	dow := s.dow&(1<<int(t.Weekday())) != 0
	if s.domStar || s.dowStar {
		return dom && dow
	}
	return dom || dow
}

// instant returns the first moment the wall clock of loc reads w or, when
// w falls in a gap where clocks jump forward, the moment they jump. It
// walks the zone's periods (offsets) from 15 hours before w, more than
// any offset from UTC.
func instant(w time.Time, loc *time.Location) time.Time {
	at := time.Unix(w.Unix()-15*3600, 0).In(loc)
	for {
		_, off := at.Zone()
		_, end := at.ZoneBounds()
		c := time.Unix(w.Unix()-int64(off), 0).In(loc)
		switch {
		case c.Before(at):
			return at // w was skipped: this period began past it
		case end.IsZero() || c.Before(end):
			return c
		}
		at = end
	}
}
