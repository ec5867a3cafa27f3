package lint

import "testing"

// TestPersonCauseEarlyBy checks a fault told as too early ("sent the
// rota a week too early") or as what went live, on sale or was charged a
// span of time early after a person's act; and care told as early ("had
// renewed the licence two weeks early"), or a shift.
func TestPersonCauseEarlyBy(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Tomasz sent the winter rota to the drivers a week too early, and the Monday buses ran on the Sunday timetable.",
		"Maria moved the price file to the live folder, and the spring menu went on sale two days early.",
		"Priya pushed the renewal job on Friday, and 900 members were charged a month early.",
	})
	checkPersonCause(t, false, []string{
		"Tomasz renewed the licence two weeks early, and the scanners kept working.",
		"Maria published the spring menu two days early for the staff tasting.",
		"Priya joined the early shift and watched the renewal job finish.",
	})
}
