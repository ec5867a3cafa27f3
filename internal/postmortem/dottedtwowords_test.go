package postmortem

import "testing"

// A timeline table of dotted clocks whose events are told in two words,
// as Finnish tells many ("Palvelin käynnistetään"), is read as a
// timeline where one row at least has more words.
func TestDottedClockTableOfTwoWordEvents(t *testing.T) {
	const src = "# Kassakatko\n\n- **Päivämäärä:** 2026-03-18\n- **Aikavyöhyke:** UTC\n\n## Aikajana\n\n" +
		"| Aika | Tapahtuma |\n| --- | --- |\n| 8.05 | Kassat lakkaavat toimimasta kaikissa myymälöissä — **häiriö alkaa** |\n" +
		"| 8.20 | Myymälä soittaa — **havaittu** |\n| 8.41 | Palvelin käynnistetään |\n| 9.02 | Kassat toimivat — **häiriö päättyy** |\n"
	checkUTC(t, mustParse(t, []byte(src)), map[string]string{FieldStart: "2026-03-18T08:05Z", FieldDetect: "2026-03-18T08:20Z", FieldEnd: "2026-03-18T09:02Z"})
}

// A table of figures with dotted numbers is no timeline: no row tells
// an event in three words.
func TestDottedFiguresTableIsNoTimeline(t *testing.T) {
	const src = "# Costs\n\n## Figures\n\n| Rate | Plan name |\n| --- | --- |\n| 1.50 | Basic plan |\n| 2.30 | Team plan |\n| 4.10 | Large plan |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 0 {
		t.Fatalf("events %v, want none", doc.Events)
	}
}
