package lint

import "testing"

// TestLanguagePooledClasses checks classes of construction pooled from
// the misses of several development files, each with blameless
// look-alikes: sentences written for the test, not taken from the files.
func TestLanguagePooledClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: `a duty left undone, told without "did"`,
		rule: langPersonCause,
		blameless: []string{
			"Ravi had no check on the export quota to run, since the lot was domestic.",
			"There was no check of the moisture before the lot left.",
		},
		blameful: []string{
			"Ravi no check the export quota before to confirm the lot.",
			"Priya no verify the bank details before to send the batch, so 40 payments bounced.",
		},
	}, {
		name: "work that had to be cancelled",
		rule: langPersonCause,
		blameless: []string{
			"The storm closed the port, and the sailings had to be cancelled.",
			"Ravi deployed the fix, and no order had to be cancelled.",
		},
		blameful: []string{
			"Ravi pushed the new fare table at noon, and the afternoon bookings had to be cancelled.",
		},
	}, {
		name: "a bad state left by a passive's doer",
		rule: langPersonCause,
		blameless: []string{
			"The queue was drained by Ravi as planned, leaving the old nodes idle.",
			"The duplicate rows were cancelled by the clerk, leaving no customer without a booking.",
		},
		blameful: []string{
			"The seat holds were cancelled by the night clerk during his cleanup, leaving forty travellers unable to board.",
			"The rota was overwritten by Priya, which left the late shift without a second driver.",
		},
	}, {
		name: "an opening act that tells its own fault, then what the person sent or gave",
		rule: langPersonCause,
		blameless: []string{
			"Having replaced the old certificate, Ravi sent the new bundle to the partners.",
			"Having checked the old invoices, the accountant sent the payments on time.",
			"Having restored the previous file, Priya sent the corrected statements.",
		},
		blameful: []string{
			"Having copied the payee list from an old export, our accountant sent €12,000 to a closed account.",
			"Having loaded last year's tariff, the billing team sent out 900 invoices at the old rate.",
		},
	}, {
		name: "damage told first, then a person's act after \"after\"",
		rule: langPersonCause,
		blameless: []string{
			"Checkout recovered after Ravi rolled back the release.",
			"The duplicate charges stopped after Priya patched the worker.",
		},
		blameful: []string{
			"Locker codes got duplicated after Tomasz cut the code length to four digits.",
			"Ninety parcels arrived late after Ravi held the van back for one missing box.",
		},
	}, {
		name: "damage told first, then a dash and a person's act",
		rule: langPersonCause,
		blameless: []string{
			"Checkout was down for ten minutes — Ravi rolled back the release at 14:10.",
			"Drivers waited twenty minutes at the gate — Priya restored the badge list at 06:20.",
		},
		blameful: []string{
			"The kiosks showed no tickets at all — Koen had set the cache lifetime to zero.",
			"Growers waited nine days for their money — Ravi held the payment file back.",
		},
	}, {
		name: "damage told first, then \"when\" or \"since\" and a person's act",
		rule: langPersonCause,
		blameless: []string{
			"The duplicate charges stopped when Priya patched the worker.",
			"Checkout recovered when Ravi rolled back the release.",
		},
		blameful: []string{
			"Forty buyers lost their allocations when Ornella imported the wholesale sheet over the live one.",
		},
	}, {
		name: "a label of cause, then a person's work or act",
		rule: langPersonCause,
		blameless: []string{
			"Root cause: the certificate expired.",
			"Reason: Ravi's rollback.",
			"Cause: Priya spotted the expired key.",
			"The reason the page fired: Ravi ran the drill as planned.",
		},
		blameful: []string{
			"Payouts: three days late. Reason: Ravi's decision to wait for the bank file.",
			"Root cause: the night clerk's bulk import of the old price list.",
			"The reason the boiler tripped: Priya doubled the feed rate.",
		},
	}, {
		name: "a weight read off by an amount",
		rule: langPersonCause,
		blameless: []string{
			"Ravi's calibration left the scale reading within a gram.",
			"Priya's new rota gave the light loads to the morning crew.",
		},
		blameful: []string{
			"Ravi's scale calibration left every pallet 30 kilos light on the invoice.",
		},
	}})
}
