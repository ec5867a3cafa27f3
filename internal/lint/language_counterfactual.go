package lint

import (
	"strings"
)

// ---- counterfactual ----

// matchModal finds "should have", "could've", "ought to have" and the like.
func (s *langScan) matchModal(i int) {
	w := s.word(i)
	haveEnd, ok := s.modalHave(i)
	if !ok {
		return
	}
	p := s.skipAdverbs(haveEnd+1, 2)
	if !langIsParticiple(s.word(p)) || s.speculative(w, p) || s.unforeseeable(i, haveEnd, p) {
		return
	}
	if last, ok := s.hindsightKnown(w, p); ok {
		s.add(langHindsight, i, last, nil)
		return
	}
	s.add(langCounterfactual, i, haveEnd, nil)
}

// modalHave finds the "have" after the modal at i ("should have", "ought
// to have", "would not have"); a contraction ("should've") is its own have.
func (s *langScan) modalHave(i int) (int, bool) {
	w, j := s.word(i), i+1
	if strings.HasSuffix(w, "'ve") {
		return i, true
	}
	if strings.HasPrefix(w, "ought") {
		if s.word(j) != "to" {
			return 0, false
		}
		j++
	}
	j = s.skipAdverbs(j, 3)
	h := s.word(j)
	return j, h == "have" || h == "of"
}

// speculative reports "might have been caused by", a guess about the past,
// and "could have been worse", a statement of risk: neither judges anyone.
func (s *langScan) speculative(modal string, p int) bool {
	part := s.word(p)
	if part == "been" || part == "gone" || part == "become" {
		if langWorseOutcome[s.word(s.skipAdverbs(p+1, 2))] {
			return true // "could have been much worse": a risk, not a judgement
		}
	}
	return strings.HasPrefix(modal, "might") && part == "been" && langMightCause[s.word(p+1)]
}

// unforeseeable reports "could not have predicted" and "whether anyone could
// have noticed": statements that the outcome was hard to see, the opposite of
// hindsight.
func (s *langScan) unforeseeable(i, haveEnd, p int) bool {
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if w := s.word(k); w == "whether" || w == "if" {
			return true
		}
	}
	neg := strings.HasSuffix(s.word(i), "n't")
	for k := i + 1; k < haveEnd; k++ {
		neg = neg || s.word(k) == "not" || s.word(k) == "never"
	}
	return neg && langKnowVerbs[s.word(p)]
}

// hindsightKnown reports "should have known" and "should have been obvious".
func (s *langScan) hindsightKnown(modal string, p int) (int, bool) {
	if !strings.HasPrefix(modal, "should") && !strings.HasPrefix(modal, "ought") {
		return 0, false
	}
	if langHindsightKnow[s.word(p)] {
		return p, true
	}
	if s.word(p) == "been" && langObviousAdj[s.word(p+1)] {
		return p + 1, true
	}
	return 0, false
}

// skipAdverbs moves past at most n "-ly" adverbs or modal adverbs from k.
func (s *langScan) skipAdverbs(k, n int) int {
	for ; n > 0; n-- {
		w := s.word(k)
		if !langModalSkip[w] && !(strings.HasSuffix(w, "ly") && !langLyVerbs[w]) {
			break
		}
		k++
	}
	return k
}

// langIsParticiple reports whether w looks like a past participle.
func langIsParticiple(w string) bool {
	if langLexicon.get(w)&lcParticiple != 0 {
		return true
	}
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// matchIfOnly finds "if only" followed by a past or unreal verb.
func (s *langScan) matchIfOnly(i int) {
	if s.word(i+1) != "only" {
		return
	}
	for k := i + 2; k <= i+9 && !s.boundary(k); k++ {
		if w := s.word(k); langIfOnlyVerbs[w] || strings.HasSuffix(w, "'d") {
			s.add(langCounterfactual, i, i+1, nil)
			return
		}
	}
}

// matchHadInversion finds "Had anyone looked …" and ", had she taken …".
func (s *langScan) matchHadInversion(i int) {
	if i > 0 && !s.boundary(i-1) {
		return
	}
	n := i + 1
	ok := s.cls(n)&(lcDet|lcPronoun|lcWeak|lcEveryone) != 0 ||
		n < len(s.toks) && (s.toks[n].kind == langMention || s.toks[n].capital && s.cls(n)&lcName != 0)
	if ok && s.word(n) != "no" {
		s.add(langCounterfactual, i, n, nil)
	}
}
