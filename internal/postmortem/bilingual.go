package postmortem

import "strings"

// lookupEither is lookupNormal, and for a label written in two languages
// with a slash between them ("Verantwortlich / Owner", "Schweregrad /
// Severity") the value of the first half that has one.
func lookupEither[V comparable](m map[string]V, s string) V {
	var zero V
	if v := lookupNormal(m, s); v != zero || !strings.Contains(s, " / ") {
		return v
	}
	for _, half := range strings.Split(s, " / ") {
		if v := lookupNormal(m, half); v != zero {
			return v
		}
	}
	return zero
}
