package lint

import (
	"strings"
)

// ---- person as cause ----

// langSubjKind grades how surely a subject is a person.
type langSubjKind uint8

const (
	lsStrong  langSubjKind = iota // a name, @mention, he, she, someone, a role
	lsWeak                        // we, they, I, a team
	lsNobody                      // nobody, no one
	lsUnknown                     // a capitalised word that is not a known name
)

// langSubject is a person found as a clause subject: tokens first..last.
type langSubject struct {
	first, last int
	kind        langSubjKind
	poss        bool // "Priya's", "the intern's"
}

// personCause looks for a person at token i who is the subject of a bad
// outcome, or whose work ("Priya's change") is.
func (s *langScan) personCause(i int) {
	sub, ok := s.subjectAt(i)
	if !ok || !s.clauseStart(sub.first) {
		return
	}
	if sub.poss {
		s.possessiveCause(sub)
		return
	}
	s.predicate(sub)
}

// subjectAt reads a person starting at (or, for a role, ending at) token i.
func (s *langScan) subjectAt(i int) (langSubject, bool) {
	t := &s.toks[i]
	switch {
	case t.kind == langMention:
		return s.nameSubject(i, lsStrong), true
	case t.cls&lcRole != 0:
		return s.roleSubject(i)
	case t.cls&lcTeam != 0:
		return s.roleSubject(i)
	case t.cls&lcPronoun != 0:
		return s.pronounSubject(i), true
	case t.cls&lcWeak != 0 && !t.poss:
		return langSubject{first: i, last: i, kind: lsWeak}, true
	case t.cls&lcNobody != 0:
		return s.nobodySubject(i)
	case t.capital:
		return s.capitalSubject(i)
	}
	return langSubject{}, false
}

// nameSubject extends a name over following capitalised words (a surname).
func (s *langScan) nameSubject(i int, kind langSubjKind) langSubject {
	sub := langSubject{first: i, last: i, kind: kind, poss: s.toks[i].poss}
	for !sub.poss && sub.last+1 < len(s.toks) {
		n := &s.toks[sub.last+1]
		if !n.capital || n.sentStart || n.cls&^lcName != 0 {
			break
		}
		sub.last++
		sub.poss = n.poss
	}
	return sub
}

// capitalSubject reads a capitalised word as a name when it is a known first
// name or named in the document; other capitalised words are lsUnknown.
func (s *langScan) capitalSubject(i int) (langSubject, bool) {
	t := &s.toks[i]
	kind := lsUnknown
	switch {
	case t.cls&lcName != 0:
		kind = lsStrong
	case t.cls != 0: // a common word: "The", "When"
		return langSubject{}, false
	case s.known(t):
		kind = lsStrong
	}
	if p := s.word(i - 1); p == "the" || p == "a" || p == "an" {
		return langSubject{}, false
	}
	return s.nameSubject(i, kind), true
}

// pronounSubject reads he, she, someone (else), whoever.
func (s *langScan) pronounSubject(i int) langSubject {
	sub := langSubject{first: i, last: i, kind: lsStrong, poss: s.toks[i].poss}
	if s.word(i+1) == "else" || s.word(i+1) == "else's" {
		sub.last = i + 1
		sub.poss = s.word(i+1) == "else's"
	}
	return sub
}

// nobodySubject reads nobody, no one, no-one.
func (s *langScan) nobodySubject(i int) (langSubject, bool) {
	if s.word(i) != "no" {
		return langSubject{first: i, last: i, kind: lsNobody}, true
	}
	if s.word(i+1) == "one" {
		return langSubject{first: i, last: i + 1, kind: lsNobody}, true
	}
	return langSubject{}, false
}

// roleSubject reads "the on-call engineer", "our SRE", "the data team":
// a determiner, up to two modifiers, then role words.
func (s *langScan) roleSubject(i int) (langSubject, bool) {
	base := strings.TrimSuffix(s.word(i), "'s")
	if need, ok := langRoleNeeds[base]; ok && s.word(i-1) != need {
		return langSubject{}, false
	}
	if i > 0 && s.cls(i-1)&(lcRole|lcTeam) != 0 && !s.toks[i-1].poss && langRoleNeeds[base] == "" {
		return langSubject{}, false // the first role word reads the subject
	}
	det := s.roleDeterminer(i)
	if det < 0 || strings.HasPrefix(base, "operator") && det != i-1 {
		return langSubject{}, false
	}
	if s.word(det-1) == "of" && langQuantifiers[s.word(det-2)] {
		det -= 2 // "one of the SREs"
	}
	last := i
	for !s.toks[last].poss && s.cls(last+1)&(lcRole|lcTeam) != 0 {
		last++
	}
	kind := lsStrong
	if s.toks[last].cls&lcRole == 0 {
		kind = lsWeak
	}
	return langSubject{first: det, last: last, kind: kind, poss: s.toks[last].poss}, true
}

