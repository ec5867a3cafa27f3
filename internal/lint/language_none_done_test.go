package lint

import "testing"

// TestPersonCauseNoneDone checks a clause after a person's act that none
// of those served got what they get when all is well ("and no cleaner was
// paid", "no ticket could be printed"), and the same clause telling a
// harm spared ("no order was shipped twice") or a routine that needed
// nothing.
func TestPersonCauseNoneDone(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Maria switched the wage run to manual on Thursday, and no cleaner was paid that week.",
		"Yusuf renamed the shared mailbox, so for a whole shift no call was answered at the front desk.",
		"Tomasz moved the boarding list to the new folder, and no passenger could be boarded at gate 4 for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Maria paused the wage run on Thursday, and no cleaner was paid twice.",
		"Yusuf renamed the shared mailbox after the move; no call was dropped and no customer noticed.",
		"Tomasz moved the boarding list to the new folder, and no passenger was affected.",
		"No patient was seen by the locum after Tomasz moved the clinic list, as planned for the audit.",
	})
}
