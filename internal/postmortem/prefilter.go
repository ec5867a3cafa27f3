package postmortem

import "strings"

// mayContain reports whether text holds any of needles (lower-case),
// regardless of case: a quick test that spares a regular expression the
// texts it cannot match. A regular expression guarded by it must need one
// of the needles to match.
func mayContain(text string, needles ...string) bool {
	low := strings.ToLower(text)
	for _, n := range needles {
		if strings.Contains(low, n) {
			return true
		}
	}
	return false
}

// hasDigit reports whether text holds an ASCII digit.
func hasDigit(text string) bool {
	return strings.ContainsAny(text, "0123456789")
}
