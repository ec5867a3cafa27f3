package postmortem

import "testing"

// openingDoc is a post-mortem with top under its title, a timeline of
// clocks alone, and no other date.
func openingDoc(top string) string {
	return "# Checkout outage\n\n" + top + "\n\n## Summary\n\nCheckout failed.\n\n## Timeline\n\n- 14:02 checkout errors begin\n- 14:09 alert fires\n- 15:10 errors back to normal\n"
}

// A date in the words the readers did not take, "14th of November", a
// weekday before digits, "the" before it, and dots, dates the timeline.
func TestDayWordsDateTheTimeline(t *testing.T) {
	for _, top := range []string{
		"Date of incident: Saturday, 14th of November 2026",
		"Date: 14.11.2026",
		"Date: the 14th of November, 2026",
		"Date: Saturday 2026-11-14",
		"Date: Sat, 2026-11-14",
	} {
		s, ok := mustParse(t, []byte(openingDoc(top))).Time(FieldStart)
		if !ok || s.Err != nil || s.Time.Format("2006-01-02 15:04") != "2026-11-14 14:02" {
			t.Errorf("%q: start %v (%v), want 2026-11-14 14:02", top, s.Time, s.Err)
		}
	}
}

// A day in the line of facts under the title is the document's date,
// where no field gives one; a day in a section is not.
func TestOpeningDate(t *testing.T) {
	for top, want := range map[string]string{
		"Incident #4411 · 2026-11-14 · SEV2": "2026-11-14",
		"**2026-11-14**":                     "2026-11-14",
		"Incident: November 14, 2026":        "November 14, 2026",
		"Checkout broke for an hour.":        "",
	} {
		f, ok := mustParse(t, []byte(openingDoc(top))).Field(FieldDate)
		if got := f.Value; ok != (want != "") || got != want {
			t.Errorf("%q: date %q, want %q", top, got, want)
		}
	}
	src := openingDoc("Checkout broke.") + "\n## Notes\n\nThe review was held on 2026-11-20.\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldDate); ok {
		t.Errorf("a day in a section: date %q, want none", f.Value)
	}
}
