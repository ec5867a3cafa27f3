package postmortem

import (
	"testing"
	"time"
)

// Labels and column headers written in two languages are read by either
// half; MEZ is CET, and a calendar week ("KW 12") is due on its Sunday.
func TestBilingualLabels(t *testing.T) {
	src := "# Suche leer / Search empty\n\n| Feld / Field | Wert / Value |\n| --- | --- |\n" +
		"| Verantwortlich / Incident lead | @ute-b |\n| Schweregrad / Severity | SEV3 |\n| Beginn / Start | 02.03.2027 10:15 MEZ |\n\n" +
		"## Maßnahmen / Action items\n\n| Maßnahme / Action | Verantwortlich / Owner | Fällig / Due | Status |\n| --- | --- | --- | --- |\n" +
		"| Index prüfen / Check the index | @ute-b | KW 12 | Offen / Open |\n| Cache leeren / Flush the cache | @ole-m | 05.03.2027 | Erledigt / Done |\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldContact: "@ute-b", FieldSeverity: "SEV3"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if e, ok := doc.Time(FieldStart); !ok || e.Err != nil || !e.Time.Equal(time.Date(2027, 3, 2, 9, 15, 0, 0, time.UTC)) {
		t.Errorf("start %+v, want 09:15 UTC", e)
	}
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v, want the table's two", doc.Actions)
	}
	a, b := doc.Actions[0], doc.Actions[1]
	if a.Owner != "ute-b" || a.Status != Open || a.Due.Format(time.DateOnly) != "2027-03-28" {
		t.Errorf("first %+v, want open, owned by ute-b, due the Sunday of week 12", a)
	}
	if b.Status != Done || b.Owner != "ole-m" {
		t.Errorf("second %+v, want done by ole-m", b)
	}
}

// A time of day written as German and French write it reads: "10.02
// Uhr", "10:02 Uhr", "10h02".
func TestEuropeanClocks(t *testing.T) {
	base := time.Date(2026, 11, 17, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"10.02 Uhr", "17.11.2026, 10:02 Uhr", "10h02", "2026-11-17 10 h 02"} {
		pt, err := ParseTime(s, base)
		if err != nil || pt.Time.Hour() != 10 || pt.Time.Minute() != 2 {
			t.Errorf("%q read as %v, %v; want 10:02", s, pt.Time, err)
		}
	}
	if pt, err := ParseTime("Thu Nov 19 10:02:00 UTC 2026", base); err != nil || pt.Time.Day() != 19 {
		t.Errorf("a weekday's h read as a clock: %v, %v", pt.Time, err)
	}
}

// A quarter without its year is due at its end in the document's year,
// or the next year's when this year's has gone by.
func TestQuarterWithoutYear(t *testing.T) {
	src := "# T\n\n**Date:** 2026-11-20\n\n## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n" +
		"| Drop the old pool | @gus | end of Q1 |\n| Page on queue age | @fay | Q4 |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	for i, want := range []string{"2027-03-31", "2026-12-31"} {
		if got := doc.Actions[i].Due.Format(time.DateOnly); got != want {
			t.Errorf("%q due %s, want %s", doc.Actions[i].DueRaw, got, want)
		}
	}
}
