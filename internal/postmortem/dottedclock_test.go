package postmortem

import "testing"

// A timeline table that writes its clocks with a dot ("| 7.02 | … |",
// "| 18.42 น. | … |") is read as a timeline: each row is an entry at
// that time, in the zone the document names.
func TestDottedClockColumn(t *testing.T) {
	src := "# Retrospektíva: výpadok tlače lístkov\n\n**Dátum incidentu:** 2026-11-09\n\nVšetky časy v UTC.\n\n## Priebeh\n\n" +
		"| Čas | Udalosť |\n| --- | --- |\n" +
		"| 9.14 | Tlačiarne prestávajú tlačiť lístky. Začiatok výpadku. |\n" +
		"| 9.31 | Pokladníčka volá na linku podpory. Zistené. |\n" +
		"| 10.05 | Ovládač vrátený, tlač funguje. Koniec výpadku. |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 3 {
		t.Fatalf("read %d entries, want 3", len(doc.Events))
	}
	want := []string{"2026-11-09T09:14Z", "2026-11-09T09:31Z", "2026-11-09T10:05Z"}
	for i, e := range doc.Events {
		if got := e.Time.UTC().Format("2006-01-02T15:04Z"); got != want[i] {
			t.Errorf("entry %d at %s, want %s", i, got, want[i])
		}
	}
}

// A column of figures with a dot is no timeline: "1.150" and a date
// "14.09.2026" are not clocks, nor is "25.40".
func TestDottedClockLen(t *testing.T) {
	for s, want := range map[string]int{"7.02": 4, "18.42 น.": 5, "23.40 (dia 15)": 5, "1.150": 0, "14.09.2026": 0, "25.40": 0, "7.61": 0, "3,5": 0} {
		if got := dottedClockLen([]byte(s)); got != want {
			t.Errorf("dottedClockLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// A timeline whose entries give no day (a column of dotted clocks under
// a narrative that names none) still has the detection and the end its
// paragraph tells, without a day as its start is: they are no more
// missing than the start.
func TestUndatedTimelineProseMoments(t *testing.T) {
	src := "# Laporan: printer tiket mati\n\n## Kronologi\n\n" +
		"Printer berhenti pukul 9.14. Pukul 9.31 kasir menelepon dukungan, dan saat itu gangguan diketahui. Pukul 10.05 printer kembali normal.\n\n" +
		"| Waktu | Kejadian |\n| --- | --- |\n" +
		"| 9.14 | Printer berhenti mencetak tiket |\n" +
		"| 9.31 | Kasir menelepon tim dukungan |\n" +
		"| 10.05 | Driver lama dipasang lagi, tiket tercetak |\n"
	doc := mustParse(t, []byte(src))
	for _, key := range []string{FieldStart, FieldDetect, FieldEnd} {
		if _, ok := doc.Time(key); !ok {
			t.Errorf("%s missing", key)
		}
	}
}
