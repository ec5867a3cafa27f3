package postmortem

import (
	"strings"
	"testing"
)

// An offset from UTC with its minutes ("UTC+05:30") in a note or a
// field for every time is that zone, minutes and all, not the hour's.
func TestUTCOffsetKeepsMinutes(t *testing.T) {
	entries := "\n\n## Ablauf\n\n- 21:30 — Temperatur im Kühlraum steigt\n- 22:10 — Alarm\n"
	for _, fields := range []string{
		"**Datum:** 2026-11-24\n\nAlle Uhrzeiten in UTC+05:30.",
		"**Datum:** 2026-11-24\n**Zeitzone:** UTC+05:30",
	} {
		wantTimes(t, "# Störung\n\n"+fields+entries, map[string]string{FieldStart: "2026-11-24T16:00Z"})
	}
}

// The incident's day written day first with dots, as German, Ukrainian,
// Polish or Turkish write it, with a weekday in parentheses after it or
// not, is the day of the timeline's bare clocks.
func TestDottedIncidentDay(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"german", "# Störung der Kassen\n\n**Datum des Vorfalls:** 28.11.2026\n**Zeitzone:** MEZ\n\n## Ablauf\n\n- 06:30 — Kassen melden Fehler\n- 07:10 — Bereitschaft alarmiert\n", "2026-11-28T05:30Z"},
		{"ukrainian", "# Розбір\n\n**Дата інциденту:** 03.12.2026 (четвер)\n\n## Хронологія\n\n- 06:30 — черга зупинилась\n- 07:05 — охорона пише в чат\n", "2026-12-03T06:30Z"},
		{"turkish", "# Olay raporu\n\n**Olay tarihi:** 1.12.2026\n\n## Zaman çizelgesi\n\n- 22:15 — ödemeler başarısız\n- 22:40 — nöbetçi arandı\n", "2026-12-01T22:15Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// Clocks as many teams write them besides "14:02" and "2:14 pm": the
// Spanish "4:10 p. m.", a schedule's "6:05p", the British dotted
// "6.20pm" and "11.05 a.m.", and the 24-hour "1415 hrs" of services and
// the military, in a timeline's entries.
func TestClocksWrittenOtherwise(t *testing.T) {
	for _, c := range []struct{ name, src, start, end string }{
		{"spanish", "# Caída de etiquetas\n\n**Fecha del incidente:** 26 de noviembre de 2026\n\n## Cronología\n\n" +
			"- 3:40 p. m. — las etiquetas dejan de salir\n- 4:05 p. m. — la bodega avisa por radio\n- 11:20 p. m. — todo estable. **Fin del impacto.**\n", "2026-11-26T15:40Z", "2026-11-26T23:20Z"},
		{"letter", "# Board froze\n\n**Date:** 2026-11-29\n\n## Timeline\n\n" +
			"- 6:40p — board stops taking updates\n- 7:02p — desk calls IT\n- 9:15p — board back in sync, impact ended\n", "2026-11-29T18:40Z", "2026-11-29T21:15Z"},
		{"dotted", "# Scanners stopped syncing\n\n**Incident date:** 27 November 2026\n\n## Timeline\n\n" +
			"- **6.20pm** — access point drops off\n- 7.45pm — first complaint\n- 11.05 p.m. — all scanners synced, impact ended\n", "2026-11-27T18:20Z", "2026-11-27T23:05Z"},
		{"hrs", "# Routes empty\n\n**Incident date:** 2026-11-25\n\n## Timeline\n\n" +
			"- 1415 hrs — optimiser publishes empty routes\n- 1440hrs — driver radios dispatch\n- 1705 hrs — routes back on every tablet, impact ended\n", "2026-11-25T14:15Z", "2026-11-25T17:05Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start, FieldEnd: c.end}) })
	}
}

// A letter after a clock that begins a word is no am or pm: "at 6:05 a
// new alert", "6:05am".
func TestMeridiemLetterNeedsNoWord(t *testing.T) {
	for s, want := range map[string]string{"6:05 a new alert": "", "6:05and": "", "6:05a": "am", "11:40p —": "pm", "6:05am": "am"} {
		if m, ok := readClock(s); !ok || m[4] != want && strings.ToLower(m[4]) != want {
			t.Errorf("%q: read %q (%v), want %q", s, m[4], ok, want)
		}
	}
	for _, s := range []string{"2.10 release", "1415 meters", "0340", "14.5 pm"} {
		if m, ok := readClock(s); ok {
			t.Errorf("%q read as a clock %q", s, m[0])
		}
	}
}

// A moment an entry names apart from what happened, by a label in bold
// or italics or a short note after an arrow or in italics at its end in
// everyday words ("← impact starts", "← we knew", "*Over.*"), is that
// entry's, before words of another entry that happen to say it ("the
// foreman notices").
func TestMomentsNamedApart(t *testing.T) {
	for _, c := range []struct{ name, entries, start, detect, end string }{
		{"arrows", "- 7:05 — ticket printer stops; queue grows ← impact starts\n- 7:20 — desk phones IT ← we knew\n- 7:40 — IT dials in, database locked\n- 9:10 — printer back, queue gone ← over\n",
			"07:05", "07:20", "09:10"},
		{"italic notes", "- 7:05 — access point drops off. *Problem starts.*\n- 7:50 — first dray leaves\n- 9:20 — a landlord phones: \"not mine\". *We know something's wrong.*\n- 13:40 — last pub swapped. *Over.*\n",
			"07:05", "09:20", "13:40"},
		{"bold label beside words", "- 07:05 — routes publish empty. **Impact begins.**\n- 07:12 — foreman notices trucks idling, thinks it is salt\n- 07:30 — driver radios dispatch. **Detected**\n- 09:10 — routes back on every tablet\n- 09:40 — streets cleared. **End**\n",
			"07:05", "07:30", "09:40"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "# Outage\n\n**Incident date:** 2026-11-27\n\n## Timeline\n\n" + c.entries
			wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T" + c.start + "Z", FieldDetect: "2026-11-27T" + c.detect + "Z", FieldEnd: "2026-11-27T" + c.end + "Z"})
		})
	}
}

// A mark inside a word or a run of emphasis closed before the entry's
// end is no note: "db_end" and "**Start** (best estimate)" name no end.
func TestApartNoteNeedsItsMarks(t *testing.T) {
	for text, want := range map[string]string{
		"backup job_end reached":                 "",
		"**Start** (best estimate from the log)": "",
		"compressor reset. **End":                "End",
		"queue gone ← over":                      " over",
		"queue gone <- over":                     " over",
	} {
		if got := apartNote(text, strings.Contains(text, "←") || strings.Contains(text, "<-")); got != want {
			t.Errorf("%q: note %q, want %q", text, got, want)
		}
	}
}

// A field labelled "Date" alone beside a field of the review's own on a
// later day is the incident's day, not a date the summary happens to
// name ("a change on Nov 20"); a plain date with its clock (a message's
// header) or on the review's day is not.
func TestPlainDateBesideReview(t *testing.T) {
	entries := "\n\n*Summary*\nThe board froze. A backup job had been moved in a change on Nov 20.\n\n*Timeline*\n• 6:05 — board stops taking updates\n• 6:22 — desk calls IT, we noticed\n"
	wantTimes(t, "# Board froze\n\n*Date:* Sun Nov 29, 2026\n*Lead:* Kay B.\n*Review call:* Wed Dec 2, 8:00 AM, ops room"+entries,
		map[string]string{FieldStart: "2026-11-29T06:05Z"})
	wantTimes(t, "# Board froze\n\n**Date:** 2026-11-29\n**Review meeting:** 2026-12-02"+entries,
		map[string]string{FieldStart: "2026-11-29T06:05Z"})
}

// A table of work already done whose first column names it ("Done",
// "What we did", "Steps taken") and whose times stand in a later column
// lists the work in its own order, not the times': no row of it is out
// of order.
func TestDoneRecordTableIsNoTimeline(t *testing.T) {
	for _, head := range []string{"Done", "What we did", "Steps taken"} {
		src := "# Results delayed\n\n**Incident date:** 2026-12-01\n\n## Timeline\n\n- 11:48 — disk full, forwarding stops\n- 12:31 — chemist notices the stalled counter\n- 15:10 — backlog cleared\n\n" +
			"## What we already did\n\n| " + head + " | When | By |\n| --- | --- | --- |\n| Removed old queue segments | 1 Dec, 13:55 | Joost |\n| Phoned the urgent clinics | 1 Dec, 12:40 | Reception |\n| Added a disk alert | 2 Dec, 09:00 | Joost |\n"
		for _, e := range mustParse(t, []byte(src)).Events {
			if e.OutOfOrder {
				t.Errorf("%s: %q reported out of order", head, e.Raw)
			}
		}
	}
}

// A span a summary tells with the day after it under a short weekday
// ("From 6:05 pm to 8:40 pm CAT on Wed 2 Dec") is read on that day, not
// on the review's.
func TestProseSpanShortWeekday(t *testing.T) {
	src := "# Lodges shown full\n\n*Last refreshed 3 Dec 2026, 09:15*\n\nReview call held: Thu 3 Dec, 10:00\n\n**In one paragraph.** From 6:05 pm to 8:40 pm CAT on Wed 2 Dec, every lodge showed as full.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T16:05Z", FieldEnd: "2026-12-02T18:40Z"})
}

// The end of the incident in the words Ukrainian and Indonesian
// timelines close it with, "Кінець інциденту" and "Insiden selesai".
func TestIncidentEndLabels(t *testing.T) {
	for _, c := range []struct{ src, end string }{
		{"# Розбір\n\n**Дата інциденту:** 2026-11-28\n\n## Хронологія\n\n- 06:30 — виклики не доходять. **Початок інциденту**\n- 07:05 — охорона пише в чат\n- 11:15 — черга працює. **Кінець інциденту**\n", "2026-11-28T11:15Z"},
		{"# Insiden\n\n**Tanggal insiden:** 2026-11-28\n\n## Kronologi\n\n- 04:35 — server mati. **Awal insiden**\n- 05:10 — lelang manual\n- 07:10 — papan menyala lagi. **Insiden selesai**\n", "2026-11-28T07:10Z"},
	} {
		wantTimes(t, c.src, map[string]string{FieldEnd: c.end})
	}
}
