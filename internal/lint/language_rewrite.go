package lint

import "strings"

// ---- rewrites ----

// rewrite sets the blameless rewrite of a match, when one can be formed.
func (s *langScan) rewrite(c *langCand, lc *langCheck, first, last, subjEnd int) {
	switch {
	case lc.Replace != "":
		r := s.caseFor(first, lc.Replace)
		c.Replace = &r
	case lc.Rewrite == "drop":
		if a, b, r, ok := langDropEdit(s.text, c.Start, c.End); ok {
			c.Start, c.End, c.Replace = a, b, &r
		}
	case lc.Rewrite == "gap":
		s.gapRewrite(c, first, last)
	case lc.Rewrite == "passive" && subjEnd > first && subjEnd <= last && s.possessive(subjEnd-1):
		if end, ok := s.personMatch(bPersons, first); ok && end == subjEnd {
			s.article(c, first, subjEnd) // "Ravi's script dropped …": the work, without its owner
		}
	case lc.Rewrite == "passive" && subjEnd > first && subjEnd <= last:
		s.passive(c, first, subjEnd)
	case lc.Rewrite == "article" && subjEnd > first && subjEnd <= last:
		s.article(c, first, subjEnd)
	}
}

// article drops the owner of a person's work: "Ravi's script" → "The
// script".
func (s *langScan) article(c *langCand, first, subjEnd int) {
	if s.word(subjEnd) == "own" {
		return // "his own load test": no article says it
	}
	r := "the" + s.text[s.toks[subjEnd-1].end:c.End]
	if s.toks[first].sentStart {
		r = langCapitalise(r)
	}
	c.Replace = &r
}

// passive makes the object of the person's verb the subject: "Bob forgot
// to renew the certificate" → "The certificate was not renewed"; "Someone
// deleted the bucket" → "The bucket was deleted"; "kicked off a reindex"
// → "A reindex was kicked off". The rewrite covers the person, the verb
// and the object, and is left out where a passive would not say the same.
func (s *langScan) passive(c *langCand, first, subjEnd int) {
	v, neg, ok := s.passiveVerb(subjEnd)
	if !ok {
		return
	}
	obj, particle := v+1, ""
	if s.in(obj, s.c.g.particle) && s.startsPhrase(obj+1) {
		obj, particle = obj+1, " "+s.word(obj)
	}
	objEnd := s.objectEnd(obj)
	if objEnd <= obj || !s.passiveSound(v, neg, obj, objEnd) || objEnd == obj+1 && s.in(obj, s.c.g.vague) && s.wordWithin(first, v-first, "of") {
		return // "The author of the flag left it on": what "it" is goes with the person
	}
	var b strings.Builder
	b.WriteString(s.objectText(obj, objEnd))
	verb := s.word(v)
	if phrase, ok := s.c.voc.passive[verb]; ok && !neg && particle == "" {
		b.WriteString(" " + phrase)
	} else {
		be := s.be(obj, objEnd)
		if s.presentVerb(v) { // "pushes the config" → "the config is pushed"
			be, verb = langPresentBe(be), langBaseForm(verb)
		}
		b.WriteString(" " + be)
		if neg {
			b.WriteString(" not")
		}
		b.WriteString(" " + s.participleOf(verb) + particle)
	}
	r := b.String()
	if s.opensSentence(first) {
		r = langCapitalise(r)
	}
	c.Start, c.End, c.Replace = int(s.toks[first].start), int(s.toks[objEnd-1].end), &r
}

// opensSentence reports a capitalised word that starts a sentence or
// follows a mark that is not a comma: "14:07 - Dmitri runs …".
func (s *langScan) opensSentence(k int) bool {
	if s.toks[k].sentStart {
		return true
	}
	return k > 0 && s.toks[k].capital && s.toks[k-1].kind == langPunct && s.word(k-1) != "," && s.word(k-1) != ";"
}

// startsPhrase reports a word that opens a noun phrase: a determiner, a
// quantifier, a number or a possessive.
func (s *langScan) startsPhrase(k int) bool {
	g := &s.c.g
	if k >= len(s.toks) || s.toks[k].kind != langWord {
		return false
	}
	return s.in(k, g.det) || s.in(k, g.quantifier) || s.possessive(k) || s.digitAt(k)
}

