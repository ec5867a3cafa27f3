package lint

// ---- a person's work linked to damage told before it ----
//
// Damage is often told first and the person's work named after it, with
// no verb of its own: "Receipts showed the wrong payee name after Luíza's
// cache key change", "A whole night of wind data gone — Rafaela's gateway
// reboot", "Late fees charged to 2,300 customers — a rounding change by
// Priyanka", "The motor burned out under the limit Mette raised". Or the
// work is named by a relative clause that opens the sentence: "The config
// Ingrid pushed at 06:10 dropped the Tirol region". The damage words are
// @harm-told; a remedy, a recovery, a finding or an intent near the work
// is the person's help, not the cause.

// linkedSubjects reads the people of tokens a..b-1 whose work a link or
// a relative clause ties to damage (linkedWork, relativeWork). It runs
// at the end of sentenceSubjects, so that a finding there covers the
// same words (foundWithin); a call anywhere before would move the lines
// of that hot function's calls, which the profile-guided build inlines
// by their place.
func (s *langScan) linkedSubjects(lc *langCheck, a, b int) {
	a = min(max(a+1, 1), b) // the sentence's first word is no link's person
	sent := s.toks[a:b]
	for j := range sent {
		// mayPerson, kept by run, is one byte to read and false for most
		// words; of those it holds, only a mention, a capitalised word or
		// a possessive names the person of a link or a relative clause.
		if t := &sent[j]; !t.mayPerson || t.kind != langMention && !t.capital && !t.poss {
			continue
		}
		i := a + j
		if s.in(i-1, lc.cause.linker) || s.toks[i-1].kind == langPunct {
			if last, ok := s.linkedWork(lc.cause, i); ok {
				s.addLinked(lc, i, last)
				continue
			}
		} else if d := s.roleOwnerStart(lc.cause, i); d > 0 {
			if last, ok := s.linkedWork(lc.cause, d); ok {
				s.addLinked(lc, d, last) // "after the app team's manifest change"
				continue
			}
		}
		if s.in(i-2, s.c.g.det) || s.in(i-3, s.c.g.det) || s.in(i-4, s.c.g.det) {
			if first, last, ok := s.relativeWork(lc.cause, i); ok {
				s.addLinked(lc, first, last)
			}
		}
	}
}

// roleOwnerStart returns the determiner that opens a role or a group as
// an owner at token i, after a link: "after the app team's", "— our
// vendor's"; or 0.
func (s *langScan) roleOwnerStart(cs *langCauseSets, i int) int {
	if t := &s.toks[i]; !t.poss || t.capital {
		return 0
	}
	d := i - 1
	if !s.in(d, s.c.g.det) {
		d = s.detBefore(i)
	}
	if d < 1 || !s.in(d-1, cs.linker) && s.toks[d-1].kind != langPunct {
		return 0
	}
	return d
}

// addLinked records a person's work tied to damage, unless intended or
// already found.
func (s *langScan) addLinked(lc *langCheck, first, last int) {
	if !s.intended(lc.cause, first, -1) && !s.foundWithin(first, last) {
		s.add(lc, first, last, -1)
	}
}

// langLinkedReach is how far before the link the damage may be told, and
// after the work of a relative clause.
const langLinkedReach = 12

// linkedWork reads a person at token i whose work a link ties to damage
// told before it, and returns the end of the finding.
func (s *langScan) linkedWork(cs *langCauseSets, i int) (int, bool) {
	switch w := s.word(i - 1); w {
	case "after", "following", "from", "—", "–", ":", ";", "to":
		link := i - 1
		if w == "to" {
			if p := s.word(i - 2); p != "thanks" && p != "owing" {
				return 0, false
			}
			link--
		}
		end, ok := s.personMatch(bPersons, i)
		if !ok {
			if w == "after" || w == "—" || w == "–" {
				return s.linkedAct(cs, i) // "… after Luíza replayed the file", "… — Piet had wiped the table"
			}
			return 0, false
		}
		if s.workWithin(end, end+3) {
			if last, ok := s.linkedEnd(cs, link, s.workEnd(end)); ok {
				return last, true
			}
		}
		if w == "—" || w == "–" {
			return s.dashTail(cs, link, end)
		}
		return 0, false
	}
	if w := s.word(i - 1); w == "when" || w == "since" {
		return s.linkedAct(cs, i) // "… lost their allocations when Ornella re-imported the sheet"
	}
	if s.word(i-1) == "by" && s.namedAt(i) { // "— a rounding change by Priyanka"
		if d := s.detBefore(i - 1); d > 0 && s.workWithin(d+1, i-1) && s.isDash(d-1) {
			end, _ := s.personMatch(bAgent, i)
			return s.linkedEnd(cs, d-1, end)
		}
	}
	return 0, false
}

