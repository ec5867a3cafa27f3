package lint

import (
	"strings"
)

// ---- hindsight ----

// matchObvious flags "it was obvious", "obvious that", "the obvious fix";
// not "not obvious", "became obvious" or a neutral "an obvious spike".
func (s *langScan) matchObvious(i int) {
	if s.negatedWithin(i, 3) || langObviousBefore[s.word(i-1)] {
		return
	}
	b := i - 1
	for b > 0 && strings.HasSuffix(s.word(b), "ly") {
		b--
	}
	p, n := s.word(b), s.word(i+1)
	if langObviousPrevOK[p] || langObviousNextOK[n] || p == "the" && langObviousNouns[n] {
		s.add(langHindsight, i, i, nil)
	}
}

// matchHindsightAdverb flags obviously, clearly, plainly, trivially and a
// sentence-initial naturally, with a rewrite that drops the word.
func (s *langScan) matchHindsightAdverb(i int) {
	switch s.word(i) {
	case "obviously":
		if s.negated(i) {
			return
		}
	case "clearly", "plainly":
		if s.clearlyExempt(i) {
			return
		}
	case "naturally", "predictably", "unsurprisingly":
		if !s.toks[i].sentStart || !s.startsClause(i+1) {
			return
		}
	}
	s.addDrop(langHindsight, i, i)
}

// startsClause reports whether token k can open a clause: a comma, a
// determiner or a pronoun ("Naturally, the …", not "Naturally occurring").
func (s *langScan) startsClause(k int) bool {
	if k < len(s.toks) && s.word(k) == "," {
		return true
	}
	return s.cls(k)&(lcDet|lcPronoun|lcWeak|lcNobody|lcIt|lcEveryone) != 0
}

// clearlyExempt reports "not clearly", "should clearly show", "clearly
// worded", "shows the leak clearly": uses about how something is shown.
func (s *langScan) clearlyExempt(i int) bool {
	p := s.word(i - 1)
	if langClearlyPrev[p] || strings.HasSuffix(p, "n't") || langComm[s.word(i+1)] {
		return true
	}
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if langShowVerbs[s.word(k)] {
			return true
		}
	}
	return false
}

// matchClearThat flags "it was clear that …" and "evident from the graph";
// not "became clear", "not clear" or "clear ownership".
func (s *langScan) matchClearThat(i int) {
	if s.negatedWithin(i, 3) || !langClearNext[s.word(i+1)] {
		return
	}
	b := i - 1
	for b > 0 && s.adverb(b) {
		b--
	}
	if s.cls(b)&lcBe != 0 {
		s.add(langHindsight, i, i, nil)
	}
}

// matchMinimiser flags "just"/"simply" before a verb ("just needed to",
// "simply roll back") and "only had to", not "just after", "only just" or
// "had just run".
func (s *langScan) matchMinimiser(i int) {
	p := s.word(i - 1)
	if p == "only" || p == "had" || p == "has" || p == "have" || s.negated(i) {
		return
	}
	n := s.word(i + 1)
	switch {
	case langMinimised[n]:
	case (n == "had" || n == "has" || n == "have") && s.word(i+2) == "to":
	case s.cls(i+1)&lcBaseVerb != 0 && s.word(i) != "only":
	default:
		return
	}
	if s.word(i) == "only" && p == "if" {
		return
	}
	s.addDrop(langHindsight, i, i)
}

// matchEveryone flags "anyone could see", "everyone knew".
func (s *langScan) matchEveryone(i int) {
	if p := s.word(i - 1); p == "if" || p == "whether" {
		return
	}
	w := s.word(i)
	for k := i + 1; k <= i+6 && !s.boundary(k); k++ {
		v := s.word(k)
		if v == "knew" && strings.HasPrefix(w, "every") && s.word(k+1) != "about" && s.word(k+1) != "of" {
			s.add(langHindsight, i, k, nil)
			return
		}
		if (v == "could" || v == "can" || v == "would") && langEveryoneVerbs[s.word(k+1)] {
			s.add(langHindsight, i, k+1, nil)
			return
		}
	}
}

// matchEasy flags "easy to spot", "easily avoided", "avoidable".
func (s *langScan) matchEasy(i int) {
	if s.negatedWithin(i, 2) {
		return
	}
	switch s.word(i) {
	case "easy":
		if s.word(i+1) == "to" && langEasyVerbs[s.word(i+2)] {
			s.add(langHindsight, i, i+2, nil)
		}
	case "easily":
		if langEasilyVerbs[s.word(i+1)] {
			s.add(langHindsight, i, i+1, nil)
		}
	default:
		s.add(langHindsight, i, i, nil)
	}
}