// roleDeterminer finds the determiner of a role word within three words.
func (s *langScan) roleDeterminer(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].kind != langWord {
			return -1
		}
		if s.toks[k].cls&lcDet != 0 {
			return k
		}
	}
	return -1
}

// clauseStart reports whether a subject can start at token first: at the
// start, after punctuation, a conjunction, an adverb or a time.
func (s *langScan) clauseStart(first int) bool {
	if first == 0 {
		return true
	}
	p := &s.toks[first-1]
	switch p.kind {
	case langPunct:
		return s.boundary(first - 1)
	case langOpaque:
		return false
	}
	w := s.word(first - 1)
	return p.cls&lcOpener != 0 || langIsDigit(w[0]) || strings.HasSuffix(w, "ly")
}

// predicate checks the verb after a subject, and verbs joined to it by
// "and"/"but", for a bad outcome.
func (s *langScan) predicate(sub langSubject) {
	k := s.afterSubject(sub)
	for round := 0; k >= 0 && round < 3; round++ {
		v, st, ok := s.verbAt(k)
		if !ok {
			return
		}
		if end, hit := s.judgeVerb(sub, st, v); hit {
			s.addPersonCause(sub, v, end, round == 0 && v == sub.last+1)
			return
		}
		k = s.nextCoordinated(v)
	}
}

// afterSubject returns the token after the subject, past a compound
// ("Kenji and María") or a short modifier ("someone on the data team", "the
// engineer responsible for the deploy"), or -1.
func (s *langScan) afterSubject(sub langSubject) int {
	k := sub.last + 1
	if s.word(k) == "and" && k+1 < len(s.toks) {
		if other, ok := s.subjectAt(k + 1); ok && other.kind == lsStrong && other.first == k+1 && !other.poss {
			k = other.last + 1
		}
	}
	verbNext := s.verbishPast(k) || s.cls(k)&(lcSkip|lcBadAdv|lcPersonOnly|lcBe) != 0
	if k >= len(s.toks) || sub.kind == lsUnknown || verbNext {
		return k
	}
	for m := k + 1; m < len(s.toks) && m <= k+5; m++ {
		if s.toks[m].kind != langWord || s.toks[m].cls&lcBe != 0 {
			return -1 // punctuation, or a passive "was paged"
		}
		if s.verbishPast(m) {
			return m
		}
	}
	return -1
}