// linkedAct reads a person at token i, after "after", who did an act
// that changes state, with damage told before the link: "Customers got
// double-debited after Luíza replayed the morning settlement file",
// "Pickup codes got reused after Tomasz cut the code length". It is the
// same link as "after Luíza's replay", told with a verb; a remedy near
// ("recovered after Ana rolled back the release") is help, as there.
func (s *langScan) linkedAct(cs *langCauseSets, i int) (int, bool) {
	end, ok := s.personMatch(bPerson|bAgent, i)
	if !ok {
		return 0, false
	}
	v := end
	for n := 0; n < 2 && (s.in(v, s.c.g.aux) || s.in(v, s.c.g.adverbs)); n++ {
		v++
	}
	// an operation ("after Ana restarted the pods") and a fall ("errors
	// dropped after …") tell recovery as often as damage
	if !s.isPast(v) || !s.in(v, cs.act) || s.in(v, cs.operate) || s.declineBefore(cs, i-1) || s.undoneBack(v) {
		return 0, false
	}
	if last, ok := s.linkedEnd(cs, i-1, v+1); ok {
		return last, true
	}
	return s.waitedBefore(cs, i-1, v+1)
}

// waitedBefore reads people or things kept waiting for a time before a
// link at token link ("Herders waited eleven days for their money — …"),
// and returns end, the end of the finding, unless help is near.
func (s *langScan) waitedBefore(cs *langCauseSets, link, end int) (int, bool) {
	for k := link - 1; k >= 0 && k >= link-langLinkedReach && !s.toks[k].stop; k-- {
		if s.in(k, cs.wait) && !s.in(k-1, cs.neg) {
			for j := k + 1; j < k+5 && j < link; j++ {
				if s.in(j, s.c.g.timeUnit) {
					return end, !s.helpNear(cs, k, end)
				}
			}
		}
	}
	return 0, false
}

// undoneBack reports an act undone with "back" after its verb at token
// v ("rolled back the release", "put the old file back"): a remedy; an
// act held back ("held the payment file back") is a delay.
func (s *langScan) undoneBack(v int) bool {
	w := s.word(v)
	return w != "held" && w != "kept" && s.wordWithin(v+1, 6, "back")
}

// declineBefore reports a word of decline in the reach of a link at
// token link: "Errors dropped after …".
func (s *langScan) declineBefore(cs *langCauseSets, link int) bool {
	for k := link - 1; k >= 0 && k >= link-langLinkedReach && !s.toks[k].stop; k-- {
		if s.in(k, cs.decline) {
			return true
		}
	}
	return false
}

// relativeWork reads a sentence that opens with a person's work named by
// a relative clause, "The config Ingrid pushed", or damage before one
// after a link ("under the limit Mette raised"), and returns the first
// token and the end of the finding.
func (s *langScan) relativeWork(cs *langCauseSets, i int) (first, end int, ok bool) {
	d := s.detBefore(i)
	if d < 0 || !s.namedAt(i) || s.ownAccount(i) {
		return 0, 0, false
	}
	v, ok := s.workRelativeVerb(cs, i)
	if !ok {
		return 0, 0, false
	}
	if s.toks[d].sentStart {
		for k := v + 1; k < v+langLinkedReach && k < len(s.toks) && !s.toks[k].stop; k++ {
			if s.helpAt(cs, k) {
				return 0, 0, false
			}
			if s.in(k, cs.harmTold) && !s.in(k-1, cs.neg) {
				return d, v + 1, !s.helpNear(cs, d, k)
			}
		}
		return 0, 0, false
	}
	switch s.word(d - 1) {
	case "by", "under", "from", "after", "because", "of", "to":
		end, ok = s.linkedEnd(cs, d-1, v+1)
		return d, end, ok
	}
	return 0, 0, false
}

