package config

import (
	"strings"
	"testing"
	"time"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func TestScheduleNext(t *testing.T) {
	utc := time.UTC
	at := func(loc *time.Location, y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, loc)
	}
	tests := []struct {
		name string
		spec string
		from time.Time
		want time.Time // compared as instants
	}{
		{"step minutes", "*/15 * * * *", at(utc, 2026, 1, 10, 10, 7, 30), at(utc, 2026, 1, 10, 10, 15, 0)},
		{"strictly after", "0 9 * * 1", at(utc, 2026, 1, 5, 9, 0, 0), at(utc, 2026, 1, 12, 9, 0, 0)},
		{"same day", "0 9 * * 1", at(utc, 2026, 1, 5, 8, 59, 59), at(utc, 2026, 1, 5, 9, 0, 0)},
		{"seconds past the minute", "0 9 * * 1", at(utc, 2026, 1, 5, 9, 0, 1), at(utc, 2026, 1, 12, 9, 0, 0)},
		{"end of year", "59 23 31 12 *", at(utc, 2026, 6, 1, 0, 0, 0), at(utc, 2026, 12, 31, 23, 59, 0)},
		{"year boundary", "0 0 1 1 *", at(utc, 2026, 12, 31, 23, 59, 0), at(utc, 2027, 1, 1, 0, 0, 0)},
		{"skips short months", "0 0 31 * *", at(utc, 2026, 4, 15, 0, 0, 0), at(utc, 2026, 5, 31, 0, 0, 0)},
		{"leap day", "0 0 29 2 *", at(utc, 2026, 3, 1, 0, 0, 0), at(utc, 2028, 2, 29, 0, 0, 0)},
		{"month boundary", "30 4 1,15 * *", at(utc, 2026, 1, 31, 12, 0, 0), at(utc, 2026, 2, 1, 4, 30, 0)},
		{"either day field: weekday", "0 12 13 * 5", at(utc, 2026, 2, 1, 0, 0, 0), at(utc, 2026, 2, 6, 12, 0, 0)},
		{"either day field: both", "0 12 13 * 5", at(utc, 2026, 2, 6, 12, 0, 0), at(utc, 2026, 2, 13, 12, 0, 0)},
		{"either day field: date", "0 12 13 * 5", at(utc, 2026, 4, 11, 0, 0, 0), at(utc, 2026, 4, 13, 12, 0, 0)},
		{"star day field: both must match", "0 12 */1 * 5", at(utc, 2026, 4, 11, 0, 0, 0), at(utc, 2026, 4, 17, 12, 0, 0)},
		{"sunday as 7", "0 0 * * 7", at(utc, 2026, 2, 2, 0, 0, 0), at(utc, 2026, 2, 8, 0, 0, 0)},
		{"names", "0 0 1 jan,JUL *", at(utc, 2026, 2, 1, 0, 0, 0), at(utc, 2026, 7, 1, 0, 0, 0)},
		{"stepped range", "0 8-18/5 * * *", at(utc, 2026, 1, 1, 13, 0, 0), at(utc, 2026, 1, 1, 18, 0, 0)},
		{"macro", "@monthly", at(utc, 2026, 12, 15, 0, 0, 0), at(utc, 2027, 1, 1, 0, 0, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkNext(t, tc.spec, tc.from, tc.want)
		})
	}
}

func TestScheduleNextDST(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	berlin := mustLoad(t, "Europe/Berlin")
	kolkata := mustLoad(t, "Asia/Kolkata")
	lordHowe := mustLoad(t, "Australia/Lord_Howe") // moves clocks by 30 minutes
	u := func(y int, mo time.Month, d, h, mi int) time.Time { return time.Date(y, mo, d, h, mi, 0, 0, time.UTC) }
	tests := []struct {
		name string
		spec string
		loc  *time.Location
		from time.Time
		want time.Time
	}{
		// New York: 2026-03-08 02:00 EST becomes 03:00 EDT; 2026-11-01 02:00 EDT becomes 01:00 EST.
		{"skipped time fires when clocks jump", "30 2 * * *", ny, u(2026, 3, 7, 17, 0), u(2026, 3, 8, 7, 0)},
		{"after the jump", "30 2 * * *", ny, u(2026, 3, 8, 7, 0), u(2026, 3, 9, 6, 30)},
		{"hourly over the jump", "0 * * * *", ny, u(2026, 3, 8, 6, 0), u(2026, 3, 8, 7, 0)},
		{"hourly after the jump", "0 * * * *", ny, u(2026, 3, 8, 7, 0), u(2026, 3, 8, 8, 0)},
		{"repeated time fires first", "30 1 * * *", ny, u(2026, 10, 31, 16, 0), u(2026, 11, 1, 5, 30)},
		{"repeated time fires once", "30 1 * * *", ny, u(2026, 11, 1, 5, 30), u(2026, 11, 2, 6, 30)},
		{"from inside the repeat", "30 1 * * *", ny, u(2026, 11, 1, 6, 10), u(2026, 11, 2, 6, 30)},
		{"hourly over the repeat", "0 * * * *", ny, u(2026, 11, 1, 5, 0), u(2026, 11, 1, 7, 0)},
		// Berlin: 2026-03-29 02:00 CET becomes 03:00 CEST; 2026-10-25 03:00 CEST becomes 02:00 CET.
		{"weekly over spring change", "0 9 * * 1", berlin, u(2026, 3, 27, 12, 0), u(2026, 3, 30, 7, 0)},
		{"weekly over autumn change", "0 9 * * 1", berlin, u(2026, 10, 23, 12, 0), u(2026, 10, 26, 8, 0)},
		{"sunday 02:30 skipped", "30 2 * * 0", berlin, u(2026, 3, 28, 0, 0), u(2026, 3, 29, 1, 0)},
		{"sunday 02:30 repeated", "30 2 * * 0", berlin, u(2026, 10, 24, 0, 0), u(2026, 10, 25, 0, 30)},
		{"half-hour offset", "0 9 * * *", kolkata, u(2026, 1, 1, 0, 0), u(2026, 1, 1, 3, 30)},
		{"half-hour change repeated", "45 1 * * *", lordHowe, u(2026, 4, 4, 12, 0), u(2026, 4, 4, 14, 45)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkNext(t, tc.spec, tc.from.In(tc.loc), tc.want)
		})
	}
}

