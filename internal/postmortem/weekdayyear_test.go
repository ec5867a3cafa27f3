package postmortem

import (
	"testing"
	"time"
)

// A document that writes no year dates its days in the latest year in
// which each falls on the weekday written with it: "Black Friday (Nov
// 27)" and "the Wednesday (Dec 2) call" are of 2026, read in 2026 or
// a few years later.
func TestWeekdayYear(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	for _, now := range []int{2026, 2029} {
		today = func() time.Time { return time.Date(now, 3, 1, 0, 0, 0, 0, time.UTC) }
		src := "# Coupon outage\n\nWe went through it on the Wednesday (Dec 2) call.\n\n" +
			"## Timeline (UTC)\n\n**Friday, Nov 27**\n\n- 13:05 coupon service times out\n- 13:31 first customer tweet\n- 15:10 all green\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T13:05Z", FieldEnd: "2026-11-27T15:10Z"})
	}
}

// Days whose weekdays no year of the last thirty fits give no year.
func TestWeekdayYearNone(t *testing.T) {
	days := []datedWeekday{{time.Friday, time.November, 27}, {time.Friday, time.November, 28}}
	if y := yearOfWeekdays(days, 2027); y != 0 {
		t.Errorf("year %d, want none", y)
	}
	if y := yearOfWeekdays(days[:1], 2027); y != 2026 {
		t.Errorf("year %d, want 2026", y)
	}
}

// A detection a narrative tells after the end the summary gives is some
// other day's ("the reminder went off at 10:00am that day"), not the
// incident's.
func TestNarratedDetectionAfterEnd(t *testing.T) {
	src := "# Coupon outage 2026-11-27\n\n## Summary\n\nFrom 6:05am to 8:10am UTC on 27 November 2026 coupons failed.\n\n" +
		"## What happened\n\nA week before, a reminder to raise the pool was set. The alert went off at 10:00am that day, and we snoozed it.\n"
	doc := mustParse(t, []byte(src))
	if d, ok := doc.Time(FieldDetect); ok && d.Err == nil && !d.Time.IsZero() {
		t.Errorf("detection %s read, want none", d.Time.Format(time.RFC3339))
	}
}
