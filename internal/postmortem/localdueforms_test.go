package postmortem

import "testing"

// Due dates of other languages' follow-up lists: the end of a month in
// Finnish, Greek and Vietnamese (its number and a year after a slash),
// an English month's end with its year, a Finnish day with "by" after
// it and the weekday inflected before it, and an Indonesian weekday with
// a comma before the day after a due label.
func TestLocalDueForms(t *testing.T) {
	src := "# Varaston häiriö\n\n**Päivämäärä:** 16.11.2026\n\n## Jatkotoimet\n\n" +
		"- [ ] Päivitä varmuuskopio-ohje — vastuu: @ville — helmikuun loppuun\n" +
		"- [ ] Hälytys levytilasta — vastuu: @ville — keskiviikkoon 9.12. mennessä\n" +
		"- [ ] Ενημέρωση οδηγού — Υπεύθυνος: Άννα Σταύρου — Προθεσμία: μέχρι τέλος Μαρτίου 2027\n" +
		"- [ ] Rà soát cấu hình — Trần Văn Bình — cuối tháng 3/2027\n" +
		"- [ ] Move the backups off the shared disk — @noor — by the end of January 2027\n" +
		"- [ ] Tambah pemantauan gudang — PIC: Sari Wulandari — tenggat: Kamis, 10 Desember 2026\n"
	acts := actionsOf(t, src, 6)
	wantOwnersDues(t, acts, "ville", "2027-02-28", "ville", "2026-12-09", "Άννα Σταύρου", "2027-03-31",
		"Trần Văn Bình", "2027-03-31", "noor", "2027-01-31", "Sari Wulandari", "2026-12-10")
}