// verbishPast reports whether token k looks like a past-tense verb or a
// negation.
func (s *langScan) verbishPast(k int) bool {
	c := s.cls(k)
	if c&(lcPast|lcNeg|lcBadAdv|lcPersonOnly|lcBad) != 0 {
		return true
	}
	w := s.word(k)
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// langVerbState is what came before a main verb.
type langVerbState struct{ neg, badAdv bool }

// verbAt reads auxiliaries, negation and adverbs from k and returns the
// main verb.
func (s *langScan) verbAt(k int) (int, langVerbState, bool) {
	var st langVerbState
	for n := 0; n < 5 && k < len(s.toks); n, k = n+1, k+1 {
		t := &s.toks[k]
		if t.kind != langWord {
			return 0, st, false
		}
		switch {
		case t.cls&lcNeg != 0:
			st.neg = true
		case t.cls&lcBadAdv != 0:
			st.badAdv = true
		case t.cls&lcSkip != 0 || s.adverb(k):
		default:
			return k, st, true
		}
	}
	return 0, st, false
}

// adverb reports an "-ly" word at k that is not a verb ("apply").
func (s *langScan) adverb(k int) bool {
	w := s.word(k)
	return strings.HasSuffix(w, "ly") && !langLyVerbs[w]
}

// judgeVerb decides whether verb v, said of sub, is a bad outcome, and
// returns the last token of the verb phrase.
func (s *langScan) judgeVerb(sub langSubject, st langVerbState, v int) (int, bool) {
	c := s.toks[v].cls
	switch {
	case st.neg && sub.kind == lsUnknown:
		return v, langHumanDiligence[s.word(v)] // "Xu didn't check", not "PagerDuty didn't page"
	case st.neg:
		return v, c&lcDiligence != 0
	case sub.kind == lsNobody:
		return v, c&lcDiligence != 0 && s.verbishPast(v)
	case c&lcPersonOnly != 0:
		return s.personOnlyEnd(v)
	case sub.kind == lsUnknown:
		// An unknown capitalised word ("Kafka", or a name not listed) is a
		// person only with an explicit error: "Xu deployed the wrong build".
		return v, s.verbishPast(v) && c&(lcDiligence|lcBe) == 0 && s.markedError(v)
	case st.badAdv:
		return v, s.verbishPast(v)
	case c&lcBad != 0:
		if end, ok := s.badEnd(sub, v); ok {
			return end, true
		}
	}
	return s.judgeAction(v)
}

// judgeAction decides whether an ordinary action v is a bad outcome
// because of what qualifies it: "deployed the wrong branch", "merged
// without review", "restored the wrong snapshot".
func (s *langScan) judgeAction(v int) (int, bool) {
	c := s.toks[v].cls
	switch {
	case s.word(v) == "pointed" && s.word(v+1) == "out":
		return 0, false
	case c&(lcCond|lcUndo) != 0:
		return v, s.qualified(v)
	case c&(lcDiligence|lcBe) == 0 && !langDiscover[s.word(v)] && s.verbishPast(v):
		return v, s.markedError(v) // "restored the wrong snapshot", not "identified the wrong record"
	}
	return 0, false
}

// markedError reports an error marker ("the wrong host", "by mistake",
// "untested") after any past-tense verb v, in its clause.
func (s *langScan) markedError(v int) bool {
	for k := v + 1; k <= v+8 && !s.boundary(k); k++ {
		if s.cls(k)&lcQual != 0 && s.qualifierCounts(v, k) {
			return true
		}
	}
	return false
}

// personOnlyEnd handles verbs only people do: "forgot to", "messed up",
// "ignored the alert".
func (s *langScan) personOnlyEnd(v int) (int, bool) {
	switch s.word(v) {
	case "messed", "screwed":
		return v + 1, s.word(v+1) == "up"
	case "ignored":
		for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
			if s.cls(k)&lcSignal != 0 {
				return v, true
			}
		}
		return 0, false
	}
	if s.word(v+1) == "to" {
		return v + 1, true
	}
	return v, true
}

// badEnd handles bad-outcome verbs: "failed to", "took … down", "made a
// mistake", "broke", "deleted".
func (s *langScan) badEnd(sub langSubject, v int) (int, bool) {
	switch w := s.word(v); w {
	case "failed":
		if s.word(v+1) != "to" || langFailedOK[s.word(v+2)] || sub.kind == lsWeak && s.cls(v+2)&lcDiligence == 0 {
			return 0, false
		}
		return v + 1, true
	case "took", "brought", "knocked":
		if end, ok := s.particle(v); ok && !s.benign(v) {
			return end, true
		}
		return 0, false
	case "made":
		return v, s.qualified(v)
	case "dropped":
		if n := s.word(v + 1); n == "off" || n == "out" || n == "by" || n == "in" {
			return 0, false
		}
	}
	ok := sub.kind == lsStrong || s.weakBad(v)
	return v, ok && !s.benign(v)
}

// weakBad reports a verb that makes "we", "they" or a team the cause:
// destructive acts, and missing an alert or a page.
func (s *langScan) weakBad(v int) bool {
	if s.word(v) != "missed" {
		return langWeakBad[s.word(v)]
	}
	for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
		if s.cls(k)&lcSignal != 0 {
			return true
		}
	}
	return false
}

// benign reports a sign, after verb v in its clause, that the action was
// housekeeping or a fix: "deleted the stale records", "dropped the corrupt
// index to unblock writes".
func (s *langScan) benign(v int) bool {
	for k := v + 1; k <= v+10 && !s.boundary(k); k++ {
		if langBenign[s.word(k)] {
			return true
		}
	}
	return false
}

// particle finds "down", "out" or "offline" after "took", "brought".
func (s *langScan) particle(v int) (int, bool) {
	for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
		if langParticles[s.word(k)] {
			return k, true
		}
	}
	return 0, false
}

