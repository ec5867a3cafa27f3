package postmortem

import (
	"testing"
	"time"
)

// Fields written as "- Label — value" bullets, a time with its offset
// among them; actions led by a priority in brackets with the owner after
// an arrow.
func TestDashFieldsAndArrowOwners(t *testing.T) {
	src := "Cache served stale data\n=======================\n\n" +
		"- Severity — S3\n- Incident lead — @ana-r\n- Impact began — 2026-03-02T10:02:00-03:00\n\n" +
		"Action items\n------------\n\n" +
		"1. [P1] Delete keys on write → @ana-r, by 2026-03-20\n2. [P2] Alert on the hit ratio → @acme/cache\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldSeverity: "S3", FieldContact: "@ana-r"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("field %s = %+v, want %q", key, f, want)
		}
	}
	if e, ok := doc.Time(FieldStart); !ok || !e.Time.Equal(time.Date(2026, 3, 2, 13, 2, 0, 0, time.UTC)) {
		t.Errorf("start %+v, want 13:02 UTC", e)
	}
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	a, b := doc.Actions[0], doc.Actions[1]
	if a.Title != "Delete keys on write" || a.Priority != "P1" || a.Owner != "ana-r" || a.DueRaw != "2026-03-20" {
		t.Errorf("first %+v", a)
	}
	if b.Owner != "acme/cache" || b.Priority != "P2" {
		t.Errorf("second %+v", b)
	}
}

// A dash in a sentence does not make its first words a field.
func TestDashInSentenceIsNoField(t *testing.T) {
	doc := mustParse(t, []byte("# Outage\n\n- Severity of the outage was low — nobody noticed\n"))
	if f, ok := doc.Field(FieldSeverity); ok {
		t.Errorf("severity %+v, want none", f)
	}
}
