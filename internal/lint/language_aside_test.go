package lint

import "testing"

// TestPersonCauseFaultAside checks a person whose act is told in an aside
// with a fault ("Our storage admin, resizing the volume on the wrong host,
// cut …"), and the same aside before a remedy or a finding.
func TestPersonCauseFaultAside(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Our storage admin, resizing the volume on the wrong host, cut the ledger service off for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Our storage admin, working from the wrong runbook at first, restored the ledger volume by 10:00.",
		"Our storage admin, checking the wrong host first, found the full volume ten minutes later.",
	})
}

// TestPersonCauseActThenHarm checks acts whose harm the clause after them
// tells with words the lists lacked (a pause left in place after damage
// told first, a cascade, clocks that drifted, work cancelled by mistake
// far from the verb, bans lifted at once from an unchecked list), and
// remedies that stopped such harm.
func TestPersonCauseActThenHarm(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Label printing stalled for two hours; Ingrid had paused the print queue for a test and left it paused.",
		"The trader raised the margin limit on the thin market, which led straight to a cascade of liquidations.",
		"He switched the depot clock source from GPS to the backup server, and every scan time in the archive drifted by a second.",
		"Ingrid cancelled every pending order in the EU store by mistake while testing the refund flow.",
		"The support lead unbanned 40 accounts at once from an unchecked export.",
	})
	checkPersonCause(t, false, []string{
		"Label printing resumed at 10:05; Ingrid had paused the print queue during the repair.",
		"Ana lowered the margin limit, which stopped the cascade of liquidations.",
		"Ana switched the clock source back to GPS, and the scan times stopped drifting.",
		"Ingrid cancelled the test orders in the EU store after the refund drill.",
		"The support lead unbanned the accounts after the appeal review.",
	})
}

// TestPersonCauseWhatStoppedNext checks what a new subject stopped doing
// after a separator, a consequence told with ", causing", a resource
// that ran dry through a person's work, a ticket kept unassigned, and
// damage before a person's act that let abuse in; and the same shapes
// telling a symptom that stopped, a duplicate that stopped, a resource
// that never ran dry, a ticket kept open while others worked, or abuse
// blocked.
func TestPersonCauseWhatStoppedNext(t *testing.T) {
	checkPersonCause(t, true, []string{
		"09:40 — ingrid pauses the order sync → stores stop getting price updates",
		"The warehouse team renamed the SKU prefixes in the catalogue, causing the scanners to reject every inbound pallet.",
		"Through Ingrid's change to the disk alert, the ledger volume ran dry overnight.",
		"Sven kept the vendor ticket unassigned for two days while the queue kept growing.",
		"Our store was blocklisted by the card network for a week after the growth team allowlisted a fraudulent reseller.",
	})
	checkPersonCause(t, false, []string{
		"09:40 — ingrid restarts the order sync → the timeouts stop",
		"At 17:30 the data team pushed a corrected stop mapping for the tram lines.",
		"The warehouse team renamed the SKU prefixes, causing the duplicate labels to stop printing.",
		"Through Ingrid's change to the disk alert, the ledger volume never ran dry again.",
		"Sven kept the vendor ticket open for two days while the vendor investigated.",
		"Ingrid blocked the fraudulent resellers, and chargebacks fell.",
		"We blocked the spammers based on their IP address.",
		"Tomasz banned the attackers using the edge firewall's deny list.",
	})
}
