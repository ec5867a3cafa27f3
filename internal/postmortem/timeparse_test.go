package postmortem

import (
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // named zones resolve on machines without a zone database
)

// utc is a shorthand for an instant written in UTC.
func utc(y int, mo time.Month, d, h, mi int) time.Time {
	return time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
}

func TestParseTime(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      string
		base    time.Time
		want    time.Time // the instant, compared with Equal
		hasDate bool
		hasZone bool
		offset  int    // seconds east of UTC of the result's zone
		zone    string // the result's zone name, checked when not ""
	}{
		{"date time UTC", "2026-11-02 14:02 UTC", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, "UTC"},
		{"date time GMT", "2026-11-02 14:02 GMT", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, "GMT"},
		{"slashes in the date", "2026/11/02 14:02 UTC", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"seconds", "2026-11-02 14:02:33 UTC", time.Time{}, time.Date(2026, 11, 2, 14, 2, 33, 0, time.UTC), true, true, 0, ""},
		{"RFC 3339 Z", "2026-10-14T03:12:00Z", time.Time{}, utc(2026, 10, 14, 3, 12), true, true, 0, ""},
		{"RFC 3339 negative offset", "2026-10-13T20:31:00-07:00", time.Time{}, utc(2026, 10, 14, 3, 31), true, true, -7 * 3600, ""},
		{"RFC 3339 positive offset", "2026-06-18T10:15:00+09:00", time.Time{}, utc(2026, 6, 18, 1, 15), true, true, 9 * 3600, ""},
		{"RFC 3339 half-hour offset", "2026-11-02T14:02:00+05:30", time.Time{}, utc(2026, 11, 2, 8, 32), true, true, 5*3600 + 1800, ""},
		{"RFC 3339 fraction", "2026-11-02T14:02:00.250Z", time.Time{}, time.Date(2026, 11, 2, 14, 2, 0, 250e6, time.UTC), true, true, 0, ""},
		{"T without seconds", "2026-11-02T14:02Z", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"US zone by name, summer", "2024-07-08 7:09 AM Eastern", time.Time{}, utc(2024, 7, 8, 11, 9), true, true, -4 * 3600, "EDT"},
		{"US zone by name, winter", "2024-01-10 7:32 PM Pacific Time", time.Time{}, utc(2024, 1, 11, 3, 32), true, true, -8 * 3600, "PST"},
		{"US zone letters", "16:30 PT", base, utc(2026, 11, 3, 0, 30), false, true, -8 * 3600, "PST"},
		{"date month first", "05-26-2021 04:52 PM UTC", time.Time{}, utc(2021, 5, 26, 16, 52), true, true, 0, ""},
		{"IANA zone in summer time", "2026-09-30 22:41 America/New_York", time.Time{}, utc(2026, 10, 1, 2, 41), true, true, -4 * 3600, "EDT"},
		{"IANA zone in standard time", "2026-11-02 14:02 America/New_York", time.Time{}, utc(2026, 11, 2, 19, 2), true, true, -5 * 3600, "EST"},
		{"IANA zone last day of summer time", "2026-10-31 23:00 America/New_York", time.Time{}, utc(2026, 11, 1, 3, 0), true, true, -4 * 3600, "EDT"},
		{"IANA zone across midnight", "2026-10-01 00:50 America/New_York", time.Time{}, utc(2026, 10, 1, 4, 50), true, true, -4 * 3600, ""},
		{"IANA zone with three parts", "2026-11-02 14:02 America/Argentina/Buenos_Aires", time.Time{}, utc(2026, 11, 2, 17, 2), true, true, -3 * 3600, ""},
		{"CEST", "2026-10-01 03:10 CEST", time.Time{}, utc(2026, 10, 1, 1, 10), true, true, 2 * 3600, "CEST"},
		{"abbreviation in lower case", "2026-11-02 14:02 ist", time.Time{}, utc(2026, 11, 2, 8, 32), true, true, 5*3600 + 1800, "IST"},
		{"numeric offset", "2026-11-02 14:02 +0900", time.Time{}, utc(2026, 11, 2, 5, 2), true, true, 9 * 3600, ""},
		{"numeric offset with colon", "2026-06-18 10:15 +09:00", time.Time{}, utc(2026, 6, 18, 1, 15), true, true, 9 * 3600, ""},
		{"negative numeric offset", "2026-11-02 14:02 -0330", time.Time{}, utc(2026, 11, 2, 17, 32), true, true, -(3*3600 + 1800), ""},
		{"Z after a clock", "2026-11-02 14:02 Z", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"UTC+2", "2026-11-02 14:02 UTC+2", time.Time{}, utc(2026, 11, 2, 12, 2), true, true, 2 * 3600, ""},
		{"UTC-5:30", "2026-11-02 14:02 UTC-5:30", time.Time{}, utc(2026, 11, 2, 19, 32), true, true, -(5*3600 + 1800), ""},
		{"GMT+02:00", "2026-11-02 14:02 GMT+02:00", time.Time{}, utc(2026, 11, 2, 12, 2), true, true, 2 * 3600, ""},
		{"UTC-0:30", "2026-11-02 14:02 UTC-0:30", time.Time{}, utc(2026, 11, 2, 14, 32), true, true, -1800, ""},
		{"bare clock against a base", "14:02", base, utc(2026, 11, 2, 14, 2), false, false, 0, ""},
		{"bare clock with UTC", "15:40 UTC", base, utc(2026, 11, 2, 15, 40), false, true, 0, ""},
		{"base in another zone keeps its calendar day", "23:30 UTC", time.Date(2026, 11, 2, 23, 0, 0, 0, time.FixedZone("", -5*3600)), utc(2026, 11, 2, 23, 30), false, true, 0, ""},
		{"date wins over the base", "2026-08-11 09:00 UTC", base, utc(2026, 8, 11, 9, 0), true, true, 0, ""},
		{"pm with PST", "2:02 pm PST", base, utc(2026, 11, 2, 22, 2), false, true, -8 * 3600, "PST"},
		{"PM upper case", "2026-11-02 2:02PM UTC", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"12 am is midnight", "12:15 am UTC", base, utc(2026, 11, 2, 0, 15), false, true, 0, ""},
		{"12 pm is noon", "12:15 pm UTC", base, utc(2026, 11, 2, 12, 15), false, true, 0, ""},
		{"emphasis around the value", "**2026-11-02 14:02 UTC**", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"code span around the value", "`2026-11-02 14:02 UTC`", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"note in parentheses", "2026-11-02 14:02 UTC (first page)", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"note in brackets", "14:19 UTC [approx.]", base, utc(2026, 11, 2, 14, 19), false, true, 0, ""},
		{"date alone", "2026-11-02", time.Time{}, utc(2026, 11, 2, 0, 0), true, false, 0, ""},
		{"leap day", "2028-02-29 10:00 UTC", time.Time{}, utc(2028, 2, 29, 10, 0), true, true, 0, ""},
		{"date and clock without a space", "2026-11-02,14:02 UTC", time.Time{}, utc(2026, 11, 2, 14, 2), true, true, 0, ""},
		{"written date, month first", "Sep 14, 2026 14:02 UTC", time.Time{}, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"written date with a weekday and at", "Monday, September 14, 2026 at 2:02 pm PT", time.Time{}, utc(2026, 9, 14, 21, 2), true, true, -7 * 3600, "PDT"},
		{"written date, day first", "14 September 2026, 14:02 CEST", time.Time{}, utc(2026, 9, 14, 12, 2), true, true, 2 * 3600, "CEST"},
		{"written date without a year", "Sep 14 14:02 UTC", base, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"numeric date and at", "2026-09-14 at 14:02 UTC", time.Time{}, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"date after the clock", "14:02 UTC on 2026-09-14", time.Time{}, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"written date after the clock", "16:05 IST, 14 Sep 2026", base, utc(2026, 9, 14, 10, 35), true, true, 5*3600 + 1800, "IST"},
		{"zone in parentheses", "2026-09-14 14:02 (UTC)", time.Time{}, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"offset in parentheses", "14:02 (UTC+05:30)", base, utc(2026, 11, 2, 8, 32), false, true, 5*3600 + 1800, ""},
		{"abbreviation in parentheses", "2026-09-14, 14:02 (IST)", time.Time{}, utc(2026, 9, 14, 8, 32), true, true, 5*3600 + 1800, "IST"},
		{"the zone after the clock wins over a note", "14:02 PT (21:02 UTC)", base, utc(2026, 11, 2, 22, 2), false, true, -8 * 3600, "PST"},
		{"estimated is not EST", "14:02 UTC (est.)", base, utc(2026, 11, 2, 14, 2), false, true, 0, "UTC"},
		{"approximate", "~14:02 UTC", base, utc(2026, 11, 2, 14, 2), false, true, 0, ""},
		{"approx. before the time", "approx. 2026-09-14 14:02 UTC", time.Time{}, utc(2026, 9, 14, 14, 2), true, true, 0, ""},
		{"hrs after the clock", "14:02 hrs IST", base, utc(2026, 11, 2, 8, 32), false, true, 5*3600 + 1800, ""},
		{"an hour alone with pm", "2pm PT", base, utc(2026, 11, 2, 22, 0), false, true, -8 * 3600, ""},
		{"an hour and a space before am", "2026-09-14 9 AM UTC", time.Time{}, utc(2026, 9, 14, 9, 0), true, true, 0, ""},
		{"a zone written out", "2026-09-14 09:12 India Standard Time", time.Time{}, utc(2026, 9, 14, 3, 42), true, true, 5*3600 + 1800, "IST"},
		{"a day-first date with dots", "14.09.2026 09:12 CEST", time.Time{}, utc(2026, 9, 14, 7, 12), true, true, 2 * 3600, "CEST"},
		{"a.m. with dots", "2026-09-14 9:12 a.m. PT", time.Time{}, utc(2026, 9, 14, 16, 12), true, true, -7 * 3600, ""},
		{"the zone before the time", "UTC 2026-09-14 09:12", time.Time{}, utc(2026, 9, 14, 9, 12), true, true, 0, ""},
		{"South Africa", "2026-09-14 09:12 SAST", time.Time{}, utc(2026, 9, 14, 7, 12), true, true, 2 * 3600, "SAST"},
		{"Nepal's quarter hour", "2026-09-14 09:12 NPT", time.Time{}, utc(2026, 9, 14, 3, 27), true, true, 5*3600 + 45*60, "NPT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTime(tt.in, tt.base)
			if err != nil {
				t.Fatalf("ParseTime(%q): got error %v, want none", tt.in, err)
			}
			if !got.Time.Equal(tt.want) {
				t.Errorf("ParseTime(%q): got %v (%v UTC), want %v", tt.in, got.Time, got.Time.UTC(), tt.want)
			}
			if got.HasDate != tt.hasDate {
				t.Errorf("ParseTime(%q): got HasDate %v, want %v", tt.in, got.HasDate, tt.hasDate)
			}
			if got.HasZone != tt.hasZone {
				t.Errorf("ParseTime(%q): got HasZone %v, want %v", tt.in, got.HasZone, tt.hasZone)
			}
			name, off := got.Time.Zone()
			if off != tt.offset {
				t.Errorf("ParseTime(%q): got offset %ds, want %ds", tt.in, off, tt.offset)
			}
			if tt.zone != "" && name != tt.zone {
				t.Errorf("ParseTime(%q): got zone %q, want %q", tt.in, name, tt.zone)
			}
		})
	}
}

