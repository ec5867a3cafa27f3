package postmortem

import (
	"testing"
	"time"
)

// A document that dates its incident only in a sentence, with the month
// in words in any language of the vocabulary, has its bare times read on
// that day: in the year written with it, else in the review's year. A
// date in the action list, or the review's own, is not the incident's.
func TestProseDayInWords(t *testing.T) {
	for src, want := range map[string]string{
		"# Panne des valideurs\n\n## Résumé\n\nLe mardi 3 novembre 2026, de 07:48 à 09:31, les valideurs ont refusé les cartes.\n\nDébut de l'impact : 07:48\nFin de l'impact : 09:31\n":                                                                                                "2026-11-03 07:48",
		"# Задача: рецепти\n\n### Накратко\n\nВ петък, 27 ноември 2026 г., следобед аптеките не можеха да заредят рецепти.\n\n| Час | Събитие |\n| --- | --- |\n| 16:45 | Първи откази. Начало на въздействието. |\n| 19:05 | Край на въздействието. |\n":                               "2026-11-27 16:45",
		"# Outage\n\n**Review:** 2 December 2026\n\n## Summary\n\nOn race morning, Sunday 29 November, the tracker froze.\n\n## Timeline\n\n- 07:04 first 401 → **impact starts**\n- 09:46 tracker current → **resolved**\n":                                                            "2026-11-29 07:04",
		"# Outage\n\n**Review:** [[December 2nd, 2026]]\n\n## Summary\n\nThe board froze overnight.\n\n## What happened\n\n- The certificate rotated at 23:30 on [[November 25th, 2026]]\n\n## Timeline\n\n- 23:40 last sync → **start of impact**\n- 09:05 boards correct → **end**\n": "2026-11-25 23:40",
	} {
		doc := mustParse(t, []byte(src))
		start, ok := doc.Time(FieldStart)
		if !ok || start.Err != nil {
			t.Errorf("no start read (%v) in\n%s", start.Err, src)
			continue
		}
		if got := start.Time.UTC().Format("2006-01-02 15:04"); got != want {
			t.Errorf("start %s, want %s in\n%s", got, want, src)
		}
	}
	for src, day := range map[string]int{
		"# Outage\n\n**Review:** 2 December 2026\n\n## Timeline\n\n- 07:04 **impact starts**\n\n## Action items\n\n- [ ] Add an alert — @dana — due 1 December 2026\n":        1,
		"# Outage\n\n## Summary\n\nLe réseau est tombé. Nous nous reverrons le 9 décembre 2026.\n\n**Review:** 1 December 2026\n\n## Timeline\n\n- 07:04 **impact starts**\n": 9,
	} {
		if start, ok := mustParse(t, []byte(src)).Time(FieldStart); ok && start.Err == nil && start.Time.Day() == day {
			t.Errorf("start read on %s in\n%s", start.Time.Format(time.DateOnly), src)
		}
	}
}

// A date written with a space after each dot, "20. 11. 2026", as Czech
// and Slovak write it, gives the document's year: a day the prose names
// without its year ("V stredu 18. novembra") is read in it.
func TestSpacedDottedDateGivesTheYear(t *testing.T) {
	src := "# Výpadok rezervácií\n\n**Stretnutie k rozboru:** piatok 20. 11. 2026, 10:00\n\n## Stručne\n\nV stredu 18. novembra ráno portál vracal chybu 503.\n\n" +
		"**Začiatok výpadku:** 7:00\n**Koniec výpadku:** 8:26\n"
	start, ok := mustParse(t, []byte(src)).Time(FieldStart)
	if !ok || start.Err != nil {
		t.Fatalf("no start read (%v)", start.Err)
	}
	if got := start.Time.Format("2006-01-02 15:04"); got != "2026-11-18 07:00" {
		t.Errorf("start %s, want 2026-11-18 07:00", got)
	}
}

// A night the prose dates as a range of days ("Night of Sat 28 → Sun 29
// Nov 2026", "30–1 Dec", "la notte del 28/29 novembre") is the first
// day's: the start's bare time falls on it, and the times after
// midnight on the next.
func TestProseDayRangeFirstDay(t *testing.T) {
	for line, want := range map[string]string{
		"Night of Sat 28 → Sun 29 Nov 2026":        "2026-11-28 23:20",
		"The night of 30–1 December 2026.":         "2026-11-30 23:20",
		"Durante la notte del 28/29 novembre 2026": "2026-11-28 23:20",
		"Sunday 29 November 2026, before dawn":     "2026-11-29 23:20",
		"Published 18:02 – 4 December 2026":        "2026-12-04 23:20", // a clock's minutes open no range
		"Posted 18.03 — 4 December 2026":           "2026-12-04 23:20",
	} {
		src := "# Docks offline\n\n" + line + "\n\n## Timeline\n\n- 23:20 — gateway SIM hits its cap. **Impact starts.**\n- 00:05 — first support email.\n- 02:40 — last dock online. **Resolved.**\n"
		start, ok := mustParse(t, []byte(src)).Time(FieldStart)
		if !ok || start.Err != nil {
			t.Errorf("%q: no start read (%v)", line, start.Err)
			continue
		}
		if got := start.Time.UTC().Format("2006-01-02 15:04"); got != want {
			t.Errorf("%q: start %s, want %s", line, got, want)
		}
	}
}

// The day a summary's span names without its year ("from 6:05 pm to
// 8:40 pm CAT on Wed 2 Dec") dates the timeline's bare times, over a day
// the prose names before it, a status page's "last refreshed 3 Dec
// 2026".
func TestStatedDayOverEarlierProseDay(t *testing.T) {
	src := "# Dunecrest Lodges status\n\n🟢 **All Systems Operational** · last refreshed 3 Dec 2026, 09:15\n\n" +
		"**What happened, in one paragraph.** From 6:05 pm to 8:40 pm CAT on Wed 2 Dec, the booking engine told every visitor that all lodges were full.\n\n" +
		"## Timeline\n\n- 6:05 pm — rate import applies the file\n- 6:19 pm — keyword monitor alert fired; Selma sees it\n- 8:40 pm — restore finished, lodges bookable again\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T16:05Z", FieldDetect: "2026-12-02T16:19Z", FieldEnd: "2026-12-02T18:40Z"})
}
