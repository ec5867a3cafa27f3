package config

import (
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"5d", 5 * day, false},
		{" 5d ", 5 * day, false},
		{"0d", 0, false},
		{"1d12h", 36 * time.Hour, false},
		{"36h", 36 * time.Hour, false},
		{"90m", 90 * time.Minute, false},
		{"2h30m", 150 * time.Minute, false},
		{"5", 0, true},
		{"", 0, true},
		{"d", 0, true},
		{"-5d", 0, true},
		{"+5d", 0, true},
		{"1.5d", 0, true},
		{"5 days", 0, true},
		{"5d-3h", 0, true},
		{"5d5d", 0, true},
		{"999999d", 0, true},
	}
	for _, tc := range tests {
		got, err := ParseDuration(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("ParseDuration(%q): got error %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if time.Duration(got) != tc.want {
			t.Errorf("ParseDuration(%q): got %v, want %v", tc.in, time.Duration(got), tc.want)
		}
	}
}

func TestDurationString(t *testing.T) {
	tests := []struct {
		d    Duration
		want string
	}{
		{Duration(5 * day), "5d"},
		{Duration(36 * time.Hour), "36h0m0s"},
		{0, "0s"},
	}
	for _, tc := range tests {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("String(%d): got %q, want %q", int64(tc.d), got, tc.want)
		}
	}
}
