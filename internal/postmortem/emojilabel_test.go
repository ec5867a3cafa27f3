package postmortem

import (
	"testing"
	"time"
)

// Bold labels led by emoji, several on a line, give the fields; a ✅
// before a label is no done mark of anything.
func TestEmojiLedLabels(t *testing.T) {
	src := "# Stream refused viewers\n\n🗓️ **Review:** 2026-05-02 · 🧑‍🚒 **Commander:** @aroha-t · 🔥 **Severity:** SEV2\n\n" +
		"⏱️ **Impact start:** 2026-04-30 07:05 NZST\n✅ **Impact end:** 2026-04-30 08:47 NZST\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldDate: "2026-05-02", FieldContact: "@aroha-t", FieldSeverity: "SEV2"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if e, ok := doc.Time(FieldEnd); !ok || !e.Time.Equal(time.Date(2026, 4, 29, 20, 47, 0, 0, time.UTC)) {
		t.Errorf("end %+v, want 20:47 UTC the day before", e)
	}
}

// A row whose title is struck through with a note after it is closed
// when its Status cell says nothing; one with a status keeps it.
func TestStruckTitleCellWithNote(t *testing.T) {
	src := "# T\n\n## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n" +
		"| ~~Move validation to the origin~~ (superseded) | @gl | — |\n| ~~Cache the keys~~ (see below) | @gl | Open |\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	if doc.Actions[0].Status != NotPlanned {
		t.Errorf("superseded row %v, want not planned", doc.Actions[0].Status)
	}
	if doc.Actions[1].Status != Open {
		t.Errorf("row with a status %v, want open", doc.Actions[1].Status)
	}
}