// workRelativeVerb reads a named person at token i and the verb in the past
// after it that makes the relative clause: "Ingrid pushed", "Helmut had
// edited". A person the team speaks as ("we", "they") tells its own
// account, not a cause.
func (s *langScan) workRelativeVerb(cs *langCauseSets, i int) (int, bool) {
	if !s.namedAt(i) {
		return 0, false
	}
	end, ok := s.personMatch(bPerson, i)
	if !ok {
		if end, ok = s.personMatch(bAgent, i); !ok || end-i > 2 || !s.in(s.skipAux(end), cs.act) || !langNameShape(s.text[s.toks[i].start:s.toks[i].end]) {
			return 0, false // an act people do to systems: "the limit Mette raised"
		}
	}
	v := s.skipAux(end)
	return v, s.isPast(v) && !s.in(v, cs.remedy) && !s.in(v, cs.repair)
}

// ownAccount reports "we", "I", "you" or "they" at token i: the team
// telling its own account ("the page we got at 02:10 said …"), never
// the person whose work a relative clause names.
func (s *langScan) ownAccount(i int) bool {
	switch s.word(i) {
	case "we", "i", "you", "they":
		return true
	}
	return false
}

// namedAt reports a person by name at token i: a capitalised word, an
// @mention, or a name in lower case; not a role or a pronoun.
func (s *langScan) namedAt(i int) bool {
	t := &s.toks[i]
	return t.kind == langMention || t.kind == langWord && t.capital && !t.sentStart && !s.in(i, s.c.g.personStart) || s.in(i, s.c.g.names)
}

// detBefore returns the determiner one to three words before token i,
// past a "that" or "which", that opens the noun of a relative clause
// ("the config Ingrid", "an override that Oskar"), or -1. The person at
// i is named (namedAt), so "the QA lead" never reaches here.
func (s *langScan) detBefore(i int) int {
	k := i - 1
	if w := s.word(k); w == "that" || w == "which" {
		k--
	}
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		if s.toks[j].kind != langWord || s.in(j+1, s.c.g.det) {
			return -1
		}
		if s.in(j, s.c.g.det) {
			return j
		}
	}
	return -1
}

// skipAux returns the token after the auxiliaries and adverbs from k.
func (s *langScan) skipAux(k int) int {
	for n := 0; n < 3 && (s.in(k, s.c.g.aux) || s.in(k, s.c.g.adverbs) && !s.in(k, s.c.g.neg)); n++ {
		k++
	}
	return k
}

// dashTail reads a sentence that ends on a dash at token link and a
// person's work alone, whose owner ends at token end: up to three words
// of the work, then the end of the sentence or an aside on the work
// ("— Solveig's template", "— Ramiro's override, never cleared"). The
// tail names the cause of what the sentence told before the dash, which
// needs no word of harm, only no help ("recovered — Rafaela's replay")
// nor a sign that all went well ("again", "on time", "smoothly").
func (s *langScan) dashTail(cs *langCauseSets, link, end int) (int, bool) {
	j := end
	for ; j < end+3 && j < len(s.toks) && s.toks[j].kind == langWord; j++ {
		if j > end && langDashPrep(s.word(j)) {
			j = s.phraseEnd(j + 1) // "— Gulli's export change from the previous evening"
			break
		}
		if s.in(j, s.c.g.det) || s.in(j, s.c.g.npEnd) || s.isPast(j) || s.verbInS(j) || s.in(j, s.c.g.modifierEnd) {
			return 0, false // "— Bayu's zone export shows …": a clause of its own
		}
	}
	if j == end {
		return 0, false
	}
	if j < len(s.toks) && !s.toks[j].stop {
		if s.word(j) != "," || !(s.isParticiple(j+1) || s.in(j+1, cs.neg)) {
			return 0, false
		}
	}
	return j, s.toldNoGood(cs, link)
}

