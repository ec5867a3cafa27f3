package lint

import (
	"strings"
	"testing"
)

// TestPersonCauseMisdirected checks damage told as things gone where they
// did not belong (to strangers, to someone else, to one who came before),
// before or after the act that sent them there; and the same words that
// describe the people a remedy reaches, or deny it, are not flagged.
func TestPersonCauseMisdirected(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The tenants' receipts went to strangers' mailboxes after Odile re-ran the export.",
		"Beatriz merged the two ledgers, and 90 growers' payments landed in the previous grower's account.",
		"Farid's batch job sent 400 members someone else's renewal letter.",
	})
	checkPersonCause(t, false, []string{
		"Odile wrote to the 400 members who received someone else's renewal letter.",
		"Beatriz checked the ledgers twice, and no grower's payment went to strangers.",
	})
}

// TestPersonCausePluralOwner checks a plural possessive written with a
// bare apostrophe that opens a sentence ("Passengers' refunds") as a
// group's, not a name's, so the person who acted later in the sentence is
// the one named; and a name in -s written so ("Chris' deploy") is still a
// person's work.
func TestPersonCausePluralOwner(t *testing.T) {
	c := newLanguageChecker(Options{})
	for _, tc := range []struct{ text, want string }{
		{"Passengers' refunds went to the previous passenger's card after Yusuf merged the two profiles.", "Yusuf"},
		{"Chris' deploy broke checkout for an hour.", "Chris'"},
	} {
		var got []string
		for _, m := range c.check(tc.text, nil) {
			if m.Rule == langPersonCause {
				got = append(got, tc.text[m.Start:m.End])
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%q: got %q, want one finding opening with %q", tc.text, got, tc.want)
		}
	}
}

// TestPersonCauseEverydayActs checks everyday acts on data by a name no
// list holds ("sorted", "mapped", "sent"), and money taken twice.
func TestPersonCauseEverydayActs(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ximeng sorted the fee table, and 300 couriers lost a day's pay.",
		"Yevgenia mapped the region codes backwards, and the parcels went to the wrong depot.",
		"Cardholders' fees were taken twice once Ottilie pushed the new billing cron.",
	})
}

// TestPersonCauseSparedAndDenied checks acts whose sequel tells trouble the
// people served were spared ("saw no delay"), a lapse denied ("did not
// skip"), and test data named as what an act was given ("with 5,000 fake
// accounts"): none is a person as the cause. The same acts with damage
// are still flagged.
func TestPersonCauseSparedAndDenied(t *testing.T) {
	checkPersonCause(t, false, []string{
		"The night lead moved one shard at a time, and shoppers saw no interruption.",
		"Ilse did not skip a single health check during the move; the cutover finished on time.",
		"Bartosz's soak test ran on the staging cluster with 5,000 fake accounts.",
	})
	checkPersonCause(t, true, []string{
		"The night lead moved every shard at once, and shoppers got no receipts for a day.",
		"Ilse skipped the health check during the move, and the cutover took the shop down.",
	})
}

// TestBlameCulpritFound checks that finding the culprit is not causing
// it, while a person named as the culprit still is blame.
func TestBlameCulpritFound(t *testing.T) {
	c := newLanguageChecker(Options{})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Kofi's squad tracked down the culprit in the retry loop.", false},
		{"The payments team traced the culprit.", false},
		{"We found the culprit: nadia and her schema push.", true},
		{"Kofi was the culprit behind the retry storm.", true},
	} {
		if got := hasRule(c.check(tc.text, nil), "language/blame"); got != tc.want {
			t.Errorf("%q: blame %v, want %v", tc.text, got, tc.want)
		}
	}
}
