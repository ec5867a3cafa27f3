package postmortem

import "testing"

// TestMaySaySeverity: wherever severitySentenceRe matches, its quick test
// passes, over texts made of its words, their near misses and what may
// stand around them; and it spares a paragraph whose colons follow other
// words, or whose "severity" no colon follows.
func TestMaySaySeverity(t *testing.T) {
	texts := quickTexts(5, 20000, []string{
		"Severity: 2.", "Sev: SEV-2.", "The deploy failed. Severity : P1 ", "ſeverity:\t2", "SEV\n: s-3", "x. sev: 2",
		"Severity:2", "**Severity**: 2.", "The severity: 2.", "Sev3: 2", "séverity: 2",
	}, "Severity", "severity", "SEV", "sev", "ſev", "Sév", "sevx", "x", ":", " :", "\t", " ", "\n", ". ", "! ", "; ", "2", "P1",
		"sev-2", "SEV2", ".", "_", "**", "é", "\u00a0", "the ")
	for _, text := range texts {
		if severitySentenceRe.MatchString(text) && !maySaySeverity(text) {
			t.Errorf("%q: severitySentenceRe matches, the quick test does not pass", text)
		}
	}
	for _, text := range []string{"Root cause: human error.", "The severity was high.", "See https://wiki.example.com: sev", "sev-2: the pool"} {
		if maySaySeverity(text) {
			t.Errorf("%q: the quick test passes", text)
		}
	}
}
