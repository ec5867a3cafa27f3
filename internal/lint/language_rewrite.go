package lint

import "strings"

// ---- rewrites ----

// rewrite sets the blameless rewrite of a match, when one can be formed.
func (s *langScan) rewrite(c *langCand, lc *langCheck, first, last, subjEnd int) {
	c.own = [2]int{c.Start, c.End}
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
	case lc.Rewrite == "counterfactual":
		s.counterfactual(c, first, last)
	case lc.Rewrite == "attributive":
		s.attributive(c, first)
	case lc.Rewrite == "agent":
		s.agent(c, first, last)
	case lc.Rewrite == "passive" && subjEnd > first && subjEnd <= last && s.possessive(subjEnd-1) && s.word(subjEnd-2) != "of":
		// a person's work, "Ravi's script"; not a person told by whom they work with, "a teammate of Kenji's"
		s.ownerless(c, first, last)
	case lc.Rewrite == "passive" && subjEnd > first && subjEnd <= last:
		s.passive(c, first, subjEnd)
	case lc.Rewrite == "article":
		s.ownerless(c, first, last)
	}
}

// langExampleMax is the longest rewritten sentence a message shows; a
// longer one shows only the rewritten words.
const langExampleMax = 160

// example is the sentence of match m as its rewrite makes it, for the
// message to show in place of the rule's own example: "make the system
// the subject, as in "The certificate was not renewed, although …"". It
// is nil when m has no rewrite.
func (s *langScan) example(m *langMatch) *string {
	if m.Replace == nil || *m.Replace == "" {
		return nil
	}
	a, b := s.sentenceAround(m.Start, m.End)
	if (m.Start-a)+(b-m.End) > 2*langExampleMax {
		return m.Replace // too long to show even after trimming
	}
	r := strings.TrimSpace(s.text[a:m.Start] + *m.Replace + s.text[m.End:b])
	r = strings.TrimRight(r, ".;:!? ")
	if len(r) > langExampleMax || r == "" {
		return m.Replace
	}
	return &r
}

// sentenceAround returns the byte span of the sentence that holds
// text[start:end].
func (s *langScan) sentenceAround(start, end int) (int, int) {
	a, b := 0, len(s.text)
	for i := range s.toks {
		t := &s.toks[i]
		if int(t.start) <= start && (t.sentStart || i > 0 && s.toks[i-1].stop) {
			a = int(t.start)
		}
		if int(t.start) >= end && t.stop {
			b = int(t.end)
			break
		}
	}
	return a, b
}

// narrow takes a match whose rewrite widened it into another kept match
// back to its own words, without the rewrite, and reports whether it then
// stands clear of the kept matches.
func (c *langCand) narrow(keep []langMatch) bool {
	if c.Replace == nil || c.own[1] == 0 || c.own == [2]int{c.Start, c.End} || langOverlapsAny(keep, c.own[0], c.own[1]) {
		return false
	}
	c.Start, c.End, c.Replace = c.own[0], c.own[1], nil
	return true
}

// ownerless drops the owner of a person's work wherever it stands in the
// match: "Ravi's script" → "The script", "triggered by Nia's deploy" →
// "triggered by the deploy". It gives none where the work is itself a
// fault ("Farah's failure to rotate the key"), where "his own" needs its
// person, or where a possessive pronoun inside a clause points back at a
// person the sentence still names ("Wei disabled the limiter to speed up
// his test").
func (s *langScan) ownerless(c *langCand, first, last int) {
	for k := first; k < last; k++ {
		end, ok := s.personMatch(bPersons, k)
		if !ok || end <= k || !s.possessive(end-1) {
			continue
		}
		if end >= len(s.toks) || s.toks[end].kind != langWord || s.word(end) == "own" || s.in(end, s.c.g.slip) {
			return
		}
		if s.in(k, s.c.g.possPronoun) && !s.opensClause(k) || !s.in(k, s.c.g.possPronoun) && s.pointsBack(end) {
			return // "It was Noor's approval, given from her phone, …": "her" still needs Noor
		}
		s.dropOwner(c, k, end)
		return
	}
}

