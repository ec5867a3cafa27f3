package postmortem

import "testing"

// A timeline on Arabic's twelve-hour clock ("11:20 م", "12:18 ص") runs
// past midnight in order: م is after noon, ص before it, and the longer
// words ("مساءً", "صباحاً") say the same; a letter after م makes it
// another word, not the half of the day.
func TestArabicTwelveHourClock(t *testing.T) {
	entries := "- 11:15 م — بدء المهمة.\n- 11:41 م — تنبيه للمناوب.\n- 12:18 ص — المهمة تتعطل.\n- 12:50 ص — إعادة تشغيل.\n- 1:05 ص — نهاية الحادثة.\n"
	late, read := outOfOrder(t, "Date: 2026-12-10\n\n", "", entries)
	if read != 5 || len(late) != 0 {
		t.Errorf("read %d entries, out of order %q; want 5 in order", read, late)
	}
	for s, want := range map[string]int{"11:20 م": 23, "1:05 ص": 1, "12:18 ص": 0, "11:20 مساءً": 23, "1:05 صباحاً": 1, "3 فجراً": 3} {
		if m, ok := readClock(s); !ok || twelveHour(atoi(m[1]), m[4]) != want {
			t.Errorf("%q: clock %q, want hour %d", s, m, want)
		}
	}
	if m, _ := readClock("11:20 مهمة"); m[4] != "" {
		t.Errorf("11:20 مهمة: read %q as the half of the day", m[4])
	}
}

// An entry that says the team found out then, or that names itself the
// detection, marks the detection.
func TestFoundOutMarksDetection(t *testing.T) {
	for _, text := range []string{
		"Driver report to the operations centre (this is our detection).",
		"We found out from a customer's call.",
		"That was our detection, not the alert.",
	} {
		if got := eventMarker(text); got != FieldDetect {
			t.Errorf("eventMarker(%q) = %q, want detect", text, got)
		}
	}
	if got := eventMarker("We found the outbound queue at 40k."); got != "" {
		t.Errorf("a find is no detection: eventMarker = %q", got)
	}
}

// Estonian writes its clock after "kell", with a dot ("kell 7.18"), and
// tells the moments with its own verbs: "hakkasid … ebaõnnestuma" (began
// failing), "teada saime" (we found out), "intsidendi lõpp" (the end).
func TestEstonianClockAndMoments(t *testing.T) {
	if got := clockWord("kell 7.18 helistas"); got != "7:18 helistas" {
		t.Errorf("clockWord = %q, want 7:18", got)
	}
	src := "# Intsident\n\nDate: 2026-12-01\n\nKõik kellaajad on UTC.\n\n## Mis juhtus\n\n" +
		"Kell 7.05 hakkasid sisselogimised ebaõnnestuma. Kell 7.18 helistas kool meie tugiliinile; siis me probleemist teada saime.\n\n" +
		"Viimane kool kinnitas töötavat sisselogimist kell 9.32, ja see on intsidendi lõpp.\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{FieldStart: "07:05", FieldDetect: "07:18", FieldEnd: "09:32"} {
		if got, ok := doc.Time(key); !ok || got.Err != nil || got.Time.UTC().Format("15:04") != want {
			t.Errorf("%s: %v, %v; want %s", key, got.Time, ok, want)
		}
	}
}
