package lint

import "testing"

// TestPersonCauseOrderedUnlisted checks a person whose given name no
// list holds, read from an order placed by hand ("Ottokar ordered …")
// before the damage it led to, and the same order that went well or a
// system that ordered.
func TestPersonCauseOrderedUnlisted(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ottokar ordered the winter salt in bags instead of bulk, and the depot ran dry on the first icy night.",
		"Jarmila ordered the spare pumps from a supplier that ships by sea, and the plant ran dry for a week.",
	})
	checkPersonCause(t, false, []string{
		"Ottokar ordered the winter salt in August, and the depot had plenty.",
		"The scheduler ordered the jobs by priority and the queue drained by noon.",
	})
}
