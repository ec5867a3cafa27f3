package postmortem

import (
	"testing"
	"time"
)

// A weekday written in full before the day, with or without a comma,
// and a Finnish week by its number ("in week 50") are read.
func TestLocalWeekdayAndWeekDue(t *testing.T) {
	base := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for v, want := range map[string]string{
		"torsdag 17.12.":          "2026-12-17",
		"Selasa, 8 Desember 2026": "2026-12-08",
		"viikolla 51":             "2026-12-20",
	} {
		d, ok := readDueIn(v, base, true)
		if !ok || d.Format("2006-01-02") != want {
			t.Errorf("%q: %v %v, want %s", v, d.Format("2006-01-02"), ok, want)
		}
	}
}