func checkNext(t *testing.T, spec string, from, want time.Time) {
	t.Helper()
	s, err := ParseSchedule(spec)
	if err != nil {
		t.Fatalf("ParseSchedule(%q): %v", spec, err)
	}
	got := s.Next(from)
	if !got.Equal(want) {
		t.Errorf("%q Next(%v): got %v, want %v", spec, from, got, want.In(from.Location()))
	}
	if got.Location() != from.Location() {
		t.Errorf("%q Next(%v): got location %v, want %v", spec, from, got.Location(), from.Location())
	}
}

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		spec    string
		wantErr string // "" for valid
	}{
		{"0 9 * * 1", ""},
		{" 0  9 * * 1 ", ""},
		{"*/5 0-23/2 1,15,L * *", `cron schedule "*/5 0-23/2 1,15,L * *": day-of-month field "1,15,L": bad value "L"`},
		{"0 9 * * mon-fri", ""},
		{"0 0 1 1-12/3 *", ""},
		{"5/15 * * * *", ""},
		{"@weekly", ""},
		{"@Daily", ""},
		{"@reboot", `unknown cron shortcut "@reboot"`},
		{"", `cron schedule "" has 0 fields, want 5 (minute hour day-of-month month day-of-week)`},
		{"0 9 * * 1 2026", `cron schedule "0 9 * * 1 2026" has 6 fields, want 5 (minute hour day-of-month month day-of-week)`},
		{"60 * * * *", `cron schedule "60 * * * *": minute field "60": 60 out of range 0-59`},
		{"* * 0 * *", `cron schedule "* * 0 * *": day-of-month field "0": 0 out of range 1-31`},
		{"* * * 13 *", `cron schedule "* * * 13 *": month field "13": 13 out of range 1-12`},
		{"* * * * 8", `cron schedule "* * * * 8": day-of-week field "8": 8 out of range 0-7`},
		{"5-1 * * * *", `cron schedule "5-1 * * * *": minute field "5-1": range "5-1" runs backwards`},
		{"*/0 * * * *", `cron schedule "*/0 * * * *": minute field "*/0": bad step "0"`},
		{"*/x * * * *", `cron schedule "*/x * * * *": minute field "*/x": bad step "x"`},
		{"1,,2 * * * *", `cron schedule "1,,2 * * * *": minute field "1,,2": bad value ""`},
		{"-1 * * * *", `cron schedule "-1 * * * *": minute field "-1": bad value ""`},
		{"+1 * * * *", `cron schedule "+1 * * * *": minute field "+1": bad value "+1"`},
		{"0 0 30 2 *", `cron schedule "0 0 30 2 *" names no day that exists`},
		{"0 0 31 4,6 *", `cron schedule "0 0 31 4,6 *" names no day that exists`},
		{"0 0 30 2 1", ""}, // either day field: every Monday in February
		{"0 0 29 2 *", ""},
	}
	for _, tc := range tests {
		s, err := ParseSchedule(tc.spec)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("ParseSchedule(%q): got error %v, want none", tc.spec, err)
		case tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr):
			t.Errorf("ParseSchedule(%q): got error %v, want %s", tc.spec, err, tc.wantErr)
		case err == nil && s.String() != strings.TrimSpace(tc.spec):
			t.Errorf("String(): got %q, want %q", s.String(), strings.TrimSpace(tc.spec))
		}
	}
}

func TestScheduleNeverDue(t *testing.T) {
	// Next gives up after 30 years; no valid schedule takes that long,
	// so build one by hand that names no day.
	s := &Schedule{minute: 1, hour: 1, dom: 1 << 31, month: 1 << 2, dow: 1, domStar: false, dowStar: true}
	if got := s.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !got.IsZero() {
		t.Errorf("got %v, want the zero time", got)
	}
}