// qualified reports a word after verb v, in its sentence, that makes the
// action a bad outcome: "deployed the wrong branch", "merged without tests".
func (s *langScan) qualified(v int) bool {
	verb := s.word(v)
	extra := langCondExtra[verb]
	tiers := lcQual | lcManner
	if !s.undoes(v) {
		tiers |= lcState // "pushed the broken build", but "reverted the broken build"
	}
	for k := v + 1; k <= v+10 && !s.sentenceEnd(k); k++ {
		w := s.word(k)
		if extra[w] || s.cls(k)&tiers != 0 && s.qualifierCounts(v, k) {
			return true
		}
		if verb == "left" && w == "on" && (s.boundary(k+1) || langLeftOnNext[s.word(k+1)]) {
			return true // "left the debug flag on in production"
		}
	}
	return false
}

// undoes reports a verb that undoes or stops something ("reverted",
// "rolled back"), for which a broken object means a fix, not a fault.
func (s *langScan) undoes(v int) bool {
	return s.cls(v)&lcUndo != 0 || s.word(v) == "rolled" && s.word(v+1) == "back"
}

// qualifierCounts filters qualifiers that are harmless in context:
// "without downtime", "still" not after "while".
func (s *langScan) qualifierCounts(v, k int) bool {
	switch s.word(k) {
	case "without":
		return !langWithoutOK[s.word(k+1)]
	case "mistake", "accident":
		return s.word(k-1) == "by"
	case "too":
		return langTooNext[s.word(k+1)]
	case "against":
		return langLive[s.word(k+1)] || langLive[s.word(k+2)]
	case "still":
		for m := v + 1; m < k; m++ {
			if s.word(m) == "while" {
				return true
			}
		}
		return false
	}
	return true
}

// nextCoordinated finds the next verb joined by "and", "but", "then", "or"
// in the same clause, or -1.
func (s *langScan) nextCoordinated(v int) int {
	for m := v + 1; m < len(s.toks) && m <= v+12; m++ {
		c := s.cls(m)
		if s.boundary(m) || c&lcSub != 0 {
			return -1
		}
		if c&lcCoord != 0 && (s.verbishPast(m+1) || s.cls(m+1)&lcSkip != 0) {
			return m + 1
		}
	}
	return -1
}

// addPersonCause records "Subject … verb"; "X forgot to" right after the
// subject gets the rewrite "X did not".
func (s *langScan) addPersonCause(sub langSubject, v, end int, direct bool) {
	start, stop := s.toks[sub.first].start, s.toks[end].end
	var repl *string
	switch s.word(v) {
	case "forgot", "neglected", "failed":
		if direct && end == v+1 {
			r := s.text[start:s.toks[v].start] + "did not"
			repl = &r
		}
	}
	s.addSpan(langPersonCause, start, stop, repl)
}

// possessiveCause flags "Priya's change took the API down", rewriting the
// possessive to an article.
func (s *langScan) possessiveCause(sub langSubject) {
	n := s.workNounAfter(sub.last)
	if n < 0 || sub.kind != lsStrong && !s.personalWork(sub, n) {
		return
	}
	v := s.verbAfter(n)
	if v < 0 {
		return
	}
	end, ok := s.possessiveVerb(v)
	if !ok {
		return
	}
	start, stop := s.toks[sub.first].start, s.toks[end].end
	r := s.article(sub) + s.text[s.toks[sub.last].end:stop]
	s.addSpan(langPersonCause, start, stop, &r)
}

// personalWork reports "Jana's commit": a capitalised word that is not a
// known name still reads as a person before work only people make.
func (s *langScan) personalWork(sub langSubject, n int) bool {
	return sub.kind == lsUnknown && sub.first == sub.last && n <= sub.last+2 && langPersonalWork[s.word(n)]
}

// workNounAfter finds a work noun ("change", "script") within three words
// after the possessive that heads its noun phrase ("Priya's change broke",
// not "the team's deploy pipeline"), or -1.
func (s *langScan) workNounAfter(p int) int {
	for k := p + 1; k <= p+3 && k < len(s.toks); k++ {
		if s.toks[k].kind != langWord {
			return -1
		}
		if s.toks[k].cls&lcWorkNoun != 0 && s.headsPhrase(k) {
			return k
		}
	}
	return -1
}

