package postmortem

import "testing"

// The facts printed above the first section as a form with dotted
// leaders, as a card of YAML with the team's own keys, or as one line of
// key=value pairs are fields; a block of configuration below the first
// section is not.
func TestOpeningFieldBlocks(t *testing.T) {
	form := "# Post-Incident Report\n\n```\n" +
		"Submission ID ............ 5894412307781\n" +
		"Date of incident ......... 30/11/2026\n" +
		"Priority (desk scale P1–P4) ... P2 – High\n" +
		"Incident manager ......... Gary Pennock\n" +
		"Times given in ........... GMT\n```\n\n## What happened\n\nPayments failed.\n"
	card := "# INC-57 Отказы оплаты\n\n```yaml\n# карточка инцидента\n" +
		"дата_инцидента: 2026-11-27\nруководитель_инцидента: Ольга Крылова\nуровень: SEV-2\nчасовой_пояс: MSK (UTC+3)\n```\n\n## Кратко\n\nОплата не проходила.\n"
	line := "# Truncated tarballs\n\nseverity=S2 lead=ngozi state=closed tz=UTC\n\n## Short version\n\nDownloads were cut short.\n"
	for _, c := range []struct {
		src                string
		contact, sev, zone string
	}{
		{form, "Gary Pennock", "P2 – High", "GMT"},
		{card, "Ольга Крылова", "SEV-2", "MSK"},
		{line, "ngozi", "S2", ""},
	} {
		doc := mustParse(t, []byte(c.src))
		if f, _ := doc.Field(FieldContact); f.Value != c.contact {
			t.Errorf("contact %q, want %q in\n%s", f.Value, c.contact, c.src)
		}
		if f, _ := doc.Field(FieldSeverity); f.Value != c.sev {
			t.Errorf("severity %q, want %q in\n%s", f.Value, c.sev, c.src)
		}
		if c.zone != "" && doc.Zone != c.zone {
			t.Errorf("zone %q, want %q in\n%s", doc.Zone, c.zone, c.src)
		}
	}
	config := "# Alert storm\n\n## What happened\n\nThe rule read:\n\n```yaml\nalert: HighErrorRate\nseverity: critical\nowner: payments\nfor: 5m\n```\n"
	if f, ok := mustParse(t, []byte(config)).Field(FieldSeverity); ok {
		t.Errorf("severity %q from a rule's configuration, want none", f.Value)
	}
}
