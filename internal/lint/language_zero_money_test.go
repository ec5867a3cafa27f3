package lint

import "testing"

// TestPersonCauseZeroMoney checks an amount of money that came out as
// nothing ("at £0.00", "€0", "a zero balance") told as what a person's
// act or work left, and the same amounts compared with, set on purpose
// to be refused, or put right.
func TestPersonCauseZeroMoney(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Thanks to Radek's fare import, 140 return tickets at €0 on the Friday sailing.",
		"Henrike moved the loyalty ledger to the new cluster, and 9,000 members saw a zero balance at the till.",
		"Courtesy of Ossian's rounding change, every child's lunch account at £0.00 on Monday.",
	})
	checkPersonCause(t, false, []string{
		"Radek withdrew the fare letter that warned of a surcharge over €0.00.",
		"The checkout should refuse a basket total of £0.00.",
		"Henrike restored the loyalty ledger from the snapshot, and the members who had seen £0.00 got their points back.",
	})
}
