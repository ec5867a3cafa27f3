package postmortem

import (
	"testing"
	"time"
)

// The end of a quarter as the vocabulary's quarter_end words write it
// is due on the quarter's last day, rolled into the next year where the
// quarter is past the document's day.
func TestQuarterEndDue(t *testing.T) {
	base := time.Date(2026, 12, 13, 0, 0, 0, 0, time.UTC)
	for v, want := range map[string]string{
		"līdz 1. ceturkšņa beigām": "2027-03-31",
		"do konca Q2 2027":         "2027-06-30",
		"до края на Q1":            "2027-03-31",
		"סוף Q4":                   "2026-12-31",
		"Q1 lõpp":                  "2027-03-31",
	} {
		got, ok := readDueIn(v, base, false)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("readDueIn(%q) = %v, %v; want %s", v, got, ok, want)
		}
	}
	if got, ok := readDueIn("līdz 5. ceturkšņa beigām", base, false); ok {
		t.Errorf("a fifth quarter read as %v", got)
	}
}

// A quarter's end between an item's dashes is its due date, not words
// of its title.
func TestQuarterEndItemPart(t *testing.T) {
	src := "# Review\n\nDate: 2026-12-10\n\n## Action items\n\n" +
		"- [ ] **Test bench for certificate renewal** — Infra — до края на Q1 — отложено\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Actions) != 1 || doc.Actions[0].Due.Format("2006-01-02") != "2027-03-31" {
		t.Fatalf("actions %+v, want one due 2027-03-31", doc.Actions)
	}
}