// dropOwner replaces the owner at tokens k..end-1 with "the".
func (s *langScan) dropOwner(c *langCand, k, end int) {
	a, b := int(s.toks[k].start), int(s.toks[end-1].end)
	the := "the"
	if s.opensSentence(k) {
		the = "The"
	}
	c.End = max(c.End, b)
	r := s.text[c.Start:a] + the + s.text[b:c.End]
	c.Replace = &r
}

// opensClause reports a word that starts a sentence or follows a mark of
// punctuation or a conjunction: the subject of its own clause.
func (s *langScan) opensClause(k int) bool {
	if k == 0 || s.opensSentence(k) {
		return true
	}
	return s.toks[k-1].kind == langPunct || s.in(k-1, s.c.g.opener)
}

// passive makes the object of the person's verb the subject: "Bob forgot
// to renew the certificate" → "The certificate was not renewed"; "Someone
// deleted the bucket" → "The bucket was deleted"; "kicked off a reindex"
// → "A reindex was kicked off". The rewrite covers the person, the verb
// and the object, and is left out where a passive would not say the same.
func (s *langScan) passive(c *langCand, first, subjEnd int) {
	v, neg, ok := s.passiveVerb(subjEnd)
	if !ok || !s.subjectSafe(first, v) {
		return
	}
	if s.word(v) == "let" {
		s.letDrift(c, first, v, neg)
		return
	}
	s.passiveFrom(c, first, v, neg)
}

// letDrift tells what a person let happen as what happened: "Kenji let
// the certificate lapse over the weekend" → "The certificate lapsed over
// the weekend". Only verbs of a thing left to itself whose past is
// regular (the let-drift list) are rewritten, and no negation.
func (s *langScan) letDrift(c *langCand, first, v int, neg string) {
	obj := v + 1
	if neg != "" || !s.startsPhrase(obj) {
		return
	}
	drift := s.c.voc.lists["let-drift"]
	for j := obj + 1; j < obj+6 && j < len(s.toks) && s.toks[j].kind == langWord; j++ {
		if s.in(j, drift) {
			r := s.objectText(obj, j) + " " + s.participleOf(s.word(j))
			if s.opensSentence(first) {
				r = langCapitalise(r)
			}
			c.Start, c.End, c.Replace = int(s.toks[first].start), int(s.toks[j].end), &r
			return
		}
	}
}

// subjectSafe reports a subject whose act a passive may tell without it:
// not "they" inside a sentence, which may be the machines just named ("…
// overloaded the controllers and they dropped off the network"); and a
// verb in the present tense only in a note with a time ("14:02 ravi
// pushes the config"), not a statement of what someone does ("Tallyho
// Payroll runs payroll for 4,000 businesses").
func (s *langScan) subjectSafe(first, v int) bool {
	if s.word(first) == "they" && !s.opensSentence(first) {
		return false
	}
	return !s.presentVerb(v) || s.timeBefore(first)
}

// timeBefore reports a number before token k in its sentence: the time
// of a note.
func (s *langScan) timeBefore(k int) bool {
	for j := k - 1; j >= 0 && !s.toks[j].stop; j-- {
		if s.digitAt(j) {
			return true
		}
		if s.toks[j].sentStart {
			break
		}
	}
	return false
}

// passiveFrom writes the passive of verb v, negated by neg ("not",
// "never" or nothing), over the tokens first..the object's end. Where the
// person goes on to a second act with an object of its own ("and
// corrupted the snapshot"), that act becomes a passive too.
func (s *langScan) passiveFrom(c *langCand, first, v int, neg string) {
	r, objEnd, ok := s.passiveAct(v, neg, true)
	if !ok || objEnd == v+2 && s.in(v+1, s.c.g.vague) && s.wordWithin(first, v-first, "of") {
		return // "The author of the flag left it on": what "it" is goes with the person
	}
	end := objEnd
	if s.subjectGoesOn(objEnd) {
		n, ok := s.secondAct(objEnd)
		if !ok {
			return
		}
		v2, neg2, ok := s.passiveVerb(n)
		r2, end2, ok := s.passiveAct(v2, neg2, ok && s.secondObject(v2+1))
		if !ok || s.subjectGoesOn(end2) {
			return
		}
		r += s.text[s.toks[objEnd-1].end:s.toks[n].start] + r2
		end = end2
	}
	if s.opensSentence(first) {
		r = langCapitalise(r)
	}
	c.Start, c.End, c.Replace = int(s.toks[first].start), int(s.toks[end-1].end), &r
}

