package postmortem

import "testing"

// A tracker's stamp opens with a date in the form the tracker's date
// reader reads, the longest included, and only then.
func TestTrackerStampReadsTrackerDates(t *testing.T) {
	for _, tt := range []struct {
		date string
		want bool
	}{
		{"12/Nov/26", true}, {"3-Dec-2026", true}, {"12/September./2026", true}, {"1/Jan/26", true},
		{"12/Nov/20261", false}, {"12/Foo/26", false}, {"123/Nov/26", false}, {"12.Nov.26", false},
	} {
		_, end, ok := trackerStamp([]byte(tt.date + " 2:14 AM UTC"))
		if ok != tt.want || (trackerDate(tt.date) != tt.date) != tt.want {
			t.Errorf("%q: stamp %v, date read %v, want %v", tt.date, ok, trackerDate(tt.date) != tt.date, tt.want)
		}
		if ok && end != len(tt.date)+12 {
			t.Errorf("%q: stamp ends at %d, want the whole of it", tt.date, end)
		}
	}
}
