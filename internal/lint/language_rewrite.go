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
	case lc.Rewrite == "passive" && subjEnd > first && subjEnd <= last:
		s.passive(c, first, subjEnd)
	case lc.Rewrite == "article" && subjEnd > first && subjEnd <= last:
		r := "the" + s.text[s.toks[subjEnd-1].end:c.End]
		if s.toks[first].sentStart {
			r = langCapitalise(r)
		}
		c.Replace = &r
	}
}

// passive makes the object of the person's verb the subject: "Bob forgot
// to renew the certificate" → "The certificate was not renewed"; "Someone
// deleted the bucket" → "The bucket was deleted". The rewrite covers the
// person, the verb and the object.
func (s *langScan) passive(c *langCand, first, subjEnd int) {
	v, neg, ok := s.passiveVerb(subjEnd)
	if !ok {
		return
	}
	obj, objEnd := v+1, s.objectEnd(v+1)
	if objEnd <= obj {
		return
	}
	var b strings.Builder
	b.WriteString(s.objectText(obj, objEnd))
	verb := s.word(v)
	if phrase, ok := s.c.voc.passive[verb]; ok && !neg {
		b.WriteString(" " + phrase)
	} else {
		b.WriteString(" " + s.be(obj, objEnd))
		if neg {
			b.WriteString(" not")
		}
		b.WriteString(" " + s.participleOf(verb))
	}
	r := b.String()
	if s.toks[first].sentStart {
		r = langCapitalise(r)
	}
	c.Start, c.End, c.Replace = s.toks[first].start, s.toks[objEnd-1].end, &r
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
// k when there is none.
func (s *langScan) objectEnd(k int) int {
	if k >= len(s.toks) || s.toks[k].kind == langMention || s.in(k, s.c.g.objPronoun) {
		return k
	}
	j := k
	for ; j < len(s.toks) && j < k+7; j++ {
		t := &s.toks[j]
		if t.kind == langPunct || t.kind == langMention || t.kind == langWord && s.in(j, s.c.g.npEnd) {
			break
		}
		if j > k && t.kind == langWord && (s.isPast(j) || strings.HasSuffix(s.word(j), "ing")) && !s.in(j-1, s.c.g.det) {
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

// be returns "was" or "were" for the object phrase.
func (s *langScan) be(obj, end int) string {
	if s.in(obj, s.c.g.singularDet) {
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
// noun phrase fits.
func (s *langScan) gapRewrite(c *langCand, first, last int) {
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