// passiveAct is the passive of verb v and its object ("the snapshot was
// corrupted") and the end of the object, when the passive says what the
// act did.
func (s *langScan) passiveAct(v int, neg string, found bool) (string, int, bool) {
	obj, particle := v+1, ""
	if !found {
		return "", 0, false
	}
	if s.in(obj, s.c.g.particle) && s.startsPhrase(obj+1) {
		obj, particle = obj+1, " "+s.word(obj)
	}
	head, objEnd := s.objectSpan(obj)
	if objEnd <= obj || !s.passiveSound(v, neg != "", obj, head, objEnd) {
		return "", 0, false
	}
	return s.objectText(obj, objEnd) + " " + s.passiveVerbText(v, neg, particle, obj, head), objEnd, true
}

// secondAct finds, after the object ending at token k, the verb of the
// person's second act: "and corrupted …", "but didn't update …", "and then
// shipped …". It reports false where a pronoun points back at the person,
// where a clause of another subject comes first ("which changed …"), or
// where the clause after the conjunction opens with anything but a verb
// of the past or a negation (a subject of its own: "and uploads failed").
func (s *langScan) secondAct(k int) (int, bool) {
	if s.pointsBack(k) {
		return 0, false
	}
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, s.c.g.subord) || s.in(j, s.c.g.clauseWord) {
			return 0, false // "which changed the interval and broke …": another subject's act
		}
		if w := s.word(j); w != "and" && w != "but" {
			continue
		}
		n := j + 1
		if s.word(n) == "then" {
			n++
		}
		return n, s.isPast(n) || s.in(n, s.c.g.neg) && s.word(n) != "no" // not "and no orders came"
	}
	return 0, false
}

// passiveVerbText is the verb of the passive: "was not renewed", "were
// kicked off", "is pushed", or a listed phrase ("went unnoticed").
func (s *langScan) passiveVerbText(v int, neg, particle string, obj, head int) string {
	verb := s.word(v)
	if phrase, ok := s.c.voc.passive[verb]; ok && neg == "" && particle == "" {
		return phrase
	}
	be := s.be(obj, head)
	if s.presentVerb(v) { // "pushes the config" → "the config is pushed"
		be, verb = langPresentBe(be), langBaseForm(verb)
	}
	if neg != "" {
		be += " " + neg
	}
	return be + " " + s.participleOf(verb) + particle
}

// objectSpan returns the end of the object that starts at token obj and
// the end of its head phrase: "the artefacts of 1,870 customers' sites"
// ends after "sites", its head after "artefacts". A phrase with "of", or
// "about" after a signal ("the warning about the query"), belongs to the
// object; after a person ("told the team about …") it belongs to the
// verb, and no rewrite is given.
func (s *langScan) objectSpan(obj int) (head, end int) {
	head = s.objectEnd(obj)
	end = head
	for end > obj && (s.word(end) == "of" || s.word(end) == "about" && s.in(head-1, s.c.g.signal)) {
		if _, ok := s.personAt(obj); ok {
			return obj, obj // "told the team about the migration": the phrase goes with the verb
		}
		e := s.objectEnd(end + 1)
		if e <= end+1 || !s.phraseSound(end+1, e) {
			return obj, obj // no rewrite rather than one that leaves "of …" behind
		}
		end = e
	}
	if s.word(end) == "that" && end > obj {
		return head, s.relativeEnd(end)
	}
	return head, end
}

