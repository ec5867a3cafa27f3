package lint

import "testing"

// TestPersonCauseWorkNamedAfter checks a person's work named first and
// its maker in a clause of its own ("The rota Imani published"), the
// work then doing something amiss, and the same shape when it went well.
func TestPersonCauseWorkNamedAfter(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The rota Imani published on Friday put both drivers on the early run and nobody on the late one.",
		"The fee table Radomir loaded on Monday charged every late return twice.",
		"The menu file Ngozi uploaded sent the wrong prices to all four tills.",
	})
	checkPersonCause(t, false, []string{
		"The rota Imani published put every driver back on the right run.",
		"The apology Imani wrote sent every affected customer a voucher.",
		"The fee table Radomir loaded on Monday charged every member the agreed rate.",
	})
}
