package postmortem

import "testing"

// A team named after an owner's label keeps its word for a team in
// lower case: "owner: Billing Platform team", "owner: Search squad".
func TestLabelledOwnerTeamWord(t *testing.T) {
	src := "# Invoice run stalled\n\nDate: 2026-10-02\n\n## Follow-ups\n\n" +
		"- Split the invoice batch — owner: Billing Platform team\n" +
		"- Cap the index rebuild — owner: Search squad, due: 2026-10-30\n" +
		"- Page on stalled batches — owner: Ines Duarte\n"
	wantOwnersDues(t, actionsOf(t, src, 3), "Billing Platform team", "", "Search squad", "2026-10-30", "Ines Duarte", "")
}