// headsPhrase reports whether the noun at k ends its noun phrase: what
// follows is punctuation, a preposition, a relative pronoun or a verb.
func (s *langScan) headsPhrase(k int) bool {
	n := k + 1
	if s.boundary(n) || langWorkNext[s.word(n)] {
		return true
	}
	return s.cls(n)&(lcPossBad|lcCond|lcBad|lcSkip|lcNeg) != 0 || s.verbishPast(n)
}

// verbAfter finds the first past-tense verb within eight words after the
// noun, in the same clause, or -1.
func (s *langScan) verbAfter(n int) int {
	for k := n + 1; k <= n+8 && !s.boundary(k); k++ {
		if s.cls(k)&(lcPossBad|lcCond|lcBad) != 0 || s.verbishPast(k) {
			return k
		}
	}
	return -1
}

// possessiveVerb decides whether a person's work did something bad.
func (s *langScan) possessiveVerb(v int) (int, bool) {
	w := s.word(v)
	switch {
	case w == "took" || w == "brought" || w == "knocked":
		return s.particle(v)
	case langCondExtra[w] != nil && w != "caused":
		return v, s.qualified(v)
	case s.toks[v].cls&lcPossBad != 0:
		return v, true
	case s.toks[v].cls&lcCond != 0:
		return v, s.qualified(v)
	}
	return 0, false
}

// article returns "A" or "An" (capitalised at a sentence start) to replace
// the possessive of sub.
func (s *langScan) article(sub langSubject) string {
	a := "a"
	if n := s.word(sub.last + 1); n != "" && strings.ContainsRune("aeiou", rune(n[0])) {
		a = "an"
	}
	if s.toks[sub.first].sentStart {
		return langCapitalise(a)
	}
	return a
}

// matchCleft flags "It was Mei who removed the index", unless the verb
// gives credit ("It was Priya who spotted …").
func (s *langScan) matchCleft(i int) {
	if !langCleftBe[s.word(i+1)] {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok || sub.poss {
		return
	}
	if w := s.word(sub.last + 1); w != "who" && w != "that" {
		return
	}
	v, _, ok := s.verbAt(sub.last + 2)
	if ok && s.toks[v].cls&lcPositive == 0 && s.verbishPast(v) {
		s.add(langPersonCause, i, v, nil)
	}
}

// matchCausedBy flags "caused by Priya", "because of the intern", "due to
// @dana's change".
func (s *langScan) matchCausedBy(i int) {
	if s.word(i) == "cause" {
		s.matchCauseIs(i)
		return
	}
	prep, ok := langCausePreps[s.word(i)]
	if !ok || s.word(i+1) != prep {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok {
		return
	}
	if !sub.poss {
		s.add(langPersonCause, i, sub.last, nil)
		return
	}
	n := s.workNounAfter(sub.last)
	if n < 0 {
		return
	}
	start, stop := s.toks[sub.first].start, s.toks[n].end
	r := strings.ToLower(s.article(sub)) + s.text[s.toks[sub.last].end:stop]
	s.addSpan(langPersonCause, start, stop, &r)
}

// matchCauseIs flags "the root cause was Jorge" and "the cause was the
// intern's change".
func (s *langScan) matchCauseIs(i int) {
	if !langCleftBe[s.word(i+1)] {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok {
		return
	}
	last := sub.last
	if n := s.workNounAfter(sub.last); sub.poss && n >= 0 {
		last = n
	}
	s.add(langPersonCause, i, last, nil)
}

// personAt reads a strong person subject starting at token j: a name,
// @mention, pronoun, "him"/"her", or a determiner and a role.
func (s *langScan) personAt(j int) (langSubject, bool) {
	if j >= len(s.toks) || s.toks[j].kind == langPunct || s.toks[j].kind == langOpaque {
		return langSubject{}, false
	}
	if s.toks[j].cls&lcObjPronoun != 0 && s.cls(j+1)&(lcWorkNoun|lcRole) == 0 {
		return langSubject{first: j, last: j, kind: lsStrong}, true
	}
	if s.toks[j].cls&lcDet != 0 {
		for k := j + 1; k <= j+3 && k < len(s.toks) && s.toks[k].kind == langWord; k++ {
			if s.cls(k)&lcRole != 0 {
				sub, ok := s.roleSubject(k)
				return sub, ok && sub.first == j && sub.kind == lsStrong
			}
		}
		return langSubject{}, false
	}
	sub, ok := s.subjectAt(j)
	return sub, ok && sub.kind == lsStrong && sub.first == j
}
