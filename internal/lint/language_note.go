package lint

import "strings"

// A timed chat note tells what a person's act led to after an arrow or a
// dash, where prose would say "so": "23:58 dohyun flips the paywall flag
// early → 210k readers charged for chapters meant to stay free". The
// arrow is the note's claim of cause; what makes it none is an act that
// undoes or repairs ("flips the flag back", "restores the snapshot") or a
// result that tells things put right ("→ registers open again", "kiosks
// come back", "→ no errors").

// mayNote reports whether the text may hold a timed note's result: a
// clock's colon, and an arrow or a dash (the first byte of "→", "—" and
// "–", or the ">" of "->" and ">>"), or a word of cause-note-state. It is
// read once a text.
func (s *langScan) mayNote(cs *langCauseSets) bool {
	if s.noted == 0 {
		s.noted = -1
		if (s.present.intersects(cs.noteStates) || strings.IndexByte(s.text, 0xE2) >= 0 || strings.IndexByte(s.text, '>') >= 0) && strings.IndexByte(s.text, ':') >= 0 {
			s.noted = 1
		}
	}
	return s.noted > 0
}

// noteArrowAt reports an arrow or a dash at token k that links two parts
// of a note: "→", "->", ">>", "—" or "–"; it returns the token after it,
// or 0.
func (s *langScan) noteArrowAt(k int) int {
	t := &s.toks[k]
	if t.kind != langPunct {
		return 0
	}
	if c := s.text[t.start]; c != 0xE2 && c != '-' && c != '>' { // the first byte of "→", "—" and "–"
		return 0
	}
	switch s.word(k) {
	case "→", "—", "–":
		return k + 1
	case "-", ">":
		if k+1 < len(s.toks) && s.word(k+1) == ">" && s.toks[k+1].start == t.end {
			return k + 2
		}
	}
	return 0
}

// timedNote reports a sentence that opens at token a with a clock, as a
// chat note or a timeline line does ("14:02 kip reran …", "[07:41] jj
// moved …", "jun 11:40 — reran …"): the clock within its first four
// tokens.
func (s *langScan) timedNote(a int) bool { return s.noteClock(a) >= 0 }

// noteClock returns the token of the clock within the first four tokens
// of the sentence that opens at token a, or -1.
func (s *langScan) noteClock(a int) int {
	for j := a + 1; j < a+4 && j < len(s.toks); j++ {
		if s.toks[j].stop {
			return -1
		}
		if s.clockAt(j) {
			return j
		}
	}
	return -1
}

// sentenceOpen returns the start of the sentence of token v, where it
// stands at most back tokens before v, or -1.
func (s *langScan) sentenceOpen(v, back int) int {
	for j := v - 1; j >= 0 && j >= v-back; j-- {
		if s.toks[j].sentStart || j == 0 || s.toks[j-1].stop {
			return j
		}
	}
	return -1
}

// noteOpenBefore returns the start of the sentence of token v, when it is
// a timed note whose clock comes within the eight tokens before v, or -1.
func (s *langScan) noteOpenBefore(v int) int {
	if j := s.sentenceOpen(v, 9); j >= 0 && s.timedNote(j) {
		return j
	}
	return -1
}

// noteIn reports an arrow, a dash or a word of a state that noteArrowIn
// reads among tokens a..b-1.
func (s *langScan) noteIn(cs *langCauseSets, a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; (t.kind == langPunct || t.id != 0 && cs.noteState.has(t.id)) && s.noteArrowIn(cs, k) {
			return true
		}
	}
	return false
}

// noteArrowIn reports, for mayCause and sentenceEnd, an arrow or a dash
// at token k in a timed note, or a word of a state (cause-note-state)
// after a comma there, when the note opens with one who may be a person
// and the arrow or the word comes after that person's act: "14:02 kip
// reran the grading job, every box now has two labels"; not the dash of
// "14:02 — alerts fire".
func (s *langScan) noteArrowIn(cs *langCauseSets, k int) bool {
	if s.noteArrowAt(k) == 0 && !s.in(k, cs.noteState) {
		return false
	}
	j := s.sentenceOpen(k, 30)
	if j < 0 {
		return false
	}
	p := s.noteSubject(j)
	return p >= 0 && k > p+1 && s.mayStartPerson(p)
}

// noteSubject returns the token after the clock of a timed note that
// opens at token a, past a bracket or a dash after it ("[07:41] jj",
// "22:10 – vikram"), or the name before the clock and the mark after it
// ("jun 11:40 — reran"), or -1 when the sentence is no timed note.
func (s *langScan) noteSubject(a int) int {
	j := s.noteClock(a)
	if j < 0 || j+2 >= len(s.toks) {
		return -1
	}
	if j == a+2 && s.toks[a].kind == langWord && s.noteMark(j+2) > 0 {
		return a // "jun 11:40 — reran …": the name before its time
	}
	p := j + 2
	if s.toks[p].kind == langPunct && p+1 < len(s.toks) {
		p++
	}
	return p
}