// relativeEnd returns the end of a relative clause that opens at "that"
// (token k) and whose verb follows it ("the change that broke the
// callbacks"), when it runs to a comma or the end of the sentence without
// a conjunction, a subordinate clause or a pronoun pointing back; else k,
// where the object then ends. "Told the team that the deploy was safe" is
// no relative clause.
func (s *langScan) relativeEnd(k int) int {
	if !s.isPast(k+1) || s.in(k+1, s.c.g.finite) {
		return k
	}
	for j := k + 2; j < len(s.toks) && j < k+14; j++ {
		switch w := s.word(j); {
		case s.toks[j].stop || w == ",":
			return j
		case w == "and" || w == "but" || w == "or" || s.in(j, s.c.g.subord) || s.in(j, s.c.g.backRef) || s.toks[j].kind != langWord && s.toks[j].kind != langPunct:
			return k
		}
	}
	if n := len(s.toks); n < k+14 {
		return n
	}
	return k
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
// obj..objEnd-1, whose head phrase ends at head, says what the sentence
// says: the verb has a passive and a known participle, and the object is
// a noun phrase and not a clause or a duration.
func (s *langScan) passiveSound(v int, neg bool, obj, head, objEnd int) bool {
	g, w := &s.c.g, s.word(v)
	switch {
	case v >= len(s.toks) || s.toks[v].kind != langWord:
		return false
	case s.in(v, g.noPassive) || s.in(v, g.det) || s.in(v, g.npEnd) || s.isAdverb(v):
		return false
	case !neg && !s.isPast(v) && !s.presentVerb(v):
		return false // not a verb of the past, nor one of the present the check reads
	case s.in(v, g.past) && s.c.voc.forms[w] == "" && s.c.voc.passive[w] == "":
		return false // an irregular past whose participle is not listed
	case strings.HasSuffix(s.word(obj), "ing") && !s.in(obj, g.det), s.in(obj, g.particle), s.in(obj, g.objectStop):
		return false // "kept restarting the primary", "signed off on the release"
	case s.in(head-1, g.det) || s.in(head-1, g.quantifier):
		return false // no noun: "deployed the early build" cut at "early"
	}
	return s.phraseSound(obj, head) && s.objectClosed(objEnd)
}

// phraseSound reports a noun phrase at a..e-1 that holds no clause, no
// duration, no pronoun pointing back at the person and no second phrase
// ("all the brokers" is one).
func (s *langScan) phraseSound(a, e int) bool {
	g := &s.c.g
	for j := a; j < e; j++ {
		if s.in(j, g.clauseWord) || s.in(j, g.timeUnit) && !s.toks[j].poss || s.in(j, g.backRef) || j > a && s.in(j, g.det) && !(j == a+1 && s.in(a, g.quantifier)) {
			return false
		}
	}
	return true
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
	case (w == "and" || w == "but") && s.secondVerb(k+1):
		return true // "and drained every node": a second act, read by secondAct
	case w == "that" || w == "who" || w == "which" || w == "and" || w == "or":
		return s.newSubject(k+1) && (w == "and" || w == "or" || !s.startsPhrase(k+1)) // "the index that he added"
	case s.in(k, g.npEnd) || s.in(k, g.objectStop) || s.isAdverb(k) || s.countAt(k), s.in(k, g.aux) && !s.in(k, g.finite):
		return true
	}
	return false
}

// secondVerb reports a verb of the past, a negation or "then" at token
// n: a second act of the same subject after "and" or "but".
func (s *langScan) secondVerb(n int) bool {
	return s.isPast(n) || s.in(n, s.c.g.neg) || s.word(n) == "then"
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
	if s.pointsBack(k) {
		return true
	}
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		w := s.word(j)
		if w == "which" || w == "who" {
			return false // the acts after it are the relative clause's
		}
		if w != "and" && w != "but" && w != "then" && w != "or" {
			continue
		}
		n := j + 1
		if s.word(n) == "no" {
			continue // "and no orders came through": a subject of its own
		}
		if s.word(n) == "then" || s.in(n, g.neg) || s.in(n, g.aux) {
			return true
		}
		if !s.newSubject(n) && !s.bareSubject(n) {
			return true // no new subject: the person's second act
		}
	}
	return false
}

