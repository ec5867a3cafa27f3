package postmortem

import "testing"

// "Mitigated" among an incident's facts, as a line, a bullet or a row,
// is when the impact was stopped: the end, where no label names an end
// of its own ("Resolved", "Impact ended").
func TestMitigatedFactIsTheEnd(t *testing.T) {
	for _, c := range []struct{ name, src, end string }{
		{"bullets", "# Checkout declines\n\n## Incident details\n\n**Date:** 2026-11-30\n\n" +
			"- **Impact start:** 08:12 UTC (flag flipped)\n- **Detected:** 08:20 UTC\n- **Mitigated:** 09:05 UTC (flag reverted, declines at baseline)\n", "2026-11-30T09:05Z"},
		{"row", "# Scanner queue stall\n\n| Field | Value |\n|---|---|\n| Date | 2 Dec 2026 |\n| Began | 13:40 UTC |\n| Mitigated | 14:55 UTC |\n", "2026-12-02T14:55Z"},
		{"resolved too", "# Export failures\n\n**Date:** 2026-12-01\n**Started:** 10:00 UTC\n**Mitigated:** 10:30 UTC\n**Resolved:** 11:15 UTC\n", "2026-12-01T11:15Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldEnd: c.end}) })
	}
}

// The incident's day as Czech and Slovak write it, a space after each
// dot ("3. 12. 2026"), and as Catalan elides "de" before a month that
// opens with a vowel ("3 d'abril de 2026"), is the day of the bare
// clocks stated beside it.
func TestIncidentDayWrittenWithSpacesOrElision(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"slovak", "# Výpadok\n\n- **Dátum incidentu:** 3. 12. 2026 (štvrtok)\n- **Začiatok:** 07:45\n", "2026-12-03T07:45Z"},
		{"czech", "# Výpadek\n\n**Datum incidentu:** 30. 11. 2026\n**Začátek:** 18:05\n", "2026-11-30T18:05Z"},
		{"catalan", "# Caiguda del portal\n\n- **Data de l'incident:** 3 d'abril de 2026\n- **Inici:** 11:20\n", "2026-04-03T11:20Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// A stated time's day in digits that reads either way round is read the
// way that gives the incident's day where a field writes that day in
// words ("3 December 2026" beside "03/12/2026 08:40"), whatever zone the
// document is in; and a review's date so written is read day first in a
// document whose zone says its writers put the day first.
func TestAmbiguousDayReadAsTheDocumentsDay(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"incident day in words", "# Upload failures\n\n| Property | Value |\n|---|---|\n| Incident date | 3 December 2026 |\n\nTimes are GMT.\n\n" +
			"| Moment | Time |\n|---|---|\n| Impact began | 03/12/2026 08:40 |\n| First alert | 03/12/2026 08:52 |\n", "2026-12-03T08:40Z"},
		{"month first stays", "# Upload failures\n\n**Incident date:** March 12, 2026\n**Impact began:** 03/12/2026 08:40 UTC\n", "2026-03-12T08:40Z"},
		{"review date day first", "# Panne des bornes\n\n| Champ | Valeur |\n|---|---|\n| Date | 04/12/2026 |\n| Fuseau horaire | heure de Paris (CET) |\n| Début | 09h05 |\n", "2026-12-04T08:05Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// A note in another language that gives every time its zone counts
// where it says "Zeitstempel" (timestamps), and where an outliner writes
// it as a list item of its own, as it writes every line.
func TestZoneNotesInOtherWords(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"zeitstempel", "# Störung im Shop\n\n_Exportiert aus dem Kanal. Zeitstempel in MEZ._\n\n**Datum:** 2026-12-01\n**Beginn:** 09:30\n", "2026-12-01T08:30Z"},
		{"outliner item", "- # Збій оплати\n- Усі часи за Києвом (EET, UTC+2)\n- **Початок:** 2026-12-01 09:30\n", "2026-12-01T07:30Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// The incident's day with the backslash a document saved as Markdown
// puts before a dot after a number ("4\. mars 2026") is that day.
func TestEscapedDotInIncidentDay(t *testing.T) {
	src := "**Gjennomgang: appen feilet**\n\n| Felt | Verdi |\n| :---- | :---- |\n| Dato for hendelsen | 4\\. mars 2026 |\n| Start | kl. 06.10 |\n\n*Alle tidspunkter er norsk tid (CET).*\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-03-04T05:10Z"})
}

// Hebrew joins "in" to the month ("3 בדצמבר 2026"): the incident's day
// so written is the day of the bare clocks.
func TestHebrewMonthWithItsPreposition(t *testing.T) {
	src := "# תחקיר: תקלה בקופות\n\n**תאריך האירוע:** 3 בדצמבר 2026\n\n> כל השעות בשעון ישראל (UTC+2).\n\n| | שעה |\n| --- | --- |\n| תחילת ההשפעה | 10:15 |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-03T08:15Z"})
}

