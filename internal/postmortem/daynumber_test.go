package postmortem

import (
	"strings"
	"testing"
)

// A timeline over two days that names them by number, in a list, in a
// table with a column of its own or in the time's cell, and in other
// languages: a clock on day 2 earlier than one on day 1 is in order and
// on the next day, and the day's number is not the entry's text.
func TestDayNumbers(t *testing.T) {
	entries := [][3]string{{"Deploy of checkout v42", "Customers report failed payments", "Rollback and fix"}}[0]
	layouts := map[string]func(day, clock, text string) string{
		"list":       func(d, c, x string) string { return "- " + d + " " + c + " UTC — " + x + "\n" },
		"comma":      func(d, c, x string) string { return "- " + d + ", " + c + " UTC: " + x + "\n" },
		"bold":       func(d, c, x string) string { return "- **" + d + "** " + c + " UTC — " + x + "\n" },
		"day column": func(d, c, x string) string { return "| " + d + " | " + c + " | " + x + " |\n" },
		"one cell":   func(d, c, x string) string { return "| " + d + ", " + c + " UTC | " + x + " |\n" },
	}
	heads := map[string]string{"day column": "| Day | Time (UTC) | Event |\n|---|---|---|\n", "one cell": "| When | Event |\n|---|---|\n"}
	for _, days := range [][2]string{{"Day 1", "Day 2"}, {"D+0", "D+1"}, {"Tag 1", "Tag 2"}, {"Jour 1", "Jour 2"}, {"Día 1", "Día 2"}} {
		for name, row := range layouts {
			tl := heads[name] + row(days[0], "09:00", entries[0]) + row(days[0], "17:30", entries[1]) + row(days[1], "09:00", entries[2])
			doc := mustParse(t, []byte("# Checkout outage\n\nDate: 2026-03-04\n\n## Timeline\n\n"+tl))
			if len(doc.Events) != 3 {
				t.Errorf("%s, %s: %d entries, want 3", days[1], name, len(doc.Events))
				continue
			}
			if late := lateLines(doc); len(late) != 0 {
				t.Errorf("%s, %s: out of order on lines %v, want none", days[1], name, late)
			}
			if got := doc.Events[2].Time.UTC().Format("2006-01-02T15:04"); got != "2026-03-05T09:00" {
				t.Errorf("%s, %s: third entry at %s, want the next day", days[1], name, got)
			}
			if txt := doc.Events[2].Text; !strings.HasPrefix(txt, "Rollback") {
				t.Errorf("%s, %s: text %q, want the entry's words alone", days[1], name, txt)
			}
		}
	}
}

// A day's number is read only as a whole word before a clock: "Day 2"
// alone, "D+1 — …" (an offset of its own), "Days 2 …", "Tag 12a" and
// "Daylight 09:00" are no day before a clock.
func TestDayNumberWords(t *testing.T) {
	for s, want := range map[string]int{"Day 2 09:00": len("Day 2 "), "**Day 2**, 09:00": len("**Day 2**, "), "D+1 09:00": len("D+1 "), "day 3: 10:15": len("day 3: ")} {
		if got := dayLead(s); got != want {
			t.Errorf("%q: lead %d, want %d", s, got, want)
		}
	}
	for _, s := range []string{"Day 2", "D+1 — customers report", "Days 2 09:00", "Tag 12a 09:00", "Daylight 09:00", "Deploy 09:00", "Day 123 09:00", "D+ 09:00"} {
		if got := dayLead(s); got != 0 {
			t.Errorf("%q: lead %d, want none", s, got)
		}
	}
}
