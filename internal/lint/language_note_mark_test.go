package lint

import "testing"

// TestPersonCauseNoteMark checks timed chat notes whose writer's name is
// parted from the act by a colon, an arrow or a dash, or stands before
// the time ("ravi 09:14: dropped …"), with the damage after an arrow or
// in a state after a comma; and the same notes telling a remedy, a
// recovery or a plain report.
func TestPersonCauseNoteMark(t *testing.T) {
	checkPersonCause(t, true, []string{
		"08:31 tomek: truncated the ledger staging table → 08:40 every branch shows a zero balance",
		"21:05 marisa → flips the booking cache to write-through; kiosk checkouts fail for forty minutes",
		"yusuf 14:02: pushed the tariff file to every depot → 14:10 no depot can print a waybill",
		"ottilie 07:55 — reran the dunning job for March, 900 tenants now have two letters",
		"17:20 bogdan -> points the label printer at the staging queue → parcels ship with blank labels",
	})
	checkPersonCause(t, false, []string{
		"08:31 tomek: restored the ledger staging table from the snapshot → 08:40 balances correct again",
		"21:05 marisa → rolls back the booking cache change; the kiosk queue drains by 21:20",
		"yusuf 14:02: paged the depot lead → 14:10 depot lead joins the call",
		"ottilie 07:55 — checked the dunning job output, no duplicates",
		"17:20 bogdan -> points the label printer back at the production queue → labels print again",
		"14:02 — alerts fire for the EU tariff service",
	})
}