// A sentence that sets its time in bold after "at" ("went down at
// **6:10 PM**") tells that moment as the same sentence without the bold
// does.
func TestBoldTimeInASentence(t *testing.T) {
	src := "# Kiosks offline\n\n**Date of incident:** Friday, November 27, 2026\n\n### What happened\n\n" +
		"The kiosks went down at **6:10 PM EST**, right after the firmware push. The night manager noticed at **6:25 PM** when the queue grew. " +
		"All kiosks were **back to normal at 7:40 PM EST**.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T23:10Z", FieldDetect: "2026-11-27T23:25Z", FieldEnd: "2026-11-28T00:40Z"})
}

// An outliner writes the summary as items under the summary's heading,
// a sentence an item: the start a sentence there tells is read as the
// summary's prose is.
func TestOutlinerSummaryItems(t *testing.T) {
	src := "title:: Postmortem - badge printers\ndate:: [[Dec 2nd, 2026]]\n\n- ## Summary\n" +
		"\t- On the morning of [[Dec 2nd, 2026]] the badge printers at the front desk stopped printing.\n" +
		"\t- Impact began at 07:35 UTC (the first failed print).\n- ## Impact\n\t- About 90 visitors waited.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T07:35Z"})
}

// More labels of the start, the detection and the end: Catalan "Final",
// Turkish "İlk uyarı" (first alert) and "Çözüm", Hebrew "חזרה לשגרה"
// (back to routine), Portuguese "Normalizado", Norwegian and Danish
// "Normal drift".
func TestMomentLabelsInMoreLanguages(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"catalan", "# Caiguda\n\n- **Data de l'incident:** 2026-12-01\n- **Final:** 11:40\n"},
		{"turkish", "# Kesinti\n\n- **İlk uyarı:** 01.12.2026 10:50\n- **Çözüm:** 01.12.2026 11:40\n"},
		{"hebrew", "# תקלה\n\n| | |\n|---|---|\n| תאריך האירוע | 2026-12-01 |\n| חזרה לשגרה | 11:40 |\n"},
		{"portuguese", "# Falha\n\n| Campo | Valor |\n|---|---|\n| Data do incidente | 2026-12-01 |\n| Normalizado | 11:40 |\n"},
		{"norwegian", "# Feil\n\n| Felt | Verdi |\n| :--- | :--- |\n| Dato for hendelsen | 2026-12-01 |\n| Normal drift | kl. 11.40 |\n"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldEnd: "2026-12-01T11:40Z"}) })
	}
	wantTimes(t, "# Kesinti\n\n- **İlk uyarı:** 01.12.2026 10:50\n", map[string]string{FieldDetect: "2026-12-01T10:50Z"})
}

// A clock after "kl." that ends a sentence ("igen kl. 18.10.") is no day
// and month: the narrative's times keep the day the date field gives.
func TestClockAtSentenceEndIsNoDay(t *testing.T) {
	src := "# Betalingsfejl i appen\n\n**Dato:** 3. december 2026\n\nAlle tider er dansk tid (CET).\n\n## Hvad skete der\n\n" +
		"Fejlen begyndte kl. 17.40, da en ny version blev rullet ud. Vi opdagede det kl. 17.52 via en alarm. Betalinger virkede igen kl. 18.10.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-03T16:40Z", FieldEnd: "2026-12-03T17:10Z"})
}

// Where the only date field is the review's, a day the summary names in
// ISO form after a weekday or "on" ("On Tuesday 2026-12-01 the …") is
// the day of the timeline's bare clocks.
func TestISODayInTheSummaryBeforeTheReview(t *testing.T) {
	src := "# PIR: conveyor stalled\n\n| | |\n|---|---|\n| **Review date** | 2026-12-04 |\n| **Severity** | 3 |\n\n## Summary\n\n" +
		"On Tuesday 2026-12-01 the conveyor controller lost its schedule after a reboot.\n\n## Timeline (UTC)\n\n" +
		"| Time | Event |\n|---|---|\n| 07:10 | **Impact start** – belts stop |\n| 07:50 | **Mitigated** – belts running |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T07:10Z"})
}

// "Window:" with its two times, a zone after the first ("2026-12-01
// 16:45 UTC → 18:20 UTC"), gives the start and the end.
func TestWindowWithZonesOnBothTimes(t *testing.T) {
	for _, v := range []string{"2026-12-01 16:45 UTC → 18:20 UTC", "2026-12-01 16:45 UTC – 18:20 UTC"} {
		src := "# Readings dropped\n\n**Owner:** @kim\n**Window:** " + v + "\n"
		wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T16:45Z", FieldEnd: "2026-12-01T18:20Z"})
	}
}

// A tracker's own "Start Date" with a day and no clock gives way to a
// label of the start that gives the clock, on the incident's day.
func TestDayOnlyStartGivesWayToTheClock(t *testing.T) {
	src := "# INC-88 — Tablets stopped syncing\n\n| | |\n|---|---|\n| **Start Date** | 12-01-2026 |\n| **Due Date** | 12-08-2026 |\n\n" +
		"Date of incident: Tuesday 1 December 2026\n\nImpact started: 10:20  \nResolved: 11:05  \n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-01T10:20Z"})
}
