package lint

import "testing"

// TestPersonCauseBareDone checks a past act told in the bare form after
// "has", "did" or "already", as writers whose first language is another
// put it ("Nuno has push the old rates", "Mei already restart the
// tills"), before damage; and the same form before a remedy or a check.
func TestPersonCauseBareDone(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Nuno has push the old rate table to production, and every booking failed for an hour.",
		"Mei already restart every till in the north stores at noon and card payments failed for twenty minutes.",
		"Sunita did change the VAT code on the live shop, so every invoice was wrong.",
	})
	checkPersonCause(t, false, []string{
		"Nuno has restore the old rate table from the backup, and bookings work again.",
		"Mei already check every till in the north stores at noon; none of them showed an error.",
		"Sunita did change the VAT code back after the finance lead asked.",
	})
}