// TestParseTimeLocation: an IANA name gives the location itself, so that
// a time shown to a reader is in the zone the writer used.
func TestParseTimeLocation(t *testing.T) {
	got, err := ParseTime("2026-09-30 22:41 America/New_York", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if loc := got.Time.Location().String(); loc != "America/New_York" {
		t.Errorf("got location %q, want America/New_York", loc)
	}
	if h, m := got.Time.Hour(), got.Time.Minute(); h != 22 || m != 41 {
		t.Errorf("got wall clock %02d:%02d, want 22:41", h, m)
	}
}

func TestParseTimeNoTime(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{
		"", "   ", "TBD", "tbd", "TBA", "TODO", "n/a", "N/A", "NA", "?", "???", "-", "--", "…", "...",
		"xx", "XXX", "unknown", "FIXME", "fill me in", "none yet",
		"<YYYY-MM-DD HH:MM UTC>", "<HH:MM>", "{{start}}", "[time]", "**TBD**", "`TBD`", "_tbd_",
		"(approx.)",
	} {
		t.Run(in, func(t *testing.T) {
			for _, b := range []time.Time{{}, base} {
				got, err := ParseTime(in, b)
				if !errors.Is(err, ErrNoTime) {
					t.Errorf("ParseTime(%q, base %v): got error %v, want ErrNoTime", in, b.IsZero(), err)
				}
				if !got.Time.IsZero() {
					t.Errorf("ParseTime(%q): got time %v, want the zero time", in, got.Time)
				}
			}
		})
	}
}

func TestParseTimeInvalid(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   string
		base time.Time
		want string // a part of the error message
	}{
		{"hour 25", "25:00", base, "not a valid time"},
		{"hour 24", "2026-11-02 24:00 UTC", time.Time{}, "not a valid time"},
		{"minute 60", "2026-11-02 14:60 UTC", time.Time{}, "not a valid time"},
		{"second 61", "2026-11-02 14:02:61 UTC", time.Time{}, "not a valid time"},
		{"30 February", "2026-02-30 10:00 UTC", time.Time{}, "not a valid date"},
		{"29 February of a common year", "2026-02-29 10:00 UTC", time.Time{}, "not a valid date"},
		{"31 April", "2026-04-31 10:00 UTC", time.Time{}, "not a valid date"},
		{"30 February without a clock", "2026-02-30", time.Time{}, "not a valid date"},
		{"month 13", "2026-13-01 10:00 UTC", time.Time{}, "not a valid date"},
		{"month 0", "2026-00-10 10:00 UTC", time.Time{}, "not a valid date"},
		{"day 0", "2026-11-00 10:00 UTC", time.Time{}, "not a valid date"},
		{"day 32", "2026-11-32 10:00 UTC", time.Time{}, "not a valid date"},
		{"unknown abbreviation", "2026-11-02 14:02 XYZ", time.Time{}, `unknown zone "XYZ"`},
		{"unknown IANA zone", "2026-11-02 14:02 Mars/Olympus_Mons", time.Time{}, `unknown zone "Mars/Olympus_Mons"`},
		{"zone too long for an abbreviation", "14:02 America", base, `unknown zone "America"`},
		{"offset out of range", "2026-11-02 14:02 UTC+15", time.Time{}, "out of range"},
		{"offset minutes out of range", "2026-11-02 14:02 +0975", time.Time{}, "out of range"},
		{"words", "shortly after lunch", base, "cannot read"},
		{"date and words", "2026-11-02 afternoon", time.Time{}, "cannot read"},
		{"bare clock without a base", "14:02", time.Time{}, "has no date"},
		{"bare clock with zone without a base", "15:40 UTC", time.Time{}, "has no date"},
		{"pm clock without a base", "2:02 pm PST", time.Time{}, "has no date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTime(tt.in, tt.base)
			if err == nil {
				t.Fatalf("ParseTime(%q): got %v, want an error containing %q", tt.in, got.Time, tt.want)
			}
			if errors.Is(err, ErrNoTime) {
				t.Errorf("ParseTime(%q): got ErrNoTime, want a reading error", tt.in)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseTime(%q): got error %q, want it to contain %q", tt.in, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.in) {
				t.Errorf("ParseTime(%q): got error %q, want it to quote the value", tt.in, err)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   time.Time
		wantOK bool
	}{
		{"2026-12-15", utc(2026, 12, 15, 0, 0), true},
		{"2026/12/15", utc(2026, 12, 15, 0, 0), true},
		{"2026-1-5", utc(2026, 1, 5, 0, 0), true},
		{"  2026-12-15  ", utc(2026, 12, 15, 0, 0), true},
		{"2028-02-29", utc(2028, 2, 29, 0, 0), true},
		{"2026-12-15 14:02 UTC", utc(2026, 12, 15, 0, 0), true}, // the date of a date and time
		{"2026-02-29", time.Time{}, false},
		{"2026-02-30", time.Time{}, false},
		{"2026-04-31", time.Time{}, false},
		{"2026-13-01", time.Time{}, false},
		{"2026-00-01", time.Time{}, false},
		{"2026-12-00", time.Time{}, false},
		{"15.12.2026", time.Time{}, false},
		{"12/15/2026", utc(2026, 12, 15, 0, 0), true},
		{"15/12/2026", utc(2026, 12, 15, 0, 0), true},
		{"5-26-21", utc(2021, 5, 26, 0, 0), true},
		{"03/04/2026", time.Time{}, false}, // March 4 or April 3
		{"02/30/2026", time.Time{}, false},
		{"Dec 15", time.Time{}, false},
		{"TBD", time.Time{}, false},
		{"<YYYY-MM-DD>", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.wantOK || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q): got %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("ParseDate(%q): got location %v, want UTC", tt.in, got.Location())
		}
	}
}

func TestNormalizeSeverity(t *testing.T) {
	for in, want := range map[string]string{
		"SEV2": "SEV2", "sev 2": "SEV2", "Sev-2": "SEV2", "S2": "SEV2", "severity 1": "SEV1",
		"**SEV1**": "SEV1", "sev_3": "SEV3", "high": "HIGH", " critical ": "CRITICAL", "<SEV1-SEV4>": "<SEV1-SEV4>",
	} {
		if got := NormalizeSeverity(in); got != want {
			t.Errorf("NormalizeSeverity(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for in, want := range map[string]bool{
		"": true, " ": true, "TBD": true, "<Name>": true, "<@login>": true, "{{owner}}": true, "n/a": true,
		"@alice": false, "2026-11-02": false, "SEV2": false, "Alice": false,
	} {
		if got := IsPlaceholder(in); got != want {
			t.Errorf("IsPlaceholder(%q): got %v, want %v", in, got, want)
		}
	}
}

func TestIsPlaceholderTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"*{{action item}}* — owner":               true,
		"<Action> - owner":                        true,
		"[Describe the action] – owner, due date": true,
		"TBD":                                   true,
		"TBD - pick a retention period":         false,
		"Add a replication-lag alert — @dana":   false,
		"<@U024BE7LH|dana> — rotate the keys":   false,
		"Rotate `{{.Values.key}}` in the chart": false,
	} {
		if got := IsPlaceholderTitle(title); got != want {
			t.Errorf("IsPlaceholderTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
