package lint

import "testing"

// TestPersonCauseWhatStopped checks damage told, after a person's act,
// by what a new subject could no longer do or never did: files that never
// arrive, no partner that could connect, a note's present "is lost" or
// "halts", a page that went 404, money received double; and the same
// shapes telling a recovery, a difference nobody could tell, or a repeat
// that did not happen.
func TestPersonCauseWhatStopped(t *testing.T) {
	checkPersonCause(t, true, []string{
		"19:05 @tomasz.b reboots the print server mid-run; shipping labels for the east depot never arrive",
		"Ines rotated the SFTP host keys at noon — no partner bank could connect until 16:00.",
		"08:10 yusuf runs the archive job on the live ledger; 08:12 settlement halts",
		"22:15 ingrid pushes the broker config; every order placed after 22:16 is lost",
		"Oskar started the refund batch twice; about 3,000 shoppers received their refunds double.",
		"lucas pointed the image CDN at the empty bucket; every product page went 404.",
	})
	checkPersonCause(t, false, []string{
		"19:05 @tomasz.b reboots the print server; shipping labels arrive again",
		"Ines rotated the SFTP host keys at noon, and every partner bank could connect by 12:05.",
		"Ines migrated the queue to the new cluster, and no customer could tell the difference.",
		"08:10 yusuf restarts the archive job; 08:12 settlement resumes",
		"Lucas republished the product pages, which ended the 404s.",
		"Oskar cancelled the second refund batch, so no shopper received a refund twice.",
		"Sven rolled the gateway back and by 10:05 no partner reported errors.",
		"The timeline of the outage is in the appendix.",
	})
}

// TestPersonCauseOperationLeftUndone checks an ordinary operation (a
// pause, a restart) told with what it left undone: the person's own step
// never taken after it, or what nobody could do since; and the same
// operations resumed, or followed by what worked again.
func TestPersonCauseOperationLeftUndone(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ingrid paused the payout queue for the audit and never resumed it; payouts sat for nine hours.",
		"@kpetrov restarted the order router during the lunch peak and 30 stores could not take card payments for 20 minutes.",
		"Sven restarted the gateway and no partner could connect until he rolled it back.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid paused the payout queue and resumed it after the audit.",
		"@kpetrov restarted the order router and the stores could take card payments again.",
		"Sven restarted the order router, and the stores could not reproduce the error again.",
		"Ingrid restarted the pods but did not see any errors.",
		"Ana restarted the pods, which ended the 404s.",
	})
}

// TestPersonCauseReplayed checks that replaying what was missing is a
// repair, and replaying twice is not.
func TestPersonCauseReplayed(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Meter readings were replayed twice into the invoicing run by the data engineer, so 4,000 tenants got double bills.",
	})
	checkPersonCause(t, false, []string{
		"@ohansen replayed the missing EDIFACT messages at 07:40 and the customs filings went through.",
	})
}

// TestHumanErrorNegated checks that a label of human error the text
// denies ("found no operator error") is not flagged, while one it
// asserts after a denial of something else is.
func TestHumanErrorNegated(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for text, want := range map[string]bool{
		"The investigation found no operator error on the loading crane; its encoder had drifted.": false,
		"It was not human error: the form accepted the wrong unit.":                                false,
		"The audit traced the loss not to the tooling but to an operator error.":                   true,
		"The review put the outage down to human error at the console.":                            true,
	} {
		if got := hasRule(c.check(text, nil), langHumanError); got != want {
			t.Errorf("%q: human-error finding %v, want %v", text, got, want)
		}
	}
}
