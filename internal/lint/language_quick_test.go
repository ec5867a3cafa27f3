package lint

import (
	"slices"
	"testing"
)

// quickTexts are the texts the differential tests of the scan's quick
// tests read: the development sentences, in pairs so that a text holds
// more than one sentence, and the benchmark's.
func quickTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	lines := devSet(t)
	for i, l := range lines {
		out = append(out, l.sentence)
		if i > 0 {
			out = append(out, lines[i-1].sentence+" "+l.sentence)
		}
	}
	return slices.Concat(out, benchSentences, benchParagraphs())
}

// TestRoleQuickTest holds roleAt's quick test (mayRole) to roleAt without
// it: at every token of every text, the same role or none.
func TestRoleQuickTest(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	s := new(langScan)
	for _, text := range quickTexts(t) {
		s.start(c, text, nil)
		for k := range s.toks {
			s.roles = 0
			end, ok := s.roleAt(k)
			s.roles = 1 // as if the text held a role word
			wantEnd, wantOK := s.roleAt(k)
			if ok != wantOK || ok && end != wantEnd {
				t.Fatalf("%q at token %d: roleAt = %d, %v; without the quick test %d, %v", text, k, end, ok, wantEnd, wantOK)
			}
		}
	}
}
