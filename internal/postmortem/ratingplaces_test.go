package postmortem

import "testing"

// The incident's priority or severity is read where trackers and wikis
// put it besides a field of its own: a priority in one bold run with its
// label, a priority in words in the table of the page's own properties,
// a tag of a line of tags, in English or another language the
// vocabulary has. A priority in words below the first section, a line
// of tags with no rating, and a colour that is no level are none.
func TestRatingPlaces(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"bold run", "# Lift outage\n\nLead: Jo Park\n\n**Priority: P3**\n\n## Summary\n\nThe lift stopped.\n", "P3"},
		{"bold run, Greek label", "# Διακοπή\n\n**Προτεραιότητα: P2**\n\n## Σύνοψη\n\nΚείμενο.\n", "P2"},
		{"property table", "# Export stuck\n\n| Property | Value |\n| --- | --- |\n| State | Done |\n| Priority | 🔴 Urgent |\n\n## Summary\n\nExports stalled.\n", "URGENT"},
		{"property table, Portuguese", "# Portas\n\n| Atributo | Valor |\n| --- | --- |\n| Prioridade | Muito alta |\n\n## Resumo\n\nTexto.\n", "MUITO ALTA"},
		{"priority in words under a section", "# Export stuck\n\n## Summary\n\nExports stalled.\n\n| Property | Value |\n| --- | --- |\n| Priority | High |\n", ""},
		{"priority that is a sentence", "# Export stuck\n\n| Property | Value |\n| --- | --- |\n| Priority | set after the review on 3 May |\n\n## Summary\n\nExports stalled.\n", ""},
		{"topics in code", "# Queue backlog\n\nTopics: `queues` `sev-4` `billing`\n\n## Summary\n\nThe queue grew.\n", "SEV4"},
		{"hash tags, Norwegian", "# Kø\n\nStikkord: #drift #alvorlighet-1\n\n## Sammendrag\n\nKøen vokste.\n", "ALVORLIGHET-1"},
		{"bold tag label, Indonesian", "# Antrean\n\n**Label:** `gudang` `prioritas-sedang`\n\n## Ringkasan\n\nAntrean tertahan.\n", "PRIORITAS-SEDANG"},
		{"tags without a rating", "# Queue backlog\n\nTopics: `customer-impact` `billing`\n\n## Summary\n\nThe queue grew.\n", ""},
		{"tags in a sentence", "# Queue backlog\n\nNote: we tag these `sev-4` when unsure.\n\n## Summary\n\nThe queue grew.\n", ""},
	} {
		if got := mustParse(t, []byte(tc.src)).Severity; got != tc.want {
			t.Errorf("%s: severity %q, want %q", tc.name, got, tc.want)
		}
	}
}
