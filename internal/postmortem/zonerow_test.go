package postmortem

import (
	"testing"
	"time"
)

// A properties table that states the zone of its times in a row of its
// own, "| Times | Perth time (AWST) |" or "| Time zone | CET |", gives
// the zone of the rows below it.
func TestZoneRowInPropertiesTable(t *testing.T) {
	for _, zoneRow := range []string{"| Times | Adelaide time (ACDT) |", "| Time zone | ACDT |"} {
		src := "# Kiosk outage\n\n| Review | |\n| --- | --- |\n" + zoneRow + "\n" +
			"| Impact start | Fri 4 Dec 2026, 8:15 pm |\n| Impact end | Fri 4 Dec 2026, 9:45 pm |\n"
		doc := mustParse(t, []byte(src))
		want := time.Date(2026, 12, 4, 11, 15, 0, 0, time.UTC)
		if e, ok := doc.Time(FieldEnd); !ok || e.Err != nil || !e.Time.Equal(want) {
			t.Errorf("%s: end %+v, want %v", zoneRow, e, want)
		}
	}
}

// A title that names the incident's day without its year, "(night of
// Mar 3)", gives the day of times stated without a date, in the year of
// the review, before a day the prose mentions in passing.
func TestTitleDayWithoutYear(t *testing.T) {
	src := "# Payments retries stalled (night of Mar 3)\n\n" +
		"**Review meeting:** Mar 9, 2026\n**Impact began:** 11:20 PM UTC\n**Impact ended:** 11:50 PM UTC\n\n" +
		"## Summary\n\nRetries stalled; the batch for Mar 4 ran late.\n"
	doc := mustParse(t, []byte(src))
	want := time.Date(2026, 3, 3, 23, 20, 0, 0, time.UTC)
	if s, ok := doc.Time(FieldStart); !ok || s.Err != nil || !s.Time.Equal(want) {
		t.Errorf("start %+v, want %v", s, want)
	}
}

// A cloud console's incident record rates the incident on its Impact
// scale, "| Impact | 2 - High |": where nothing else gives a severity,
// that grade is it; an impact told in words is not.
func TestImpactGradeAsSeverity(t *testing.T) {
	src := "# Top-ups failing\n\n| Field | Value |\n| --- | --- |\n| Impact | 3 - Medium |\n| Status | Resolved |\n"
	doc := mustParse(t, []byte(src))
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "3 - Medium" {
		t.Errorf("severity %+v, want the impact grade", f)
	}
	doc = mustParse(t, []byte("# Top-ups failing\n\n| Field | Value |\n| --- | --- |\n| Impact | drivers could not top up |\n"))
	if f, ok := doc.Field(FieldSeverity); ok {
		t.Errorf("severity %+v from an impact in words", f)
	}
}
