package postmortem

import "testing"

// A note that gives every time its zone is read in each language of the
// vocabulary, by its word of the time: Croatian, Latvian, Catalan,
// Russian, Romanian, Hungarian, Estonian, Vietnamese, and the scripts
// that join a preposition to the word (Arabic "بتوقيت", Hebrew "בשעון")
// or write no spaces (Thai).
func TestZoneNotesInMoreLanguages(t *testing.T) {
	for src, want := range map[string]string{
		"# Kvar naplate karata u lukama\n\nOpis: plaćanje nije radilo.\n\n**Vremenska zona:** sva vremena su po srednjoeuropskom vremenu (CET, UTC+1)\n": "CET",
		"# Traucējums\n\n**Laiks:** visur Rīgas laiks (EET, UTC+2)\n":                                                                                    "EET",
		"# Incidència\n\n**Hores:** hora peninsular d'hivern (CET, UTC+1)\n":                                                                             "CET",
		"# Сбой\n\nВсё время указано по московскому времени (MSK).\n":                                                                                    "MSK",
		"# Incident\n\nToate orele sunt în ora României (EET).\n":                                                                                        "EET",
		"# Incidens\n\nMinden időpont közép-európai idő (CET).\n":                                                                                        "CET",
		"# Intsident\n\nKõik kellaajad on Eesti aja järgi (EET, UTC+2).\n":                                                                               "EET",
		"# Sự cố\n\nTất cả thời gian theo giờ Đông Dương (ICT, UTC+7).\n":                                                                                "ICT",
		"# حادثة\n\nجميع الأوقات في هذه الصفحة بتوقيت الإمارات (GST، UTC+4).\n":                                                                          "GST",
		"# תקלה\n\nכל השעות לפי שעון ישראל (UTC+2).\n":                                                                                                   "UTC+2",
		"# เหตุขัดข้อง\n\nเวลาทั้งหมดเป็นเวลาประเทศไทย (ICT, UTC+7)\n":                                                                                   "ICT",
	} {
		if got := mustParse(t, []byte(src)).Zone; got != want {
			t.Errorf("zone %q, want %q in\n%s", got, want, src)
		}
	}
}

// An abbreviation that names two zones (IST: India's or Israel's) is
// read as the offset from UTC written beside it says; where they agree,
// or the offset has its minutes ("IST (UTC+05:30)"), the abbreviation
// stands. An offset keeps its minutes, alone or beside an abbreviation
// ("UTC+05:30", "GMT+05:45", "IST (UTC+02:00)").
func TestZoneAbbreviationAndItsOffset(t *testing.T) {
	for line, want := range map[string]string{
		"שעון ישראל (IST, UTC+2)":           "UTC+2",
		"Zeitzone: IST (UTC+05:30)":         "IST",
		"Tider: svensk tid (CET, UTC+1)":    "CET",
		"Horario: CST (UTC+8)":              "UTC+8",
		"Zona waktu: UTC+05:30":             "UTC+05:30",
		"Zeitzone: UTC-03:30 (Neufundland)": "UTC-03:30",
		"Hora: GMT+05:45":                   "GMT+05:45",
		"Tijdzone: IST (UTC+02:00)":         "UTC+02:00",
	} {
		if got := lineZone(line); got != want {
			t.Errorf("%q: zone %q, want %q", line, got, want)
		}
	}
}

// A day written in digits either way round is read day first where the
// document's times are in an offset east of UTC, as in the zones of
// Europe, Africa, Asia and Oceania.
func TestDayFirstEastOfUTC(t *testing.T) {
	src := "# תקלה\n\n| מאפיין | ערך |\n| --- | --- |\n| אזור זמן | שעון ישראל (IST, UTC+2) |\n| תחילת ההשפעה | 03/12/2026 07:10 |\n"
	start, ok := mustParse(t, []byte(src)).Time(FieldStart)
	if !ok || start.Err != nil {
		t.Fatalf("no start read (%v)", start.Err)
	}
	if got := start.Time.UTC().Format("2006-01-02 15:04"); got != "2026-12-03 05:10" {
		t.Errorf("start %s UTC, want 2026-12-03 05:10", got)
	}
}

// A zone label's value is read for its first sentence: what follows
// tells something else ("… so it's Dec 2 in UTC"), not the zone.
func TestZoneLabelFirstSentence(t *testing.T) {
	src := "# Permit renewals failing\n\n- **Incident lead:** Gwen Halvorsen\n- **Clock:** Pacific Standard Time (UTC−8), 12-hour. The end fell after 4 PM so it's Dec 2 in UTC.\n"
	if got := mustParse(t, []byte(src)).Zone; got != "UTC-8" {
		t.Errorf("zone %q, want UTC-8", got)
	}
}