// pointsBack reports a pronoun from token k to the end of the sentence
// that points back at a person ("from his phone").
func (s *langScan) pointsBack(k int) bool {
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, s.c.g.backRef) {
			return true
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
// "failed to" or a negation (neg is then "not", or "never" where the
// sentence says it), or the person's own verb.
func (s *langScan) passiveVerb(k int) (v int, neg string, ok bool) {
	g := &s.c.g
	for ; k < len(s.toks) && s.toks[k].kind == langWord; k++ {
		switch {
		case s.in(k, g.neg) && s.word(k) == "never":
			neg = "never"
		case s.in(k, g.neg):
			neg = "not"
		case s.in(k, g.aux) || s.in(k, g.faultAdverb) || s.isAdverb(k) && !s.in(k, g.lapse):
		case s.word(k+1) == "to" && (s.in(k, g.lapse) || s.in(k, g.omit)):
			return k + 2, "not", k+2 < len(s.toks) && s.toks[k+2].kind == langWord
		default:
			return k, neg, true
		}
	}
	return 0, "", false
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
		if s.innerMark(j) {
			continue // "1,870 customers' sites"
		}
		if t.kind == langPunct || t.kind == langMention || t.kind == langOpaque || t.kind == langWord && (s.in(j, g.npEnd) || j > k && s.in(j, g.objectStop)) {
			break
		}
		if j == k || t.kind != langWord || s.startsPhrase(j-1) && !s.in(j-1, g.singularDet) || s.in(j-1, g.det) {
			continue
		}
		if s.isPast(j) || strings.HasSuffix(s.word(j), "ing") && !s.in(j, g.signal) || s.isAdverb(j) || s.in(j, g.aux) || s.countAt(j) {
			break
		}
	}
	if j == k+7 {
		return k // too long to be sure where it ends
	}
	return j
}

