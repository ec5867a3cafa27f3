package postmortem

import "testing"

// A priority among the document's own properties rates the incident
// where nothing names its severity: a level in words with a note after
// it in parentheses or after a dash, a service desk's numbered rank
// ("2 medium"), in a table, a line or a list of fields above the first
// section, or under the item's own heading. A task's priority under the
// follow-ups rates no incident, nor does one on a tracker's line of the
// task's states.
func TestFields36PriorityLevels(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"# Kiosks offline\n\n- **Responsável:** Rui Lopes\n- **Prioridade:** Alta (todas as lojas sem caixa)\n\n## Resumo\n\nKiosks were down.\n", "ALTA"},
		{"# Kiosks offline\n\n| Pole | Wartość |\n|---|---|\n| Kierownik incydentu | Jan Nowak |\n| Priorytet | Średni (P3) |\n\n## Podsumowanie\n\nKiosks were down.\n", "ŚREDNI"},
		{"# Kiosks offline\n\n| | |\n|---|---|\n| **Owner** | Eve Marsh |\n| **Priority** | 2 medium |\n\n## Summary\n\nKiosks were down.\n", "MEDIUM"},
		{"# Board\n\n## Kiosks offline\n\n| Column | Value |\n|---|---|\n| Owner | Eve Marsh |\n| Priority | High |\n", "HIGH"},
		{"# Kiosks offline\n\n**Owner:** Eve Marsh\n**Priority:** Urgent\n**Started:** 09:10 UTC\n\n## Summary\n\nKiosks were down.\n", "URGENT"},
	} {
		doc := mustParse(t, []byte(c.src))
		if _, ok := doc.Field(FieldSeverity); !ok || doc.Severity != c.want {
			t.Errorf("%q: severity %q (field %v), want %q", c.src, doc.Severity, ok, c.want)
		}
	}
	for _, src := range []string{
		"# Kiosks offline\n\n## Summary\n\nKiosks were down.\n\n## Action items\n\n**Rotate the token**\n\n**Owner:** Eve Marsh\n**Priority:** High\n",
		"# Kiosks offline\n\n**Owner:** Eve Marsh\n**Priority:** see the board, we have not agreed on one yet\n",
		"# Kiosks offline\n\n**Status:** Open · **Priority:** Urgent · **Owner:** Eve Marsh\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldSeverity); ok {
			t.Errorf("%q: severity %q read", src, f.Value)
		}
	}
}
