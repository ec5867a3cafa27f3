package postmortem

import "testing"

// A timeline table's header row without rows below is no date field,
// where a row that pairs the same label with a date is one.
func TestHeaderPairIsNoDate(t *testing.T) {
	empty := mustParse(t, []byte("# Template\n\n### Incident Timeline\n| Date/Time | Who/What | Action/ Impact |\n|-----------|----------|----------------|\n"))
	for _, key := range []string{FieldDate, FieldIncidentDate} {
		if f, ok := empty.Field(key); ok {
			t.Errorf("header row: %s = %+v, want none", key, f)
		}
	}
	filled := mustParse(t, []byte("# Checkout errors\n\n| Date/Time | 2026-11-03 14:02 UTC |\n|---|---|\n| Lead | Dana Ruiz |\n"))
	if f, ok := filled.Field(FieldIncidentDate); !ok || f.Value != "2026-11-03 14:02 UTC" {
		t.Errorf("pair row: incident date %+v, want 2026-11-03 14:02 UTC", f)
	}
}
