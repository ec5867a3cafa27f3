package postmortem

import "testing"

// An outliner nests a timeline's entries under a bullet of their day,
// written as a journal link or as a date: the entries take that day, and
// the clock going back after midnight under the next day is in order.
func TestTimelineItemDates(t *testing.T) {
	for _, day := range [][2]string{{"[[Mar 3rd, 2026]]", "[[Mar 4th, 2026]]"}, {"2026-03-03", "2026-03-04"}} {
		src := "# Backlog\n\n- ## Timeline\n\t- " + day[0] + "\n\t\t- 23:41 Deploy starts\n\t\t- 23:58 Queue grows\n" +
			"\t- " + day[1] + "\n\t\t- 00:05 Alert fires\n\t\t- 01:17 Queue empty\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Events) != 4 {
			t.Fatalf("%s: %d events, want 4", day[0], len(doc.Events))
		}
		for i, want := range []string{"2026-03-03T23:41Z", "2026-03-03T23:58Z", "2026-03-04T00:05Z", "2026-03-04T01:17Z"} {
			e := doc.Events[i]
			if got := e.Time.UTC().Format("2006-01-02T15:04Z"); got != want || !e.HasDate || e.OutOfOrder {
				t.Errorf("%s: entry %d at %s (dated %v, out of order %v), want %s", day[0], i, got, e.HasDate, e.OutOfOrder, want)
			}
		}
	}
}
