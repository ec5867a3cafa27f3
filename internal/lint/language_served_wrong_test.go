package lint

import "testing"

// TestPersonCauseServedWrong checks damage told as what the people served
// got after a person's act, without a word of damage: a wrong class ("were
// listed as"), someone else's ("received another member's pension") or an
// amount short ("got 3 cents a litre less"), for groups such as parents,
// drivers, firms and growers; and the same people named by a relative
// clause for a remedy, or served as planned.
func TestPersonCauseServedWrong(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Nadia imported last term's roster, and 300 parents were listed as teachers.",
		"Tomas merged the two ledgers, and growers received another grower's payment slip.",
		"Signed off by Ines, the fuel index ran a week early and drivers got 3 cents a litre less.",
		"Approved by Pavel, the numbering change went live and 200 firms sent invoices with duplicate numbers.",
		"Jun's import matched accounts by surname, and members got someone else's statement.",
	})
	checkPersonCause(t, false, []string{
		"Nadia rematched the roster by pupil ID, and parents who were listed as teachers got a letter of apology.",
		"Nadia rematched the roster by pupil ID, and growers who received another grower's slip got a letter.",
		"Tomas split the two ledgers, and growers were paid as planned on Friday.",
		"Ines moved the fuel index back, and drivers were billed as usual from Monday.",
		"Jun matched accounts by member number, and members got their own statements again.",
		"Pavel wrote to the 3,000 firms who got a duplicate invoice number they did not cause.",
		"Dana sent an apology to the 3,000 parents who got a bill they did not owe.",
		"Lena set the hold to 0 hours, so riders who cancelled early were refunded in full.",
	})
}

// TestBlamePersonsWork checks blame told of a person's work: "Paora's SQL
// was the culprit", "Ahmed's script was responsible for the outage of";
// and a person's work that found the culprit or denies the blame.
func TestBlamePersonsWork(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Wiremu's SQL was the culprit behind the missing statements.", true},
		{"Ahmed's script was responsible for the outage of the billing API.", true},
		{"Wiremu's review found the culprit: a stale DNS record.", false},
		{"Ahmed's script was not responsible for the outage.", false},
	} {
		if got := hasRule(c.check(tc.text, nil), "language/blame"); got != tc.want {
			t.Errorf("%q: blame %v, want %v", tc.text, got, tc.want)
		}
	}
}