// passiveSound reports whether the passive of verb v with the object
// obj..objEnd-1 says what the sentence says: the verb has a passive and a
// known participle, the object is a noun phrase and not a clause or a
// duration, and the person does not go on to act ("and left for the
// weekend") or come back as a pronoun ("with his local copy").
func (s *langScan) passiveSound(v int, neg bool, obj, objEnd int) bool {
	g, w := &s.c.g, s.word(v)
	switch {
	case s.in(v, g.noPassive) || s.in(v, g.det) || s.in(v, g.npEnd) || s.isAdverb(v):
		return false
	case !neg && !s.isPast(v) && !s.presentVerb(v):
		return false // not a verb of the past, nor one of the present the check reads
	case s.in(v, g.past) && s.c.voc.forms[w] == "" && s.c.voc.passive[w] == "":
		return false // an irregular past whose participle is not listed
	case strings.HasSuffix(s.word(obj), "ing") && !s.in(obj, g.det), s.in(obj, g.particle), s.in(obj, g.objectStop):
		return false // "kept restarting the primary", "signed off on the release"
	case s.in(objEnd-1, g.det) || s.in(objEnd-1, g.quantifier):
		return false // no noun: "deployed the early build" cut at "early"
	}
	for j := obj; j < objEnd; j++ {
		if s.in(j, g.clauseWord) || s.in(j, g.timeUnit) && !s.toks[j].poss || s.in(j, g.backRef) || j > obj && s.in(j, g.det) {
			return false // a clause, a duration, the person again, a second phrase
		}
	}
	return s.objectClosed(objEnd) && !s.subjectGoesOn(objEnd)
}

// objectClosed reports an object that ends at a clear boundary: the end,
// a mark of punctuation, a preposition or an adverb; not a verb ("the
// switch thinking …"), a relative clause ("the index that …") or a second
// noun ("the staging and production tables").
func (s *langScan) objectClosed(k int) bool {
	g := &s.c.g
	switch w := s.word(k); {
	case k >= len(s.toks):
		return true
	case s.toks[k].kind == langPunct:
		return strings.Contains(",.;:!?)", w)
	case w == "that" || w == "who" || w == "which" || w == "and" || w == "or":
		return s.newSubject(k+1) && (w == "and" || w == "or" || !s.startsPhrase(k+1)) // "the index that he added"
	case s.in(k, g.npEnd) || s.in(k, g.objectStop) || s.isAdverb(k) || s.countAt(k):
		return true
	}
	return false
}

// newSubject reports a word that can open the subject of a new clause: a
// noun phrase, a pronoun or a capitalised name.
func (s *langScan) newSubject(n int) bool {
	return s.startsPhrase(n) || s.in(n, s.c.g.pronoun) || s.toks[min(n, len(s.toks)-1)].capital
}

// countAt reports how many times an act was done, after its object: "two
// times", "3 times".
func (s *langScan) countAt(k int) bool {
	return s.word(k+1) == "times" && (s.in(k, s.c.g.quantifier) || k < len(s.toks) && s.digitAt(k))
}

// subjectGoesOn reports, after the object ending at token k, a second verb
// of the same subject ("…, and then left") or a pronoun that points back at
// it.
func (s *langScan) subjectGoesOn(k int) bool {
	g := &s.c.g
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, g.backRef) {
			return true
		}
		if w := s.word(j); w != "and" && w != "but" && w != "then" && w != "or" {
			continue
		}
		n := j + 1
		if s.word(n) == "then" || s.in(n, g.neg) || s.in(n, g.aux) {
			return true
		}
		if !s.newSubject(n) && !s.bareSubject(n) {
			return true // no new subject: the person's second act
		}
	}
	return false
}

// langPresentBe is "is" for "was" and "are" for "were".
func langPresentBe(be string) string {
	if be == "were" {
		return "are"
	}
	return "is"
}

// bareSubject reports a noun without a determiner that a verb follows
// within two words: "and uploads failed", "and error rates spiked".
func (s *langScan) bareSubject(n int) bool {
	if n >= len(s.toks) || s.toks[n].kind != langWord || s.isPast(n) || s.presentVerb(n) || s.in(n, s.c.g.aux) {
		return false
	}
	for j := n + 1; j <= n+2 && j < len(s.toks) && s.toks[j].kind == langWord; j++ {
		if s.isPast(j) || s.in(j, s.c.g.modifierEnd) || s.in(j, s.c.g.finite) {
			return true
		}
	}
	return false
}