// toldNoGood reports a clause of three words or more before the link at
// token link that tells no help and no sign that all went well: what a
// cause named after a dash or a semicolon explains is then trouble.
func (s *langScan) toldNoGood(cs *langCauseSets, link int) bool {
	first := link
	for first > 0 && !s.toks[first-1].stop {
		first--
	}
	if link-first < 3 {
		return false
	}
	for k := first; k < link; k++ {
		if s.helpAt(cs, k) || s.word(k) == "?" || s.in(k, cs.noteFine) || s.in(k, cs.fine) || s.word(k) == "time" && s.word(k-1) == "on" {
			return false // "got the summer plan back — Halvard's spreadsheet", "were fed on time all week — …"
		}
	}
	return true
}

// dashOwner reports a possessive at token k right after a dash, with a
// word of work among the three words after it: the owner in a closing
// "— Solveig's template", which names the cause of what the sentence told
// before it, and so opens the person-subject check as a word of harm does.
func (s *langScan) dashOwner(k int) bool {
	if w := s.word(k - 1); w != "—" && w != "–" {
		return false
	}
	return s.workWithin(k+1, len(s.toks))
}

// langDashPrep reports a preposition that may open a phrase on the work
// in a closing "— Solveig's template": when, where or whom it went to.
func langDashPrep(w string) bool {
	switch w {
	case "from", "to", "on", "in", "at", "for", "of", "during":
		return true
	}
	return false
}

// phraseEnd returns the end of a phrase after a preposition from token
// k: up to six words with no verb among them ("the previous evening",
// "the alarm group"), or k when a verb ends it first or it runs on.
func (s *langScan) phraseEnd(k int) int {
	for j := k; j < k+6 && j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.kind != langWord {
			if j > k && (t.stop || s.word(j) == ",") {
				return j
			}
			return k
		}
		if s.isPast(j) || s.verbInS(j) && !s.in(j-1, s.c.g.det) || s.in(j, s.c.g.modifierEnd) || s.in(j, s.c.g.finite) {
			return k
		}
	}
	return k
}

// workEnd extends a person's work over its words: "Luíza's cache key
// change".
func (s *langScan) workEnd(end int) int {
	for j := end; j < end+3 && j < len(s.toks); j++ {
		if s.in(j, s.c.g.work) {
			end = j + 1
		}
	}
	return end
}

// isDash reports a dash, a colon or a semicolon at token k: marks that
// join damage to its cause.
func (s *langScan) isDash(k int) bool {
	switch s.word(k) {
	case "—", "–", ":", ";":
		return true
	}
	return false
}

// linkedEnd reports damage told before the link at token link, in the
// same sentence and within reach, with no help near it, and returns end.
func (s *langScan) linkedEnd(cs *langCauseSets, link, end int) (int, bool) {
	for k := link - 1; k >= 0 && k >= link-langLinkedReach && !s.toks[k].stop; k-- {
		if s.in(k, cs.harmTold) && !s.in(k-1, cs.neg) && !s.in(k-1, s.c.g.nobody) && !(k > 0 && s.toks[k-1].id == cs.no) {
			return end, !s.helpNear(cs, k, end)
		}
	}
	return 0, false
}

// helpNear reports help among tokens a..b and the few words after b: a
// remedy, a recovery, a finding, an intent or a report ("refunded after
// Giulia's fix", "Bastian's timeline of the incident").
func (s *langScan) helpNear(cs *langCauseSets, a, b int) bool {
	for k := max(a-3, 0); k < b+6 && k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.helpAt(cs, k) {
			return true
		}
	}
	return false
}

// helpAt reports a word of help at token k.
func (s *langScan) helpAt(cs *langCauseSets, k int) bool {
	return s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.recovery) || s.in(k, cs.intent) || s.in(k, cs.benign2) || s.in(k, cs.help)
}
