package lint

import "testing"

// TestPersonCauseNoteArrow checks a timed chat note that tells what a
// person's act led to after an arrow or a dash, the name in lower case
// before a verb in the present or the past ("14:05 ravi pushed …",
// "[09:12] ola moved …"), or after a comma when it tells the state the act
// left ("now", "missing", "empty"); and the same notes with the act undone
// or repaired, a result put right, nothing wrong told, or a system failing.
func TestPersonCauseNoteArrow(t *testing.T) {
	checkPersonCause(t, true, []string{
		"07:45 oskar pushed the new fare table → commuters on line 3 billed the weekend rate all morning",
		"19:20 – priyanka flips the export flag for every depot → drivers in Leeds handed the Hull manifests",
		"[09:12] tomek moved the booking window to noon → half the Tuesday clinics listed as full",
		"11:03 yusuf imports the supplier catalogue from the March file — shelf prices in four stores show last spring's figures",
		"08:10 wren re-keyed the tariff sheet, every quote for the north region now doubled",
		"22:40 bashir ran the archive job against the live bucket, 40 days of invoices missing",
	})
	checkPersonCause(t, false, []string{
		"07:55 oskar reverted the fare table → commuters on line 3 back on the weekday rate",
		"19:35 – priyanka flips the export flag back → drivers in Leeds get the Leeds manifests again",
		"[09:30] tomek moved the booking window back to 08:00 → Tuesday clinics bookable as normal",
		"11:20 yusuf restores the supplier catalogue from the April file — shelf prices correct by 11:40",
		"08:25 wren re-keyed the tariff sheet with the reviewed rates, quotes for the north region correct again",
		"22:55 bashir ran the archive job against the staging bucket, 40 days of test invoices moved to cold storage",
		"07:50 oskar paged the billing team → two engineers on the bridge by 08:05",
		"14:02 the fare service crashed → commuters on line 3 billed the weekend rate",
	})
}

// TestPersonCauseNamedAgent checks a passive whose doer, after "by", is a
// name no list holds, with a verb people do ("were set to UTC by Gabriel")
// and damage after it; and the same shape with a system as the doer, a
// remedy, or no damage.
func TestPersonCauseNamedAgent(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The Lisbon delivery slots were set to UTC by Benedita, and the courier app crashed for every driver in the city.",
		"The gate firmware was flashed with the test image by Oddvar, and the turnstiles crashed every ten minutes.",
	})
	checkPersonCause(t, false, []string{
		"The Lisbon delivery slots were set back to local time by Benedita, and the courier app showed every slot in local time again.",
		"The gate firmware was flashed with the signed image by Oddvar, and the turnstiles ran cleanly all week.",
		"The replica count was set to zero by Terraform, and the batch workers crashed every ten minutes.",
	})
}

// TestPersonCauseNoteSemicolon checks a timed chat note that parts the
// writer from the act with an arrow and tells the result after a
// semicolon, which such a note uses as it would a second arrow; and the
// same notes with the act undone, the result put right, a look that
// changes nothing, or a person's own act after the semicolon.
func TestPersonCauseNoteSemicolon(t *testing.T) {
	checkPersonCause(t, true, []string{
		"06:40 ines → moved the Tuesday pickups to the late train; half the parcels missed the ferry",
		"13:15 marisol → pushed the fee table to every branch; every parcel quote came out double",
		"21:02 oyelaran → ran the locker reset on the live floor; tenants on floor 2 locked out of their lockers",
	})
	checkPersonCause(t, false, []string{
		"06:55 ines → moved the Tuesday pickups back to the early train; the parcels made the ferry again",
		"13:30 marisol → restored the fee table from the morning backup; counter prices correct by 13:40",
		"21:02 oyelaran → checked the locker logs on the live floor; nothing unusual",
		"21:10 oyelaran → moved the locker service to the spare host; she expects it back in ten minutes",
	})
}
