package postmortem

import "testing"

// A ticket's thread gives the day of its timeline's bare times only in
// its creation date, written month first with a two-digit year and a
// clock ("**Create Date:** | 12/2/26 7:51 AM"): the date is the
// document's, and the times are on that day.
func TestTicketCreateDateGivesTheDay(t *testing.T) {
	src := "# Ticket #4411 — Portal grades blank\n\n| | | | |\n| --- | --- | --- | --- |\n" +
		"| **Status:** | Closed | **Priority:** | Emergency |\n| **Create Date:** | 12/2/26 7:51 AM | **Source:** | Phone |\n\n" +
		"**Times:** Arizona time (MST, UTC-7)\n\n**Timeline (MST)**\n\n" +
		"- 7:20 AM — Sync starts. *Start of impact.*\n- 7:48 AM — First call. *Detected.*\n- 11:05 AM — Portal matches. *End of impact.*\n"
	doc := mustParse(t, []byte(src))
	if _, ok := doc.Field(FieldDate); !ok {
		t.Error("the Create Date is not read as the document's date")
	}
	checkUTC(t, doc, map[string]string{FieldStart: "2026-12-02T14:20Z", FieldDetect: "2026-12-02T14:48Z", FieldEnd: "2026-12-02T18:05Z"})
}

// A field naming the zone in another language, with the minus sign of
// typesetting in its offset ("Fuseau horaire:: heure normale de l'Est
// (HNE, UTC−5)"), gives the offset, not UTC.
func TestZoneLabelInOtherLanguageWithTypesetMinus(t *testing.T) {
	for _, label := range []string{"Fuseau horaire", "Zeitzone", "Zona horaria"} {
		src := "# Billetterie\n\n- " + label + ":: heure normale de l'Est (HNE, UTC−5) — toutes les heures ci-dessous\n" +
			"- Début de l'impact:: mercredi 2 décembre 2026, 21 h 40\n- Fin de l'impact:: 2 décembre 2026, 23 h 30\n"
		doc := mustParse(t, []byte(src))
		checkUTC(t, doc, map[string]string{FieldStart: "2026-12-03T02:40Z", FieldEnd: "2026-12-03T04:30Z"})
	}
	if z := lineZone("Pacific Standard Time (UTC−8)"); z != "UTC-8" {
		t.Errorf("lineZone read %q, want UTC-8", z)
	}
}

// A timeline table whose Date column writes the day with dots and
// without its year, after a weekday ("| Sa, 28.11. | 23:47 | … |"),
// reads its times on those days, in the year of the review's date.
func TestDottedYearlessDateColumn(t *testing.T) {
	src := "# Nachbetrachtung: Portal nachts nicht erreichbar\n\n| | |\n| --- | --- |\n" +
		"| **Nachbesprechung am** | Mittwoch, 02.12.2026, 10:00 Uhr |\n\n## Zeitlicher Ablauf\n\nAlle Uhrzeiten in MEZ.\n\n" +
		"| Datum | Uhrzeit (MEZ) | Ereignis |\n| --- | --- | --- |\n" +
		"| Sa, 28.11. | 23:47 | Tabelle gesperrt. **Beginn der Störung.** |\n" +
		"| So 29.11. | 00:20 | Test schlägt fehl. **Störung erkannt.** |\n" +
		"| 29.11.2026 | 02:05 | Alles wieder normal. **Ende der Störung.** |\n"
	doc := mustParse(t, []byte(src))
	checkUTC(t, doc, map[string]string{FieldStart: "2026-11-28T22:47Z", FieldDetect: "2026-11-28T23:20Z", FieldEnd: "2026-11-29T01:05Z"})
	for _, e := range doc.Events {
		if !e.HasDate || e.OutOfOrder {
			t.Errorf("entry %q read without its day or out of order", e.Raw)
		}
	}
}

// A German timeline entry that closes with "Störung erkannt." (the
// outage noticed) marks the detection, as "Beginn der Störung." marks
// the start.
func TestGermanDetectionMarker(t *testing.T) {
	for _, text := range []string{"Test schlägt fehl. **Störung erkannt.**", "Kunde ruft an. Ausfall bemerkt."} {
		if m := labelMarker(text); m != FieldDetect {
			t.Errorf("%q marks %q, want detect", text, m)
		}
	}
}

// A documentation site's callout component holds the page's facts in
// Markdown on a line of its own between its tags, parts separated by
// " · ": each part is a field.
func TestCalloutComponentFactsLine(t *testing.T) {
	src := "---\ntitle: \"Incident review: lockers\"\n---\n\n<Info>\n**Severity:** SEV2 · **Incident commander:** Wei Ling Tan (@weiling-t) · " +
		"**Review held:** Saturday 5 December 2026 · All times on this page are Singapore time (SGT, UTC+8).\n</Info>\n\n## Summary\n\nLockers refused codes.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldSeverity: "SEV2", FieldContact: "Wei Ling Tan (@weiling-t)", FieldDate: "Saturday 5 December 2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s read as %q (%v), want %q", key, f.Value, ok, want)
		}
	}
}

// The incident commander, as the Romance languages title the role, is
// the contact.
func TestIncidentCommanderInRomanceLanguages(t *testing.T) {
	for _, label := range []string{"Comandante do incidente", "Comandante del incidente", "Commandant de l'incident", "Coordinatore dell'incidente"} {
		doc := mustParse(t, []byte("# Revisão\n\n**"+label+":** Renata Albuquerque\n"))
		if f, ok := doc.Field(FieldContact); !ok || f.Value != "Renata Albuquerque" {
			t.Errorf("%q: contact read as %q (%v)", label, f.Value, ok)
		}
	}
}
