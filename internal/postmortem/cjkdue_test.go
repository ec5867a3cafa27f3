package postmortem

import (
	"testing"
	"time"
)

// Chinese, Japanese and Korean dues without a year: a month and a day,
// a month's end, the year's end, this or the next month's end, and a
// month and a day with the weekday in brackets; and the end of the
// quarter named in words, without its number.
func TestCJKDuesWithoutYear(t *testing.T) {
	base := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ raw, want string }{
		{"12月18日", "2026-12-18"},
		{"1月15日", "2027-01-15"},
		{"12월 18일", "2026-12-18"},
		{"12月末", "2026-12-31"},
		{"2月底", "2027-02-28"},
		{"1월 말", "2027-01-31"},
		{"年内", "2026-12-31"},
		{"연내", "2026-12-31"},
		{"来月末", "2027-01-31"},
		{"今月末まで", "2026-12-31"},
		{"12/25(金)", "2026-12-25"},
		{"1/8（금）", "2027-01-08"},
		{"fin du trimestre", "2026-12-31"},
		{"Quartalsende", "2026-12-31"},
	} {
		got, ok := readDueIn(c.raw, base, false)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("%q: got %v %v, want %s", c.raw, got.Format("2006-01-02"), ok, c.want)
		}
	}
	for _, raw := range []string{"13月5日", "12月", "年", "来月", "12/25(祝)", "trimestre"} {
		if got, ok := readDueIn(raw, base, false); ok {
			t.Errorf("%q: read as %v, want no date", raw, got)
		}
	}
}

// A day after "by" in a document that writes its numeric dates month
// first is read in that order, as the bare day is.
func TestByNumericDueInDocumentOrder(t *testing.T) {
	src := "# T\n\n**Date:** 12/03/2026\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add a retry | @dana | 12/18/2026 |\n| Page on lag | @lee | by 12/11/26 |\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil || len(doc.Actions) != 2 {
		t.Fatalf("actions: %+v %v", doc.Actions, err)
	}
	if got := doc.Actions[1].Due.Format("2006-01-02"); got != "2026-12-11" {
		t.Errorf("due %q read %s, want 2026-12-11", doc.Actions[1].DueRaw, got)
	}
}
