package postmortem

import (
	"strings"
	"time"
)

// Due dates that name a weekday alone after a word for "by": "by
// Friday", "by fri", and the Czech, Slovak and Polish genitive after
// "do", "do pátku", "do piatku", "do piątku". The day is the first such
// weekday after the incident's day, as a review held in the days after
// it means the week it was written in.

// byWeekdayNames are the weekdays read after a word for "by", besides
// the English ones of weekdayNames.
var byWeekdayNames = map[string]time.Weekday{
	"pondělí": time.Monday, "úterý": time.Tuesday, "středy": time.Wednesday, "čtvrtka": time.Thursday, "pátku": time.Friday,
	"pondelka": time.Monday, "utorka": time.Tuesday, "stredy": time.Wednesday, "štvrtka": time.Thursday, "piatku": time.Friday,
	"poniedziałku": time.Monday, "wtorku": time.Tuesday, "środy": time.Wednesday, "czwartku": time.Thursday, "piątku": time.Friday,
}

// byWeekday returns the weekday v names after a word for "by" ("by
// Friday", "do pátku"), and whether it does.
func byWeekday(v string) (time.Weekday, bool) {
	lead, name, ok := strings.Cut(strings.TrimSpace(v), " ")
	if !ok || len(name) > 16 {
		return 0, false
	}
	name = strings.ToLower(strings.TrimRight(name, ".,"))
	switch strings.ToLower(lead) {
	case "by":
		wd, ok := weekdayNames[name]
		return wd, ok
	case "do":
		wd, ok := byWeekdayNames[name]
		return wd, ok
	}
	return 0, false
}

// byWeekdayDue is the first day after base that falls on the weekday v
// names after a word for "by".
func byWeekdayDue(v string, base time.Time) (time.Time, bool) {
	wd, ok := byWeekday(v)
	if !ok || base.Year() <= 1 {
		return time.Time{}, false
	}
	d := base.AddDate(0, 0, 1)
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, 1)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
}
