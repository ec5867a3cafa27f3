package weekly

import (
	"fmt"
	"time"
)

// Windows of the summary's figures, in weeks, and the weeks the chart
// shows.
const (
	shortWindowWeeks = 4
	longWindowWeeks  = 13
	chartWeeks       = 12
)

// weekClock is the summary's reading of the clock in the configured time
// zone. Dates (today, due dates) are civil dates held as midnight UTC,
// so that comparing them ignores zones and daylight saving.
type weekClock struct {
	now       time.Time // in the zone
	loc       *time.Location
	today     time.Time // today's date
	sunday    time.Time // the date of this ISO week's Sunday
	weekStart time.Time // Monday 00:00 of this ISO week, in the zone
	week      string    // "2026-W49"
}

// newWeekClock reads now in loc.
func newWeekClock(now time.Time, loc *time.Location) weekClock {
	now = now.In(loc)
	y, m, d := now.Date()
	back := (int(now.Weekday()) + 6) % 7 // days since Monday
	return weekClock{
		now: now, loc: loc,
		today:     time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		sunday:    time.Date(y, m, d-back+6, 0, 0, 0, 0, time.UTC),
		weekStart: time.Date(y, m, d-back, 0, 0, 0, 0, loc),
		week:      isoWeek(now),
	}
}

// isoWeek names t's ISO week: "2026-W49".
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// windowStart is the start of the window of the last n weeks.
func (c weekClock) windowStart(weeks int) time.Time {
	return c.now.AddDate(0, 0, -7*weeks)
}

// since is the earliest update time of a closed action issue the
// summary needs: the Monday longWindowWeeks before this week's, at
// midnight UTC, so that it is the same all week (and its listing can be
// revalidated) and earlier than every window and the chart's first week.
// Closing an issue updates it, so every issue closed since is listed.
func (c weekClock) since() time.Time {
	d := c.weekStart.AddDate(0, 0, -7*longWindowWeeks)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
}

// chartWeekEnds returns the ends of the last chartWeeks ISO weeks, this
// one last (ending now), and their labels ("W49").
func (c weekClock) chartWeekEnds() ([]time.Time, []string) {
	ends := make([]time.Time, chartWeeks)
	labels := make([]string, chartWeeks)
	for i := range chartWeeks {
		start := c.weekStart.AddDate(0, 0, -7*(chartWeeks-1-i))
		ends[i] = start.AddDate(0, 0, 7)
		_, w := start.ISOWeek()
		labels[i] = fmt.Sprintf("W%02d", w)
	}
	ends[chartWeeks-1] = c.now
	return ends, labels
}

// civil is t's date in loc, as midnight UTC; zero for zero.
func civil(t time.Time, loc *time.Location) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
