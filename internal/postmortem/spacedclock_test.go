package postmortem

import "testing"

// French writes a clock with the hour's "h" set apart by spaces ("à
// 9 h 12"): a summary's sentence so written gives its moment as one
// written "9h12" does.
func TestMomentProseSpacedHourClock(t *testing.T) {
	wantTimes(t, "# Panne des réservations 2026-08-14\n\n**Fuseau :** UTC\n\n## Résumé\n\n"+
		"Les réservations ont cessé de fonctionner à 9 h 12. L'équipe de garde a été alertée à 9 h 20 par la supervision. "+
		"Le service était rétabli à 10 h 05.\n",
		map[string]string{FieldStart: "2026-08-14T09:12Z", FieldDetect: "2026-08-14T09:20Z", FieldEnd: "2026-08-14T10:05Z"})
}