// innerMark reports a mark inside a noun phrase: a comma or point inside
// a number ("1,870", "2.5"), or the apostrophe of a plural possessive
// ("customers' sites").
func (s *langScan) innerMark(j int) bool {
	if j < 1 || j+1 >= len(s.toks) || s.toks[j].kind != langPunct || s.toks[j-1].end != s.toks[j].start {
		return false
	}
	if w := s.text[s.toks[j].start:s.toks[j].end]; w == "'" || w == "’" {
		return strings.HasSuffix(s.word(j-1), "s") && s.toks[j+1].kind == langWord
	}
	return s.toks[j].end == s.toks[j+1].start && s.digitAt(j-1) && s.digitAt(j+1)
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

// be returns "was" or "were" for the object phrase whose head ends at
// token end: a name ending in s ("Postgres") is one thing, and "its" says
// nothing of the number ("its file names were changed").
func (s *langScan) be(obj, end int) string {
	if s.in(obj, s.c.g.singularDet) && s.word(obj) != "its" || s.toks[end-1].capital {
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
	if s.word(last) == "in" {
		r = langErrorIn(r) // "an error in the firewall rules", not "a gap in the process in …"
	}
	r = s.caseFor(first, r)
	c.Replace = &r
}

// langErrorIn is the gap r as an error, for a label followed by where
// the error was: "human error in the firewall rules" → "an error in the
// firewall rules", a fault of the thing rather than of a person.
func langErrorIn(r string) string {
	switch r {
	case "the gaps in the process":
		return "the errors"
	case "gaps in the process":
		return "errors"
	case "the gap in the process":
		return "the error"
	}
	return "an error"
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

// counterfactual tells what happened instead of what a person should have
// done: "We should have caught the mismatch in staging" → "The mismatch
// was not caught in staging"; "The page should have been acknowledged" →
// "The page was not acknowledged"; "shouldn't have restarted both
// replicas" → "Both replicas were restarted". The match is the modal
// ("should have", "ought to have"); guesses ("must have") and what could
// or would have been get none.
func (s *langScan) counterfactual(c *langCand, first, last int) {
	w := s.word(first)
	guess := w == "could" || w == "would" || w == "might" || w == "could've" || w == "would've" || w == "might've"
	if !guess && w != "should" && w != "should've" && w != "shouldn't" && w != "ought" {
		return
	}
	neg := "not"
	for j := first; j < last; j++ {
		if s.in(j, s.c.g.neg) || s.word(j) == "shouldn't" {
			neg = ""
		}
	}
	v := last
	for s.isAdverb(v) && !s.in(v, s.c.g.neg) {
		v++
	}
	if s.word(v) == "been" {
		if !guess {
			s.counterfactualPassive(c, first, v, neg)
		}
		return
	}
	subj := s.subjectBefore(first)
	if subj < 0 || !s.subjectSafe(subj, v) || v >= len(s.toks) || s.toks[v].kind != langWord || !s.opensObject(v+1) {
		return
	}
	if guess && (neg == "" || s.imagined(v)) {
		return
	}
	s.passiveFrom(c, subj, v, neg)
}

// imagined reports a guess about the past ("could have", "would have",
// "might have") that tells what might have been rather than an act left
// undone: an outcome spared ("could have avoided the outage"), or a
// condition or a means that did not exist ("would have caught it with a
// canary", "if we had …", "had he been on call").
func (s *langScan) imagined(v int) bool {
	if s.in(v, s.c.voc.lists["spared-outcome"]) {
		return true
	}
	for j := v + 1; j < len(s.toks) && !s.toks[j].stop; j++ {
		switch s.word(j) {
		case "if", "had", "unless", "with", "without", "by", "using", "given", "through", "were":
			return true
		}
	}
	for j := v - 1; j >= 0 && !s.toks[j].stop; j-- {
		if w := s.word(j); w == "if" || w == "unless" || w == "with" || w == "without" {
			return true // "With a canary, we could have caught …"
		}
		if s.toks[j].sentStart {
			break
		}
	}
	return false
}

// opensObject reports a noun phrase, after an optional particle, that
// opens with a determiner, a number, a possessive or a name: "caught the
// mismatch", "rolled back the deploy", not "escalated sooner".
func (s *langScan) opensObject(k int) bool {
	if s.in(k, s.c.g.particle) {
		k++
	}
	return s.startsPhrase(k) || k < len(s.toks) && s.toks[k].kind == langWord && s.toks[k].capital
}

// secondObject reports an object of a second act that ends where it
// seems to: one that opens a phrase, "it", or a bare noun before a
// preposition or a particle ("blocked writes for eleven minutes", "locked
// everyone out"), not one that runs to the end ("billed prepaid users
// double").
func (s *langScan) secondObject(k int) bool {
	if s.opensObject(k) || s.word(k) == "it" {
		return true
	}
	e := s.objectEnd(k)
	return e > k && (s.in(e, s.c.g.npEnd) || s.in(e, s.c.g.objectStop))
}

// subjectBefore returns the start of the person who is the subject of the
// verb at token k ("The on-call engineer | should have"), or -1.
func (s *langScan) subjectBefore(k int) int {
	end := k
	for end > 0 && s.isAdverb(end-1) {
		end-- // "We really should have"
	}
	for j := max(0, end-6); j < end; j++ {
		if e, ok := s.personMatch(bPerson, j); ok && e == end && s.toks[j].kind != langPunct {
			return j
		}
	}
	return -1
}

// counterfactualPassive rewrites "should have been" before the participle
// after token been as "was not" or "were not".
func (s *langScan) counterfactualPassive(c *langCand, first, been int, neg string) {
	p := been + 1
	for s.isAdverb(p) {
		p++
	}
	sj := first - 1
	for sj > 0 && s.isAdverb(sj) {
		sj--
	}
	if !s.isParticiple(p) || sj < 0 || s.toks[sj].kind != langWord {
		return
	}
	r := s.subjectBe(sj)
	if neg != "" {
		r += " " + neg
	}
	c.Start, c.End, c.Replace = int(s.toks[first].start), int(s.toks[been].end), &r
}

// subjectBe is "was" or "were" for the subject whose last word is token k.
func (s *langScan) subjectBe(k int) string {
	switch s.word(k) {
	case "we", "they", "you":
		return "were"
	case "i", "he", "she", "it", "someone", "somebody", "this", "that":
		return "was"
	}
	return s.be(k, k+1)
}

// attributive drops a judging word that qualifies a person's work, and
// the person with it: "Kwame's lazy copy-paste reintroduced the bug" →
// "The copy-paste reintroduced the bug"; "A sloppy migration script
// locked the table" → "A migration script locked the table". It gives none where the work follows a verb
// "to be" ("was a reckless change to make on a Friday"), which says
// nothing once the judgement is gone.
func (s *langScan) attributive(c *langCand, first int) {
	g, det := &s.c.g, first-1
	if det < 0 || !s.in(det, g.det) && !s.toks[det].poss || s.in(s.beforeAdverbs(det), g.modifierEnd) {
		return
	}
	n := first + 1
	for n < first+3 && n < len(s.toks) && s.toks[n].kind == langWord && !s.in(n, g.work) {
		n++
	}
	if !s.in(n, g.work) || s.in(n, g.slip) {
		return // "made a rookie mistake": without the judgement it still names a person's fault
	}
	start, next := int(s.toks[det].start), int(s.toks[first+1].start)
	r := s.text[start:s.toks[det].end]
	if w := strings.ToLower(r); w == "a" || w == "an" {
		r = langArticleFor(r, s.word(first+1))
	}
	if owner := s.ownerAt(det); owner >= 0 {
		start, r = int(s.toks[owner].start), "the" // "Kwame's lazy copy-paste" → "the copy-paste"
		if s.opensSentence(owner) {
			r = "The"
		}
	}
	r += " "
	if c.End > int(s.toks[first].end) {
		r += s.text[next:c.End]
	} else {
		c.End = next
	}
	c.Start, c.Replace = start, &r
}

// ownerAt returns the start of the person whose possessive ends at token
// k ("Kwame's", "the team's"), or -1.
func (s *langScan) ownerAt(k int) int {
	for j := max(0, k-3); j <= k; j++ {
		if end, ok := s.personMatch(bPersons, j); ok && end == k+1 && s.possessive(k) {
			return j
		}
	}
	return -1
}

// beforeAdverbs returns the token before k and the adverbs before it.
func (s *langScan) beforeAdverbs(k int) int {
	p := k - 1
	for p >= 0 && s.isAdverb(p) {
		p--
	}
	return p
}

// langArticleFor is "a" or "an", cased as det, for the word w after it.
func langArticleFor(det, w string) string {
	a := "a"
	if w != "" && strings.IndexByte("aeiou", w[0]) >= 0 {
		a = "an"
	}
	if det != "" && det[0] == 'A' {
		return langCapitalise(a)
	}
	return a
}

// agent drops the person after "by" in a passive: "The index was dropped
// by Kenji during the cleanup" → "The index was dropped during the
// cleanup". A person's work there loses its owner instead ("taken offline
// by the script"); a person whom a clause or a pronoun still needs ("by
// Oleg, who …", "by Marguerite when she …") gets no rewrite.
func (s *langScan) agent(c *langCand, first, last int) {
	k := first
	for k < last && s.word(k) != "by" {
		k++
	}
	if k == last {
		return
	}
	if end, ok := s.personMatch(bPersons, k+1); ok && s.possessive(end-1) {
		s.ownerless(c, first, last)
		return
	}
	end, ok := s.personMatch(bPerson, k+1)
	if !ok || s.word(end) == "who" || s.word(end) == "," && s.word(end+1) == "who" || s.pointsBack(end) {
		return
	}
	if s.word(k-1) == "caused" || end >= len(s.toks) || s.toks[end].stop || strings.HasSuffix(s.word(end), "ing") && !s.in(end, s.c.g.npEnd) {
		return // "was caused by Kenji.": without him nothing is said; "by a manager tidying up …": the phrase is his
	}
	a, b := int(s.toks[k].start), int(s.toks[end-1].end)
	if a == 0 || s.text[a-1] != ' ' || a-1 < c.Start {
		return
	}
	c.End = max(c.End, b)
	r := s.text[c.Start:a-1] + s.text[b:c.End]
	c.Replace = &r
}
