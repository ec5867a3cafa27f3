package lint

import (
	"strings"
)

// ---- judgement ----

// matchJudge flags a judging word unless it is a technical term ("lazy
// loading", "dumb terminal").
func (s *langScan) matchJudge(i int) {
	w, next := s.word(i), s.word(i+1)
	switch {
	case (w == "lazy" || w == "lazily") && langLazyTech[next]:
		return
	case w == "dumb" && langDumbTech[next]:
		return
	}
	last := i
	if (w == "rookie" || w == "silly" || w == "dumb" || w == "careless") && langMistakeNouns[next] {
		last = i + 1
	}
	s.add(langJudgement, i, last, nil)
}

// ---- blame ----

// matchBlame flags blame, culprit, guilty; not "git blame" or "no blame".
func (s *langScan) matchBlame(i int) {
	w := s.word(i)
	if strings.HasPrefix(w, "blam") {
		next := s.word(i + 1)
		if langBlameTools[s.word(i-1)] || langBlameTech[next] || langNoOne[next] || s.negatedWithin(i, 5) {
			return
		}
		first := i
		if s.word(i-1) == "to" {
			first = i - 1
		}
		s.add(langBlame, first, i, nil)
		return
	}
	if strings.HasPrefix(w, "culprit") && !s.personNear(i, 8) {
		return
	}
	s.add(langBlame, i, i, nil)
}

// matchFault flags "at fault", "whose fault", "his fault", "the fault lies
// with", "the fault of"; technical faults are left alone.
func (s *langScan) matchFault(i int) {
	p, n := s.word(i-1), s.word(i+1)
	first := i - 1
	switch {
	case p == "at" || p == "whose" || langPossPronoun[p]:
	case i > 0 && s.toks[i-1].poss && !langNotPossFault[p]:
	case langFaultVerbs[n] || p == "the" && n == "of" || s.cls(i+1)&lcBe != 0 && s.possPersonWithin(i+2, 3):
		first = i
		if p == "the" {
			first = i - 1
		}
	default:
		return
	}
	if !s.negatedWithin(first, 4) {
		s.add(langBlame, first, i, nil)
	}
}

// matchResponsible flags "held responsible", "hold X accountable", a person
// "responsible for the outage" and "bears responsibility for the outage".
func (s *langScan) matchResponsible(i int) {
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if langHoldVerbs[s.word(k)] {
			s.add(langBlame, k, i, nil)
			return
		}
	}
	w := s.word(i)
	if w == "accountable" || s.word(i+1) != "for" || s.negatedWithin(i, 3) {
		return
	}
	if w == "responsibility" && !s.borne(i) || w == "responsible" && !s.personIsResponsible(i) {
		return
	}
	for k := i + 2; k <= i+5 && !s.boundary(k); k++ {
		if langOutcomeNouns[s.word(k)] {
			s.add(langBlame, i, k, nil)
			return
		}
	}
}

// borne reports "bears (the) responsibility".
func (s *langScan) borne(i int) bool {
	return langBearVerbs[s.word(i-1)] || langBearVerbs[s.word(i-2)]
}

// personIsResponsible reports a person before "was responsible".
func (s *langScan) personIsResponsible(i int) bool {
	b := i - 1
	for b > 0 && (strings.HasSuffix(s.word(b), "ly") || s.word(b) == "also") {
		b--
	}
	return s.cls(b)&lcBe != 0 && s.isPersonWord(b-1)
}

// possPersonWithin reports a person's possessive ("Kenji's", "the
// developer's") among the n tokens from k, in the same clause.
func (s *langScan) possPersonWithin(k, n int) bool {
	for m := k; m < k+n && !s.boundary(m); m++ {
		if s.toks[m].poss && s.isPersonWord(m) {
			return true
		}
	}
	return false
}

// isPersonWord reports whether token k names or stands for a person.
func (s *langScan) isPersonWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	switch {
	case t.kind == langMention:
		return true
	case t.kind != langWord:
		return false
	case t.capital && (t.cls&lcName != 0 || s.known(t)):
		return true
	}
	return t.cls&(lcPronoun|lcWeak|lcRole|lcTeam|lcObjPronoun) != 0 || s.word(k) == "who"
}

// known reports whether the document names the word as a person.
func (s *langScan) known(t *langToken) bool {
	if s.people == nil {
		return false
	}
	w := s.lx.low(t)
	if t.poss {
		w = w[:len(w)-2]
	}
	return s.people[w]
}

// personNear reports a person within n words of token i in its sentence.
func (s *langScan) personNear(i, n int) bool {
	for k := i - 1; k >= i-n && !s.sentenceEnd(k); k-- {
		if s.isPersonWord(k) {
			return true
		}
	}
	for k := i + 1; k <= i+n && !s.sentenceEnd(k); k++ {
		if s.isPersonWord(k) {
			return true
		}
	}
	return false
}

// ---- human error ----

// matchHumanError flags "human error", "operator error", "PEBKAC" and kin.
func (s *langScan) matchHumanError(i int) {
	w, last := s.word(i), i
	switch w {
	case "pebkac", "pebcak", "id10t":
	default:
		if !s.humanLabel(w, s.word(i+1)) || langHumanTech[s.word(i+2)] {
			return
		}
		last = i + 1
	}
	s.addHumanError(i, last)
}

// humanLabel reports "human error", "operator mistake", "human failure" and
// kin; "user errors" (plural) is the usual name of client errors.
func (s *langScan) humanLabel(w, n string) bool {
	switch {
	case !langHumanNouns[n], w == "user" && n == "errors":
		return false
	case n == "error" || n == "errors":
		return true
	case strings.HasPrefix(n, "failure"):
		return w == "human"
	}
	return w == "human" || w == "operator" || w == "manual"
}

// addHumanError records a human-error match with a rewrite when the
// neutral phrase fits the grammar around it.
func (s *langScan) addHumanError(first, last int) {
	det := s.word(first - 1)
	if det == "a" || det == "an" || det == "the" {
		first--
	} else {
		det = ""
	}
	start, end := s.toks[first].start, s.toks[last].end
	var repl *string
	if s.neutralFits(first) {
		r := langGapPhrase(det, strings.HasSuffix(s.word(last), "s") && s.word(last) != "pebkac")
		r = s.caseFor(first, r)
		repl = &r
	}
	s.addSpan(langHumanError, start, end, repl)
}

// neutralFits reports whether a noun phrase can replace the match at
// token first: after a preposition, a copula (and adverbs), punctuation or
// at the start.
func (s *langScan) neutralFits(first int) bool {
	p := first - 1
	for p > 0 && strings.HasSuffix(s.word(p), "ly") && s.word(p) != "only" {
		p-- // "was ultimately an operator error"
	}
	if p < 0 || s.boundary(p) {
		return true
	}
	switch s.word(p) {
	case "to", "by", "as", "of", "from", "in", "on", "with", "into", "than", "like",
		"was", "is", "were", "are", "be", "been":
		return true
	}
	return false
}

// langGapPhrase returns the neutral phrase for a human-error label.
func langGapPhrase(det string, plural bool) string {
	switch {
	case plural && det == "the":
		return "the gaps in the process"
	case plural:
		return "gaps in the process"
	case det == "the":
		return "the gap in the process"
	}
	return "a gap in the process"
}
