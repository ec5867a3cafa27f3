package postmortem

import "testing"

// TestBracketStateBlank: brackets that hold only spaces, which
// bracketState answers at once, hold no state for the full reading
// either.
func TestBracketStateBlank(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "\t", " \u00a0 ", "\u3000", "\n"} {
		st, ok := bracketWords(s)
		if st != Open || ok {
			t.Errorf("%q: the full reading gives %v, %v; bracketState says no state", s, st, ok)
		}
		if st, ok := bracketState(s); st != Open || ok {
			t.Errorf("%q: bracketState gives %v, %v", s, st, ok)
		}
	}
}
