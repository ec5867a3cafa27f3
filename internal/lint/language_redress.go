package lint

import "strings"

// redressed reports an act done again at token v ("re-imported",
// "reissued", "reran") in a sentence whose last clause, after "and" or
// "so", tells what those the act served got back: "and
// the families who paid the peak rate were refunded the difference", "and
// the shipment was released the same day", "and the students got the
// difference back". The damage named on the way is what was put right.
// A negation, or a sign after the redress that it went amiss ("were paid
// twice"), keeps the finding.
func (s *langScan) redressed(cs *langCauseSets, v int) bool {
	w := s.word(v)
	if !s.in(v, cs.redo) && !strings.HasPrefix(w, "re-") && w != "reran" {
		return false
	}
	c, e := s.lastLink(v)
	if c < 0 {
		return false
	}
	for k := c + 1; k < e; k++ {
		if s.in(k, cs.neg) {
			return false
		}
	}
	for k := c + 1; k < e; k++ {
		if r := s.redressAt(cs, k, e); r > 0 {
			return !s.amissWithin(r, e)
		}
	}
	return false
}

// lastLink finds the last "and" or "so" after token v in its sentence,
// and the sentence's end; -1 when there is none.
func (s *langScan) lastLink(v int) (int, int) {
	c, k := -1, v+1
	for ; k < len(s.toks) && !s.toks[k].stop; k++ {
		if w := s.word(k); w == "and" || w == "so" {
			c = k
		}
	}
	return c, k
}

// redressAt reads a redress verb after "was", "were" or "got" at token
// k ("were still paid", "got the difference back") and returns the token
// after it, or 0.
func (s *langScan) redressAt(cs *langCauseSets, k, e int) int {
	switch s.word(k) {
	case "was", "were":
		j := k + 1
		for j < e && langRedressAdverb(s.word(j)) {
			j++
		}
		if j < e && s.in(j, cs.redress) {
			return j + 1
		}
	case "got":
		for j := k + 1; j < e && j <= k+6; j++ {
			if s.word(j) == "back" {
				return j + 1 // "got the difference back"
			}
		}
	}
	return 0
}

// langRedressAdverb reports a word that may stand between "were" and a
// redress: "were still paid", "were all refunded".
func langRedressAdverb(w string) bool {
	switch w {
	case "still", "all", "also", "then", "fully", "promptly", "each", "quickly", "later":
		return true
	}
	return false
}

// amissWithin reports a sign, among tokens k to e, that a redress went
// amiss: "were paid twice", "were paid less than agreed".
func (s *langScan) amissWithin(k, e int) bool {
	for ; k < e; k++ {
		switch s.word(k) {
		case "twice", "double", "wrong", "wrongly", "late", "early", "short", "instead", "too", "zero", "again", "nothing", "less", "more", "than", "under", "below":
			return true
		}
	}
	return false
}
