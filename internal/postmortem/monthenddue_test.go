package postmortem

import (
	"testing"
	"time"
)

// Dues without a year in Slovak, Estonian, Croatian, Thai and Arabic
// follow-ups take the year after the review's day that keeps them on
// or after it; the end of a month named in words is its last day.
func TestLocalDuesWithoutYear(t *testing.T) {
	base := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ raw, want string }{
		{"15. 12.", "2026-12-15"},
		{"4. 12.", "2026-12-04"},
		{"11.12", "2026-12-11"},
		{"31. 1. 2027", "2027-01-31"},
		{"15. 1. 2027.", "2027-01-15"},
		{"18. detsember", "2026-12-18"},
		{"18 ธ.ค.", "2026-12-18"},
		{"20 ديسمبر", "2026-12-20"},
		{"do konca januára", "2027-01-31"},
		{"jaanuari lõpp", "2027-01-31"},
		{"do kraja siječnja", "2027-01-31"},
		{"نهاية يناير", "2027-01-31"},
		{"ภายในสิ้นเดือนมกราคม 2570", "2027-01-31"},
		{"สิ้นเดือนธันวาคม", "2026-12-31"},
	} {
		got, ok := readDueIn(c.raw, base, false)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("%q: got %v %v, want %s", c.raw, got.Format("2006-01-02"), ok, c.want)
		}
	}
	for _, raw := range []string{"koniec", "lõpp", "do konca projektu", "1. 2. 3.", "v1.12 release"} {
		if got, ok := readDueIn(raw, base, false); ok {
			t.Errorf("%q: read as %v, want no date", raw, got)
		}
	}
}

// A review's date written as other languages write it gives the year of
// the dues that name none: "piatok 20. 11. 2026", the Buddhist era's
// "9 ธ.ค. 2569".
func TestLocalReviewDayGivesDueYear(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"# T\n\n**Stretnutie k rozboru:** piatok 20. 11. 2026, 10:00\n\n## Ďalšie kroky\n\n| Úloha | Zodpovedá | Termín |\n|---|---|---|\n| Zaviesť rad | Marek Hudák | 15. 1. |\n", "2027-01-15"},
		{"# T\n\n**วันที่ประชุมทบทวน:** 9 ธ.ค. 2569\n\n## งานติดตามผล\n\n- เพิ่มการแจ้งเตือน — คุณศิริพร — กำหนดเสร็จ 18 ธ.ค.\n", "2026-12-18"},
	} {
		doc, err := Parse([]byte(c.src), Options{})
		if err != nil || len(doc.Actions) != 1 {
			t.Fatalf("%v, %d actions", err, len(doc.Actions))
		}
		if got := doc.Actions[0].Due.Format("2006-01-02"); got != c.want {
			t.Errorf("due %s (raw %q), want %s", got, doc.Actions[0].DueRaw, c.want)
		}
	}
}

// An Estonian due label followed by an end of a month, no digit in it,
// leaves the owner before it: "— Liis Oja, tähtaeg jaanuari lõpp".
func TestDueLabelWithMonthEndKeepsOwner(t *testing.T) {
	src := "# T\n\n**Arutelu toimus:** 3.12.2026\n\n## Järeltegevused\n\n- [ ] Häire ajapiirangute arvu kohta — Liis Oja, tähtaeg jaanuari lõpp\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil || len(doc.Actions) != 1 {
		t.Fatalf("%v, %d actions", err, len(doc.Actions))
	}
	a := doc.Actions[0]
	if a.Owner != "Liis Oja" || a.Due.Format("2006-01-02") != "2027-01-31" {
		t.Errorf("owner %q due %s (raw %q), want Liis Oja, 2027-01-31", a.Owner, a.Due.Format("2006-01-02"), a.DueRaw)
	}
}
