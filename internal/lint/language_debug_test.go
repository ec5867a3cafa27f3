package lint

import (
	"os"
	"strings"
	"testing"
)

// TestDebugSentences prints the matches and rewrites of the sentences in
// $LANG_DEBUG, one a line: a tool for writing rules, skipped otherwise.
func TestDebugSentences(t *testing.T) {
	in := os.Getenv("LANG_DEBUG")
	if in == "" {
		t.Skip()
	}
	c := newLanguageChecker(DefaultOptions())
	for _, s := range strings.Split(in, "\n") {
		ms := c.check(s, nil)
		t.Logf("%s => %v => %q", s, describeMatches(s, ms), applyAll(s, ms))
	}
}

// TestDebugPattern tries the pattern $LANG_PAT at every word of
// $LANG_TEXT: a tool for writing rules, skipped otherwise.
func TestDebugPattern(t *testing.T) {
	pat, text := os.Getenv("LANG_PAT"), os.Getenv("LANG_TEXT")
	if pat == "" {
		t.Skip()
	}
	c := newLanguageChecker(DefaultOptions())
	p, err := c.voc.compilePattern(pat)
	if err != nil {
		t.Fatal(err)
	}
	s := new(langScan)
	s.start(c, text, langPeople{})
	for i := range s.toks {
		st := langMatchState{target: -1}
		end, ok := s.matchAt(p, i, &st)
		t.Logf("%d %q id=%d: %v %d open=%d close=%d", i, s.word(i), s.toks[i].id, ok, end, st.open, st.close)
	}
}
