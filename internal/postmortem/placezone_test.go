package postmortem

import "testing"

// A zone written as a city: after a stated time ("Sydney time", "(Berlin)"),
// in a note for every time ("All times are London time", "Timeline
// (Lisbon)"), in the title, in an italic first line, and on a T0 that
// offsets count from. Each is read in the city's zone of the database
// with the summer time of its day.
func TestPlaceZones(t *testing.T) {
	const timeline = "\n\n## Timeline\n\n- 09:10 Deploy starts.\n- 09:20 Error alert; on-call paged.\n- 10:05 Errors back to normal.\n"
	for name, tt := range map[string]struct {
		src  string
		want map[string]string
	}{
		"after each time": {"# Cache outage\n\n**Start:** 2026-11-03 14:02 Sydney time\n**Detected:** 2026-07-03 14:19 Sydney Time\n**End:** 2026-11-03 15:40 (Berlin)\n",
			map[string]string{FieldStart: "2026-11-03T03:02Z", FieldDetect: "2026-07-03T04:19Z", FieldEnd: "2026-11-03T14:40Z"}},
		"note for every time": {"# Cache outage\n\nDate: 2026-06-04\n\nAll times are London time." + timeline,
			map[string]string{FieldStart: "2026-06-04T08:10Z", FieldDetect: "2026-06-04T08:20Z", FieldEnd: "2026-06-04T09:05Z"}},
		"timeline heading": {"# Cache outage\n\nDate: 2026-01-14\n\n## Timeline (Helsinki)\n\n- 09:10 Deploy starts.\n- 09:20 Error alert; on-call paged.\n- 10:05 Errors back to normal.\n",
			map[string]string{FieldStart: "2026-01-14T07:10Z", FieldEnd: "2026-01-14T08:05Z"}},
		"title": {"# Cache outage on 2026-08-20, all times Taipei time" + timeline,
			map[string]string{FieldStart: "2026-08-20T01:10Z", FieldEnd: "2026-08-20T02:05Z"}},
		"italic first line": {"# Cache outage\n\n_Written after the review, all times CET_\n\nDate: 2026-08-20" + timeline,
			map[string]string{FieldStart: "2026-08-20T08:10Z", FieldEnd: "2026-08-20T09:05Z"}},
		"T0": {"# Cache outage\n\n**T0:** 2026-08-20 21:35 Taipei time, first failed read\n**Detected:** T+12m\n",
			map[string]string{FieldDetect: "2026-08-20T13:47Z"}},
	} {
		t.Run(name, func(t *testing.T) { wantTimes(t, tt.src, tt.want) })
	}
}

// Words that name no city are no zone, and a city is read only as a
// name: capitalised, alone or before "time".
func TestPlaceZoneWords(t *testing.T) {
	for s, want := range map[string]string{
		"Taipei": "Asia/Taipei", "Sydney time": "Australia/Sydney", "New York Time": "America/New_York",
		"taipei": "", "Springfield": "", "Taipei office": "", "time": "", "": "",
	} {
		if got := placeZone(s); got != want {
			t.Errorf("placeZone(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]bool{"21:35 Taipei time": true, "15:40 (Berlin)": true, "15:40 (Bob)": false, "at lunch time": false, "09:00 UTC": false} {
		if got := placeEnds(s); got != want {
			t.Errorf("placeEnds(%q) = %v, want %v", s, got, want)
		}
	}
}

// Every city's zone is one the database knows, so no place a note names
// leaves the times unread; the cities added for notes such as "All times
// Winnipeg time" read as their own zone.
func TestPlaceZonesLoad(t *testing.T) {
	for place, zone := range placeZones {
		if _, err := loadZone(zone); err != nil {
			t.Errorf("%s: zone %s: %v", place, zone, err)
		}
	}
	for s, want := range map[string]string{
		"St. John's time": "America/St_Johns", "Winnipeg": "America/Winnipeg", "Doha time": "Asia/Qatar", "Montevideo": "America/Montevideo",
	} {
		if got := placeZone(s); got != want {
			t.Errorf("placeZone(%q) = %q, want %q", s, got, want)
		}
	}
}