// noteAct returns the token where the act of a timed note's writer at
// token k-1 begins: k, or the token after a mark that parts the name from
// the act ("14:02 kip: reran …", "06:50 nahuel → runs …") or after the
// time and its mark when the name opens the note ("levan 11:40: pushed
// …", "jun 11:40 — reran …"). A clock's own colon parts nothing.
func (s *langScan) noteAct(k int) int {
	if k+3 >= len(s.toks) {
		return k
	}
	if s.toks[k].kind != langPunct {
		if (k == 1 || s.toks[k-1].sentStart) && s.toks[k+1].kind == langPunct && s.clockAt(k+1) {
			if n := s.noteMark(k + 3); n > 0 {
				return n // "levan 11:40: pushed"
			}
		}
		return k
	}
	if n := s.noteMark(k); n > 0 && s.clockBefore(k-1) {
		return n
	}
	return k
}

// noteMark returns the token after a note's mark at token k: a colon
// that is no clock's, or an arrow or a dash; or 0.
func (s *langScan) noteMark(k int) int {
	t := &s.toks[k]
	if t.kind != langPunct {
		return 0
	}
	if s.text[t.start] == ':' && t.end == t.start+1 {
		if k+1 < len(s.toks) && langIsDigit(s.text[s.toks[k+1].start]) && s.clockAt(k) {
			return 0 // the colon of "11:40"
		}
		return k + 1
	}
	return s.noteArrowAt(k)
}

// noteLed reads the result a timed note tells after the act at token v,
// and returns where it ends: after an arrow, a dash or a semicolon (which
// a note uses as it would an arrow), or after a comma
// when it tells a state the act left ("now", "missing", "empty"), up to
// the next comma or the end of the sentence.
func (s *langScan) noteLed(cs *langCauseSets, v int) (int, bool) {
	if !s.mayNote(cs) || s.in(v, cs.remedy) || s.in(v, cs.repair) || s.in(v, cs.recovery) || s.in(v, cs.decline) || s.noteOpenBefore(v) < 0 {
		return 0, false
	}
	c, comma := 0, 0
	for j := v + 1; j < v+16 && j < len(s.toks); j++ {
		if s.toks[j].stop {
			if s.word(j) == ";" && (s.in(v, cs.act) || s.presentAct(cs, v)) && !s.personIn(j+1) {
				c = j + 1 // "11:20 ana → moved the pickups; half the boxes missed the van", not "checks the disk; nothing unusual"
			}
			break
		}
		if c = s.noteArrowAt(j); c > 0 {
			break
		}
		if s.word(j) == "," && comma == 0 {
			comma = j + 1
		}
		if s.noteRight(cs, j) {
			return 0, false // "flips the flag back →", "restores … from the snapshot"
		}
	}
	if c == 0 {
		c = comma
	}
	if c == 0 || c+1 >= len(s.toks) || s.toks[c].stop || s.toks[c+1].stop {
		return 0, false
	}
	if s.toks[c].id == cs.no && cs.no != 0 || s.in(c, s.c.g.nobody) && s.in(c+1, cs.neg) {
		return 0, false // "→ no errors since"
	}
	end, state := c, false
	for ; end < len(s.toks) && !s.toks[end].stop && (end == c || s.word(end) != "," && s.noteArrowAt(end) == 0); end++ {
		if s.noteRight(cs, end) && !(s.nounStop(end) && end+1 < len(s.toks) && s.toks[end+1].kind == langWord) { // not "300 stop displays"
			return 0, false // "→ registers open again", "→ all 8,000 records back"
		}
		state = state || s.in(end, cs.noteState)
	}
	return end, state || c != comma
}

// noteRight reports a word at token k of a note that tells a remedy or
// things put right: a repair, a recovery, a remedy in the past, an act
// gone well, intent, or a word of cause-note-fine ("back", "again",
// "correct"). A remedy in the present is what the people served see in
// the result ("→ every parent sees GH₵ 0 due").
func (s *langScan) noteRight(cs *langCauseSets, k int) bool {
	return s.in(k, cs.noteFine) || s.in(k, cs.decline) || s.in(k, cs.repair) || s.in(k, cs.recovery) || s.in(k, cs.fine) || s.in(k, cs.intent) ||
		s.in(k, cs.remedy) && !s.verbInS(k)
}

// personIn reports one who may be a person in the clause that opens at
// token a: an act of their own, not a result ("starts the replica; he
// estimates an hour").
func (s *langScan) personIn(a int) bool {
	for j := a; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.personMay(j) {
			if _, ok := s.personAt(j); ok {
				return true
			}
		}
	}
	return false
}