// langBaseForm is the base of a verb in the third person: "pushes" →
// "push", "applies" → "apply", "runs" → "run".
func langBaseForm(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

// passiveVerb finds the verb after a person: the one after "forgot to",
// "failed to" or a negation (neg is then set), or the person's own verb.
func (s *langScan) passiveVerb(k int) (v int, neg, ok bool) {
	g := &s.c.g
	for ; k < len(s.toks) && s.toks[k].kind == langWord; k++ {
		switch {
		case s.in(k, g.neg):
			neg = true
		case s.in(k, g.aux) || s.in(k, g.faultAdverb) || s.isAdverb(k) && !s.in(k, g.lapse):
		case s.word(k+1) == "to" && (s.in(k, g.lapse) || s.in(k, g.omit)):
			return k + 2, true, k+2 < len(s.toks) && s.toks[k+2].kind == langWord
		default:
			return k, neg, true
		}
	}
	return 0, false, false
}

// objectEnd returns the end of the noun phrase that starts at token k, or
// k when there is none. A participle may describe the noun after a
// determiner, a number or a possessive ("the failed backup", "five
// unrelated PRs"); a word in -ing may be a noun of a signal ("warning").
func (s *langScan) objectEnd(k int) int {
	g := &s.c.g
	if k >= len(s.toks) || s.toks[k].kind == langMention || s.in(k, g.objPronoun) {
		return k
	}
	j := k
	for ; j < len(s.toks) && j < k+7; j++ {
		t := &s.toks[j]
		if t.kind == langPunct || t.kind == langMention || t.kind == langWord && (s.in(j, g.npEnd) || j > k && s.in(j, g.objectStop)) {
			break
		}
		if j == k || t.kind != langWord || s.startsPhrase(j-1) && !s.in(j-1, g.singularDet) || s.in(j-1, g.det) {
			continue
		}
		if s.isPast(j) || strings.HasSuffix(s.word(j), "ing") && !s.in(j, g.signal) || s.isAdverb(j) || s.countAt(j) {
			break
		}
	}
	if j == k+7 {
		return k // too long to be sure where it ends
	}
	return j
}

// objectText is the object phrase as a subject: "his" and "their" become
// "the".
func (s *langScan) objectText(obj, end int) string {
	text := s.text[s.toks[obj].start:s.toks[end-1].end]
	if s.in(obj, s.c.g.possPronoun) || s.in(obj, s.c.g.ourTheir) {
		return "the" + s.text[s.toks[obj].end:s.toks[end-1].end]
	}
	if s.in(obj, s.c.g.det) {
		return strings.ToLower(text[:1]) + text[1:]
	}
	return text
}

// be returns "was" or "were" for the object phrase: a name ending in s
// ("Postgres") is one thing.
func (s *langScan) be(obj, end int) string {
	if s.in(obj, s.c.g.singularDet) || s.toks[end-1].capital {
		return "was"
	}
	w := s.word(end - 1)
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return "were"
	}
	return "was"
}

// participleOf returns the past participle of a verb in its base or past
// form: listed forms first, then the regular rules.
func (s *langScan) participleOf(w string) string {
	if p, ok := s.c.voc.forms[w]; ok {
		return p
	}
	switch n := len(w); {
	case strings.HasSuffix(w, "ed"):
		return w
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ied"
	case n >= 3 && n <= 4 && langCVC(w):
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

// langCVC reports a word ending consonant, vowel, consonant ("drop"),
// whose last letter doubles before -ed.
func langCVC(w string) bool {
	n := len(w)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := w[n-1]
	return !vowel(w[n-3]) && vowel(w[n-2]) && !vowel(last) && strings.IndexByte("wxy", last) < 0
}

// gapRewrite replaces "human error" with "a gap in the process" where a
// noun phrase fits. An article right before the match goes with it ("the
// weakest link" → "the gap in the process"); any other word there, such as
// an adjective ("a classic PEBKAC"), leaves no rewrite, which would keep
// the word before a phrase it does not fit.
func (s *langScan) gapRewrite(c *langCand, first, last int) {
	if !langArticle(s.word(first)) && langArticle(s.word(first-1)) && !s.toks[first-1].brk {
		first--
		c.Start = int(s.toks[first].start)
	}
	if !s.nounSlot(first) {
		return
	}
	det := s.word(first)
	plural := strings.HasSuffix(s.word(last-1), "s") && last-first > 1
	var r string
	switch {
	case plural && det == "the":
		r = "the gaps in the process"
	case plural:
		r = "gaps in the process"
	case det == "the":
		r = "the gap in the process"
	default:
		r = "a gap in the process"
	}
	r = s.caseFor(first, r)
	c.Replace = &r
}

// langArticle reports "a", "an" or "the".
func langArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// nounSlot reports whether a noun phrase can stand at token first: after
// a preposition, a copula (and adverbs), punctuation, or at the start.
func (s *langScan) nounSlot(first int) bool {
	p := first - 1
	for p > 0 && s.isAdverb(p) && s.word(p) != "only" {
		p-- // "was ultimately an operator error"
	}
	if p < 0 || s.toks[p].brk {
		return true
	}
	return s.in(p, s.c.g.nounSlot)
}
