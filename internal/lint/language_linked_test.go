package lint

import "testing"

// TestPersonCauseLinkedWork checks a person's work tied to damage told
// before it, or named by a relative clause, with the rules alone.
func TestPersonCauseLinkedWork(t *testing.T) {
	rules := newLanguageChecker(Options{})
	for _, text := range []string{
		"Receipts showed the wrong payee name after Luíza's cache key change.",
		"A whole night of wind data gone — Rafaela's gateway reboot.",
		"The config Ingrid pushed at 06:10 dropped the Tirol region.",
		"The yaw motor burned out under the limit Mette raised.",
		"Half the fares were wrong, priced by a mapping Mette loaded on Friday.",
		"Late fees charged to 2,300 customers — a rounding change by Priyanka.",
	} {
		if got := rules.check(text, nil); !hasRule(got, langPersonCause) {
			t.Errorf("%q: got %v, want a %s finding", text, describeMatches(text, got), langPersonCause)
		}
	}
	// The team's own account, help near the work, or no damage.
	checkPersonCause(t, false, []string{
		"The page we got at 02:10 said the queue was stuck.",
		"The config I pushed at 06:10 dropped the Tirol region.",
		"The alert they saw at 06:10 showed the Tirol region down.",
		"The runbook you wrote at 06:10 listed the failed nodes.",
		"Half the fares were wrong after a mapping we loaded on Friday.",
		"Half the fares were wrong after the mapping that They loaded on Friday.",
		"Half the fares were wrong after a mapping You loaded on Friday.",
		"Customers were refunded in full after Giulia's fix.",
		"Tomasz's quick removal of the production credentials meant the job deleted nothing more that night.",
		"The config Ingrid pushed at 06:10 added the Tirol region.",
	})
}
